package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.Ranges;

/**
 * Tiled SIMD kernels (D = 40) whose reduced variable reaches the kernel as packed vectors only
 * ({@link TiledPackingTest}): packed from the rows once per dense call, per part of j when j is
 * split, from the columns (or a block's gathered columns) in a block-sparse call; and one that
 * also reads y outside its sum, so its columns are made too. Two sums may read the same load of y:
 * packed once where they sum over the same components ({@code shared}), once per length where
 * they do not ({@code sharedPrefix}); both used to generate Java that did not compile.
 */
@Kernels
public interface TiledPackingKernels {
    @Formula("Exp(-g * SqDist(x, y)) * b")
    float[] gauss(@Vi(40) float[] x, @Vj(40) float[] y, @Vj(1) float[] b, @Pm float g, Ranges ranges);

    @Formula("Exp(-g * SqDist(x, y)) * b")
    double[] gauss(@Vi(40) double[] x, @Vj(40) double[] y, @Vj(1) double[] b, @Pm double g, Ranges ranges);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.K_MIN, k = 3)
    float[] kMin(@Vi(40) float[] x, @Vj(40) float[] y, Ranges ranges);

    @Formula("Exp(-g * SqDist(x, y)) * Elem(y, 7)")
    float[] gaussElem(@Vi(40) float[] x, @Vj(40) float[] y, @Pm float g, Ranges ranges);

    @Formula("SqDist(x, y) * (x | y)")
    float[] shared(@Vi(40) float[] x, @Vj(40) float[] y, Ranges ranges);

    @Formula("SqDist(x, y) * (Extract(x, 0, 16) | Extract(y, 0, 16))")
    double[] sharedPrefix(@Vi(40) double[] x, @Vj(40) double[] y, Ranges ranges);

    /** A sum over the row's components beside the tiled one: looped once per row, not spelled per row. */
    @Formula("SqDist(x, y) * SqNorm2(x)")
    float[] rowNorm(@Vi(40) float[] x, @Vj(40) float[] y, Ranges ranges);

    /** At D = 300 the row sum spelled in each of 8 rows was more code than javac allows ("code too large"). */
    @Formula("SqDist(x, y) * SqNorm2(x)")
    float[] rowNormWide(@Vi(300) float[] x, @Vj(300) float[] y);

    /** No pair sum, so not tiled: at D = 1,000 the row sum spelled in each row was "code too large" too. */
    @Formula("Exp(-SqNorm2(x) * g) * b")
    float[] rowNormOnly(@Vi(1000) float[] x, @Vj(1) float[] b, @Pm float g);
}
