package org.jkeops.linalg;

import java.util.SplittableRandom;

/**
 * Test data for the block sweeps, and the unfused sweeps that the fused ones in {@link RowBlocks}
 * replace (the references the tests hold them to, with the same operations in the same order).
 */
final class Blocks {

    private Blocks() {
    }

    /** An n × k row-major block of values in [-1, 1). */
    static double[] random(int n, int k, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[n * k];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextDouble(-1, 1);
        }
        return a;
    }

    /** A rows × cols matrix of values in [-1, 1). */
    static double[][] small(int rows, int cols, long seed) {
        double[] flat = random(rows, cols, seed);
        double[][] c = new double[rows][cols];
        for (int p = 0; p < rows; p++) {
            System.arraycopy(flat, p * cols, c[p], 0, cols);
        }
        return c;
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
