package org.jkeops.benchmarks;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.FloatArgResult;
import org.jkeops.runtime.Ranges;

/** The kNN of {@link KnnRangesBenchmark}: distances and indices, dense (ranges null) or block-sparse. */
@Kernels
public interface KnnBenchKernels {
    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 10)
    FloatArgResult knn(@Vi(3) float[] x, @Vj(3) float[] y, Ranges ranges);
}
