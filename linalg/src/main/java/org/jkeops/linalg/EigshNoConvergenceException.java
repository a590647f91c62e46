package org.jkeops.linalg;

import java.io.Serial;

/**
 * {@link Eigsh} reached its iteration cap (ARPACK's {@code dsaupd} info = 1) before all k
 * eigenpairs converged. The pairs that did converge are still worth having (the largest few often
 * converge long before the rest), so they are carried here, the way scipy's
 * {@code ArpackNoConvergence} does.
 */
public final class EigshNoConvergenceException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final EigenResult converged;
    private final int requested;

    EigshNoConvergenceException(EigenResult converged, int requested, int maxIterations) {
        super("ARPACK dsaupd did not converge within maxIterations = " + maxIterations + ": " + converged.k()
                + " of k = " + requested + " eigenpairs converged after " + converged.applications()
                + " operator applications; raise maxIterations or ncv, or loosen tol");
        this.converged = converged;
        this.requested = requested;
    }

    /** The converged eigenpairs (possibly none), ascending, with the iteration and application counts. */
    public EigenResult converged() {
        return converged;
    }

    /** How many converged: {@code converged().k()}. */
    public int convergedCount() {
        return converged.k();
    }

    /** The k that was asked for. */
    public int requested() {
        return requested;
    }
}
