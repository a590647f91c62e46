package org.jkeops.linalg;

import java.util.SplittableRandom;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.RealMatrix;

/**
 * Test data and dense float64 references: point clouds, Gaussian kernel matrices stored densely or
 * computed on the fly (plain Java, no generated code), Laplacians and vector helpers.
 */
final class TestMatrices {

    private TestMatrices() {
    }

    /** n points uniform in the unit cube of dimension dim, row-major n × dim. */
    static double[] uniformPoints(int n, int dim, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] p = new double[n * dim];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextDouble();
        }
        return p;
    }

    /** The noisy 2-D spiral of the spectral-coordinates tutorial, n × 2 row-major. */
    static double[] spiral(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] p = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            p[2 * i] = 0.4 + 0.4 * (t / 7) * Math.cos(t) + 0.01 * gaussian(random);
            p[2 * i + 1] = 0.5 + 0.3 * Math.sin(t) + 0.01 * gaussian(random);
        }
        return p;
    }

    static double[] randomVector(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble(-1, 1);
        }
        return v;
    }

    static double[][] randomMatrix(int rows, int cols, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextDouble(-1, 1);
            }
        }
        return a;
    }

    /** {@code K_ij = exp(-|x_i - x_j|^2 / (2 sigma^2))}, stored. */
    static double[][] gaussianMatrix(double[] points, int dim, double sigma) {
        int n = points.length / dim;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = gaussian(points, dim, sigma, i, j);
                k[i][j] = v;
                k[j][i] = v;
            }
        }
        return k;
    }

    /** The same kernel, matrix-free: each application recomputes every entry (memory O(n)). */
    static LinearOperator gaussianMatrixFree(double[] points, int dim, double sigma) {
        int n = points.length / dim;
        return LinearOperator.symmetric(LinearOperator.of(n, n, v -> {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += gaussian(points, dim, sigma, i, j) * v[j];
                }
                out[i] = s;
            }
            return out;
        })).named("K");
    }

    private static double gaussian(double[] points, int dim, double sigma, int i, int j) {
        double d2 = 0;
        for (int c = 0; c < dim; c++) {
            double d = points[i * dim + c] - points[j * dim + c];
            d2 += d * d;
        }
        return Math.exp(-d2 / (2 * sigma * sigma));
    }

    /** A stored matrix as an operator (not marked symmetric). */
    static LinearOperator dense(double[][] a) {
        int cols = a.length == 0 ? 0 : a[0].length;
        return LinearOperator.of(a.length, cols, v -> multiply(a, v));
    }

    /** A stored symmetric matrix as an operator marked symmetric and named K. */
    static LinearOperator denseSymmetric(double[][] a) {
        return LinearOperator.symmetric(dense(a)).named("K");
    }

    static double[] multiply(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            double[] row = a[i];
            for (int j = 0; j < v.length; j++) {
                s += row[j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    static double[] rowSums(double[][] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (double x : a[i]) {
                d[i] += x;
            }
        }
        return d;
    }

    /** {@code diag(D) - K} stored. */
    static double[][] laplacian(double[][] k) {
        double[] d = rowSums(k);
        double[][] l = new double[k.length][];
        for (int i = 0; i < k.length; i++) {
            l[i] = new double[k.length];
            for (int j = 0; j < k.length; j++) {
                l[i][j] = (i == j ? d[i] : 0) - k[i][j];
            }
        }
        return l;
    }

    /** {@code I - D^{-1/2} K D^{-1/2}} stored. */
    static double[][] normalizedLaplacian(double[][] k) {
        double[] d = rowSums(k);
        double[][] l = new double[k.length][];
        for (int i = 0; i < k.length; i++) {
            l[i] = new double[k.length];
            for (int j = 0; j < k.length; j++) {
                l[i][j] = (i == j ? 1 : 0) - k[i][j] / Math.sqrt(d[i] * d[j]);
            }
        }
        return l;
    }

    static RealMatrix matrix(double[][] a) {
        return new Array2DRowRealMatrix(a, true);
    }

    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** {@code max_i |a_i - b_i|}. */
    static double maxDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    /** {@code ||A v - lambda v||}. */
    static double eigenResidual(LinearOperator a, double lambda, double[] v) {
        double[] av = a.apply(v);
        for (int i = 0; i < v.length; i++) {
            av[i] -= lambda * v[i];
        }
        return norm(av);
    }

    /** The distance between two unit vectors up to sign, {@code min(|a - b|, |a + b|)}. */
    static double distanceUpToSign(double[] a, double[] b) {
        double minus = 0;
        double plus = 0;
        for (int i = 0; i < a.length; i++) {
            minus += (a[i] - b[i]) * (a[i] - b[i]);
            plus += (a[i] + b[i]) * (a[i] + b[i]);
        }
        return Math.sqrt(Math.min(minus, plus));
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
