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

    /**
     * A part outweighed to w_p = 0 (its maximum 1,000 below another part's: exp underflows in
     * float64) still adds 0 times its values: NaN for a NaN or infinite value, as one pass gives
     * 0 * G for such terms; a finite value adds nothing.
     */
    @Test
    void softmaxKeepsTheNaNsOfOutweighedParts() {
        float[] out = new float[3];
        SplitMerge.softmax(new float[][] {{1, 1, 1}, {Float.NaN, Float.POSITIVE_INFINITY, 5}},
                new float[][] {{1000, 1, 1000, 1, 1000, 1}, {0, 1, 0, 1, 0, 1}}, out, 3);
        assertEquals(Float.NaN, out[0]);
        assertEquals(Float.NaN, out[1]);
        assertEquals(1f, out[2]);
        double[] d = new double[1];
        SplitMerge.softmax(new double[][] {{2}, {Double.NaN}}, new double[][] {{1000, 1}, {0, 1}}, d, 1);
        assertEquals(Double.NaN, d[0]);
    }

    /**
     * Weighted LOG_SUM_EXP parts as (m_p, s_p): a negative part (-2 at m = 0) and a positive one
     * (6 at m = 0) merge to log 4, where their finalized logs would be NaN and log 6; parts at
     * different maxima are rescaled (s = 1 at m = 1 and 1 at m = 0: log(e + 1)); empty parts
     * (-inf, 0) give -inf; a +inf maximum and a NaN sum carry through.
     */
    @Test
    void weightedLogSumExpMergesSignedSums() {
        float[] out = new float[5];
        float inf = Float.POSITIVE_INFINITY;
        SplitMerge.logSumExpSums(new float[][] {
            {0, -2, 1, 1, -inf, 0, inf, 2, 0, Float.NaN},
            {0, 6, 0, 1, -inf, 0, 3, 1, 0, 1}}, out);
        assertEquals((float) Math.log(4), out[0], 1e-6f);
        assertEquals((float) Math.log(Math.E + 1), out[1], 1e-6f);
        assertEquals(-inf, out[2]);
        assertEquals(inf, out[3]);
        assertEquals(Float.NaN, out[4]);
        double[] d = new double[2];
        // Partial companion rows (sums, then m) of width 2: one part is finalized too.
        SplitMerge.logSumExpPartials(new double[][] {{-2, 3, 0}}, d, 1);
        assertEquals(Double.NaN, d[0]);
        assertEquals(Math.log(3), d[1], 1e-15);
        SplitMerge.logSumExpPartials(new double[][] {{-2, 3, 0}, {6, 1, 0}}, d, 1);
        assertArrayEquals(new double[] {Math.log(4), Math.log(4)}, d, 1e-15);
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
