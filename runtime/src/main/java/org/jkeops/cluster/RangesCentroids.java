package org.jkeops.cluster;

import java.util.Arrays;

/**
 * What {@link Clusters#clusterRangesCentroids(float[], int, int[])} returns, as KeOps' {@code
 * cluster_ranges_centroids}: per cluster its [start, end) range in the label-sorted points
 * (flattened), its centroid (row-major clusters × dim) and its total weight (the point count when
 * unweighted). The arrays are the result's own, not copies. {@link DoubleRangesCentroids} is the
 * float64 counterpart.
 */
public record RangesCentroids(int[] ranges, float[] centroids, float[] weights) {
    /** Number of clusters. */
    public int clusters() {
        return weights.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RangesCentroids r && Arrays.equals(ranges, r.ranges)
                && Arrays.equals(centroids, r.centroids) && Arrays.equals(weights, r.weights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(ranges) + Arrays.hashCode(centroids)) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "RangesCentroids[" + clusters() + " clusters, " + centroids.length + " centroid values]";
    }
}
