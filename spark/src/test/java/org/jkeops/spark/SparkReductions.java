package org.jkeops.spark;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.SumScheme;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.FloatArgResult;

/**
 * Every reduction over j ({@code ...J...}) and over i ({@code ...I...}), float32 ({@code F}) and
 * float64 ({@code D}), and the float32 sum in the DOUBLE scheme: the differential suite's kernels. {@code b} (and the softmax weight
 * {@code w}) run along the reduced axis; LOG_SUM_EXP and SUM_SOFTMAX_WEIGHT take a scale g.
 */
@Kernels
public interface SparkReductions {
    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM)
    float[] sumJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DOUBLE)
    float[] sumDoubleJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN)
    float[] minJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX)
    float[] maxJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MIN)
    int[] argMinJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MAX)
    int[] argMaxJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN_ARG_MIN)
    FloatArgResult minArgMinJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX_ARG_MAX)
    FloatArgResult maxArgMaxJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN, k = 3)
    float[] kMinJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3)
    int[] argKMinJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3)
    FloatArgResult kMinArgKMinJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("-SqDist(x, y) * g + b")
    @Reduce(value = Reduction.LOG_SUM_EXP)
    float[] logSumExpJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float g);

    @Formula("-SqDist(x, y) * g + b")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "w")
    float[] sumSoftmaxWeightJF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float g, @Vj(2) float[] w);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM)
    double[] sumJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN)
    double[] minJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX)
    double[] maxJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MIN)
    int[] argMinJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MAX)
    int[] argMaxJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN_ARG_MIN)
    DoubleArgResult minArgMinJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX_ARG_MAX)
    DoubleArgResult maxArgMaxJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN, k = 3)
    double[] kMinJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3)
    int[] argKMinJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3)
    DoubleArgResult kMinArgKMinJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("-SqDist(x, y) * g + b")
    @Reduce(value = Reduction.LOG_SUM_EXP)
    double[] logSumExpJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double g);

    @Formula("-SqDist(x, y) * g + b")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "w")
    double[] sumSoftmaxWeightJD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double g, @Vj(2) double[] w);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, over = Index.I)
    float[] sumIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DOUBLE, over = Index.I)
    float[] sumDoubleIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN, over = Index.I)
    float[] minIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX, over = Index.I)
    float[] maxIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MIN, over = Index.I)
    int[] argMinIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MAX, over = Index.I)
    int[] argMaxIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN_ARG_MIN, over = Index.I)
    FloatArgResult minArgMinIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX_ARG_MAX, over = Index.I)
    FloatArgResult maxArgMaxIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN, k = 3, over = Index.I)
    float[] kMinIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3, over = Index.I)
    int[] argKMinIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3, over = Index.I)
    FloatArgResult kMinArgKMinIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b);

    @Formula("-SqDist(x, y) * g + b")
    @Reduce(value = Reduction.LOG_SUM_EXP, over = Index.I)
    float[] logSumExpIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, @Pm float g);

    @Formula("-SqDist(x, y) * g + b")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, over = Index.I, weight = "w")
    float[] sumSoftmaxWeightIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, @Pm float g, @Vi(2) float[] w);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, over = Index.I)
    double[] sumID(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN, over = Index.I)
    double[] minID(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX, over = Index.I)
    double[] maxID(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MIN, over = Index.I)
    int[] argMinID(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MAX, over = Index.I)
    int[] argMaxID(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN_ARG_MIN, over = Index.I)
    DoubleArgResult minArgMinID(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX_ARG_MAX, over = Index.I)
    DoubleArgResult maxArgMaxID(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN, k = 3, over = Index.I)
    double[] kMinID(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3, over = Index.I)
    int[] argKMinID(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3, over = Index.I)
    DoubleArgResult kMinArgKMinID(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(1) double[] b);

    @Formula("-SqDist(x, y) * g + b")
    @Reduce(value = Reduction.LOG_SUM_EXP, over = Index.I)
    double[] logSumExpID(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(1) double[] b, @Pm double g);

    @Formula("-SqDist(x, y) * g + b")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, over = Index.I, weight = "w")
    double[] sumSoftmaxWeightID(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(1) double[] b, @Pm double g, @Vi(2) double[] w);
}
