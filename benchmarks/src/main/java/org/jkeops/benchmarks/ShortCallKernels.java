package org.jkeops.benchmarks;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/**
 * Embedding kernels at D = 128 ({@link ShortCallBenchmark}) whose SIMD methods HotSpot did not
 * compile before session 19: the k-NN's block methods (one parameter per row buffer: "COMPILE
 * SKIPPED: unsupported calling sequence"), and the database norm {@code SqNorm2(y)} spelled out
 * per pair (methods over 8,000 bytes).
 */
@Kernels
public interface ShortCallKernels {
    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 5)
    int[] knn(@Vi(128) float[] x, @Vj(128) float[] y);

    @Formula("-(x | y) * Rsqrt(SqNorm2(y))")
    @Reduce(value = Reduction.ARG_K_MIN, k = 5)
    int[] cosineKnn(@Vi(128) float[] x, @Vj(128) float[] y);

    @Formula("Exp(g * (2 * (x | y) - SqNorm2(x) - SqNorm2(y))) * b")
    float[] gaussNormTrick(@Vi(128) float[] x, @Vj(128) float[] y, @Vj(1) float[] b, @Pm float g);
}
