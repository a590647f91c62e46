package org.jkeops.linalg;

import java.io.Serial;
import java.util.StringJoiner;

/**
 * {@link KernelSolve} ended with some right-hand side short of the tolerance, for one of two
 * reasons, which the message names per column:
 * <ul>
 *   <li>it reached {@code maxIterations}: its x is the last iterate;</li>
 *   <li>its iteration overflowed (x, the residual or the search direction became infinite), which
 *       is how CG diverges when alpha = 0, K is singular and b is not in K's range, so that the
 *       system has no solution: its x is the iterate with the smallest residual seen before (x = 0
 *       if none was smaller than b), and its iterations count all iterations run, the overflowed
 *       one included. {@code alpha > 0} makes such a system solvable.</li>
 * </ul>
 * The full {@link SolveResult} comes with it: that x for every column (the solution for those
 * that converged), which columns converged, and the residual {@code ||r|| / ||b||} of each x
 * returned, always finite.
 */
public final class KernelSolveNoConvergenceException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SolveResult result;

    /**
     * @param overflowedAt  per column, the iteration at which it overflowed, 0 if it did not
     * @param bestIteration per column that overflowed, the iteration of the x returned
     */
    KernelSolveNoConvergenceException(SolveResult result, double tolerance, int maxIterations, int[] overflowedAt,
                                      int[] bestIteration) {
        super(message(result, tolerance, maxIterations, overflowedAt, bestIteration));
        this.result = result;
    }

    /**
     * The partial result: per column the x described in the class comment (the last iterate, or after
     * an overflow the one with the smallest residual), its residual, and the per-column flags.
     */
    public SolveResult result() {
        return result;
    }

    private static String message(SolveResult result, double tolerance, int maxIterations, int[] overflowedAt,
                                  int[] bestIteration) {
        boolean[] converged = result.converged();
        double[] residuals = result.relativeResiduals();
        StringJoiner failed = new StringJoiner("; ");
        int count = 0;
        for (int j = 0; j < converged.length; j++) {
            if (converged[j]) {
                continue;
            }
            count++;
            if (overflowedAt[j] == 0) {
                failed.add("column " + j + ": ||r||/||b|| = " + residuals[j] + " after maxIterations = "
                        + maxIterations + " iterations");
            } else {
                failed.add("column " + j + ": CG diverged, its iterates overflowed at iteration " + overflowedAt[j]
                        + ", so the system is probably singular and inconsistent (b outside the range of"
                        + " alpha I + K; alpha > 0 regularises it); x is the iterate of iteration " + bestIteration[j]
                        + ", the one with the smallest residual, ||r||/||b|| = " + residuals[j]);
            }
        }
        return "conjugate gradient did not reach tolerance = " + tolerance + " for " + count + " of "
                + converged.length + " right-hand sides (" + failed + ")";
    }
}
