package org.jkeops.it;

import static org.jkeops.annotations.Formulas.*;

import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/**
 * Body formulas: each static method is both the kernel's source and its reference for one pair
 * (i, j). {@link BodyFormulaTest} checks every generated method against calling the method itself.
 */
@Kernels
public interface BodyKernels {
    @Reduce(Reduction.SUM)
    static float gauss(@Vi(3) float[] x, @Vj(3) float[] y, @Vj float b, @Pm float g) {
        return exp(-g * sqDist(x, y)) * b;
    }

    @Reduce(Reduction.SUM)
    static double gaussD(@Vi(3) double[] x, @Vj(3) double[] y, @Vj double b, @Pm double g) {
        final double d2 = sqDist(x, y);
        return exp(-g * d2) * b;
    }

    @Reduce(Reduction.SUM)
    static double cauchy(@Vi(3) double[] x, @Vj(3) double[] y, @Vj double b, @Pm double e) {
        return rsqrt(sqDist(x, y) + e) * b;
    }

    @Reduce(Reduction.SUM)
    static double radius(@Vi(3) double[] x, @Vj(3) double[] y, @Vj double b, @Pm double r) {
        return sqDist(x, y) >= r ? 0 : b;
    }

    @Reduce(Reduction.SUM)
    static double pieces(@Vi double x, @Vj double y, @Pm double g) {
        final double t = x - y;
        return (t < g ? relu(t) : step(t) * 2) + sign(t) * Math.abs(t) + clamp(t, -1, 1) + square(t) / 4;
    }

    @Reduce(Reduction.SUM)
    static double elementwise(@Vi double x, @Vj double y) {
        final double u = 0.5 + x * x + y * y;
        return log(u) + Math.sqrt(u) + sin(x) * cos(y) + atan2(x, y) + pow(u, 3) + powf(u, 0.5)
                + xlogx(u) + sinxdivx(x - y) + inv(u) + round(x, 2) + mod(x, 0.75, 0) + floor(y)
                + atan(x) + Math.exp(-u) + ifElse(x - y, 1, -1);
    }

    @Reduce(Reduction.SUM)
    static double components(@Vi(3) double[] x, @Vj(3) double[] y) {
        return dot(x, y) + norm2(x) * sqNorm2(y) + sum(x) + max(y) - min(x) + x[0] * elem(y, 2);
    }

    @Reduce(Reduction.SUM)
    static double[] linear(@Vi(3) double[] x, @Vj(3) double[] y, @Pm(9) double[] a, @Pm double g) {
        return add(matVecMult(a, sub(x, y)), mul(g, concat(extract(x, 1, 2), extract(y, 0, 1))));
    }

    @Reduce(Reduction.SUM)
    static double[] vectors(@Vi(3) double[] x, @Vj(3) double[] y, @Pm(9) double[] a, @Vj double b) {
        final double[] d = sub(x, y);
        return add(add(vecMatMult(d, a), mul(normalize(d), b)), mul(exp(neg(square(d))), sumT(b, 3)));
    }

    @Reduce(Reduction.SUM)
    static double weighted(@Vi(3) double[] x, @Vj(3) double[] y, @Pm(9) double[] s, @Pm(3) double[] w,
            @Pm double g) {
        return exp(-weightedSqDist(s, x, y)) + weightedSqDist(w, x, y) * weightedSqNorm(g, y)
                + weightedSqNorm(w, x) + argMax(x) - 2 * argMin(y) + sum(tensorProd(x, y));
    }

    @Reduce(Reduction.SUM)
    static double[] placed(@Vi double x, @Vj(2) double[] y, @Pm double g) {
        return concat(add(elemT(x, 3, 1), extractT(y, 1, 3)), mul(oneHot(x * 2, 3), g));
    }

    @Reduce(Reduction.SUM)
    static double[] elementwiseVectors(@Vi(2) double[] x, @Vj(2) double[] y, @Pm double g) {
        final double[] t = sub(x, y);
        return add(add(add(mul(relu(t), g), clamp(t, -0.5, 0.5)), add(sinxdivx(t), rsqrt(abs(t)))),
                add(add(add(atan2(t, add(y, 3)), pow(t, 3)), mul(intInv(3), round(x, 1))),
                        add(add(log(add(square(t), 1)), sub(step(t), sign(t))),
                                add(ifElse(t, x, y), add(mod(x, 0.75, 0), div(floor(y), 2))))));
    }

    @Reduce(Reduction.SUM)
    static float anisotropic(@Vi(3) float[] x, @Vj(3) float[] y, @Vj float b, @Pm(3) float[] w) {
        return exp(-weightedSqDist(w, x, y)) * b + sum(mul(sin(x), cos(y))) * xlogx(b);
    }

    @Reduce(Reduction.MIN_ARG_MIN)
    static float nearest(@Vi(2) float[] x, @Vj(2) float[] y) {
        return sqDist(x, y);
    }
}
