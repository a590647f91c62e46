package org.jkeops.linalg;

import java.io.Serial;

/**
 * {@link Lobpcg} used up {@code maxIterations} (or stagnated) before all k wanted pairs met the
 * tolerance. Carries the pairs that did converge, and the best iterate of all k (the one whose
 * largest residual was the smallest) with their true residuals, as scipy's {@code lobpcg} returns
 * its best iterate with a warning.
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

    /**
     * All k pairs of the best iterate (the smallest largest residual of the run; usually the
     * last), converged or not, with their residuals computed from a fresh product.
     */
    public LobpcgResult lastIterate() {
        return lastIterate;
    }

    /** {@code converged().k()}. */
    public int convergedCount() {
        return converged.k();
    }
}
