package ${package};

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/** Two kernels; the build generates {@code GaussImpl} from them. */
@Kernels
public interface Gauss {
    /** a_i = sum_j exp(-g |x_i - y_j|^2) b_j: a Gaussian convolution. */
    @Formula("Exp(-g * SqDist(x, y)) * b")
    @Reduce(Reduction.SUM)
    float[] conv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm(1) float g);

    /** The 10 nearest y_j of each x_i, nearest first. */
    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 10)
    int[] knn(@Vi(3) float[] x, @Vj(3) float[] y);
}
