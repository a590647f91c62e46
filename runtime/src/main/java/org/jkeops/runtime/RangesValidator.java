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
