package org.jkeops.it;

import static org.jkeops.it.FiniteDifferences.assertClose;
import static org.jkeops.it.FiniteDifferences.central;
import static org.jkeops.it.FiniteDifferences.dot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.TestData.Gen;
import org.jkeops.it.TestData.Inputs;
import org.jkeops.it.TestData.Prec;
import org.jkeops.it.TestData.Size;
import org.jkeops.it.TestData.Tweak;
import org.jkeops.it.TestData.Var;
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.FloatArgResult;
import org.jkeops.runtime.Ranges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gradients of MIN, MAX and K_MIN through their arg indices ({@link ArgGradientKernels}) on every
 * backend under test, float32 and float64, at the sweep's sizes (N = 0 included: indices -1).
 * Reference, in float64: for F_c = a_c |x - y|^2 + p (x . y) and the indices idx the forward
 * kernel of the same backend returned, the gradient of sum_rows sum_t e_t out_t is the sum over
 * the (row, t) with j = idx_t of e_t dF_c(x_i, y_j), c = t mod 2. Then against central finite
 * differences of the forward kernels (float64), which needs no hand-written derivative.
 */
class ArgGradientTest {
    private static final Gen U = Gen.uniform(-2, 2);
    private static final Gen A = Gen.uniform(0.25, 2);

    static Stream<Arguments> backendsAndPrecisions() {
        return Backends.withPrecisions();
    }

    static List<Target> backends() {
        return Backends.underTest();
    }

    private static ArgGradientKernels kernels(Target b) {
        return new ArgGradientKernelsImpl(Backends.runtime(b));
    }

    /** x, y, a, p at 0..3 and the incoming gradient e (width values per output row) at 4. */
    private static Inputs draw(String name, Prec prec, Size size, int width, boolean overI) {
        List<Var> vars = List.of(Var.vi("x", 3, U), Var.vj("y", 3, U), Var.vj("a", 2, A), Var.pm("p", 1, U),
                overI ? Var.vj("e", width, U) : Var.vi("e", width, U));
        return Inputs.draw(prec, TestData.seed(name, prec, size.m(), size.n()), size.m(), size.n(), vars, Tweak.NONE);
    }

    /** Which variable a gradient is taken with respect to. */
    enum Wrt { X, Y, A, P }

    /**
     * The float64 gradient and, per element, the sum of the magnitudes of what went into it
     * (the tolerance scale: the kernel rounds each term).
     */
    record Expected(double[] value, double[] magnitude) {
    }

    static Expected reference(Inputs in, int[] idx, int width, boolean overI, Wrt wrt) {
        double[] x = in.d(0);
        double[] y = in.d(1);
        double[] a = in.d(2);
        double p = in.ds(3);
        double[] e = in.d(4);
        int dimV = switch (wrt) {
            case X, Y -> 3;
            case A -> 2;
            case P -> 1;
        };
        int outRows = switch (wrt) {
            case X -> in.m;
            case Y, A -> in.n;
            case P -> 1;
        };
        double[] value = new double[outRows * dimV];
        double[] magnitude = new double[value.length];
        int rows = overI ? in.n : in.m;
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t < width; t++) {
                int other = idx[r * width + t];
                if (other < 0) {
                    continue;
                }
                int i = overI ? other : r;
                int j = overI ? r : other;
                int c = t % 2;
                double et = e[r * width + t];
                double ac = a[j * 2 + c];
                int row = switch (wrt) {
                    case X -> i;
                    case Y, A -> j;
                    case P -> 0;
                };
                for (int l = 0; l < dimV; l++) {
                    double xl = x[i * 3 + Math.min(l, 2)];
                    double yl = y[j * 3 + Math.min(l, 2)];
                    double d;
                    double mag;
                    switch (wrt) {
                        case X -> {
                            d = 2 * ac * (xl - yl) + p * yl;
                            mag = 2 * Math.abs(ac) * (Math.abs(xl) + Math.abs(yl)) + Math.abs(p * yl);
                        }
                        case Y -> {
                            d = -2 * ac * (xl - yl) + p * xl;
                            mag = 2 * Math.abs(ac) * (Math.abs(xl) + Math.abs(yl)) + Math.abs(p * xl);
                        }
                        case A -> {
                            double sq = 0;
                            for (int q = 0; q < 3; q++) {
                                double dq = x[i * 3 + q] - y[j * 3 + q];
                                sq += dq * dq;
                            }
                            d = l == c ? sq : 0;
                            mag = d;
                        }
                        case P -> {
                            double dot = 0;
                            double absDot = 0;
                            for (int q = 0; q < 3; q++) {
                                dot += x[i * 3 + q] * y[j * 3 + q];
                                absDot += Math.abs(x[i * 3 + q] * y[j * 3 + q]);
                            }
                            d = dot;
                            mag = absDot;
                        }
                        default -> throw new AssertionError();
                    }
                    value[row * dimV + l] += et * d;
                    magnitude[row * dimV + l] += Math.abs(et) * mag;
                }
            }
        }
        return new Expected(value, magnitude);
    }

    private static void check(String what, Inputs in, double[] got, Expected ref) {
        assertEquals(ref.value().length, got.length, what + " [" + in + "]: output length");
        for (int t = 0; t < got.length; t++) {
            double tol = 4 * in.prec.rtol * (ref.magnitude()[t] + 1);
            if (!(Math.abs(got[t] - ref.value()[t]) <= tol)) {
                throw new AssertionError(what + " [" + in + "] element " + t + ": got " + got[t] + ", expected "
                        + ref.value()[t] + " (tolerance " + tol + ")");
            }
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void minThroughArgMin(Target backend, Prec prec) {
        ArgGradientKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("arg-gradient-min", prec, size, 2, false);
            int[] idx;
            double[] dx;
            double[] dy;
            double[] dp;
            double[] da = null;
            if (prec == Prec.F32) {
                idx = k.argMinF(in.f(0), in.f(1), in.f(2), in.fs(3));
                dx = TestData.toDouble(k.minFdx(in.f(0), in.f(1), in.f(2), in.fs(3), idx, in.f(4)));
                dy = TestData.toDouble(k.minFdy(in.f(0), in.f(1), in.f(2), in.fs(3), idx, in.f(4)));
                da = TestData.toDouble(k.minFda(in.f(0), in.f(1), in.f(2), in.fs(3), idx, in.f(4)));
                dp = TestData.toDouble(k.minFdp(in.f(0), in.f(1), in.f(2), in.fs(3), idx, in.f(4)));
            } else {
                idx = k.argMinD(in.d(0), in.d(1), in.d(2), in.ds(3));
                dx = k.minDdx(in.d(0), in.d(1), in.d(2), in.ds(3), idx, in.d(4));
                dy = k.minDdy(in.d(0), in.d(1), in.d(2), in.ds(3), idx, in.d(4));
                dp = k.minDdp(in.d(0), in.d(1), in.d(2), in.ds(3), idx, in.d(4));
            }
            String on = " on " + backend + " at " + size;
            check("MIN d/dx" + on, in, dx, reference(in, idx, 2, false, Wrt.X));
            check("MIN d/dy" + on, in, dy, reference(in, idx, 2, false, Wrt.Y));
            check("MIN d/dp" + on, in, dp, reference(in, idx, 2, false, Wrt.P));
            if (da != null) {
                check("MIN d/da" + on, in, da, reference(in, idx, 2, false, Wrt.A));
            }
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void maxThroughTheIndicesOfMaxArgMax(Target backend, Prec prec) {
        ArgGradientKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("arg-gradient-max", prec, size, 2, false);
            int[] idx;
            double[] dx;
            double[] dy;
            if (prec == Prec.F32) {
                FloatArgResult fwd = k.maxF(in.f(0), in.f(1), in.f(2), in.fs(3));
                idx = fwd.indices();
                dx = TestData.toDouble(k.maxFdx(in.f(0), in.f(1), in.f(2), in.fs(3), idx, in.f(4)));
                dy = TestData.toDouble(k.maxFdy(in.f(0), in.f(1), in.f(2), in.fs(3), idx, in.f(4)));
            } else {
                DoubleArgResult fwd = k.maxD(in.d(0), in.d(1), in.d(2), in.ds(3));
                idx = fwd.indices();
                dx = k.maxDdx(in.d(0), in.d(1), in.d(2), in.ds(3), idx, in.d(4));
                dy = k.maxDdy(in.d(0), in.d(1), in.d(2), in.ds(3), idx, in.d(4));
            }
            String on = " on " + backend + " at " + size;
            check("MAX d/dx" + on, in, dx, reference(in, idx, 2, false, Wrt.X));
            check("MAX d/dy" + on, in, dy, reference(in, idx, 2, false, Wrt.Y));
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void kMinThroughArgKMin(Target backend, Prec prec) {
        ArgGradientKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            if (size.n() > 0 && size.n() < 3) {
                continue; // K = 3 needs N >= 3 (kFits), tested in EdgeCaseTest
            }
            Inputs in = draw("arg-gradient-kmin", prec, size, 6, false);
            int[] idx;
            double[] dx;
            double[] dy;
            double[] dp = null;
            if (prec == Prec.F32) {
                FloatArgResult fwd = k.kMinF(in.f(0), in.f(1), in.f(2), in.fs(3));
                idx = fwd.indices();
                dx = TestData.toDouble(k.kMinFdx(in.f(0), in.f(1), in.f(2), in.fs(3), idx, in.f(4)));
                dy = TestData.toDouble(k.kMinFdy(in.f(0), in.f(1), in.f(2), in.fs(3), idx, in.f(4)));
                dp = TestData.toDouble(k.kMinFdp(in.f(0), in.f(1), in.f(2), in.fs(3), idx, in.f(4)));
            } else {
                idx = k.argKMinD(in.d(0), in.d(1), in.d(2), in.ds(3));
                dx = k.kMinDdx(in.d(0), in.d(1), in.d(2), in.ds(3), idx, in.d(4));
                dy = k.kMinDdy(in.d(0), in.d(1), in.d(2), in.ds(3), idx, in.d(4));
            }
            String on = " on " + backend + " at " + size;
            check("K_MIN d/dx" + on, in, dx, reference(in, idx, 6, false, Wrt.X));
            check("K_MIN d/dy" + on, in, dy, reference(in, idx, 6, false, Wrt.Y));
            if (dp != null) {
                check("K_MIN d/dp" + on, in, dp, reference(in, idx, 6, false, Wrt.P));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void minOverI(Target backend) {
        ArgGradientKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("arg-gradient-min-over-i", Prec.F32, size, 2, true);
            FloatArgResult fwd = k.minOverIF(in.f(0), in.f(1), in.f(2), in.fs(3));
            int[] idx = fwd.indices();
            double[] dx = TestData.toDouble(k.minOverIFdx(in.f(0), in.f(1), in.f(2), in.fs(3), idx, in.f(4)));
            double[] dy = TestData.toDouble(k.minOverIFdy(in.f(0), in.f(1), in.f(2), in.fs(3), idx, in.f(4)));
            String on = " on " + backend + " at " + size;
            check("MIN over i d/dx" + on, in, dx, reference(in, idx, 2, true, Wrt.X));
            check("MIN over i d/dy" + on, in, dy, reference(in, idx, 2, true, Wrt.Y));
        }
    }

    /** Two clusters of i, three of j; the second i cluster keeps no block (its indices are -1). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void blockSparseMin(Target backend) {
        ArgGradientKernels k = kernels(backend);
        Size size = new Size(207, 1023);
        Inputs in = draw("arg-gradient-sparse", Prec.F32, size, 2, false);
        int m = size.m();
        int n = size.n();
        Ranges ranges = Ranges.fromMatrix(new int[] {0, 150, 150, m}, new int[] {0, 300, 300, 700, 700, n},
                new boolean[] {true, false, true, false, false, false});
        FloatArgResult fwd = k.minSparseF(in.f(0), in.f(1), in.f(2), in.fs(3), ranges);
        int[] idx = fwd.indices();
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < 2; c++) {
                int j = idx[i * 2 + c];
                assertTrue(i < 150 ? j >= 0 && (j < 300 || j >= 700) : j == -1,
                        "forward index " + j + " of row " + i + " outside the kept blocks on " + backend);
            }
        }
        double[] dx = TestData.toDouble(k.minSparseFdx(in.f(0), in.f(1), in.f(2), in.fs(3), ranges, idx, in.f(4)));
        double[] dy = TestData.toDouble(k.minSparseFdy(in.f(0), in.f(1), in.f(2), in.fs(3), ranges, idx, in.f(4)));
        check("block-sparse MIN d/dx on " + backend, in, dx, reference(in, idx, 2, false, Wrt.X));
        check("block-sparse MIN d/dy on " + backend, in, dy, reference(in, idx, 2, false, Wrt.Y));
    }

    /**
     * The MIN, MAX, K_MIN and over-i MIN gradients against central differences of the forward kernels: random
     * points are away from ties, so the arg indices do not change within the step.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void gradientsMatchFiniteDifferencesOfTheForwardKernels(Target backend) {
        ArgGradientKernels k = kernels(backend);
        Size size = new Size(23, 31);
        Inputs in = draw("arg-gradient-fd", Prec.F64, size, 6, false);
        double[] x = in.d(0);
        double[] y = in.d(1);
        double[] a = in.d(2);
        double p = in.ds(3);
        double[] e6 = in.d(4);
        double[] e2 = new double[2 * size.m()];
        for (int i = 0; i < size.m(); i++) {
            e2[2 * i] = e6[6 * i];
            e2[2 * i + 1] = e6[6 * i + 1];
        }
        int[] idx = k.argMinD(x, y, a, p);
        double[] dx = k.minDdx(x, y, a, p, idx, e2);
        double[] dy = k.minDdy(x, y, a, p, idx, e2);
        double[] dp = k.minDdp(x, y, a, p, idx, e2);
        for (int at : new int[] {0, 7, 35, 3 * 23 - 1}) {
            assertClose(central(x, at, 1e-6, xp -> dot(e2, k.minD(xp, y, a, p))), dx[at],
                    "MIN d/dx[" + at + "] on " + backend);
        }
        int checkedY = 0;
        for (int at = 0; at < y.length; at += 5) {
            assertClose(central(y, at, 1e-6, yp -> dot(e2, k.minD(x, yp, a, p))), dy[at],
                    "MIN d/dy[" + at + "] on " + backend);
            checkedY += dy[at] != 0 ? 1 : 0;
        }
        assertTrue(checkedY > 0, "no y row was an arg min: the y check is vacuous");
        assertClose(central(new double[] {p}, 0, 1e-6, pp -> dot(e2, k.minD(x, y, a, pp[0]))), dp[0],
                "MIN d/dp on " + backend);

        DoubleArgResult max = k.maxD(x, y, a, p);
        double[] mx = k.maxDdx(x, y, a, p, max.indices(), e2);
        double[] my = k.maxDdy(x, y, a, p, max.indices(), e2);
        for (int at : new int[] {1, 20, 3 * 23 - 2}) {
            assertClose(central(x, at, 1e-6, xp -> dot(e2, k.maxD(xp, y, a, p).values())), mx[at],
                    "MAX d/dx[" + at + "] on " + backend);
        }
        for (int at = 2; at < y.length; at += 5) {
            assertClose(central(y, at, 1e-6, yp -> dot(e2, k.maxD(x, yp, a, p).values())), my[at],
                    "MAX d/dy[" + at + "] on " + backend);
        }

        // over i: one output row per j, indices into the rows of x
        double[] ej = new double[2 * size.n()];
        for (int j = 0; j < ej.length; j++) {
            ej[j] = e6[j % e6.length];
        }
        DoubleArgResult overI = k.minOverID(x, y, a, p);
        double[] ix = k.minOverIDdx(x, y, a, p, overI.indices(), ej);
        double[] ia = k.minOverIDda(x, y, a, p, overI.indices(), ej);
        int checkedX = 0;
        for (int at = 0; at < x.length; at += 4) {
            assertClose(central(x, at, 1e-6, xp -> dot(ej, k.minOverID(xp, y, a, p).values())), ix[at],
                    "MIN over i d/dx[" + at + "] on " + backend);
            checkedX += ix[at] != 0 ? 1 : 0;
        }
        assertTrue(checkedX > 0, "no x row was an arg min over i: the x check is vacuous");
        for (int at = 0; at < a.length; at += 3) {
            assertClose(central(a, at, 1e-6, ap -> dot(ej, k.minOverID(x, y, ap, p).values())), ia[at],
                    "MIN over i d/da[" + at + "] on " + backend);
        }

        int[] kidx = k.argKMinD(x, y, a, p);
        double[] kx = k.kMinDdx(x, y, a, p, kidx, e6);
        double[] ky = k.kMinDdy(x, y, a, p, kidx, e6);
        for (int at : new int[] {0, 8, 40, 3 * 23 - 1}) {
            assertClose(central(x, at, 1e-6, xp -> dot(e6, k.kMinD(xp, y, a, p))), kx[at],
                    "K_MIN d/dx[" + at + "] on " + backend);
        }
        for (int at = 1; at < y.length; at += 4) {
            assertClose(central(y, at, 1e-6, yp -> dot(e6, k.kMinD(x, yp, a, p))), ky[at],
                    "K_MIN d/dy[" + at + "] on " + backend);
        }
    }

    /** Indices that do not point into the reduced axis are rejected before any backend runs. */
    @Test
    void badIndicesAreRejectedNamingTheParameter() {
        ArgGradientKernels k = kernels(Backends.underTest().get(0));
        float[] x = {1, 2, 3, 4, 5, 6};
        float[] y = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        float[] a = {1, 1, 1, 1, 1, 1};
        float[] e = {1, 1, 1, 1};
        IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class,
                () -> k.minFdx(x, y, a, 0.5f, new int[] {0, 1, 3, 2}, e));
        assertEquals("ArgGradientKernels.minFdx: idx[2] = 3 is outside [0, N) with N = 3, and not -1 (no index)", tooBig.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> k.minFdy(x, y, a, 0.5f, new int[] {0, -2, 1, 2}, e));
        assertEquals("ArgGradientKernels.minFdy: idx[1] = -2 is outside [0, N) with N = 3, and not -1 (no index)", negative.getMessage());
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> k.minFdx(x, y, a, 0.5f, new int[] {0, 1, 2}, e));
        assertEquals("ArgGradientKernels.minFdx: idx: length 3 is not a multiple of its dimension 2", rows.getMessage());
    }
}
