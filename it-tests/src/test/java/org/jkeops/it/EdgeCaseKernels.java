package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.FloatArgResult;

/**
 * Degenerate formulas: F that does not depend on the reduced index (every pair ties), F that
 * does not depend on the output row, and constant F. Such formulas are hoisted out of the inner
 * loop entirely, which is where code generators take shortcuts.
 */
@Kernels
public interface EdgeCaseKernels {
    @Formula("x * 2")
    @Reduce(Reduction.SUM)
    float[] sumOuterOnly(@Vi(2) float[] x, @Vj(1) float[] y);

    @Formula("x * 2")
    @Reduce(Reduction.SUM)
    double[] sumOuterOnly(@Vi(2) double[] x, @Vj(1) double[] y);

    @Formula("y * y")
    @Reduce(Reduction.SUM)
    float[] sumInnerOnly(@Vi(1) float[] x, @Vj(2) float[] y);

    @Formula("y * y")
    @Reduce(Reduction.SUM)
    double[] sumInnerOnly(@Vi(1) double[] x, @Vj(2) double[] y);

    @Formula("IntCst(3)")
    @Reduce(Reduction.SUM)
    float[] sumConstant(@Vi(1) float[] x, @Vj(1) float[] y);

    @Formula("IntCst(3)")
    @Reduce(Reduction.SUM)
    double[] sumConstant(@Vi(1) double[] x, @Vj(1) double[] y);

    /** every j ties: index 0 */
    @Formula("x")
    @Reduce(Reduction.MIN_ARG_MIN)
    FloatArgResult minArgMinOuterOnly(@Vi(2) float[] x, @Vj(1) float[] y);

    @Formula("x")
    @Reduce(Reduction.MIN_ARG_MIN)
    DoubleArgResult minArgMinOuterOnly(@Vi(2) double[] x, @Vj(1) double[] y);

    /** every i ties: index 0 */
    @Formula("y")
    @Reduce(value = Reduction.MAX_ARG_MAX, over = Index.I)
    FloatArgResult maxArgMaxOuterOnlyOverI(@Vi(1) float[] x, @Vj(2) float[] y);

    @Formula("y")
    @Reduce(value = Reduction.MAX_ARG_MAX, over = Index.I)
    DoubleArgResult maxArgMaxOuterOnlyOverI(@Vi(1) double[] x, @Vj(2) double[] y);

    /** every j ties: indices 0, 1, 2 */
    @Formula("x")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3)
    FloatArgResult kMinOuterOnly(@Vi(2) float[] x, @Vj(1) float[] y);

    @Formula("x")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3)
    DoubleArgResult kMinOuterOnly(@Vi(2) double[] x, @Vj(1) double[] y);

    @Formula("IntCst(-1)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3)
    int[] argKMinConstant(@Vi(1) float[] x, @Vj(1) float[] y);

    @Formula("IntCst(-1)")
    @Reduce(value = Reduction.ARG_K_MIN, k = 3)
    int[] argKMinConstant(@Vi(1) double[] x, @Vj(1) double[] y);

    @Formula("Elem(x, 0)")
    @Reduce(Reduction.LOG_SUM_EXP)
    float[] lseOuterOnly(@Vi(2) float[] x, @Vj(1) float[] y);

    @Formula("Elem(x, 0)")
    @Reduce(Reduction.LOG_SUM_EXP)
    double[] lseOuterOnly(@Vi(2) double[] x, @Vj(1) double[] y);

    /** softmax of a constant: the plain mean of the weight */
    @Formula("IntCst(5)")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "y")
    float[] softmaxConstant(@Vi(1) float[] x, @Vj(2) float[] y);

    @Formula("IntCst(5)")
    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = "y")
    double[] softmaxConstant(@Vi(1) double[] x, @Vj(2) double[] y);

    /** a weight that does not depend on the reduced index */
    @Formula("y")
    @Reduce(value = Reduction.LOG_SUM_EXP, weight = "Abs(x) + 1")
    float[] lseOuterWeight(@Vi(2) float[] x, @Vj(1) float[] y);

    @Formula("y")
    @Reduce(value = Reduction.LOG_SUM_EXP, weight = "Abs(x) + 1")
    double[] lseOuterWeight(@Vi(2) double[] x, @Vj(1) double[] y);

    /** K = 1 */
    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 1)
    FloatArgResult kMin1(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("SqDist(x, y)")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 1)
    DoubleArgResult kMin1(@Vi(2) double[] x, @Vj(2) double[] y);

    /** K = 16, more than the lanes of any vector of floats up to 512 bits; dimension 2 */
    @Formula("x - y")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 16, over = Index.I)
    FloatArgResult kMin16OverI(@Vi(2) float[] x, @Vj(2) float[] y);

    @Formula("x - y")
    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 16, over = Index.I)
    DoubleArgResult kMin16OverI(@Vi(2) double[] x, @Vj(2) double[] y);
}
