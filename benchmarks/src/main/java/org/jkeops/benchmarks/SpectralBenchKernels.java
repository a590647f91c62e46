package org.jkeops.benchmarks;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.Ranges;

/**
 * The spectral tutorial's block Gaussians: block-sparse with 10 columns on the roll (for
 * {@link SymmetricPairsBenchmark}), dense with 1 and 10 columns on the spiral (for
 * {@link DenseBlockPassBenchmark}).
 */
@Kernels
public interface SpectralBenchKernels {
    /** (K B) for a row-major N x 10 block B over the pairs {@code ranges} keeps. */
    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    float[] gauss3x10(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(10) float[] v, @Pm float g, Ranges ranges);

    /** K v for one column v, dense, in 2-D. */
    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    float[] gauss2(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] v, @Pm float g);

    /** K B for a row-major N x 10 block B, dense, in 2-D. */
    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    float[] gauss2x10(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(10) float[] v, @Pm float g);
}
