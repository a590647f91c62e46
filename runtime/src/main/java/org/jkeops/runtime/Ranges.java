package org.jkeops.runtime;

import java.util.Arrays;
import org.jkeops.runtime.internal.RangeBlocks;

/**
 * Block-sparsity pattern of a reduction, in KeOps' six-array format {@code (rangesI, slicesI,
 * redrangesJ, rangesJ, slicesJ, redrangesI)}.
 *
 * <p>Range arrays are flattened {@code [start, end)} pairs (two ints per range). A slices array
 * holds cumulative ends with an implicit leading 0: i-range {@code c} is reduced against the
 * {@code redrangesJ} pairs number {@code slicesI[c-1] .. slicesI[c]-1} (with {@code slicesI[-1] =
 * 0}); the j-half is symmetric (j-range {@code c} against {@code redrangesI} pairs {@code
 * slicesJ[c-1] .. slicesJ[c]-1}). A reduction over j uses the i-half, a reduction over i the
 * j-half; KeOps asks for both so that one object serves a formula and its gradient.
 *
 * <p>The constructor checks only the structure (lengths and slices), because bounds depend on
 * M and N, which are known at the call: {@link #validate(String, int, int)} checks those, and
 * {@link #blocksOverJ}/{@link #blocksOverI} validate before they build the {@link RangeBlocks}
 * sweep plan that kernels walk. Instances are immutable and safe to share between threads.
 */
public final class Ranges {
    /** The most [start, end) pairs an array of reduction ranges holds (2 ints each; see Clusters). */
    private static final int MAX_PAIRS = (Integer.MAX_VALUE - 8) / 2;

    private final int[] rangesI;
    private final int[] slicesI;
    private final int[] redrangesJ;
    private final int[] rangesJ;
    private final int[] slicesJ;
    private final int[] redrangesI;

    /**
     * The last plans built, one per reduction axis: a solver calls the same kernel thousands of
     * times with the same ranges and sizes, and must not re-validate and rebuild each time.
     */
    private volatile CachedPlan overJ;
    private volatile CachedPlan overI;

    /** An immutable (m, n, plan) triple, published through a volatile field. */
    private record CachedPlan(int m, int n, RangeBlocks blocks) {
        boolean matches(int m, int n) {
            return this.m == m && this.n == n;
        }
    }

    /**
     * Copies the six arrays and checks their structure.
     *
     * @throws IllegalArgumentException naming the array when one is null, a range array has an
     *     odd length, a slices array has not one entry per range of its half, or its entries are
     *     negative, decreasing, or do not end at the number of red-range pairs
     */
    public Ranges(int[] rangesI, int[] slicesI, int[] redrangesJ, int[] rangesJ, int[] slicesJ, int[] redrangesI) {
        this.rangesI = pairsCopy("rangesI", rangesI);
        this.redrangesJ = pairsCopy("redrangesJ", redrangesJ);
        this.slicesI = slicesCopy("slicesI", slicesI, "rangesI", this.rangesI, "redrangesJ", this.redrangesJ);
        this.rangesJ = pairsCopy("rangesJ", rangesJ);
        this.redrangesI = pairsCopy("redrangesI", redrangesI);
        this.slicesJ = slicesCopy("slicesJ", slicesJ, "rangesJ", this.rangesJ, "redrangesI", this.redrangesI);
    }

    private static int[] pairsCopy(String name, int[] pairs) {
        if (pairs == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException(name + ": length " + pairs.length
                    + " is odd, expected flattened [start, end) pairs");
        }
        return pairs.clone();
    }

    private static int[] slicesCopy(String name, int[] slices, String rangesName, int[] ranges,
                                    String redName, int[] redranges) {
        if (slices == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        int count = ranges.length / 2;
        if (slices.length != count) {
            throw new IllegalArgumentException(name + ": length " + slices.length + ", expected one entry per "
                    + rangesName + " range (" + count + ")");
        }
        int previous = 0;
        for (int c = 0; c < slices.length; c++) {
            if (slices[c] < previous) {
                throw new IllegalArgumentException(name + "[" + c + "] = " + slices[c]
                        + (c == 0 ? " is negative" : " < " + name + "[" + (c - 1) + "] = " + previous)
                        + ": slices are cumulative ends and must not decrease");
            }
            previous = slices[c];
        }
        int pairs = redranges.length / 2;
        if (previous != pairs) {
            throw new IllegalArgumentException(name + ": last slice is " + previous + ", expected the number of "
                    + redName + " pairs (" + pairs + ")");
        }
        return slices.clone();
    }

    /**
     * The pattern that keeps the cluster pairs {@code (ci, cj)} with {@code keep[ci * Nc + cj]},
     * exactly as KeOps' {@code from_matrix}: for each i-cluster the j-ranges of its kept columns,
     * columns ascending, and for each j-cluster the i-ranges of its kept rows, rows ascending.
     *
     * @param rangesI Mc flattened [start, end) pairs of the i-clusters
     * @param rangesJ Nc flattened [start, end) pairs of the j-clusters
     * @param keep row-major Mc × Nc mask of the cluster pairs to compute
     */
    public static Ranges fromMatrix(int[] rangesI, int[] rangesJ, boolean[] keep) {
        int[] ri = pairsCopy("rangesI", rangesI);
        int[] rj = pairsCopy("rangesJ", rangesJ);
        if (keep == null) {
            throw new IllegalArgumentException("keep is null");
        }
        int mc = ri.length / 2;
        int nc = rj.length / 2;
        if (keep.length != (long) mc * nc) {
            throw new IllegalArgumentException("keep: length " + keep.length + ", expected Mc x Nc = "
                    + mc + " x " + nc + " (one entry per pair of i-cluster and j-cluster, row-major)");
        }
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        if (kept > MAX_PAIRS) {
            throw new IllegalArgumentException("keep: " + kept + " kept cluster pairs need " + 2L * kept
                    + " entries in each half's reduction ranges, more than an array holds (at most " + MAX_PAIRS
                    + " pairs); use larger clusters");
        }
        int[] slicesI = new int[mc];
        int[] redrangesJ = new int[2 * kept];
        int p = 0;
        for (int ci = 0; ci < mc; ci++) {
            for (int cj = 0; cj < nc; cj++) {
                if (keep[ci * nc + cj]) {
                    redrangesJ[2 * p] = rj[2 * cj];
                    redrangesJ[2 * p + 1] = rj[2 * cj + 1];
                    p++;
                }
            }
            slicesI[ci] = p;
        }
        int[] slicesJ = new int[nc];
        int[] redrangesI = new int[2 * kept];
        p = 0;
        for (int cj = 0; cj < nc; cj++) {
            for (int ci = 0; ci < mc; ci++) {
                if (keep[ci * nc + cj]) {
                    redrangesI[2 * p] = ri[2 * ci];
                    redrangesI[2 * p + 1] = ri[2 * ci + 1];
                    p++;
                }
            }
            slicesJ[cj] = p;
        }
        return new Ranges(ri, slicesI, redrangesJ, rj, slicesJ, redrangesI);
    }

    /**
     * The i-half and j-half exchanged, as KeOps' {@code swap_axes}: what the transposed problem
     * uses, e.g. a reduction over i written as a reduction over j of swapped variables.
     */
    public Ranges swapAxes() {
        return new Ranges(rangesJ, slicesJ, redrangesI, rangesI, slicesI, redrangesJ);
    }

    /** A copy of the i-ranges (flattened pairs). */
    public int[] rangesI() {
        return rangesI.clone();
    }

    /** A copy of the cumulative ends into {@link #redrangesJ()}, one per i-range. */
    public int[] slicesI() {
        return slicesI.clone();
    }

    /** A copy of the j-ranges each i-range is reduced against (flattened pairs). */
    public int[] redrangesJ() {
        return redrangesJ.clone();
    }

    /** A copy of the j-ranges (flattened pairs). */
    public int[] rangesJ() {
        return rangesJ.clone();
    }

    /** A copy of the cumulative ends into {@link #redrangesI()}, one per j-range. */
    public int[] slicesJ() {
        return slicesJ.clone();
    }

    /** A copy of the i-ranges each j-range is reduced against (flattened pairs). */
    public int[] redrangesI() {
        return redrangesI.clone();
    }

    /** {@link #validate(String, int, int)} with the parameter name {@code "ranges"}. */
    public void validate(int m, int n) {
        validate("ranges", m, n);
    }

    /**
     * Checks the pattern against M rows and N columns, before any kernel trusts it: every i pair
     * ({@code rangesI}, {@code redrangesI}) within [0, m] and every j pair ({@code rangesJ},
     * {@code redrangesJ}) within [0, n] with start &lt;= end; {@code rangesI} and {@code rangesJ}
     * sorted and non-overlapping (a row in two ranges would be reduced twice into the same
     * output); within one slice, red-ranges not overlapping each other (a pair would be
     * counted twice); and the two halves describing the same pairs, as far as their pair counts
     * and sums of i, j and i·j tell (a reduction over j reads the i-half, its gradient with
     * respect to a j-variable the j-half).
     *
     * @param parameter the name of the argument, which every message starts with
     * @throws IllegalArgumentException naming the array, the index and the values seen
     */
    public void validate(String parameter, int m, int n) {
        RangesValidator.validate(parameter, m, n, rangesI, slicesI, redrangesJ, rangesJ, slicesJ, redrangesI);
    }

    /**
     * Number of (i, j) pairs a reduction over j visits: for each i-range, its rows times the
     * total length of its red-ranges. Meaningful once {@linkplain #validate validated}.
     */
    public long pairsOverJ() {
        return pairs(rangesI, slicesI, redrangesJ);
    }

    /** Number of (i, j) pairs a reduction over i visits (the j-half's count). */
    public long pairsOverI() {
        return pairs(rangesJ, slicesJ, redrangesI);
    }

    private static long pairs(int[] ranges, int[] slices, int[] redranges) {
        long total = 0;
        int from = 0;
        for (int c = 0; c < slices.length; c++) {
            long width = 0;
            for (int k = from; k < slices[c]; k++) {
                width += redranges[2 * k + 1] - redranges[2 * k];
            }
            total += (long) (ranges[2 * c + 1] - ranges[2 * c]) * width;
            from = slices[c];
        }
        return total;
    }

    /**
     * Validates against (m, n) and returns the plan a reduction over j walks: rows are i in
     * [0, m), columns j in [0, n), built from the i-half. The last plan is cached, so repeated
     * calls with the same sizes cost a field read.
     *
     * @param parameter the argument name that error messages start with
     */
    public RangeBlocks blocksOverJ(String parameter, int m, int n) {
        CachedPlan cached = overJ;
        if (cached != null && cached.matches(m, n)) {
            return cached.blocks();
        }
        validate(parameter, m, n);
        RangeBlocks blocks = RangeBlocks.of(rangesI, slicesI, redrangesJ, m, n);
        overJ = new CachedPlan(m, n, blocks);
        return blocks;
    }

    /**
     * Validates against (m, n) and returns the plan a reduction over i walks: rows are j in
     * [0, n), columns i in [0, m), built from the j-half. Cached like {@link #blocksOverJ}.
     *
     * @param parameter the argument name that error messages start with
     */
    public RangeBlocks blocksOverI(String parameter, int m, int n) {
        CachedPlan cached = overI;
        if (cached != null && cached.matches(m, n)) {
            return cached.blocks();
        }
        validate(parameter, m, n);
        RangeBlocks blocks = RangeBlocks.of(rangesJ, slicesJ, redrangesI, n, m);
        overI = new CachedPlan(m, n, blocks);
        return blocks;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ranges r
                && Arrays.equals(rangesI, r.rangesI) && Arrays.equals(slicesI, r.slicesI)
                && Arrays.equals(redrangesJ, r.redrangesJ) && Arrays.equals(rangesJ, r.rangesJ)
                && Arrays.equals(slicesJ, r.slicesJ) && Arrays.equals(redrangesI, r.redrangesI);
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(rangesI);
        h = 31 * h + Arrays.hashCode(slicesI);
        h = 31 * h + Arrays.hashCode(redrangesJ);
        h = 31 * h + Arrays.hashCode(rangesJ);
        h = 31 * h + Arrays.hashCode(slicesJ);
        return 31 * h + Arrays.hashCode(redrangesI);
    }

    @Override
    public String toString() {
        return "Ranges[" + rangesI.length / 2 + " i-ranges with " + redrangesJ.length / 2 + " j red-ranges, "
                + rangesJ.length / 2 + " j-ranges with " + redrangesI.length / 2 + " i red-ranges]";
    }
}
