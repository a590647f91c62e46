package org.jkeops.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.jkeops.runtime.internal.RangeBlocks;
import org.jkeops.runtime.Ranges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ClustersTest {
    private static String message(Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "'" + part + "' not in: " + message);
        }
    }

    @Test
    void clusterRangesKeopsExample() {
        assertArrayEquals(new int[] {0, 3, 3, 4, 4, 5}, Clusters.clusterRanges(new int[] {0, 0, 0, 1, 2}));
    }

    @Test
    void clusterRangesFromCountsAcceptUnsortedLabelsAndMissingOnes() {
        // counts 2, 1, 1: the ranges the points will occupy once sorted
        assertArrayEquals(new int[] {0, 2, 2, 3, 3, 4}, Clusters.clusterRanges(new int[] {2, 0, 1, 0}));
        // label 1 carried by no point: an empty range
        assertArrayEquals(new int[] {0, 1, 1, 1, 1, 3}, Clusters.clusterRanges(new int[] {0, 2, 2}));
        assertEquals(0, Clusters.clusterRanges(new int[0]).length);
        assertContains(message(() -> Clusters.clusterRanges(new int[] {0, -3})), "labels[1] = -3", "negative");
        assertContains(message(() -> Clusters.clusterRanges(null)), "labels is null");
    }

    @Test
    void clusterRangesMatchSortedPositions() {
        Random rnd = new Random(8);
        for (int trial = 0; trial < 100; trial++) {
            int n = rnd.nextInt(100);
            int c = 1 + rnd.nextInt(10);
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = rnd.nextInt(c);
            }
            int[] sorted = Clusters.sortClusters(labels).labels();
            int[] ranges = Clusters.clusterRanges(labels);
            int clusters = ranges.length / 2;
            assertEquals(n == 0 ? 0 : java.util.Arrays.stream(labels).max().getAsInt() + 1, clusters);
            for (int k = 0; k < clusters; k++) {
                for (int p = ranges[2 * k]; p < ranges[2 * k + 1]; p++) {
                    assertEquals(k, sorted[p]);
                }
            }
            assertEquals(n, clusters == 0 ? 0 : ranges[2 * clusters - 1]);
        }
    }

    @Test
    void centroidsKeopsExamples() {
        double[] x = {0, 1, 4, 5, 6};
        int[] lab = {0, 0, 1, 1, 1};
        assertArrayEquals(new double[] {0.5, 4.75},
                Clusters.clusterCentroids(x, 1, lab, new double[] {.5, .5, 2, 1, 1}), 1e-15);
        assertArrayEquals(new double[] {0.5, 5}, Clusters.clusterCentroids(x, 1, lab), 1e-15);

        float[] y = {0, .5f, 1, 2, 3};
        RangesCentroids rc = Clusters.clusterRangesCentroids(y, 1, lab);
        assertArrayEquals(new int[] {0, 2, 2, 5}, rc.ranges());
        assertArrayEquals(new float[] {.25f, 2}, rc.centroids());
        assertArrayEquals(new float[] {2, 3}, rc.weights());
        assertEquals(2, rc.clusters());
        RangesCentroids weighted = Clusters.clusterRangesCentroids(y, 1, lab, new float[] {1, .5f, 1, 1, 10});
        assertArrayEquals(new int[] {0, 2, 2, 5}, weighted.ranges());
        assertArrayEquals(new float[] {0.16666667f, 2.75f}, weighted.centroids(), 1e-7f);
        assertArrayEquals(new float[] {1.5f, 12}, weighted.weights());
    }

    @Test
    void centroidsMatchBruteForceInBothPrecisions() {
        Random rnd = new Random(17);
        for (int trial = 0; trial < 60; trial++) {
            int dim = 1 + rnd.nextInt(4);
            int n = rnd.nextInt(300);
            int c = 1 + rnd.nextInt(12);
            double[] x = new double[n * dim];
            float[] xf = new float[n * dim];
            for (int k = 0; k < x.length; k++) {
                xf[k] = (float) rnd.nextGaussian();
                x[k] = xf[k];
            }
            int[] labels = new int[n];
            double[] w = new double[n];
            float[] wf = new float[n];
            for (int i = 0; i < n; i++) {
                labels[i] = rnd.nextInt(c);
                wf[i] = rnd.nextFloat();
                w[i] = wf[i];
            }
            double[][] expectedW = bruteForce(x, dim, labels, w);
            double[][] expected1 = bruteForce(x, dim, labels, null);

            assertArrayEquals(expectedW[0], Clusters.clusterCentroids(x, dim, labels, w), 1e-12);
            assertArrayEquals(expected1[0], Clusters.clusterCentroids(x, dim, labels), 1e-12);
            assertArrayEquals(toFloat(expectedW[0]), Clusters.clusterCentroids(xf, dim, labels, wf), 1e-6f);
            assertArrayEquals(toFloat(expected1[0]), Clusters.clusterCentroids(xf, dim, labels), 1e-6f);

            DoubleRangesCentroids d = Clusters.clusterRangesCentroids(x, dim, labels, w);
            assertArrayEquals(Clusters.clusterRanges(labels), d.ranges());
            assertArrayEquals(expectedW[0], d.centroids(), 1e-12);
            assertArrayEquals(expectedW[1], d.weights(), 1e-12);
            DoubleRangesCentroids d1 = Clusters.clusterRangesCentroids(x, dim, labels);
            assertArrayEquals(expected1[1], d1.weights());
            assertArrayEquals(expected1[0], d1.centroids(), 1e-12);
            RangesCentroids f = Clusters.clusterRangesCentroids(xf, dim, labels, wf);
            assertArrayEquals(toFloat(expectedW[1]), f.weights(), 1e-5f);
            assertArrayEquals(toFloat(expectedW[0]), f.centroids(), 1e-6f);
            assertEquals(f, Clusters.clusterRangesCentroids(xf, dim, labels, wf));
        }
    }

    @Test
    void clustersOfZeroWeightGetCentroidZero() {
        double[] x = {1, 2, 3, 4, 5, 6};
        int[] labels = {0, 0, 2};
        // label 1 has no point; label 2 has weight 0
        double[] c = Clusters.clusterCentroids(x, 2, labels, new double[] {1, 3, 0});
        assertArrayEquals(new double[] {2.5, 3.5, 0, 0, 0, 0}, c, 1e-15);
        DoubleRangesCentroids rc = Clusters.clusterRangesCentroids(x, 2, labels);
        assertArrayEquals(new double[] {2, 3, 0, 0, 5, 6}, rc.centroids(), 1e-15);
        assertArrayEquals(new double[] {2, 0, 1}, rc.weights());
        assertArrayEquals(new int[] {0, 2, 2, 2, 2, 3}, rc.ranges());
    }

    @Test
    void centroidArgumentChecks() {
        assertContains(message(() -> Clusters.clusterCentroids(new float[6], 2, new int[2])),
                "labels: length 2", "3 = 6 / dim 2");
        assertContains(message(() -> Clusters.clusterCentroids(new float[5], 2, new int[2])), "x: length 5", "dim 2");
        assertContains(message(() -> Clusters.clusterCentroids(new double[4], 0, new int[2])), "dim must be at least 1");
        assertContains(message(() -> Clusters.clusterCentroids(new double[4], 2, new int[2], new double[3])),
                "weights: length 3", "(2)");
        assertContains(message(() -> Clusters.clusterRangesCentroids(new float[4], 2, new int[] {0, -1})),
                "labels[1] = -1");
        assertContains(message(() -> Clusters.clusterRangesCentroids(new float[4], 2, new int[2], null)),
                "weights is null");
        assertContains(message(() -> Clusters.clusterRangesCentroids((double[]) null, 2, new int[2])), "x is null");
        assertContains(message(() -> Clusters.clusterCentroids(new double[4], 2, null)), "labels is null");
    }

    @Test
    void labelsTooLargeForAnArrayAreNamedWithTheLimit() {
        // labels 0 .. max need 2 (max + 1) ints of ranges and dim (max + 1) centroid values: past an
        // array's size these were NegativeArraySizeException, ArithmeticException or OutOfMemoryError.
        assertEquals("labels[0] = 2147483647 is too large: the ranges of labels 0 .. 2147483647 would take 4294967296"
                        + " entries (2 per label), more than an array holds; labels must be at most 1073741818",
                message(() -> Clusters.clusterRanges(new int[] {Integer.MAX_VALUE})));
        assertContains(message(() -> Clusters.clusterRanges(new int[] {0, Integer.MAX_VALUE - 1, 3})),
                "labels[1] = 2147483646 is too large", "at most 1073741818");
        assertContains(message(() -> Clusters.clusterRanges(new int[] {1073741819})), "labels[0] = 1073741819");
        assertEquals("labels[0] = 1073741824 is too large: the centroids of labels 0 .. 1073741824 would take 3221225475"
                        + " entries (3 per label), more than an array holds; labels must be at most 715827878",
                message(() -> Clusters.clusterCentroids(new float[] {1, 2, 3}, 3, new int[] {1 << 30})));
        assertContains(message(() -> Clusters.clusterCentroids(new double[] {1, 2}, 1, new int[] {0, Integer.MAX_VALUE},
                new double[] {1, 1})), "labels[1] = 2147483647", "the centroids", "at most 2147483638");
        assertContains(message(() -> Clusters.clusterRangesCentroids(new float[] {1}, 1, new int[] {Integer.MAX_VALUE})),
                "labels[0] = 2147483647", "the ranges", "at most 1073741818");
        assertContains(message(() -> Clusters.clusterRangesCentroids(new double[] {1, 2}, 2, new int[] {Integer.MAX_VALUE - 1},
                new double[] {1})), "labels[0] = 2147483646", "the ranges");
        // a large label within the limit is taken at its word: empty ranges and centroids 0 below it
        int[] ranges = Clusters.clusterRanges(new int[] {1_000_000, 0});
        assertEquals(2 * 1_000_001, ranges.length);
        assertEquals(2, ranges[ranges.length - 1]);
    }

    @Test
    void resultRecordsCompareByContent() {
        RangesCentroids a = new RangesCentroids(new int[] {0, 1}, new float[] {2}, new float[] {1});
        assertEquals(a, new RangesCentroids(new int[] {0, 1}, new float[] {2}, new float[] {1}));
        assertEquals(a.hashCode(), new RangesCentroids(new int[] {0, 1}, new float[] {2}, new float[] {1}).hashCode());
        assertEquals("RangesCentroids[1 clusters, 1 centroid values]", a.toString());
        DoubleRangesCentroids b = new DoubleRangesCentroids(new int[] {0, 1}, new double[] {2}, new double[] {1});
        assertEquals(b, new DoubleRangesCentroids(new int[] {0, 1}, new double[] {2}, new double[] {1}));
        assertTrue(!b.equals(new DoubleRangesCentroids(new int[] {0, 1}, new double[] {3}, new double[] {1})));
    }

    @Test
    void endToEndPipelineGivesValidRanges() {
        // grid-cluster, sort, ranges, centroid mask, from_matrix: the KeOps tutorial sequence
        Random rnd = new Random(1);
        int n = 400;
        float[] x = new float[2 * n];
        for (int k = 0; k < x.length; k++) {
            x[k] = rnd.nextFloat() * 10;
        }
        int[] labels = Clusters.gridCluster(x, 2, 2.5f);
        RangesCentroids rc = Clusters.clusterRangesCentroids(x, 2, labels);
        Sorting s = Clusters.sortClusters(labels);
        float[] sorted = s.apply(x, 2);
        int clusters = rc.clusters();
        boolean[] keep = new boolean[clusters * clusters];
        for (int a = 0; a < clusters; a++) {
            for (int b = 0; b < clusters; b++) {
                float dx = rc.centroids()[2 * a] - rc.centroids()[2 * b];
                float dy = rc.centroids()[2 * a + 1] - rc.centroids()[2 * b + 1];
                keep[a * clusters + b] = dx * dx + dy * dy < 16;
            }
        }
        Ranges r = Clusters.fromMatrix(rc.ranges(), rc.ranges(), keep);
        RangeBlocks blocks = r.blocksOverJ("ranges", n, n);
        // every point lies in its cluster's range after sorting, and the plan visits the mask's pairs
        int[] sortedLabels = s.labels();
        long expected = 0;
        for (int i = 0; i < n; i++) {
            int li = sortedLabels[i];
            assertTrue(rc.ranges()[2 * li] <= i && i < rc.ranges()[2 * li + 1]);
            for (int j = 0; j < n; j++) {
                expected += keep[li * clusters + sortedLabels[j]] ? 1 : 0;
            }
        }
        assertEquals(expected, blocks.pairs());
        assertEquals(expected, r.pairsOverI());
        assertEquals(sorted.length, x.length);
    }

    // ---- helpers ----

    /** {centroids, totals} by direct summation. */
    private static double[][] bruteForce(double[] x, int dim, int[] labels, double[] w) {
        int c = java.util.Arrays.stream(labels).max().orElse(-1) + 1;
        double[] centroids = new double[c * dim];
        double[] totals = new double[c];
        for (int k = 0; k < c; k++) {
            double total = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == k) {
                    total += w == null ? 1 : w[i];
                }
            }
            totals[k] = total;
            for (int d = 0; d < dim; d++) {
                double sum = 0;
                for (int i = 0; i < labels.length; i++) {
                    if (labels[i] == k) {
                        sum += (w == null ? 1 : w[i]) * x[i * dim + d];
                    }
                }
                centroids[k * dim + d] = total == 0 ? 0 : sum / total;
            }
        }
        return new double[][] {centroids, totals};
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int k = 0; k < a.length; k++) {
            f[k] = (float) a[k];
        }
        return f;
    }
}
