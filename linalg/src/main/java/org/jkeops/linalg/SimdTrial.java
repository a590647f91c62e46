package org.jkeops.linalg;

/**
 * The fresh-JVM choice between a SIMD loop ({@link VectorBlocks}) and its scalar twin, which does
 * the same operations in the same order: which one runs changes no bit of the result, so the
 * choice may depend on time. In a fresh JVM the Vector API runs interpreted and boxed, about a
 * hundred times slower, until C2 has compiled it, while the scalar loop is soon compiled by C1; on
 * the 3 x 10^4 roll the first LOBPCG iterations spent most of a second in interpreted SIMD
 * products. So until the SIMD loop has once done a call's trial rows at least as fast per row as
 * the scalar twin did the call's other rows, a caller runs SIMD on the trial rows only; from then
 * on, SIMD on all rows. One trial per loop: the JIT compiles each loop on its own.
 */
final class SimdTrial {

    /** Set by whichever worker thread first sees SIMD as fast, read by all of them. */
    private volatile boolean fast;

    /** Whether the SIMD loop has once been at least as fast per row as its scalar twin: use it for every row. */
    boolean fast() {
        return fast;
    }

    /**
     * One call's timings: the SIMD loop took {@code simdNanos} for {@code simdRows} rows, the
     * scalar twin {@code scalarNanos} for {@code scalarRows}. Per row, SIMD at least as fast
     * switches to SIMD for good (cross-multiplied, in doubles: no division by a zero time).
     */
    void record(long simdNanos, int simdRows, long scalarNanos, int scalarRows) {
        if (simdNanos * (double) scalarRows <= scalarNanos * (double) simdRows) {
            fast = true;
        }
    }
}
