package golden;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Gradient;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

@Kernels
public interface Gradients {
    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] gauss(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g);

    /** sum_i Grad(F, y, e_i): reduced over i. */
    @Gradient(of = "gauss", wrt = "y")
    float[] gaussDy(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g, @Vi(2) float[] e);

    /** sum_i sum_j Grad(F, g, e_i): rows summed in the facade. */
    @Gradient(of = "gauss", wrt = "g")
    float[] gaussDg(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g, @Vi(2) float[] e);

    @Formula("b - p * SqDist(x, y)")
    @Reduce(Reduction.LOG_SUM_EXP)
    double[] softMin(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double p);

    /** sum_j exp(F_ij - s_i) Grad(F, x, e_i). */
    @Gradient(of = "softMin", wrt = "x")
    double[] softMinDx(@Vi(2) double[] x, @Vj(2) double[] y, @Vj(1) double[] b, @Pm double p, @Vi(1) double[] s,
            @Vi(1) double[] e);

    @Formula("SqDist(x, y)")
    @Reduce(Reduction.MIN)
    float[] nearest(@Vi(3) float[] x, @Vj(3) float[] y);

    /** Through the arg indices: the pair (i, idx_i) only, selected by comparing j with idx_i. */
    @Gradient(of = "nearest", wrt = "x")
    float[] nearestDx(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(1) int[] idx, @Vi(1) float[] e);
}
