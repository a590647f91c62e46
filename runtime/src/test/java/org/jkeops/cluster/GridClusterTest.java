package org.jkeops.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class GridClusterTest {
    private static String message(Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    @Test
    void keopsDocExample() {
        // pykeops.numpy.cluster.grid_cluster docstring: bins of .2 on [0, .1, .9, .05, .5]
        assertArrayEquals(new int[] {0, 0, 2, 0, 1}, Clusters.gridCluster(new float[] {0, .1f, .9f, .05f, .5f}, 1, .2f));
        assertArrayEquals(new int[] {0, 0, 2, 0, 1}, Clusters.gridCluster(new double[] {0, .1, .9, .05, .5}, 1, .2));
    }

    /**
     * The exact cell of double points: 897.6000000000001 / 6.8 rounds to 132.0, though the exact
     * quotient lies below 132 (in cell 131, as 897.5999999999999 is); and c x size exactly on a
     * point stays in cell c.
     */
    @Test
    void doublePointsGetTheirExactCell() {
        double below = 897.5999999999999;
        double above = 897.6000000000001;
        assertEquals(132.0, Math.floor(above / 6.8), "the rounded quotient");
        int[] labels = Clusters.gridCluster(new double[] {below, above, 6.8 * 131, 6.8 * 132}, 1, 6.8);
        java.math.BigDecimal size = new java.math.BigDecimal(6.8);
        for (int p = 0; p < 4; p++) {
            double x = new double[] {below, above, 6.8 * 131, 6.8 * 132}[p];
            long exact = new java.math.BigDecimal(x).divide(size, 0, java.math.RoundingMode.FLOOR).longValueExact();
            long exactBelow = new java.math.BigDecimal(below).divide(size, 0, java.math.RoundingMode.FLOOR).longValueExact();
            assertEquals(exact == exactBelow, labels[p] == labels[0], "point " + p + " (" + x + ", exact cell " + exact
                    + ") shares the label of " + below + " (cell " + exactBelow + ") exactly when it shares its cell: "
                    + Arrays.toString(labels));
        }
    }

    @Test
    void negativeCoordinatesAndBoundaries() {
        // cells: -1, -1, 0, 0 (-0.0 and 0.0 share a cell), 1, -2
        double[] x = {-0.5, -1.0, -0.0, 0.0, 1.0, -1.5};
        assertArrayEquals(new int[] {1, 1, 2, 2, 3, 0}, Clusters.gridCluster(x, 1, 1.0));
        float[] xf = {-0.5f, -1.0f, -0.0f, 0.0f, 1.0f, -1.5f};
        assertArrayEquals(new int[] {1, 1, 2, 2, 3, 0}, Clusters.gridCluster(xf, 1, 1.0f));
        // the tuple path compares doubles, where -0.0 < 0.0: cells must not carry the sign of zero
        assertArrayEquals(new int[] {1, 1, 2, 2, 3, 0}, GridCells.rankTuples(GridCells.cells(x, 1, 1.0), 1));
    }

    @Test
    void cellsThatKeopsHashesTogetherStayApart() {
        // KeOps' key cell_0 * 2^10 + cell_1 is 1024 for both (0, 1024) and (1, 0); the torch version's
        // absolute value also merges (1, 0) and (-1, 0)
        double[] x = {0, 1024, 1, 0, -1, 0};
        assertArrayEquals(new int[] {1, 2, 0}, Clusters.gridCluster(x, 2, 1.0));
    }

    @Test
    void randomPointsMatchBruteForceLexicographicRanks() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 100; trial++) {
            int dim = 1 + rnd.nextInt(4);
            int n = rnd.nextInt(200);
            double size = 0.1 + rnd.nextDouble();
            double[] x = new double[n * dim];
            float[] xf = new float[n * dim];
            for (int k = 0; k < x.length; k++) {
                xf[k] = (float) ((rnd.nextDouble() - 0.5) * 8);
                x[k] = xf[k];
            }
            int[] expected = bruteForce(x, dim, size);
            assertArrayEquals(expected, Clusters.gridCluster(x, dim, size));
            // float points: cells computed in double from the float values and size
            assertArrayEquals(bruteForce(x, dim, (float) size), Clusters.gridCluster(xf, dim, (float) size));
            checkSameCellIffSameLabel(x, dim, size, expected);
        }
    }

    @Test
    void highDimensionWithLargeCoordinatesHasNoCollision() {
        Random rnd = new Random(20);
        int dim = 20;
        int n = 500;
        double[] x = new double[n * dim];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dim; d++) {
                x[i * dim + d] = (rnd.nextDouble() - 0.5) * 2e6;
            }
        }
        // duplicate some points into the same cells, with small offsets inside the cell
        for (int i = 0; i < 100; i++) {
            int src = rnd.nextInt(n);
            for (int d = 0; d < dim; d++) {
                x[i * dim + d] = Math.floor(x[src * dim + d]) + rnd.nextDouble() * 0.99;
            }
        }
        assertNull(GridCells.packedKeys(GridCells.cells(x, dim, 1.0), dim), "20 x 21 bits do not pack");
        int[] labels = Clusters.gridCluster(x, dim, 1.0);
        assertArrayEquals(bruteForce(x, dim, 1.0), labels);
        checkSameCellIffSameLabel(x, dim, 1.0, labels);
    }

    @Test
    void highDimensionWithSmallSpansPacksAndAgreesWithTupleRanks() {
        Random rnd = new Random(21);
        int dim = 20;
        int n = 2000;
        double[] x = new double[n * dim];
        for (int k = 0; k < x.length; k++) {
            x[k] = -3 + rnd.nextInt(6) + rnd.nextDouble() * 0.5; // cells -3 .. 2: 3 bits each, 60 in all
        }
        double[] cells = GridCells.cells(x, dim, 1.0);
        long[] keys = GridCells.packedKeys(cells, dim);
        assertNotNull(keys);
        int[] packed = GridCells.rankKeys(keys);
        assertArrayEquals(GridCells.rankTuples(cells, dim), packed);
        assertArrayEquals(bruteForce(x, dim, 1.0), packed);
        // a span of 203 cells in coordinate 0 needs 8 bits, 65 in all: the tuple path
        double[] wider = x.clone();
        wider[0] = 200.5;
        assertNull(GridCells.packedKeys(GridCells.cells(wider, dim, 1.0), dim));
        assertArrayEquals(bruteForce(wider, dim, 1.0), Clusters.gridCluster(wider, dim, 1.0));
    }

    @Test
    void hugeCellCoordinatesBeyondLongRange() {
        double[] x = {1e300, -1e300, 1e300, 5, 1e19};
        assertArrayEquals(new int[] {3, 0, 3, 1, 2}, Clusters.gridCluster(x, 1, 1.0));
        float[] xf = {3e38f, -3e38f, 2.5f};
        assertArrayEquals(new int[] {2, 0, 1}, Clusters.gridCluster(xf, 1, 1e-30f));
        // a span of exactly 2^63 cells in one coordinate does not pack either
        double[] wide = {-0x1p62, 0x1p62, 0};
        assertArrayEquals(new int[] {0, 2, 1}, Clusters.gridCluster(wide, 1, 1.0));
    }

    @Test
    void emptyInput() {
        assertEquals(0, Clusters.gridCluster(new float[0], 3, 1f).length);
        assertEquals(0, Clusters.gridCluster(new double[0], 1, 1.0).length);
    }

    @Test
    void rejectsBadArguments() {
        assertTrue(message(() -> Clusters.gridCluster(new float[3], 1, 0f)).contains("size"));
        assertTrue(message(() -> Clusters.gridCluster(new float[3], 1, -1f)).contains("-1.0"));
        assertTrue(message(() -> Clusters.gridCluster(new double[3], 1, Double.NaN)).contains("NaN"));
        assertTrue(message(() -> Clusters.gridCluster(new double[3], 1, Double.POSITIVE_INFINITY)).contains("Infinity"));
        assertTrue(message(() -> Clusters.gridCluster(new double[3], 0, 1.0)).contains("dim must be at least 1, got 0"));
        String m = message(() -> Clusters.gridCluster(new double[7], 3, 1.0));
        assertTrue(m.contains("x: length 7") && m.contains("dim 3"), m);
        String nan = message(() -> Clusters.gridCluster(new float[] {0, 0, 0, Float.NaN}, 2, 1f));
        assertTrue(nan.contains("x[3] = NaN") && nan.contains("point 1, coordinate 1"), nan);
        String inf = message(() -> Clusters.gridCluster(new double[] {Double.NEGATIVE_INFINITY}, 1, 1.0));
        assertTrue(inf.contains("x[0] = -Infinity"), inf);
        String over = message(() -> Clusters.gridCluster(new double[] {1e308}, 1, 1e-10));
        assertTrue(over.contains("overflows") && over.contains("1.0E308"), over);
        assertTrue(message(() -> Clusters.gridCluster((float[]) null, 1, 1f)).contains("x is null"));
    }

    // ---- helpers ----

    private static int[] bruteForce(double[] x, int dim, double size) {
        int n = x.length / dim;
        TreeMap<List<Double>, Integer> cells = new TreeMap<>(GridClusterTest::lexicographic);
        List<List<Double>> of = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Double> cell = new ArrayList<>();
            for (int d = 0; d < dim; d++) {
                cell.add(Math.floor(x[i * dim + d] / size) + 0.0);
            }
            cells.put(cell, 0);
            of.add(cell);
        }
        int rank = 0;
        for (var e : cells.entrySet()) {
            e.setValue(rank++);
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = cells.get(of.get(i));
        }
        return labels;
    }

    private static int lexicographic(List<Double> a, List<Double> b) {
        for (int d = 0; d < a.size(); d++) {
            int c = Double.compare(a.get(d), b.get(d));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static void checkSameCellIffSameLabel(double[] x, int dim, double size, int[] labels) {
        int n = labels.length;
        int max = Arrays.stream(labels).max().orElse(-1);
        boolean[] used = new boolean[max + 1];
        for (int i = 0; i < n; i++) {
            used[labels[i]] = true;
            for (int j = i + 1; j < Math.min(n, i + 50); j++) {
                boolean sameCell = true;
                for (int d = 0; d < dim; d++) {
                    sameCell &= Math.floor(x[i * dim + d] / size) == Math.floor(x[j * dim + d] / size);
                }
                if (sameCell) {
                    assertEquals(labels[i], labels[j]);
                } else {
                    assertNotEquals(labels[i], labels[j]);
                }
            }
        }
        for (boolean u : used) {
            assertTrue(u, "labels fill [0, C) without gaps");
        }
    }
}
