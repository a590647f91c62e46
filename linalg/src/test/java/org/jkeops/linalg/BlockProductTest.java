package org.jkeops.linalg;

import static org.jkeops.linalg.EigshTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Block products {@code A · [v_1 ... v_k]} equal k single products, through the whole algebra. */
class BlockProductTest {

    private static final int N = 6;
    private static final double[][] A = TestMatrices.randomMatrix(N, N, 11);
    private static final double[][] B = TestMatrices.randomMatrix(N, N, 12);
    private static final double[][] R = TestMatrices.randomMatrix(N, 4, 13); // rectangular 6 x 4
    private static final double[] D = {1, -2, 3, 0.5, 4, -1.5};

    /** Every operator of the algebra, square N x N. */
    private static Map<String, LinearOperator> algebra() {
        LinearOperator a = TestMatrices.dense(A);
        LinearOperator b = TestMatrices.dense(B);
        LinearOperator s = LinearOperator.symmetric(TestMatrices.dense(sym(A)));
        LinearOperator r = TestMatrices.dense(R);
        LinearOperator rt = TestMatrices.dense(TestMatrices.transpose(R));
        Map<String, LinearOperator> ops = new LinkedHashMap<>();
        ops.put("of", a);
        ops.put("ofFloat", LinearOperator.ofFloat(N, N, v -> toFloat(TestMatrices.multiply(A, toDouble(v)))));
        ops.put("identity", LinearOperator.identity(N));
        ops.put("diag", LinearOperator.diag(D));
        ops.put("plus", a.plus(b));
        ops.put("minus", a.minus(b).minus(LinearOperator.diag(D)));
        ops.put("times", a.times(b));
        ops.put("times rectangular", r.times(rt));
        ops.put("scale", a.scale(-2.5));
        ops.put("symmetric", s);
        ops.put("named", a.named("A"));
        ops.put("transpose", LinearOperator.withTranspose(r, rt).transpose().times(r));
        ops.put("symmetric transpose", s.transpose());
        ops.put("D S D", LinearOperator.diag(D).times(s).times(LinearOperator.diag(D)));
        ops.put("I - 0.5 S", LinearOperator.identity(N).minus(s.scale(0.5)));
        ops.put("block kernel width 2", blockKernel(2, new AtomicInteger(), new AtomicInteger()));
        ops.put("block kernel width 3, in an expression",
                LinearOperator.identity(N).minus(LinearOperator.diag(D).times(blockKernel(3, new AtomicInteger(),
                        new AtomicInteger())).times(LinearOperator.diag(D))));
        return ops;
    }

    private static double[][] sym(double[][] m) {
        double[][] s = new double[m.length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                s[i][j] = m[i][j] + m[j][i];
            }
        }
        return s;
    }

    /** A with a block function of the given width that counts its calls. */
    private static LinearOperator blockKernel(int width, AtomicInteger singles, AtomicInteger blocks) {
        return LinearOperator.of(N, N, v -> {
            singles.incrementAndGet();
            return TestMatrices.multiply(A, v);
        }, width, b -> {
            blocks.incrementAndGet();
            assertEquals(N * width, b.length, "the block function gets exactly its width");
            double[] out = new double[N * width];
            for (int c = 0; c < width; c++) {
                BlockColumns.setColumn(out, width, c, TestMatrices.multiply(A, BlockColumns.column(b, N, width, c)));
            }
            return out;
        });
    }

    private static double[] block(int rows, int k, long seed) {
        return TestMatrices.randomVector(rows * k, seed);
    }

    @Test
    void blockProductsEqualSingleProductsForEveryOperatorInDouble() {
        for (Map.Entry<String, LinearOperator> e : algebra().entrySet()) {
            LinearOperator op = e.getValue();
            for (int k : new int[] {1, 2, 5}) {
                double[] in = block(op.cols(), k, 31 + k);
                double[] out = op.applyBlock(in, k);
                for (int c = 0; c < k; c++) {
                    double[] single = op.apply(BlockColumns.column(in, op.cols(), k, c));
                    assertArrayEquals(single, BlockColumns.column(out, op.rows(), k, c), 1e-12,
                            e.getKey() + ", k = " + k + ", column " + c);
                }
            }
        }
    }

    @Test
    void blockProductsEqualSingleProductsForEveryOperatorInFloat() {
        for (Map.Entry<String, LinearOperator> e : algebra().entrySet()) {
            LinearOperator op = e.getValue();
            for (int k : new int[] {1, 3, 4}) {
                float[] in = toFloat(block(op.cols(), k, 41 + k));
                float[] out = op.applyBlock(in, k);
                for (int c = 0; c < k; c++) {
                    float[] single = op.apply(BlockColumns.column(in, op.cols(), k, c));
                    assertArrayEquals(single, BlockColumns.column(out, op.rows(), k, c), 1e-4f,
                            e.getKey() + ", k = " + k + ", column " + c);
                }
            }
        }
    }

    @Test
    void aBlockKernelRunsWholeBlocksPaddedRestsAndSingleColumns() {
        AtomicInteger singles = new AtomicInteger();
        AtomicInteger blocks = new AtomicInteger();
        LinearOperator op = blockKernel(4, singles, blocks);

        op.applyBlock(block(N, 4, 1), 4);
        assertEquals(1, blocks.get(), "width 4 on a 4-column block: one block pass");
        assertEquals(0, singles.get());

        op.applyBlock(block(N, 11, 2), 11); // 4 + 4 + 3 padded to 4
        assertEquals(4, blocks.get());
        assertEquals(0, singles.get());

        op.applyBlock(block(N, 9, 3), 9); // 4 + 4 + 1 single
        assertEquals(6, blocks.get());
        assertEquals(1, singles.get());
    }

    @Test
    void aFloatBlockKernelGetsFloatBlocksWithNoConversion() {
        AtomicInteger blocks = new AtomicInteger();
        float[] a = toFloat(flatten(A));
        LinearOperator op = LinearOperator.ofFloat(N, N, v -> {
            throw new AssertionError("no single pass expected");
        }, 2, b -> {
            blocks.incrementAndGet();
            float[] out = new float[N * 2];
            for (int i = 0; i < N; i++) {
                for (int c = 0; c < 2; c++) {
                    float s = 0;
                    for (int j = 0; j < N; j++) {
                        s += a[i * N + j] * b[j * 2 + c];
                    }
                    out[i * 2 + c] = s;
                }
            }
            return out;
        });
        float[] in = toFloat(block(N, 2, 5));
        float[] out = op.applyBlock(in, 2);
        double[] expected = TestMatrices.multiply(A, toDouble(BlockColumns.column(in, N, 2, 1)));
        assertArrayEquals(toFloat(expected), BlockColumns.column(out, N, 2, 1), 1e-5f);
        assertEquals(1, blocks.get());
    }

    @Test
    void badBlocksAreRejectedWithTheirSizes() {
        LinearOperator r = TestMatrices.dense(R); // 6 x 4
        assertMessage("in has length 10, expected cols x k = 4 x 3 = 12", () -> r.applyBlock(new double[10], 3));
        assertMessage("out has length 11, expected rows x k = 6 x 2 = 12", () -> r.applyBlock(new double[8], new double[11], 2));
        assertMessage("block width k = 0 must be >= 1", () -> r.applyBlock(new float[0], 0));
        LinearOperator wrong = LinearOperator.of(N, N, v -> v, 2, b -> new double[3]);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> wrong.applyBlock(new double[2 * N], 2));
        assertTrue(e.getMessage().contains("returned an array of length 3, expected rows x width = 6 x 2"),
                e.getMessage());
        assertMessage("block width = 0 must be >= 1", () -> LinearOperator.of(N, N, v -> v, 0, b -> b));
    }

    private static double[] flatten(double[][] m) {
        double[] f = new double[m.length * m[0].length];
        for (int i = 0; i < m.length; i++) {
            System.arraycopy(m[i], 0, f, i * m[0].length, m[0].length);
        }
        return f;
    }

    static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }

    static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }
}
