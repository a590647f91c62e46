package org.jkeops.linalg;

import java.util.stream.IntStream;

/**
 * The tall-and-skinny products of a block eigensolver on row-major n × k blocks ({@code a[i * k +
 * c]}): Gram matrices {@code Aᵀ B} (k × k, small) and {@code A · C} with a small C. Rows are split
 * into chunks run in parallel, because at n = 10^6 and k = 30 these sweeps cost as much as a
 * kernel pass when run on one core. The small matrices are {@code double[][]}; their factorizations
 * come from Hipparchus ({@link SmallDense}).
 */
final class RowBlocks {

    /** Rows per parallel task: large enough that a task outweighs its scheduling. */
    private static final int CHUNK = 4096;

    private RowBlocks() {
    }

    private static IntStream chunks(int n) {
        IntStream s = IntStream.range(0, (n + CHUNK - 1) / CHUNK);
        return n >= 2 * CHUNK ? s.parallel() : s;
    }

    /** {@code Aᵀ B}: A is n × ka, B is n × kb. */
    static double[][] gram(double[] a, int ka, double[] b, int kb, int n) {
        double[] total = chunks(n).mapToObj(ch -> {
            double[] g = new double[ka * kb];
            int end = Math.min(n, (ch + 1) * CHUNK);
            for (int i = ch * CHUNK; i < end; i++) {
                int ra = i * ka;
                int rb = i * kb;
                for (int p = 0; p < ka; p++) {
                    double ap = a[ra + p];
                    int gp = p * kb;
                    for (int q = 0; q < kb; q++) {
                        g[gp + q] += ap * b[rb + q];
                    }
                }
            }
            return g;
        }).reduce(new double[ka * kb], RowBlocks::sum);
        double[][] g = new double[ka][kb];
        for (int p = 0; p < ka; p++) {
            System.arraycopy(total, p * kb, g[p], 0, kb);
        }
        return g;
    }

    private static double[] sum(double[] x, double[] y) {
        double[] s = new double[x.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = x[i] + y[i];
        }
        return s;
    }

    /** {@code A · C}: A is n × ka, C is ka × m; returns n × m. */
    static double[] times(double[] a, int ka, double[][] c, int m, int n) {
        double[] out = new double[n * m];
        addTimes(out, m, a, ka, c, n);
        return out;
    }

    /** {@code out += A · C}: out is n × m, A is n × ka, C is ka × m. */
    static void addTimes(double[] out, int m, double[] a, int ka, double[][] c, int n) {
        double[] flat = flatten(c, ka, m);
        chunks(n).forEach(ch -> {
            int end = Math.min(n, (ch + 1) * CHUNK);
            for (int i = ch * CHUNK; i < end; i++) {
                int ra = i * ka;
                int ro = i * m;
                for (int p = 0; p < ka; p++) {
                    double ap = a[ra + p];
                    int cp = p * m;
                    for (int q = 0; q < m; q++) {
                        out[ro + q] += ap * flat[cp + q];
                    }
                }
            }
        });
    }

    /** {@code A -= B · C} in place: A is n × m, B is n × kb, C is kb × m. */
    static void subtractTimes(double[] a, int m, double[] b, int kb, double[][] c, int n) {
        double[][] negated = new double[kb][m];
        for (int p = 0; p < kb; p++) {
            for (int q = 0; q < m; q++) {
                negated[p][q] = -c[p][q];
            }
        }
        addTimes(a, m, b, kb, negated, n);
    }

    /** {@code a += b}, elementwise. */
    static void add(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
    }

    /** Divides column c of an n × k block by {@code norms[c]} (a zero column stays zero). */
    static void scaleColumns(double[] a, int k, double[] norms, int n) {
        double[] inv = new double[k];
        for (int c = 0; c < k; c++) {
            inv[c] = norms[c] > 0 ? 1 / norms[c] : 0;
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                a[i * k + c] *= inv[c];
            }
        }
    }

    /** Columns {@code cols} of an n × k block, as an n × cols.length block. */
    static double[] columns(double[] a, int k, int[] cols, int n) {
        int m = cols.length;
        double[] out = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < m; q++) {
                out[i * m + q] = a[i * k + cols[q]];
            }
        }
        return out;
    }

    /** The Euclidean norm of each column of an n × k block. */
    static double[] columnNorms(double[] a, int k, int n) {
        double[] s = new double[k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double v = a[i * k + c];
                s[c] += v * v;
            }
        }
        for (int c = 0; c < k; c++) {
            s[c] = Math.sqrt(s[c]);
        }
        return s;
    }

    private static double[] flatten(double[][] c, int rows, int cols) {
        double[] flat = new double[rows * cols];
        for (int p = 0; p < rows; p++) {
            System.arraycopy(c[p], 0, flat, p * cols, cols);
        }
        return flat;
    }
}
