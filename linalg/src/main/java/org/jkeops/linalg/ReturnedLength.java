package org.jkeops.linalg;

/**
 * Checks what a user mat-vec function returned. A wrong length is the function's fault, not the
 * caller's, hence an {@link IllegalStateException}: the operator was built inconsistent.
 */
final class ReturnedLength {

    private ReturnedLength() {
    }

    /** @param length the returned array's length, or -1 for {@code null} */
    static void check(int length, int rows, LinearOperator op) {
        if (length < 0) {
            throw new IllegalStateException("the mat-vec function of " + op + " returned null");
        }
        if (length != rows) {
            throw new IllegalStateException("the mat-vec function of " + op + " returned an array of length "
                    + length + ", expected rows = " + rows);
        }
    }
}
