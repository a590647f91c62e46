package org.jkeops.spark;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/**
 * Weights that make one tile's part of a row's sum negative (a weighted LOG_SUM_EXP) or that one
 * tile outweighed to 0 holds as NaN (SUM_SOFTMAX_WEIGHT): what a merge of finalized parts lost.
 */
@Kernels
public interface SignedWeightKernels {
    @Formula("a + c")
    @Reduce(value = Reduction.LOG_SUM_EXP, weight = "w")
    float[] lseJF(@Vi(1) float[] a, @Vj(1) float[] c, @Vj(1) float[] w);

    @Formula("a + c")
    @Reduce(value = Reduction.LOG_SUM_EXP, weight = "w")
    double[] lseJD(@Vi(1) double[] a, @Vj(1) double[] c, @Vj(1) double[] w);

    @Formula("a + c")
    @Reduce(value = Reduction.LOG_SUM_EXP, over = Index.I, weight = "w")
    float[] lseIF(@Vi(1) float[] a, @Vj(1) float[] c, @Vi(1) float[] w);

    @Formula("a + c")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "w")
    float[] softmaxJF(@Vi(1) float[] a, @Vj(1) float[] c, @Vj(1) float[] w);
}
