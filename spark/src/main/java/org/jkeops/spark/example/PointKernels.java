package org.jkeops.spark.example;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.FloatArgResult;

/** The kernels of the kNN-graph job and of the Spark benchmark, on 3-D points. */
@Kernels
public interface PointKernels {
    /** a_i = sum_j exp(-g |x_i - y_j|^2) b_j */
    @Formula("Exp(-g * SqDist(x, y)) * b")
    @Reduce(Reduction.SUM)
    float[] gaussConv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm float g);

    /** The 10 nearest y_j of each x_i, nearest first. */
    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 10)
    int[] knn10(@Vi(3) float[] x, @Vj(3) float[] y);

    /** The 11 smallest squared distances and their j: a point's 10 neighbours and itself. */
    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 11)
    FloatArgResult knnGraph(@Vi(3) float[] x, @Vj(3) float[] y);
}
