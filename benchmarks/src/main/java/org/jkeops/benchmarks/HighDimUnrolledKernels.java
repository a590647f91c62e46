package org.jkeops.benchmarks;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/**
 * The same kernels as {@link HighDimKernels}, compiled with the unrolled SIMD schedule (the one
 * before the tiled loop, kept for small D): the benchmark module's compiler passes
 * {@code -Ajkeops.unrolledSimd=HighDimUnrolledKernels\..*}. D = 768 is left out: unrolled, it
 * is beyond javac's 64 KiB method limit.
 */
@Kernels
public interface HighDimUnrolledKernels {
    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] gauss16(@Vi(16) float[] x, @Vj(16) float[] y, @Vj(1) float[] b, @Pm float g);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 10)
    int[] knn16(@Vi(16) float[] x, @Vj(16) float[] y);

    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] gauss64(@Vi(64) float[] x, @Vj(64) float[] y, @Vj(1) float[] b, @Pm float g);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 10)
    int[] knn64(@Vi(64) float[] x, @Vj(64) float[] y);

    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] gauss128(@Vi(128) float[] x, @Vj(128) float[] y, @Vj(1) float[] b, @Pm float g);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 10)
    int[] knn128(@Vi(128) float[] x, @Vj(128) float[] y);

    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] gauss384(@Vi(384) float[] x, @Vj(384) float[] y, @Vj(1) float[] b, @Pm float g);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 10)
    int[] knn384(@Vi(384) float[] x, @Vj(384) float[] y);
}
