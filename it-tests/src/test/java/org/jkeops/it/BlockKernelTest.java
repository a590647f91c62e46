package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.jkeops.cluster.RadiusRanges;
import org.jkeops.it.Backends.Target;
import org.jkeops.linalg.LinearOperator;
import org.jkeops.linalg.Lobpcg;
import org.jkeops.linalg.LobpcgResult;
import org.jkeops.runtime.Ranges;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated block kernels (a {@code @Vj(4)} weight) on every backend: a block product through a
 * {@link LinearOperator} and its algebra equals 4 single products, dense and with
 * {@link RadiusRanges}; LOBPCG on the block operator finds the eigenvalues ARPACK-free that the
 * single-vector operator gives.
 */
class BlockKernelTest {
    static final int N = 700;
    static final int W = 4;
    static final double SIGMA = 0.08;

    static List<Target> backends() {
        return Backends.underTest();
    }

    static float[] points() {
        SplittableRandom rnd = new SplittableRandom(21);
        float[] x = new float[3 * N];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rnd.nextDouble();
        }
        return x;
    }

    static double[] block(int k, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] b = new double[N * k];
        for (int i = 0; i < b.length; i++) {
            b[i] = rnd.nextDouble(-1, 1);
        }
        return b;
    }

    /** I - D K D with D a fixed positive diagonal: the algebra around the kernel. */
    static LinearOperator expression(LinearOperator k) {
        double[] d = new double[N];
        for (int i = 0; i < N; i++) {
            d[i] = 0.01 + 0.001 * (i % 7);
        }
        LinearOperator diag = LinearOperator.diag(d);
        return LinearOperator.identity(N).minus(diag.times(k).times(diag)).plus(k.scale(0.5));
    }

    static void assertColumnsEqualSingles(LinearOperator op, int k, double tol, String what) {
        double[] in = block(k, 3 + k);
        double[] out = op.applyBlock(in, k);
        for (int c = 0; c < k; c++) {
            double[] col = new double[N];
            for (int i = 0; i < N; i++) {
                col[i] = in[i * k + c];
            }
            double[] single = op.apply(col);
            for (int i = 0; i < N; i++) {
                assertEquals(single[i], out[i * k + c], tol * (1 + Math.abs(single[i])),
                        what + ", k = " + k + ", row " + i + ", column " + c);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void floatBlockKernelEqualsSingleProducts(Target backend) {
        BlockKernels kernels = new BlockKernelsImpl(Backends.runtime(backend));
        float[] x = points();
        float g = (float) (1 / (2 * SIGMA * SIGMA));
        RadiusRanges rr = RadiusRanges.of(x, 3, 4 * SIGMA);
        for (Ranges ranges : new Ranges[] {null, rr.ranges()}) {
            float[] p = ranges == null ? x : rr.points();
            LinearOperator k = LinearOperator.symmetric(LinearOperator.ofFloat(N, N,
                    v -> kernels.single(p, p, v, g, ranges), W, b -> kernels.block4(p, p, b, g, ranges)));
            String what = backend + (ranges == null ? ", dense" : ", radius ranges");
            for (int width : new int[] {1, 3, 4, 7, 9}) { // single, padded, exact, 4 + padded 3, 4 + 4 + single
                assertColumnsEqualSingles(k, width, 2e-5, "float32 K, " + what);
                assertColumnsEqualSingles(expression(k), width, 2e-5, "float32 I - DKD + K/2, " + what);
            }
            float[] fb = TestData.toFloat(block(W, 9));
            float[] direct = kernels.block4(p, p, fb, g, ranges);
            assertArrayEquals(direct, k.applyBlock(fb, W), "the float path hands the kernel its own block");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void doubleBlockKernelEqualsSingleProductsAndDrivesLobpcg(Target backend) {
        BlockKernels kernels = new BlockKernelsImpl(Backends.runtime(backend));
        double[] x = TestData.toDouble(points());
        double g = 1 / (2 * SIGMA * SIGMA);
        LinearOperator k = LinearOperator.symmetric(LinearOperator.of(N, N, v -> kernels.single(x, x, v, g, null), W,
                b -> kernels.block4(x, x, b, g, null)));
        LinearOperator singleOnly = LinearOperator.symmetric(LinearOperator.of(N, N,
                v -> kernels.single(x, x, v, g, null)));
        for (int width : new int[] {1, 4, 6}) {
            assertColumnsEqualSingles(k, width, 1e-12, "float64 K, " + backend);
            assertColumnsEqualSingles(expression(k), width, 1e-12, "float64 I - DKD + K/2, " + backend);
        }
        LobpcgResult block = Lobpcg.of(k).k(3).blockSize(W).which(Lobpcg.Which.LARGEST).tol(1e-9).solve();
        LobpcgResult single = Lobpcg.of(singleOnly).k(3).blockSize(W).which(Lobpcg.Which.LARGEST).tol(1e-9).solve();
        assertArrayEquals(single.eigenvalues(), block.eigenvalues(), 1e-8 * single.eigenvalue(2),
                "block kernel and single kernel give one spectrum on " + backend);
        for (int e = 0; e < 3; e++) {
            assertTrue(block.residual(e) < 1e-7 * block.eigenvalue(2), "residual " + e + ": " + block);
        }
    }
}
