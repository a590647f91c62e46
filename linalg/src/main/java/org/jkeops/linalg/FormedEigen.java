package org.jkeops.linalg;

/**
 * The eigenpairs of an operator small enough to form (n below five block widths, where LOBPCG's
 * basis of three would nearly fill the space): one block product with the identity, then EJML's symmetric
 * eigendecomposition ({@link SmallDense}).
 */
final class FormedEigen {

    private FormedEigen() {
    }

    static LobpcgResult solve(LinearOperator op, int k, boolean largest) {
        int n = op.rows();
        double[] identity = new double[n * n];
        for (int i = 0; i < n; i++) {
            identity[i * n + i] = 1;
        }
        double[] a = op.applyBlock(identity, n); // row i, column c: A[i][c]
        double[][] h = new double[n][n];
        double largestEntry = 0;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < n; c++) {
                h[i][c] = a[i * n + c];
                if (!Double.isFinite(h[i][c])) {
                    throw new IllegalStateException("op " + op + " returned " + h[i][c] + " at row " + i + ", column "
                            + c + " of its product with the identity");
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < n; c++) {
                largestEntry = Math.max(largestEntry, Math.abs(h[i][c]));
                worst = Math.max(worst, Math.abs(h[i][c] - h[c][i]));
            }
        }
        if (worst > Lobpcg.ASYMMETRY * largestEntry) {
            throw new IllegalArgumentException("op " + op + " is not symmetric: |A - A^T| reaches " + worst
                    + " against its largest entry " + largestEntry);
        }
        SmallDense.Eigen e = SmallDense.symmetricEigen(h);
        double[] values = new double[k];
        double[] vectors = new double[n * k];
        double[] residuals = new double[k];
        for (int j = 0; j < k; j++) {
            int pick = largest ? n - k + j : j; // ascending either way
            values[j] = e.values()[pick];
            double r = 0;
            for (int i = 0; i < n; i++) {
                vectors[j * n + i] = e.vectors()[i][pick];
            }
            for (int i = 0; i < n; i++) {
                double s = -values[j] * vectors[j * n + i];
                for (int c = 0; c < n; c++) {
                    s += h[i][c] * vectors[j * n + c];
                }
                r += s * s;
            }
            residuals[j] = Math.sqrt(r);
        }
        return new LobpcgResult(n, values, vectors, residuals, 0, 1, n);
    }
}
