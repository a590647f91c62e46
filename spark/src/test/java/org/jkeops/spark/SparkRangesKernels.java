package org.jkeops.spark;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.FloatArgResult;
import org.jkeops.runtime.Ranges;

/**
 * The kernels of {@link SparkReductions} with a block-sparse {@code Ranges}: every reduction over
 * j and over i in float32, the sums, LOG_SUM_EXP, SUM_SOFTMAX_WEIGHT, MAX_ARG_MAX and
 * K_MIN_ARG_K_MIN over j in float64.
 */
@Kernels
public interface SparkRangesKernels {
    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM)
    float[] sumJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN)
    float[] minJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX)
    float[] maxJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MIN)
    int[] argMinJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MAX)
    int[] argMaxJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN_ARG_MIN)
    FloatArgResult minArgMinJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX_ARG_MAX)
    FloatArgResult maxArgMaxJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN, k = 3)
    float[] kMinJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3)
    int[] argKMinJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3)
    FloatArgResult kMinArgKMinJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("-SqDist(x, y) * g + b")
    @Reduce(value = Reduction.LOG_SUM_EXP)
    float[] logSumExpJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float g, Ranges ranges);

    @Formula("-SqDist(x, y) * g + b")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "w")
    float[] sumSoftmaxWeightJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float g, @Vj(2) float[] w, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM)
    double[] sumJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX_ARG_MAX)
    DoubleArgResult maxArgMaxJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3)
    DoubleArgResult kMinArgKMinJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("-SqDist(x, y) * g + b")
    @Reduce(value = Reduction.LOG_SUM_EXP)
    double[] logSumExpJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double g, Ranges ranges);

    @Formula("-SqDist(x, y) * g + b")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "w")
    double[] sumSoftmaxWeightJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double g, @Vj(2) double[] w, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, over = Index.I)
    float[] sumIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN, over = Index.I)
    float[] minIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX, over = Index.I)
    float[] maxIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MIN, over = Index.I)
    int[] argMinIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MAX, over = Index.I)
    int[] argMaxIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN_ARG_MIN, over = Index.I)
    FloatArgResult minArgMinIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX_ARG_MAX, over = Index.I)
    FloatArgResult maxArgMaxIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN, k = 3, over = Index.I)
    float[] kMinIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3, over = Index.I)
    int[] argKMinIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3, over = Index.I)
    FloatArgResult kMinArgKMinIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, Ranges ranges);

    @Formula("-SqDist(x, y) * g + b")
    @Reduce(value = Reduction.LOG_SUM_EXP, over = Index.I)
    float[] logSumExpIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, @Pm float g, Ranges ranges);

    @Formula("-SqDist(x, y) * g + b")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, over = Index.I, weight = "w")
    float[] sumSoftmaxWeightIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, @Pm float g, @Vi(2) float[] w, Ranges ranges);
}
