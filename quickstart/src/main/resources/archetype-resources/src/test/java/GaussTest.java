package ${package};

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The generated kernels against a plain double-precision loop. */
class GaussTest {
    private final Random random = new Random(7);

    @Test
    void convolutionMatchesALoop() {
        int m = 57;
        int n = 131;
        float[] x = random(m * 3);
        float[] y = random(n * 3);
        float[] b = random(n);
        float[] a = new GaussImpl().conv(x, y, b, 0.5f);
        assertEquals(m, a.length);
        for (int i = 0; i < m; i++) {
            double expected = 0;
            for (int j = 0; j < n; j++) {
                expected += Math.exp(-0.5 * sqDist(x, i, y, j)) * b[j];
            }
            assertEquals(expected, a[i], 1e-5 * Math.max(1, Math.abs(expected)), "row " + i);
        }
    }

    @Test
    void nearestNeighboursMatchASort() {
        int m = 9;
        int n = 40;
        float[] x = random(m * 3);
        float[] y = random(n * 3);
        int[] nn = new GaussImpl().knn(x, y);
        for (int i = 0; i < m; i++) {
            final int row = i;
            int[] expected = java.util.stream.IntStream.range(0, n).boxed()
                    .sorted((p, q) -> Double.compare(sqDist(x, row, y, p), sqDist(x, row, y, q)))
                    .limit(10).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, java.util.Arrays.copyOfRange(nn, i * 10, i * 10 + 10), "row " + i);
        }
    }

    private static double sqDist(float[] x, int i, float[] y, int j) {
        double s = 0;
        for (int c = 0; c < 3; c++) {
            double d = (double) x[3 * i + c] - y[3 * j + c];
            s += d * d;
        }
        return s;
    }

    private float[] random(int length) {
        float[] v = new float[length];
        for (int i = 0; i < length; i++) {
            v[i] = random.nextFloat();
        }
        return v;
    }
}
