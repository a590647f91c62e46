package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.Ref.PairFn;
import org.jkeops.it.Ref.Walk;
import org.jkeops.it.ReductionTest.Got;
import org.jkeops.it.ReductionTest.Kind;
import org.jkeops.it.TestData.Gen;
import org.jkeops.it.TestData.Inputs;
import org.jkeops.it.TestData.Prec;
import org.jkeops.it.TestData.Size;
import org.jkeops.it.TestData.Tweak;
import org.jkeops.it.TestData.Var;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.FloatArgResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sums over many components ({@link HighDimKernels}: D = 17, 64, 128, 784) on every backend,
 * every reduction, over j and over i, float32 and float64, against the float64 reference, at sizes
 * 1, 7, 207, 1023, M != N and 0, on fresh random data, near points and special values.
 *
 * <p>Error bounds: the SIMD kernels add the D terms of a distance in order of d (the tiled loop),
 * the scalar ones from D = 64 too, so the relative error of a sum of D non-negative terms is at
 * most about D units in the last place (u = 2^-24 in float32), not log2(D) as with the balanced
 * tree of the unrolled code. The tolerance is {@code max(rtol, 8 D u)} relative (8: the formulas
 * amplify a distance's error by at most 1 + g |x - y|^2 <= 8 with the g and p drawn here), which
 * at D = 784 in float32 is 3.7e-4: loose against the errors seen (~1e-6) but honest, and far
 * below what a wrong component, lane or index gives. Near points ({@code near}: y within 1e-3 of
 * an x) are checked relative to the distance itself, with no absolute floor: a kernel computing
 * |x|^2 + |y|^2 - 2 x.y would fail there.
 */
class HighDimTest {
    static final int[] DIMS = {17, 64, 128, 784};
    static final int K = 3;

    /** The table of HighDimKernels: kind, method name, reference formula (the generator's order). */
    private record Form(Kind kind, String name, boolean distance, PairFn f) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(Kind.SUM, "sum", true, (p, o) -> o[0] = Math.exp(-p.s(3) * sq(p)) * p.s(2)),
            new Form(Kind.MIN, "min", true, (p, o) -> o[0] = weighted(p)),
            new Form(Kind.MAX, "max", false, (p, o) -> o[0] = dot(p)),
            new Form(Kind.ARG_MIN, "argMin", true, (p, o) -> o[0] = sq(p)),
            new Form(Kind.ARG_MAX, "argMax", false, (p, o) -> o[0] = dot(p)),
            new Form(Kind.MIN_ARG_MIN, "minArgMin", true, (p, o) -> o[0] = sq(p)),
            new Form(Kind.MAX_ARG_MAX, "maxArgMax", false, (p, o) -> o[0] = dot(p) - p.s(2)),
            new Form(Kind.K_MIN, "kMin", true, (p, o) -> o[0] = sq(p)),
            new Form(Kind.ARG_K_MIN, "argKMin", true, (p, o) -> o[0] = sq(p)),
            new Form(Kind.K_MIN_ARG_K_MIN, "kMinArgKMin", true, (p, o) -> o[0] = sq(p)),
            new Form(Kind.LSE, "lse", true, (p, o) -> o[0] = p.s(2) - p.s(3) * sq(p)),
            new Form(Kind.LSE_WEIGHTED, "lseWeighted", true, (p, o) -> o[0] = p.s(2) - p.s(3) * sq(p)),
            new Form(Kind.SOFTMAX, "softmax", true, (p, o) -> o[0] = -sq(p) * p.s(2)));

    /** One kernel: a form at a dimension, over i for half of them (as the generator chose). */
    record Case(Form form, int dim, boolean overI) {
        String method() {
            return form.name() + dim + (overI ? "I" : "");
        }

        @Override
        public String toString() {
            return method();
        }
    }

    private static double sq(Ref.Pair p) {
        double[] x = p.v(0);
        double[] y = p.v(1);
        double s = 0;
        for (int d = 0; d < x.length; d++) {
            s += (x[d] - y[d]) * (x[d] - y[d]);
        }
        return s;
    }

    private static double weighted(Ref.Pair p) {
        double[] x = p.v(0);
        double[] y = p.v(1);
        double[] w = p.v(2);
        double s = 0;
        for (int d = 0; d < x.length; d++) {
            s += w[d] * (x[d] - y[d]) * (x[d] - y[d]);
        }
        return s;
    }

    private static double dot(Ref.Pair p) {
        double[] x = p.v(0);
        double[] y = p.v(1);
        double s = 0;
        for (int d = 0; d < x.length; d++) {
            s += x[d] * y[d];
        }
        return s;
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (int k = 0; k < FORMS.size(); k++) {
            for (int di = 0; di < DIMS.length; di++) {
                Case c = new Case(FORMS.get(k), DIMS[di], (k + di) % 2 == 1);
                for (Target t : Backends.underTest()) {
                    for (Prec p : Prec.values()) {
                        if (t.backend() == Backend.OPENCL && c.dim() > 128 && !openClAt784(c, p)) {
                            continue;
                        }
                        all.add(Arguments.of(c, t, p));
                    }
                }
            }
        }
        return all.stream();
    }

    /**
     * OpenCL at D = 784: the kernels are unrolled there (the OpenCL loop over d is another
     * change), and PoCL takes ~10 s to compile each: three reductions in float32 only.
     */
    private static boolean openClAt784(Case c, Prec p) {
        Kind kind = c.form().kind();
        return p == Prec.F32 && (kind == Kind.SUM || kind == Kind.ARG_K_MIN || kind == Kind.LSE);
    }

    private static List<Size> sizes(int dim) {
        List<Size> s = new ArrayList<>(List.of(new Size(1, 1), new Size(7, 1023), new Size(1023, 7),
                new Size(207, 207), new Size(0, 7), new Size(7, 0)));
        if (dim <= 64) {
            s.add(new Size(207, 1023));
        }
        return s;
    }

    @ParameterizedTest(name = "{0} on {1} {2}")
    @MethodSource("cases")
    void matchesTheFloat64Reference(Case c, Target backend, Prec prec) throws Exception {
        Kind kind = c.form().kind();
        for (Size size : sizes(c.dim())) {
            int reduced = c.overI() ? size.m() : size.n();
            if (kind.k() && reduced < K) {
                continue; // K larger than the reduced count is an error (ReductionTest checks it)
            }
            check(c, backend, prec, "uniform", size, Tweak.NONE);
        }
        if (c.form().distance() && (kind == Kind.MIN || kind == Kind.ARG_MIN || kind == Kind.MIN_ARG_MIN || kind.k())) {
            check(c, backend, prec, "near", new Size(207, 1023), near(c.dim()));
        }
        if (!kind.exp()) {
            check(c, backend, prec, "special", new Size(7, 207), Tweak.specialComponents(c.dim()));
            check(c, backend, prec, "special", new Size(207, 7), Tweak.specialComponents(c.dim()));
        }
    }

    /** Every j-row within ~1e-3 of an i-row (j mod M): the nearest neighbours are very near. */
    private static Tweak near(int dim) {
        return (in, r) -> {
            if (in.m == 0) {
                return;
            }
            for (int j = 0; j < in.n; j++) {
                for (int d = 0; d < dim; d++) {
                    in.d[1][j * dim + d] = in.prec.round(in.d[0][(j % in.m) * dim + d] + 1e-3 * (r.nextDouble() - 0.5));
                }
            }
        };
    }

    private static List<Var> vars(Case c) {
        int dim = c.dim();
        Gen xy = Gen.uniform(-1, 1);
        List<Var> vars = new ArrayList<>(List.of(Var.vi("x", dim, xy), Var.vj("y", dim, xy)));
        Kind kind = c.form().kind();
        String name = c.form().name();
        if (kind == Kind.SUM || kind == Kind.MAX_ARG_MAX || kind == Kind.LSE || kind == Kind.LSE_WEIGHTED) {
            vars.add(reducedSide(c, "b", 1, Gen.uniform(0.5, 1.5)));
        }
        if (kind == Kind.SUM) {
            vars.add(Var.pm("g", 1, r -> 2.0 / dim));
        }
        if (kind == Kind.LSE || kind == Kind.LSE_WEIGHTED || kind == Kind.SOFTMAX) {
            vars.add(Var.pm("p", 1, r -> 1.0 / dim));
        }
        if (name.equals("min")) {
            vars.add(Var.pm("w", dim, Gen.uniform(0.5, 1.5)));
        }
        if (kind == Kind.LSE_WEIGHTED) {
            // positive: log of a weighted sum that cancels would amplify any rounding
            vars.add(reducedSide(c, "v", 2, Gen.uniform(0.5, 1.5)));
        }
        if (kind == Kind.SOFTMAX) {
            vars.add(reducedSide(c, "v", 2, Gen.uniform(-1, 1)));
        }
        return vars;
    }

    private static Var reducedSide(Case c, String name, int dim, Gen gen) {
        return c.overI() ? Var.vi(name, dim, gen) : Var.vj(name, dim, gen);
    }

    private static void check(Case c, Target backend, Prec prec, String scenario, Size size, Tweak tweak)
            throws Exception {
        long seed = TestData.seed("highdim/" + c.method() + "/" + scenario, prec, size.m(), size.n());
        List<Var> vars = vars(c);
        Inputs in = Inputs.draw(prec, seed, size.m(), size.n(), vars, tweak);
        HighDimKernels k = new HighDimKernelsImpl(Backends.runtime(backend));
        Object[] before = in.snapshot();
        Got got = call(k, c, in);
        String what = c.method() + " (" + c.form().kind() + (c.overI() ? " over i" : " over j") + ", D = " + c.dim()
                + ", " + scenario + ") on " + backend;
        in.assertUnchanged(before, what);
        verify(c, in, got, what, scenario);
    }

    private static Got call(HighDimKernels k, Case c, Inputs in) throws Exception {
        Object r = in.call(k, HighDimKernels.class, c.method());
        return switch (r) {
            case float[] a -> Got.of(a);
            case double[] a -> Got.of(a);
            case int[] a -> Got.of(a);
            case FloatArgResult a -> Got.of(a);
            case DoubleArgResult a -> Got.of(a);
            default -> throw new AssertionError(c.method() + " returned " + r);
        };
    }

    /** Relative tolerance at dimension D: max(rtol, 8 D u), see the class comment. */
    private static double rtol(Inputs in, int dim) {
        double u = in.prec == Prec.F32 ? 0x1p-24 : 0x1p-53;
        return Math.max(in.prec.rtol, 8 * dim * u);
    }

    private static void verify(Case c, Inputs in, Got got, String what, String scenario) {
        Kind kind = c.form().kind();
        int width = kind.k() ? K : kind == Kind.LSE_WEIGHTED || kind == Kind.SOFTMAX ? 2 : 1;
        int outLength = (c.overI() ? in.n : in.m) * width;
        boolean values = !(kind == Kind.ARG_MIN || kind == Kind.ARG_MAX || kind == Kind.ARG_K_MIN);
        boolean indices = switch (kind) {
            case ARG_MIN, ARG_MAX, ARG_K_MIN, MIN_ARG_MIN, MAX_ARG_MAX, K_MIN_ARG_K_MIN -> true;
            default -> false;
        };
        if (values) {
            assertNotNull(got.values(), what + ": no values");
            assertEquals(outLength, got.values().length, what + " [" + in + "]: values length");
        }
        if (indices) {
            assertNotNull(got.indices(), what + ": no indices");
            assertEquals(outLength, got.indices().length, what + " [" + in + "]: indices length");
        }
        double tol = rtol(in, c.dim());
        // Near points: relative to the distance alone; otherwise relative to |F| + 1.
        double floor = scenario.equals("near") ? 0 : 1;
        Walk w = new Walk(in, c.overI(), 1, c.form().f());
        switch (kind) {
            case SUM -> {
                Ref.SumRef ref = Ref.sum(w);
                for (int r = 0; r < w.rows(); r++) {
                    double t = tol * (ref.magnitude()[r] + ref.cols());
                    if (!Check.close(got.values()[r], ref.value()[r], t)) {
                        fail(what + " [" + in + "] row " + r + ": got " + got.values()[r] + ", expected "
                                + ref.value()[r] + " (tolerance " + t + ")");
                    }
                }
            }
            case MIN, ARG_MIN, MIN_ARG_MIN, MAX, ARG_MAX, MAX_ARG_MAX -> {
                boolean max = kind == Kind.MAX || kind == Kind.ARG_MAX || kind == Kind.MAX_ARG_MAX;
                Ref.ArgRef ref = Ref.best(w, max);
                for (int r = 0; r < w.rows(); r++) {
                    slot(what + " row " + r, in, w, r, ref.value()[r], ref.index()[r],
                            values, values ? got.values()[r] : Double.NaN, indices ? got.indices()[r] : Integer.MIN_VALUE,
                            tol, floor);
                }
            }
            case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN -> {
                Ref.KRef ref = Ref.kMin(w, K);
                for (int r = 0; r < w.rows(); r++) {
                    Set<Integer> seen = new HashSet<>();
                    for (int kk = 0; kk < K; kk++) {
                        int at = r * K + kk;
                        slot(what + " row " + r + " slot " + kk, in, w, r, ref.value()[at], ref.index()[at],
                                values, values ? got.values()[at] : Double.NaN,
                                indices ? got.indices()[at] : Integer.MIN_VALUE,
                                tol, floor);
                        if (indices && got.indices()[at] >= 0 && !seen.add(got.indices()[at])) {
                            fail(what + " [" + in + "] row " + r + ": index " + got.indices()[at] + " twice");
                        }
                    }
                }
            }
            case LSE, LSE_WEIGHTED -> {
                Walk g = kind == Kind.LSE ? null : new Walk(in, c.overI(), 2, (p, o) -> {
                    o[0] = p.v(4)[0];
                    o[1] = p.v(4)[1];
                });
                Ref.ExpRef ref = Ref.exp(w, g);
                for (int at = 0; at < outLength; at++) {
                    double e = ref.lse()[at];
                    double ulp = in.prec == Prec.F32 ? Math.ulp((float) e) : Math.ulp(e);
                    double t = tol * (1 + Math.abs(e - ref.max()[at / width])) + 8 * ulp;
                    if (!Check.close(got.values()[at], e, t)) {
                        fail(what + " [" + in + "] output " + at + ": got " + got.values()[at] + ", expected " + e
                                + " (tolerance " + t + ")");
                    }
                }
            }
            case SOFTMAX -> {
                Ref.ExpRef ref = Ref.exp(w, new Walk(in, c.overI(), 2, (p, o) -> {
                    o[0] = p.v(3)[0];
                    o[1] = p.v(3)[1];
                }));
                for (int at = 0; at < outLength; at++) {
                    double t = tol * (ref.scale()[at] + Math.abs(ref.softmax()[at]));
                    if (!Check.close(got.values()[at], ref.softmax()[at], t)) {
                        fail(what + " [" + in + "] output " + at + ": got " + got.values()[at] + ", expected "
                                + ref.softmax()[at] + " (tolerance " + t + ")");
                    }
                }
            }
        }
    }

    /**
     * One best value and its index: the value within tol * (|ref| + floor); the index the
     * reference's, or another whose reference value is as close to the best (float rounding may
     * order two near-equal values either way).
     */
    private static void slot(String what, Inputs in, Walk w, int row, double expected, int expectedIndex,
            boolean hasValue, double gotValue, int gotIndex, double tol, double floor) {
        double t = tol * (Math.abs(expected) + floor);
        if (hasValue && !Check.close(gotValue, expected, t)) {
            fail(what + " [" + in + "]: value " + gotValue + ", expected " + expected + " (tolerance " + t + ")");
        }
        if (gotIndex == Integer.MIN_VALUE || gotIndex == expectedIndex) {
            return;
        }
        if (expectedIndex < 0 || gotIndex < 0 || gotIndex >= w.cols()) {
            fail(what + " [" + in + "]: index " + gotIndex + ", expected " + expectedIndex);
        }
        double v = w.at(row, gotIndex)[0];
        if (!Check.close(v, expected, t)) {
            fail(what + " [" + in + "]: index " + gotIndex + " (reference value " + v + "), expected " + expectedIndex
                    + " (value " + expected + ")");
        }
    }
}
