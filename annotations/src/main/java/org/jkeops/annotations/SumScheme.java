package org.jkeops.annotations;

/** How a {@code SUM} (and the sums inside LOG_SUM_EXP and SUM_SOFTMAX_WEIGHT) accumulates. */
public enum SumScheme {
    /** BLOCK for float32 kernels, DIRECT for float64 kernels. */
    AUTO,
    /** Partial sums over blocks of j, flushed into the accumulator: error grows with N / block. */
    BLOCK,
    /** Kahan-compensated summation. */
    KAHAN,
    /** One running sum in the kernel's precision. */
    DIRECT,
    /** A float64 accumulator, whatever the kernel's precision. */
    DOUBLE
}
