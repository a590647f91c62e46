package org.jkeops.linalg;

/**
 * A float32 mat-vec {@code in -> A · in} returning a new array, the shape of a generated float32
 * kernel method such as {@code float[] conv(x, y, b, g)}:
 * {@code LinearOperator.ofFloat(n, n, b -> gauss.conv(x, x, b, g))}.
 */
@FunctionalInterface
public interface FloatMatVec {

    /** Returns {@code A · in}; the array must have length {@code rows} and may be a fresh one. */
    float[] apply(float[] in);
}
