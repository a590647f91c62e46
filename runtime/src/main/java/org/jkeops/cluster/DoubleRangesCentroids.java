package org.jkeops.cluster;

import java.util.Arrays;

/**
 * What {@link Clusters#clusterRangesCentroids(double[], int, int[])} returns, as KeOps' {@code
 * cluster_ranges_centroids}: per cluster its [start, end) range in the label-sorted points
 * (flattened), its centroid (row-major clusters × dim) and its total weight (the point count when
 * unweighted). The arrays are the result's own, not copies. {@link RangesCentroids} is the
 * float32 counterpart.
 */
public record DoubleRangesCentroids(int[] ranges, double[] centroids, double[] weights) {
    /** Number of clusters. */
    public int clusters() {
        return weights.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DoubleRangesCentroids r && Arrays.equals(ranges, r.ranges)
                && Arrays.equals(centroids, r.centroids) && Arrays.equals(weights, r.weights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(ranges) + Arrays.hashCode(centroids)) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "DoubleRangesCentroids[" + clusters() + " clusters, " + centroids.length + " centroid values]";
    }
}
