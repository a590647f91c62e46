package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.Ref.PairFn;
import org.jkeops.it.Ref.Walk;
import org.jkeops.it.TestData.Gen;
import org.jkeops.it.TestData.Inputs;
import org.jkeops.it.TestData.Prec;
import org.jkeops.it.TestData.Size;
import org.jkeops.it.TestData.Tweak;
import org.jkeops.it.TestData.Var;
import org.jkeops.runtime.Ranges;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SUM reductions whose output is D components wide ({@link WideOutputKernels}: Gaussian gradients
 * with respect to x and y, a Laplace gradient, a kernel-weighted sum of y, {@code x - y}) on every
 * backend, float32 and float64, at D = 17 (unrolled), 64, 100, 128 and 784 (every backend loops over
 * the components; 100 leaves a remainder after the SIMD lanes at every width), against a float64 reference, at sizes 1, 7, 207, M != N and 0, on random data and
 * with NaN, infinities and signed zeros at a few components.
 *
 * <p>Error bound, per output component, relative to the sum of the terms' magnitudes: the
 * per-pair factor {@code exp(-g |x - y|^2)} carries the error of a D-term distance (about D units
 * in the last place, amplified by g |x - y|^2 ~ 2/3 with g = 1 / D here), and the sum over the
 * pairs that of its scheme (BLOCK: blocks of 256 pairs): {@code max(rtol, 8 D u) + 512 u}, which
 * at D = 784 in float32 is 4e-4, far below what a wrong component, row or pair gives.
 */
class WideOutputTest {
    static final int[] DIMS = {17, 64, 100, 128, 784};

    /** One formula: its method name prefix, whether it reduces over i, and its reference. */
    private record Form(String name, boolean overI, boolean special, PairFn f) {
    }

    private static final List<Form> FORMS = List.of(
            // variables: x, y, b, g, e
            new Form("gradX", false, true, (p, o) -> {
                double k = gauss(p, p.s(3)) * p.s(2) * p.s(4) * -2 * p.s(3);
                diff(p, o, k);
            }),
            new Form("gradY", true, false, (p, o) -> {
                double k = gauss(p, p.s(3)) * p.s(2) * p.s(4) * 2 * p.s(3);
                diff(p, o, k);
            }),
            // variables: x, y, b, e; d/dx exp(-|x - y|) = -exp(-r) (x - y) / r
            new Form("laplaceX", false, false, (p, o) -> {
                double r = Math.sqrt(sq(p));
                diff(p, o, -Math.exp(-r) / r * p.s(2) * p.s(3));
            }),
            // variables: x, y, g
            new Form("mean", false, true, (p, o) -> {
                double k = gauss(p, p.s(2));
                double[] y = p.v(1);
                for (int c = 0; c < y.length; c++) {
                    o[c] = k * y[c];
                }
            }),
            new Form("diff", false, true, (p, o) -> diff(p, o, 1)));

    record Case(Form form, int dim) {
        String method() {
            return form.name() + dim + (form.overI() ? "I" : "");
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

    private static double gauss(Ref.Pair p, double g) {
        return Math.exp(-g * sq(p));
    }

    /** o[c] = k * (x[c] - y[c]). */
    private static void diff(Ref.Pair p, double[] o, double k) {
        double[] x = p.v(0);
        double[] y = p.v(1);
        for (int c = 0; c < x.length; c++) {
            o[c] = k * (x[c] - y[c]);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Form f : FORMS) {
            for (int dim : DIMS) {
                for (Target t : Backends.underTest()) {
                    for (Prec p : Prec.values()) {
                        all.add(Arguments.of(new Case(f, dim), t, p));
                    }
                }
            }
        }
        return all.stream();
    }

    private static List<Size> sizes(int dim) {
        List<Size> s = new ArrayList<>(List.of(new Size(1, 1), new Size(7, 1023), new Size(207, 7), new Size(0, 7),
                new Size(7, 0)));
        s.add(dim <= 128 ? new Size(207, 1023) : new Size(207, 207));
        return s;
    }

    @ParameterizedTest(name = "{0} on {1} {2}")
    @MethodSource("cases")
    void matchesTheFloat64Reference(Case c, Target backend, Prec prec) throws Exception {
        for (Size size : sizes(c.dim())) {
            check(c, backend, prec, "uniform", size, Tweak.NONE);
        }
        if (c.form().special()) {
            check(c, backend, prec, "special", new Size(7, 207), Tweak.specialComponents(c.dim()));
            check(c, backend, prec, "special", new Size(207, 7), Tweak.specialComponents(c.dim()));
        }
    }

    private static List<Var> vars(Case c) {
        int dim = c.dim();
        Gen xy = Gen.uniform(-1, 1);
        List<Var> vars = new ArrayList<>(List.of(Var.vi("x", dim, xy), Var.vj("y", dim, xy)));
        String name = c.form().name();
        if (!name.equals("mean") && !name.equals("diff")) {
            vars.add(Var.vj("b", 1, Gen.uniform(0.5, 1.5)));
        }
        if (name.startsWith("grad") || name.equals("mean")) {
            vars.add(Var.pm("g", 1, r -> 1.0 / dim));
        }
        if (!name.equals("mean") && !name.equals("diff")) {
            vars.add(Var.vi("e", 1, Gen.uniform(-1, 1)));
        }
        return vars;
    }

    static Stream<Arguments> blockSparseCases() {
        List<Arguments> all = new ArrayList<>();
        for (Form f : FORMS.subList(0, 2)) {
            for (Target t : Backends.underTest()) {
                for (Prec p : Prec.values()) {
                    all.add(Arguments.of(new Case(f, 64), t, p));
                }
            }
        }
        return all.stream();
    }

    /** The gradients block-sparse (the SIMD kernel's chunks of a block, OpenCL's ranges kernel), every layout. */
    @ParameterizedTest(name = "{0} block-sparse on {1} {2}")
    @MethodSource("blockSparseCases")
    void blockSparseMatchesTheMaskedReference(Case c, Target backend, Prec prec) throws Exception {
        for (Size size : List.of(new Size(1, 1), new Size(207, 1023), new Size(1023, 207), new Size(0, 7), new Size(7, 0))) {
            long seed = TestData.seed("wide/ranges/" + c.method(), prec, size.m(), size.n());
            for (BlockSparseTest.Layout layout : BlockSparseTest.layouts(seed, size.m(), size.n())) {
                check(c, backend, prec, "ranges " + (layout == null ? "dense" : layout.name()), size, Tweak.NONE, layout);
            }
        }
    }

    private static void check(Case c, Target backend, Prec prec, String scenario, Size size, Tweak tweak)
            throws Exception {
        check(c, backend, prec, scenario, size, tweak, null);
    }

    private static void check(Case c, Target backend, Prec prec, String scenario, Size size, Tweak tweak,
            BlockSparseTest.Layout layout) throws Exception {
        long seed = TestData.seed("wide/" + c.method() + "/" + scenario, prec, size.m(), size.n());
        List<Var> vars = vars(c);
        Inputs in = Inputs.draw(prec, seed, size.m(), size.n(), vars, tweak);
        WideOutputKernels k = new WideOutputKernelsImpl(Backends.runtime(backend));
        Object[] before = in.snapshot();
        boolean ranged = scenario.startsWith("ranges");
        double[] got = call(k, c, in, ranged, layout == null ? null : layout.ranges());
        String what = c.method() + (ranged ? " with Ranges" : "") + " (D = " + c.dim() + ", " + scenario + ") on "
                + backend + " [" + in + "]";
        in.assertUnchanged(before, what);
        Walk w = new Walk(in, c.form().overI(), c.dim(), c.form().f());
        if (layout != null) {
            w.masked(layout.mask(size.m(), size.n()));
        }
        Ref.SumRef ref = Ref.sum(w);
        assertEquals(w.rows() * c.dim(), got.length, what + ": output length");
        double u = prec == Prec.F32 ? 0x1p-24 : 0x1p-53;
        double tol = Math.max(prec.rtol, 8 * c.dim() * u) + 512 * u;
        for (int at = 0; at < got.length; at++) {
            double t = tol * ref.magnitude()[at];
            if (!Check.close(got[at], ref.value()[at], t)) {
                fail(what + " row " + at / c.dim() + " component " + at % c.dim() + ": got " + got[at] + ", expected "
                        + ref.value()[at] + " (tolerance " + t + ")");
            }
        }
    }

    private static double[] call(WideOutputKernels k, Case c, Inputs in, boolean ranged, Ranges ranges) throws Exception {
        Object r = ranged
                ? in.call(k, WideOutputKernels.class, c.form().name() + "Ranges" + c.dim() + (c.form().overI() ? "I" : ""),
                        new Class<?>[] {Ranges.class}, ranges)
                : in.call(k, WideOutputKernels.class, c.method());
        return r instanceof float[] a ? TestData.toDouble(a) : (double[]) r;
    }
}
