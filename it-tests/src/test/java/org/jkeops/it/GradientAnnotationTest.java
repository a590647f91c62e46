package org.jkeops.it;

import static org.jkeops.it.FiniteDifferences.assertClose;
import static org.jkeops.it.FiniteDifferences.central;
import static org.jkeops.it.FiniteDifferences.dot;
import java.util.List;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.Ref.SumRef;
import org.jkeops.it.Ref.Walk;
import org.jkeops.it.TestData.Gen;
import org.jkeops.it.TestData.Inputs;
import org.jkeops.it.TestData.Prec;
import org.jkeops.it.TestData.Size;
import org.jkeops.it.TestData.Tweak;
import org.jkeops.it.TestData.Var;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Gradient} methods ({@link GradientAnnotationKernels}) of a Gaussian SUM on every backend
 * under test, float32 and float64, against the analytic gradients in float64. With
 * s_ij = exp(-g r_ij^2) (b_j . e_i) and r_ij = x_i - y_j: d/dx_i = sum_j -2 g r_ij s_ij,
 * d/dy_j = sum_i 2 g r_ij s_ij, d/dg = sum_ij -|r_ij|^2 s_ij. For the soft-min LOG_SUM_EXP
 * out_i = log sum_j exp(b_j - p |r_ij|^2), with w_ij = exp(F_ij - out_i) e_i: d/dx_i = sum_j -2 p r_ij w_ij,
 * d/dy_j = sum_i 2 p r_ij w_ij, d/dp = sum_ij -|r_ij|^2 w_ij.
 */
class GradientAnnotationTest {
    private static final Gen U = Gen.uniform(-2, 2);
    private static final Gen G = Gen.uniform(0.2, 2);

    static Stream<Arguments> backendsAndPrecisions() {
        return Backends.withPrecisions();
    }

    private static GradientAnnotationKernels kernels(Target b) {
        return new GradientAnnotationKernelsImpl(Backends.runtime(b));
    }

    /** x, y, b, g, e at 0..4. */
    private static Inputs draw(String name, Prec prec, Size size) {
        List<Var> vars = List.of(Var.vi("x", 3, U), Var.vj("y", 3, U), Var.vj("b", 2, U), Var.pm("g", 1, G),
                Var.vi("e", 2, U));
        return Inputs.draw(prec, TestData.seed(name, prec, size.m(), size.n()), size.m(), size.n(), vars, Tweak.NONE);
    }

    /** exp(-g r^2) (b . e) at a pair. */
    private static double s(Ref.Pair p) {
        double k = Math.exp(-p.s(3) * WorkedExamplesTest.sqDist(p.v(0), p.v(1)));
        return k * (p.v(2)[0] * p.v(4)[0] + p.v(2)[1] * p.v(4)[1]);
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void withRespectToAnIVariable(Target backend, Prec prec) {
        GradientAnnotationKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("gradient-x", prec, size);
            double[] got = prec == Prec.F32
                    ? TestData.toDouble(k.gaussFdx(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4)))
                    : k.gaussDdx(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4));
            Check.sum("@Gradient wrt x on " + backend, in, got, Ref.sum(new Walk(in, false, 3, (p, o) -> {
                double c = -2 * p.s(3) * s(p);
                for (int l = 0; l < 3; l++) {
                    o[l] = c * (p.v(0)[l] - p.v(1)[l]);
                }
            })));
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void withRespectToAJVariable(Target backend, Prec prec) {
        GradientAnnotationKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("gradient-y", prec, size);
            double[] got = prec == Prec.F32
                    ? TestData.toDouble(k.gaussFdy(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4)))
                    : k.gaussDdy(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4));
            // one row per j, summed over i
            Check.sum("@Gradient wrt y on " + backend, in, got, Ref.sum(new Walk(in, true, 3, (p, o) -> {
                double c = 2 * p.s(3) * s(p);
                for (int l = 0; l < 3; l++) {
                    o[l] = c * (p.v(0)[l] - p.v(1)[l]);
                }
            })));
        }
    }

    static List<Target> backends() {
        return Backends.underTest();
    }

    /**
     * The gradient kernels against central finite differences of the forward kernels themselves
     * (float64), on sampled coordinates: an independent check of the derivation, the reduction
     * axis, the row sums and the saved-result convention, with no hand-written derivative.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void gradientsMatchFiniteDifferencesOfTheForwardKernels(Target backend) {
        GradientAnnotationKernels k = kernels(backend);
        Size size = new Size(23, 31);
        Inputs in = draw("finite-differences", Prec.F64, size);
        double[] x = in.d(0);
        double[] y = in.d(1);
        double[] b = in.d(2);
        double g = in.ds(3);
        double[] e = in.d(4);
        double[] dx = k.gaussDdx(x, y, b, g, e);
        double[] dy = k.gaussDdy(x, y, b, g, e);
        double[] dg = k.gaussDdg(x, y, b, g, e);
        for (int at : new int[] {0, 7, 35, 3 * 23 - 1}) {
            assertClose(central(x, at, 1e-5, xp -> dot(e, k.gaussD(xp, y, b, g))), dx[at],
                    "d/dx[" + at + "] on " + backend);
        }
        for (int at : new int[] {0, 11, 50, 3 * 31 - 1}) {
            assertClose(central(y, at, 1e-5, yp -> dot(e, k.gaussD(x, yp, b, g))), dy[at],
                    "d/dy[" + at + "] on " + backend);
        }
        assertClose(central(new double[] {g}, 0, 1e-5, gp -> dot(e, k.gaussD(x, y, b, gp[0]))), dg[0],
                "d/dg on " + backend);

        // LOG_SUM_EXP: the gradient of sum_i e_i out_i, with out the saved forward result.
        double[] x2 = new double[2 * size.m()];
        double[] y2 = new double[2 * size.n()];
        double[] b2 = new double[size.n()];
        double[] e2 = new double[size.m()];
        java.util.Random rnd = new java.util.Random(TestData.seed("finite-differences-lse", Prec.F64, size.m(), size.n()));
        for (double[] a : List.of(x2, y2, b2, e2)) {
            for (int t = 0; t < a.length; t++) {
                a[t] = 4 * rnd.nextDouble() - 2;
            }
        }
        double p = 0.7;
        double[] s = k.softMinD(x2, y2, b2, p);
        double[] lx = k.softMinDdx(x2, y2, b2, p, s, e2);
        double[] ly = k.softMinDdy(x2, y2, b2, p, s, e2);
        double[] lp = k.softMinDdp(x2, y2, b2, p, s, e2);
        for (int at : new int[] {0, 9, 2 * 23 - 1}) {
            assertClose(central(x2, at, 1e-5, xp -> dot(e2, k.softMinD(xp, y2, b2, p))), lx[at],
                    "LOG_SUM_EXP d/dx[" + at + "] on " + backend);
        }
        for (int at : new int[] {0, 13, 2 * 31 - 1}) {
            assertClose(central(y2, at, 1e-5, yp -> dot(e2, k.softMinD(x2, yp, b2, p))), ly[at],
                    "LOG_SUM_EXP d/dy[" + at + "] on " + backend);
        }
        assertClose(central(new double[] {p}, 0, 1e-5, pp -> dot(e2, k.softMinD(x2, y2, b2, pp[0]))),
                lp[0], "LOG_SUM_EXP d/dp on " + backend);
    }

    /** Weighted LOG_SUM_EXP (output of dimension 2) against finite differences of its forward kernel. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void weightedLogSumExpGradientsMatchFiniteDifferences(Target backend) {
        GradientAnnotationKernels k = kernels(backend);
        int m = 19;
        int n = 27;
        java.util.Random rnd = new java.util.Random(TestData.seed("finite-differences-wlse", Prec.F64, m, n));
        double[] x = new double[2 * m];
        double[] y = new double[2 * n];
        double[] b = new double[n];
        double[] w = new double[2 * n];
        double[] e = new double[2 * m];
        for (double[] a : List.of(x, y, b, e)) {
            for (int t = 0; t < a.length; t++) {
                a[t] = 4 * rnd.nextDouble() - 2;
            }
        }
        for (int t = 0; t < w.length; t++) {
            w[t] = 0.5 + 1.5 * rnd.nextDouble(); // positive weights: the log is defined
        }
        double p = 0.6;
        double[] s = k.weightedSoftMinD(x, y, b, p, w);
        double[] dx = k.weightedSoftMinDdx(x, y, b, p, w, s, e);
        double[] dy = k.weightedSoftMinDdy(x, y, b, p, w, s, e);
        double[] dw = k.weightedSoftMinDdw(x, y, b, p, w, s, e);
        double[] dp = k.weightedSoftMinDdp(x, y, b, p, w, s, e);
        for (int at : new int[] {0, 5, 2 * m - 1}) {
            assertClose(central(x, at, 1e-5, xp -> dot(e, k.weightedSoftMinD(xp, y, b, p, w))), dx[at],
                    "weighted LOG_SUM_EXP d/dx[" + at + "] on " + backend);
        }
        for (int at : new int[] {0, 17, 2 * n - 1}) {
            assertClose(central(y, at, 1e-5, yp -> dot(e, k.weightedSoftMinD(x, yp, b, p, w))), dy[at],
                    "weighted LOG_SUM_EXP d/dy[" + at + "] on " + backend);
            assertClose(central(w, at, 1e-5, wp -> dot(e, k.weightedSoftMinD(x, y, b, p, wp))), dw[at],
                    "weighted LOG_SUM_EXP d/dw[" + at + "] on " + backend);
        }
        assertClose(central(new double[] {p}, 0, 1e-5, pp -> dot(e, k.weightedSoftMinD(x, y, b, pp[0], w))),
                dp[0], "weighted LOG_SUM_EXP d/dp on " + backend);
    }

    /**
     * SUM_SOFTMAX_WEIGHT against finite differences of its forward kernel, with the normalizer
     * from the LOG_SUM_EXP of the same formula; over i in float32 against the float64 reference
     * sum_i p_ij (G_i - s_j) . e_j (-2 p (x_i - y_j)) with p_ij the softmax over i.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void softmaxGradientsMatchFiniteDifferences(Target backend) {
        GradientAnnotationKernels k = kernels(backend);
        int m = 17;
        int n = 29;
        java.util.Random rnd = new java.util.Random(TestData.seed("finite-differences-softmax", Prec.F64, m, n));
        double[] x = new double[2 * m];
        double[] y = new double[2 * n];
        double[] w = new double[2 * n];
        double[] e = new double[2 * m];
        for (double[] a : List.of(x, y, w, e)) {
            for (int t = 0; t < a.length; t++) {
                a[t] = 4 * rnd.nextDouble() - 2;
            }
        }
        double p = 0.8;
        double[] s = k.smoothD(x, y, p, w);
        double[] lse = k.smoothLseD(x, y, p);
        double[] dx = k.smoothDdx(x, y, p, w, lse, s, e);
        double[] dy = k.smoothDdy(x, y, p, w, lse, s, e);
        double[] dw = k.smoothDdw(x, y, p, w, lse, s, e);
        double[] dp = k.smoothDdp(x, y, p, w, lse, s, e);
        for (int at : new int[] {0, 5, 2 * m - 1}) {
            assertClose(central(x, at, 1e-5, xp -> dot(e, k.smoothD(xp, y, p, w))), dx[at],
                    "SUM_SOFTMAX_WEIGHT d/dx[" + at + "] on " + backend);
        }
        for (int at : new int[] {0, 17, 2 * n - 1}) {
            assertClose(central(y, at, 1e-5, yp -> dot(e, k.smoothD(x, yp, p, w))), dy[at],
                    "SUM_SOFTMAX_WEIGHT d/dy[" + at + "] on " + backend);
            assertClose(central(w, at, 1e-5, wp -> dot(e, k.smoothD(x, y, p, wp))), dw[at],
                    "SUM_SOFTMAX_WEIGHT d/dw[" + at + "] on " + backend);
        }
        assertClose(central(new double[] {p}, 0, 1e-5, pp -> dot(e, k.smoothD(x, y, pp[0], w))), dp[0],
                "SUM_SOFTMAX_WEIGHT d/dp on " + backend);

        // Over i, float32, against a float64 evaluation of the same expression.
        float[] xf = TestData.toFloat(x);
        float[] yf = TestData.toFloat(y);
        double[] wi = new double[2 * m];
        double[] ej = new double[2 * n];
        for (int t = 0; t < wi.length; t++) {
            wi[t] = 4 * rnd.nextDouble() - 2;
        }
        for (int t = 0; t < ej.length; t++) {
            ej[t] = 4 * rnd.nextDouble() - 2;
        }
        float[] sf = k.smoothOverIF(xf, yf, (float) p, TestData.toFloat(wi));
        float[] lf = k.smoothOverILseF(xf, yf, (float) p);
        double[] gx = TestData.toDouble(k.smoothOverIFdx(xf, yf, (float) p, TestData.toFloat(wi), lf, sf,
                TestData.toFloat(ej)));
        double[] ref = new double[2 * m];
        double scale = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                double dx0 = x[2 * i] - y[2 * j];
                double dx1 = x[2 * i + 1] - y[2 * j + 1];
                double f = -p * (dx0 * dx0 + dx1 * dx1);
                double pij = Math.exp(f - lf[j]);
                double c = (wi[2 * i] - sf[2 * j]) * ej[2 * j] + (wi[2 * i + 1] - sf[2 * j + 1]) * ej[2 * j + 1];
                ref[2 * i] += pij * c * (-2 * p * dx0);
                ref[2 * i + 1] += pij * c * (-2 * p * dx1);
                scale += Math.abs(pij * c * 2 * p * (Math.abs(dx0) + Math.abs(dx1)));
            }
        }
        for (int t = 0; t < ref.length; t++) {
            if (Math.abs(ref[t] - gx[t]) > 1e-4 * (1 + scale / m)) {
                throw new AssertionError("SUM_SOFTMAX_WEIGHT over i d/dx[" + t + "] on " + backend + ": " + gx[t]
                        + ", expected " + ref[t]);
            }
        }
    }

    /**
     * Block-sparse gradients: with the same ranges as the forward kernel, d/dx sums over the kept
     * j of each i and d/dy over the kept i of each j (the j-half of the ranges).
     */
    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void blockSparseGradients(Target backend, Prec prec) {
        GradientAnnotationKernels k = kernels(backend);
        for (Size size : List.of(new Size(7, 7), new Size(207, 1023), new Size(1023, 207))) {
            Inputs in = draw("gradient-sparse", prec, size);
            for (BlockSparseTest.Layout layout : BlockSparseTest.layouts(TestData.seed("gradient-sparse-layout", prec,
                    size.m(), size.n()), size.m(), size.n())) {
                if (layout == null) {
                    continue;
                }
                org.jkeops.runtime.Ranges rg = layout.ranges();
                Ref.Mask mask = layout.mask(size.m(), size.n());
                double[] dx = prec == Prec.F32
                        ? TestData.toDouble(k.gaussSparseFdx(in.f(0), in.f(1), in.f(2), in.fs(3), rg, in.f(4)))
                        : k.gaussSparseDdx(in.d(0), in.d(1), in.d(2), in.ds(3), rg, in.d(4));
                Check.sum("block-sparse @Gradient wrt x, layout " + layout.name() + " on " + backend, in, dx,
                        Ref.sum(new Walk(in, false, 3, (p, o) -> {
                            double c = -2 * p.s(3) * s(p);
                            for (int l = 0; l < 3; l++) {
                                o[l] = c * (p.v(0)[l] - p.v(1)[l]);
                            }
                        }).masked(mask)));
                double[] dy = prec == Prec.F32
                        ? TestData.toDouble(k.gaussSparseFdy(in.f(0), in.f(1), in.f(2), in.fs(3), rg, in.f(4)))
                        : k.gaussSparseDdy(in.d(0), in.d(1), in.d(2), in.ds(3), rg, in.d(4));
                Check.sum("block-sparse @Gradient wrt y, layout " + layout.name() + " on " + backend, in, dy,
                        Ref.sum(new Walk(in, true, 3, (p, o) -> {
                            double c = 2 * p.s(3) * s(p);
                            for (int l = 0; l < 3; l++) {
                                o[l] = c * (p.v(0)[l] - p.v(1)[l]);
                            }
                        }).masked(mask)));
            }
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void withRespectToAParameter(Target backend, Prec prec) {
        GradientAnnotationKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("gradient-g", prec, size);
            double[] got = prec == Prec.F32
                    ? TestData.toDouble(k.gaussFdg(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4)))
                    : k.gaussDdg(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4));
            SumRef rows = Ref.sum(new Walk(in, false, 1, (p, o) -> {
                o[0] = -WorkedExamplesTest.sqDist(p.v(0), p.v(1)) * s(p);
            }));
            double value = 0;
            double magnitude = 0;
            for (int r = 0; r < rows.value().length; r++) {
                value += rows.value()[r];
                magnitude += rows.magnitude()[r];
            }
            Check.sum("@Gradient wrt g on " + backend, in, got, new SumRef(new double[] {value},
                    new double[] {magnitude}, new boolean[1], 1, Math.max(1, size.m() * size.n())));
        }
    }

    /** x, y, c (per i), g, e (per j) at 0..4, for the targets reducing over i. */
    private static Inputs drawOverI(String name, Prec prec, Size size) {
        List<Var> vars = List.of(Var.vi("x", 3, U), Var.vj("y", 3, U), Var.vi("c", 2, U), Var.pm("g", 1, G),
                Var.vj("e", 2, U));
        return Inputs.draw(prec, TestData.seed(name, prec, size.m(), size.n()), size.m(), size.n(), vars, Tweak.NONE);
    }

    /**
     * Targets reducing over i, out_j = sum_i exp(-g r_ij^2) c_i, with incoming gradients e_j:
     * d/dx_i = sum_j -2 g r_ij s_ij, d/dy_j = sum_i 2 g r_ij s_ij, d/dg = sum_ij -|r_ij|^2 s_ij,
     * s_ij = exp(-g r_ij^2) (c_i . e_j).
     */
    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void targetsReducingOverI(Target backend, Prec prec) {
        GradientAnnotationKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = drawOverI("gradient-over-i", prec, size);
            double[] dx = prec == Prec.F32
                    ? TestData.toDouble(k.gaussOverIFdx(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4)))
                    : k.gaussOverIDdx(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4));
            Check.sum("over-i target, @Gradient wrt x on " + backend, in, dx, Ref.sum(new Walk(in, false, 3, (p, o) -> {
                double c = -2 * p.s(3) * sOverI(p);
                for (int l = 0; l < 3; l++) {
                    o[l] = c * (p.v(0)[l] - p.v(1)[l]);
                }
            })));
            double[] dy = prec == Prec.F32
                    ? TestData.toDouble(k.gaussOverIFdy(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4)))
                    : k.gaussOverIDdy(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4));
            Check.sum("over-i target, @Gradient wrt y on " + backend, in, dy, Ref.sum(new Walk(in, true, 3, (p, o) -> {
                double c = 2 * p.s(3) * sOverI(p);
                for (int l = 0; l < 3; l++) {
                    o[l] = c * (p.v(0)[l] - p.v(1)[l]);
                }
            })));
            double[] dg = prec == Prec.F32
                    ? TestData.toDouble(k.gaussOverIFdg(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4)))
                    : k.gaussOverIDdg(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4));
            SumRef rows = Ref.sum(new Walk(in, true, 1, (p, o) -> o[0] = -WorkedExamplesTest.sqDist(p.v(0), p.v(1))
                    * sOverI(p)));
            double value = 0;
            double magnitude = 0;
            for (int r = 0; r < rows.value().length; r++) {
                value += rows.value()[r];
                magnitude += rows.magnitude()[r];
            }
            Check.sum("over-i target, @Gradient wrt g on " + backend, in, dg, new SumRef(new double[] {value},
                    new double[] {magnitude}, new boolean[1], 1, Math.max(1, size.m() * size.n())));
        }
    }

    /** exp(-g r^2) (c_i . e_j) at a pair, for the targets over i. */
    private static double sOverI(Ref.Pair p) {
        double k = Math.exp(-p.s(3) * WorkedExamplesTest.sqDist(p.v(0), p.v(1)));
        return k * (p.v(2)[0] * p.v(4)[0] + p.v(2)[1] * p.v(4)[1]);
    }

    /**
     * Soft-min LOG_SUM_EXP over i, out_j = log sum_i exp(b_i - p |x_i - y_j|^2), its gradient wrt
     * x: sum_j exp(F_ij - s_j) e_j (-2 p r_ij), with s the kernel's own forward result.
     */
    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void logSumExpOverIWithRespectToAnIVariable(Target backend, Prec prec) {
        GradientAnnotationKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            List<Var> vars = List.of(Var.vi("x", 2, U), Var.vj("y", 2, U), Var.vi("b", 1, U), Var.pm("p", 1, G),
                    Var.vj("s", 1, U), Var.vj("e", 1, U));
            Inputs in = Inputs.draw(prec, TestData.seed("lse-over-i-gradient", prec, size.m(), size.n()), size.m(),
                    size.n(), vars, Tweak.NONE);
            double[] s = prec == Prec.F32
                    ? TestData.toDouble(k.softMinOverIF(in.f(0), in.f(1), in.f(2), in.fs(3)))
                    : k.softMinOverID(in.d(0), in.d(1), in.d(2), in.ds(3));
            for (int j = 0; j < size.n(); j++) {
                in.set(4, j, s[j]);
            }
            double[] got = prec == Prec.F32
                    ? TestData.toDouble(k.softMinOverIFdx(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4), in.f(5)))
                    : k.softMinOverIDdx(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4), in.d(5));
            Check.sum("over-i LOG_SUM_EXP @Gradient wrt x on " + backend, in, got, Ref.sum(new Walk(in, false, 2, (p, o) -> {
                double f = p.v(2)[0] - p.s(3) * WorkedExamplesTest.sqDist(p.v(0), p.v(1));
                double c = -2 * p.s(3) * Math.exp(f - p.v(4)[0]) * p.v(5)[0];
                for (int l = 0; l < 2; l++) {
                    o[l] = c * (p.v(0)[l] - p.v(1)[l]);
                }
            })));
        }
    }

    /**
     * Soft-min LOG_SUM_EXP, F_ij = b_j - p |x_i - y_j|^2: x, y, b, p, s, e at 0..5, with s the
     * forward result of the kernel itself (out_i = log sum_j exp F_ij).
     */
    private static Inputs drawSoftMin(GradientAnnotationKernels k, String name, Prec prec, Size size) {
        List<Var> vars = List.of(Var.vi("x", 2, U), Var.vj("y", 2, U), Var.vj("b", 1, U), Var.pm("p", 1, G),
                Var.vi("s", 1, U), Var.vi("e", 1, U));
        Inputs in = Inputs.draw(prec, TestData.seed(name, prec, size.m(), size.n()), size.m(), size.n(), vars,
                Tweak.NONE);
        double[] s = prec == Prec.F32
                ? TestData.toDouble(k.softMinF(in.f(0), in.f(1), in.f(2), in.fs(3)))
                : k.softMinD(in.d(0), in.d(1), in.d(2), in.ds(3));
        for (int i = 0; i < size.m(); i++) {
            in.set(4, i, s[i]);
        }
        return in;
    }

    /** exp(F_ij - s_i) e_i at a pair: the softmax weight times the incoming gradient. */
    private static double softMinWeight(Ref.Pair p) {
        double f = p.v(2)[0] - p.s(3) * WorkedExamplesTest.sqDist(p.v(0), p.v(1));
        return Math.exp(f - p.v(4)[0]) * p.v(5)[0];
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void logSumExpWithRespectToAnIVariable(Target backend, Prec prec) {
        GradientAnnotationKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = drawSoftMin(k, "lse-gradient-x", prec, size);
            double[] got = prec == Prec.F32
                    ? TestData.toDouble(k.softMinFdx(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4), in.f(5)))
                    : k.softMinDdx(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4), in.d(5));
            Check.sum("LOG_SUM_EXP @Gradient wrt x on " + backend, in, got, Ref.sum(new Walk(in, false, 2, (p, o) -> {
                double c = -2 * p.s(3) * softMinWeight(p);
                for (int l = 0; l < 2; l++) {
                    o[l] = c * (p.v(0)[l] - p.v(1)[l]);
                }
            })));
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void logSumExpWithRespectToAJVariable(Target backend, Prec prec) {
        GradientAnnotationKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = drawSoftMin(k, "lse-gradient-y", prec, size);
            double[] got = prec == Prec.F32
                    ? TestData.toDouble(k.softMinFdy(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4), in.f(5)))
                    : k.softMinDdy(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4), in.d(5));
            Check.sum("LOG_SUM_EXP @Gradient wrt y on " + backend, in, got, Ref.sum(new Walk(in, true, 2, (p, o) -> {
                double c = 2 * p.s(3) * softMinWeight(p);
                for (int l = 0; l < 2; l++) {
                    o[l] = c * (p.v(0)[l] - p.v(1)[l]);
                }
            })));
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void logSumExpWithRespectToAParameter(Target backend, Prec prec) {
        GradientAnnotationKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = drawSoftMin(k, "lse-gradient-p", prec, size);
            double[] got = prec == Prec.F32
                    ? TestData.toDouble(k.softMinFdp(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4), in.f(5)))
                    : k.softMinDdp(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4), in.d(5));
            SumRef rows = Ref.sum(new Walk(in, false, 1, (p, o) -> {
                o[0] = -WorkedExamplesTest.sqDist(p.v(0), p.v(1)) * softMinWeight(p);
            }));
            double value = 0;
            double magnitude = 0;
            for (int r = 0; r < rows.value().length; r++) {
                value += rows.value()[r];
                magnitude += rows.magnitude()[r];
            }
            Check.sum("LOG_SUM_EXP @Gradient wrt p on " + backend, in, got, new SumRef(new double[] {value},
                    new double[] {magnitude}, new boolean[1], 1, Math.max(1, size.m() * size.n())));
        }
    }
}
