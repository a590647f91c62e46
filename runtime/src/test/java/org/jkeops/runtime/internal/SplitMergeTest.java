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

    /**
     * SUM_SOFTMAX_WEIGHT parts: values weighed by z exp(m - max m). Row 0: terms v = 0 and
     * log 3 with weights 1 and 2 in two parts, whose one-pass result is (1 + 3 * 2) / (1 + 3) = 7/4.
     * Row 1: two parts whose maximum is +inf count their +inf terms once each ((2 * 5 + 1 * 8) / 3);
     * row 2: no part saw a term (0); row 3: a part saw NaN (NaN).
     */
    @Test
    void softmaxWeighsPartsByTheirNormalisers() {
        float[] out = new float[4];
        float inf = Float.POSITIVE_INFINITY;
        SplitMerge.softmax(new float[][] {{1, 5, 0, 1}, {2, 8, 0, Float.NaN}},
                new float[][] {{0, 1, inf, 2, Float.NEGATIVE_INFINITY, 0, 0, 1}, {(float) Math.log(3), 1, inf, 1,
                    Float.NEGATIVE_INFINITY, 0, 1, Float.NaN}}, out, 4);
        assertEquals(1.75f, out[0], 1e-6f);
        assertEquals(6f, out[1], 1e-6f);
        assertEquals(0f, out[2]);
        assertEquals(Float.NaN, out[3]);
        double[] d = new double[2];
        SplitMerge.softmax(new double[][] {{1, 3}, {2, 4}}, new double[][] {{0, 1}, {0, 1}}, d, 1);
        assertArrayEquals(new double[] {1.5, 3.5}, d, 1e-15);
    }

    /** float32 parts of a DOUBLE-scheme sum: 1 + 2^-24 + 2^-24 is 1 + 2^-23 in float64, but 1 added in float. */
    @Test
    void sumInDoubleAddsFloatPartsInFloat64AndRoundsOnce() {
        float[] out = new float[2];
        float tiny = (float) Math.scalb(1.0, -24);
        SplitMerge.sumInDouble(new float[][] {{1, 0.5f}, {tiny, 0.25f}, {tiny, 0.25f}}, out);
        assertArrayEquals(new float[] {1 + 2 * tiny, 1}, out);
        float[] inFloat = new float[2];
        SplitMerge.sum(new float[][] {{1, 0.5f}, {tiny, 0.25f}, {tiny, 0.25f}}, inFloat);
        assertEquals(1f, inFloat[0], "float addition loses both halves of an ulp");
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
