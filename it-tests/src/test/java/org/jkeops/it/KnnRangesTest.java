package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jkeops.cluster.KnnRanges;
import org.jkeops.it.Backends.Target;
import org.jkeops.runtime.FloatArgResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * k nearest neighbours under {@link KnnRanges} equal the dense reduction on every backend: the same
 * distances (each pair computes the same formula), and the same neighbours up to ties.
 */
class KnnRangesTest {

    static Stream<Arguments> cases() {
        return Backends.underTest().stream().flatMap(t -> Stream.of(
                Arguments.of(t, "uniform", 3001, 3), Arguments.of(t, "roll", 5000, 3),
                Arguments.of(t, "duplicates", 1023, 3), Arguments.of(t, "uniform", 207, 2),
                Arguments.of(t, "uniform", 10, 3), Arguments.of(t, "uniform", 4, 2), Arguments.of(t, "uniform", 11, 2)));
    }

    static float[] cloud(String shape, int n, int dim, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] x = new float[n * dim];
        for (int i = 0; i < n; i++) {
            double t = 6 * Math.PI * rnd.nextDouble();
            for (int d = 0; d < dim; d++) {
                x[i * dim + d] = switch (shape) {
                    case "roll" -> (float) (d == 0 ? t * Math.cos(t) : d == 1 ? 5 * rnd.nextDouble() : t * Math.sin(t));
                    case "duplicates" -> (float) (rnd.nextInt(50) * 0.5 - 3); // many equal points: ties everywhere
                    default -> (float) rnd.nextDouble(-1e3, 1e3);
                };
            }
        }
        return x;
    }

    @ParameterizedTest(name = "{0}, {1}, n = {2}, dim = {3}")
    @MethodSource("cases")
    void sameNeighboursAsTheDenseReduction(Target target, String shape, int n, int dim) {
        KnnRangesKernels kernels = new KnnRangesKernelsImpl(Backends.runtime(target));
        int k = dim == 3 ? 10 : 4;
        KnnRanges kr = KnnRanges.of(cloud(shape, n, dim, 20261205L ^ n), dim, k);
        float[] p = kr.points();
        FloatArgResult dense = dim == 3 ? kernels.knn3(p, p, null) : kernels.knn2(p, p, null);
        FloatArgResult sparse = dim == 3 ? kernels.knn3(p, p, kr.ranges()) : kernels.knn2(p, p, kr.ranges());
        int kk = Math.min(k, n);
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < kk; q++) {
                float want = dense.values()[i * k + q];
                float got = sparse.values()[i * k + q];
                String where = target + ", " + kr + ", row " + i + ", rank " + q;
                assertEquals(want, got, 1e-6f * Math.abs(want), where);
                int j = sparse.indices()[i * k + q];
                if (dense.indices()[i * k + q] != j) { // a tie: the neighbour found must be as near
                    double d2 = 0;
                    for (int d = 0; d < dim; d++) {
                        double diff = (double) p[i * dim + d] - p[j * dim + d];
                        d2 += diff * diff;
                    }
                    assertEquals(want, d2, 1e-6 * Math.abs(want), where + ": index " + j);
                }
            }
        }
        if (n >= 3000) {
            assertTrue(kr.keptPairs() < 0.25 * (double) n * n, "the pattern prunes: " + kr);
        }
    }
}
