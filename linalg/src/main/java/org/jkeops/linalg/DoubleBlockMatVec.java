package org.jkeops.linalg;

/**
 * A float64 block product {@code B -> A · B} for blocks of a fixed width w, row-major ({@code
 * B[i * w + c]}): the float64 counterpart of {@link FloatBlockMatVec}.
 */
@FunctionalInterface
public interface DoubleBlockMatVec {

    /** Returns {@code A · block}; the array must have length {@code rows * w} and may be a fresh one. */
    double[] apply(double[] block);
}
