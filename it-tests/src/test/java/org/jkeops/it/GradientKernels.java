package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/**
 * The autodiff forms of FORMULAS.md tier 2 ({@code Grad}, {@code Diff}, {@code Laplacian}) in
 * {@code @Formula}, expanded symbolically at build time, under a SUM over j, float32 and float64.
 */
@Kernels
public interface GradientKernels {
    /** The gradient of a Gaussian convolution with respect to the i-variable x; e is dim 1. */
    @Formula("Grad(Exp(-g * SqDist(x, y)) * b, x, e)")
    @Reduce(Reduction.SUM)
    float[] gaussGradX(@Vi(3) float[] x, @Vj(3) float[] y, @Vj float[] b, @Pm float g, @Vi float[] e);

    @Formula("Grad(Exp(-g * SqDist(x, y)) * b, x, e)")
    @Reduce(Reduction.SUM)
    double[] gaussGradX(@Vi(3) double[] x, @Vj(3) double[] y, @Vj double[] b, @Pm double g, @Vi double[] e);

    /** With respect to the j-variable y, still summed over j (dim 3). */
    @Formula("Grad(Exp(-g * SqDist(x, y)) * b, y, e)")
    @Reduce(Reduction.SUM)
    float[] gaussGradY(@Vi(3) float[] x, @Vj(3) float[] y, @Vj float[] b, @Pm float g, @Vi float[] e);

    @Formula("Grad(Exp(-g * SqDist(x, y)) * b, y, e)")
    @Reduce(Reduction.SUM)
    double[] gaussGradY(@Vi(3) double[] x, @Vj(3) double[] y, @Vj double[] b, @Pm double g, @Vi double[] e);

    /** Jacobian-vector product along u. */
    @Formula("Diff(Exp(-g * SqDist(x, y)) * b, x, u)")
    @Reduce(Reduction.SUM)
    float[] gaussDiff(@Vi(3) float[] x, @Vj(3) float[] y, @Vj float[] b, @Pm float g, @Vi(3) float[] u);

    @Formula("Diff(Exp(-g * SqDist(x, y)) * b, x, u)")
    @Reduce(Reduction.SUM)
    double[] gaussDiff(@Vi(3) double[] x, @Vj(3) double[] y, @Vj double[] b, @Pm double g, @Vi(3) double[] u);

    /** A second-order form. */
    @Formula("Laplacian(Exp(-g * SqDist(x, y)), x) * b")
    @Reduce(Reduction.SUM)
    float[] gaussLaplacian(@Vi(3) float[] x, @Vj(3) float[] y, @Vj float[] b, @Pm float g);

    @Formula("Laplacian(Exp(-g * SqDist(x, y)), x) * b")
    @Reduce(Reduction.SUM)
    double[] gaussLaplacian(@Vi(3) double[] x, @Vj(3) double[] y, @Vj double[] b, @Pm double g);

    /** Through Max over components: OneHot(ArgMax(x * y), 3) * y * e. */
    @Formula("Grad(Max(x * y), x, e)")
    @Reduce(Reduction.SUM)
    float[] maxGrad(@Vi(3) float[] x, @Vj(3) float[] y, @Vi float[] e);

    @Formula("Grad(Max(x * y), x, e)")
    @Reduce(Reduction.SUM)
    double[] maxGrad(@Vi(3) double[] x, @Vj(3) double[] y, @Vi double[] e);
}
