package org.jkeops.cluster;

import java.util.Arrays;

/**
 * The stable reordering of points by cluster label returned by {@link Clusters#sortClusters}:
 * new position {@code p} holds old point {@code permutation()[p]}, and points with equal labels
 * keep their original order. {@link #apply} reorders any per-point array (coordinates, weights,
 * signals) so that clusters are contiguous, as block-sparse ranges require; {@link #unapply}
 * scatters per-point results back to the caller's original order. Immutable.
 */
public final class Sorting {
    private final int[] permutation;
    private final int[] labels;

    private Sorting(int[] permutation, int[] labels) {
        this.permutation = permutation;
        this.labels = labels;
    }

    /**
     * Sorts by label: a counting sort when labels are dense (the usual case, labels in [0, C)
     * with C at most a few times the point count), else a stable merge sort.
     */
    static Sorting of(int[] labels) {
        if (labels == null) {
            throw new IllegalArgumentException("labels is null");
        }
        int max = Clusters.maxLabel(labels);
        int n = labels.length;
        int[] permutation = max <= 2L * n + 1024 ? countingSort(labels, max + 1)
                : IndexSort.sorted(n, (a, b) -> Integer.compare(labels[a], labels[b]));
        int[] sorted = new int[n];
        for (int p = 0; p < n; p++) {
            sorted[p] = labels[permutation[p]];
        }
        return new Sorting(permutation, sorted);
    }

    /**
     * A sorting computed elsewhere ({@link DenseGrid}): {@code labels} non-decreasing, {@code
     * labels[p]} the label of old point {@code permutation[p]}.
     */
    static Sorting sorted(int[] permutation, int[] labels) {
        return new Sorting(permutation, labels);
    }

    private static int[] countingSort(int[] labels, int clusters) {
        int[] next = new int[clusters + 1];
        for (int label : labels) {
            next[label + 1]++;
        }
        for (int c = 0; c < clusters; c++) {
            next[c + 1] += next[c];
        }
        int[] permutation = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            permutation[next[labels[i]]++] = i;
        }
        return permutation;
    }

    /** Number of points. */
    public int size() {
        return permutation.length;
    }

    /** A copy of the permutation: new position p holds old point {@code permutation()[p]}. */
    public int[] permutation() {
        return permutation.clone();
    }

    /** A copy of the labels in sorted (non-decreasing) order, ready for {@link Clusters#clusterRanges}. */
    public int[] labels() {
        return labels.clone();
    }

    /** A copy of row-major per-point data ({@code size() * dim} values) in sorted order. */
    public float[] apply(float[] a, int dim) {
        checkLength("a", a == null ? -1 : a.length, dim);
        float[] out = new float[a.length];
        for (int p = 0; p < permutation.length; p++) {
            System.arraycopy(a, permutation[p] * dim, out, p * dim, dim);
        }
        return out;
    }

    /** A copy of row-major per-point data ({@code size() * dim} values) in sorted order. */
    public double[] apply(double[] a, int dim) {
        checkLength("a", a == null ? -1 : a.length, dim);
        double[] out = new double[a.length];
        for (int p = 0; p < permutation.length; p++) {
            System.arraycopy(a, permutation[p] * dim, out, p * dim, dim);
        }
        return out;
    }

    /** A copy of row-major per-point data ({@code size() * dim} values) in sorted order. */
    public int[] apply(int[] a, int dim) {
        checkLength("a", a == null ? -1 : a.length, dim);
        int[] out = new int[a.length];
        for (int p = 0; p < permutation.length; p++) {
            System.arraycopy(a, permutation[p] * dim, out, p * dim, dim);
        }
        return out;
    }

    /** The inverse of {@link #apply(float[], int)}: sorted-order data back in the original order. */
    public float[] unapply(float[] a, int dim) {
        checkLength("a", a == null ? -1 : a.length, dim);
        float[] out = new float[a.length];
        for (int p = 0; p < permutation.length; p++) {
            System.arraycopy(a, p * dim, out, permutation[p] * dim, dim);
        }
        return out;
    }

    /** The inverse of {@link #apply(double[], int)}: sorted-order data back in the original order. */
    public double[] unapply(double[] a, int dim) {
        checkLength("a", a == null ? -1 : a.length, dim);
        double[] out = new double[a.length];
        for (int p = 0; p < permutation.length; p++) {
            System.arraycopy(a, p * dim, out, permutation[p] * dim, dim);
        }
        return out;
    }

    /** The inverse of {@link #apply(int[], int)}: sorted-order data back in the original order. */
    public int[] unapply(int[] a, int dim) {
        checkLength("a", a == null ? -1 : a.length, dim);
        int[] out = new int[a.length];
        for (int p = 0; p < permutation.length; p++) {
            System.arraycopy(a, p * dim, out, permutation[p] * dim, dim);
        }
        return out;
    }

    private void checkLength(String name, int length, int dim) {
        if (length < 0) {
            throw new IllegalArgumentException(name + " is null");
        }
        if (dim < 1) {
            throw new IllegalArgumentException("dim must be at least 1, got " + dim);
        }
        if (length != (long) permutation.length * dim) {
            throw new IllegalArgumentException(name + ": length " + length + ", expected points x dim = "
                    + permutation.length + " x " + dim);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sorting s && Arrays.equals(permutation, s.permutation) && Arrays.equals(labels, s.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(permutation) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "Sorting[" + permutation.length + " points]";
    }
}
