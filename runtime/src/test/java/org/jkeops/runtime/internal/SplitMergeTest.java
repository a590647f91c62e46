package org.jkeops.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The host merges of split parts, on the special values docs/FORMULAS.md specifies. */
class SplitMergeTest {
    @Test
    void logSumExpOfInfiniteParts() {
        float[] out = new float[4];
        SplitMerge.logSumExp(new float[][] {
            {Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN},
            {Float.POSITIVE_INFINITY, 1, 2, 0}}, out);
        assertArrayEquals(new float[] {Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, 2, Float.NaN}, out);
        double[] d = new double[1];
        SplitMerge.logSumExp(new double[][] {{Double.POSITIVE_INFINITY}, {Double.POSITIVE_INFINITY}}, d);
        assertEquals(Double.POSITIVE_INFINITY, d[0]);
    }

    @Test
    void logSumExpOfFiniteParts() {
        float[] out = new float[1];
        SplitMerge.logSumExp(new float[][] {{0}, {0}}, out);
        assertEquals((float) Math.log(2), out[0], 1e-7f);
    }

    @Test
    void argMinKeepsTheSmallerIndexOnTiesAndSkipsEmptyParts() {
        float[] out = new float[2];
        int[] idx = new int[2];
        SplitMerge.argMinMax(new float[][] {{1, Float.POSITIVE_INFINITY}, {1, 3}},
                new int[][] {{4, -1}, {9, 12}}, out, idx, false);
        assertArrayEquals(new float[] {1, 3}, out);
        assertArrayEquals(new int[] {4, 12}, idx);
    }

    @Test
    void anOutputThatIsAnInputIsRejected() {
        float[] a = new float[3];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Args.notAliased("K.f", "out", a, "x", a));
        assertEquals("K.f: @Out array out is the same array as input x; pass a separate output array", e.getMessage());
        Args.notAliased("K.f", "out", a, "x", new float[3]);
    }
}
