package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.SumScheme;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/** The inputs of issue 14's findings 1-5 and 10 (docs/FORMULAS.md, "Special values"). */
@Kernels
public interface SpecialSemanticsKernels {
    @Formula("Log(x)")
    @Reduce(Reduction.LOG_SUM_EXP)
    double[] lseOfLog(@Vi(1) double[] x, @Vj(1) double[] y);

    @Formula("Log(x)")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "y")
    double[] softmaxOfLog(@Vi(1) double[] x, @Vj(1) double[] y);

    @Formula("x * y")
    @Reduce(value = Reduction.SUM, sum = SumScheme.KAHAN)
    float[] kahan(@Vi(1) float[] x, @Vj(1) float[] y);

    /** A NaN the processor folds (Powf of a negative base and a fraction) times the data. */
    @Formula("Powf(IntCst(-1), 1e-3) * (Elem(y, 0) / p)")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, over = Index.I, weight = "x")
    double[] softmaxOfFoldedNaN(@Vi(2) double[] x, @Vj(1) double[] y, @Pm double p);

    @Formula("Powf(IntCst(-1), 1e-3) * (Elem(y, 0) / p)")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "x")
    float[] softmaxOfFoldedNaNF(@Vj(2) float[] x, @Vi(1) float[] y, @Pm float p);

    @Formula("x * y")
    @Reduce(value = Reduction.SUM, sum = SumScheme.KAHAN)
    double[] kahan(@Vi(1) double[] x, @Vj(1) double[] y);

    @Formula("x * y")
    @Reduce(Reduction.LOG_SUM_EXP)
    float[] lse(@Vi(1) float[] x, @Vj(1) float[] y);

    @Formula("x * y")
    @Reduce(Reduction.LOG_SUM_EXP)
    double[] lse(@Vi(1) double[] x, @Vj(1) double[] y);

    @Formula("x * y")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "g")
    float[] softmax(@Vi(1) float[] x, @Vj(1) float[] y, @Vj(1) float[] g);

    @Formula("x * y")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "g")
    double[] softmax(@Vi(1) double[] x, @Vj(1) double[] y, @Vj(1) double[] g);

    @Formula("Powf(x, y)")
    @Reduce(Reduction.SUM)
    float[] powf(@Vi(1) float[] x, @Vj(1) float[] y);

    @Formula("Powf(x, y)")
    @Reduce(Reduction.SUM)
    double[] powf(@Vi(1) double[] x, @Vj(1) double[] y);

    /** MAX of equal values is exact (a SUM of 64 copies of 2^52 + 1 is not). */
    @Formula("Concat(Concat(Concat(Round(y, 0), Round(y, 3)), Concat(Round(y, 39), Round(y, 400))), Round(y, -400))")
    @Reduce(Reduction.MAX)
    float[] round(@Vi(1) float[] x, @Vj(1) float[] y);

    /** MAX of equal values is exact (a SUM of 64 copies of 2^52 + 1 is not). */
    @Formula("Concat(Concat(Concat(Round(y, 0), Round(y, 3)), Concat(Round(y, 39), Round(y, 400))), Round(y, -400))")
    @Reduce(Reduction.MAX)
    double[] round(@Vi(1) double[] x, @Vj(1) double[] y);

    /** The extreme digits: |Integer.MIN_VALUE| is negative in int arithmetic (Java) and undefined (C). */
    @Formula("Concat(Round(y, -2147483648), Round(y, 2147483647))")
    @Reduce(Reduction.MAX)
    float[] roundExtreme(@Vi(1) float[] x, @Vj(1) float[] y);

    @Formula("Concat(Round(y, -2147483648), Round(y, 2147483647))")
    @Reduce(Reduction.MAX)
    double[] roundExtreme(@Vi(1) double[] x, @Vj(1) double[] y);

    @Formula("Concat(Concat(Max(y), Min(y)), Concat(ArgMax(y), ArgMin(y)))")
    @Reduce(Reduction.SUM)
    float[] overComponents(@Vi(1) float[] x, @Vj(3) float[] y);

    @Formula("Concat(Concat(Max(y), Min(y)), Concat(ArgMax(y), ArgMin(y)))")
    @Reduce(Reduction.SUM)
    double[] overComponents(@Vi(1) double[] x, @Vj(3) double[] y);
}
