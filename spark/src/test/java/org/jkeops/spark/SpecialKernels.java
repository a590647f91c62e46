package org.jkeops.spark;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Gradient;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Out;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.Ranges;

/**
 * The kernel shapes besides plain reductions: {@code @Out} arrays, a gradient with respect to a
 * parameter (rows summed), gradients through arg indices ({@code int[]} input, into the reduced axis
 * and into the output axis), a block-sparse
 * method, a float64 Gaussian for the Dataset tests and a kernel with a parameter array.
 */
@Kernels
public interface SpecialKernels {
    @Formula("x * y - b")
    @Reduce(value = Reduction.MIN_ARG_MIN)
    void minOut(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Out float[] out, @Out int[] outIndex);

    @Formula("Exp(-g * SqDist(x, y)) * b")
    @Reduce(Reduction.SUM)
    float[] gauss(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm float g);

    @Gradient(of = "gauss", wrt = "g")
    float[] gaussDg(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm float g, @Vi(1) float[] e);

    @Formula("SqDist(x, y)")
    @Reduce(Reduction.MIN)
    float[] nearest(@Vi(3) float[] x, @Vj(3) float[] y);

    @Gradient(of = "nearest", wrt = "x")
    float[] nearestDx(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(1) int[] idx, @Vi(1) float[] e);

    /** A reduction over i (outer axis J) whose i-rows' indices point into J, the output axis. */
    @Gradient(of = "nearest", wrt = "y")
    float[] nearestDy(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(1) int[] idx, @Vi(1) float[] e);

    @Formula("Exp(-g * SqDist(x, y)) * b")
    @Reduce(Reduction.SUM)
    float[] gaussSparse(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm float g, Ranges ranges);

    @Formula("Exp(-g * SqDist(x, y)) * b")
    @Reduce(Reduction.SUM)
    double[] gaussD(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(1) double[] b, @Pm double g);

    /** A parameter array ({@code @Pm(2)}), which both schemes broadcast. */
    @Formula("SqDist(x, p) * b")
    @Reduce(Reduction.SUM)
    float[] shifted(@Vi(2) float[] x, @Pm(2) float[] p, @Vj(1) float[] b);
}
