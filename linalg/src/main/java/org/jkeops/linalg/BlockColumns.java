package org.jkeops.linalg;

/**
 * Column access on row-major n × k blocks ({@code b[i * k + c]}), and the column-by-column block
 * product that operators without a block kernel fall back to.
 */
final class BlockColumns {

    private BlockColumns() {
    }

    static double[] column(double[] block, int n, int k, int c) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = block[i * k + c];
        }
        return v;
    }

    static float[] column(float[] block, int n, int k, int c) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = block[i * k + c];
        }
        return v;
    }

    static void setColumn(double[] block, int k, int c, double[] v) {
        for (int i = 0; i < v.length; i++) {
            block[i * k + c] = v[i];
        }
    }

    static void setColumn(float[] block, int k, int c, float[] v) {
        for (int i = 0; i < v.length; i++) {
            block[i * k + c] = v[i];
        }
    }

    /** {@code out = A · in} as k single products (an operator with no block kernel). */
    static void byColumns(LinearOperator op, double[] in, double[] out, int k) {
        double[] result = new double[op.rows()];
        for (int c = 0; c < k; c++) {
            op.compute(column(in, op.cols(), k, c), result);
            setColumn(out, k, c, result);
        }
    }

    /** {@code out = A · in} as k single float32 products. */
    static void byColumns(LinearOperator op, float[] in, float[] out, int k) {
        float[] result = new float[op.rows()];
        for (int c = 0; c < k; c++) {
            op.compute(column(in, op.cols(), k, c), result);
            setColumn(out, k, c, result);
        }
    }

    /**
     * Columns {@code [from, from + count)} of an n × k block as an n × width block, zero-padded on
     * the right when count &lt; width.
     */
    static float[] slice(float[] block, int n, int k, int from, int count, int width) {
        float[] s = new float[n * width];
        for (int i = 0; i < n; i++) {
            System.arraycopy(block, i * k + from, s, i * width, count);
        }
        return s;
    }

    static double[] slice(double[] block, int n, int k, int from, int count, int width) {
        double[] s = new double[n * width];
        for (int i = 0; i < n; i++) {
            System.arraycopy(block, i * k + from, s, i * width, count);
        }
        return s;
    }

    /** Writes the first {@code count} columns of an n × width block into columns [from, from + count) of out. */
    static void unslice(float[] s, int n, int width, int count, float[] out, int k, int from) {
        for (int i = 0; i < n; i++) {
            System.arraycopy(s, i * width, out, i * k + from, count);
        }
    }

    static void unslice(double[] s, int n, int width, int count, double[] out, int k, int from) {
        for (int i = 0; i < n; i++) {
            System.arraycopy(s, i * width, out, i * k + from, count);
        }
    }
}
