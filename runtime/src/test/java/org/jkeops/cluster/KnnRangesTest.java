package org.jkeops.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.jkeops.runtime.Ranges;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** k-nearest-neighbour ranges against a brute-force float64 k-th distance per point. */
class KnnRangesTest {

    static float[] cloud(String shape, int n, int dim, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] x = new float[n * dim];
        switch (shape) {
            case "roll" -> {
                return RadiusRangesTest.roll(n, seed);
            }
            case "uniform" -> {
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) rnd.nextDouble(-1, 1);
                }
            }
            case "blobs" -> { // three tight blobs far apart, many exact duplicates, one outlier
                for (int i = 0; i < n; i++) {
                    int blob = rnd.nextInt(3);
                    for (int d = 0; d < dim; d++) {
                        x[i * dim + d] = i % 5 == 0 ? blob * 50f : (float) (blob * 50 + 0.01 * rnd.nextDouble());
                    }
                }
                if (n > 1) {
                    Arrays.fill(x, (n - 1) * dim, n * dim, -1e4f);
                }
            }
            case "lattice" -> { // multiples of 1/8: points on cell boundaries, many duplicates and ties
                for (int i = 0; i < x.length; i++) {
                    x[i] = rnd.nextInt(-6, 7) / 8f;
                }
            }
            case "line" -> { // a 1-D set in dim dimensions
                for (int i = 0; i < n; i++) {
                    double t = rnd.nextDouble(0, 100);
                    for (int d = 0; d < dim; d++) {
                        x[i * dim + d] = (float) (t * (d + 1));
                    }
                }
            }
            default -> throw new IllegalArgumentException(shape);
        }
        return x;
    }

    /** Every j at or below i's exact k-th neighbour distance lies in a range kept for i's cluster. */
    static void assertExact(KnnRanges kr, int n, int dim, int k) {
        float[] p = kr.points();
        Ranges r = kr.ranges();
        int[] ri = r.rangesI();
        int[] slices = r.slicesI();
        int[] red = r.redrangesJ();
        long kept = 0;
        for (int c = 0; c < ri.length / 2; c++) {
            boolean[] candidate = new boolean[n];
            for (int q = c == 0 ? 0 : slices[c - 1]; q < slices[c]; q++) {
                for (int j = red[2 * q]; j < red[2 * q + 1]; j++) {
                    assertTrue(!candidate[j], "j = " + j + " kept twice for cluster " + c);
                    candidate[j] = true;
                }
            }
            for (int i = ri[2 * c]; i < ri[2 * c + 1]; i++) {
                double[] d2 = new double[n];
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int d = 0; d < dim; d++) {
                        double diff = (double) p[i * dim + d] - p[j * dim + d];
                        s += diff * diff;
                    }
                    d2[j] = s;
                    kept += candidate[j] ? 1 : 0;
                }
                double[] sorted = d2.clone();
                Arrays.sort(sorted);
                double kth = sorted[Math.min(k, n) - 1];
                for (int j = 0; j < n; j++) {
                    if (d2[j] <= kth) {
                        if (!candidate[j]) {
                            throw new AssertionError("point " + i + " (cluster " + c + "): neighbour " + j
                                    + " at " + d2[j] + " <= k-th " + kth + " not kept; " + kr);
                        }
                    }
                }
            }
        }
        assertEquals(kept, kr.keptPairs(), "keptPairs counts the computed pairs");
        assertEquals(kept, r.pairsOverJ(), "the i-half");
        assertEquals(kept, r.pairsOverI(), "the j-half is the transpose of the i-half");
    }

    @ParameterizedTest(name = "{0}, n = {1}, dim = {2}, k = {3}")
    @CsvSource({"roll, 2000, 3, 10", "uniform, 1500, 3, 10", "uniform, 1023, 2, 1", "uniform, 207, 1, 7",
            "blobs, 1200, 3, 10", "line, 900, 3, 5", "uniform, 7, 3, 10", "uniform, 1, 3, 1", "uniform, 400, 5, 3",
            "roll, 3000, 3, 30", "lattice, 1023, 3, 10", "lattice, 207, 2, 7", "lattice, 7, 3, 3"})
    void keepsEveryNeighbourAtOrBelowTheKth(String shape, int n, int dim, int k) {
        float[] x = cloud(shape, n, dim, 20261205L + n);
        KnnRanges kr = KnnRanges.of(x, dim, k);
        assertExact(kr, n, dim, k);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"uniform", "roll"})
    void keepsAFewHundredCandidatesPerPointAtScale(String shape) {
        int n = 100_000;
        KnnRanges kr = KnnRanges.of(cloud(shape, n, 3, 7), 3, 10);
        double perPoint = (double) kr.keptPairs() / n;
        assertTrue(perPoint < 1000, "candidates per point " + perPoint + ": " + kr);
    }

    @Test
    void anyCellSizeIsExact() {
        float[] x = cloud("roll", 800, 3, 5);
        for (double cell : new double[] {1e-4, 0.01, 0.05, 0.3, 10}) {
            assertExact(KnnRanges.of(x, 3, 10, cell), 800, 3, 10);
        }
    }

    @Test
    void pointsOnCellBoundariesAreExact() {
        // Cell sides that put every point exactly on a cell edge (1/8 and multiples), with duplicates.
        float[] x = cloud("lattice", 1023, 3, 17);
        for (double cell : new double[] {0.125, 0.25, 0.5}) {
            assertExact(KnnRanges.of(x, 3, 10, cell), 1023, 3, 10);
        }
    }

    @Test
    void cellsBeyondPackedKeysAreExactToo() {
        // Cells 1e-3 wide over +-1e15: each axis spans ~2^61 cells, more than one long holds for three.
        float[] x = cloud("uniform", 600, 3, 11);
        for (int i = 0; i < 600; i += 3) {
            x[3 * i] = i % 2 == 0 ? 1e15f : -1e15f;
        }
        assertExact(KnnRanges.of(x, 3, 5, 1e-3), 600, 3, 5);
    }

    @Test
    void cellsBeyondTheRangeOfALongAreExactAndQuick() {
        // floor(x / cell) of a far point stopped at Long.MIN_VALUE, and the cube's first offset,
        // (int) (min - cell), overflowed: 41 points took half a minute and more.
        float[] x = cloud("uniform", 40, 3, 13);
        x[0] = -1e12f;
        for (double cell : new double[] {1e-7, 1e-8}) {
            KnnRanges kr = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> KnnRanges.of(x, 3, 1, cell));
            assertExact(kr, 40, 3, 1);
        }
        float[] outliers = cloud("uniform", 500, 3, 7);
        outliers[0] = 1e19f;
        outliers[3] = -1e19f;
        assertExact(KnnRanges.of(outliers, 3, 3, 1.0), 500, 3, 3);
        assertExact(KnnRanges.of(outliers, 3, 3), 500, 3, 3);
    }

    @Test
    void subnormalCellsAreExact() {
        // (float) 1.8e-45 is 1.4e-45: gaps measured in the double side were a quarter too wide,
        // beyond SLACK, and neighbours were lost. Points on multiples of the smallest float.
        SplittableRandom rnd = new SplittableRandom(1);
        for (int trial = 0; trial < 60; trial++) {
            int dim = 1 + rnd.nextInt(3);
            int n = 20 + rnd.nextInt(150);
            int k = 1 + rnd.nextInt(8);
            float[] x = new float[n * dim];
            int span = 5 + rnd.nextInt(200);
            for (int i = 0; i < x.length; i++) {
                x[i] = rnd.nextInt(span) * Float.MIN_VALUE;
            }
            assertExact(KnnRanges.of(x, dim, k, (1 + 4 * rnd.nextDouble()) * Float.MIN_VALUE), n, dim, k);
        }
    }

    @ParameterizedTest(name = "{0} points, dim = {1}, scale {2}")
    @CsvSource({"50, 128, 1000", "50, 512, 0", "200, 20, 1e20", "200, 20, 1e-20", "300, 40, 1e10"})
    void highDimensionalCloudsAreExact(int n, int dim, double scale) {
        // The first guess of the side multiplied the extents of every axis: 2000^128 overflowed and
        // 0.25^512 underflowed a double, and the side came out infinite or 0. Scale 0: unit vectors.
        SplittableRandom rnd = new SplittableRandom(dim);
        float[] x = new float[n * dim];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int d = 0; d < dim; d++) {
                double v = scale == 0 ? rnd.nextGaussian() : rnd.nextDouble(-scale, scale);
                x[i * dim + d] = (float) v;
                norm += v * v;
            }
            for (int d = 0; scale == 0 && d < dim; d++) {
                x[i * dim + d] = (float) (x[i * dim + d] / Math.sqrt(norm));
            }
        }
        assertExact(KnnRanges.of(x, dim, 5), n, dim, 5);
    }

    @Test
    void cloudsBelowFloat32sRangeGetCellsOfTheSmallestFloat() {
        // 1000 points on three values 1.4e-45 apart: the side guessed for 11 points a cell,
        // 3e-47, rounded to 0 in float32 and failed with "size must be finite and positive".
        float[] x = new float[1000];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 3 * Float.MIN_VALUE;
        }
        KnnRanges kr = KnnRanges.of(x, 1, 5);
        assertEquals(Float.MIN_VALUE, kr.cellSize(), 0.0, kr.toString());
        assertExact(kr, 1000, 1, 5);
        assertEquals("cellSize = 1.0E-46 is below float32's smallest positive value 1.4E-45: the points are binned in float32",
                assertThrows(IllegalArgumentException.class, () -> KnnRanges.of(x, 1, 5, 1e-46)).getMessage());
    }

    @Test
    void kBeyondThePointsKeepsEveryPairWithoutAnArrayOfK() {
        // Each chunk allocated k doubles: Integer.MAX_VALUE ran out of memory.
        float[] x = {0, 1, 2, 3, 4};
        for (KnnRanges kr : new KnnRanges[] {KnnRanges.of(x, 1, Integer.MAX_VALUE), KnnRanges.of(x, 1, Integer.MAX_VALUE, 0.5)}) {
            assertEquals(Integer.MAX_VALUE, kr.k());
            assertEquals(25, kr.keptPairs(), kr.toString());
            assertExact(kr, 5, 1, Integer.MAX_VALUE);
        }
        float[] cloud = cloud("uniform", 300, 3, 5);
        assertEquals(300L * 300, KnnRanges.of(cloud, 3, 1 << 30).keptPairs());
    }

    @Test
    void emptyCloud() {
        KnnRanges kr = KnnRanges.of(new float[0], 3, 4);
        assertEquals(0, kr.clusters());
        assertEquals(0, kr.keptPairs());
        // A side beyond float32's range: empty too (was "size must be finite and positive, got Infinity").
        assertEquals(0, KnnRanges.of(new float[0], 3, 5, 1e39).keptPairs());
    }

    /**
     * A few far outliers make the bounding box, and so the first guess of the side, a million
     * times too large: the refinement must go on until the bulk's cells hold their points (3
     * steps left the bulk in one cell, and 99.8 % of the pairs kept). 1-D and 3-D, 0.1 % and 1 %.
     */
    @ParameterizedTest(name = "dim = {0}, outliers every {1}, at {2}")
    @CsvSource({"3, 1000, 1e6", "3, 100, 1e3", "1, 100, 1e9", "2, 1000, 1e6"})
    void farOutliersLeaveTheBulkInSmallCells(int dim, int every, double far) {
        int n = 30_000;
        KnnRanges kr = KnnRanges.of(withOutliers(n, dim, every, far), dim, 10);
        long bulk = KnnRanges.of(cloud("uniform", n, dim, 11), dim, 10).keptPairs();
        assertTrue(kr.keptPairs() < 3 * bulk, kr + " against " + bulk + " pairs without the outliers");
        int small = 3000; // the brute-force check is quadratic
        assertExact(KnnRanges.of(withOutliers(small, dim, every, far), dim, 10), small, dim, 10);
    }

    private static float[] withOutliers(int n, int dim, int every, double far) {
        float[] x = cloud("uniform", n, dim, 11);
        SplittableRandom rnd = new SplittableRandom(12);
        for (int i = 0; i < n; i += every) {
            for (int d = 0; d < dim; d++) {
                x[i * dim + d] = (float) rnd.nextDouble(0, far);
            }
        }
        return x;
    }

    @Test
    void badInputNamesTheParameter() {
        assertEquals("dim must be at least 1, got -3",
                assertThrows(IllegalArgumentException.class, () -> KnnRanges.of(new float[6], -3, 2)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KnnRanges.of(new float[5], 3, 2))
                .getMessage().contains("x: length 5"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KnnRanges.of(new float[6], 3, 0))
                .getMessage().contains("k must be >= 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KnnRanges.of(new float[6], 3, 2, Double.NaN))
                .getMessage().contains("cellSize"));
        float[] nan = {0, 0, Float.NaN};
        assertEquals("x[2] = NaN (point 0, coordinate 2) is not finite",
                assertThrows(IllegalArgumentException.class, () -> KnnRanges.of(nan, 3, 1)).getMessage());
        // An infinite coordinate was not named: its extent reached the side ("size must be finite
        // and positive, got Infinity").
        assertEquals("x[2] = Infinity (point 2, coordinate 0) is not finite",
                assertThrows(IllegalArgumentException.class, () -> KnnRanges.of(new float[] {0, 1, Float.POSITIVE_INFINITY, 3}, 1, 2))
                        .getMessage());
        assertEquals("x[3] = -Infinity (point 1, coordinate 1) is not finite",
                assertThrows(IllegalArgumentException.class,
                        () -> KnnRanges.of(new float[] {0, 1, 2, Float.NEGATIVE_INFINITY, 4, 5}, 2, 1)).getMessage());
        assertEquals("x[1] = Infinity (point 0, coordinate 1) is not finite",
                assertThrows(IllegalArgumentException.class,
                        () -> KnnRanges.of(new float[] {0, Float.POSITIVE_INFINITY, Float.NaN, 1}, 2, 1, 0.5)).getMessage());
    }
}
