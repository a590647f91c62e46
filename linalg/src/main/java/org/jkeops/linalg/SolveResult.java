package org.jkeops.linalg;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * What {@link KernelSolve} found for each right-hand side. Arrays are copied in and out.
 *
 * @param x                 the solutions, n × columns row-major (the layout of {@code b}); for a column
 *                          that did not converge, the iterate described at
 *                          {@link KernelSolveNoConvergenceException}
 * @param columns           the number of right-hand sides
 * @param iterations        CG iterations run per right-hand side (operator applications, as x starts at 0)
 * @param relativeResiduals {@code ||r|| / ||b||} of each column of {@code x}, from CG's recursively
 *                          updated residual (0 when b = 0)
 * @param converged         whether each right-hand side reached the tolerance
 */
public record SolveResult(double[] x, int columns, int[] iterations, double[] relativeResiduals, boolean[] converged)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SolveResult {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(iterations, "iterations");
        Objects.requireNonNull(relativeResiduals, "relativeResiduals");
        Objects.requireNonNull(converged, "converged");
        if (columns < 1 || iterations.length != columns || relativeResiduals.length != columns
                || converged.length != columns || x.length % columns != 0) {
            throw new IllegalArgumentException("inconsistent sizes: columns = " + columns + ", x.length = " + x.length
                    + ", iterations " + iterations.length + ", relativeResiduals " + relativeResiduals.length
                    + ", converged " + converged.length);
        }
        x = x.clone();
        iterations = iterations.clone();
        relativeResiduals = relativeResiduals.clone();
        converged = converged.clone();
    }

    /** The length of each solution. */
    public int n() {
        return x.length / columns;
    }

    /** A copy of the solution of right-hand side {@code j}, length n. */
    public double[] column(int j) {
        Objects.checkIndex(j, columns);
        double[] c = new double[n()];
        for (int i = 0; i < c.length; i++) {
            c[i] = x[i * columns + j];
        }
        return c;
    }

    /** Whether every right-hand side converged. */
    public boolean allConverged() {
        for (boolean c : converged) {
            if (!c) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public int[] iterations() {
        return iterations.clone();
    }

    @Override
    public double[] relativeResiduals() {
        return relativeResiduals.clone();
    }

    @Override
    public boolean[] converged() {
        return converged.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SolveResult r && columns == r.columns && Arrays.equals(x, r.x)
                && Arrays.equals(iterations, r.iterations) && Arrays.equals(relativeResiduals, r.relativeResiduals)
                && Arrays.equals(converged, r.converged);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, Arrays.hashCode(x), Arrays.hashCode(iterations),
                Arrays.hashCode(relativeResiduals), Arrays.hashCode(converged));
    }

    @Override
    public String toString() {
        return "SolveResult[n=" + n() + ", columns=" + columns + ", iterations=" + Arrays.toString(iterations)
                + ", relativeResiduals=" + Arrays.toString(relativeResiduals) + ", converged="
                + Arrays.toString(converged) + "]";
    }
}
