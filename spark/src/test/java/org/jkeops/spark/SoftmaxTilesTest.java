package org.jkeops.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;
import org.jkeops.runtime.KernelParam;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.Ranges;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SUM_SOFTMAX_WEIGHT in Scheme.TILES, where each tile returns its rows' values with their
 * normaliser (the generated partial companion) and the row block merges them by the OpenCL split's
 * rule, against the single-JVM call and a float64 reference computed here: over j and over i,
 * float32 and float64, dense and block-sparse, 23 output rows x 37 reduced rows in tiles of 6 x 8
 * (neither divides), with logits where exp overflows or underflows without the max shift, whole
 * tiles of -inf, +inf terms in two tiles of a row, NaN rows and rows with no term.
 *
 * <p>Tolerance: relative {@value #TOL_F} x (1 + |expected|) in float32, {@value #TOL_D} in
 * float64. Each result is a weighted mean of the weights (|w| at most 2.5): the single pass folds up to
 * 37 terms into float32 sums (one rounding of 2^-24 per fold, and exp of arguments up to ~30 in
 * magnitude, so ~37 x 6e-8 ~ 2e-6 in the worst case, and the SIMD exp's few ulps), the merge adds
 * one float32 rounding per tile's value and the final one; 2e-5 bounds both with room, and
 * float64's 2^-53 scales it to well below 1e-12. The +inf case distinguishes the exact rule (each
 * +inf term weighs 1, so three terms in two tiles give their mean) from a merge of one weight per
 * tile (which gives a different mean), and the -inf tile one that weighs empty tiles.
 */
class SoftmaxTilesTest {
    static final double TOL_F = Outputs.TILES_F32;
    static final double TOL_D = Outputs.TILES_F64;
    static final int OUTER = 23;
    static final int REDUCED = 37;
    static final int TILE_ROWS = 6;
    static final int TILE_COLS = 8;
    /** What no weighted mean of these weights can be: an element left unwritten keeps it. */
    private static final float POISON = 12345.5f;

    private static KernelRuntime oneThread;
    private static SparkKernels kernels;

    /** The logits a case sets: a + c with a along the output axis and c along the reduced axis. */
    enum Logits {
        /** Rows at +-1e5 (exp overflows / underflows without the shift), and terms at -150 within a row. */
        LARGE_AND_SMALL,
        /** A whole column block of -inf terms and one more; a row of -inf (no term: 0) and a NaN row. */
        MINUS_INF_AND_NAN,
        /** +inf terms, one in the first column block and two in the third, with different weights. */
        PLUS_INF
    }

    @BeforeAll
    static void start() {
        oneThread = KernelRuntime.builder().fromSystemProperties().threads(1).build();
        kernels = SparkKernels.on(TestSpark.session());
    }

    @AfterAll
    static void stop() {
        oneThread.close();
    }

    static List<KernelMethod<?>> methods() {
        return List.of(SoftmaxKernelsMethods.OVER_JF, SoftmaxKernelsMethods.OVER_JD, SoftmaxKernelsMethods.OVER_IF,
                SoftmaxKernelsMethods.OVER_ID, SoftmaxKernelsMethods.OVER_JFRANGES, SoftmaxKernelsMethods.OVER_JDRANGES,
                SoftmaxKernelsMethods.OVER_IFRANGES, SoftmaxKernelsMethods.OVER_IDRANGES);
    }

    private static double[] outerTerms(Logits l, long seed) {
        Random rnd = new Random(seed);
        double[] a = new double[OUTER];
        for (int o = 0; o < OUTER; o++) {
            double g = rnd.nextGaussian();
            a[o] = switch (l) {
                case LARGE_AND_SMALL -> o % 3 == 0 ? 1e5 + g : o % 3 == 1 ? -1e5 + g : 3 * g;
                case MINUS_INF_AND_NAN -> o == 5 ? Double.NaN : o == 7 ? Double.NEGATIVE_INFINITY : 3 * g;
                case PLUS_INF -> 3 * g;
            };
        }
        return a;
    }

    private static double[] reducedTerms(Logits l, long seed) {
        Random rnd = new Random(seed);
        double[] c = new double[REDUCED];
        for (int r = 0; r < REDUCED; r++) {
            double g = rnd.nextGaussian();
            c[r] = switch (l) {
                case LARGE_AND_SMALL -> r % 10 == 9 ? -150 : 3 * g;
                case MINUS_INF_AND_NAN -> (r >= TILE_COLS && r < 2 * TILE_COLS) || r == 30 ? Double.NEGATIVE_INFINITY : 3 * g;
                case PLUS_INF -> r == 3 || r == 17 || r == 18 ? Double.POSITIVE_INFINITY : 3 * g;
            };
        }
        return c;
    }

    /**
     * The block-sparsity pattern in (output row, reduced row) terms: output clusters [0, 5), [5, 12),
     * [14, 18), [18, 23) (rows 12 and 13 in none), reduced clusters [0, 10), [10, 20), [22, 37); the
     * third output cluster keeps nothing.
     */
    private static final int[] OUT_CLUSTERS = {0, 5, 5, 12, 14, 18, 18, 23};
    private static final int[] RED_CLUSTERS = {0, 10, 10, 20, 22, 37};
    private static final boolean[][] KEEP = {{true, false, true}, {false, true, true}, {false, false, false},
            {true, true, false}};

    static boolean kept(int o, int r) {
        int co = cluster(OUT_CLUSTERS, o);
        int cr = cluster(RED_CLUSTERS, r);
        return co >= 0 && cr >= 0 && KEEP[co][cr];
    }

    private static int cluster(int[] pairs, int row) {
        for (int q = 0; q < pairs.length; q += 2) {
            if (row >= pairs[q] && row < pairs[q + 1]) {
                return q / 2;
            }
        }
        return -1;
    }

    /** The pattern as a Ranges over (i, j): transposed for a reduction over i. */
    static Ranges ranges(KernelMethod<?> method) {
        boolean overJ = method.inner() == KernelParam.Axis.J;
        int[] ri = overJ ? OUT_CLUSTERS : RED_CLUSTERS;
        int[] rj = overJ ? RED_CLUSTERS : OUT_CLUSTERS;
        int nj = rj.length / 2;
        boolean[] keep = new boolean[ri.length / 2 * nj];
        for (int ci = 0; ci < ri.length / 2; ci++) {
            for (int cj = 0; cj < nj; cj++) {
                keep[ci * nj + cj] = overJ ? KEEP[ci][cj] : KEEP[cj][ci];
            }
        }
        return Ranges.fromMatrix(ri, rj, keep);
    }

    static boolean sparse(KernelMethod<?> method) {
        return method.params().stream().anyMatch(p -> p.kind() == KernelParam.Kind.RANGES);
    }

    /** Arguments (a, c, w[, ranges | out]) of a case, in the method's precision. */
    static Object[] args(KernelMethod<?> method, Logits l, long seed) {
        double[] outer = outerTerms(l, seed);
        double[] reduced = reducedTerms(l, seed + 1);
        double[] w = new Random(seed + 2).doubles(2L * REDUCED, -2.5, 2.5).toArray();
        boolean overJ = method.inner() == KernelParam.Axis.J;
        Object[] a = new Object[method.params().size()];
        a[0] = TestData.inPrecision(method, overJ ? outer : reduced);
        a[1] = TestData.inPrecision(method, overJ ? reduced : outer);
        a[2] = TestData.inPrecision(method, w);
        if (a.length > 3) {
            a[3] = sparse(method) ? ranges(method) : poisoned(OUTER * method.outputWidth());
        }
        return a;
    }

    private static float[] poisoned(int length) {
        float[] out = new float[length];
        java.util.Arrays.fill(out, POISON);
        return out;
    }

    /** The logit of a pair as the kernel computes it: a + c in the method's precision. */
    private static double logit(KernelMethod<?> method, Object[] args, int o, int r) {
        boolean overJ = method.inner() == KernelParam.Axis.J;
        double a = TestData.at(args[0], overJ ? o : r);
        double c = TestData.at(args[1], overJ ? r : o);
        return method.usesDouble() ? a + c : (double) (float) (a + c);
    }

    /**
     * The float64 reference, per output row: values (2), then the normaliser m (the largest
     * logit; NaN terms compare false) and z (the sum of exp(f - m), a term equal to m weighing 1).
     * A NaN term makes the row NaN; a row with no term other than -inf is 0 with z = 0.
     */
    static double[] reference(KernelMethod<?> method, Object[] args) {
        double[] ref = new double[OUTER * 4];
        boolean ranged = sparse(method);
        for (int o = 0; o < OUTER; o++) {
            double m = Double.NEGATIVE_INFINITY;
            boolean nan = false;
            for (int r = 0; r < REDUCED; r++) {
                if (!ranged || kept(o, r)) {
                    double f = logit(method, args, o, r);
                    nan |= Double.isNaN(f);
                    m = f > m ? f : m;
                }
            }
            double z = 0;
            double s0 = 0;
            double s1 = 0;
            for (int r = 0; r < REDUCED && !nan; r++) {
                double f = logit(method, args, o, r);
                if ((!ranged || kept(o, r)) && f != Double.NEGATIVE_INFINITY) {
                    double e = f == m ? 1 : Math.exp(f - m);
                    z += e;
                    s0 += e * TestData.at(args[2], 2 * r);
                    s1 += e * TestData.at(args[2], 2 * r + 1);
                }
            }
            ref[4 * o] = nan ? Double.NaN : z == 0 ? 0 : s0 / z;
            ref[4 * o + 1] = nan ? Double.NaN : z == 0 ? 0 : s1 / z;
            ref[4 * o + 2] = m;
            ref[4 * o + 3] = nan ? Double.NaN : z;
        }
        return ref;
    }

    /** The values of a reference, as an output of the method's precision (rounded once in float32). */
    private static KernelOutput referenceValues(KernelMethod<?> method, double[] ref) {
        double[] v = new double[OUTER * 2];
        for (int o = 0; o < OUTER; o++) {
            v[2 * o] = ref[4 * o];
            v[2 * o + 1] = ref[4 * o + 1];
        }
        return new KernelOutput(TestData.inPrecision(method, v), null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void tilesMatchTheSingleJvmCallAndTheFloat64Reference(KernelMethod<?> method) {
        for (Logits l : Logits.values()) {
            Object[] args = args(method, l, 41L + l.ordinal());
            String what = method + " " + l + " TILES " + TILE_ROWS + "x" + TILE_COLS;
            KernelOutput want = referenceValues(method, reference(method, args));
            KernelOutput single = method.call(oneThread, TestData.copy(args));
            KernelOutput tiles = Outputs.of(kernels.scheme(Scheme.TILES).tiles(TILE_ROWS, TILE_COLS)
                    .call(method, TestData.copy(args)));
            Outputs.assertClose(want, single, Outputs.tilesTolerance(method), what + ": the single-JVM call against the reference");
            Outputs.assertClose(want, tiles, Outputs.tilesTolerance(method), what + ": against the reference");
            Outputs.assertClose(single, tiles, Outputs.tilesTolerance(method), what + ": against the single-JVM call");
            Outputs.assertSame(single, Outputs.of(kernels.partitions(8).call(method, TestData.copy(args))),
                    method + " " + l + " ROWS");
        }
    }

    /**
     * The partial companion itself, on each CPU backend and in one tile's worth of the reduced axis
     * as on all of it: values, then m exactly (the largest logit) and z to rounding.
     */
    @Test
    void partialRowsCarryTheMaximumAndTheSumOfExponentials() {
        for (Backend backend : List.of(Backend.SCALAR, Backend.SIMD)) {
            try (KernelRuntime rt = KernelRuntime.builder().fromSystemProperties().backend(backend).strict(true)
                    .threads(2).build()) {
                for (KernelMethod<?> method : methods()) {
                    assertEquals(method.outputWidth() + 2, method.partWidth(), method.toString());
                    for (Logits l : Logits.values()) {
                        Object[] args = args(method, l, 7L + l.ordinal());
                        double[] ref = reference(method, args);
                        Object part = method.callPart(rt, TestData.copy(args)).values();
                        String what = backend + " " + method + " " + l;
                        for (int q = 0; q < ref.length; q++) {
                            double want = ref[q];
                            double got = TestData.at(part, q);
                            boolean close = Double.compare(want, got) == 0
                                    || Math.abs(want - got) <= Outputs.tilesTolerance(method) * (1 + Math.abs(want)) * (q % 4 == 2 ? 0 : 1);
                            assertTrue(close, what + ": row " + q / 4 + " element " + q % 4 + ": expected " + want
                                    + ", got " + got);
                        }
                    }
                }
            }
        }
    }

    /** An {@code @Out} array, poisoned before the call, filled whole by TILES (and its tiles' wider rows). */
    @Test
    void outArraysArePoisonedAndFilledWhole() {
        KernelMethod<Void> method = SoftmaxKernelsMethods.OVER_JFOUT;
        assertEquals(4, method.partWidth());
        for (Logits l : Logits.values()) {
            Object[] args = args(method, l, 3L + l.ordinal());
            Object[] single = TestData.copy(args);
            method.call(oneThread, single);
            Object[] tiles = TestData.copy(args);
            kernels.scheme(Scheme.TILES).tiles(TILE_ROWS, TILE_COLS).call(method, tiles);
            KernelOutput want = referenceValues(method, reference(method, args));
            Outputs.assertClose(want, new KernelOutput(single[3], null), TOL_F, l + ": single-JVM call");
            Outputs.assertClose(want, new KernelOutput(tiles[3], null), TOL_F, l + ": TILES");
            Outputs.assertClose(new KernelOutput(single[3], null), new KernelOutput(tiles[3], null), TOL_F, l + ": TILES");
        }
    }

    /**
     * A Dataset in TILES (its partitions the row blocks, 3 of them empty; column blocks of 12 not
     * dividing the 37 reduced rows): rows back in order with the single-JVM values.
     */
    @Test
    void aDatasetInTilesWithEmptyPartitionsMatchesTheSingleJvmCall() {
        SparkSession spark = TestSpark.session();
        for (KernelMethod<?> method : List.of(SoftmaxKernelsMethods.OVER_JF, SoftmaxKernelsMethods.OVER_JD)) {
            // one case per precision: the Dataset path's tiles are the arrays' (above); its rows and partitions are new here
            Logits l = method.usesDouble() ? Logits.LARGE_AND_SMALL : Logits.MINUS_INF_AND_NAN;
            Object[] args = args(method, l, 91L + l.ordinal());
            Dataset<Row> in = TestData.namedRows(spark, "r", "av", args[0], OUTER, 1, 26); // 23 rows, 26 partitions: 3 empty
            List<Row> got = kernels.scheme(Scheme.TILES).tiles(1, 12).onRows(method, in, "name")
                    .column("a", "av").arg("c", args[1]).arg("w", args[2]).run().collectAsList();
            assertEquals(OUTER, got.size());
            double[] values = new double[OUTER * 2];
            for (int o = 0; o < OUTER; o++) {
                assertEquals("r" + (OUTER - o), got.get(o).getString(0), "row " + o + " id");
                for (int c = 0; c < 2; c++) {
                    values[2 * o + c] = ((Number) got.get(o).getList(1).get(c)).doubleValue();
                }
            }
            KernelOutput tiles = new KernelOutput(TestData.inPrecision(method, values), null);
            String what = method + " " + l + " Dataset TILES";
            Outputs.assertClose(method.call(oneThread, TestData.copy(args)), tiles, Outputs.tilesTolerance(method), what);
            Outputs.assertClose(referenceValues(method, reference(method, args)), tiles, Outputs.tilesTolerance(method), what);
        }
    }
}
