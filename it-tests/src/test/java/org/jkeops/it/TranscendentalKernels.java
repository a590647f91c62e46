package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.SumScheme;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/**
 * One transcendental operation per kernel, applied to j-values and read back element by element:
 * row i sums IfElse(-|i - j|, F(y_j), 0) over j, i.e. F(y_i) (plus zeros) with i and j holding
 * the row and column numbers. With as many columns as rows, a multiple of every lane count, every
 * value goes through the SIMD loop (none through its scalar tail). For
 * {@link TranscendentalAccuracyTest}.
 */
@Kernels
public interface TranscendentalKernels {
    @Formula("IfElse(-Abs(i - j), Exp(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    float[] exp(@Vi(1) float[] i, @Vj(1) float[] j, @Vj(4) float[] y);

    @Formula("IfElse(-Abs(i - j), Log(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    float[] log(@Vi(1) float[] i, @Vj(1) float[] j, @Vj(4) float[] y);

    @Formula("IfElse(-Abs(i - j), Sin(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    float[] sin(@Vi(1) float[] i, @Vj(1) float[] j, @Vj(4) float[] y);

    @Formula("IfElse(-Abs(i - j), Cos(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    float[] cos(@Vi(1) float[] i, @Vj(1) float[] j, @Vj(4) float[] y);

    @Formula("IfElse(-Abs(i - j), Asin(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    float[] asin(@Vi(1) float[] i, @Vj(1) float[] j, @Vj(4) float[] y);

    @Formula("IfElse(-Abs(i - j), Acos(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    float[] acos(@Vi(1) float[] i, @Vj(1) float[] j, @Vj(4) float[] y);

    @Formula("IfElse(-Abs(i - j), Atan(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    float[] atan(@Vi(1) float[] i, @Vj(1) float[] j, @Vj(4) float[] y);

    @Formula("IfElse(-Abs(i - j), XLogX(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    float[] xlogx(@Vi(1) float[] i, @Vj(1) float[] j, @Vj(4) float[] y);

    @Formula("IfElse(-Abs(i - j), SinXDivX(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    float[] sinxdivx(@Vi(1) float[] i, @Vj(1) float[] j, @Vj(4) float[] y);

    @Formula("IfElse(-Abs(i - j), Atan2(y, z), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    float[] atan2(@Vi(1) float[] i, @Vj(1) float[] j, @Vj(4) float[] y, @Vj(4) float[] z);

    @Formula("IfElse(-Abs(i - j), Powf(y, z), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    float[] powf(@Vi(1) float[] i, @Vj(1) float[] j, @Vj(4) float[] y, @Vj(4) float[] z);

    @Formula("IfElse(-Abs(i - j), Exp(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    double[] exp(@Vi(1) double[] i, @Vj(1) double[] j, @Vj(4) double[] y);

    @Formula("IfElse(-Abs(i - j), Log(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    double[] log(@Vi(1) double[] i, @Vj(1) double[] j, @Vj(4) double[] y);

    @Formula("IfElse(-Abs(i - j), Sin(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    double[] sin(@Vi(1) double[] i, @Vj(1) double[] j, @Vj(4) double[] y);

    @Formula("IfElse(-Abs(i - j), Cos(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    double[] cos(@Vi(1) double[] i, @Vj(1) double[] j, @Vj(4) double[] y);

    @Formula("IfElse(-Abs(i - j), Asin(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    double[] asin(@Vi(1) double[] i, @Vj(1) double[] j, @Vj(4) double[] y);

    @Formula("IfElse(-Abs(i - j), Acos(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    double[] acos(@Vi(1) double[] i, @Vj(1) double[] j, @Vj(4) double[] y);

    @Formula("IfElse(-Abs(i - j), Atan(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    double[] atan(@Vi(1) double[] i, @Vj(1) double[] j, @Vj(4) double[] y);

    @Formula("IfElse(-Abs(i - j), XLogX(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    double[] xlogx(@Vi(1) double[] i, @Vj(1) double[] j, @Vj(4) double[] y);

    @Formula("IfElse(-Abs(i - j), SinXDivX(y), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    double[] sinxdivx(@Vi(1) double[] i, @Vj(1) double[] j, @Vj(4) double[] y);

    @Formula("IfElse(-Abs(i - j), Atan2(y, z), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    double[] atan2(@Vi(1) double[] i, @Vj(1) double[] j, @Vj(4) double[] y, @Vj(4) double[] z);

    @Formula("IfElse(-Abs(i - j), Powf(y, z), 0)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    double[] powf(@Vi(1) double[] i, @Vj(1) double[] j, @Vj(4) double[] y, @Vj(4) double[] z);

}
