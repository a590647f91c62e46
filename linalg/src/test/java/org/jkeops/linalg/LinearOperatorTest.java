package org.jkeops.linalg;

import static org.jkeops.linalg.EigshTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** The operator algebra against dense products computed by Hipparchus. */
class LinearOperatorTest {

    private static final double[][] A = TestMatrices.randomMatrix(7, 5, 1);
    private static final double[][] B = TestMatrices.randomMatrix(7, 5, 2);
    private static final double[][] C = TestMatrices.randomMatrix(5, 4, 3);
    private static final double[][] S = symmetric(TestMatrices.randomMatrix(5, 5, 4));
    private static final double[] D5 = {1, -2, 3, 0.5, 4};

    private static double[][] symmetric(double[][] m) {
        double[][] s = new double[m.length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                s[i][j] = m[i][j] + m[j][i];
            }
        }
        return s;
    }

    // ------------------------------------------------------------ application

    @Test
    void ofAppliesTheFunction() {
        LinearOperator a = TestMatrices.dense(A);
        double[] v = TestMatrices.randomVector(5, 9);

        assertEquals(7, a.rows());
        assertEquals(5, a.cols());
        assertArrayEquals(TestMatrices.matrix(A).operate(v), a.apply(v), 1e-14);
        double[] out = new double[7];
        a.apply(v, out);
        assertArrayEquals(TestMatrices.matrix(A).operate(v), out, 1e-14);
    }

    @Test
    void applyChecksLengthsAndDistinctArrays() {
        LinearOperator a = TestMatrices.dense(A);
        assertMessage("in has length 4, expected cols = 5", () -> a.apply(new double[4]));
        assertMessage("out has length 5, expected rows = 7", () -> a.apply(new double[5], new double[5]));
        assertMessage("in has length 6, expected cols = 5", () -> a.apply(new float[6], new float[7]));
        LinearOperator square = LinearOperator.identity(3);
        double[] same = new double[3];
        assertMessage("in and out are the same array", () -> square.apply(same, same));
        assertThrows(NullPointerException.class, () -> a.apply((double[]) null));
    }

    @Test
    void aFunctionReturningTheWrongLengthIsReported() {
        LinearOperator bad = LinearOperator.of(4, 4, v -> new double[3]);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> bad.apply(new double[4]));
        assertEquals("the mat-vec function of op [4 x 4] returned an array of length 3, expected rows = 4", e.getMessage());
        LinearOperator badFloat = LinearOperator.ofFloat(4, 4, v -> null);
        assertThrows(IllegalStateException.class, () -> badFloat.apply(new float[4]));
    }

    @Test
    void aFloatOperatorRunsOnTheCallersFloatArrayAndConvertsForDoubles() {
        AtomicReference<float[]> received = new AtomicReference<>();
        LinearOperator twice = LinearOperator.ofFloat(3, 3, v -> {
            received.set(v);
            return new float[] {2 * v[0], 2 * v[1], 2 * v[2]};
        });
        float[] in = {1, 2, 3};

        assertArrayEquals(new float[] {2, 4, 6}, twice.apply(in));
        assertSame(in, received.get(), "no conversion on the float path");
        assertArrayEquals(new double[] {0.5, 1, 1.5}, twice.apply(new double[] {0.25, 0.5, 0.75}), 0);
    }

    @Test
    void aDoubleOperatorAppliedToFloatsConverts() {
        LinearOperator d = LinearOperator.diag(new double[] {0.5, 3});
        assertArrayEquals(new float[] {1, 3}, d.apply(new float[] {2, 1}));
        assertArrayEquals(new float[] {2, 1}, LinearOperator.identity(2).apply(new float[] {2, 1}));
        assertArrayEquals(new float[] {2, 6}, d.plus(d).scale(2).minus(d.scale(3)).apply(new float[] {4, 2}));
    }

    // ------------------------------------------------------------ algebra

    @Test
    void plusMinusScaleTimesMatchDenseProducts() {
        LinearOperator a = TestMatrices.dense(A);
        LinearOperator b = TestMatrices.dense(B);
        LinearOperator c = TestMatrices.dense(C);
        RealMatrix ma = TestMatrices.matrix(A);
        RealMatrix mb = TestMatrices.matrix(B);
        RealMatrix mc = TestMatrices.matrix(C);
        double[] v5 = TestMatrices.randomVector(5, 10);
        double[] v4 = TestMatrices.randomVector(4, 11);

        assertArrayEquals(ma.add(mb).operate(v5), a.plus(b).apply(v5), 1e-13);
        assertArrayEquals(ma.subtract(mb).operate(v5), a.minus(b).apply(v5), 1e-13);
        assertArrayEquals(ma.scalarMultiply(-2.5).operate(v5), a.scale(-2.5).apply(v5), 1e-13);
        assertArrayEquals(ma.multiply(mc).operate(v4), a.times(c).apply(v4), 1e-13);
        assertArrayEquals(mb.subtract(ma.add(mb)).scalarMultiply(3).multiply(mc).operate(v4),
                b.minus(a.plus(b)).scale(3).times(c).apply(v4), 1e-12);
        assertArrayEquals(ma.scalarMultiply(-1).add(mb).operate(v5),
                LinearOperator.of(7, 5, v -> new double[7]).minus(a).plus(b).apply(v5), 1e-13);
    }

    @Test
    void diagAndIdentityMatchDense() {
        double[] v = TestMatrices.randomVector(5, 12);
        RealMatrix s = TestMatrices.matrix(S);
        RealMatrix d = org.hipparchus.linear.MatrixUtils.createRealDiagonalMatrix(D5);
        LinearOperator sOp = TestMatrices.denseSymmetric(S);
        LinearOperator dOp = LinearOperator.diag(D5);

        assertArrayEquals(d.operate(v), dOp.apply(v), 0);
        assertArrayEquals(v, LinearOperator.identity(5).apply(v), 0);
        assertArrayEquals(d.multiply(s).multiply(d).operate(v), dOp.times(sOp).times(dOp).apply(v), 1e-12);
        RealMatrix identity = org.hipparchus.linear.MatrixUtils.createRealIdentityMatrix(5);
        assertArrayEquals(identity.subtract(d.multiply(s).multiply(d)).operate(v),
                LinearOperator.identity(5).minus(dOp.times(sOp).times(dOp)).apply(v), 1e-12);
    }

    @Test
    void diagCopiesItsArray() {
        double[] d = {1, 2};
        LinearOperator op = LinearOperator.diag(d);
        d[0] = 100;
        assertArrayEquals(new double[] {1, 2}, op.apply(new double[] {1, 1}), 0);
    }

    @Test
    void identityFactorsDisappearAndScalingsMerge() {
        LinearOperator a = TestMatrices.dense(A);
        assertSame(a, LinearOperator.identity(7).times(a));
        assertSame(a, a.times(LinearOperator.identity(5)));
        assertSame(a, a.scale(1.0));
        assertEquals("6 * op [7 x 5]", a.scale(2).scale(3).toString());
    }

    @Test
    void shapeErrorsNameBothShapes() {
        LinearOperator a = TestMatrices.dense(A);
        LinearOperator c = TestMatrices.dense(C);
        assertMessage("other has shape 5 x 4, expected 7 x 5", () -> a.plus(c));
        assertMessage("other has shape 5 x 4, expected 7 x 5", () -> a.minus(c));
        assertMessage("other has 7 rows, expected cols = 5", () -> a.times(a));
        assertMessage("factor = NaN is not finite", () -> a.scale(Double.NaN));
        assertMessage("op is 7 x 5; only a square operator can be symmetric", () -> LinearOperator.symmetric(a));
        assertMessage("transpose is 7 x 5, expected 5 x 7", () -> LinearOperator.withTranspose(a, a));
        assertMessage("shape -1 x 2 has a negative size", () -> LinearOperator.of(-1, 2, v -> v));
        assertMessage("name is blank", () -> a.named(" "));
    }

    /** A merged scaling that overflows names the factor passed and the product, not only "Infinity". */
    @Test
    void anOverflowingMergedScaleNamesBothFactors() {
        LinearOperator a = TestMatrices.dense(A).scale(1e200);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.scale(-1e200));
        assertTrue(e.getMessage().startsWith("factor = -1.0E200 times the factor 1.0E200 of "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" is -Infinity: the merged factor is not finite"), e.getMessage());
        assertEquals(1e100, a.scale(1e-300).scale(1e200).apply(new double[] {1, 0, 0, 0, 0})[0] / A[0][0], 1e86);
    }

    /**
     * applyBlock(in, k) allocates its rows × k result before checking in: with rows × k beyond an
     * int that was a bare ArithmeticException. in's length is now checked first, and a result too
     * large for an array is named.
     */
    @Test
    void aBlockTooLargeForAnArrayIsNamed() {
        LinearOperator square = LinearOperator.identity(1 << 16);
        assertMessage("in has length 4, expected cols x k = 65536 x 65536 = 4294967296",
                () -> square.applyBlock(new double[4], 1 << 16));
        assertMessage("in has length 4, expected cols x k = 65536 x 65536 = 4294967296",
                () -> square.applyBlock(new float[4], 1 << 16));
        LinearOperator tall = LinearOperator.of(1 << 20, 1, v -> new double[1 << 20]);
        assertMessage("applyBlock(in, k = 4096) would return rows x k = 1048576 x 4096 = 4294967296 elements,"
                + " more than a Java array holds, for ", () -> tall.applyBlock(new double[4096], 4096));
        assertMessage("applyBlock(in, k = 4096) would return rows x k = 1048576 x 4096 = 4294967296 elements,",
                () -> tall.applyBlock(new float[4096], 4096));
        assertMessage("block width k = 0 must be >= 1", () -> square.applyBlock(new double[0], 0));
    }

    // ------------------------------------------------------------ transpose and symmetry

    @Test
    void transposesOfKnownStructuresMatchDense() {
        LinearOperator a = LinearOperator.withTranspose(TestMatrices.dense(A), TestMatrices.dense(TestMatrices.transpose(A)));
        LinearOperator c = LinearOperator.withTranspose(TestMatrices.dense(C), TestMatrices.dense(TestMatrices.transpose(C)));
        LinearOperator b = LinearOperator.withTranspose(TestMatrices.dense(B), TestMatrices.dense(TestMatrices.transpose(B)));
        RealMatrix ma = TestMatrices.matrix(A);
        RealMatrix mb = TestMatrices.matrix(B);
        RealMatrix mc = TestMatrices.matrix(C);
        double[] v7 = TestMatrices.randomVector(7, 13);

        assertArrayEquals(ma.transpose().operate(v7), a.transpose().apply(v7), 1e-14);
        assertArrayEquals(ma.subtract(mb).scalarMultiply(2).transpose().operate(v7),
                a.minus(b).scale(2).transpose().apply(v7), 1e-13);
        assertArrayEquals(ma.multiply(mc).transpose().operate(v7), a.times(c).transpose().apply(v7), 1e-13);
        assertEquals(4, a.times(c).transpose().rows());
        double[] v5 = TestMatrices.randomVector(5, 14);
        assertArrayEquals(ma.operate(v5), a.transpose().transpose().apply(v5), 1e-14);
    }

    @Test
    void symmetricStructuresAreTheirOwnTranspose() {
        LinearOperator s = TestMatrices.denseSymmetric(S);
        LinearOperator d = LinearOperator.diag(D5);
        LinearOperator normalized = LinearOperator.identity(5).minus(d.times(s).times(d));

        for (LinearOperator op : new LinearOperator[] {s, d, LinearOperator.identity(5), s.scale(3), s.plus(d), normalized}) {
            assertTrue(op.isSymmetric(), op::toString);
            assertSame(op, op.transpose(), op::toString);
        }
        assertTrue(d.times(s).times(LinearOperator.diag(D5.clone())).isSymmetric(), "equal diagonals");
        assertFalse(d.times(s).times(LinearOperator.diag(new double[] {1, 1, 1, 1, 1})).isSymmetric());
        assertFalse(d.times(s).isSymmetric());
        assertFalse(TestMatrices.dense(S).isSymmetric(), "not declared");
    }

    @Test
    void aTransposedSandwichIsSymmetric() {
        LinearOperator c = LinearOperator.withTranspose(TestMatrices.dense(C), TestMatrices.dense(TestMatrices.transpose(C)));
        LinearOperator s = TestMatrices.denseSymmetric(S);
        LinearOperator sandwich = c.transpose().times(s).times(c);
        RealMatrix mc = TestMatrices.matrix(C);

        assertTrue(sandwich.isSymmetric());
        double[] v = TestMatrices.randomVector(4, 15);
        assertArrayEquals(mc.transpose().multiply(TestMatrices.matrix(S)).multiply(mc).operate(v), sandwich.apply(v), 1e-12);
    }

    @Test
    void anUnknownTransposeSaysHowToProvideIt() {
        LinearOperator a = TestMatrices.dense(A).named("A");
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> a.plus(a).transpose());
        assertTrue(e.getMessage().startsWith("the transpose of op [7 x 5] is unknown"), e.getMessage());
        assertTrue(e.getMessage().contains("LinearOperator.withTranspose"), e.getMessage());
    }

    // ------------------------------------------------------------ toString

    @Test
    void toStringShowsStructureAndShape() {
        int n = 10000;
        LinearOperator k = LinearOperator.symmetric(LinearOperator.ofFloat(n, n, v -> v)).named("K");
        LinearOperator d = LinearOperator.diag(new double[n]);

        assertEquals("(I - diag[10000] * K * diag[10000]) [10000 x 10000]",
                LinearOperator.identity(n).minus(d.times(k).times(d)).toString());
        assertEquals("(diag[10000] - K) [10000 x 10000]", d.minus(k).toString());
        assertEquals("(-1 * K + I - 0.5 * K) [10000 x 10000]",
                k.scale(-1).plus(LinearOperator.identity(n)).minus(k.scale(0.5)).toString());
        assertEquals("K * (I + K) [10000 x 10000]", k.times(LinearOperator.identity(n).plus(k)).toString());
        assertEquals("K^T [3 x 2]", LinearOperator.withTranspose(LinearOperator.of(2, 3, v -> new double[2]),
                LinearOperator.of(3, 2, v -> new double[3])).named("K").transpose().toString());
    }
}
