package org.jkeops.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;
import org.jkeops.runtime.KernelParam;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.Ranges;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code @Out} arrays, row-summing gradients, arg-index inputs and Ranges on Spark. */
class SpecialKernelsTest {
    private static KernelRuntime oneThread;
    private static SparkKernels kernels;

    @BeforeAll
    static void start() {
        oneThread = KernelRuntime.builder().fromSystemProperties().threads(1).build();
        kernels = SparkKernels.on(TestSpark.session()).partitions(5);
    }

    @AfterAll
    static void stop() {
        oneThread.close();
    }

    @Test
    void outArraysAreFilledInBothSchemes() {
        Object[] args = TestData.args(SpecialKernelsMethods.MIN_OUT, 101, 67, 3);
        SpecialKernelsImpl impl = new SpecialKernelsImpl(oneThread);
        float[] out = new float[101 * 2];
        int[] outIndex = new int[101 * 2];
        impl.minOut((float[]) args[0], (float[]) args[1], (float[]) args[2], out, outIndex);
        for (Scheme s : Scheme.values()) {
            Object[] a = TestData.copy(args);
            Object r = kernels.scheme(s).tiles(30, 20).call(SpecialKernelsMethods.MIN_OUT, a);
            assertEquals(null, r);
            assertArrayEquals(out, (float[]) a[3], s + " values");
            assertArrayEquals(outIndex, (int[]) a[4], s + " indices");
        }
    }

    @Test
    void aGradientWithRespectToAParameterAddsTheBlocksSums() {
        Object[] args = TestData.args(SpecialKernelsMethods.GAUSS_DG, 300, 200, 5);
        float[] single = new SpecialKernelsImpl(oneThread).gaussDg((float[]) args[0], (float[]) args[1], (float[]) args[2],
                (Float) args[3], (float[]) args[4]);
        for (Scheme s : Scheme.values()) {
            float[] got = kernels.scheme(s).tiles(70, 90).call(SpecialKernelsMethods.GAUSS_DG, TestData.copy(args));
            Outputs.assertClose(new KernelOutput(single, null), new KernelOutput(got, null), 1e-5, s.toString());
        }
    }

    /**
     * A gradient with respect to a parameter sums its rows: each ROWS task's facade adds its
     * block's rows in float64 and rounds to the kernel's precision, and the driver adds the block
     * sums in float64 and rounds once more (README): bit for bit with one block, within a rounding
     * per block with more.
     */
    @Test
    void aGradientWithRespectToAParameterIsWithinARoundingPerBlockInRows() {
        Object[] args = TestData.args(SpecialKernelsMethods.GAUSS_DG, 1000, 300, 5);
        float[] single = SpecialKernelsMethods.GAUSS_DG.result(SpecialKernelsMethods.GAUSS_DG.call(oneThread,
                TestData.copy(args)));
        for (int p : new int[] {1, 2, 7, 64}) {
            float[] rows = SparkKernels.on(TestSpark.session()).partitions(p).call(SpecialKernelsMethods.GAUSS_DG,
                    TestData.copy(args));
            if (p == 1) {
                assertArrayEquals(single, rows, "one block");
            }
            for (int c = 0; c < single.length; c++) {
                assertEquals(single[c], rows[c], (p + 1) * Math.ulp(Math.abs(single[c])) * 4, p + " blocks, component " + c);
            }
        }
    }

    /**
     * K reductions with nothing to reduce (N = 0, or M = 0 over i) give the single-JVM call's
     * neutral rows (+inf, index -1) in both schemes, arrays and Datasets: Spark used to refuse them
     * ("K = 3 exceeds the 0 rows of the reduced axis"), which the facade says only when N > 0.
     */
    @Test
    void kReductionsWithNothingToReduceGiveTheNeutralRows() {
        for (KernelMethod<?> m : List.<KernelMethod<?>>of(SparkReductionsMethods.K_MIN_JF, SparkReductionsMethods.ARG_KMIN_JF,
                SparkReductionsMethods.K_MIN_ARG_KMIN_JF, SparkReductionsMethods.K_MIN_ARG_KMIN_ID)) {
            boolean overJ = m.outer() == KernelParam.Axis.I;
            Object[] args = TestData.args(m, overJ ? 4 : 0, overJ ? 0 : 4, 3);
            KernelOutput want = Outputs.of(m.result(m.call(oneThread, TestData.copy(args))));
            for (Scheme s : Scheme.values()) {
                Outputs.assertSame(want, Outputs.of(kernels.scheme(s).tiles(2, 3).call(m, TestData.copy(args))),
                        m.name() + " " + s);
            }
        }
        Object[] args = TestData.args(SparkReductionsMethods.K_MIN_ARG_KMIN_JF, 5, 0, 4);
        KernelOutput want = SparkReductionsMethods.K_MIN_ARG_KMIN_JF.call(oneThread, TestData.copy(args));
        Dataset<Row> xs = TestData.namedRows(TestSpark.session(), "p", "x", args[0], 5, 2, 2);
        for (Scheme s : Scheme.values()) {
            List<Row> got = SparkKernels.on(TestSpark.session()).scheme(s).onRows(SparkReductionsMethods.K_MIN_ARG_KMIN_JF,
                    xs, "name").arg("y", args[1]).arg("b", args[2]).run().collectAsList();
            assertEquals(5, got.size(), s.toString());
            for (int r = 0; r < 5; r++) {
                for (int q = 0; q < 3; q++) {
                    assertEquals(((float[]) want.values())[3 * r + q], (Float) got.get(r).getList(1).get(q), s + " row " + r);
                    assertEquals(want.indices()[3 * r + q], (Integer) got.get(r).getList(2).get(q), s + " row " + r);
                }
            }
        }
    }

    @Test
    void argIndexInputsRunInRowsAndInTilesRebasedPerColumnBlock() {
        Object[] args = TestData.args(SpecialKernelsMethods.NEAREST_DX, 120, 80, 7);
        int[] idx = (int[]) args[2];
        for (int q = 0; q < idx.length; q += 7) {
            idx[q] = -1; // no index: the row's gradient is 0 in every block
        }
        float[] single = new SpecialKernelsImpl(oneThread).nearestDx((float[]) args[0], (float[]) args[1], idx,
                (float[]) args[3]);
        assertArrayEquals(single, kernels.call(SpecialKernelsMethods.NEAREST_DX, TestData.copy(args)));
        // Column blocks of 24 (80 = 3 x 24 + 8): each index falls in one block, -1 elsewhere.
        float[] tiles = kernels.scheme(Scheme.TILES).tiles(32, 24).call(SpecialKernelsMethods.NEAREST_DX, TestData.copy(args));
        Outputs.assertClose(new KernelOutput(single, null), new KernelOutput(tiles, null), Outputs.TILES_F32, "TILES 32x24");
        boolean nonZero = false;
        for (float v : single) {
            nonZero |= v != 0;
        }
        assertTrue(nonZero, "the gradient is not all zero (a tile that dropped every index would pass)");
    }

    /**
     * A gradient with respect to y of a MIN over j reduces over i; its i-rows' indices point into
     * J, the output axis, which each task has a block of. Left global (as they were), ROWS failed
     * in every task where an index was past the block's rows ("is outside [0, N) with N = 16")
     * and, where none was, matched them to the block's own rows: a wrong result, silently;
     * TILES refused the method. Rebased per row block, both give the single-JVM gradient.
     */
    @Test
    void argIndicesIntoTheOutputAxisAreRebasedPerRowBlock() {
        Object[] args = TestData.args(SpecialKernelsMethods.NEAREST_DY, 90, 80, 21);
        int[] idx = (int[]) args[2];
        for (int q = 0; q < idx.length; q += 9) {
            idx[q] = -1;
        }
        float[] single = new SpecialKernelsImpl(oneThread).nearestDy((float[]) args[0], (float[]) args[1], idx,
                (float[]) args[3]);
        assertArrayEquals(single, kernels.call(SpecialKernelsMethods.NEAREST_DY, TestData.copy(args)), "ROWS");
        float[] tiles = kernels.scheme(Scheme.TILES).tiles(24, 32).call(SpecialKernelsMethods.NEAREST_DY, TestData.copy(args));
        Outputs.assertClose(new KernelOutput(single, null), new KernelOutput(tiles, null), Outputs.TILES_F32, "TILES 24x32");
        // Every index below the first block's 16 rows: no task failed, ROWS gave later blocks the first block's terms.
        int[] low = new int[90];
        for (int q = 0; q < low.length; q++) {
            low[q] = q % 16;
        }
        Object[] lowArgs = TestData.copy(args);
        lowArgs[2] = low;
        float[] lowSingle = new SpecialKernelsImpl(oneThread).nearestDy((float[]) args[0], (float[]) args[1], low,
                (float[]) args[3]);
        assertArrayEquals(lowSingle, kernels.call(SpecialKernelsMethods.NEAREST_DY, lowArgs), "ROWS, indices < 16");
    }

    @Test
    void denseNullRangesAndBlockSparseRangesRunInBothSchemes() {
        Object[] args = TestData.args(SpecialKernelsMethods.GAUSS_SPARSE, 50, 40, 9);
        SpecialKernelsImpl impl = new SpecialKernelsImpl(oneThread);
        float[] single = impl.gaussSparse((float[]) args[0], (float[]) args[1], (float[]) args[2], (Float) args[3], null);
        assertArrayEquals(single, kernels.call(SpecialKernelsMethods.GAUSS_SPARSE, TestData.copy(args)));
        Ranges ranges = Ranges.fromMatrix(new int[] {0, 20, 20, 50}, new int[] {0, 15, 15, 40},
                new boolean[] {true, false, false, true});
        args[4] = ranges;
        float[] sparse = impl.gaussSparse((float[]) args[0], (float[]) args[1], (float[]) args[2], (Float) args[3], ranges);
        // The pattern drops pairs beyond the TILES tolerance: a Spark call that ignored it fails both checks below.
        assertThrows(AssertionError.class, () -> Outputs.assertClose(new KernelOutput(sparse, null),
                new KernelOutput(single, null), Outputs.TILES_F32, "dense against sparse"));
        assertArrayEquals(sparse, kernels.call(SpecialKernelsMethods.GAUSS_SPARSE, TestData.copy(args)), "ROWS");
        Outputs.assertClose(new KernelOutput(sparse, null), new KernelOutput(kernels.scheme(Scheme.TILES).tiles(16, 12)
                .call(SpecialKernelsMethods.GAUSS_SPARSE, TestData.copy(args)), null), Outputs.TILES_F32, "TILES");
    }
}
