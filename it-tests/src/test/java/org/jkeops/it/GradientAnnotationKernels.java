package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Gradient;
import org.jkeops.annotations.Index;
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

    /** A Gaussian SUM over i (out_j = sum_i exp(-g |x_i - y_j|^2) c_i): incoming gradients per j. */
    @Formula("Exp(-g * SqDist(x, y)) * c")
    @Reduce(value = Reduction.SUM, over = Index.I)
    float[] gaussOverIF(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(2) float[] c, @Pm float g);

    @Gradient(of = "gaussOverIF", wrt = "x")
    float[] gaussOverIFdx(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(2) float[] c, @Pm float g, @Vj(2) float[] e);

    @Gradient(of = "gaussOverIF", wrt = "y")
    float[] gaussOverIFdy(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(2) float[] c, @Pm float g, @Vj(2) float[] e);

    @Gradient(of = "gaussOverIF", wrt = "g")
    float[] gaussOverIFdg(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(2) float[] c, @Pm float g, @Vj(2) float[] e);

    @Formula("Exp(-g * SqDist(x, y)) * c")
    @Reduce(value = Reduction.SUM, over = Index.I)
    double[] gaussOverID(@Vi(3) double[] x, @Vj(3) double[] y, @Vi(2) double[] c, @Pm double g);

    @Gradient(of = "gaussOverID", wrt = "x")
    double[] gaussOverIDdx(@Vi(3) double[] x, @Vj(3) double[] y, @Vi(2) double[] c, @Pm double g, @Vj(2) double[] e);

    @Gradient(of = "gaussOverID", wrt = "y")
    double[] gaussOverIDdy(@Vi(3) double[] x, @Vj(3) double[] y, @Vi(2) double[] c, @Pm double g, @Vj(2) double[] e);

    @Gradient(of = "gaussOverID", wrt = "g")
    double[] gaussOverIDdg(@Vi(3) double[] x, @Vj(3) double[] y, @Vi(2) double[] c, @Pm double g, @Vj(2) double[] e);

    /** Soft-min over i: out_j = log sum_i exp(b_i - p |x_i - y_j|^2). */
    @Formula("b - p * SqDist(x, y)")
    @Reduce(value = Reduction.LOG_SUM_EXP, over = Index.I)
    float[] softMinOverIF(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, @Pm float p);

    @Gradient(of = "softMinOverIF", wrt = "x")
    float[] softMinOverIFdx(@Vi(2) float[] x, @Vj(2) float[] y, @Vi(1) float[] b, @Pm float p, @Vj(1) float[] s,
            @Vj(1) float[] e);

    @Formula("b - p * SqDist(x, y)")
    @Reduce(value = Reduction.LOG_SUM_EXP, over = Index.I)
    double[] softMinOverID(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(1) double[] b, @Pm double p);

    @Gradient(of = "softMinOverID", wrt = "x")
    double[] softMinOverIDdx(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(1) double[] b, @Pm double p,
            @Vj(1) double[] s, @Vj(1) double[] e);

    /** A weighted soft-min: out_ic = log sum_j exp(b_j - p |x_i - y_j|^2) w_jc (dimension 2). */
    @Formula("b - p * SqDist(x, y)")
    @Reduce(value = Reduction.LOG_SUM_EXP, weight = "w")
    double[] weightedSoftMinD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double p,
            @Vj(2) double[] w);

    @Gradient(of = "weightedSoftMinD", wrt = "x")
    double[] weightedSoftMinDdx(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double p,
            @Vj(2) double[] w, @Vi(2) double[] s, @Vi(2) double[] e);

    @Gradient(of = "weightedSoftMinD", wrt = "y")
    double[] weightedSoftMinDdy(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double p,
            @Vj(2) double[] w, @Vi(2) double[] s, @Vi(2) double[] e);

    @Gradient(of = "weightedSoftMinD", wrt = "w")
    double[] weightedSoftMinDdw(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double p,
            @Vj(2) double[] w, @Vi(2) double[] s, @Vi(2) double[] e);

    @Gradient(of = "weightedSoftMinD", wrt = "p")
    double[] weightedSoftMinDdp(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double p,
            @Vj(2) double[] w, @Vi(2) double[] s, @Vi(2) double[] e);

    /** Attention-like smoothing: out_i = sum_j softmax_j(-p |x_i - y_j|^2) w_j (dimension 2). */
    @Formula("-p * SqDist(x, y)")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "w")
    double[] smoothD(@Vi(2) double[] x, @Vj(2) double[] y, @Pm double p, @Vj(2) double[] w);

    /** Its normalizer, log sum_j exp(-p |x_i - y_j|^2): the lse the gradients take. */
    @Formula("-p * SqDist(x, y)")
    @Reduce(Reduction.LOG_SUM_EXP)
    double[] smoothLseD(@Vi(2) double[] x, @Vj(2) double[] y, @Pm double p);

    @Gradient(of = "smoothD", wrt = "x")
    double[] smoothDdx(@Vi(2) double[] x, @Vj(2) double[] y, @Pm double p, @Vj(2) double[] w, @Vi(1) double[] lse,
            @Vi(2) double[] s, @Vi(2) double[] e);

    @Gradient(of = "smoothD", wrt = "y")
    double[] smoothDdy(@Vi(2) double[] x, @Vj(2) double[] y, @Pm double p, @Vj(2) double[] w, @Vi(1) double[] lse,
            @Vi(2) double[] s, @Vi(2) double[] e);

    @Gradient(of = "smoothD", wrt = "w")
    double[] smoothDdw(@Vi(2) double[] x, @Vj(2) double[] y, @Pm double p, @Vj(2) double[] w, @Vi(1) double[] lse,
            @Vi(2) double[] s, @Vi(2) double[] e);

    @Gradient(of = "smoothD", wrt = "p")
    double[] smoothDdp(@Vi(2) double[] x, @Vj(2) double[] y, @Pm double p, @Vj(2) double[] w, @Vi(1) double[] lse,
            @Vi(2) double[] s, @Vi(2) double[] e);

    /** The same in float32, reducing over i (output per j). */
    @Formula("-p * SqDist(x, y)")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "w", over = Index.I)
    float[] smoothOverIF(@Vi(2) float[] x, @Vj(2) float[] y, @Pm float p, @Vi(2) float[] w);

    @Formula("-p * SqDist(x, y)")
    @Reduce(value = Reduction.LOG_SUM_EXP, over = Index.I)
    float[] smoothOverILseF(@Vi(2) float[] x, @Vj(2) float[] y, @Pm float p);

    @Gradient(of = "smoothOverIF", wrt = "x")
    float[] smoothOverIFdx(@Vi(2) float[] x, @Vj(2) float[] y, @Pm float p, @Vi(2) float[] w, @Vj(1) float[] lse,
            @Vj(2) float[] s, @Vj(2) float[] e);
}
