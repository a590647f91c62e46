package org.jkeops.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ARG_MIN, ARG_MAX and ARG_K_MIN in Scheme.TILES, where each tile returns its indices with their
 * values (the generated partial companion: MIN_ARG_MIN, MAX_ARG_MAX, K_MIN_ARG_K_MIN) and the row
 * block merges them by the thread split's rule and drops the values, against the single-JVM call
 * and an index reference computed here, all exactly: over j and over i, float32 and float64,
 * dense and block-sparse (the pattern of {@link SoftmaxTilesTest}), 23 output rows x 37 reduced
 * rows in tiles of 6 x 8 (neither divides). The terms a + c are small integers, so equal values
 * lie in every column block (the lower index must win, as in one pass), with NaN terms (never
 * taken), +-inf terms (taken: the first of them where nothing is smaller), a column block of NaN
 * (a tile with no index at all) and rows with no term (-1).
 */
class ArgTilesTest {
    // The sizes of SoftmaxTilesTest, whose block-sparsity pattern (ranges, kept) this test reuses.
    private static final int OUTER = SoftmaxTilesTest.OUTER;
    private static final int REDUCED = SoftmaxTilesTest.REDUCED;
    private static final int DIM = 2;
    private static final int TILE_ROWS = SoftmaxTilesTest.TILE_ROWS;
    private static final int TILE_COLS = SoftmaxTilesTest.TILE_COLS;
    /** No index of these sizes, nor -1: an element left unwritten keeps it. */
    private static final int POISON = -7;

    private static KernelRuntime oneThread;
    private static SparkKernels kernels;

    /** The terms a case sets. */
    enum Terms {
        /** Integers in [0, 4): ties across column blocks everywhere. */
        TIES,
        /** Integers with NaN, +inf and -inf terms in some reduced rows and some output rows. */
        SPECIALS,
        /** A whole column block of NaN, the last one of +inf, a NaN output row and a +inf one. */
        NAN_BLOCK
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
        return List.of(ArgKernelsMethods.ARG_MIN_JF, ArgKernelsMethods.ARG_MIN_JD, ArgKernelsMethods.ARG_MIN_IF,
                ArgKernelsMethods.ARG_MIN_ID, ArgKernelsMethods.ARG_MAX_JF, ArgKernelsMethods.ARG_MAX_JD,
                ArgKernelsMethods.ARG_MAX_IF, ArgKernelsMethods.ARG_MAX_ID, ArgKernelsMethods.ARG_KMIN_JF,
                ArgKernelsMethods.ARG_KMIN_JD, ArgKernelsMethods.ARG_KMIN_IF, ArgKernelsMethods.ARG_KMIN_ID,
                ArgKernelsMethods.ARG_MIN_JFRANGES, ArgKernelsMethods.ARG_MAX_IDRANGES,
                ArgKernelsMethods.ARG_KMIN_JDRANGES, ArgKernelsMethods.ARG_KMIN_IFRANGES);
    }

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    /** Terms along the output axis, row-major (row, component). */
    private static double[] outerTerms(Terms t, long seed) {
        Random rnd = new Random(seed);
        double[] a = new double[OUTER * DIM];
        for (int q = 0; q < a.length; q++) {
            a[q] = rnd.nextInt(3);
        }
        if (t == Terms.SPECIALS) {
            a[4 * DIM] = NAN;
            a[6 * DIM + 1] = INF;
            a[11 * DIM] = -INF;
        } else if (t == Terms.NAN_BLOCK) {
            a[3 * DIM] = NAN;
            a[3 * DIM + 1] = NAN;
            a[8 * DIM] = INF;
            a[8 * DIM + 1] = INF;
        }
        return a;
    }

    /** Terms along the reduced axis, row-major (row, component). */
    private static double[] reducedTerms(Terms t, long seed) {
        Random rnd = new Random(seed);
        double[] c = new double[REDUCED * DIM];
        for (int q = 0; q < c.length; q++) {
            c[q] = rnd.nextInt(4);
        }
        if (t == Terms.SPECIALS) {
            c[2 * DIM] = NAN;
            c[9 * DIM] = INF;
            c[9 * DIM + 1] = -INF;
            c[17 * DIM] = -INF;
            c[30 * DIM] = INF;
            c[30 * DIM + 1] = INF;
            for (int r = 20; r < 24; r++) {
                c[r * DIM + 1] = NAN;
            }
        } else if (t == Terms.NAN_BLOCK) {
            for (int r = TILE_COLS; r < 2 * TILE_COLS; r++) {
                c[r * DIM] = NAN;
                c[r * DIM + 1] = NAN;
            }
            for (int r = 4 * TILE_COLS; r < REDUCED; r++) {
                c[r * DIM] = INF;
            }
        }
        return c;
    }

    private static boolean overJ(KernelMethod<?> method) {
        return method.inner() == KernelParam.Axis.J;
    }

    /** Arguments (a, c[, ranges | out]) of a case, in the method's precision. */
    static Object[] args(KernelMethod<?> method, Terms t, long seed) {
        double[] outer = outerTerms(t, seed);
        double[] reduced = reducedTerms(t, seed + 1);
        Object[] a = new Object[method.params().size()];
        a[0] = TestData.inPrecision(method, overJ(method) ? outer : reduced);
        a[1] = TestData.inPrecision(method, overJ(method) ? reduced : outer);
        if (a.length > 2) {
            if (SoftmaxTilesTest.sparse(method)) {
                a[2] = SoftmaxTilesTest.ranges(method);
            } else {
                int[] out = new int[OUTER * method.outputWidth()];
                Arrays.fill(out, POISON);
                a[2] = out;
            }
        }
        return a;
    }

    /** The term of a pair's component as the kernel computes it: a + c in the method's precision. */
    private static double term(KernelMethod<?> method, Object[] args, int o, int r, int comp) {
        double a = TestData.at(args[0], (overJ(method) ? o : r) * DIM + comp);
        double c = TestData.at(args[1], (overJ(method) ? r : o) * DIM + comp);
        return method.usesDouble() ? a + c : (double) (float) (a + c);
    }

    /**
     * The indices by the reductions' definition: per output row and component, the reduced rows
     * (those the pattern keeps) with a term that is not NaN, ordered by term (descending for
     * ARG_MAX), then by index; the first (K first, k-major, -1 where fewer).
     */
    static int[] reference(KernelMethod<?> method, Object[] args) {
        int k = Math.max(1, method.k());
        boolean max = method.reduction().equals("ARG_MAX");
        boolean ranged = SoftmaxTilesTest.sparse(method);
        int[] ref = new int[OUTER * k * DIM];
        for (int o = 0; o < OUTER; o++) {
            for (int comp = 0; comp < DIM; comp++) {
                final int co = o;
                final int cc = comp;
                List<Integer> candidates = new ArrayList<>();
                for (int r = 0; r < REDUCED; r++) {
                    if ((!ranged || SoftmaxTilesTest.kept(o, r)) && !Double.isNaN(term(method, args, o, r, comp))) {
                        candidates.add(r);
                    }
                }
                Comparator<Integer> byTerm = Comparator.comparingDouble(r -> term(method, args, co, r, cc));
                candidates.sort((max ? byTerm.reversed() : byTerm).thenComparing(Comparator.naturalOrder()));
                for (int q = 0; q < k; q++) {
                    ref[o * k * DIM + q * DIM + comp] = q < candidates.size() ? candidates.get(q) : -1;
                }
            }
        }
        return ref;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void tilesMatchTheSingleJvmCallAndTheReferenceExactly(KernelMethod<?> method) {
        for (Terms t : Terms.values()) {
            Object[] args = args(method, t, 23L + t.ordinal());
            String what = method + " " + t;
            int[] want = reference(method, args);
            KernelOutput single = method.call(oneThread, TestData.copy(args));
            assertArrayEquals(want, single.indices(), what + ": the single-JVM call against the reference");
            for (int[] tile : new int[][] {{TILE_ROWS, TILE_COLS}, {OUTER, TILE_COLS}, {4, REDUCED}}) {
                KernelOutput tiles = Outputs.of(kernels.scheme(Scheme.TILES).tiles(tile[0], tile[1])
                        .call(method, TestData.copy(args)));
                Outputs.assertSame(single, tiles, what + " TILES " + tile[0] + "x" + tile[1]);
            }
            Outputs.assertSame(single, Outputs.of(kernels.partitions(8).call(method, TestData.copy(args))), what + " ROWS");
        }
    }

    /**
     * The partial companion itself, on each CPU backend: the reference's indices, and beside each
     * the term it points to (the values the merge compares).
     */
    @Test
    void partialRowsCarryTheIndicesWithTheirValues() {
        for (Backend backend : List.of(Backend.SCALAR, Backend.SIMD)) {
            try (KernelRuntime rt = KernelRuntime.builder().fromSystemProperties().backend(backend).strict(true)
                    .threads(2).build()) {
                for (KernelMethod<?> method : methods()) {
                    assertEquals(method.outputWidth(), method.partWidth(), method.toString());
                    for (Terms t : Terms.values()) {
                        Object[] args = args(method, t, 5L + t.ordinal());
                        int[] want = reference(method, args);
                        KernelOutput part = method.callPart(rt, TestData.copy(args));
                        String what = backend + " " + method + " " + t;
                        assertArrayEquals(want, part.indices(), what + ": indices");
                        int width = method.outputWidth();
                        assertEquals(want.length, java.lang.reflect.Array.getLength(part.values()), what + ": values");
                        for (int q = 0; q < want.length; q++) {
                            if (want[q] >= 0) { // -1: no term, the merge reads no value
                                double expected = term(method, args, q / width, want[q], q % DIM);
                                assertEquals(expected, TestData.at(part.values(), q), what + ": value " + q + " (index " + want[q] + ")");
                            }
                        }
                    }
                }
            }
        }
    }

    /** An {@code @Out} array, poisoned before the call, filled whole by TILES with the single-JVM indices. */
    @Test
    void outArraysArePoisonedAndFilledWhole() {
        for (KernelMethod<Void> method : List.of(ArgKernelsMethods.ARG_MIN_JFOUT, ArgKernelsMethods.ARG_KMIN_IDOUT)) {
            for (Terms t : Terms.values()) {
                Object[] args = args(method, t, 3L + t.ordinal());
                Object[] single = TestData.copy(args);
                method.call(oneThread, single);
                Object[] tiles = TestData.copy(args);
                kernels.scheme(Scheme.TILES).tiles(TILE_ROWS, TILE_COLS).call(method, tiles);
                String what = method + " " + t;
                assertArrayEquals(reference(method, args), (int[]) single[2], what + ": single-JVM call");
                assertArrayEquals((int[]) single[2], (int[]) tiles[2], what + ": TILES");
            }
        }
    }

    /**
     * A Dataset in TILES (its partitions the row blocks, 3 of them empty; column blocks of 12 not
     * dividing the 37 reduced rows): rows back in order with the single-JVM indices.
     */
    @Test
    void aDatasetInTilesWithEmptyPartitionsMatchesTheSingleJvmCall() {
        SparkSession spark = TestSpark.session();
        for (KernelMethod<?> method : List.of(ArgKernelsMethods.ARG_MIN_JF, ArgKernelsMethods.ARG_KMIN_JD)) {
            Terms t = method.usesDouble() ? Terms.NAN_BLOCK : Terms.SPECIALS;
            Object[] args = args(method, t, 91L + t.ordinal());
            Dataset<Row> in = TestData.namedRows(spark, "r", "av", args[0], OUTER, DIM, 26); // 23 rows, 26 partitions: 3 empty
            List<Row> got = kernels.scheme(Scheme.TILES).tiles(1, 12).onRows(method, in, "name")
                    .column("a", "av").arg("c", args[1]).run().collectAsList();
            assertEquals(OUTER, got.size());
            int width = method.outputWidth();
            int[] indices = new int[OUTER * width];
            for (int o = 0; o < OUTER; o++) {
                assertEquals("r" + (OUTER - o), got.get(o).getString(0), "row " + o + " id");
                assertEquals(2, got.get(o).size(), "row " + o + ": the id and the indices, no values");
                for (int c = 0; c < width; c++) {
                    indices[o * width + c] = ((Number) got.get(o).getList(1).get(c)).intValue();
                }
            }
            String what = method + " " + t + " Dataset TILES";
            assertArrayEquals(method.call(oneThread, TestData.copy(args)).indices(), indices, what);
            assertArrayEquals(reference(method, args), indices, what + ": against the reference");
        }
    }
}
