package golden;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Out;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.SumScheme;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.DoubleArgResult;

@Kernels
public interface Reductions {
    @Formula("b - p * SqDist(x, y)")
    @Reduce(Reduction.LOG_SUM_EXP)
    double[] softMin(@Vi(2) double[] x, @Vj(2) double[] y, @Vj double[] b, @Pm double p);

    @Formula("-SqDist(x, y) * g")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "v", over = Index.I)
    double[] smooth(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(3) double[] v, @Pm double g);

    @Formula("Sqrt(Sum(Square(x - y)))")
    @Reduce(Reduction.MIN_ARG_MIN)
    DoubleArgResult nearest(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("MatVecMult(A, x - y)")
    @Reduce(value = Reduction.SUM, sum = SumScheme.KAHAN)
    void apply(@Pm(9) float[] A, @Vi(3) float[] x, @Vj(3) float[] y, @Out float[] out);
}
