package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Out;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/**
 * Kernels with distinctive parameter names, for the argument checks of generated code: every
 * message must name the parameter and the sizes it saw.
 */
@Kernels
public interface ErrorKernels {
    @Formula("Sum(points * scale) - masses * weights + centers")
    @Reduce(Reduction.SUM)
    float[] field(@Vi(3) float[] points, @Vi(1) float[] weights, @Vj(2) float[] centers,
            @Vj(1) float[] masses, @Pm(3) float[] scale);

    @Formula("Sum(points * scale) - masses * weights + centers")
    @Reduce(Reduction.SUM)
    void fieldOut(@Vi(3) float[] points, @Vi(1) float[] weights, @Vj(2) float[] centers,
            @Vj(1) float[] masses, @Pm(3) float[] scale, @Out float[] result);

    @Formula("Sum(points * scale) - masses * weights + centers")
    @Reduce(value = Reduction.SUM, over = Index.I)
    void fieldOverIOut(@Vi(3) double[] points, @Vi(1) double[] weights, @Vj(2) double[] centers,
            @Vj(1) double[] masses, @Pm(3) double[] scale, @Out double[] result);

    @Formula("SqDist(queries, landmarks)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3)
    int[] nearestThree(@Vi(2) float[] queries, @Vj(2) float[] landmarks);

    @Formula("SqDist(queries, landmarks)")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3, over = Index.I)
    void nearestThreeOverI(@Vi(2) double[] queries, @Vj(2) double[] landmarks, @Out double[] distances,
            @Out int[] labels);

    @Formula("SqDist(queries, landmarks)")
    @Reduce(Reduction.MIN_ARG_MIN)
    void closest(@Vi(2) double[] queries, @Vj(2) double[] landmarks, @Out double[] distances, @Out int[] labels);
}
