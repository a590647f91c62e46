package org.jkeops.examples;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.Ranges;

/**
 * The kernel matrices of the spectral tutorial as mat-vecs, K v with
 * K_ij = exp(-g |x_i - x_j|^2), g = 1 / (2 sigma^2); {@code SpectralKernelsImpl} is generated.
 */
@Kernels
public interface SpectralKernels {
    /** (K v)_i on 2-D points, dense. */
    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    float[] gauss2(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] v, @Pm float g);

    /** (K v)_i on 3-D points over the pairs {@code ranges} keeps (all pairs when null). */
    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    float[] gauss3(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] v, @Pm float g, Ranges ranges);

    /**
     * (K B) for a row-major N x 12 block B in one pass: the distance and the exponential of each
     * pair are shared by the 12 columns. 12 is the LOBPCG block size of the roll (7 wanted
     * eigenpairs + 5 guard vectors, see {@link SpectralRoll#BLOCK}); a kernel's width is fixed when
     * it is compiled.
     */
    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    float[] gauss3x12(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(12) float[] v, @Pm float g, Ranges ranges);

    /** (K B) for a row-major N x 10 block on 2-D points, dense. */
    @Formula("Exp(-g * SqDist(x, y)) * v")
    @Reduce(Reduction.SUM)
    float[] gauss2x10(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(10) float[] v, @Pm float g);
}
