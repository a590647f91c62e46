package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.SumScheme;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/**
 * SUM with each {@link SumScheme}: {@code F = x * y - b} for accuracy over the size sweep, and
 * {@code F = b} (exact terms, x unused) to measure the accumulation error alone.
 */
@Kernels
public interface SumSchemeKernels {
    @Formula("x * y - b")
    @Reduce(Reduction.SUM)
    float[] auto(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(Reduction.SUM)
    double[] auto(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.BLOCK)
    float[] block(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.BLOCK)
    double[] block(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.KAHAN)
    float[] kahan(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.KAHAN)
    double[] kahan(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    float[] direct(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    double[] direct(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DOUBLE)
    float[] dbl(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b);

    @Formula("x * y - b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DOUBLE)
    double[] dbl(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b);

    @Formula("b")
    @Reduce(Reduction.SUM)
    float[] sumOfBAuto(@Vi(1) float[] x, @Vj(1) float[] b);

    @Formula("b")
    @Reduce(Reduction.SUM)
    double[] sumOfBAuto(@Vi(1) double[] x, @Vj(1) double[] b);

    @Formula("b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.BLOCK)
    float[] sumOfBBlock(@Vi(1) float[] x, @Vj(1) float[] b);

    @Formula("b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.BLOCK)
    double[] sumOfBBlock(@Vi(1) double[] x, @Vj(1) double[] b);

    @Formula("b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.KAHAN)
    float[] sumOfBKahan(@Vi(1) float[] x, @Vj(1) float[] b);

    @Formula("b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.KAHAN)
    double[] sumOfBKahan(@Vi(1) double[] x, @Vj(1) double[] b);

    @Formula("b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    float[] sumOfBDirect(@Vi(1) float[] x, @Vj(1) float[] b);

    @Formula("b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    double[] sumOfBDirect(@Vi(1) double[] x, @Vj(1) double[] b);

    @Formula("b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DOUBLE)
    float[] sumOfBDouble(@Vi(1) float[] x, @Vj(1) float[] b);

    @Formula("b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DOUBLE)
    double[] sumOfBDouble(@Vi(1) double[] x, @Vj(1) double[] b);
}
