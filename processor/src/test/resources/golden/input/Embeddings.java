package golden;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.FloatArgResult;

/** Sums over 64 components: the OpenCL kernels loop over them (only the .cl is a golden file). */
@Kernels
public interface Embeddings {
    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] conv(@Vi(64) float[] x, @Vj(64) float[] y, @Vj(1) float[] b, @Pm(1) float g);

    @Formula("-(x | y) * Rsqrt(SqNorm2(x) * SqNorm2(y))")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3)
    FloatArgResult cosineKnn(@Vi(64) float[] x, @Vj(64) float[] y);
}
