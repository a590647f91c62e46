package golden;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.Ranges;

@Kernels
public interface BlockSparse {
    /** a_i = sum over the kept j of exp(-g |x_i - y_j|^2) b_j */
    @Formula("Exp(-g * SqDist(x, y)) * b")
    @Reduce(Reduction.SUM)
    float[] conv(@Vi(2) float[] x, @Vj(2) float[] y, @Vj(1) float[] b, @Pm(1) float g, Ranges ranges);

    /** For each y_j, the nearest kept x_i (reduction over i: the j-half of the ranges). */
    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.MIN_ARG_MIN, over = Index.I)
    DoubleArgResult nearest(@Vi(3) double[] x, @Vj(3) double[] y, Ranges ranges);
}
