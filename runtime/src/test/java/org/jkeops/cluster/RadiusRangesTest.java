package org.jkeops.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jkeops.runtime.Ranges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Radius ranges against brute-force pair enumeration (every pair closer than r kept, kept pairs
 * counted exactly), and against the rule they implement, evaluated over all cluster pairs.
 */
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
            double diff = (double) x[i * dim + d] - x[j * dim + d]; // exact: a float difference may round below r
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

    /**
     * Awkward clouds: uniform, or on cell boundaries with duplicates and -0.0 ({@link
     * DenseGridTest#cloud}), optionally with one far outlier that makes the box of cells too large
     * for the dense table (the labelled path). x is made of whole multiples of the quarter cell.
     */
    private static float[] awkward(String shape, int n, int dim, float radius, long seed) {
        float[] x = DenseGridTest.cloud(shape.replace("+far", ""), n, dim, radius / 4, seed);
        if (shape.endsWith("+far")) {
            for (int d = 0; d < dim; d++) {
                x[(n - 1) * dim + d] = 1e6f;
            }
        }
        return x;
    }

    @ParameterizedTest(name = "{0}, n = {1}, dim = {2}, r = {3}, cells r/{4}")
    @CsvSource({"uniform, 1, 3, 0.5, 0", "uniform, 7, 3, 0.5, 0", "uniform, 207, 1, 0.05, 0", "uniform, 207, 2, 0.3, 4",
            "uniform, 1023, 3, 0.3, 0", "uniform, 1023, 3, 0.3, 4", "uniform, 1023, 2, 0.1, 2", "uniform, 1023, 4, 0.9, 0",
            "boundaries, 7, 2, 1, 0", "boundaries, 207, 3, 1, 4", "boundaries, 1023, 2, 0.5, 0",
            "boundaries, 1023, 3, 1, 3", "boundaries, 1, 1, 1, 0", "uniform+far, 207, 3, 0.3, 4",
            "boundaries+far, 1023, 3, 1, 0", "uniform+far, 1023, 2, 0.1, 0",
            // many dimensions: cells on the axes that keep the search within MAX_LINES lines
            "uniform, 207, 20, 0.9, 0", "uniform, 1023, 12, 0.8, 4", "boundaries, 207, 16, 1, 2",
            "uniform, 1023, 64, 1.5, 0", "uniform, 7, 40, 0.5, 0"})
    void awkwardCloudsKeepEveryPairWithinTheRadiusAndFollowTheRule(String shape, int n, int dim, float radius, int cells) {
        float[] x = awkward(shape, n, dim, radius, 7 * n + dim);
        RadiusRanges rr = cells == 0 ? RadiusRanges.of(x, dim, radius) : RadiusRanges.of(x, dim, radius, radius / (double) cells);
        float[][] b = {new float[dim], new float[dim]};
        CellSizes.bounds(x, dim, b[0], b[1]);
        boolean dense = CellBins.of(x, dim, rr.cellSize(), b[0], b[1]).dense() != null;
        assertTrue(!shape.endsWith("+far") || !dense, "a far outlier takes the labelled path: " + rr);
        float[] p = rr.points();
        assertArrayEquals(rr.sorting().apply(x, dim), p);
        boolean[][] kept = keptMatrix(rr, n);
        long keptCount = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                keptCount += kept[i][j] ? 1 : 0;
                if (dist2(p, dim, i, j) < (double) radius * radius) {
                    assertTrue(kept[i][j], rr + ": pair (" + i + ", " + j + ") at distance " + Math.sqrt(dist2(p, dim, i, j))
                            + " was dropped");
                }
            }
        }
        assertEquals(keptCount, rr.keptPairs(), "kept pairs of " + rr);
        assertFollowsTheRule(rr, dim);
    }

    @Test
    void manyClustersOverSeveralThreadsFollowTheRule() {
        // Thousands of clusters: the search runs in chunks on the shared runtime's threads, and
        // the concatenated ranges must be those of one sequential pass.
        float[] x = roll(30_000, 5);
        RadiusRanges rr = RadiusRanges.of(x, 3, 0.08);
        assertTrue(rr.clusters() > 2 * 512, "several chunks of 512 clusters: " + rr);
        assertFollowsTheRule(rr, 3);
        RadiusRanges quarter = RadiusRanges.of(x, 3, 0.16, 0.04);
        assertTrue(quarter.clusters() > 2 * 512, "several chunks of 512 clusters: " + quarter);
        assertFollowsTheRule(quarter, 3);
    }

    /** Every pair closer than the radius is kept (brute force), and keptPairs counts the kept ones. */
    private static void assertKeepsEveryPairWithin(RadiusRanges rr, int dim) {
        float[] p = rr.points();
        int n = p.length / dim;
        boolean[][] kept = keptMatrix(rr, n);
        long keptCount = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                keptCount += kept[i][j] ? 1 : 0;
                // equal points are closer than any radius, even one whose square underflows
                if (dist2(p, dim, i, j) < rr.radius() * rr.radius() || dist2(p, dim, i, j) == 0) {
                    assertTrue(kept[i][j], rr + ": pair (" + i + ", " + j + ") at distance " + Math.sqrt(dist2(p, dim, i, j))
                            + " was dropped");
                }
            }
        }
        assertEquals(keptCount, rr.keptPairs(), "kept pairs of " + rr);
    }

    private static float[] uniform(int n, int dim, double scale, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] x = new float[n * dim];
        for (int k = 0; k < x.length; k++) {
            x[k] = (float) (rnd.nextDouble(-1, 1) * scale);
        }
        return x;
    }

    @Test
    void cellsBeyondTheRangeOfALongKeepEveryPair() {
        // floor(x / cell) past 2^63 once stopped at Long.MAX_VALUE, and the search's cell + offset
        // wrapped around: far points lost every pair, their own included.
        assertKeepsEveryPairWithin(RadiusRanges.of(new float[] {0, 0, 0, 0.5f, 0, 0, 0, 0.5f, 0, 0, 0, 1e19f}, 3, 1), 3);
        assertKeepsEveryPairWithin(RadiusRanges.of(new float[] {0, 0.5f, 1e30f, 1e30f}, 1, 1), 1);
        float[] outliers = uniform(200, 1, 1, 7);
        outliers[0] = 1e19f;
        outliers[1] = 1e19f;
        outliers[3] = -1e19f;
        assertKeepsEveryPairWithin(RadiusRanges.of(outliers, 1, 1), 1);
        assertKeepsEveryPairWithin(RadiusRanges.of(outliers, 1, 1, 0.25), 1);
        // a grid very fine for its coordinates: only the self pairs are within r, and all are kept
        RadiusRanges tiny = RadiusRanges.of(uniform(200, 3, 1, 3), 3, 1e-40);
        assertKeepsEveryPairWithin(tiny, 3);
        assertEquals(200, tiny.keptPairs(), tiny.toString());
        // coordinates of 1e12 with r = 1e-7: 100 points twice, their pairs (both orders) within r
        float[] big = uniform(600, 3, 1e12, 7);
        System.arraycopy(big, 0, big, 3 * 500, 3 * 100);
        RadiusRanges fine = RadiusRanges.of(big, 3, 1e-7);
        assertKeepsEveryPairWithin(fine, 3);
        assertEquals(600 + 2 * 100, fine.keptPairs(), fine.toString());
    }

    @Test
    void pairsJustUnderTheRadiusAreKeptWhereTheFloatSideRoundsDown() {
        // The points are binned at (float) cell, 0.0099999998 for r = 0.01 with cells of r: the
        // search stepped and measured gaps in the double 0.01, so the pair 0.0099999998 apart,
        // two cells away, was beyond its reach.
        RadiusRanges two = RadiusRanges.of(new float[] {-1e-12f, 0, 0, 0.01f, 0, 0}, 3, 0.01);
        assertKeepsEveryPairWithin(two, 3);
        assertEquals(4, two.keptPairs(), two.toString());
        RadiusRanges line = RadiusRanges.of(new float[] {-1e-9f, 0.7f}, 1, 0.7);
        assertKeepsEveryPairWithin(line, 1);
        assertEquals(4, line.keptPairs(), line.toString());
        RadiusRanges given = RadiusRanges.of(new float[] {-1e-9f, 0.7f}, 1, 0.7, 0.35);
        assertKeepsEveryPairWithin(given, 1);
        assertEquals(4, given.keptPairs(), given.toString());
        assertFollowsTheRule(given, 1);
        // Points on and one ulp beside the faces of cells of (float) (r / cells) < r / cells: pairs
        // a whole number of cells apart, just under r, and clusters whose points touch their faces.
        SplittableRandom rnd = new SplittableRandom(3);
        for (int dim = 1; dim <= 3; dim++) {
            for (int cells = 1; cells <= 4; cells++) {
                double radius = 0.03; // (float) (0.03 / cells) < 0.03 / cells for cells 1 to 4
                float side = (float) (radius / cells);
                assertTrue(side < radius / cells, "the float side is the shorter");
                float[] x = new float[300 * dim];
                for (int k = 0; k < x.length; k++) {
                    float face = rnd.nextInt(-12, 12) * side;
                    int nudge = rnd.nextInt(3);
                    x[k] = nudge == 0 ? face : nudge == 1 ? Math.nextUp(face) : Math.nextDown(face);
                }
                RadiusRanges onFaces = RadiusRanges.of(x, dim, radius, radius / cells);
                assertKeepsEveryPairWithin(onFaces, dim);
                assertFollowsTheRule(onFaces, dim);
                assertKeepsEveryPairWithin(RadiusRanges.of(x, dim, radius), dim);
            }
        }
        // Subnormal sides round by up to a third: with r = 4.1 x the smallest float and cells of
        // r / 3 (1.37 x, binned at 1 x), each of the points 0, 1, .. 40 x the smallest float is a
        // cell of its own, and the pairs 4 cells apart were beyond the double side's reach of 3.
        float[] lattice = new float[41];
        for (int i = 0; i < lattice.length; i++) {
            lattice[i] = i * Float.MIN_VALUE;
        }
        for (int tenths = 22; tenths <= 160; tenths++) { // r / 4 of 2.2 rounds up to the smallest float
            double radius = tenths / 10.0 * Float.MIN_VALUE;
            assertKeepsEveryPairWithin(RadiusRanges.of(lattice, 1, radius), 1);
            for (int cells = 1; cells <= 4; cells++) {
                assertKeepsEveryPairWithin(RadiusRanges.of(lattice, 1, radius, radius / cells), 1);
            }
        }
    }

    @Test
    void radiiBelowFloat32sRangeGetCellsOfTheSmallestFloat() {
        // Cells of r / 4 rounded to 0 in float32 and failed with "size must be finite and
        // positive, got 0.0", though the radius is valid: only equal points are that close.
        float[] x = {0, 0, Float.MIN_VALUE, 2 * Float.MIN_VALUE, 1};
        for (double radius : new double[] {1e-300, 1e-45, Float.MIN_VALUE}) {
            RadiusRanges rr = RadiusRanges.of(x, 1, radius);
            assertEquals(Float.MIN_VALUE, (float) rr.cellSize(), rr.toString());
            assertKeepsEveryPairWithin(rr, 1);
            assertEquals(2 * 2 + 3, rr.keptPairs(), "the pair of zeros both ways and every self pair: " + rr);
        }
        RadiusRanges three = RadiusRanges.of(new float[] {0, 1, 2}, 1, 1e-300);
        assertEquals(3, three.keptPairs(), three.toString());
        assertEquals(3, three.estimatePairsWithin(30, 1), 0.0, "equal points are within 1e-300: " + three);
        // r^2 underflows below 1.5e-162: the pattern kept no pair at all, not even the self pairs
        RadiusRanges small = RadiusRanges.of(x, 1, 1e-200, 1e-45);
        assertKeepsEveryPairWithin(small, 1);
        assertEquals(2 * 2 + 3, small.keptPairs(), small.toString());
    }

    @Test
    void emptyCloud() {
        RadiusRanges rr = RadiusRanges.of(new float[0], 3, 0.1);
        assertEquals(0, rr.clusters());
        assertEquals(0, rr.keptPairs());
        assertEquals(0, rr.ranges().redrangesJ().length);
        // Radii and sides beyond float32's range: empty too (were "size must be finite and positive, got Infinity").
        assertEquals(0, RadiusRanges.of(new float[0], 3, 1e300).keptPairs());
        assertEquals(0, RadiusRanges.of(new float[0], 3, 1, 1e39).keptPairs());
    }

    /**
     * The estimate counts with exact (float64) differences, as the box tests do: 2 and 1 - 2^-24
     * are 1 + 2^-24 apart, beyond r = 1 + 2^-25, though their float32 difference rounds to 1.
     */
    @Test
    void estimateCountsWithExactDifferences() {
        RadiusRanges rr = RadiusRanges.of(new float[] {2f, 1f - 0x1p-24f}, 1, 1 + 0x1p-25, 4);
        assertEquals(4, rr.keptPairs(), rr.toString());
        assertEquals(2.0, rr.estimatePairsWithin(1000, 1), 0.0, "only the self pairs are within r");
    }

    /**
     * The ranges are exactly what the rule gives over all cluster pairs: b is kept for a when
     * their cells are at most ceil(r / side) apart on every axis, the whole-cell gap between them
     * (steps of the side, on the axes but the last, then with the last added) is below r^2, and
     * so is the squared gap between the boxes of their points; kept clusters adjacent in the sorted
     * order make one range; both halves of the Ranges are equal. The side is the cell side given
     * rounded to float32, as the points are binned; the axes binned are counted with the side given.
     */
    private static void assertFollowsTheRule(RadiusRanges rr, int dim) {
        float[] p = rr.points();
        int[] cr = rr.clusterRanges();
        int c = cr.length / 2;
        double size = rr.cellSize();
        double side = (float) size;
        double r2 = rr.radius() * rr.radius();
        int reach = (int) Math.ceil(rr.radius() / size);
        int sideReach = (int) Math.ceil(rr.radius() / side);
        int[] axes = rr.cellAxes();
        long lines = 1;
        for (int k = 1; k < axes.length; k++) {
            lines *= 2L * reach + 1;
        }
        assertTrue(lines <= RadiusRanges.MAX_LINES, "at most MAX_LINES lines of cells: " + Arrays.toString(axes));
        assertTrue(axes.length == dim || lines * (2L * reach + 1) > RadiusRanges.MAX_LINES,
                "as many axes as fit: " + Arrays.toString(axes) + " of " + dim);
        double[] extent = new double[dim];
        for (int d = 0; d < dim; d++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < p.length / dim; i++) {
                lo = Math.min(lo, p[i * dim + d]);
                hi = Math.max(hi, p[i * dim + d]);
            }
            extent[d] = hi - lo;
        }
        for (int d = 0; d < dim; d++) {
            for (int binned : axes) {
                assertTrue(Arrays.binarySearch(axes, d) >= 0 || extent[d] <= extent[binned],
                        "axis " + d + " (extent " + extent[d] + ") is wider than binned axis " + binned);
            }
        }
        long[][] cell = new long[c][dim];
        double[][] lo = new double[c][dim];
        double[][] hi = new double[c][dim];
        for (int a = 0; a < c; a++) {
            Arrays.fill(lo[a], Double.POSITIVE_INFINITY);
            Arrays.fill(hi[a], Double.NEGATIVE_INFINITY);
            for (int i = cr[2 * a]; i < cr[2 * a + 1]; i++) {
                for (int d = 0; d < dim; d++) {
                    cell[a][d] = (long) Math.floor(p[i * dim + d] / (double) (float) size);
                    cell[a][d] = Arrays.binarySearch(axes, d) >= 0 ? cell[a][d] : 0; // one cell across unbinned axes
                    lo[a][d] = Math.min(lo[a][d], p[i * dim + d]);
                    hi[a][d] = Math.max(hi[a][d], p[i * dim + d]);
                }
            }
        }
        int[] slices = new int[c];
        int[] red = new int[0];
        int count = 0;
        long kept = 0;
        for (int a = 0; a < c; a++) {
            int runEnd = -1;
            for (int b = 0; b < c; b++) {
                boolean near = true;
                double lineGap2 = 0;
                double gap2 = 0;
                for (int d = 0; d < dim; d++) {
                    long offset = cell[b][d] - cell[a][d];
                    near &= Math.abs(offset) <= sideReach;
                    long steps = Math.max(0, Math.abs(offset) - 1);
                    double cellGap2 = (steps * side) * (steps * side);
                    if (d != axes[axes.length - 1]) { // 0 on the unbinned axes
                        lineGap2 += cellGap2;
                    } else {
                        near &= lineGap2 + cellGap2 < r2;
                    }
                    double gap = Math.max(0, Math.max(lo[b][d] - hi[a][d], lo[a][d] - hi[b][d]));
                    gap2 += gap * gap;
                }
                if (near && gap2 < r2) {
                    kept += (long) (cr[2 * a + 1] - cr[2 * a]) * (cr[2 * b + 1] - cr[2 * b]);
                    if (runEnd == cr[2 * b]) {
                        red[2 * count - 1] = cr[2 * b + 1];
                    } else {
                        red = Arrays.copyOf(red, 2 * count + 2);
                        red[2 * count] = cr[2 * b];
                        red[2 * count + 1] = cr[2 * b + 1];
                        count++;
                    }
                    runEnd = cr[2 * b + 1];
                }
            }
            slices[a] = count;
        }
        Ranges r = rr.ranges();
        assertArrayEquals(cr, r.rangesI(), "i-ranges are the clusters");
        assertArrayEquals(slices, r.slicesI(), "slices of " + rr);
        assertArrayEquals(red, r.redrangesJ(), "j-ranges of " + rr);
        assertArrayEquals(r.rangesI(), r.rangesJ(), "symmetric pattern");
        assertArrayEquals(r.slicesI(), r.slicesJ(), "symmetric pattern");
        assertArrayEquals(r.redrangesJ(), r.redrangesI(), "symmetric pattern");
        assertEquals(kept, rr.keptPairs(), "kept pairs of " + rr);
    }

    @Test
    void badArgumentsAreNamed() {
        float[] x = {0, 0, 1, 1};
        assertEquals("radius must be finite and positive, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> RadiusRanges.of(x, 2, 0)).getMessage());
        assertEquals("cellSize must be finite and positive, got NaN",
                assertThrows(IllegalArgumentException.class, () -> RadiusRanges.of(x, 2, 1, Double.NaN)).getMessage());
        assertEquals("cellSize = 1.0E-46 is below float32's smallest positive value 1.4E-45: the points are binned in float32",
                assertThrows(IllegalArgumentException.class, () -> RadiusRanges.of(x, 2, 1e-45, 1e-46)).getMessage());
        assertEquals("cellSize = 1.0E-20 is below radius / 65536 (radius 1.0)",
                assertThrows(IllegalArgumentException.class, () -> RadiusRanges.of(x, 2, 1, 1e-20)).getMessage());
        assertEquals("x: length 4 is not a multiple of dim 3",
                assertThrows(IllegalArgumentException.class, () -> RadiusRanges.of(x, 3, 1)).getMessage());
        assertEquals("x: length 4 is not a multiple of dim 3",
                assertThrows(IllegalArgumentException.class, () -> RadiusRanges.of(x, 3, 1, 0.5)).getMessage());
        assertEquals("dim must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> RadiusRanges.of(x, 0, 1)).getMessage());
        assertEquals("x is null", assertThrows(IllegalArgumentException.class, () -> RadiusRanges.of(null, 3, 1)).getMessage());
        float[] nan = {0, 0, Float.NaN, 1};
        assertEquals("x[2] = NaN (point 1, coordinate 0) is not finite",
                assertThrows(IllegalArgumentException.class, () -> RadiusRanges.of(nan, 2, 1)).getMessage());
        float[] inf = {0, Float.NEGATIVE_INFINITY, 1, 1};
        assertEquals("x[1] = -Infinity (point 0, coordinate 1) is not finite",
                assertThrows(IllegalArgumentException.class, () -> RadiusRanges.of(inf, 2, 1, 0.25)).getMessage());
    }
}
