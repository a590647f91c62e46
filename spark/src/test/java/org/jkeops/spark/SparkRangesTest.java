package org.jkeops.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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
 * Block-sparse {@code Ranges} on Spark against the single-JVM call with the same pattern: every
 * reduction over j and over i. ROWS hands each row block the pattern of its rows (more blocks
 * than rows: empty blocks; blocks that cut clusters in two; rows in no cluster): bit for bit.
 * TILES cuts the pattern to each tile (tiles with no kept pair at all): merged as without ranges.
 */
class SparkRangesTest {
    private static KernelRuntime oneThread;
    private static SparkKernels kernels;

    @BeforeAll
    static void start() {
        oneThread = KernelRuntime.builder().fromSystemProperties().threads(1).build();
        kernels = SparkKernels.on(TestSpark.session());
    }

    @AfterAll
    static void stop() {
        oneThread.close();
    }

    /** Every constant of the generated descriptor class, in declaration order. */
    static List<KernelMethod<?>> all() {
        List<KernelMethod<?>> all = new ArrayList<>();
        for (java.lang.reflect.Field f : SparkRangesKernelsMethods.class.getFields()) {
            try {
                all.add((KernelMethod<?>) f.get(null));
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        return all;
    }

    /**
     * A pattern of random clusters of rows (with gaps: rows in no cluster) on both axes, each
     * pair of clusters kept with probability 1/2, and the first i-cluster kept with nothing.
     */
    static Ranges randomRanges(int m, int n, long seed) {
        Random rnd = new Random(seed);
        int[] ri = clusters(m, rnd);
        int[] rj = clusters(n, rnd);
        int mc = ri.length / 2;
        int nc = rj.length / 2;
        boolean[] keep = new boolean[mc * nc];
        for (int q = 0; q < keep.length; q++) {
            keep[q] = q >= nc && rnd.nextBoolean();
        }
        return Ranges.fromMatrix(ri, rj, keep);
    }

    /** Clusters of 1..12 rows, a gap of 0..3 rows before each. */
    private static int[] clusters(int rows, Random rnd) {
        List<Integer> pairs = new ArrayList<>();
        int at = 0;
        while (true) {
            at += rnd.nextInt(4);
            if (at >= rows) {
                break;
            }
            int end = Math.min(rows, at + 1 + rnd.nextInt(12));
            pairs.add(at);
            pairs.add(end);
            at = end;
        }
        return pairs.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Object[] args(KernelMethod<?> method, int m, int n, long seed) {
        Object[] a = TestData.args(method, m, n, seed);
        for (int p = 0; p < a.length; p++) {
            if (method.params().get(p).kind() == KernelParam.Kind.RANGES) {
                a[p] = randomRanges(m, n, seed + 1);
            }
        }
        return a;
    }

    private static KernelOutput single(KernelMethod<?> method, Object[] args) {
        return method.call(oneThread, TestData.copy(args));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void rowBlocksGetTheirRowsOfThePatternBitForBit(KernelMethod<?> method) {
        int[][] sizes = {{6, 9, 8}, {203, 157, 5}}; // M, N, row blocks: 8 blocks for 6 (or 9) rows leaves some empty
        boolean patternMatters = false;
        for (int[] s : sizes) {
            Object[] args = args(method, s[0], s[1], 7L * s[0] + s[1]);
            KernelOutput want = single(method, args);
            Outputs.assertSame(want, Outputs.of(kernels.partitions(s[2]).call(method, TestData.copy(args))),
                    method + " ROWS M=" + s[0] + " N=" + s[1] + " blocks=" + s[2]);
            patternMatters |= !Outputs.same(want, single(method, dense(method, args)));
        }
        // Otherwise a Spark call that dropped the pattern would pass.
        assertTrue(patternMatters, method + ": the random patterns change no output of the single-JVM call");
    }

    /** The same arguments with a null (dense) Ranges. */
    private static Object[] dense(KernelMethod<?> method, Object[] args) {
        Object[] a = TestData.copy(args);
        for (int p = 0; p < a.length; p++) {
            if (method.params().get(p).kind() == KernelParam.Kind.RANGES) {
                a[p] = null;
            }
        }
        return a;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void tilesGetTheirTileOfThePattern(KernelMethod<?> method) {
        assertTrue(method.splittable(), method + ": every reduction merges in TILES (arg-only ones through their values)");
        int[][] sizes = {{203, 157, 50, 40}, {9, 10, 4, 4}};
        for (int[] s : sizes) {
            Object[] args = args(method, s[0], s[1], 5L * s[0] + s[1]);
            SparkKernels tiles = kernels.scheme(Scheme.TILES).tiles(s[2], s[3]);
            String what = method + " TILES M=" + s[0] + " N=" + s[1] + " tiles=" + s[2] + "x" + s[3];
            KernelOutput got = Outputs.of(tiles.call(method, TestData.copy(args)));
            Outputs.assertTilesMatch(method, single(method, args), got, what);
        }
    }

    @Test
    void aPatternOutOfBoundsIsRejectedOnTheDriverNamingTheParameter() {
        KernelMethod<float[]> sum = SparkRangesKernelsMethods.SUM_JF;
        Object[] args = args(sum, 20, 30, 3);
        args[3] = Ranges.fromMatrix(new int[] {0, 21}, new int[] {0, 30}, new boolean[] {true});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> kernels.call(sum, args));
        assertEquals("SparkRangesKernels.sumJF: ranges: rangesI pair 0 = [0, 21) is outside [0, M] with M = 20",
                e.getMessage());
        args[3] = "not a pattern";
        e = assertThrows(IllegalArgumentException.class, () -> kernels.call(sum, args));
        assertEquals("SparkRangesKernels.sumJF: ranges: expected a Ranges, got String", e.getMessage());
    }

    /** The cut itself: clusters clipped and renumbered, red-ranges of the other half clipped, empty ones dropped. */
    @Test
    void aPatternCutToRowsKeepsTheirClustersAndRenumbersThem() {
        Ranges r = Ranges.fromMatrix(new int[] {0, 4, 4, 10, 12, 15}, new int[] {0, 5, 5, 7},
                new boolean[] {true, false, false, true, true, true});
        RangesPart cut = RangesPart.of(r).cut(KernelParam.Axis.I, 3, 12);
        assertEquals("[0, 1, 1, 7]", Arrays.toString(cut.rangesI()));
        assertEquals("[1, 2]", Arrays.toString(cut.slicesI()));
        assertEquals("[0, 5, 5, 7]", Arrays.toString(cut.redrangesJ()));
        assertEquals("[0, 5, 5, 7]", Arrays.toString(cut.rangesJ()));
        assertEquals("[1, 2]", Arrays.toString(cut.slicesJ()));
        assertEquals("[0, 1, 1, 7]", Arrays.toString(cut.redrangesI()));
        cut.toRanges().validate(9, 7);
        RangesPart none = RangesPart.of(r).cut(KernelParam.Axis.I, 10, 12);
        assertEquals(0, none.rangesI().length);
        assertEquals(0, none.redrangesI().length);
        assertTrue(none.toRanges().pairsOverJ() == 0);
        RangesPart cols = RangesPart.of(r).cut(KernelParam.Axis.J, 5, 7);
        assertEquals("[0, 2]", Arrays.toString(cols.rangesJ()));
        assertEquals("[0, 2, 0, 2]", Arrays.toString(cols.redrangesJ()));
        assertEquals("[0, 1, 2]", Arrays.toString(cols.slicesI()));
    }
}
