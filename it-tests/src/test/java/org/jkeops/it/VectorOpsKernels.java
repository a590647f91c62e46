package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/**
 * Operations over the components of vectors, norms and distances, indexing and small linear
 * algebra of FORMULAS.md, each under a SUM over j, in float32 and float64 (overloads).
 */
@Kernels
public interface VectorOpsKernels {
    @Formula("Sum(x * y)")
    @Reduce(Reduction.SUM)
    float[] sum(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Sum(x * y)")
    @Reduce(Reduction.SUM)
    double[] sum(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Max(x - y)")
    @Reduce(Reduction.SUM)
    float[] max(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Max(x - y)")
    @Reduce(Reduction.SUM)
    double[] max(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Min(x - y)")
    @Reduce(Reduction.SUM)
    float[] min(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Min(x - y)")
    @Reduce(Reduction.SUM)
    double[] min(@Vi(3) double[] x, @Vj(3) double[] y);

    /** first index wins ties */
    @Formula("ArgMax(x - y)")
    @Reduce(Reduction.SUM)
    float[] argMax(@Vi(4) float[] x, @Vj(4) float[] y);

    @Formula("ArgMax(x - y)")
    @Reduce(Reduction.SUM)
    double[] argMax(@Vi(4) double[] x, @Vj(4) double[] y);

    /** first index wins ties */
    @Formula("ArgMin(x - y)")
    @Reduce(Reduction.SUM)
    float[] argMin(@Vi(4) float[] x, @Vj(4) float[] y);

    @Formula("ArgMin(x - y)")
    @Reduce(Reduction.SUM)
    double[] argMin(@Vi(4) double[] x, @Vj(4) double[] y);

    /** a scalar to 3 copies */
    @Formula("SumT((x | y), 3) * x")
    @Reduce(Reduction.SUM)
    float[] sumT(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SumT((x | y), 3) * x")
    @Reduce(Reduction.SUM)
    double[] sumT(@Vi(3) double[] x, @Vj(3) double[] y);

    /** 1 at component round(x - y) */
    @Formula("OneHot(x - y, 4)")
    @Reduce(Reduction.SUM)
    float[] oneHot(@Vi(1) float[] x, @Vj(1) float[] y);

    @Formula("OneHot(x - y, 4)")
    @Reduce(Reduction.SUM)
    double[] oneHot(@Vi(1) double[] x, @Vj(1) double[] y);

    @Formula("SqNorm2(x - y)")
    @Reduce(Reduction.SUM)
    float[] sqNorm2(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SqNorm2(x - y)")
    @Reduce(Reduction.SUM)
    double[] sqNorm2(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Norm2(x - y)")
    @Reduce(Reduction.SUM)
    float[] norm2(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Norm2(x - y)")
    @Reduce(Reduction.SUM)
    double[] norm2(@Vi(3) double[] x, @Vj(3) double[] y);

    /** 0 for a zero vector (Rsqrt(0) = 0) */
    @Formula("Normalize(x - y)")
    @Reduce(Reduction.SUM)
    float[] normalize(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Normalize(x - y)")
    @Reduce(Reduction.SUM)
    double[] normalize(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("SqDist(x, y)")
    @Reduce(Reduction.SUM)
    float[] sqDist(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SqDist(x, y)")
    @Reduce(Reduction.SUM)
    double[] sqDist(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("WeightedSqNorm(s, x - y)")
    @Reduce(Reduction.SUM)
    float[] wsnIso(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] s);

    @Formula("WeightedSqNorm(s, x - y)")
    @Reduce(Reduction.SUM)
    double[] wsnIso(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(1) double[] s);

    @Formula("WeightedSqNorm(s, x - y)")
    @Reduce(Reduction.SUM)
    float[] wsnDiag(@Vi(3) float[] x, @Vj(3) float[] y, @Pm(3) float[] s);

    @Formula("WeightedSqNorm(s, x - y)")
    @Reduce(Reduction.SUM)
    double[] wsnDiag(@Vi(3) double[] x, @Vj(3) double[] y, @Pm(3) double[] s);

    @Formula("WeightedSqNorm(s, x - y)")
    @Reduce(Reduction.SUM)
    float[] wsnFull(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(9) float[] s);

    @Formula("WeightedSqNorm(s, x - y)")
    @Reduce(Reduction.SUM)
    double[] wsnFull(@Vi(3) double[] x, @Vj(3) double[] y, @Vi(9) double[] s);

    @Formula("WeightedSqDist(s, x, y)")
    @Reduce(Reduction.SUM)
    float[] wsdIso(@Vi(3) float[] x, @Vj(3) float[] y, @Pm(1) float s);

    @Formula("WeightedSqDist(s, x, y)")
    @Reduce(Reduction.SUM)
    double[] wsdIso(@Vi(3) double[] x, @Vj(3) double[] y, @Pm(1) double s);

    @Formula("WeightedSqDist(s, x, y)")
    @Reduce(Reduction.SUM)
    float[] wsdDiag(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(3) float[] s);

    @Formula("WeightedSqDist(s, x, y)")
    @Reduce(Reduction.SUM)
    double[] wsdDiag(@Vi(3) double[] x, @Vj(3) double[] y, @Vi(3) double[] s);

    @Formula("WeightedSqDist(s, x, y)")
    @Reduce(Reduction.SUM)
    float[] wsdFull(@Vi(3) float[] x, @Vj(3) float[] y, @Pm(9) float[] s);

    @Formula("WeightedSqDist(s, x, y)")
    @Reduce(Reduction.SUM)
    double[] wsdFull(@Vi(3) double[] x, @Vj(3) double[] y, @Pm(9) double[] s);

    @Formula("Elem(x, 1) * y")
    @Reduce(Reduction.SUM)
    float[] elem(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Elem(x, 1) * y")
    @Reduce(Reduction.SUM)
    double[] elem(@Vi(3) double[] x, @Vj(3) double[] y);

    /** ElemT(f, n, m): f at m in n zeros */
    @Formula("ElemT(Elem(x, 0) - Elem(y, 2), 4, 1)")
    @Reduce(Reduction.SUM)
    float[] elemT(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("ElemT(Elem(x, 0) - Elem(y, 2), 4, 1)")
    @Reduce(Reduction.SUM)
    double[] elemT(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Extract(x - y, 1, 2)")
    @Reduce(Reduction.SUM)
    float[] extract(@Vi(4) float[] x, @Vj(4) float[] y);

    @Formula("Extract(x - y, 1, 2)")
    @Reduce(Reduction.SUM)
    double[] extract(@Vi(4) double[] x, @Vj(4) double[] y);

    /** ExtractT(f, start, d): f at start in d zeros */
    @Formula("ExtractT(x - y, 1, 5)")
    @Reduce(Reduction.SUM)
    float[] extractT(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("ExtractT(x - y, 1, 5)")
    @Reduce(Reduction.SUM)
    double[] extractT(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Concat(x - y, x * y)")
    @Reduce(Reduction.SUM)
    float[] concat(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Concat(x - y, x * y)")
    @Reduce(Reduction.SUM)
    double[] concat(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Concat(x, y)")
    @Reduce(Reduction.SUM)
    float[] concatDims(@Vi(2) float[] x, @Vj(3) float[] y);

    @Formula("Concat(x, y)")
    @Reduce(Reduction.SUM)
    double[] concatDims(@Vi(2) double[] x, @Vj(3) double[] y);

    /** x is 2 x 3, y has 3 components */
    @Formula("MatVecMult(x, y)")
    @Reduce(Reduction.SUM)
    float[] matVec(@Vi(6) float[] x, @Vj(3) float[] y);

    @Formula("MatVecMult(x, y)")
    @Reduce(Reduction.SUM)
    double[] matVec(@Vi(6) double[] x, @Vj(3) double[] y);

    /** x has 2 components, y is 2 x 3 */
    @Formula("VecMatMult(x, y)")
    @Reduce(Reduction.SUM)
    float[] vecMat(@Vi(2) float[] x, @Vj(6) float[] y);

    @Formula("VecMatMult(x, y)")
    @Reduce(Reduction.SUM)
    double[] vecMat(@Vi(2) double[] x, @Vj(6) double[] y);

    /** the 2 x 3 outer product */
    @Formula("TensorProd(x, y)")
    @Reduce(Reduction.SUM)
    float[] tensorProd(@Vi(2) float[] x, @Vj(3) float[] y);

    @Formula("TensorProd(x, y)")
    @Reduce(Reduction.SUM)
    double[] tensorProd(@Vi(2) double[] x, @Vj(3) double[] y);
}

