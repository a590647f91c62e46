package org.jkeops.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.jkeops.runtime.Ranges;
import org.junit.jupiter.api.Test;

/** Radius ranges against brute-force pair enumeration. */
class RadiusRangesTest {

    /** The tutorial's noisy Swiss roll, n x 3 row-major. */
    static float[] roll(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] x = new float[3 * n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            x[3 * i] = (float) (0.4 + 0.4 * (t / 7) * Math.cos(1.5 * t) + 0.01 * gaussian(rnd));
            x[3 * i + 1] = (float) (0.1 + 0.8 * rnd.nextDouble() + 0.01 * gaussian(rnd));
            x[3 * i + 2] = (float) (0.5 + 0.3 * (t / 7) * Math.sin(1.5 * t) + 0.01 * gaussian(rnd));
        }
        return x;
    }

    private static double gaussian(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    /** Per sorted row i, whether each j is in a kept range. */
    private static boolean[][] keptMatrix(RadiusRanges rr, int n) {
        boolean[][] kept = new boolean[n][n];
        Ranges r = rr.ranges();
        int[] ri = r.rangesI();
        int[] slices = r.slicesI();
        int[] red = r.redrangesJ();
        for (int c = 0; c < ri.length / 2; c++) {
            for (int p = c == 0 ? 0 : slices[c - 1]; p < slices[c]; p++) {
                for (int i = ri[2 * c]; i < ri[2 * c + 1]; i++) {
                    for (int j = red[2 * p]; j < red[2 * p + 1]; j++) {
                        assertTrue(!kept[i][j], "pair (" + i + ", " + j + ") kept twice");
                        kept[i][j] = true;
                    }
                }
            }
        }
        return kept;
    }

    private static double dist2(float[] x, int dim, int i, int j) {
        double s = 0;
        for (int d = 0; d < dim; d++) {
            double diff = x[i * dim + d] - x[j * dim + d];
            s += diff * diff;
        }
        return s;
    }

    @Test
    void everyPairCloserThanTheRadiusIsKeptAndTheCountsAreExact() {
        for (int dim = 1; dim <= 3; dim++) {
            int n = 1500;
            float[] x = new float[n * dim];
            SplittableRandom rnd = new SplittableRandom(dim);
            for (int k = 0; k < x.length; k++) {
                x[k] = (float) (rnd.nextDouble() * 2 - 0.5);
            }
            for (double radius : new double[] {0.05, 0.2}) {
                // the default cells, and cells of r / 4 and r / 3 (several cells per radius on each line scan)
                for (double cells : new double[] {0, 4, 3}) {
                    RadiusRanges rr = cells == 0 ? RadiusRanges.of(x, dim, radius)
                            : RadiusRanges.of(x, dim, radius, radius / cells);
                    if (cells != 0) {
                        assertEquals(radius / cells, rr.cellSize(), 0.0, "the cells asked for: " + rr);
                    }
                    float[] p = rr.points();
                    assertArrayEquals(rr.sorting().apply(x, dim), p);
                    boolean[][] kept = keptMatrix(rr, n);
                    long keptCount = 0;
                    long within = 0;
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            keptCount += kept[i][j] ? 1 : 0;
                            if (dist2(p, dim, i, j) < radius * radius) {
                                within++;
                                assertTrue(kept[i][j], "dim " + dim + ", r " + radius + ", cells " + rr.cellSize() + ": pair ("
                                        + i + ", " + j + ") at distance " + Math.sqrt(dist2(p, dim, i, j)) + " was dropped");
                            }
                        }
                    }
                    assertEquals(keptCount, rr.keptPairs(), "kept pairs, dim " + dim + ", cells " + rr.cellSize());
                    assertTrue(rr.keptPairs() < (long) n * n, "something is pruned, dim " + dim + ", r " + radius);
                    double estimate = rr.estimatePairsWithin(n, 5);
                    assertEquals(within, estimate, 0.15 * within, "estimate of the pairs within r");
                }
            }
        }
    }

    @Test
    void onTheSwissRollTheKeptPairsAreAtMostThreeTimesThoseWithinTheCutoff() {
        int n = 20_000;
        double sigma = 0.03; // 4 sigma = 0.12: about 40 points per cell at this size
        RadiusRanges rr = RadiusRanges.of(roll(n, 7), 3, 4 * sigma);
        double within = rr.estimatePairsWithin(2000, 3);
        double ratio = rr.keptPairs() / within;
        assertTrue(ratio <= 3, "kept " + rr.keptPairs() + " pairs, " + ratio + " x the " + within + " within 4 sigma ("
                + rr + ")");
        assertTrue(rr.clusters() > 50, rr.toString());
    }

    @Test
    void adjacentKeptClustersAreMergedIntoOneRange() {
        // A 1-D line of points 0.01 apart; radius 0.1 with cells of 0.05: every cluster's kept
        // neighbours are consecutive, so each i-cluster has exactly one merged j-range.
        int n = 500;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.01f;
        }
        RadiusRanges rr = RadiusRanges.of(x, 1, 0.1, 0.05);
        Ranges r = rr.ranges();
        assertEquals(rr.clusters(), r.redrangesJ().length / 2, "one range per cluster");
        assertArrayEquals(r.redrangesJ(), r.redrangesI(), "symmetric pattern");
        assertArrayEquals(r.slicesI(), r.slicesJ());
    }

    @Test
    void sparseCloudsGetCellsOfAWholeRadiusAndDenseOnesOfAQuarter() {
        float[] x = new float[3 * 200];
        SplittableRandom rnd = new SplittableRandom(9);
        for (int k = 0; k < x.length; k++) {
            x[k] = (float) rnd.nextDouble();
        }
        assertEquals(0.1, RadiusRanges.of(x, 3, 0.1).cellSize(), 0.0, "200 points: cells of r / 2 would hold < 6");
        float[] dense = roll(20_000, 3);
        RadiusRanges half = RadiusRanges.of(dense, 3, 0.12);
        assertEquals(0.06, half.cellSize(), 1e-15, "r / 4 cells would hold < 12: " + half);
        RadiusRanges quarter = RadiusRanges.of(dense, 3, 0.24);
        assertEquals(0.06, quarter.cellSize(), 1e-15, "r / 4 cells hold >= 12: " + quarter);
        assertTrue(20_000 >= 12 * quarter.clusters(), quarter.toString());
    }

    @Test
    void badArgumentsAreNamed() {
        float[] x = {0, 0, 1, 1};
        assertEquals("radius must be finite and positive, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> RadiusRanges.of(x, 2, 0)).getMessage());
        assertEquals("cellSize must be finite and positive, got NaN",
                assertThrows(IllegalArgumentException.class, () -> RadiusRanges.of(x, 2, 1, Double.NaN)).getMessage());
        assertEquals("x: length 4 is not a multiple of dim 3",
                assertThrows(IllegalArgumentException.class, () -> RadiusRanges.of(x, 3, 1)).getMessage());
    }
}
