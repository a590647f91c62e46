package org.jkeops.linalg;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * Eigenpairs from {@link Eigsh}: eigenvalues in ascending order, and the matching unit eigenvectors
 * stored one after the other (an n × k matrix with one column per eigenpair, column-major), so that
 * {@link #vector(int) vector(i)} belongs to {@code eigenvalues()[i]}. Eigenvectors have an
 * arbitrary sign, as in every eigensolver.
 *
 * <p>The arrays are copied in and out: a result cannot be changed after the fact.
 *
 * @param n            the operator's size, the length of each eigenvector
 * @param eigenvalues  the k eigenvalues, ascending
 * @param eigenvectors the k eigenvectors, {@code n * k} values, eigenvector {@code i} at {@code [i*n, (i+1)*n)}
 * @param iterations   ARPACK's count of Lanczos passes ({@code iparam(3)}); a run stopped by the cap
 *                     reports {@code maxIterations + 1}, as its last pass extends the basis and tests
 *                     convergence without restarting
 * @param applications how many times the operator was applied
 */
public record EigenResult(int n, double[] eigenvalues, double[] eigenvectors, int iterations, long applications)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public EigenResult {
        Objects.requireNonNull(eigenvalues, "eigenvalues");
        Objects.requireNonNull(eigenvectors, "eigenvectors");
        if (n < 0) {
            throw new IllegalArgumentException("n = " + n + " is negative");
        }
        if (eigenvectors.length != (long) n * eigenvalues.length) {
            throw new IllegalArgumentException("eigenvectors has length " + eigenvectors.length
                    + ", expected n * k = " + n + " * " + eigenvalues.length);
        }
        eigenvalues = eigenvalues.clone();
        eigenvectors = eigenvectors.clone();
    }

    /** The number of eigenpairs. */
    public int k() {
        return eigenvalues.length;
    }

    /** A copy of the eigenvalues, ascending. */
    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** A copy of all eigenvectors, column per eigenpair. */
    @Override
    public double[] eigenvectors() {
        return eigenvectors.clone();
    }

    /** Eigenvalue {@code i} (ascending order). */
    public double eigenvalue(int i) {
        Objects.checkIndex(i, k());
        return eigenvalues[i];
    }

    /** A copy of the unit eigenvector of {@code eigenvalue(i)}, length n. */
    public double[] vector(int i) {
        Objects.checkIndex(i, k());
        return Arrays.copyOfRange(eigenvectors, i * n, (i + 1) * n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EigenResult r && n == r.n && iterations == r.iterations
                && applications == r.applications && Arrays.equals(eigenvalues, r.eigenvalues)
                && Arrays.equals(eigenvectors, r.eigenvectors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(n, Arrays.hashCode(eigenvalues), Arrays.hashCode(eigenvectors), iterations, applications);
    }

    @Override
    public String toString() {
        return "EigenResult[n=" + n + ", eigenvalues=" + Arrays.toString(eigenvalues) + ", iterations=" + iterations
                + ", applications=" + applications + "]";
    }
}
