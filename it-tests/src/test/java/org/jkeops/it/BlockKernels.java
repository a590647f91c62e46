package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.Ranges;

/**
 * Gaussian products with a single vector and with blocks of 4 columns (row-major N x 4), float32
 * and float64, optionally block-sparse: the block kernels of {@link BlockKernelTest}.
 */
@Kernels
public interface BlockKernels {
    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    float[] single(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] v, @Pm float g, Ranges ranges);

    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    float[] block4(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(4) float[] v, @Pm float g, Ranges ranges);

    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    double[] single(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(1) double[] v, @Pm double g, Ranges ranges);

    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    double[] block4(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(4) double[] v, @Pm double g, Ranges ranges);
}
