package org.jkeops.benchmarks;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/**
 * The high-dimensional benchmark kernels (issue 18): Gaussian convolution and kNN (k = 10) at
 * D = 16 to 768, on the schedule the processor chooses (the register-tiled loop over d).
 */
@Kernels
public interface HighDimKernels {
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

    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] gauss768(@Vi(768) float[] x, @Vj(768) float[] y, @Vj(1) float[] b, @Pm float g);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 10)
    int[] knn768(@Vi(768) float[] x, @Vj(768) float[] y);
}
