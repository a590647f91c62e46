package org.jkeops.examples;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.Ranges;

/**
 * The kernel of the block-sparse tutorial; {@code BlockSparseKernelsImpl} is generated at build
 * time. The points are pre-scaled by 1 / sigma, as in KeOps' tutorial.
 */
@Kernels
public interface BlockSparseKernels {
    /**
     * a_i = sum_j exp(-|x_i - y_j|^2 / 2) b_j over the pairs that {@code ranges} keeps, or over
     * all pairs when it is null.
     */
    @Formula("Exp(-SqDist(x, y) / IntCst(2)) * b")
    @Reduce(Reduction.SUM)
    float[] conv(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);
}
