package org.jkeops.spark;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Out;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.Ranges;

/**
 * The index-only reductions with values a test sets one by one (a + c, two components: ties,
 * NaN, +-inf): ARG_MIN, ARG_MAX and ARG_K_MIN over j and over i, float32 and float64, dense and
 * block-sparse, and with an {@code @Out} array.
 */
@Kernels
public interface ArgKernels {
    @Formula("a + c")
    @Reduce(Reduction.ARG_MIN)
    int[] argMinJF(@Vi(2) float[] a, @Vj(2) float[] c);

    @Formula("a + c")
    @Reduce(Reduction.ARG_MIN)
    int[] argMinJD(@Vi(2) double[] a, @Vj(2) double[] c);

    @Formula("a + c")
    @Reduce(value = Reduction.ARG_MIN, over = Index.I)
    int[] argMinIF(@Vi(2) float[] a, @Vj(2) float[] c);

    @Formula("a + c")
    @Reduce(value = Reduction.ARG_MIN, over = Index.I)
    int[] argMinID(@Vi(2) double[] a, @Vj(2) double[] c);

    @Formula("a + c")
    @Reduce(Reduction.ARG_MAX)
    int[] argMaxJF(@Vi(2) float[] a, @Vj(2) float[] c);

    @Formula("a + c")
    @Reduce(Reduction.ARG_MAX)
    int[] argMaxJD(@Vi(2) double[] a, @Vj(2) double[] c);

    @Formula("a + c")
    @Reduce(value = Reduction.ARG_MAX, over = Index.I)
    int[] argMaxIF(@Vi(2) float[] a, @Vj(2) float[] c);

    @Formula("a + c")
    @Reduce(value = Reduction.ARG_MAX, over = Index.I)
    int[] argMaxID(@Vi(2) double[] a, @Vj(2) double[] c);

    @Formula("a + c")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3)
    int[] argKMinJF(@Vi(2) float[] a, @Vj(2) float[] c);

    @Formula("a + c")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3)
    int[] argKMinJD(@Vi(2) double[] a, @Vj(2) double[] c);

    @Formula("a + c")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3, over = Index.I)
    int[] argKMinIF(@Vi(2) float[] a, @Vj(2) float[] c);

    @Formula("a + c")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3, over = Index.I)
    int[] argKMinID(@Vi(2) double[] a, @Vj(2) double[] c);

    @Formula("a + c")
    @Reduce(Reduction.ARG_MIN)
    int[] argMinJFRanges(@Vi(2) float[] a, @Vj(2) float[] c, Ranges ranges);

    @Formula("a + c")
    @Reduce(value = Reduction.ARG_MAX, over = Index.I)
    int[] argMaxIDRanges(@Vi(2) double[] a, @Vj(2) double[] c, Ranges ranges);

    @Formula("a + c")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3)
    int[] argKMinJDRanges(@Vi(2) double[] a, @Vj(2) double[] c, Ranges ranges);

    @Formula("a + c")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3, over = Index.I)
    int[] argKMinIFRanges(@Vi(2) float[] a, @Vj(2) float[] c, Ranges ranges);

    @Formula("a + c")
    @Reduce(Reduction.ARG_MIN)
    void argMinJFOut(@Vi(2) float[] a, @Vj(2) float[] c, @Out int[] out);

    @Formula("a + c")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3, over = Index.I)
    void argKMinIDOut(@Vi(2) double[] a, @Vj(2) double[] c, @Out int[] out);
}
