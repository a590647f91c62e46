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
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.FloatArgResult;
import org.jkeops.runtime.Ranges;

/**
 * {@code @Gradient} kernels of MIN, MAX and K_MIN reductions, through their arg indices, of
 * F = SqDist(x, y) * a + p (x | y) (dimension 2: one arg index per component), float32 and
 * float64, over j and over i, dense and block-sparse.
 */
@Kernels
public interface ArgGradientKernels {
    String F = "SqDist(x, y) * a + p * (x | y)";

    @Formula(F)
    @Reduce(Reduction.MIN)
    float[] minF(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p);

    @Formula(F)
    @Reduce(Reduction.ARG_MIN)
    int[] argMinF(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p);

    @Gradient(of = "minF", wrt = "x")
    float[] minFdx(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p, @Vi(2) int[] idx,
            @Vi(2) float[] e);

    @Gradient(of = "minF", wrt = "y")
    float[] minFdy(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p, @Vi(2) int[] idx,
            @Vi(2) float[] e);

    @Gradient(of = "minF", wrt = "a")
    float[] minFda(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p, @Vi(2) int[] idx,
            @Vi(2) float[] e);

    @Gradient(of = "minF", wrt = "p")
    float[] minFdp(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p, @Vi(2) int[] idx,
            @Vi(2) float[] e);

    @Formula(F)
    @Reduce(Reduction.MIN)
    double[] minD(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p);

    @Formula(F)
    @Reduce(Reduction.ARG_MIN)
    int[] argMinD(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p);

    @Gradient(of = "minD", wrt = "x")
    double[] minDdx(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p, @Vi(2) int[] idx,
            @Vi(2) double[] e);

    @Gradient(of = "minD", wrt = "y")
    double[] minDdy(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p, @Vi(2) int[] idx,
            @Vi(2) double[] e);

    @Gradient(of = "minD", wrt = "p")
    double[] minDdp(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p, @Vi(2) int[] idx,
            @Vi(2) double[] e);

    /** MAX with its indices in one call; the gradient takes the indices of the result. */
    @Formula(F)
    @Reduce(Reduction.MAX_ARG_MAX)
    FloatArgResult maxF(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p);

    @Gradient(of = "maxF", wrt = "x")
    float[] maxFdx(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p, @Vi(2) int[] idx,
            @Vi(2) float[] e);

    @Gradient(of = "maxF", wrt = "y")
    float[] maxFdy(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p, @Vi(2) int[] idx,
            @Vi(2) float[] e);

    @Formula(F)
    @Reduce(Reduction.MAX_ARG_MAX)
    DoubleArgResult maxD(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p);

    @Gradient(of = "maxD", wrt = "x")
    double[] maxDdx(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p, @Vi(2) int[] idx,
            @Vi(2) double[] e);

    @Gradient(of = "maxD", wrt = "y")
    double[] maxDdy(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p, @Vi(2) int[] idx,
            @Vi(2) double[] e);

    /** The 3 smallest per component: 6 values per row, laid out [l * 2 + c]. */
    @Formula(F)
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3)
    FloatArgResult kMinF(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p);

    @Gradient(of = "kMinF", wrt = "x")
    float[] kMinFdx(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p, @Vi(6) int[] idx,
            @Vi(6) float[] e);

    @Gradient(of = "kMinF", wrt = "y")
    float[] kMinFdy(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p, @Vi(6) int[] idx,
            @Vi(6) float[] e);

    @Gradient(of = "kMinF", wrt = "p")
    float[] kMinFdp(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p, @Vi(6) int[] idx,
            @Vi(6) float[] e);

    @Formula(F)
    @Reduce(value = Reduction.K_MIN, k = 3)
    double[] kMinD(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p);

    @Formula(F)
    @Reduce(value = Reduction.ARG_K_MIN, k = 3)
    int[] argKMinD(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p);

    @Gradient(of = "kMinD", wrt = "x")
    double[] kMinDdx(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p, @Vi(6) int[] idx,
            @Vi(6) double[] e);

    @Gradient(of = "kMinD", wrt = "y")
    double[] kMinDdy(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p, @Vi(6) int[] idx,
            @Vi(6) double[] e);

    /** MIN over i: one value per j and component, indices into the rows of x. */
    @Formula(F)
    @Reduce(value = Reduction.MIN_ARG_MIN, over = Index.I)
    FloatArgResult minOverIF(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p);

    @Gradient(of = "minOverIF", wrt = "x")
    float[] minOverIFdx(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p, @Vj(2) int[] idx,
            @Vj(2) float[] e);

    @Gradient(of = "minOverIF", wrt = "y")
    float[] minOverIFdy(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p, @Vj(2) int[] idx,
            @Vj(2) float[] e);

    @Formula(F)
    @Reduce(value = Reduction.MIN_ARG_MIN, over = Index.I)
    DoubleArgResult minOverID(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p);

    @Gradient(of = "minOverID", wrt = "x")
    double[] minOverIDdx(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p, @Vj(2) int[] idx,
            @Vj(2) double[] e);

    @Gradient(of = "minOverID", wrt = "a")
    double[] minOverIDda(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] a, @Pm double p, @Vj(2) int[] idx,
            @Vj(2) double[] e);

    /** Block-sparse MIN: the arg indices lie in the kept blocks. */
    @Formula(F)
    @Reduce(Reduction.MIN_ARG_MIN)
    FloatArgResult minSparseF(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p, Ranges ranges);

    @Gradient(of = "minSparseF", wrt = "x")
    float[] minSparseFdx(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p, Ranges ranges,
            @Vi(2) int[] idx, @Vi(2) float[] e);

    @Gradient(of = "minSparseF", wrt = "y")
    float[] minSparseFdy(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] a, @Pm float p, Ranges ranges,
            @Vi(2) int[] idx, @Vi(2) float[] e);
}
