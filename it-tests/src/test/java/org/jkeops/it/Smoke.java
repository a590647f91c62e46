package org.jkeops.it;

import org.jkeops.annotations.*;
import org.jkeops.runtime.FloatArgResult;

@Kernels
public interface Smoke {
    @Formula("Exp(-g * SqDist(x, y)) * b")
    @Reduce(Reduction.SUM)
    float[] conv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm(1) float g);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3)
    int[] knn(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Sqrt(Sum(Square(x - y)))")
    @Reduce(Reduction.MIN_ARG_MIN)
    FloatArgResult nearest(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("b - p * SqDist(x, y)")
    @Reduce(Reduction.LOG_SUM_EXP)
    double[] softmin(@Vi(2) double[] x, @Vj(2) double[] y, @Vj double[] b, @Pm double p);

    @Formula("-SqDist(x, y) * g")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "v", over = Index.I)
    double[] attention(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(3) double[] v, @Pm double g);
}
