package org.jkeops.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The dense counting sort of {@link DenseGrid} (through {@link CellBins}) against the labelled
 * path it replaces, {@link Clusters#gridCluster} then {@link Sorting#of}: the same order, labels,
 * cluster ranges and occupancy, and line lookups equal to {@link ClusterBoxes}' searches.
 */
class DenseGridTest {

    /** Uniform points, or points on cell boundaries with duplicates and -0.0 ("boundaries"). */
    static float[] cloud(String shape, int n, int dim, float size, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] x = new float[n * dim];
        for (int i = 0; i < x.length; i++) {
            x[i] = switch (shape) {
                case "boundaries" -> i % 7 == 0 ? -0.0f : size * (rnd.nextInt(9) - 4); // exactly on cell edges
                default -> (float) rnd.nextDouble(-1, 1);
            };
        }
        return x;
    }

    private static float[][] bounds(float[] x, int dim) {
        float[] lo = new float[dim];
        float[] hi = new float[dim];
        CellSizes.bounds(x, dim, lo, hi);
        return new float[][] {lo, hi};
    }

    @ParameterizedTest(name = "{0}, n = {1}, dim = {2}, size = {3}")
    @CsvSource({"uniform, 1, 3, 0.1", "uniform, 7, 3, 0.3", "uniform, 207, 1, 0.01", "uniform, 1023, 2, 0.05",
            "uniform, 1023, 3, 0.2", "uniform, 1023, 4, 0.5", "boundaries, 207, 3, 0.25", "boundaries, 1023, 2, 0.125",
            "boundaries, 1, 1, 0.5"})
    void sortsAsTheLabelledPath(String shape, int n, int dim, float size) {
        float[] x = cloud(shape, n, dim, size, 20261206L + n);
        float[][] b = bounds(x, dim);
        CellBins bins = CellBins.of(x, dim, size, b[0], b[1]);
        assertNotNull(bins.dense(), "a small box is counted densely");
        int[] labels = Clusters.gridCluster(x, dim, size);
        assertEquals(CellSizes.occupancy(labels), bins.occupancy(), 1e-12, "occupancy");
        DenseGrid.Sorted dense = bins.sort();
        Sorting expected = Sorting.of(labels);
        assertEquals(expected, dense.sorting(), "permutation and sorted labels");
        assertArrayEquals(expected.apply(x, dim), dense.points(), "sorted points");
        assertArrayEquals(Clusters.clusterRanges(expected.labels()), dense.clusterRanges(), "cluster ranges");
    }

    @ParameterizedTest(name = "dim = {0}")
    @CsvSource({"1", "2", "3"})
    void lineLookupsMatchTheSearches(int dim) {
        float size = 0.25f;
        float[] x = cloud("uniform", 300, dim, size, 99 + dim);
        float[][] b = bounds(x, dim);
        CellBins bins = CellBins.of(x, dim, size, b[0], b[1]);
        DenseGrid.Sorted sorted = bins.sort();
        ClusterBoxes table = new ClusterBoxes(sorted.points(), dim, sorted.clusterRanges(), size, bins.dense());
        ClusterBoxes search = new ClusterBoxes(sorted.points(), dim, sorted.clusterRanges(), size);
        int last = dim - 1;
        long[] probe = new long[dim];
        int[] offset = new int[dim];
        long[] span = new long[dim];
        for (int d = 0; d < dim; d++) {
            span[d] = search.max[d] - search.min[d];
        }
        // Every cell of the box as a line start, every end along the last axis from it.
        while (true) {
            for (int d = 0; d < dim; d++) {
                probe[d] = search.min[d] + offset[d];
            }
            int first = search.lineStart(probe, 0);
            assertEquals(first, table.lineStart(probe, 0), "line start at " + java.util.Arrays.toString(probe));
            for (long end = probe[last]; end <= search.max[last]; end++) {
                assertEquals(search.lineEnd(first, probe, end), table.lineEnd(first, probe, end),
                        "line end at " + java.util.Arrays.toString(probe) + " to " + end);
            }
            int d = dim - 1;
            for (; d >= 0 && offset[d] == span[d]; d--) {
                offset[d] = 0;
            }
            if (d < 0) {
                break;
            }
            offset[d]++;
        }
    }

    @Test
    void aBoxTooLargeFallsBackToTheLabelledPath() {
        // Two far-apart points: a box of 2e6 cells per axis for 2 points.
        float[] x = {0, 0, 0, 1e5f, 1e5f, 1e5f};
        float[][] b = bounds(x, 3);
        assertNull(DenseGrid.of(x, 3, 0.05f, b[0], b[1], 1 << 20));
        CellBins bins = CellBins.of(x, 3, 0.05, b[0], b[1]);
        assertNull(bins.dense());
        DenseGrid.Sorted sorted = bins.sort();
        assertEquals(Sorting.of(Clusters.gridCluster(x, 3, 0.05f)), sorted.sorting());
        assertArrayEquals(new int[] {0, 1, 1, 2}, sorted.clusterRanges());
    }
}
