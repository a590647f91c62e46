package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.SumScheme;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.FloatArgResult;

/**
 * Tiled SIMD kernels whose reductions carry their lane state between chunks of the reduced index
 * ({@link ChunkedSweepTest}): SUM in every scheme that carries (BLOCK, the float default; KAHAN;
 * DIRECT) and DOUBLE, which does not, one of them with a 3-wide output; K_MIN, ARG_K_MIN,
 * K_MIN_ARG_K_MIN, one over i and one with a 2-wide formula; MIN, which does not carry.
 */
@Kernels
public interface ChunkedSweepKernels {
    @Formula("Exp(-SqDist(x, y) * 0.05) * b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.BLOCK)
    float[] sumBlock(@Vi(128) float[] x, @Vj(128) float[] y, @Vj(1) float[] b);

    @Formula("Exp(-SqDist(x, y) * 0.05) * b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.BLOCK)
    double[] sumBlock(@Vi(128) double[] x, @Vj(128) double[] y, @Vj(1) double[] b);

    @Formula("Exp(-SqDist(x, y) * 0.05) * b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.KAHAN)
    float[] sumKahan(@Vi(128) float[] x, @Vj(128) float[] y, @Vj(1) float[] b);

    @Formula("(x | y) * b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT, over = Index.I)
    float[] sumDirectI(@Vi(128) float[] x, @Vj(128) float[] y, @Vi(1) float[] b);

    @Formula("(x | y) * b")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DOUBLE)
    float[] sumDouble(@Vi(128) float[] x, @Vj(128) float[] y, @Vj(1) float[] b);

    @Formula("Exp(-SqDist(x, y) * 0.05) * v")
    @Reduce(Reduction.SUM)
    float[] sumWide(@Vi(128) float[] x, @Vj(128) float[] y, @Vj(3) float[] v);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.K_MIN, k = 5)
    float[] kMin(@Vi(128) float[] x, @Vj(128) float[] y);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 5)
    int[] argKMin(@Vi(128) float[] x, @Vj(128) float[] y);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 5)
    int[] argKMin(@Vi(128) double[] x, @Vj(128) double[] y);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 5, over = Index.I)
    int[] argKMinI(@Vi(128) float[] x, @Vj(128) float[] y);

    @Formula("SqDist(x, y) * v")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 4)
    FloatArgResult kMinArgKMinWide(@Vi(128) float[] x, @Vj(128) float[] y, @Vj(2) float[] v);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 4)
    DoubleArgResult kMinArgKMin(@Vi(128) double[] x, @Vj(128) double[] y);

    @Formula("SqDist(x, y)")
    @Reduce(Reduction.MIN)
    float[] min(@Vi(128) float[] x, @Vj(128) float[] y);
}
