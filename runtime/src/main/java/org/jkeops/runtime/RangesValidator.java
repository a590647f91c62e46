package org.jkeops.runtime;

import java.util.Arrays;

/**
 * The bounds and overlap checks of {@link Ranges#validate(String, int, int)}, kept apart from the
 * data class. Every message starts with the parameter name, then names the array, the pair index,
 * the values and the size they were checked against, so that a wrong pattern is found from the
 * message alone.
 */
final class RangesValidator {
    private RangesValidator() {
    }

    static void validate(String parameter, int m, int n, int[] rangesI, int[] slicesI, int[] redrangesJ,
                         int[] rangesJ, int[] slicesJ, int[] redrangesI) {
        if (m < 0 || n < 0) {
            throw new IllegalArgumentException(parameter + ": sizes must be non-negative, got M = " + m + ", N = " + n);
        }
        inBounds(parameter, "rangesI", rangesI, "M", m);
        inBounds(parameter, "redrangesI", redrangesI, "M", m);
        inBounds(parameter, "rangesJ", rangesJ, "N", n);
        inBounds(parameter, "redrangesJ", redrangesJ, "N", n);
        sortedDisjoint(parameter, "rangesI", rangesI);
        sortedDisjoint(parameter, "rangesJ", rangesJ);
        disjointWithinSlices(parameter, "redrangesJ", redrangesJ, "slicesI", slicesI, "i-range");
        disjointWithinSlices(parameter, "redrangesI", redrangesI, "slicesJ", slicesJ, "j-range");
        sameCells(parameter, rangesI, slicesI, redrangesJ, rangesJ, slicesJ, redrangesI);
    }

    /**
     * The two halves describe the same pairs: a reduction over j reads the i-half, one over i (a
     * gradient with respect to a j-variable) the j-half, so halves that disagree give a forward
     * result and a gradient of different patterns, silently (an empty j-half made the gradient 0).
     * Comparing the pair sets exactly would cost a sweep over the pairs; instead each half's sums
     * of 1, i, j and i·j over its pairs are compared, in O(ranges) from the rectangles' closed
     * forms. Equal sets give equal sums (arithmetic modulo 2^64 included), so a difference proves
     * the halves disagree; a disagreement these four sums miss would need a contrived pattern.
     */
    private static void sameCells(String parameter, int[] rangesI, int[] slicesI, int[] redrangesJ,
                                  int[] rangesJ, int[] slicesJ, int[] redrangesI) {
        long[] overJ = moments(rangesI, slicesI, redrangesJ, false);
        long[] overI = moments(rangesJ, slicesJ, redrangesI, true);
        if (!Arrays.equals(overJ, overI)) {
            String detail = overJ[0] != overI[0]
                    ? "the i-half (rangesI, slicesI, redrangesJ) keeps " + overJ[0] + " pairs and the j-half"
                            + " (rangesJ, slicesJ, redrangesI) " + overI[0]
                    : "the i-half (rangesI, slicesI, redrangesJ) and the j-half (rangesJ, slicesJ, redrangesI) both keep "
                            + overJ[0] + " pairs, but not the same ones";
            throw new IllegalArgumentException(parameter + ": " + detail + "; the two halves must describe the same"
                    + " pairs (the j-half is the i-half transposed: reductions over j read one, reductions over i"
                    + " and gradients the other; Ranges.fromMatrix builds both from one mask)");
        }
    }

    /**
     * {count, sum of i, sum of j, sum of i·j} over the pairs of one half, modulo 2^64; for the
     * j-half ({@code transposed}) its ranges are columns and its red-ranges rows.
     */
    private static long[] moments(int[] ranges, int[] slices, int[] redranges, boolean transposed) {
        long count = 0;
        long sumI = 0;
        long sumJ = 0;
        long sumIJ = 0;
        int from = 0;
        for (int c = 0; c < slices.length; c++) {
            long outer = ranges[2 * c + 1] - ranges[2 * c];
            long outerSum = sumOf(ranges[2 * c], ranges[2 * c + 1]);
            for (int k = from; k < slices[c]; k++) {
                long inner = redranges[2 * k + 1] - redranges[2 * k];
                long innerSum = sumOf(redranges[2 * k], redranges[2 * k + 1]);
                count += outer * inner;
                long rows = transposed ? inner : outer;
                long rowSum = transposed ? innerSum : outerSum;
                long cols = transposed ? outer : inner;
                long colSum = transposed ? outerSum : innerSum;
                sumI += rowSum * cols;
                sumJ += colSum * rows;
                sumIJ += rowSum * colSum;
            }
            from = slices[c];
        }
        return new long[] {count, sumI, sumJ, sumIJ};
    }

    /** start + (start + 1) + ... + (end - 1), exact: both are below 2^31, so end * (end - 1) fits. */
    private static long sumOf(int start, int end) {
        return ((long) end * (end - 1) - (long) start * (start - 1)) / 2;
    }

    /** Every pair satisfies 0 &lt;= start &lt;= end &lt;= size. */
    private static void inBounds(String parameter, String name, int[] pairs, String sizeName, int size) {
        for (int k = 0; k < pairs.length / 2; k++) {
            int start = pairs[2 * k];
            int end = pairs[2 * k + 1];
            if (start < 0 || end > size) {
                throw new IllegalArgumentException(parameter + ": " + name + " pair " + k + " = " + pair(start, end)
                        + " is outside [0, " + sizeName + "] with " + sizeName + " = " + size);
            }
            if (start > end) {
                throw new IllegalArgumentException(parameter + ": " + name + " pair " + k + " = " + pair(start, end)
                        + " has start > end");
            }
        }
    }

    /** Pair k+1 starts at or after the end of pair k: no output row is reduced twice. */
    private static void sortedDisjoint(String parameter, String name, int[] pairs) {
        for (int k = 1; k < pairs.length / 2; k++) {
            if (pairs[2 * k] < pairs[2 * k - 1]) {
                throw new IllegalArgumentException(parameter + ": " + name + " pair " + k + " = "
                        + pair(pairs[2 * k], pairs[2 * k + 1]) + " starts before the end of pair " + (k - 1) + " = "
                        + pair(pairs[2 * k - 2], pairs[2 * k - 1]) + "; ranges must be sorted and must not overlap");
            }
        }
    }

    /**
     * Within one slice, the non-empty red-ranges do not overlap: checked on a sorted copy of the
     * slice, so the given order (which kernels keep) may be arbitrary.
     */
    private static void disjointWithinSlices(String parameter, String name, int[] redranges, String slicesName,
                                             int[] slices, String owner) {
        int from = 0;
        for (int c = 0; c < slices.length; c++) {
            int to = slices[c];
            if (to - from > 1) {
                checkSlice(parameter, name, redranges, from, to, slicesName, c, owner);
            }
            from = to;
        }
    }

    private static void checkSlice(String parameter, String name, int[] redranges, int from, int to,
                                   String slicesName, int c, String owner) {
        if (ascendingDisjoint(redranges, from, to)) {
            return; // the usual order (patterns built cluster by cluster): no sort needed
        }
        long[] byStart = new long[to - from];
        int count = 0;
        for (int k = from; k < to; k++) {
            if (redranges[2 * k] < redranges[2 * k + 1]) {
                // start in the high word (non-negative after inBounds), pair index in the low word
                byStart[count++] = ((long) redranges[2 * k] << 32) | k;
            }
        }
        Arrays.sort(byStart, 0, count);
        for (int s = 1; s < count; s++) {
            int previous = (int) byStart[s - 1];
            int current = (int) byStart[s];
            if (redranges[2 * current] < redranges[2 * previous + 1]) {
                int a = Math.min(previous, current);
                int b = Math.max(previous, current);
                throw new IllegalArgumentException(parameter + ": " + name + " pairs " + a + " = "
                        + pair(redranges[2 * a], redranges[2 * a + 1]) + " and " + b + " = "
                        + pair(redranges[2 * b], redranges[2 * b + 1]) + " overlap within the slice of " + owner
                        + " " + c + " (" + slicesName + "), so their common pairs would be reduced twice");
            }
        }
    }

    /** Whether the non-empty pairs [from, to) each start at or after the end of the previous non-empty one. */
    private static boolean ascendingDisjoint(int[] redranges, int from, int to) {
        int end = Integer.MIN_VALUE;
        for (int k = from; k < to; k++) {
            int start = redranges[2 * k];
            if (start < redranges[2 * k + 1]) {
                if (start < end) {
                    return false;
                }
                end = redranges[2 * k + 1];
            }
        }
        return true;
    }

    private static String pair(int start, int end) {
        return "[" + start + ", " + end + ")";
    }
}
