package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Gradient;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.Ranges;

/**
 * {@code @Gradient} kernels of a Gaussian SUM (F = exp(-g |x - y|^2) b, dimension 2) with respect
 * to the i-variable x, the j-variable y and the parameter g, and of a soft-min LOG_SUM_EXP
 * (F = b - p |x - y|^2, dimension 1) with respect to x, y and p, float32 and float64.
 */
@Kernels
public interface GradientAnnotationKernels {
    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] gaussF(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g);

    /** M x 3: sum_j Grad(F, x, e_i). */
    @Gradient(of = "gaussF", wrt = "x")
    float[] gaussFdx(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g, @Vi(2) float[] e);

    /** N x 3: sum_i Grad(F, y, e_i). */
    @Gradient(of = "gaussF", wrt = "y")
    float[] gaussFdy(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g, @Vi(2) float[] e);

    /** 1 value: sum_i sum_j Grad(F, g, e_i). */
    @Gradient(of = "gaussF", wrt = "g")
    float[] gaussFdg(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g, @Vi(2) float[] e);

    @Formula("Exp(-g * SqDist(x, y)) * b")
    double[] gaussD(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] b, @Pm double g);

    @Gradient(of = "gaussD", wrt = "x")
    double[] gaussDdx(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] b, @Pm double g, @Vi(2) double[] e);

    @Gradient(of = "gaussD", wrt = "y")
    double[] gaussDdy(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] b, @Pm double g, @Vi(2) double[] e);

    @Gradient(of = "gaussD", wrt = "g")
    double[] gaussDdg(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] b, @Pm double g, @Vi(2) double[] e);

    @Formula("b - p * SqDist(x, y)")
    @Reduce(Reduction.LOG_SUM_EXP)
    float[] softMinF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float p);

    /** M x 2: sum_j exp(F_ij - s_i) Grad(F, x, e_i). */
    @Gradient(of = "softMinF", wrt = "x")
    float[] softMinFdx(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float p, @Vi(1) float[] s,
            @Vi(1) float[] e);

    /** N x 2: sum_i exp(F_ij - s_i) Grad(F, y, e_i). */
    @Gradient(of = "softMinF", wrt = "y")
    float[] softMinFdy(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float p, @Vi(1) float[] s,
            @Vi(1) float[] e);

    /** 1 value: sum_i sum_j exp(F_ij - s_i) Grad(F, p, e_i). */
    @Gradient(of = "softMinF", wrt = "p")
    float[] softMinFdp(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float p, @Vi(1) float[] s,
            @Vi(1) float[] e);

    @Formula("b - p * SqDist(x, y)")
    @Reduce(Reduction.LOG_SUM_EXP)
    double[] softMinD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double p);

    @Gradient(of = "softMinD", wrt = "x")
    double[] softMinDdx(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double p, @Vi(1) double[] s,
            @Vi(1) double[] e);

    @Gradient(of = "softMinD", wrt = "y")
    double[] softMinDdy(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double p, @Vi(1) double[] s,
            @Vi(1) double[] e);

    @Gradient(of = "softMinD", wrt = "p")
    double[] softMinDdp(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double p, @Vi(1) double[] s,
            @Vi(1) double[] e);

    /** The Gaussian SUM, block-sparse: its gradients take the same Ranges (over i: the j-half). */
    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] gaussSparseF(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g, Ranges ranges);

    @Gradient(of = "gaussSparseF", wrt = "x")
    float[] gaussSparseFdx(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g, Ranges ranges,
            @Vi(2) float[] e);

    @Gradient(of = "gaussSparseF", wrt = "y")
    float[] gaussSparseFdy(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g, Ranges ranges,
            @Vi(2) float[] e);

    @Formula("Exp(-g * SqDist(x, y)) * b")
    double[] gaussSparseD(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] b, @Pm double g, Ranges ranges);

    @Gradient(of = "gaussSparseD", wrt = "x")
    double[] gaussSparseDdx(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] b, @Pm double g, Ranges ranges,
            @Vi(2) double[] e);

    @Gradient(of = "gaussSparseD", wrt = "y")
    double[] gaussSparseDdy(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] b, @Pm double g, Ranges ranges,
            @Vi(2) double[] e);
}
