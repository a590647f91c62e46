package org.jkeops.benchmarks;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.Ranges;

/** The spectral tutorial's 10-column block Gaussian, for {@link SymmetricPairsBenchmark}. */
@Kernels
public interface SpectralBenchKernels {
    /** (K B) for a row-major N x 10 block B over the pairs {@code ranges} keeps. */
    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    float[] gauss3x10(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(10) float[] v, @Pm float g, Ranges ranges);
}
