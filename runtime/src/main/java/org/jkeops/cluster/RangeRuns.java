package org.jkeops.cluster;

import java.util.Arrays;

/**
 * The reduction ranges of a cluster pattern, built one row cluster at a time from its kept
 * clusters: a kept cluster that starts where the previous one of the same row ends (adjacent in
 * the sorted order) extends that range instead of opening a new one, so the SIMD sweeps stay long
 * even when clusters are small. Shared by {@link KnnRanges} and {@link RadiusRanges}.
 */
final class RangeRuns {
    private final int[] clusterRanges;
    private int[] red;
    private int count;
    /** End of the current row's last range, -1 before its first kept cluster. */
    private int runEnd = -1;

    /**
     * @param clusterRanges flattened [start, end) of each cluster in the sorted points
     * @param capacity      the ranges expected (grown when exceeded)
     */
    RangeRuns(int[] clusterRanges, int capacity) {
        this.clusterRanges = clusterRanges;
        this.red = new int[2 * Math.max(1, capacity)];
    }

    /** Keeps cluster b for the current row. */
    void add(int b) {
        add(b, b + 1);
    }

    /** Keeps the consecutive clusters [first, end) for the current row, after those kept so far. */
    void add(int first, int endCluster) {
        int start = clusterRanges[2 * first];
        int end = clusterRanges[2 * endCluster - 1];
        if (runEnd == start) {
            red[2 * count - 1] = end; // adjacent in the sorted order: one longer sweep
        } else {
            if (2 * count + 2 > red.length) {
                red = Arrays.copyOf(red, Math.max(2 * count + 2, 2 * red.length));
            }
            red[2 * count] = start;
            red[2 * count + 1] = end;
            count++;
        }
        runEnd = end;
    }

    /** Ends the current row: returns its slice end (the ranges so far), and the next row starts a new run. */
    int endRow() {
        runEnd = -1;
        return count;
    }

    /** The ranges of all rows, flattened [start, end) pairs. */
    int[] redranges() {
        return Arrays.copyOf(red, 2 * count);
    }
}
