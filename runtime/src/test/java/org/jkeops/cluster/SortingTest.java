package org.jkeops.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SortingTest {
    private static String message(Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    @Test
    void keopsDocExample() {
        float[] x = {0, 5, .4f, .3f, 2};
        Sorting s = Clusters.sortClusters(new int[] {0, 2, 0, 0, 1});
        assertArrayEquals(new float[] {0, .4f, .3f, 2, 5}, s.apply(x, 1));
        assertArrayEquals(new int[] {0, 0, 0, 1, 2}, s.labels());
        assertArrayEquals(new int[] {0, 2, 3, 4, 1}, s.permutation());
        assertEquals(5, s.size());
    }

    @Test
    void randomSortsAreStableAndApplyUnapplyAreInverse() {
        Random rnd = new Random(31);
        for (int trial = 0; trial < 100; trial++) {
            int n = rnd.nextInt(200);
            int c = 1 + rnd.nextInt(trial % 2 == 0 ? 5 : 50);
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = rnd.nextInt(c);
            }
            Sorting s = Clusters.sortClusters(labels);
            checkStableSort(labels, s);

            int dim = 1 + rnd.nextInt(4);
            float[] xf = new float[n * dim];
            double[] xd = new double[n * dim];
            int[] xi = new int[n * dim];
            for (int k = 0; k < xf.length; k++) {
                xi[k] = rnd.nextInt();
                xf[k] = rnd.nextFloat();
                xd[k] = rnd.nextDouble();
            }
            int[] perm = s.permutation();
            float[] af = s.apply(xf, dim);
            double[] ad = s.apply(xd, dim);
            int[] ai = s.apply(xi, dim);
            for (int p = 0; p < n; p++) {
                for (int d = 0; d < dim; d++) {
                    assertEquals(xf[perm[p] * dim + d], af[p * dim + d]);
                    assertEquals(xd[perm[p] * dim + d], ad[p * dim + d]);
                    assertEquals(xi[perm[p] * dim + d], ai[p * dim + d]);
                }
            }
            assertArrayEquals(xf, s.unapply(af, dim));
            assertArrayEquals(xd, s.unapply(ad, dim));
            assertArrayEquals(xi, s.unapply(ai, dim));
            assertArrayEquals(xd, s.apply(s.unapply(xd, dim), dim));
            // the labels themselves, as a dim-1 int array
            assertArrayEquals(s.labels(), s.apply(labels, 1));
            // ranges from unsorted or sorted labels agree: both come from the counts
            assertArrayEquals(Clusters.clusterRanges(labels), Clusters.clusterRanges(s.labels()));
        }
    }

    @Test
    void sparseLabelsUseTheMergeSortAndStayStable() {
        int[] labels = {1_000_000_000, 3, 1_000_000_000, 0, 3};
        Sorting s = Clusters.sortClusters(labels);
        assertArrayEquals(new int[] {3, 1, 4, 0, 2}, s.permutation());
        assertArrayEquals(new int[] {0, 3, 3, 1_000_000_000, 1_000_000_000}, s.labels());
        Random rnd = new Random(4);
        int[] random = new int[300];
        for (int i = 0; i < random.length; i++) {
            random[i] = rnd.nextInt(10) * 100_000_000;
        }
        checkStableSort(random, Clusters.sortClusters(random));
    }

    @Test
    void emptyAndCopies() {
        Sorting s = Clusters.sortClusters(new int[0]);
        assertEquals(0, s.size());
        assertEquals(0, s.apply(new float[0], 3).length);
        Sorting t = Clusters.sortClusters(new int[] {1, 0});
        t.permutation()[0] = 7;
        t.labels()[0] = 7;
        assertArrayEquals(new int[] {1, 0}, t.permutation());
        assertArrayEquals(new int[] {0, 1}, t.labels());
        assertEquals(t, Clusters.sortClusters(new int[] {1, 0}));
        assertEquals(t.hashCode(), Clusters.sortClusters(new int[] {1, 0}).hashCode());
        assertEquals("Sorting[2 points]", t.toString());
    }

    @Test
    void rejectsBadArguments() {
        Sorting s = Clusters.sortClusters(new int[] {1, 0, 1});
        String m = message(() -> s.apply(new float[5], 2));
        assertTrue(m.contains("a: length 5") && m.contains("3 x 2"), m);
        m = message(() -> s.unapply(new double[3], 2));
        assertTrue(m.contains("a: length 3") && m.contains("3 x 2"), m);
        assertTrue(message(() -> s.apply(new int[3], 0)).contains("dim must be at least 1, got 0"));
        assertTrue(message(() -> s.apply((double[]) null, 1)).contains("a is null"));
        assertTrue(message(() -> Clusters.sortClusters(new int[] {0, -1})).contains("labels[1] = -1"));
        assertTrue(message(() -> Clusters.sortClusters(null)).contains("labels is null"));
    }

    @Test
    void indexSortMatchesJavaStableSort() {
        Random rnd = new Random(9);
        for (int n : new int[] {0, 1, 2, 3, 5, 8, 17, 1000}) {
            int[] keys = new int[n];
            for (int i = 0; i < n; i++) {
                keys[i] = rnd.nextInt(7);
            }
            Integer[] expected = new Integer[n];
            for (int i = 0; i < n; i++) {
                expected[i] = i;
            }
            Arrays.sort(expected, Comparator.comparingInt(i -> keys[i])); // stable for objects
            int[] actual = IndexSort.sorted(n, (a, b) -> Integer.compare(keys[a], keys[b]));
            assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), actual);
        }
    }

    private static void checkStableSort(int[] labels, Sorting s) {
        int n = labels.length;
        int[] perm = s.permutation();
        int[] sorted = s.labels();
        boolean[] seen = new boolean[n];
        for (int p = 0; p < n; p++) {
            assertTrue(!seen[perm[p]], "a permutation");
            seen[perm[p]] = true;
            assertEquals(labels[perm[p]], sorted[p]);
            if (p > 0) {
                assertTrue(sorted[p - 1] <= sorted[p], "sorted");
                if (sorted[p - 1] == sorted[p]) {
                    assertTrue(perm[p - 1] < perm[p], "stable");
                }
            }
        }
    }
}
