package org.jkeops.it;

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
 * The kernels of {@link ReductionKernels} (every reduction, over j and over i, float32 and
 * float64) with a {@code Ranges} parameter: block-sparse, or dense when it is null.
 */
@Kernels
public interface BlockSparseKernels {
    @Formula("x * y - b")
    @Reduce(Reduction.SUM)
    float[] sum(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(Reduction.SUM)
    double[] sum(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(Reduction.MIN)
    float[] min(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(Reduction.MIN)
    double[] min(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(Reduction.MAX)
    float[] max(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(Reduction.MAX)
    double[] max(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(Reduction.ARG_MIN)
    int[] argMin(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(Reduction.ARG_MIN)
    int[] argMin(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(Reduction.ARG_MAX)
    int[] argMax(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(Reduction.ARG_MAX)
    int[] argMax(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(Reduction.MIN_ARG_MIN)
    FloatArgResult minArgMin(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(Reduction.MIN_ARG_MIN)
    DoubleArgResult minArgMin(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(Reduction.MAX_ARG_MAX)
    FloatArgResult maxArgMax(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(Reduction.MAX_ARG_MAX)
    DoubleArgResult maxArgMax(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN, k = 3)
    float[] kMin(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN, k = 3)
    double[] kMin(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3)
    int[] argKMin(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3)
    int[] argKMin(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3)
    FloatArgResult kMinArgKMin(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3)
    DoubleArgResult kMinArgKMin(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("(x | y) - b + s")
    @Reduce(Reduction.LOG_SUM_EXP)
    float[] lse(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float s, Ranges ranges);

    @Formula("(x | y) - b + s")
    @Reduce(Reduction.LOG_SUM_EXP)
    double[] lse(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double s, Ranges ranges);

    @Formula("(x | y) - b + s")
    @Reduce(value = Reduction.LOG_SUM_EXP, weight = "v")
    float[] lseWeighted(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float s, @Vj(2) float[] v, Ranges ranges);

    @Formula("(x | y) - b + s")
    @Reduce(value = Reduction.LOG_SUM_EXP, weight = "v")
    double[] lseWeighted(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double s, @Vj(2) double[] v, Ranges ranges);

    @Formula("(x | y) - b + s")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "Concat(v, Elem(x, 0) * b)")
    float[] softmax(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float s, @Vj(2) float[] v, Ranges ranges);

    @Formula("(x | y) - b + s")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "Concat(v, Elem(x, 0) * b)")
    double[] softmax(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double s, @Vj(2) double[] v, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, over = Index.I)
    float[] sumOverI(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, over = Index.I)
    double[] sumOverI(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN, over = Index.I)
    float[] minOverI(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN, over = Index.I)
    double[] minOverI(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX, over = Index.I)
    float[] maxOverI(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX, over = Index.I)
    double[] maxOverI(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MIN, over = Index.I)
    int[] argMinOverI(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MIN, over = Index.I)
    int[] argMinOverI(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MAX, over = Index.I)
    int[] argMaxOverI(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_MAX, over = Index.I)
    int[] argMaxOverI(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN_ARG_MIN, over = Index.I)
    FloatArgResult minArgMinOverI(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN_ARG_MIN, over = Index.I)
    DoubleArgResult minArgMinOverI(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX_ARG_MAX, over = Index.I)
    FloatArgResult maxArgMaxOverI(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.MAX_ARG_MAX, over = Index.I)
    DoubleArgResult maxArgMaxOverI(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN, k = 3, over = Index.I)
    float[] kMinOverI(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN, k = 3, over = Index.I)
    double[] kMinOverI(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3, over = Index.I)
    int[] argKMinOverI(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3, over = Index.I)
    int[] argKMinOverI(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3, over = Index.I)
    FloatArgResult kMinArgKMinOverI(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, Ranges ranges);

    @Formula("x * y - b")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3, over = Index.I)
    DoubleArgResult kMinArgKMinOverI(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, Ranges ranges);

    @Formula("(x | y) - b + s")
    @Reduce(value = Reduction.LOG_SUM_EXP, over = Index.I)
    float[] lseOverI(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float s, Ranges ranges);

    @Formula("(x | y) - b + s")
    @Reduce(value = Reduction.LOG_SUM_EXP, over = Index.I)
    double[] lseOverI(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double s, Ranges ranges);

    @Formula("(x | y) - b + s")
    @Reduce(value = Reduction.LOG_SUM_EXP, weight = "v", over = Index.I)
    float[] lseWeightedOverI(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float s, @Vi(2) float[] v, Ranges ranges);

    @Formula("(x | y) - b + s")
    @Reduce(value = Reduction.LOG_SUM_EXP, weight = "v", over = Index.I)
    double[] lseWeightedOverI(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double s, @Vi(2) double[] v, Ranges ranges);

    @Formula("(x | y) - b + s")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "Concat(v, Elem(x, 0) * b)", over = Index.I)
    float[] softmaxOverI(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float s, @Vi(2) float[] v, Ranges ranges);

    @Formula("(x | y) - b + s")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "Concat(v, Elem(x, 0) * b)", over = Index.I)
    double[] softmaxOverI(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double s, @Vi(2) double[] v, Ranges ranges);
}
