package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.FloatArgResult;

/**
 * Embedding-sized formulas for {@link LargeDimTest}: sums over 64 and 128 components, which the
 * OpenCL kernels run as loops over the components with j in local memory.
 */
@Kernels
interface LargeDimKernels {
    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] gauss64(@Vi(64) float[] x, @Vj(64) float[] y, @Vj float[] b, @Pm float g);

    @Formula("SqDist(x, y)") @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 10)
    FloatArgResult knn128(@Vi(128) float[] x, @Vj(128) float[] y);

    @Formula("(x | y) * Rsqrt(SqNorm2(x) * SqNorm2(y))") @Reduce(Reduction.MAX_ARG_MAX)
    FloatArgResult cosine64(@Vi(64) float[] x, @Vj(64) float[] y);

    @Formula("(x | y) * g") @Reduce(value = Reduction.LOG_SUM_EXP, over = Index.I)
    float[] lse128(@Vi(128) float[] x, @Vj(128) float[] y, @Pm float g);

    @Formula("Exp(-g * SqDist(x, y)) * b")
    double[] gauss128d(@Vi(128) double[] x, @Vj(128) double[] y, @Vj double[] b, @Pm double g);
}
