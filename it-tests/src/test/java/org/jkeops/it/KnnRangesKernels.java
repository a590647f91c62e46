package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.FloatArgResult;
import org.jkeops.runtime.Ranges;

/** k-nearest neighbours, dense or under {@link org.jkeops.cluster.KnnRanges}. */
@Kernels
public interface KnnRangesKernels {
    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 10)
    FloatArgResult knn3(@Vi(3) float[] x, @Vj(3) float[] y, Ranges ranges);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 4)
    FloatArgResult knn2(@Vi(2) float[] x, @Vj(2) float[] y, Ranges ranges);
}
