package org.jkeops.linalg;

import dev.ludovic.netlib.arpack.ARPACK;
import dev.ludovic.netlib.arpack.JavaARPACK;
import org.netlib.arpack.Dsaup2;

/**
 * Reads the restart count and the number of converged Ritz values while {@code dsaupd} runs, for
 * progress reports.
 *
 * <p>Reverse communication hands back only "apply the operator to this vector"; ARPACK keeps its
 * counters in Fortran SAVE variables. The pure-Java (F2J) ARPACK exposes them as public static
 * fields of {@link Dsaup2}, read here while {@link Eigsh} holds the ARPACK lock. A native ARPACK
 * hides them, and then both counts are reported as -1.
 */
final class ArpackProbe {

    private final boolean readable;

    ArpackProbe(ARPACK arpack) {
        this.readable = arpack instanceof JavaARPACK;
    }

    /** The current restart (1-based) of the Lanczos iteration, or -1 when unknown. */
    int iteration() {
        return readable && Dsaup2.iter != null ? Dsaup2.iter.val : -1;
    }

    /** The wanted Ritz values converged at the last convergence test, or -1 when unknown. */
    int converged() {
        return readable && Dsaup2.nconv != null ? Dsaup2.nconv.val : -1;
    }
}
