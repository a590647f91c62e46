package org.jkeops.linalg;

/**
 * A float32 block product {@code B -> A · B} for blocks of a fixed width w: {@code B} is cols × w
 * and the result rows × w, both row-major ({@code B[i * w + c]}). This is the shape of a generated
 * kernel method whose {@code @Vj(w)} weight is the block, e.g.
 * {@code float[] conv10(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(10) float[] b, @Pm float g)}:
 * one reduction computes all w columns, sharing the distance and the exponential of every pair.
 */
@FunctionalInterface
public interface FloatBlockMatVec {

    /** Returns {@code A · block}; the array must have length {@code rows * w} and may be a fresh one. */
    float[] apply(float[] block);
}
