package org.jkeops.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KSmallestTest {
    @Test
    void keepsTheKSmallestAscendingWithStableTies() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rnd.nextInt(40);
            int k = 1 + rnd.nextInt(8);
            int dim = 1 + rnd.nextInt(3);
            float[][] vals = new float[dim][n];
            for (float[] row : vals) {
                for (int j = 0; j < n; j++) {
                    row[j] = rnd.nextInt(6); // many ties
                }
            }
            float[] kv = new float[k * dim];
            int[] ki = new int[k * dim];
            int[] kn = new int[dim];
            KSmallest.reset(kv, ki, kn);
            for (int j = 0; j < n; j++) {
                for (int c = 0; c < dim; c++) {
                    KSmallest.offer(kv, ki, kn, k, dim, c, vals[c][j], j);
                }
            }
            for (int c = 0; c < dim; c++) {
                final float[] row = vals[c];
                int[] order = IntStream.range(0, n).boxed()
                        .sorted(Comparator.<Integer>comparingDouble(j -> row[j]).thenComparingInt(j -> j))
                        .mapToInt(Integer::intValue).toArray();
                int[] expectedIdx = new int[k];
                float[] expectedVal = new float[k];
                Arrays.fill(expectedIdx, -1);
                Arrays.fill(expectedVal, Float.POSITIVE_INFINITY);
                for (int q = 0; q < Math.min(k, n); q++) {
                    expectedIdx[q] = order[q];
                    expectedVal[q] = row[order[q]];
                }
                int[] gotIdx = new int[k];
                float[] gotVal = new float[k];
                for (int q = 0; q < k; q++) {
                    gotIdx[q] = ki[q * dim + c];
                    gotVal[q] = kv[q * dim + c];
                }
                assertArrayEquals(expectedIdx, gotIdx, "trial " + trial + " component " + c);
                assertArrayEquals(expectedVal, gotVal, "trial " + trial + " component " + c);
            }
        }
    }

    @Test
    void nanIsNeverInsertedAndInfinityIs() {
        double[] kv = new double[2];
        int[] ki = new int[2];
        int[] kn = new int[1];
        KSmallest.reset(kv, ki, kn);
        KSmallest.offer(kv, ki, kn, 2, 1, 0, Double.NaN, 0);
        KSmallest.offer(kv, ki, kn, 2, 1, 0, Double.POSITIVE_INFINITY, 1);
        assertArrayEquals(new int[] {1, -1}, ki);
        KSmallest.offer(kv, ki, kn, 2, 1, 0, 3.0, 2);
        assertArrayEquals(new int[] {2, 1}, ki);
        assertArrayEquals(new double[] {3.0, Double.POSITIVE_INFINITY}, kv);
    }
}
