package org.jkeops.linalg;

import java.io.Serial;

/**
 * {@link Lobpcg} used up {@code maxIterations} (or stagnated) before all k wanted pairs met the
 * tolerance. Carries the pairs that did converge, and the last iterate of all k with their
 * residuals, as scipy's {@code lobpcg} returns its last iterate with a warning.
 */
public final class LobpcgNoConvergenceException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final LobpcgResult converged;
    private final LobpcgResult lastIterate;

    LobpcgNoConvergenceException(String why, LobpcgResult converged, LobpcgResult lastIterate, double tol) {
        super("LOBPCG " + why + ": " + converged.k() + " of k = " + lastIterate.k() + " eigenpairs converged to tol = "
                + tol + " after " + lastIterate.iterations() + " iterations (" + lastIterate.blockProducts()
                + " block products); largest residual " + max(lastIterate.residuals())
                + "; raise maxIterations or blockSize, loosen tol, or give a preconditioner");
        this.converged = converged;
        this.lastIterate = lastIterate;
    }

    private static double max(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** The converged pairs (possibly none), eigenvalues ascending, with their residuals. */
    public LobpcgResult converged() {
        return converged;
    }

    /** All k pairs of the last iterate, converged or not, with their residuals. */
    public LobpcgResult lastIterate() {
        return lastIterate;
    }

    /** {@code converged().k()}. */
    public int convergedCount() {
        return converged.k();
    }
}
