package golden;

import static org.jkeops.annotations.Formulas.exp;
import static org.jkeops.annotations.Formulas.sqDist;

import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

@Kernels
public interface GaussBody {
    /** The Gaussian convolution written as the method body: the same IR as Gauss.conv. */
    @Reduce(Reduction.SUM)
    static float conv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj float b, @Pm float g) {
        return exp(-g * sqDist(x, y)) * b;
    }
}
