package org.jkeops.examples;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/**
 * Kernels of the registration example: a Gaussian kernel correlation between a moving cloud
 * x + t and a fixed cloud y, and its gradient with respect to the translation t, written with
 * {@code Grad} so that jkeops derives it at build time.
 */
@Kernels
public interface RegistrationKernels {
    /** E_i = sum_j exp(-s |x_i + t - y_j|^2). */
    @Formula("Exp(-s * SqDist(x + t, y))")
    double[] energy(@Vi(2) double[] x, @Vj(2) double[] y, @Pm(2) double[] t, @Pm double s);

    /** dE_i/dt = sum_j Grad(exp(-s |x_i + t - y_j|^2), t, 1): derived symbolically. */
    @Formula("Grad(Exp(-s * SqDist(x + t, y)), t, IntCst(1))")
    double[] energyGradient(@Vi(2) double[] x, @Vj(2) double[] y, @Pm(2) double[] t, @Pm double s);

    /** The same gradient written by hand, to check the derived one. */
    @Formula("Exp(-s * SqDist(x + t, y)) * (y - x - t) * (2 * s)")
    double[] energyGradientByHand(@Vi(2) double[] x, @Vj(2) double[] y, @Pm(2) double[] t, @Pm double s);
}
