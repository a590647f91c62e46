package org.jkeops.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.ReductionTest.Draw;
import org.jkeops.it.ReductionTest.Got;
import org.jkeops.it.ReductionTest.Kind;
import org.jkeops.it.TestData.Gen;
import org.jkeops.it.TestData.Inputs;
import org.jkeops.it.TestData.Prec;
import org.jkeops.it.TestData.Size;
import org.jkeops.it.TestData.Tweak;
import org.jkeops.runtime.Ranges;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Block-sparse reductions: every reduction of {@link ReductionTest}, over j and over i, float32
 * and float64, with a {@code Ranges} argument built by {@code Ranges.fromMatrix} from random
 * clusterings and random keep matrices, against the float64 reference restricted to the kept
 * pairs. Layouts cover empty clusters, rows and columns in no cluster (neutral outputs), empty
 * rows of the keep matrix, a single cluster kept whole (equal to dense), none kept, and a null
 * {@code Ranges} (dense). Over i, kernels use the j-half of the same ranges.
 */
class BlockSparseTest {
    /** A kernel call with its ranges. */
    @FunctionalInterface
    interface Call {
        Got call(BlockSparseKernels k, Inputs in, Ranges rg);
    }

    record BCase(String name, Kind kind, boolean overI, Call f32, Call f64) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static BCase b(String name, Kind kind, boolean overI, Call f32, Call f64) {
        return new BCase(name, kind, overI, f32, f64);
    }

    static final List<BCase> CASES = List.of(
            // ---- over j: results returned
            b("sum", Kind.SUM, false, (k, in, rg) -> Got.of(k.sum(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.sum(in.d(0), in.d(1), in.d(2), rg))),
            b("min", Kind.MIN, false, (k, in, rg) -> Got.of(k.min(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.min(in.d(0), in.d(1), in.d(2), rg))),
            b("max", Kind.MAX, false, (k, in, rg) -> Got.of(k.max(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.max(in.d(0), in.d(1), in.d(2), rg))),
            b("argMin", Kind.ARG_MIN, false, (k, in, rg) -> Got.of(k.argMin(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.argMin(in.d(0), in.d(1), in.d(2), rg))),
            b("argMax", Kind.ARG_MAX, false, (k, in, rg) -> Got.of(k.argMax(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.argMax(in.d(0), in.d(1), in.d(2), rg))),
            b("minArgMin", Kind.MIN_ARG_MIN, false, (k, in, rg) -> Got.of(k.minArgMin(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.minArgMin(in.d(0), in.d(1), in.d(2), rg))),
            b("maxArgMax", Kind.MAX_ARG_MAX, false, (k, in, rg) -> Got.of(k.maxArgMax(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.maxArgMax(in.d(0), in.d(1), in.d(2), rg))),
            b("kMin", Kind.K_MIN, false, (k, in, rg) -> Got.of(k.kMin(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.kMin(in.d(0), in.d(1), in.d(2), rg))),
            b("argKMin", Kind.ARG_K_MIN, false, (k, in, rg) -> Got.of(k.argKMin(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.argKMin(in.d(0), in.d(1), in.d(2), rg))),
            b("kMinArgKMin", Kind.K_MIN_ARG_K_MIN, false, (k, in, rg) -> Got.of(k.kMinArgKMin(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.kMinArgKMin(in.d(0), in.d(1), in.d(2), rg))),
            b("lse", Kind.LSE, false, (k, in, rg) -> Got.of(k.lse(in.f(0), in.f(1), in.f(2), in.fs(3), rg)),
                    (k, in, rg) -> Got.of(k.lse(in.d(0), in.d(1), in.d(2), in.ds(3), rg))),
            b("lseWeighted", Kind.LSE_WEIGHTED, false,
                    (k, in, rg) -> Got.of(k.lseWeighted(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4), rg)),
                    (k, in, rg) -> Got.of(k.lseWeighted(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4), rg))),
            b("softmax", Kind.SOFTMAX, false,
                    (k, in, rg) -> Got.of(k.softmax(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4), rg)),
                    (k, in, rg) -> Got.of(k.softmax(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4), rg))),
            // ---- over i: results returned
            b("sumOverI", Kind.SUM, true, (k, in, rg) -> Got.of(k.sumOverI(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.sumOverI(in.d(0), in.d(1), in.d(2), rg))),
            b("minOverI", Kind.MIN, true, (k, in, rg) -> Got.of(k.minOverI(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.minOverI(in.d(0), in.d(1), in.d(2), rg))),
            b("maxOverI", Kind.MAX, true, (k, in, rg) -> Got.of(k.maxOverI(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.maxOverI(in.d(0), in.d(1), in.d(2), rg))),
            b("argMinOverI", Kind.ARG_MIN, true, (k, in, rg) -> Got.of(k.argMinOverI(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.argMinOverI(in.d(0), in.d(1), in.d(2), rg))),
            b("argMaxOverI", Kind.ARG_MAX, true, (k, in, rg) -> Got.of(k.argMaxOverI(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.argMaxOverI(in.d(0), in.d(1), in.d(2), rg))),
            b("minArgMinOverI", Kind.MIN_ARG_MIN, true,
                    (k, in, rg) -> Got.of(k.minArgMinOverI(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.minArgMinOverI(in.d(0), in.d(1), in.d(2), rg))),
            b("maxArgMaxOverI", Kind.MAX_ARG_MAX, true,
                    (k, in, rg) -> Got.of(k.maxArgMaxOverI(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.maxArgMaxOverI(in.d(0), in.d(1), in.d(2), rg))),
            b("kMinOverI", Kind.K_MIN, true, (k, in, rg) -> Got.of(k.kMinOverI(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.kMinOverI(in.d(0), in.d(1), in.d(2), rg))),
            b("argKMinOverI", Kind.ARG_K_MIN, true, (k, in, rg) -> Got.of(k.argKMinOverI(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.argKMinOverI(in.d(0), in.d(1), in.d(2), rg))),
            b("kMinArgKMinOverI", Kind.K_MIN_ARG_K_MIN, true,
                    (k, in, rg) -> Got.of(k.kMinArgKMinOverI(in.f(0), in.f(1), in.f(2), rg)),
                    (k, in, rg) -> Got.of(k.kMinArgKMinOverI(in.d(0), in.d(1), in.d(2), rg))),
            b("lseOverI", Kind.LSE, true, (k, in, rg) -> Got.of(k.lseOverI(in.f(0), in.f(1), in.f(2), in.fs(3), rg)),
                    (k, in, rg) -> Got.of(k.lseOverI(in.d(0), in.d(1), in.d(2), in.ds(3), rg))),
            b("lseWeightedOverI", Kind.LSE_WEIGHTED, true,
                    (k, in, rg) -> Got.of(k.lseWeightedOverI(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4), rg)),
                    (k, in, rg) -> Got.of(k.lseWeightedOverI(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4), rg))),
            b("softmaxOverI", Kind.SOFTMAX, true,
                    (k, in, rg) -> Got.of(k.softmaxOverI(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4), rg)),
                    (k, in, rg) -> Got.of(k.softmaxOverI(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4), rg))));

    /**
     * Clusters of one axis and the keep matrix: {@code rangesI}, {@code rangesJ} as
     * {@code Ranges.fromMatrix} takes them; {@code null} layout means a dense call.
     */
    record Layout(String name, int[] rangesI, int[] rangesJ, boolean[] keep) {
        Ranges ranges() {
            return Ranges.fromMatrix(rangesI, rangesJ, keep);
        }

        /** The pairs the kernel must visit, computed from the layout directly. */
        Ref.Mask mask(int m, int n) {
            int[] ci = owner(rangesI, m);
            int[] cj = owner(rangesJ, n);
            int nc = rangesJ.length / 2;
            return (i, j) -> ci[i] >= 0 && cj[j] >= 0 && keep[ci[i] * nc + cj[j]];
        }

        private static int[] owner(int[] ranges, int n) {
            int[] o = new int[n];
            java.util.Arrays.fill(o, -1);
            for (int c = 0; c < ranges.length / 2; c++) {
                for (int t = ranges[2 * c]; t < ranges[2 * c + 1]; t++) {
                    o[t] = c;
                }
            }
            return o;
        }
    }

    /**
     * {@code count} sorted, non-overlapping clusters over [0, n): random cut points (repeated
     * cuts give empty clusters); with {@code gaps}, every third cluster is dropped, leaving rows
     * that no cluster covers.
     */
    static int[] clusters(Random rnd, int n, int count, boolean gaps) {
        int[] cuts = new int[count + 1];
        for (int c = 1; c < count; c++) {
            cuts[c] = rnd.nextInt(n + 1);
        }
        cuts[count] = n;
        java.util.Arrays.sort(cuts, 1, count);
        List<Integer> r = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            if (gaps && c % 3 == 1) {
                continue;
            }
            r.add(cuts[c]);
            r.add(cuts[c + 1]);
        }
        return r.stream().mapToInt(Integer::intValue).toArray();
    }

    static boolean[] keep(Random rnd, int mc, int nc, double density) {
        boolean[] k = new boolean[mc * nc];
        for (int e = 0; e < k.length; e++) {
            k[e] = rnd.nextDouble() < density;
        }
        return k;
    }

    static List<Layout> layouts(long seed, int m, int n) {
        Random rnd = new Random(seed);
        List<Layout> l = new ArrayList<>();
        int[] ri = clusters(rnd, m, 7, true);
        int[] rj = clusters(rnd, n, 5, true);
        l.add(new Layout("random", ri, rj, keep(rnd, ri.length / 2, rj.length / 2, 0.45)));
        int[] ri2 = clusters(rnd, m, 13, false);
        int[] rj2 = clusters(rnd, n, 11, false);
        boolean[] k2 = keep(rnd, ri2.length / 2, rj2.length / 2, 0.5);
        for (int c = 0; c < ri2.length / 2; c += 3) { // empty rows of the keep matrix
            java.util.Arrays.fill(k2, c * (rj2.length / 2), (c + 1) * (rj2.length / 2), false);
        }
        l.add(new Layout("emptyKeepRows", ri2, rj2, k2));
        l.add(new Layout("singleClusterAllKept", new int[] {0, m}, new int[] {0, n}, new boolean[] {true}));
        l.add(new Layout("allKept", ri2, rj2, keep(rnd, ri2.length / 2, rj2.length / 2, 1.0)));
        l.add(new Layout("noneKept", ri, rj, keep(rnd, ri.length / 2, rj.length / 2, 0.0)));
        l.add(null);
        return l;
    }

    static final List<Size> SIZES = List.of(new Size(1, 1), new Size(7, 7), new Size(207, 1023),
            new Size(1023, 207), new Size(0, 7), new Size(7, 0));

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Target t : Backends.underTest()) {
            for (Prec p : Prec.values()) {
                for (BCase c : CASES) {
                    all.add(Arguments.of(t, p, c));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{2} {1} {0}")
    @MethodSource("cases")
    void blockSparseEqualsMaskedReference(Target backend, Prec prec, BCase c) {
        Draw draw = c.kind().exp() ? new Draw(ReductionTest.U, ReductionTest.U, ReductionTest.POS,
                ReductionTest.minusInfTerms()) : new Draw(ReductionTest.U, ReductionTest.U, ReductionTest.POS, Tweak.NONE);
        BlockSparseKernels k = new BlockSparseKernelsImpl(Backends.runtime(backend));
        for (Size size : SIZES) {
            int reduced = c.overI() ? size.m() : size.n();
            if (c.kind().k() && reduced != 0 && reduced < ReductionTest.K) {
                continue; // K > N is an argument error, tested elsewhere
            }
            long seed = TestData.seed("blockSparse/" + c.name(), prec, size.m(), size.n());
            Inputs in = Inputs.draw(prec, seed, size.m(), size.n(), ReductionTest.vars(c.kind(), c.overI(), draw),
                    draw.tweak());
            for (Layout layout : layouts(seed, size.m(), size.n())) {
                Ranges rg = layout == null ? null : layout.ranges();
                Object[] before = in.snapshot();
                Got got = prec == Prec.F32 ? c.f32().call(k, in, rg) : c.f64().call(k, in, rg);
                String what = c.name() + " (" + c.kind() + (c.overI() ? " over i" : " over j") + ", layout "
                        + (layout == null ? "dense (null ranges)" : layout.name()) + ") on " + backend;
                in.assertUnchanged(before, what);
                ReductionTest.verify(c.kind(), c.overI(), in, got, what, "blockSparse", false,
                        layout == null ? null : layout.mask(size.m(), size.n()));
            }
        }
    }

    /**
     * Ranges that do not fit the arrays are rejected before any backend runs, with the parameter
     * named: rows past M (over j) and columns past N (over i, the j-half).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void rangesThatDoNotFitAreRejectedBeforeAnyBackend(Target backend) {
        BlockSparseKernels k = new BlockSparseKernelsImpl(Backends.runtime(backend));
        float[] x = new float[2 * 10];
        float[] y = new float[2 * 6];
        float[] b = new float[6];
        Ranges tooManyRows = Ranges.fromMatrix(new int[] {0, 12}, new int[] {0, 6}, new boolean[] {true});
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> k.sum(x, y, b, tooManyRows));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("BlockSparseKernels.sum: ranges: "),
                "names the kernel method and the parameter: " + e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("12") && e.getMessage().contains("10"),
                "names the range end and M: " + e.getMessage());
        Ranges tooManyCols = Ranges.fromMatrix(new int[] {0, 10}, new int[] {0, 7}, new boolean[] {true});
        IllegalArgumentException f = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> k.sumOverI(x, y, b, tooManyCols));
        org.junit.jupiter.api.Assertions.assertTrue(f.getMessage().startsWith("BlockSparseKernels.sumOverI: ranges: ")
                && f.getMessage().contains("7"), f.getMessage());
    }

    static List<Target> backends() {
        return Backends.underTest();
    }
}
