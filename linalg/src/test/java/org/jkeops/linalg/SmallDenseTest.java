package org.jkeops.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * LOBPCG's small dense eigenproblems (EJML) against Hipparchus' symmetric eigendecomposition
 * ({@link DenseEigen}), an independent implementation, on the sizes and spectra a Rayleigh-Ritz
 * step meets: 1 to 36 rows, clustered and repeated eigenvalues, rank-deficient Gram matrices.
 */
class SmallDenseTest {

    /** A random symmetric matrix Q diag(values) Q^T, Q from the eigenvectors of a random symmetric matrix. */
    private static double[][] withSpectrum(double[] values, long seed) {
        int n = values.length;
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                r[i][j] = r[j][i] = rnd.nextDouble() - 0.5;
            }
        }
        DenseEigen q = DenseEigen.of(r);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int e = 0; e < n; e++) {
                    s += q.vector(e)[i] * values[e] * q.vector(e)[j];
                }
                a[i][j] = s;
            }
        }
        for (int i = 0; i < n; i++) { // exactly symmetric, as the Gram matrices are
            for (int j = 0; j < i; j++) {
                a[i][j] = a[j][i];
            }
        }
        return a;
    }

    private static double[][] spectra(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] spread = new double[n];
        double[] clustered = new double[n];
        double[] deficient = new double[n];
        for (int i = 0; i < n; i++) {
            spread[i] = 10 * rnd.nextDouble() - 5;
            clustered[i] = 1 + (i % 3) * 1e-9 + (i / 3);
            deficient[i] = i < n / 2 ? 1e-17 * i : rnd.nextDouble() + 0.5; // a Gram matrix of nearly dependent columns
        }
        return new double[][] {spread, clustered, deficient};
    }

    @Test
    void eigenpairsMatchAnIndependentDecomposition() {
        for (int n : new int[] {1, 2, 7, 12, 24, 36}) {
            double[][] spectra = spectra(n, n);
            for (int s = 0; s < spectra.length; s++) {
                double[][] a = withSpectrum(spectra[s], 100L * n + s);
                double scale = Arrays.stream(spectra[s]).map(Math::abs).max().orElse(1);
                SmallDense.Eigen e = SmallDense.symmetricEigen(a);
                double[] expected = DenseEigen.of(a).values();
                String where = "n = " + n + ", spectrum " + s;
                assertArrayEquals(expected, e.values(), 1e-12 * scale, where);
                for (int c = 1; c < n; c++) {
                    assertTrue(e.values()[c - 1] <= e.values()[c], "ascending, " + where);
                }
                // A v = lambda v and V^T V = I: the vectors are checked as vectors, since repeated
                // eigenvalues have no unique basis to compare with
                for (int c = 0; c < n; c++) {
                    for (int i = 0; i < n; i++) {
                        double av = 0;
                        for (int j = 0; j < n; j++) {
                            av += a[i][j] * e.vectors()[j][c];
                        }
                        assertEquals(e.values()[c] * e.vectors()[i][c], av, 1e-12 * scale, "A v, column " + c + ", " + where);
                    }
                    for (int d = 0; d < n; d++) {
                        double dot = 0;
                        for (int i = 0; i < n; i++) {
                            dot += e.vectors()[i][c] * e.vectors()[i][d];
                        }
                        assertEquals(c == d ? 1 : 0, dot, 1e-12, "V^T V (" + c + ", " + d + "), " + where);
                    }
                }
            }
        }
    }

    @Test
    void onlyTheSymmetricPartCounts() {
        double[][] a = withSpectrum(new double[] {-1, 0.5, 2, 3}, 7);
        double[][] skewed = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                skewed[i][j] = a[i][j] + (i < j ? 1e-3 : i > j ? -1e-3 : 0);
            }
        }
        assertArrayEquals(SmallDense.symmetricEigen(a).values(), SmallDense.symmetricEigen(skewed).values(), 1e-14);
    }

    @Test
    void aNonFiniteMatrixIsAnErrorNamingItsSize() {
        double[][] a = withSpectrum(new double[] {1, 2, 3}, 3);
        a[1][2] = a[2][1] = Double.NaN;
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> SmallDense.symmetricEigen(a));
        assertTrue(e.getMessage().contains("3 x 3") && e.getMessage().contains("NaN at (1, 2)"), e.getMessage());
        double[][] huge = withSpectrum(new double[] {1, 2, 3}, 3);
        huge[0][1] = huge[1][0] = 1.5e308; // finite entries whose mean overflows in the sum
        e = assertThrows(ArithmeticException.class, () -> SmallDense.symmetricEigen(huge));
        assertTrue(e.getMessage().contains("1.5E308 at (0, 1)"), e.getMessage());
    }

    @Test
    void ascendingIsAStableSortByValue() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int n = 0; n <= 40; n++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                // ties and signed zeros (-0.0 sorts before 0.0 by Double.compare); an int plus -0.0
                // would give +0.0 for 0, so the zeros' signs are set apart
                int value = rnd.nextInt(5) - 2;
                v[i] = value == 0 && rnd.nextBoolean() ? -0.0 : value;
            }
            Integer[] boxed = new Integer[n];
            Arrays.setAll(boxed, i -> i);
            Arrays.sort(boxed, Comparator.comparingDouble(i -> v[i])); // stable, by Double.compare
            assertArrayEquals(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), SmallDense.ascending(v), "n = " + n);
        }
    }
}
