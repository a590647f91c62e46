package org.jkeops.linalg;

import java.util.Arrays;
import java.util.Objects;

/**
 * Eigenpairs from {@link Lobpcg}: eigenvalues ascending, unit eigenvectors (eigenvector {@code i}
 * at {@code [i * n, (i + 1) * n)}, as in {@link EigenResult}) and the residual norm
 * {@code ||A v_i - lambda_i v_i||} of each pair, computed from a final product of the operator
 * with the returned vectors (not from the solver's running update).
 *
 * @param n             the operator's size
 * @param eigenvalues   ascending
 * @param eigenvectors  {@code n * k} values, one unit vector after the other (for the row-major
 *                      n × k block that {@link Lobpcg#start(double[], int)} and block products take,
 *                      see {@link #eigenvectorBlock()})
 * @param residuals     {@code ||A v_i - lambda_i v_i||}, matching {@code eigenvalues}
 * @param iterations    LOBPCG iterations (Rayleigh-Ritz steps after the first)
 * @param blockProducts operator applications to a block (each counts once, whatever its width)
 * @param columns       single-vector products those blocks amount to (the sum of their widths)
 */
public record LobpcgResult(int n, double[] eigenvalues, double[] eigenvectors, double[] residuals, int iterations,
                           long blockProducts, long columns) {

    public LobpcgResult {
        Objects.requireNonNull(eigenvalues, "eigenvalues");
        Objects.requireNonNull(eigenvectors, "eigenvectors");
        Objects.requireNonNull(residuals, "residuals");
        if (eigenvectors.length != (long) n * eigenvalues.length || residuals.length != eigenvalues.length) {
            throw new IllegalArgumentException("eigenvectors has length " + eigenvectors.length + " and residuals "
                    + residuals.length + ", expected n * k = " + n + " * " + eigenvalues.length + " and k");
        }
        eigenvalues = eigenvalues.clone();
        eigenvectors = eigenvectors.clone();
        residuals = residuals.clone();
    }

    /** The number of eigenpairs. */
    public int k() {
        return eigenvalues.length;
    }

    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    @Override
    public double[] eigenvectors() {
        return eigenvectors.clone();
    }

    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    public double eigenvalue(int i) {
        Objects.checkIndex(i, k());
        return eigenvalues[i];
    }

    public double residual(int i) {
        Objects.checkIndex(i, k());
        return residuals[i];
    }

    /**
     * The eigenvectors as a row-major n × k block, {@code block[row * k + i]} = entry {@code row} of
     * {@link #vector(int) vector(i)}: the layout of {@link Lobpcg#start(double[], int)} and
     * {@link LinearOperator#applyBlock(double[], int)}, where {@link #eigenvectors()} holds them one
     * after the other. {@link Lobpcg#start(LobpcgResult)} restarts from it directly.
     */
    public double[] eigenvectorBlock() {
        int k = k();
        double[] block = new double[eigenvectors.length];
        for (int i = 0; i < k; i++) {
            for (int row = 0; row < n; row++) {
                block[row * k + i] = eigenvectors[i * n + row];
            }
        }
        return block;
    }

    /** A copy of the unit eigenvector of {@code eigenvalue(i)}. */
    public double[] vector(int i) {
        Objects.checkIndex(i, k());
        return Arrays.copyOfRange(eigenvectors, i * n, (i + 1) * n);
    }

    /** The same pairs as an {@link EigenResult} (iterations and column products as its counts). */
    public EigenResult toEigenResult() {
        return new EigenResult(n, eigenvalues, eigenvectors, iterations, columns);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LobpcgResult r && n == r.n && iterations == r.iterations
                && blockProducts == r.blockProducts && columns == r.columns
                && Arrays.equals(eigenvalues, r.eigenvalues) && Arrays.equals(eigenvectors, r.eigenvectors)
                && Arrays.equals(residuals, r.residuals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(n, Arrays.hashCode(eigenvalues), Arrays.hashCode(eigenvectors),
                Arrays.hashCode(residuals), iterations, blockProducts, columns);
    }

    @Override
    public String toString() {
        return "LobpcgResult[n=" + n + ", eigenvalues=" + Arrays.toString(eigenvalues) + ", residuals="
                + Arrays.toString(residuals) + ", iterations=" + iterations + ", blockProducts=" + blockProducts
                + ", columns=" + columns + "]";
    }
}
