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
 * SUM_SOFTMAX_WEIGHT with logits a test sets one by one (a + c: very large and very small,
 * -inf, +inf, NaN): over j and over i, float32 and float64, dense and block-sparse, and with an
 * {@code @Out} array. The weight w runs along the reduced axis.
 */
@Kernels
public interface SoftmaxKernels {
    @Formula("a + c")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "w")
    float[] overJF(@Vi(1) float[] a, @Vj(1) float[] c, @Vj(2) float[] w);

    @Formula("a + c")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "w")
    double[] overJD(@Vi(1) double[] a, @Vj(1) double[] c, @Vj(2) double[] w);

    @Formula("a + c")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, over = Index.I, weight = "w")
    float[] overIF(@Vi(1) float[] a, @Vj(1) float[] c, @Vi(2) float[] w);

    @Formula("a + c")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, over = Index.I, weight = "w")
    double[] overID(@Vi(1) double[] a, @Vj(1) double[] c, @Vi(2) double[] w);

    @Formula("a + c")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "w")
    float[] overJFRanges(@Vi(1) float[] a, @Vj(1) float[] c, @Vj(2) float[] w, Ranges ranges);

    @Formula("a + c")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "w")
    double[] overJDRanges(@Vi(1) double[] a, @Vj(1) double[] c, @Vj(2) double[] w, Ranges ranges);

    @Formula("a + c")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, over = Index.I, weight = "w")
    float[] overIFRanges(@Vi(1) float[] a, @Vj(1) float[] c, @Vi(2) float[] w, Ranges ranges);

    @Formula("a + c")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, over = Index.I, weight = "w")
    double[] overIDRanges(@Vi(1) double[] a, @Vj(1) double[] c, @Vi(2) double[] w, Ranges ranges);

    @Formula("a + c")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "w")
    void overJFOut(@Vi(1) float[] a, @Vj(1) float[] c, @Vj(2) float[] w, @Out float[] out);
}
