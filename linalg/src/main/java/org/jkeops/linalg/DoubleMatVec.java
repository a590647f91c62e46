package org.jkeops.linalg;

/**
 * A float64 mat-vec {@code in -> A · in} returning a new array, the shape of a generated kernel
 * method such as {@code double[] conv(x, y, b, g)}: wrapping one is a one-liner,
 * {@code LinearOperator.of(n, n, b -> gauss.conv(x, x, b, g))}.
 */
@FunctionalInterface
public interface DoubleMatVec {

    /** Returns {@code A · in}; the array must have length {@code rows} and may be a fresh one. */
    double[] apply(double[] in);
}
