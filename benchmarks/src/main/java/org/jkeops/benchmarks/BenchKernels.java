package org.jkeops.benchmarks;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/** The kernels the benchmarks measure. */
@Kernels
public interface BenchKernels {
    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] gauss1(@Vi(1) float[] x, @Vj(1) float[] y, @Vj(1) float[] b, @Pm float g);

    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] gauss3(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm float g);

    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] gauss16(@Vi(16) float[] x, @Vj(16) float[] y, @Vj(1) float[] b, @Pm float g);

    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] gauss64(@Vi(64) float[] x, @Vj(64) float[] y, @Vj(1) float[] b, @Pm float g);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 10)
    int[] knn(@Vi(3) float[] x, @Vj(3) float[] y);

    /** Sinkhorn's soft-min: log sum_j exp(b_j - p |x_i - y_j|^2). */
    @Formula("b - p * SqDist(x, y)")
    @Reduce(Reduction.LOG_SUM_EXP)
    float[] softMin(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm float p);
}
