package org.jkeops.cluster;

import java.util.function.IntToDoubleFunction;

/**
 * Per-cluster weighted sums behind {@link Clusters#clusterCentroids}, accumulated in double for
 * both precisions so that large clusters of float points keep their accuracy.
 */
final class Centroids {
    /** Row-major clusters × dim weighted coordinate sums. */
    final double[] sums;
    /** Total weight of each cluster. */
    final double[] totals;
    final int dim;

    private Centroids(int clusters, int dim) {
        this.sums = new double[clusters * dim]; // fits: Clusters.labelCount checked it
        this.totals = new double[clusters];
        this.dim = dim;
    }

    /**
     * Accumulates points into their clusters.
     *
     * @param x coordinate k of the row-major points
     * @param weight weight of point i, or null for weight 1
     */
    static Centroids accumulate(IntToDoubleFunction x, int n, int dim, int[] labels, IntToDoubleFunction weight) {
        Centroids c = new Centroids(Clusters.labelCount(labels, dim, "the centroids"), dim);
        for (int i = 0; i < n; i++) {
            double w = weight == null ? 1 : weight.applyAsDouble(i);
            int base = labels[i] * dim;
            for (int d = 0; d < dim; d++) {
                c.sums[base + d] += w * x.applyAsDouble(i * dim + d);
            }
            c.totals[labels[i]] += w;
        }
        return c;
    }

    /** Centroid coordinate k (cluster k / dim): the weighted mean, or 0 for a cluster of zero weight. */
    double mean(int k) {
        double total = totals[k / dim];
        return total == 0 ? 0 : sums[k] / total;
    }

    float[] floatCentroids() {
        float[] out = new float[sums.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (float) mean(k);
        }
        return out;
    }

    double[] doubleCentroids() {
        double[] out = new double[sums.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = mean(k);
        }
        return out;
    }

    float[] floatTotals() {
        float[] out = new float[totals.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = (float) totals[c];
        }
        return out;
    }

    double[] doubleTotals() {
        return totals.clone();
    }
}
