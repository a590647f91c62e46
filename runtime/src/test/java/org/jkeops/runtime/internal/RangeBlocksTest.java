package org.jkeops.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jkeops.runtime.Ranges;
import org.jkeops.runtime.RangesTest;
import org.junit.jupiter.api.Test;

class RangeBlocksTest {
    private static final int[] NONE = {};

    @Test
    void denseIsOneBlockOverAllColumns() {
        RangeBlocks d = RangeBlocks.dense(5, 7);
        assertEquals(1, d.blocks());
        assertArrayEquals(new int[] {0, 5}, d.bounds());
        assertArrayEquals(new int[] {0, 1}, d.slices());
        assertArrayEquals(new int[] {0, 7}, d.intervals());
        assertEquals(35, d.pairs());
        assertEquals(35, d.pairs(0));

        RangeBlocks noCols = RangeBlocks.dense(5, 0);
        assertEquals(1, noCols.blocks());
        assertArrayEquals(new int[] {0, 0}, noCols.slices());
        assertEquals(0, noCols.intervals().length);
        assertEquals(0, noCols.pairs());

        RangeBlocks noRows = RangeBlocks.dense(0, 3);
        assertEquals(0, noRows.blocks());
        assertArrayEquals(new int[] {0}, noRows.bounds());
        assertArrayEquals(new int[] {0}, noRows.slices());
        assertEquals(0, noRows.lookup(4).length);
        assertArrayEquals(new int[] {0}, noRows.balancedCuts(3));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RangeBlocks.dense(-1, 2));
        assertTrue(e.getMessage().contains("rows = -1"), e.getMessage());
    }

    @Test
    void gapsAndEmptyClustersBecomeBlocksWithoutIntervals() {
        // rows 10: i-ranges [2, 4), [4, 4) (empty), [6, 9); columns 10
        Ranges r = iHalf(new int[] {2, 4, 4, 4, 6, 9}, new int[] {4, 5, 5},
                new int[] {0, 2, 2, 5, 7, 7, 8, 9, 0, 10});
        RangeBlocks b = r.blocksOverJ("r", 10, 10);
        assertArrayEquals(new int[] {0, 2, 4, 6, 9, 10}, b.bounds());
        // [0, 2) gap; [2, 4) over [0, 5) (merged) and [8, 9); [4, 6) gap; [6, 9) no red-range; [9, 10) gap
        assertArrayEquals(new int[] {0, 0, 2, 2, 2, 2}, b.slices());
        assertArrayEquals(new int[] {0, 5, 8, 9}, b.intervals());
        assertEquals(2 * 6, b.pairs());
        assertEquals(0, b.pairs(0));
        assertEquals(12, b.pairs(1));
        assertEquals(r.pairsOverJ(), b.pairs());
        assertThrows(IndexOutOfBoundsException.class, () -> b.pairs(5));
    }

    @Test
    void noRangesMakeOneEmptyBlockOverAllRows() {
        Ranges r = iHalf(NONE, NONE, NONE);
        RangeBlocks b = r.blocksOverJ("r", 7, 3);
        assertEquals(1, b.blocks());
        assertArrayEquals(new int[] {0, 7}, b.bounds());
        assertArrayEquals(new int[] {0, 0}, b.slices());
        assertEquals(0, b.pairs());
        assertEquals(0, r.blocksOverI("r", 0, 0).blocks());
    }

    @Test
    void intervalsAreSortedByStartThenTouchingOnesMerge() {
        // Given [3, 5), [0, 3), [6, 8), [5, 6), [8, 9) and an empty [2, 2): sorted they all touch,
        // so one sweep [0, 9); [10, 12) stays apart.
        Ranges r = iHalf(new int[] {0, 1}, new int[] {7},
                new int[] {3, 5, 0, 3, 6, 8, 5, 6, 8, 9, 2, 2, 10, 12});
        RangeBlocks b = r.blocksOverJ("r", 1, 12);
        assertArrayEquals(new int[] {0, 9, 10, 12}, b.intervals());
        assertEquals(11, b.pairs());
    }

    @Test
    void randomPatternsVisitExactlyTheirPairs() {
        Random rnd = new Random(2024);
        for (int trial = 0; trial < 400; trial++) {
            int rows = rnd.nextInt(30);
            int cols = rnd.nextInt(30);
            Ranges r = randomRanges(rnd, rows, cols);
            RangeBlocks b = r.blocksOverJ("r", rows, cols);
            checkStructure(b, rows, cols);
            boolean[][] expected = pairsOfHalf(r.rangesI(), r.slicesI(), r.redrangesJ(), rows, cols);
            assertEquals(countTrue(expected), r.pairsOverJ());
            checkVisits(b, expected);
            checkBlocksFollowRanges(b, r.rangesI());
        }
    }

    @Test
    void fromMatrixPlansVisitTheMaskPairsInBothDirections() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int mc = rnd.nextInt(6);
            int nc = rnd.nextInt(6);
            int[] ri = RangesTest.randomClusterRanges(rnd, mc);
            int[] rj = RangesTest.randomClusterRanges(rnd, nc);
            boolean[] keep = new boolean[mc * nc];
            double density = rnd.nextDouble();
            for (int k = 0; k < keep.length; k++) {
                keep[k] = rnd.nextDouble() < density;
            }
            // extra rows / columns after the clusters are covered by no range
            int m = (mc == 0 ? 0 : ri[2 * mc - 1]) + rnd.nextInt(3);
            int n = (nc == 0 ? 0 : rj[2 * nc - 1]) + rnd.nextInt(3);
            Ranges r = Ranges.fromMatrix(ri, rj, keep);
            boolean[][] mask = new boolean[m][n];
            for (int a = 0; a < mc; a++) {
                for (int c = 0; c < nc; c++) {
                    if (keep[a * nc + c]) {
                        for (int i = ri[2 * a]; i < ri[2 * a + 1]; i++) {
                            for (int j = rj[2 * c]; j < rj[2 * c + 1]; j++) {
                                mask[i][j] = true;
                            }
                        }
                    }
                }
            }
            RangeBlocks overJ = r.blocksOverJ("r", m, n);
            checkStructure(overJ, m, n);
            checkVisits(overJ, mask);
            RangeBlocks overI = r.blocksOverI("r", m, n);
            checkStructure(overI, n, m);
            checkVisits(overI, transpose(mask, m, n));
            assertEquals(overJ.pairs(), overI.pairs());
        }
    }

    @Test
    void lookupCoversEveryRowOnceInChunks() {
        Random rnd = new Random(99);
        for (int trial = 0; trial < 200; trial++) {
            int rows = rnd.nextInt(40);
            RangeBlocks b = randomRanges(rnd, rows, 10).blocksOverJ("r", rows, 10);
            for (int chunk : new int[] {1, 2, 3, 7, 64, Integer.MAX_VALUE}) {
                int[] t = b.lookup(chunk);
                assertSame(t, b.lookup(chunk));
                assertEquals(0, t.length % 3);
                int next = 0;
                for (int k = 0; k < t.length; k += 3) {
                    int block = t[k];
                    assertEquals(next, t[k + 1], "chunks follow each other in row order");
                    assertTrue(t[k + 2] > t[k + 1] && t[k + 2] - t[k + 1] <= chunk);
                    assertTrue(b.bounds()[block] <= t[k + 1] && t[k + 2] <= b.bounds()[block + 1]);
                    next = t[k + 2];
                }
                assertEquals(rows, next);
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RangeBlocks.dense(3, 3).lookup(0));
        assertTrue(e.getMessage().contains("chunkRows") && e.getMessage().contains("0"), e.getMessage());
    }

    @Test
    void lookupHandComputed() {
        RangeBlocks b = iHalf(new int[] {2, 7}, new int[] {1}, new int[] {0, 1})
                .blocksOverJ("r", 8, 1);
        assertArrayEquals(new int[] {0, 0, 2, 1, 2, 5, 1, 5, 7, 2, 7, 8}, b.lookup(3));
    }

    @Test
    void balancedCutsAreMonotoneCompleteAndBalanced() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 300; trial++) {
            int rows = rnd.nextInt(60);
            int cols = 1 + rnd.nextInt(30);
            RangeBlocks b = randomRanges(rnd, rows, cols).blocksOverJ("r", rows, cols);
            long[] cost = new long[b.blocks()];
            long total = 0;
            long max = 0;
            for (int k = 0; k < cost.length; k++) {
                cost[k] = b.pairs(k) + b.bounds()[k + 1] - b.bounds()[k];
                total += cost[k];
                max = Math.max(max, cost[k]);
            }
            for (int tasks : new int[] {1, 2, 3, 4, 8, 100}) {
                int[] cuts = b.balancedCuts(tasks);
                assertEquals(0, cuts[0]);
                assertEquals(b.blocks(), cuts[cuts.length - 1]);
                assertTrue(cuts.length - 1 <= tasks, "at most tasks groups");
                for (int g = 0; g + 1 < cuts.length; g++) {
                    assertTrue(cuts[g] < cuts[g + 1], "no empty group");
                    long groupCost = 0;
                    for (int k = cuts[g]; k < cuts[g + 1]; k++) {
                        groupCost += cost[k];
                    }
                    assertTrue(groupCost <= (double) total / tasks + max,
                            "group " + g + " costs " + groupCost + " of " + total + " over " + tasks);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> RangeBlocks.dense(3, 3).balancedCuts(0));
    }

    @Test
    void balancedCutsSplitEqualBlocksEvenly() {
        // 100 one-row clusters, each reduced over 5 columns: equal costs
        int[] ri = new int[200];
        int[] si = new int[100];
        int[] rdj = new int[200];
        for (int c = 0; c < 100; c++) {
            ri[2 * c] = c;
            ri[2 * c + 1] = c + 1;
            si[c] = c + 1;
            rdj[2 * c + 1] = 5;
        }
        RangeBlocks b = iHalf(ri, si, rdj).blocksOverJ("r", 100, 5);
        assertArrayEquals(new int[] {0, 25, 50, 75, 100}, b.balancedCuts(4));
        assertArrayEquals(new int[] {0, 100}, b.balancedCuts(1));
        assertEquals(101, b.balancedCuts(1000).length);
    }

    @Test
    void emptyRowsStillCostInBalancedCuts() {
        // one block of 1 row x 100 columns, then a gap of 100 rows: the gap is not free
        RangeBlocks b = iHalf(new int[] {0, 1}, new int[] {1}, new int[] {0, 100})
                .blocksOverJ("r", 101, 100);
        assertEquals(2, b.blocks());
        assertArrayEquals(new int[] {0, 1, 2}, b.balancedCuts(2));
    }

    @Test
    void toStringAndEquality() {
        assertEquals("RangeBlocks[1 blocks over 5 rows, 1 intervals over 7 columns, 35 pairs]",
                RangeBlocks.dense(5, 7).toString());
        assertEquals(RangeBlocks.dense(5, 7), RangeBlocks.dense(5, 7));
        assertEquals(RangeBlocks.dense(5, 7).hashCode(), RangeBlocks.dense(5, 7).hashCode());
        assertFalse(RangeBlocks.dense(5, 7).equals(RangeBlocks.dense(5, 6)));
    }

    // ---- helpers ----

    /**
     * The pattern with this i-half and the j-half that describes the same pairs (validation
     * checks that the halves agree): each column a j-range of its own, reduced over the runs of
     * rows that keep it.
     */
    static Ranges iHalf(int[] rangesI, int[] slicesI, int[] redrangesJ) {
        int rows = 0;
        int cols = 0;
        for (int k = 1; k < rangesI.length; k += 2) {
            rows = Math.max(rows, rangesI[k]);
        }
        for (int k = 1; k < redrangesJ.length; k += 2) {
            cols = Math.max(cols, redrangesJ[k]);
        }
        boolean[][] kept = pairsOfHalf(rangesI, slicesI, redrangesJ, rows, cols);
        int[] rangesJ = new int[2 * cols];
        int[] slicesJ = new int[cols];
        List<Integer> redrangesI = new ArrayList<>();
        for (int j = 0; j < cols; j++) {
            rangesJ[2 * j] = j;
            rangesJ[2 * j + 1] = j + 1;
            for (int i = 0; i < rows; i++) {
                if (kept[i][j] && (i == 0 || !kept[i - 1][j])) {
                    int end = i;
                    while (end < rows && kept[end][j]) {
                        end++;
                    }
                    redrangesI.add(i);
                    redrangesI.add(end);
                }
            }
            slicesJ[j] = redrangesI.size() / 2;
        }
        return new Ranges(rangesI, slicesI, redrangesJ, rangesJ, slicesJ, toArray(redrangesI));
    }

    /**
     * A random valid pattern on rows × cols: sorted disjoint i-ranges with gaps and empty ones;
     * per range, disjoint red-ranges in random order, some touching, some empty.
     */
    static Ranges randomRanges(Random rnd, int rows, int cols) {
        List<Integer> ranges = new ArrayList<>();
        int pos = 0;
        while (pos < rows && rnd.nextInt(8) != 0) {
            int start = pos + (rnd.nextBoolean() ? 0 : rnd.nextInt(3));
            int end = Math.min(rows, start + rnd.nextInt(5));
            if (start > rows) {
                break;
            }
            ranges.add(start);
            ranges.add(end);
            pos = end;
        }
        int count = ranges.size() / 2;
        int[] slices = new int[count];
        List<Integer> red = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            List<int[]> pieces = new ArrayList<>();
            int col = 0;
            while (col < cols && rnd.nextInt(4) != 0) {
                int start = col + (rnd.nextBoolean() ? 0 : rnd.nextInt(3)); // 0: touches the previous piece
                int end = Math.min(cols, start + rnd.nextInt(6));
                if (start > cols) {
                    break;
                }
                pieces.add(new int[] {start, end});
                col = end;
            }
            if (rnd.nextBoolean()) {
                Collections.shuffle(pieces, rnd);
            }
            if (rnd.nextInt(5) == 0 && cols > 0) {
                int at = rnd.nextInt(cols);
                pieces.add(rnd.nextInt(pieces.size() + 1), new int[] {at, at}); // empty, possibly inside another
            }
            for (int[] p : pieces) {
                red.add(p[0]);
                red.add(p[1]);
            }
            slices[c] = red.size() / 2;
        }
        return iHalf(toArray(ranges), slices, toArray(red));
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Brute force: the (row, col) pairs one half of a pattern covers. */
    private static boolean[][] pairsOfHalf(int[] ranges, int[] slices, int[] red, int rows, int cols) {
        boolean[][] mask = new boolean[rows][cols];
        int from = 0;
        for (int c = 0; c < slices.length; c++) {
            for (int k = from; k < slices[c]; k++) {
                for (int i = ranges[2 * c]; i < ranges[2 * c + 1]; i++) {
                    for (int j = red[2 * k]; j < red[2 * k + 1]; j++) {
                        assertFalse(mask[i][j], "generator made an overlapping pattern");
                        mask[i][j] = true;
                    }
                }
            }
            from = slices[c];
        }
        return mask;
    }

    private static boolean[][] transpose(boolean[][] mask, int m, int n) {
        boolean[][] t = new boolean[n][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t[j][i] = mask[i][j];
            }
        }
        return t;
    }

    private static long countTrue(boolean[][] mask) {
        long count = 0;
        for (boolean[] row : mask) {
            for (boolean v : row) {
                count += v ? 1 : 0;
            }
        }
        return count;
    }

    /** Blocks cover [0, rows) in order, each with at least one row; intervals non-empty, merged. */
    private static void checkStructure(RangeBlocks b, int rows, int cols) {
        assertEquals(rows, b.rows());
        assertEquals(cols, b.cols());
        int[] bounds = b.bounds();
        int[] slices = b.slices();
        int[] iv = b.intervals();
        assertEquals(b.blocks() + 1, bounds.length);
        assertEquals(b.blocks() + 1, slices.length);
        assertEquals(0, bounds[0]);
        assertEquals(rows, bounds[b.blocks()]);
        assertEquals(0, slices[0]);
        assertEquals(iv.length / 2, slices[b.blocks()]);
        long total = 0;
        for (int k = 0; k < b.blocks(); k++) {
            assertTrue(bounds[k] < bounds[k + 1], "block " + k + " has rows");
            assertTrue(slices[k] <= slices[k + 1]);
            for (int p = slices[k]; p < slices[k + 1]; p++) {
                assertTrue(0 <= iv[2 * p] && iv[2 * p] < iv[2 * p + 1] && iv[2 * p + 1] <= cols, "non-empty in bounds");
                if (p > slices[k]) {
                    assertTrue(iv[2 * p - 1] < iv[2 * p], "sorted, and touching neighbours are merged");
                }
            }
            total += b.pairs(k);
        }
        assertEquals(total, b.pairs());
    }

    /** Every expected pair is visited exactly once and nothing else is. */
    private static void checkVisits(RangeBlocks b, boolean[][] expected) {
        int[] bounds = b.bounds();
        int[] slices = b.slices();
        int[] iv = b.intervals();
        int[][] visits = new int[b.rows()][b.cols()];
        for (int k = 0; k < b.blocks(); k++) {
            for (int i = bounds[k]; i < bounds[k + 1]; i++) {
                for (int p = slices[k]; p < slices[k + 1]; p++) {
                    for (int j = iv[2 * p]; j < iv[2 * p + 1]; j++) {
                        visits[i][j]++;
                    }
                }
            }
        }
        for (int i = 0; i < b.rows(); i++) {
            for (int j = 0; j < b.cols(); j++) {
                assertEquals(expected[i][j] ? 1 : 0, visits[i][j], "pair (" + i + ", " + j + ")");
            }
        }
        assertEquals(countTrue(expected), b.pairs());
    }

    /** Each block is either exactly a non-empty range, or a gap no range touches (and has no interval). */
    private static void checkBlocksFollowRanges(RangeBlocks b, int[] ranges) {
        for (int k = 0; k < b.blocks(); k++) {
            int lo = b.bounds()[k];
            int hi = b.bounds()[k + 1];
            boolean isRange = false;
            for (int c = 0; c < ranges.length / 2; c++) {
                if (ranges[2 * c] == lo && ranges[2 * c + 1] == hi) {
                    isRange = true;
                } else if (ranges[2 * c] < ranges[2 * c + 1]) {
                    assertTrue(ranges[2 * c + 1] <= lo || ranges[2 * c] >= hi, "ranges do not straddle blocks");
                }
            }
            if (!isRange) {
                assertEquals(b.slices()[k], b.slices()[k + 1], "gap block " + k + " has no interval");
            }
        }
    }
}
