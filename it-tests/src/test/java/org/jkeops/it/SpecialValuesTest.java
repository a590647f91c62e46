package org.jkeops.it;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.runtime.Backend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The piecewise operations and comparisons (Step, Sign, ReLU, Rsqrt, Clamp, IfElse, ==, !=, <,
 * <=, >, >=) on every pair of special values (signed zeros, NaN, infinities, the smallest
 * subnormal, the largest finite value, ±1), on every backend, against the scalar path, whose
 * meaning is {@code ScalarMath}'s. The SIMD backend spells these in place in the vector loop, so
 * each pair (a, b) is one call with x = a (M = 1) and 64 rows of y = b: enough for the vector
 * loop of every width, not only the scalar tail.
 */
class SpecialValuesTest {
    private static final double[] SPECIAL = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1.0, -1.0, Float.MIN_VALUE, Float.MAX_VALUE};
    private static final int COPIES = 64;

    static Stream<Target> backends() {
        return Backends.underTest().stream().filter(t -> t.backend() != Backend.SCALAR);
    }

    private record Op(String name, BiFunction<float[], float[], float[]> f32,
            BiFunction<double[], double[], double[]> f64) {
    }

    private static List<Op> ops(ElementwiseKernels k) {
        List<Op> ops = new ArrayList<>();
        ops.add(new Op("Step(x - y)", k::step, k::step));
        ops.add(new Op("Sign(x - y)", k::sign, k::sign));
        ops.add(new Op("ReLU(x - y)", k::relu, k::relu));
        ops.add(new Op("Rsqrt(Abs(x - y))", k::rsqrt, k::rsqrt));
        ops.add(new Op("Clamp(x, y - 1, y + 1)", k::clamp, k::clamp));
        ops.add(new Op("ClampInt(x - y, -1, 2)", k::clampInt, k::clampInt));
        ops.add(new Op("IfElse(x - y, x * y, x + y)", k::ifElse, k::ifElse));
        ops.add(new Op("x == y", k::eq, k::eq));
        ops.add(new Op("x != y", k::ne, k::ne));
        ops.add(new Op("x < y", k::lt, k::lt));
        ops.add(new Op("x <= y", k::le, k::le));
        ops.add(new Op("x > y", k::gt, k::gt));
        ops.add(new Op("x >= y", k::ge, k::ge));
        return ops;
    }

    private static boolean same(double got, double expected) {
        if (Double.isNaN(expected) || Double.isNaN(got)) {
            return Double.isNaN(expected) && Double.isNaN(got);
        }
        if (Double.isInfinite(expected) || expected == 0) {
            return got == expected;
        }
        return Math.abs(got - expected) <= 1e-5 * Math.abs(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void agreeWithTheScalarPathOnSpecialValues(Target backend) {
        ElementwiseKernels k = new ElementwiseKernelsImpl(Backends.runtime(backend));
        ElementwiseKernels reference = new ElementwiseKernelsImpl(Backends.runtime(Backends.underTest().get(0)));
        List<Op> ops = ops(k);
        List<Op> refs = ops(reference);
        int checked = 0;
        for (double a : SPECIAL) {
            for (double b : SPECIAL) {
                float[] xf = {(float) a, (float) a, (float) a};
                float[] yf = new float[3 * COPIES];
                double[] xd = {a, a, a};
                double[] yd = new double[3 * COPIES];
                java.util.Arrays.fill(yf, (float) b);
                java.util.Arrays.fill(yd, b);
                for (int o = 0; o < ops.size(); o++) {
                    float[] gotF = ops.get(o).f32().apply(xf, yf);
                    float[] expF = refs.get(o).f32().apply(xf, yf);
                    double[] gotD = ops.get(o).f64().apply(xd, yd);
                    double[] expD = refs.get(o).f64().apply(xd, yd);
                    for (int c = 0; c < 3; c++) {
                        if (!same(gotF[c], expF[c]) || !same(gotD[c], expD[c])) {
                            throw new AssertionError(ops.get(o).name() + " at x = " + a + ", y = " + b + " (" + COPIES
                                    + " rows of y) on " + backend + ": float32 " + gotF[c] + " vs scalar " + expF[c]
                                    + ", float64 " + gotD[c] + " vs scalar " + expD[c]);
                        }
                        checked++;
                    }
                }
            }
        }
        if (checked != SPECIAL.length * SPECIAL.length * ops.size() * 3) {
            throw new AssertionError("checked " + checked);
        }
    }
}
