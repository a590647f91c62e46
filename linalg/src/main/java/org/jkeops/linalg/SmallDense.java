package org.jkeops.linalg;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Small dense symmetric linear algebra for the Rayleigh-Ritz steps of {@link Lobpcg}, delegated to
 * Hipparchus' symmetric eigendecomposition (a maintained, tested implementation; nothing here is
 * a hand-written factorization).
 */
final class SmallDense {

    /** Eigenvalues ascending and the matching unit eigenvectors as the columns of {@code vectors}. */
    record Eigen(double[] values, double[][] vectors) {
    }

    private SmallDense() {
    }

    /** The eigendecomposition of the symmetric part of {@code h}, eigenvalues ascending. */
    static Eigen symmetricEigen(double[][] h) {
        int m = h.length;
        double[][] sym = new double[m][m];
        for (int p = 0; p < m; p++) {
            for (int q = 0; q < m; q++) {
                sym[p][q] = 0.5 * (h[p][q] + h[q][p]);
            }
        }
        EigenDecompositionSymmetric e = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(sym));
        double[] raw = e.getEigenvalues();
        RealMatrix v = e.getV();
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> raw[i]));
        double[] values = new double[m];
        double[][] vectors = new double[m][m];
        for (int c = 0; c < m; c++) {
            values[c] = raw[order[c]];
            for (int p = 0; p < m; p++) {
                vectors[p][c] = v.getEntry(p, order[c]);
            }
        }
        return new Eigen(values, vectors);
    }

    /**
     * For a Gram matrix {@code g = Sᵀ S}, a k × r matrix T with {@code (S T)ᵀ (S T) = I}: the
     * columns of S are scaled to unit norm, then the eigendirections of the scaled Gram matrix
     * whose eigenvalue is at most {@code drop} times the largest are left out (Stathopoulos and
     * Wu's SVQB), so r is the numerical rank and nearly dependent columns cannot blow up.
     */
    static double[][] orthonormalizer(double[][] g, double drop) {
        int k = g.length;
        double[] scale = new double[k];
        for (int p = 0; p < k; p++) {
            scale[p] = g[p][p] > 0 ? 1 / Math.sqrt(g[p][p]) : 0;
        }
        double[][] scaled = new double[k][k];
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                scaled[p][q] = scale[p] * g[p][q] * scale[q];
            }
        }
        Eigen e = symmetricEigen(scaled);
        double largest = e.values()[k - 1];
        int first = 0;
        while (first < k && !(e.values()[first] > drop * largest)) {
            first++;
        }
        int r = k - first;
        double[][] t = new double[k][r];
        for (int c = 0; c < r; c++) {
            double inv = 1 / Math.sqrt(e.values()[first + c]);
            for (int p = 0; p < k; p++) {
                t[p][c] = scale[p] * e.vectors()[p][first + c] * inv;
            }
        }
        return t;
    }

    /** {@code tᵀ h t}, all small. */
    static double[][] congruence(double[][] t, double[][] h) {
        return multiply(transpose(t), multiply(h, t));
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int rows = a.length;
        int inner = b.length;
        int cols = inner == 0 ? 0 : b[0].length;
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int p = 0; p < inner; p++) {
                double aip = a[i][p];
                for (int j = 0; j < cols; j++) {
                    out[i][j] += aip * b[p][j];
                }
            }
        }
        return out;
    }

    static double[][] transpose(double[][] a) {
        int rows = a.length;
        int cols = rows == 0 ? 0 : a[0].length;
        double[][] t = new double[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }
}
