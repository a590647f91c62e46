package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jkeops.cpu.SimdSupport;
import org.jkeops.cpu.internal.Parallel;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.FloatArgResult;
import org.jkeops.runtime.KernelRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tiled SIMD schedule's chunks of j ({@code Parallel.jChunk}): a task's register blocks sweep
 * the reduced index chunk by chunk, carrying their lane state (and a SUM block's partial sums when
 * a chunk ends inside one) from one chunk to the next, so a chunked sweep adds in the order of
 * one sweep: the result must be bitwise that of one sweep ({@code -Djkeops.simd.chunkBytes=0}) at
 * every chunk size, for every reduction that carries (SUM BLOCK / KAHAN / DIRECT, K_MIN,
 * ARG_K_MIN, K_MIN_ARG_K_MIN, 1- and several-wide), and unchanged for those that do not (SUM
 * DOUBLE, MIN), at reduced counts below a tile, around 256 and 512 (SUM blocks), not multiples
 * of the chunk, one output row and
 * several register blocks plus a remainder, one and two threads (two threads and few rows take
 * the split-j path, whose parts are chunked too; one thread at the preferred width only), each
 * vector width; and repeated calls agree.
 */
class ChunkedSweepTest {
    private static final String PROPERTY = "jkeops.simd.chunkBytes";
    /**
     * D = 128 (the tiled kernels chunk from D = 128) float32: 512 bytes a column. 1 byte: chunks
     * of one tile (lanes x vectors); 30,000 and 90,000: about 58 and 175 columns (half in
     * float64), rounded down to whole tiles, off the 256-pair grid of SUM blocks; -1: the
     * default, 256 KiB (512 columns).
     */
    private static final long[] CHUNK_BYTES = {1, 30_000, 90_000, -1};
    private static String saved;

    @BeforeAll
    static void save() {
        saved = System.getProperty(PROPERTY);
    }

    @AfterAll
    static void restore() {
        if (saved == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, saved);
        }
    }

    /** (other count, reduced count): below, at and around 256 and 512, not a multiple, split-j sizes. */
    private static final int[][] SIZES = {{1, 1}, {3, 5}, {37, 255}, {37, 256}, {37, 257}, {1, 511}, {9, 512},
        {37, 700}, {1, 1300}, {61, 1031}, {1, 2600}, {3, 2600}};

    record Case(String name, int k, Function<Data, Object> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Inputs of one size ({@code m} rows of x, {@code n} of y): v 3-wide, v2 2-wide on j, w on i. */
    record Data(ChunkedSweepKernels k, int m, int n, float[] xf, float[] yf, float[] bf, float[] vf, float[] v2f,
            float[] wf, double[] xd, double[] yd, double[] bd) {
    }

    private static final List<Case> CASES = List.of(
            new Case("sumBlock f32", 0, d -> d.k().sumBlock(d.xf(), d.yf(), d.bf())),
            new Case("sumBlock f64", 0, d -> d.k().sumBlock(d.xd(), d.yd(), d.bd())),
            new Case("sumKahan f32", 0, d -> d.k().sumKahan(d.xf(), d.yf(), d.bf())),
            new Case("sumDirectI f32", -1, d -> d.k().sumDirectI(d.xf(), d.yf(), d.wf())),
            new Case("sumDouble f32", 0, d -> d.k().sumDouble(d.xf(), d.yf(), d.bf())),
            new Case("sumWide f32", 0, d -> d.k().sumWide(d.xf(), d.yf(), d.vf())),
            new Case("kMin f32", 5, d -> d.k().kMin(d.xf(), d.yf())),
            new Case("argKMin f32", 5, d -> d.k().argKMin(d.xf(), d.yf())),
            new Case("argKMin f64", 5, d -> d.k().argKMin(d.xd(), d.yd())),
            new Case("argKMinI f32", -5, d -> d.k().argKMinI(d.xf(), d.yf())),
            new Case("kMinArgKMinWide f32", 4, d -> d.k().kMinArgKMinWide(d.xf(), d.yf(), d.v2f())),
            new Case("kMinArgKMin f64", 4, d -> d.k().kMinArgKMin(d.xd(), d.yd())),
            new Case("min f32", 0, d -> d.k().min(d.xf(), d.yf())));

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        int preferred = SimdSupport.preferredBits();
        for (Case c : CASES) {
            // One and two threads at the preferred width, two at the others (the suite's time).
            for (int bits = Math.min(512, preferred); bits >= 128; bits /= 2) {
                for (int threads = bits == Math.min(512, preferred) ? 1 : 2; threads <= 2; threads++) {
                    all.add(Arguments.of(c, bits, threads));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1} bits, {2} threads")
    @MethodSource("cases")
    void chunkedSweepsEqualOneSweepBitwise(Case c, int bits, int threads) {
        assertTrue(Backends.available(Backend.SIMD), "SIMD backend unavailable");
        try (KernelRuntime rt = KernelRuntime.builder().backend(Backend.SIMD).strict(true).threads(threads)
                .vectorBits(bits).build()) {
            ChunkedSweepKernels k = new ChunkedSweepKernelsImpl(rt);
            for (int[] size : SIZES) {
                // Over i (negative k): the reduced count is x's, so the sizes swap.
                boolean overI = c.k() < 0;
                int m = overI ? size[1] : size[0];
                int n = overI ? size[0] : size[1];
                if (Math.abs(c.k()) > (overI ? m : n)) {
                    continue; // K above the reduced count is an error (ReductionTest checks it)
                }
                Data d = draw(k, m, n);
                String where = String.format(Locale.ROOT, "%s, %d bits, %d threads, M = %d, N = %d", c, bits, threads, m, n);
                System.setProperty(PROPERTY, "0");
                Object one = c.call().apply(d);
                assertSame(one, c.call().apply(d), where + ": a repeated call of one sweep");
                for (long bytes : CHUNK_BYTES) {
                    if (bytes < 0) {
                        System.clearProperty(PROPERTY); // the default
                    } else {
                        System.setProperty(PROPERTY, Long.toString(bytes));
                    }
                    Object chunked = c.call().apply(d);
                    assertSame(one, chunked, where + ", chunkBytes " + (bytes < 0 ? "default" : bytes));
                    assertSame(chunked, c.call().apply(d), where + ": a repeated chunked call");
                }
                System.clearProperty(PROPERTY);
            }
        } finally {
            restore();
        }
    }

    /** The chunk sizes the kernels above get, so that the test does sweep in several chunks. */
    @org.junit.jupiter.api.Test
    void chunkSizesAreWholeTilesBelowTheBudget() {
        try {
            System.setProperty(PROPERTY, "1");
            assertEquals(64, Parallel.jChunk(700, 160, 64), "the smallest chunk: one tile");
            assertEquals(64, Parallel.jChunk(256, 160, 64));
            assertEquals(63, Parallel.jChunk(63, 160, 64), "fewer columns than a tile: one chunk");
            assertEquals(1, Parallel.jChunk(0, 160, 64), "no columns: one (empty) chunk");
            System.setProperty(PROPERTY, "90000");
            assertEquals(512, Parallel.jChunk(1300, 160, 64));
            assertEquals(528, Parallel.jChunk(1300, 160, 48), "not on the 256-pair grid of SUM blocks");
            assertEquals(256, Parallel.jChunk(1300, 320, 64));
            System.setProperty(PROPERTY, "0");
            assertEquals(1300, Parallel.jChunk(1300, 160, 64), "off: one sweep");
            System.clearProperty(PROPERTY);
            // The default, 256 KiB: D = 384 / 768 float32 (1,536 / 3,072 bytes a column), 2 x 16 lanes a tile.
            assertEquals(160, Parallel.jChunk(20_000, 1536, 32));
            assertEquals(64, Parallel.jChunk(20_000, 3072, 32));
            assertEquals(1031, Parallel.jChunk(1031, 160, 64), "all of it fits: one chunk");
        } finally {
            restore();
        }
    }

    private static Data draw(ChunkedSweepKernels k, int m, int n) {
        SplittableRandom r = new SplittableRandom(TestData.seed("chunked-sweep", TestData.Prec.F32, m, n));
        double[] xd = uniform(r, m * 128);
        double[] yd = uniform(r, n * 128);
        double[] bd = uniform(r, n);
        return new Data(k, m, n, TestData.toFloat(xd), TestData.toFloat(yd), TestData.toFloat(bd),
                TestData.toFloat(uniform(r, n * 3)), TestData.toFloat(uniform(r, n * 2)), TestData.toFloat(uniform(r, m)),
                xd, yd, bd);
    }

    private static double[] uniform(SplittableRandom r, int len) {
        double[] v = new double[len];
        for (int i = 0; i < len; i++) {
            v[i] = r.nextDouble(-1, 1);
        }
        return v;
    }

    /** Bitwise equality of any result type of the kernels above. */
    private static void assertSame(Object expected, Object actual, String where) {
        switch (expected) {
            case float[] e -> assertArrayEquals(e, (float[]) actual, where);
            case double[] e -> assertArrayEquals(e, (double[]) actual, where);
            case int[] e -> assertArrayEquals(e, (int[]) actual, where);
            case FloatArgResult e -> {
                assertArrayEquals(e.values(), ((FloatArgResult) actual).values(), where);
                assertArrayEquals(e.indices(), ((FloatArgResult) actual).indices(), where);
            }
            case DoubleArgResult e -> {
                assertArrayEquals(e.values(), ((DoubleArgResult) actual).values(), where);
                assertArrayEquals(e.indices(), ((DoubleArgResult) actual).indices(), where);
            }
            default -> throw new AssertionError("result type " + expected.getClass());
        }
    }
}
