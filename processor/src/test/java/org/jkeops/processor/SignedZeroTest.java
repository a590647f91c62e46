package org.jkeops.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.ir.Expr.Const;
import org.jkeops.processor.ir.Expr.Var;
import org.jkeops.processor.ir.Expr.Zero;
import org.jkeops.processor.ir.Ops;
import org.jkeops.processor.ir.UnaryOp;
import org.junit.jupiter.api.Test;

/**
 * The simplifier keeps IEEE signed zeros (fuzz probe findings 1 and 2): {@code a + 0}, {@code 0 + a}
 * and {@code 0 - a} are not {@code a} and {@code -a} when a is a zero (-0 + 0 = +0, 0 - (+0) = +0),
 * and {@code -Zero(d)} is -0 in every component like {@code -Zero(1)}. The rewrites that stay are
 * exact for every operand: {@code a - 0}, {@code a + (-0)}, {@code (-0) + a}, {@code (-0) - a}.
 */
class SignedZeroTest {
    private static final Var A = new Var(0, 1, Category.I, "a");
    private static final Var V = new Var(1, 3, Category.J, "v");

    private static double eval(Expr e, double a) {
        return IrEvaluator.eval(e, Map.of(A, new double[] {a}, V, new double[] {1, 2, 3}))[0];
    }

    /** The simplified formula has, at every signed zero and some other values, IEEE's value. */
    private static void ieee(Expr simplified, java.util.function.DoubleUnaryOperator java) {
        for (double a : new double[] {-0.0, 0.0, 1.5, -2, Double.NaN, Double.NEGATIVE_INFINITY}) {
            // bits, so that -0 and +0 differ (NaN's sign is not IEEE's business)
            assertEquals(Double.doubleToLongBits(java.applyAsDouble(a)), Double.doubleToLongBits(eval(simplified, a)),
                    () -> simplified + " at a = " + a + ": " + eval(simplified, a));
        }
    }

    @Test
    void sumsWithZeroKeepTheSignOfZero() {
        Expr zero = Ops.constant(0);
        Expr minusZero = Ops.constant(-0.0);
        assertNotEquals(A, Ops.add(A, zero));
        assertNotEquals(A, Ops.add(zero, A));
        assertNotEquals(Ops.neg(A), Ops.sub(zero, A));
        ieee(Ops.add(A, zero), a -> a + 0.0);
        ieee(Ops.add(zero, A), a -> 0.0 + a);
        ieee(Ops.sub(zero, A), a -> 0.0 - a);
        ieee(Ops.sub(A, minusZero), a -> a - -0.0);
        // exact rewrites are kept
        assertEquals(A, Ops.sub(A, zero));
        assertEquals(A, Ops.add(A, minusZero));
        assertEquals(A, Ops.add(minusZero, A));
        assertEquals(Ops.neg(A), Ops.sub(minusZero, A));
        ieee(Ops.sub(A, zero), a -> a - 0.0);
        ieee(Ops.add(A, minusZero), a -> a + -0.0);
        ieee(Ops.sub(minusZero, A), a -> -0.0 - a);
        // through Inv, as the probe saw it: +inf
        ieee(Ops.unary(UnaryOp.INV, Ops.add(A, zero)), a -> 1 / (a + 0.0));
        ieee(Ops.binary(BinaryOp.ATAN2, Ops.sub(zero, A), Ops.constant(-1)), a -> Math.atan2(0.0 - a, -1));
    }

    @Test
    void minusZeroVectorIsMinusZero() {
        Expr negated = Ops.neg(new Zero(3));
        assertNotEquals(new Zero(3), negated);
        double[] inv = IrEvaluator.eval(Ops.unary(UnaryOp.INV, negated), Map.of());
        for (double c : inv) {
            assertEquals(Double.NEGATIVE_INFINITY, c);
        }
        assertEquals(new Const(-0.0), Ops.neg(Ops.zero(1)));
        // operations mapping +0 to +0 still absorb it, and -Zero(d) still counts as a formula zero
        assertEquals(new Zero(3), Ops.unary(UnaryOp.SQRT, new Zero(3)));
        assertEquals(new Zero(3), Ops.neg(Ops.neg(new Zero(3))));
        assertEquals(new Zero(3), Ops.mul(negated, V));
        assertEquals(new Zero(3), Ops.sumT(Ops.constant(0), 3));
        assertNotEquals(new Zero(3), Ops.sumT(Ops.constant(-0.0), 3));
    }
}
