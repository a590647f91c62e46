package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.FloatArgResult;

/**
 * Kernels whose parameters are named like identifiers generated code uses: its types
 * ({@code Lanes}), width classes ({@code W512}), locals ({@code rows}, {@code acc0}, {@code kv},
 * {@code mx}, ...). The processor test {@code GeneratedIdentifiersTest} compiles every such name;
 * these compute, and {@link NameClashTest} checks the results.
 */
@Kernels
interface NameClashKernels {
    @Formula("Exp(-W512 * SqDist(Lanes, rows)) * out")
    float[] sum(@Vi(3) float[] Lanes, @Vj(3) float[] rows, @Vj float[] out, @Pm float W512);

    @Formula("SqDist(cols, acc0) + t0")
    @Reduce(Reduction.MIN_ARG_MIN)
    FloatArgResult minArgMin(@Vi(2) float[] cols, @Vj(2) float[] acc0, @Pm float t0);

    @Formula("SqDist(kv, ki) * kn")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3)
    FloatArgResult kMin(@Vi(2) float[] kv, @Vj(2) float[] ki, @Pm float kn);

    @Formula("mx - SqDist(W256, W128) * runtime")
    @Reduce(Reduction.LOG_SUM_EXP)
    float[] logSumExp(@Vi(2) float[] W256, @Vj(2) float[] W128, @Vj float[] mx, @Pm float runtime);
}
