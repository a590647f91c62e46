package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.SumScheme;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.FloatArgResult;

/**
 * Every reduction, over j and over i, for {@link OpenClSplitTest}: few output rows over many
 * reduced ones, where the OpenCL launch splits the reduced index into parts. Over j the few rows
 * are x (Vi), over i they are y (Vj); the formulas are symmetric in x and y.
 */
@Kernels
interface OpenClSplitKernels {
    @Formula("Exp(-SqDist(x, y)) * b")
    float[] sumJ(@Vi(3) float[] x, @Vj(3) float[] y, @Vj float[] b);

    @Formula("Exp(-SqDist(x, y)) * b") @Reduce(sum = SumScheme.DOUBLE)
    float[] sumDoubleJ(@Vi(3) float[] x, @Vj(3) float[] y, @Vj float[] b);

    @Formula("SqDist(x, y)") @Reduce(Reduction.MIN)
    float[] minJ(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("(x | y)") @Reduce(Reduction.MAX)
    float[] maxJ(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SqDist(x, y)") @Reduce(Reduction.ARG_MIN)
    int[] argMinJ(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("(x | y)") @Reduce(Reduction.ARG_MAX)
    int[] argMaxJ(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SqDist(x, y)") @Reduce(Reduction.MIN_ARG_MIN)
    FloatArgResult minArgMinJ(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("(x | y)") @Reduce(Reduction.MAX_ARG_MAX)
    FloatArgResult maxArgMaxJ(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SqDist(x, y)") @Reduce(value = Reduction.K_MIN, k = 4)
    float[] kMinJ(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SqDist(x, y)") @Reduce(value = Reduction.ARG_K_MIN, k = 4)
    int[] argKMinJ(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SqDist(x, y)") @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 4)
    FloatArgResult kMinArgKMinJ(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("b - SqDist(x, y)") @Reduce(Reduction.LOG_SUM_EXP)
    float[] lseJ(@Vi(3) float[] x, @Vj(3) float[] y, @Vj float[] b);

    @Formula("-SqDist(x, y)") @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "v")
    float[] softmaxJ(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] v);

    @Formula("Exp(-SqDist(x, y)) * b") @Reduce(over = Index.I)
    float[] sumI(@Vi(3) float[] x, @Vj(3) float[] y, @Vi float[] b);

    @Formula("Exp(-SqDist(x, y)) * b") @Reduce(sum = SumScheme.DOUBLE, over = Index.I)
    float[] sumDoubleI(@Vi(3) float[] x, @Vj(3) float[] y, @Vi float[] b);

    @Formula("SqDist(x, y)") @Reduce(value = Reduction.MIN, over = Index.I)
    float[] minI(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("(x | y)") @Reduce(value = Reduction.MAX, over = Index.I)
    float[] maxI(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SqDist(x, y)") @Reduce(value = Reduction.ARG_MIN, over = Index.I)
    int[] argMinI(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("(x | y)") @Reduce(value = Reduction.ARG_MAX, over = Index.I)
    int[] argMaxI(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SqDist(x, y)") @Reduce(value = Reduction.MIN_ARG_MIN, over = Index.I)
    FloatArgResult minArgMinI(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("(x | y)") @Reduce(value = Reduction.MAX_ARG_MAX, over = Index.I)
    FloatArgResult maxArgMaxI(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SqDist(x, y)") @Reduce(value = Reduction.K_MIN, k = 4, over = Index.I)
    float[] kMinI(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SqDist(x, y)") @Reduce(value = Reduction.ARG_K_MIN, k = 4, over = Index.I)
    int[] argKMinI(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SqDist(x, y)") @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 4, over = Index.I)
    FloatArgResult kMinArgKMinI(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("b - SqDist(x, y)") @Reduce(value = Reduction.LOG_SUM_EXP, over = Index.I)
    float[] lseI(@Vi(3) float[] x, @Vj(3) float[] y, @Vi float[] b);

    @Formula("-SqDist(x, y)") @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "v", over = Index.I)
    float[] softmaxI(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(2) float[] v);
}
