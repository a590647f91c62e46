package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.FloatArgResult;

/** Kernels called with few rows and many columns, where SIMD splits j across threads. */
@Kernels
interface SplitKernels {
    @Formula("Exp(-SqDist(x, y)) * b")
    float[] sum(@Vi(2) float[] x, @Vj(2) float[] y, @Vj float[] b);

    @Formula("SqDist(x, y)")
    @Reduce(Reduction.MIN)
    float[] min(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("(x | y)")
    @Reduce(Reduction.MAX)
    float[] max(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("SqDist(x, y)")
    @Reduce(Reduction.MIN_ARG_MIN)
    FloatArgResult minArgMin(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("(x | y)")
    @Reduce(Reduction.MAX_ARG_MAX)
    FloatArgResult maxArgMax(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.K_MIN, k = 5)
    float[] kMin(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 5)
    FloatArgResult kMinArgKMin(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 5)
    int[] argKMin(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("b - SqDist(x, y)")
    @Reduce(Reduction.LOG_SUM_EXP)
    float[] logSumExp(@Vi(2) float[] x, @Vj(2) float[] y, @Vj float[] b);

    /** Signed weights: a part of j may sum to a negative number though the row's sum is positive. */
    @Formula("-SqDist(x, y)")
    @Reduce(value = Reduction.LOG_SUM_EXP, weight = "w")
    float[] weightedLogSumExp(@Vi(2) float[] x, @Vj(2) float[] y, @Vj float[] w);

    @Formula("-SqDist(x, y)")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "w")
    float[] softmax(@Vi(2) float[] x, @Vj(2) float[] y, @Vj float[] w);
}
