package org.jkeops.runtime.internal;

/**
 * The K smallest values seen so far, per component, with their indices: the state of the K_MIN
 * reductions in scalar code. Layout of one row: {@code values[k * dim + c]}, ascending in k.
 * Entries are ordered by (value, index), so ties keep the smaller index first whatever the order
 * of the offers (a block-sparse SIMD kernel offers its tails after later vector parts); NaN is
 * never inserted; unfilled slots hold +inf and -1.
 */
public final class KSmallest {
    private KSmallest() {
    }

    /** Resets one row of state to the neutral value. */
    public static void reset(float[] values, int[] indices, int[] counts) {
        java.util.Arrays.fill(values, Float.POSITIVE_INFINITY);
        java.util.Arrays.fill(indices, -1);
        java.util.Arrays.fill(counts, 0);
    }

    public static void reset(double[] values, int[] indices, int[] counts) {
        java.util.Arrays.fill(values, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(indices, -1);
        java.util.Arrays.fill(counts, 0);
    }

    /** Offers value v with index j to component c. */
    public static void offer(float[] values, int[] indices, int[] counts, int k, int dim, int c,
            float v, int j) {
        int n = counts[c];
        if (v != v || (n == k && !before(v, j, values[(k - 1) * dim + c], indices[(k - 1) * dim + c]))) {
            return;
        }
        int p = n < k ? n : k - 1;
        while (p > 0 && before(v, j, values[(p - 1) * dim + c], indices[(p - 1) * dim + c])) {
            values[p * dim + c] = values[(p - 1) * dim + c];
            indices[p * dim + c] = indices[(p - 1) * dim + c];
            p--;
        }
        values[p * dim + c] = v;
        indices[p * dim + c] = j;
        if (n < k) {
            counts[c] = n + 1;
        }
    }

    public static void offer(double[] values, int[] indices, int[] counts, int k, int dim, int c,
            double v, int j) {
        int n = counts[c];
        if (v != v || (n == k && !before(v, j, values[(k - 1) * dim + c], indices[(k - 1) * dim + c]))) {
            return;
        }
        int p = n < k ? n : k - 1;
        while (p > 0 && before(v, j, values[(p - 1) * dim + c], indices[(p - 1) * dim + c])) {
            values[p * dim + c] = values[(p - 1) * dim + c];
            indices[p * dim + c] = indices[(p - 1) * dim + c];
            p--;
        }
        values[p * dim + c] = v;
        indices[p * dim + c] = j;
        if (n < k) {
            counts[c] = n + 1;
        }
    }

    /** Whether (v, j) comes before (w, i): a smaller value, or the same value and a smaller index. */
    private static boolean before(float v, int j, float w, int i) {
        return v < w || (v == w && j < i);
    }

    private static boolean before(double v, int j, double w, int i) {
        return v < w || (v == w && j < i);
    }
}
