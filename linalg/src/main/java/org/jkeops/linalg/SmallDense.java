package org.jkeops.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Small dense symmetric linear algebra for the Rayleigh-Ritz steps of {@link Lobpcg}, delegated to
 * EJML's symmetric eigendecomposition (Householder tridiagonalization and implicit QR; a
 * maintained, tested implementation; nothing here is a hand-written factorization).
 *
 * <p>Why EJML and not Hipparchus (used until session 12): LOBPCG calls this two or three times
 * per iteration on matrices of 12 to 36 rows, so in a fresh JVM the eigensolver's own JIT is part
 * of the first solve. EJML's loops over flat arrays are compiled sooner and run faster: 600 calls
 * on 36 x 36 matrices took 0.30 s in a fresh JVM against 0.58 s, and the 3 x 10^4 roll's coarse
 * start 1.04-1.23 s against 1.33-1.73 s (docs/PERFORMANCE.md, session 12).
 */
final class SmallDense {

    /** Eigenvalues ascending and the matching unit eigenvectors as the columns of {@code vectors}. */
    record Eigen(double[] values, double[][] vectors) {
    }

    private SmallDense() {
    }

    /**
     * The eigendecomposition of the symmetric part of {@code h}, eigenvalues ascending.
     *
     * @throws ArithmeticException when an entry is not finite, or the QR iteration does not converge
     */
    static Eigen symmetricEigen(double[][] h) {
        int m = h.length;
        DMatrixRMaj sym = new DMatrixRMaj(m, m);
        for (int p = 0; p < m; p++) {
            for (int q = 0; q < m; q++) {
                double v = 0.5 * (h[p][q] + h[q][p]);
                if (!Double.isFinite(v)) { // NaN or infinity, or two huge entries whose sum overflows
                    throw new ArithmeticException("a small symmetric eigenproblem (" + m + " x " + m
                            + ") has the entries " + h[p][q] + " at (" + p + ", " + q + ") and " + h[q][p]
                            + " at (" + q + ", " + p + "): their mean is not finite");
                }
                sym.unsafe_set(p, q, v);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> e = DecompositionFactory_DDRM.eig(m, true, true);
        if (!e.decompose(sym)) {
            throw new ArithmeticException("the symmetric eigendecomposition of a " + m + " x " + m
                    + " matrix did not converge (EJML's QR iteration); largest |entry| " + largestEntry(h));
        }
        double[] raw = new double[m];
        for (int c = 0; c < m; c++) {
            raw[c] = e.getEigenvalue(c).real;
        }
        int[] order = ascending(raw);
        double[] values = new double[m];
        double[][] vectors = new double[m][m];
        for (int c = 0; c < m; c++) {
            values[c] = raw[order[c]];
            DMatrixRMaj v = e.getEigenVector(order[c]); // m x 1
            for (int p = 0; p < m; p++) {
                vectors[p][c] = v.data[p];
            }
        }
        return new Eigen(values, vectors);
    }

    /**
     * The indices of {@code v} by ascending value ({@link Double#compare}), equal values in index
     * order: an insertion sort of a few dozen entries, without the boxing and comparator of a
     * library sort (LOBPCG sorts two or three spectra per iteration).
     */
    static int[] ascending(double[] v) {
        int[] order = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            int j = i;
            while (j > 0 && Double.compare(v[order[j - 1]], v[i]) > 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }

    private static double largestEntry(double[][] h) {
        double largest = 0;
        for (double[] row : h) {
            for (double v : row) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        return largest;
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
