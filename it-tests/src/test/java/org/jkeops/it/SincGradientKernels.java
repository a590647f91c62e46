package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Gradient;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/** SUM of SinXDivX(g (x - y)) b and its gradient with respect to x, float32 and float64. */
@Kernels
public interface SincGradientKernels {
    @Formula("SinXDivX(g * (x - y)) * b")
    float[] sincF(@Vi(1) float[] x, @Vj(1) float[] y, @Vj(1) float[] b, @Pm float g);

    @Gradient(of = "sincF", wrt = "x")
    float[] sincFdx(@Vi(1) float[] x, @Vj(1) float[] y, @Vj(1) float[] b, @Pm float g, @Vi(1) float[] e);

    @Formula("SinXDivX(g * (x - y)) * b")
    double[] sincD(@Vi(1) double[] x, @Vj(1) double[] y, @Vj(1) double[] b, @Pm double g);

    @Gradient(of = "sincD", wrt = "x")
    double[] sincDdx(@Vi(1) double[] x, @Vj(1) double[] y, @Vj(1) double[] b, @Pm double g, @Vi(1) double[] e);
}
