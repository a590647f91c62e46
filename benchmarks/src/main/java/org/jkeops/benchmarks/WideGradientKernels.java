package org.jkeops.benchmarks;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/** The gradient of a Gaussian kernel with respect to x: an output as wide as the points (issue 14, 18). */
@Kernels
interface WideGradientKernels {
    @Formula("Grad(Exp(-g * SqDist(x, y)) * b, x, e)")
    float[] grad64(@Vi(64) float[] x, @Vj(64) float[] y, @Vj(1) float[] b, @Pm float g, @Vi(1) float[] e);

    @Formula("Grad(Exp(-g * SqDist(x, y)) * b, x, e)")
    float[] grad784(@Vi(784) float[] x, @Vj(784) float[] y, @Vj(1) float[] b, @Pm float g, @Vi(1) float[] e);
}
