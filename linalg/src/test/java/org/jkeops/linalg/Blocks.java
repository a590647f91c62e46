package org.jkeops.linalg;

/**
 * The unfused sweeps that the fused ones in {@link RowBlocks} replace: the references the tests
 * hold them to, with the same operations in the same order (test data: {@link TestMatrices}).
 */
final class Blocks {

    private Blocks() {
    }

    /** {@code out += A · C}: out is n × m, A is n × ka, C is ka × m. */
    static void addTimes(double[] out, int m, double[] a, int ka, double[][] c, int n) {
        RowBlocks.sumOfProducts(out, m, true, new double[][] {a}, new int[] {ka}, new double[][][] {c}, n);
    }

    /** {@code A -= B · C} in place: A is n × m, B is n × kb, C is kb × m (as A + B · (-C)). */
    static void subtractTimes(double[] a, int m, double[] b, int kb, double[][] c, int n) {
        double[][] negated = new double[kb][m];
        for (int p = 0; p < kb; p++) {
            for (int q = 0; q < m; q++) {
                negated[p][q] = -c[p][q];
            }
        }
        addTimes(a, m, b, kb, negated, n);
    }

    /**
     * The Euclidean norm of each column of an n × k block, summed as the fused sweeps sum it: row by
     * row within each chunk of {@link RowBlocks#CHUNK} rows, then the chunks in order.
     */
    static double[] columnNorms(double[] a, int k, int n) {
        double[] norms = new double[k];
        for (int from = 0; from < n; from += RowBlocks.CHUNK) {
            double[] s = new double[k];
            for (int i = from; i < Math.min(n, from + RowBlocks.CHUNK); i++) {
                for (int c = 0; c < k; c++) {
                    double v = a[i * k + c];
                    s[c] += v * v;
                }
            }
            for (int c = 0; c < k; c++) {
                norms[c] += s[c];
            }
        }
        for (int c = 0; c < k; c++) {
            norms[c] = Math.sqrt(norms[c]);
        }
        return norms;
    }
}
