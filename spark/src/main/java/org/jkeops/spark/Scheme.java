package org.jkeops.spark;

/** How {@link SparkKernels} splits a kernel call over tasks. */
public enum Scheme {
    /**
     * Blocks of output rows, one task each, with every array of the reduced axis broadcast to
     * the executors: every reduction, and results bit-identical to a single-JVM call of the same
     * rows. The reduced axis must fit the broadcast limit.
     */
    ROWS,
    /**
     * (row block, reduced-axis block) tiles: nothing is broadcast but parameters; each tile's
     * partial results ({@code KernelMethod.callPart}: finalized outputs, a softmax-weighted sum's
     * with their normaliser, an arg-only reduction's indices with their values) are shuffled to
     * their row block and merged in block order by the reduction's own rule
     * ({@code KernelMethod.mergeParts}): every reduction; sums and softmax weights are then rounded
     * in another order than in one JVM, and a tile may round a term otherwise (its columns fall
     * elsewhere in the SIMD kernel's vector body and scalar tail), so MIN/MAX/K-min values can
     * differ by that rounding; indices are the single-JVM call's where the compared terms differ by
     * more (equal terms: the lower index), terms closer than float rounding may pick another.
     */
    TILES
}
