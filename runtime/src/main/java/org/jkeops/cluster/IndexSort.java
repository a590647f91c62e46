package org.jkeops.cluster;

/**
 * A stable sort of point indices by an arbitrary order, without boxing: the fallback when keys do
 * not fit a primitive array sort (grid cells of many dimensions, sparse labels).
 */
final class IndexSort {
    private IndexSort() {
    }

    /** An order on point indices. */
    @FunctionalInterface
    interface Order {
        int compare(int a, int b);
    }

    /** Indices 0 .. n-1 sorted by order; equal points keep their original order. */
    static int[] sorted(int n, Order order) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (long lo = 0; lo < n; lo += 2L * width) {
                int mid = (int) Math.min(lo + width, n);
                int hi = (int) Math.min(lo + 2L * width, n);
                merge(a, b, (int) lo, mid, hi, order);
            }
            int[] t = a;
            a = b;
            b = t;
            if (width > n / 2) {
                break;
            }
        }
        return a;
    }

    private static void merge(int[] from, int[] to, int lo, int mid, int hi, Order order) {
        int l = lo;
        int r = mid;
        for (int k = lo; k < hi; k++) {
            if (r >= hi || (l < mid && order.compare(from[l], from[r]) <= 0)) {
                to[k] = from[l++];
            } else {
                to[k] = from[r++];
            }
        }
    }
}
