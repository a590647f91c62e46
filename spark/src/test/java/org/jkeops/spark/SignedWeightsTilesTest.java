package org.jkeops.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
 * Scheme.TILES merges a weighted LOG_SUM_EXP from its tiles' unfinalized sums: 5 output rows, 16
 * reduced rows in column blocks of 8 whose weights are -1 (first block) and 3 (second), so the
 * first tile's sum is negative and its finalized log NaN, while the row's sum is positive (a merge
 * of finalized logs gave NaN). And SUM_SOFTMAX_WEIGHT keeps the NaN weight of a tile outweighed
 * to 0 (its logits 2,000 below the other's: 0 * NaN is NaN in one pass; the merge skipped it).
 */
class SignedWeightsTilesTest {
    private static final int OUTER = 5;
    private static final int REDUCED = 16;
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

    static List<KernelMethod<?>> lseMethods() {
        return List.of(SignedWeightKernelsMethods.LSE_JF, SignedWeightKernelsMethods.LSE_JD,
                SignedWeightKernelsMethods.LSE_IF);
    }

    private static double[] outer() {
        double[] a = new double[OUTER];
        for (int o = 0; o < OUTER; o++) {
            a[o] = 0.5 * o - 1;
        }
        return a;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lseMethods")
    void tilesMergeSignedSums(KernelMethod<?> method) {
        double[] a = outer();
        double[] c = new double[REDUCED];
        double[] w = new double[REDUCED];
        for (int r = 0; r < REDUCED; r++) {
            c[r] = 0.25 * (r % 5);
            w[r] = r < REDUCED / 2 ? -1 : 3;
        }
        boolean overJ = method.inner() == KernelParam.Axis.J;
        Object[] args = {TestData.inPrecision(method, overJ ? a : c), TestData.inPrecision(method, overJ ? c : a),
            TestData.inPrecision(method, w)};
        double[] want = new double[OUTER];
        for (int o = 0; o < OUTER; o++) {
            double s = 0;
            for (int r = 0; r < REDUCED; r++) {
                s += Math.exp(a[o] + c[r]) * w[r];
            }
            want[o] = Math.log(s);
        }
        KernelOutput expected = new KernelOutput(TestData.inPrecision(method, want), null);
        KernelOutput single = method.call(oneThread, TestData.copy(args));
        KernelOutput tiles = Outputs.of(kernels.scheme(Scheme.TILES).tiles(2, REDUCED / 2).call(method, TestData.copy(args)));
        Outputs.assertClose(expected, single, Outputs.tilesTolerance(method), method + ": single-JVM call");
        Outputs.assertClose(expected, tiles, Outputs.tilesTolerance(method), method + ": TILES");
        // The companion's rows: the sums (negative in the first tile's half), then m.
        assertEquals(method.outputWidth() + 1, method.partWidth(), method.toString());
    }

    @Test
    void tilesKeepTheNaNOfAnOutweighedTile() {
        KernelMethod<?> method = SignedWeightKernelsMethods.SOFTMAX_JF;
        float[] a = new float[OUTER];
        float[] c = new float[REDUCED];
        float[] w = new float[REDUCED];
        for (int r = 0; r < REDUCED; r++) {
            c[r] = r < REDUCED / 2 ? 0 : -2000;
            w[r] = 1 + r % 3;
        }
        w[REDUCED - 1] = Float.NaN;
        float[] single = (float[]) method.call(oneThread, new Object[] {a, c, w}).values();
        float[] tiles = (float[]) kernels.scheme(Scheme.TILES).tiles(2, REDUCED / 2).call(method, new Object[] {a, c, w});
        for (int o = 0; o < OUTER; o++) {
            assertTrue(Float.isNaN(single[o]), "single-JVM row " + o + ": " + single[o]);
            assertTrue(Float.isNaN(tiles[o]), "TILES row " + o + ": " + tiles[o]);
        }
    }
}
