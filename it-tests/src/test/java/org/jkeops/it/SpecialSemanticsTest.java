package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14's findings 1-5 and 10 on exactly their inputs, on every backend: each backend used to
 * give another answer, or all of them a wrong one. Element-wise cases run on 64 copies of y so
 * that the SIMD vector loop (not only its scalar tail) computes them; the sum of 64 equal values
 * is exact for these (a power of two times the value) and keeps NaN and infinities.
 */
class SpecialSemanticsTest {
    private static final int COPIES = 64;
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    static Stream<Target> backends() {
        return Backends.underTest().stream();
    }

    private static SpecialSemanticsKernels kernels(Target t) {
        return new SpecialSemanticsKernelsImpl(Backends.runtime(t));
    }

    /** Equal, NaN to NaN (a sum of zeros loses their sign, so -0 equals 0). */
    private static void same(double expected, double got, String what) {
        if (!(Double.isNaN(expected) ? Double.isNaN(got) : got == expected)) {
            assertEquals(expected, got, what + ": got " + got + ", expected " + expected);
        }
    }

    private static double[] copies(double... v) {
        double[] r = new double[v.length * COPIES];
        for (int k = 0; k < COPIES; k++) {
            System.arraycopy(v, 0, r, k * v.length, v.length);
        }
        return r;
    }

    private static float[] f(double... v) {
        return TestData.toFloat(v);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void logSumExpAndSoftmaxOfOnlyNaNTermsAreNaN(Target t) {
        SpecialSemanticsKernels k = kernels(t);
        // finding 1: Log(-1) = NaN, M = N = 1; and 64 such terms
        same(NAN, k.lseOfLog(new double[] {-1}, new double[] {0})[0], t + " LOG_SUM_EXP of Log(-1)");
        same(NAN, k.softmaxOfLog(new double[] {-1}, new double[] {2})[0], t + " SUM_SOFTMAX_WEIGHT of Log(-1)");
        same(NAN, k.lseOfLog(new double[] {-1}, copies(0))[0], t + " LOG_SUM_EXP of 64 Log(-1)");
        same(NAN, k.softmaxOfLog(new double[] {-1}, copies(2))[0], t + " SUM_SOFTMAX_WEIGHT of 64 Log(-1)");
        // no terms stay -inf and 0
        same(Double.NEGATIVE_INFINITY, k.lseOfLog(new double[] {0}, new double[0])[0], t + " LOG_SUM_EXP, N = 0");
        same(0, k.softmaxOfLog(new double[] {0}, new double[0])[0], t + " SUM_SOFTMAX_WEIGHT, N = 0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aNaNConstantOfTheFormulaMakesTheSoftmaxNaN(Target t) {
        SpecialSemanticsKernels k = kernels(t);
        // Powf(-1, 1e-3) folds to NaN; OpenCL spelled it NAN and PoCL's compiler made the result 0
        double[] out = k.softmaxOfFoldedNaN(new double[] {-0.1386, -0.0669}, new double[] {0.9767}, 0.5);
        same(NAN, out[0], t + " SUM_SOFTMAX_WEIGHT over i of NaN * f, float64, component 0");
        same(NAN, out[1], t + " SUM_SOFTMAX_WEIGHT over i of NaN * f, float64, component 1");
        float[] outF = k.softmaxOfFoldedNaNF(f(copies(0.25, -0.5)), f(0.75), 2f);
        same(NAN, outF[0], t + " SUM_SOFTMAX_WEIGHT of 64 NaN * f, float32");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void kahanSumOfAnInfiniteTermIsInfinite(Target t) {
        SpecialSemanticsKernels k = kernels(t);
        // finding 2: x = 1, y = {1, +inf, 1}, float32
        same(INF, k.kahan(f(1), f(1, INF, 1))[0], t + " KAHAN float32 {1, inf, 1}");
        same(INF, k.kahan(new double[] {1}, new double[] {1, INF, 1})[0], t + " KAHAN float64 {1, inf, 1}");
        same(Double.NEGATIVE_INFINITY, k.kahan(f(-1), f(copies(1, INF, 1)))[0], t + " KAHAN float32 64 x {-1, -inf, -1}");
        same(INF, k.kahan(new double[] {1}, copies(1, INF, 1))[0], t + " KAHAN float64 64 x {1, inf, 1}");
        same(NAN, k.kahan(f(1), f(1, INF, -INF))[0], t + " KAHAN float32 {1, inf, -inf}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void severalInfiniteTermsGiveInfinityAndTheMeanWeight(Target t) {
        SpecialSemanticsKernels k = kernels(t);
        // finding 3: two or more +inf terms
        same(INF, k.lse(f(1), f(INF, 1, INF))[0], t + " LOG_SUM_EXP float32 {inf, 1, inf}");
        same(INF, k.lse(new double[] {1}, new double[] {INF, 1, INF})[0], t + " LOG_SUM_EXP float64 {inf, 1, inf}");
        same(INF, k.lse(f(1), f(copies(INF, 1, INF)))[0], t + " LOG_SUM_EXP float32 64 x {inf, 1, inf}");
        same(INF, k.lse(new double[] {1}, copies(INF, 1, INF))[0], t + " LOG_SUM_EXP float64 64 x {inf, 1, inf}");
        same(3, k.softmax(f(1), f(INF, 1, INF), f(2, 5, 4))[0], t + " SUM_SOFTMAX_WEIGHT float32 F {inf, 1, inf}, G {2, 5, 4}");
        same(3, k.softmax(new double[] {1}, new double[] {INF, 1, INF}, new double[] {2, 5, 4})[0],
                t + " SUM_SOFTMAX_WEIGHT float64");
        same(3, k.softmax(new double[] {1}, copies(INF, 1, INF), copies(2, 5, 4))[0], t + " SUM_SOFTMAX_WEIGHT float64, 64 copies");
        same(3, k.softmax(f(1), f(copies(INF, 1, INF)), f(copies(2, 5, 4)))[0], t + " SUM_SOFTMAX_WEIGHT float32, 64 copies");
        same(NAN, k.lse(new double[] {1}, new double[] {INF, NAN, 1})[0], t + " LOG_SUM_EXP {inf, NaN, 1}");
        // the split of j across threads merges parts: +inf in two parts
        double[] y = new double[200_000];
        y[10] = INF;
        y[190_000] = INF;
        same(INF, k.lse(new double[] {1}, y)[0], t + " LOG_SUM_EXP float64, N = 200000, two +inf far apart");
        same(INF, k.lse(f(1), f(y))[0], t + " LOG_SUM_EXP float32, N = 200000, two +inf far apart");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void powfIsJavasPow(Target t) {
        SpecialSemanticsKernels k = kernels(t);
        // finding 4: C's pow gives 1 for these, Java's Math.pow NaN
        double[][] cases = {{1, NAN}, {1, INF}, {1, -INF}, {-1, INF}, {-1, -INF}};
        for (double[] c : cases) {
            same(NAN, k.powf(f(c[0]), f(copies(c[1])))[0], t + " float32 Powf(" + c[0] + ", " + c[1] + ")");
            same(NAN, k.powf(new double[] {c[0]}, copies(c[1]))[0], t + " float64 Powf(" + c[0] + ", " + c[1] + ")");
        }
        same(COPIES, k.powf(new double[] {NAN}, copies(0))[0], t + " Powf(NaN, 0) = 1");
        same(COPIES * 8.0, k.powf(f(2), f(copies(3)))[0], t + " Powf(2, 3)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void roundIsExactAndKeepsWhatItCannotRound(Target t) {
        SpecialSemanticsKernels k = kernels(t);
        // finding 5; columns: Round(y, 0), Round(y, 3), Round(y, 39), Round(y, 400), Round(y, -400)
        check(t, "float32", k.round(f(0), f(copies(4e35))), 4e35f, 4e35f, 4e35f, 4e35f, 0);
        check(t, "float32", k.round(f(0), f(copies(1.5))), 2, 1.5, 1.5, 1.5, 0);
        check(t, "float32", k.round(f(0), f(copies(0x1p23 + 1))), 0x1p23 + 1, 0x1p23 + 1, 0x1p23 + 1, 0x1p23 + 1, 0);
        check(t, "float32", k.round(f(0), f(copies(0.49999997f))), 0, 0.5, 0.49999997f, 0.49999997f, 0);
        check(t, "float32", k.round(f(0), f(copies(-2.5))), -3, -2.5, -2.5, -2.5, -0.0);
        check(t, "float32", k.round(f(0), f(copies(2.675f))), 3, (float) 2.675, 2.675f, 2.675f, 0);
        check(t, "float64", k.round(new double[] {0}, copies(0.49999999999999994)), 0, 0.5, 0.49999999999999994,
                0.49999999999999994, 0);
        check(t, "float64", k.round(new double[] {0}, copies(0x1p52 + 1)), 0x1p52 + 1, 0x1p52 + 1, 0x1p52 + 1, 0x1p52 + 1, 0);
        check(t, "float64", k.round(new double[] {0}, copies(1.5)), 2, 1.5, 1.5, 1.5, 0);
        check(t, "float64", k.round(new double[] {0}, copies(-INF)), -INF, -INF, -INF, -INF, -INF);
        // Round(y, -2^31) as Round(y, -400): 0 (SCALAR/SIMD returned y, OpenCL rounded to an integer)
        check(t, "float32", k.roundExtreme(f(0), f(copies(0.5))), 0, 0.5);
        check(t, "float32", k.roundExtreme(f(0), f(copies(123.25))), 0, 123.25);
        check(t, "float64", k.roundExtreme(new double[] {0}, copies(0.5)), 0, 0.5);
        check(t, "float64", k.roundExtreme(new double[] {0}, copies(-1e300)), -0.0, -1e300);
    }

    /** A MAX over 64 copies: the value itself. */
    private static void check(Target t, String prec, float[] got, double... expected) {
        check(t, prec, TestData.toDouble(got), expected);
    }

    private static void check(Target t, String prec, double[] got, double... expected) {
        checkTimes(1, t, prec, got, expected);
    }

    /** A SUM over 64 copies: 64 times the value (exact for these small integers, NaN and infinities). */
    private static void checkSum(Target t, String prec, float[] got, double... expected) {
        checkTimes(COPIES, t, prec, TestData.toDouble(got), expected);
    }

    private static void checkTimes(int times, Target t, String prec, double[] got, double... expected) {
        for (int c = 0; c < expected.length; c++) {
            same(expected[c] * times, got[c], t + " " + prec + " column " + c + " of " + Arrays.toString(expected));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void maxAndMinOverComponentsPropagateNaN(Target t) {
        SpecialSemanticsKernels k = kernels(t);
        // finding 10: a NaN anywhere; columns: Max, Min, ArgMax, ArgMin
        double[][] ys = {{NAN, 1, 2}, {1, NAN, 2}, {1, 2, NAN}, {3, 1, 3}, {-0.0, 0.0, -1}};
        double[][] expected = {{NAN, NAN, 0, 0}, {NAN, NAN, 1, 1}, {NAN, NAN, 2, 2}, {3, 1, 0, 1}, {-0.0, -1, 0, 2}};
        for (int q = 0; q < ys.length; q++) {
            checkTimes(COPIES, t, "float64 y = " + Arrays.toString(ys[q]), k.overComponents(new double[] {0}, copies(ys[q])),
                    expected[q]);
            checkSum(t, "float32 y = " + Arrays.toString(ys[q]), k.overComponents(f(0), f(copies(ys[q]))), expected[q]);
        }
    }
}
