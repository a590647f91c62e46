package org.jkeops.linalg;

/**
 * ARPACK's documented meanings of the {@code info} codes of {@code dsaupd} and {@code dseupd}
 * (from the routines' headers), so that a failure says what went wrong rather than a bare number.
 */
final class ArpackErrors {

    private ArpackErrors() {
    }

    /** The exception for a non-zero {@code info} from {@code routine} that is not handled otherwise. */
    static IllegalStateException failure(String routine, int info) {
        return new IllegalStateException("ARPACK " + routine + " returned info = " + info + ": " + meaning(routine, info));
    }

    static String meaning(String routine, int info) {
        return switch (info) {
            case 1 -> "maximum number of iterations taken; iparam(5) returns the number of converged Ritz values";
            case 3 -> "no shifts could be applied during a cycle of the implicitly restarted Lanczos"
                    + " iteration; one possibility is to increase ncv relative to k";
            case -1 -> "n must be positive";
            case -2 -> "nev (k) must be positive";
            case -3 -> "ncv must be greater than nev (k) and less than or equal to n";
            case -4 -> "the maximum number of iterations must be greater than zero";
            case -5 -> "which must be one of LM, SM, LA, SA or BE";
            case -6 -> "bmat must be one of I or G";
            case -7 -> "the length of the private work array workl is not sufficient";
            case -8 -> "error return from the tridiagonal eigenvalue calculation (LAPACK dsteqr)";
            case -9 -> "the starting vector is zero";
            case -10 -> "iparam(7) (mode) must be 1, 2, 3, 4 or 5";
            case -11 -> "iparam(7) = 1 and bmat = G are incompatible";
            case -12 -> routine.equals("dsaupd")
                    ? "iparam(1) must be equal to 0 or 1"
                    : "nev and which = BE are incompatible";
            case -13 -> "nev and which = BE are incompatible";
            case -14 -> "dsaupd did not find any eigenvalues to sufficient accuracy";
            case -15 -> "howmny must be one of A or S if rvec = true";
            case -16 -> "howmny = S is not yet implemented";
            case -17 -> "dseupd got a different count of converged Ritz values than dsaupd got"
                    + " (the data passed from dsaupd to dseupd was modified)";
            case -9999 -> "could not build a Lanczos factorization; iparam(5) returns the size of the current one";
            default -> "undocumented code";
        };
    }
}
