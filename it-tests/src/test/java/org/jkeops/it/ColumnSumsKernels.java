package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.Ranges;

/**
 * Sums over the reduced side's components alone ({@link ColumnSumsTest}): a cosine against the
 * database's norms, a k-NN by it, a Gaussian by the norm trick, and over i the norm of x. They
 * loop over the components like a distance does; spelled out, D = 300 was refused (JK208) and
 * D = 129 ran interpreted on SIMD.
 */
@Kernels
public interface ColumnSumsKernels {
    @Formula("(x | y) * Rsqrt(SqNorm2(y))")
    float[] cosine(@Vi(300) float[] x, @Vj(300) float[] y);

    @Formula("-(x | y) * Rsqrt(SqNorm2(y))")
    @Reduce(value = Reduction.ARG_K_MIN, k = 5)
    int[] knn(@Vi(129) float[] x, @Vj(129) float[] y);

    @Formula("Exp(g * (2 * (x | y) - SqNorm2(x) - SqNorm2(y))) * b")
    double[] gauss(@Vi(129) double[] x, @Vj(129) double[] y, @Vj(1) double[] b, @Pm double g, Ranges ranges);

    @Formula("(x | y) * Rsqrt(SqNorm2(x))")
    @Reduce(value = Reduction.SUM, over = Index.I)
    double[] cosineOverI(@Vi(300) double[] x, @Vj(300) double[] y);

    /** Below the tiled schedule's 16 components from 40: SIMD's unrolled schedule, scalar's loop. */
    @Formula("(x | y) * Rsqrt(SqNorm2(y))")
    float[] cosine40(@Vi(40) float[] x, @Vj(40) float[] y, Ranges ranges);
}
