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
 * Float32 Gaussian sums, whose SIMD tiles run Exp speculatively without its range handling and
 * redo a tile exactly when an argument leaves the range ({@link SpeculativeExpTest}): the roll's
 * 10-column block kernel (one row a register block) and a one-column 1-D one (several rows).
 */
@Kernels
public interface SpeculativeExpKernels {
    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    float[] gauss3x10(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(10) float[] v, @Pm float g, Ranges ranges);

    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    float[] gauss1(@Vi(1) float[] x, @Vj(1) float[] y, @Vj(1) float[] v, @Pm float g, Ranges ranges);
}
