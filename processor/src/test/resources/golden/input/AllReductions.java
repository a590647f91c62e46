package golden;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.SumScheme;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.FloatArgResult;

/** One kernel per reduction family and sum scheme, so that every spelling of every reduction is in a golden file. */
@Kernels
public interface AllReductions {
    @Formula("x * y")
    @Reduce(value = Reduction.SUM, sum = SumScheme.BLOCK)
    float[] sumBlock(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("x * y")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)
    float[] sumDirect(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("x * y")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DOUBLE)
    float[] sumDouble(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("x * y")
    @Reduce(value = Reduction.SUM, sum = SumScheme.DOUBLE)
    double[] sumDouble64(@Vi(2) double[] x, @Vj(2) double[] y);

    @Formula("x - y")
    @Reduce(Reduction.MIN)
    float[] min(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("x - y")
    @Reduce(Reduction.MAX)
    float[] max(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("x - y")
    @Reduce(Reduction.ARG_MAX)
    int[] argMax(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("x - y")
    @Reduce(Reduction.MAX_ARG_MAX)
    FloatArgResult maxArgMax(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.K_MIN, k = 3)
    float[] kMin(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3)
    FloatArgResult kMinArgKMin(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("-SqDist(x, y)")
    @Reduce(value = Reduction.LOG_SUM_EXP, weight = "b")
    float[] weightedLse(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(2) float[] b);

    @Formula("-SqDist(x, y) * g")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "b")
    float[] softmax(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm float g);
}
