package org.jkeops.linalg;

import java.io.Serial;
import java.util.StringJoiner;

/**
 * {@link KernelSolve} reached {@code maxIterations} before some right-hand side met the tolerance.
 * The full {@link SolveResult} comes with it: the best x found for every column, which columns
 * converged, and the residual each one reached.
 */
public final class KernelSolveNoConvergenceException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SolveResult result;

    KernelSolveNoConvergenceException(SolveResult result, double tolerance, int maxIterations) {
        super(message(result, tolerance, maxIterations));
        this.result = result;
    }

    /** The partial result: x after the last iteration, residuals and per-column flags. */
    public SolveResult result() {
        return result;
    }

    private static String message(SolveResult result, double tolerance, int maxIterations) {
        boolean[] converged = result.converged();
        double[] residuals = result.relativeResiduals();
        int[] iterations = result.iterations();
        StringJoiner failed = new StringJoiner(", ");
        int count = 0;
        for (int j = 0; j < converged.length; j++) {
            if (!converged[j]) {
                count++;
                failed.add("column " + j + ": ||r||/||b|| = " + residuals[j] + " after " + iterations[j] + " iterations");
            }
        }
        return "conjugate gradient did not reach tolerance = " + tolerance + " within maxIterations = " + maxIterations
                + " for " + count + " of " + converged.length + " right-hand sides (" + failed + ")";
    }
}
