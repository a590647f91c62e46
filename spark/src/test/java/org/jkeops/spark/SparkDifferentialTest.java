package org.jkeops.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;
import org.jkeops.runtime.KernelRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reduction over j and over i, float32 and float64, on Spark in local mode against the
 * single-JVM call of the same generated kernel: ROWS with more row blocks than rows (empty
 * blocks) and with uneven blocks; TILES with N and M not multiples of the tile size, and a last
 * column block narrower than K (joined to the one before); ARG_MIN, ARG_MAX and ARG_K_MIN too,
 * through their parts' values ({@link ArgTilesTest} adds ties and special values). ROWS
 * reduces each row whole on one thread, as the single-JVM call on a one-thread runtime does: bit
 * for bit. TILES merges
 * column blocks by the reduction's rule: min / max / arg / K results are bit for bit, sums,
 * log-sum-exps and softmax-weighted sums agree to rounding (relative 2e-5 in float32, about
 * N x 2^-24 for N terms folded in float32; 1e-12 in float64).
 */
class SparkDifferentialTest {
    static final List<KernelMethod<?>> ALL = List.of(
            SparkReductionsMethods.SUM_JF,
            SparkReductionsMethods.SUM_DOUBLE_JF,
            SparkReductionsMethods.MIN_JF,
            SparkReductionsMethods.MAX_JF,
            SparkReductionsMethods.ARG_MIN_JF,
            SparkReductionsMethods.ARG_MAX_JF,
            SparkReductionsMethods.MIN_ARG_MIN_JF,
            SparkReductionsMethods.MAX_ARG_MAX_JF,
            SparkReductionsMethods.K_MIN_JF,
            SparkReductionsMethods.ARG_KMIN_JF,
            SparkReductionsMethods.K_MIN_ARG_KMIN_JF,
            SparkReductionsMethods.LOG_SUM_EXP_JF,
            SparkReductionsMethods.SUM_SOFTMAX_WEIGHT_JF,
            SparkReductionsMethods.SUM_JD,
            SparkReductionsMethods.MIN_JD,
            SparkReductionsMethods.MAX_JD,
            SparkReductionsMethods.ARG_MIN_JD,
            SparkReductionsMethods.ARG_MAX_JD,
            SparkReductionsMethods.MIN_ARG_MIN_JD,
            SparkReductionsMethods.MAX_ARG_MAX_JD,
            SparkReductionsMethods.K_MIN_JD,
            SparkReductionsMethods.ARG_KMIN_JD,
            SparkReductionsMethods.K_MIN_ARG_KMIN_JD,
            SparkReductionsMethods.LOG_SUM_EXP_JD,
            SparkReductionsMethods.SUM_SOFTMAX_WEIGHT_JD,
            SparkReductionsMethods.SUM_IF,
            SparkReductionsMethods.SUM_DOUBLE_IF,
            SparkReductionsMethods.MIN_IF,
            SparkReductionsMethods.MAX_IF,
            SparkReductionsMethods.ARG_MIN_IF,
            SparkReductionsMethods.ARG_MAX_IF,
            SparkReductionsMethods.MIN_ARG_MIN_IF,
            SparkReductionsMethods.MAX_ARG_MAX_IF,
            SparkReductionsMethods.K_MIN_IF,
            SparkReductionsMethods.ARG_KMIN_IF,
            SparkReductionsMethods.K_MIN_ARG_KMIN_IF,
            SparkReductionsMethods.LOG_SUM_EXP_IF,
            SparkReductionsMethods.SUM_SOFTMAX_WEIGHT_IF,
            SparkReductionsMethods.SUM_ID,
            SparkReductionsMethods.MIN_ID,
            SparkReductionsMethods.MAX_ID,
            SparkReductionsMethods.ARG_MIN_ID,
            SparkReductionsMethods.ARG_MAX_ID,
            SparkReductionsMethods.MIN_ARG_MIN_ID,
            SparkReductionsMethods.MAX_ARG_MAX_ID,
            SparkReductionsMethods.K_MIN_ID,
            SparkReductionsMethods.ARG_KMIN_ID,
            SparkReductionsMethods.K_MIN_ARG_KMIN_ID,
            SparkReductionsMethods.LOG_SUM_EXP_ID,
            SparkReductionsMethods.SUM_SOFTMAX_WEIGHT_ID);

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

    static List<KernelMethod<?>> all() {
        return ALL;
    }

    private static KernelOutput single(KernelMethod<?> method, Object[] args) {
        return method.call(oneThread, TestData.copy(args));
    }

    private static KernelOutput spark(SparkKernels sk, KernelMethod<?> method, Object[] args) {
        return Outputs.of(sk.call(method, TestData.copy(args)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void rowsMatchTheSingleJvmCallBitForBit(KernelMethod<?> method) {
        int[][] sizes = {{5, 9, 8}, {203, 157, 3}}; // M, N, row blocks: 8 blocks for 5 (or 9) rows leaves some empty
        for (int[] s : sizes) {
            Object[] args = TestData.args(method, s[0], s[1], 31L * s[0] + s[1]);
            Outputs.assertSame(single(method, args), spark(kernels.partitions(s[2]), method, args),
                    method + " ROWS M=" + s[0] + " N=" + s[1] + " blocks=" + s[2]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void tilesMergeByTheReductionsRule(KernelMethod<?> method) {
        int[][] sizes = {{203, 157, 50, 40}, {7, 10, 4, 4}}; // M, N, tile rows, tile columns
        for (int[] s : sizes) {
            Object[] args = TestData.args(method, s[0], s[1], 17L * s[0] + s[1]);
            SparkKernels tiles = kernels.scheme(Scheme.TILES).tiles(s[2], s[3]);
            String what = method + " TILES M=" + s[0] + " N=" + s[1] + " tiles=" + s[2] + "x" + s[3];
            // Every reduction merges: the arg-only ones through their partial companion's values.
            assertTrue(method.splittable(), what + ": not splittable");
            Outputs.assertTilesMatch(method, single(method, args), spark(tiles, method, args), what);
        }
    }
}
