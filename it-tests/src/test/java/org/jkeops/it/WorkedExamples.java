package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.FloatArgResult;

/** The ten worked examples at the end of FORMULAS.md, in float32 and float64 (overloads). */
@Kernels
public interface WorkedExamples {
    /** 1. Gaussian convolution. */
    @Formula("Exp(-g * SqDist(x, y)) * b")
    @Reduce(Reduction.SUM)
    float[] gaussConv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm float g);

    @Formula("Exp(-g * SqDist(x, y)) * b")
    @Reduce(Reduction.SUM)
    double[] gaussConv(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(1) double[] b, @Pm double g);

    /** 2. The tutorials' kernel (x, y pre-scaled by 1 / sigma); b of dimension 2. */
    @Formula("Exp(-SqDist(x, y) / IntCst(2)) * b")
    @Reduce(Reduction.SUM)
    float[] tutorialKernel(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b);

    @Formula("Exp(-SqDist(x, y) / IntCst(2)) * b")
    @Reduce(Reduction.SUM)
    double[] tutorialKernel(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] b);

    /** 3. K nearest neighbours. */
    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 5)
    int[] knn(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 5)
    int[] knn(@Vi(3) double[] x, @Vj(3) double[] y);

    /** 4. Nearest neighbour and its distance. */
    @Formula("Sqrt(Sum(Square(x - y)))")
    @Reduce(Reduction.MIN_ARG_MIN)
    FloatArgResult nearest(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Sqrt(Sum(Square(x - y)))")
    @Reduce(Reduction.MIN_ARG_MIN)
    DoubleArgResult nearest(@Vi(3) double[] x, @Vj(3) double[] y);

    /** 5. Maximum inner product. */
    @Formula("(x | y)")
    @Reduce(Reduction.MAX)
    float[] maxInnerProduct(@Vi(4) float[] x, @Vj(4) float[] y);

    @Formula("(x | y)")
    @Reduce(Reduction.MAX)
    double[] maxInnerProduct(@Vi(4) double[] x, @Vj(4) double[] y);

    /** 6. Soft-min of Sinkhorn. */
    @Formula("b - p * SqDist(x, y)")
    @Reduce(Reduction.LOG_SUM_EXP)
    float[] sinkhornSoftMin(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm(1) float p);

    @Formula("b - p * SqDist(x, y)")
    @Reduce(Reduction.LOG_SUM_EXP)
    double[] sinkhornSoftMin(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm(1) double p);

    /** 7. Attention-like smoothing. */
    @Formula("-SqDist(x, y) * g")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "v")
    float[] attention(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(4) float[] v, @Pm float g);

    @Formula("-SqDist(x, y) * g")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "v")
    double[] attention(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(4) double[] v, @Pm double g);

    /** 8. Cauchy-like kernel; e is a parameter array of length 1. */
    @Formula("Rsqrt(SqDist(x, y) + e) * b")
    @Reduce(Reduction.SUM)
    float[] cauchy(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm(1) float[] e);

    @Formula("Rsqrt(SqDist(x, y) + e) * b")
    @Reduce(Reduction.SUM)
    double[] cauchy(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(1) double[] b, @Pm(1) double[] e);

    /** 9. Radius count. */
    @Formula("IfElse(SqDist(x, y) - r, 0, b)")
    @Reduce(Reduction.SUM)
    float[] radiusCount(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm(1) float r);

    @Formula("IfElse(SqDist(x, y) - r, 0, b)")
    @Reduce(Reduction.SUM)
    double[] radiusCount(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(1) double[] b, @Pm(1) double r);

    /** 10. A 3 x 3 parameter matrix applied to x - y. */
    @Formula("MatVecMult(A, x - y)")
    @Reduce(Reduction.SUM)
    float[] matVec(@Pm(9) float[] A, @Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("MatVecMult(A, x - y)")
    @Reduce(Reduction.SUM)
    double[] matVec(@Pm(9) double[] A, @Vi(3) double[] x, @Vj(3) double[] y);
}
