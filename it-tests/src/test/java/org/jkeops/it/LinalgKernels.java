package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.Ranges;

/** Gaussian mat-vecs that drive the linalg solvers in {@link LinalgTest}. */
@Kernels
public interface LinalgKernels {
    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    float[] gaussF(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] v, @Pm float g, Ranges ranges);

    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    double[] gaussD(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] v, @Pm double g);
}
