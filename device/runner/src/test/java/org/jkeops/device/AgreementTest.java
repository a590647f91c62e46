package org.jkeops.device;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The OpenCL-vs-SIMD comparison that keeps a wrong GPU kernel from producing a figure. */
class AgreementTest {
    @Test
    void sumsWithinRoundingAgree() {
        float[] simd = {1f, 2f, 3f};
        float[] cl = {1f, 2.000001f, 3f, 99f}; // rows past the SIMD prefix are not compared
        assertTrue(GpuBench.agreement(cl, simd, 3).startsWith("ok"), GpuBench.agreement(cl, simd, 3));
    }

    @Test
    void aWrongSumOrANanIsAMismatch() {
        float[] simd = {1f, 2f, 3f};
        assertTrue(GpuBench.agreement(new float[] {1f, 2.1f, 3f}, simd, 3).startsWith("MISMATCH"));
        assertTrue(GpuBench.agreement(new float[] {1f, Float.NaN, 3f}, simd, 3).startsWith("MISMATCH"));
    }

    @Test
    void neighbourSetsMayBeOrderedDifferentlyButNotDiffer() {
        int[] simd = new int[2 * 200];
        int[] same = new int[2 * 200];
        int[] wrong = new int[2 * 200];
        for (int r = 0; r < 200; r++) {
            simd[2 * r] = r;
            simd[2 * r + 1] = r + 1;
            same[2 * r] = r + 1; // same set, other order
            same[2 * r + 1] = r;
            wrong[2 * r] = r;
            wrong[2 * r + 1] = r < 10 ? r + 2 : r + 1; // 10 of 200 rows differ: over 1 %
        }
        assertTrue(GpuBench.agreement(same, simd, 200).startsWith("ok"));
        assertTrue(GpuBench.agreement(wrong, simd, 200).startsWith("MISMATCH"));
    }
}
