package org.jkeops.processor.ir;

import java.util.function.DoubleBinaryOperator;
import org.jkeops.annotations.Formulas;

/**
 * Element-wise operations of two operands (one may be of dimension 1 and broadcast): KeOps name,
 * infix symbol (as the formula language writes and prints it), meaning in float64 (Java's
 * operator, or {@link Formulas}' method) and spellings (see {@link UnaryOp} for their forms).
 * Comparisons give 1 or 0 in the kernel's precision. The vector spelling is null for Powf and Atan2, whose SIMD code
 * comes from {@code org.jkeops.processor.emit.VectorTranscendentals}.
 */
public enum BinaryOp {
    ADD("Add", "+", (a, b) -> a + b, "$a:L + $b:L", "$a:L + $b:L", "$a:L.add($b:L)", "%s + %s"),
    SUB("Subtract", "-", (a, b) -> a - b, "$a:L - $b:L", "$a:L - $b:L", "$a:L.sub($b:L)", "%s - %s"),
    MUL("Mult", "*", (a, b) -> a * b, "$a:L * $b:L", "$a:L * $b:L", "$a:L.mul($b:L)", "%s * %s"),
    DIV("Divide", "/", (a, b) -> a / b, "$a:L / $b:L", "$a:L / $b:L", "$a:L.div($b:L)", "%s / %s"),
    // OpenCL: Java's Math.pow, which C's pow is not at a NaN exponent (pow(1, NaN) = 1) or at
    // |a| = 1 with an infinite exponent (C: 1; Java: NaN)
    POWF("Powf", null, Formulas::powf, "Math.pow($a:L, $b:L)", "(float) Math.pow($a:L, $b:L)", null,
            "((isnan(%2$s) || (fabs(%1$s) == 1 && isinf(%2$s))) ? NAN : pow(%1$s, %2$s))"),
    ATAN2("Atan2", null, Formulas::atan2, "Math.atan2($a:L, $b:L)", "(float) Math.atan2($a:L, $b:L)", null, "atan2(%s, %s)"),
    EQ("Equal", "==", (a, b) -> a == b ? 1 : 0, "($a:L == $b:L ? 1.0 : 0.0)", "($a:L == $b:L ? 1.0f : 0.0f)", "$a:L.broadcast(0).blend(1, $a:L.compare($ops:T.EQ, $b:L))", "(%s == %s ? 1 : 0)"),
    NE("NotEqual", "!=", (a, b) -> a != b ? 1 : 0, "($a:L != $b:L ? 1.0 : 0.0)", "($a:L != $b:L ? 1.0f : 0.0f)", "$a:L.broadcast(0).blend(1, $a:L.compare($ops:T.NE, $b:L))", "(%s != %s ? 1 : 0)"),
    LT("LessThan", "<", (a, b) -> a < b ? 1 : 0, "($a:L < $b:L ? 1.0 : 0.0)", "($a:L < $b:L ? 1.0f : 0.0f)", "$a:L.broadcast(0).blend(1, $a:L.compare($ops:T.LT, $b:L))", "(%s < %s ? 1 : 0)"),
    LE("LessOrEqual", "<=", (a, b) -> a <= b ? 1 : 0, "($a:L <= $b:L ? 1.0 : 0.0)", "($a:L <= $b:L ? 1.0f : 0.0f)", "$a:L.broadcast(0).blend(1, $a:L.compare($ops:T.LE, $b:L))", "(%s <= %s ? 1 : 0)"),
    GT("GreaterThan", ">", (a, b) -> a > b ? 1 : 0, "($a:L > $b:L ? 1.0 : 0.0)", "($a:L > $b:L ? 1.0f : 0.0f)", "$a:L.broadcast(0).blend(1, $a:L.compare($ops:T.GT, $b:L))", "(%s > %s ? 1 : 0)"),
    GE("GreaterOrEqual", ">=", (a, b) -> a >= b ? 1 : 0, "($a:L >= $b:L ? 1.0 : 0.0)", "($a:L >= $b:L ? 1.0f : 0.0f)", "$a:L.broadcast(0).blend(1, $a:L.compare($ops:T.GE, $b:L))", "(%s >= %s ? 1 : 0)");

    private final String keopsName;
    private final String symbol;
    private final DoubleBinaryOperator meaning;
    private final String javaDouble;
    private final String javaFloat;
    private final String vector;
    private final String openCl;

    BinaryOp(String keopsName, String symbol, DoubleBinaryOperator meaning, String javaDouble,
            String javaFloat, String vector, String openCl) {
        this.keopsName = keopsName;
        this.symbol = symbol;
        this.meaning = meaning;
        this.javaDouble = javaDouble;
        this.javaFloat = javaFloat;
        this.vector = vector;
        this.openCl = openCl;
    }

    /** OpenCL C expression for operands {@code a} and {@code b}. */
    public String openCl(String a, String b) {
        return String.format(openCl, a, b);
    }

    public String keopsName() {
        return keopsName;
    }

    /** The infix symbol (the parser's operator), or null for operations written as calls. */
    public String symbol() {
        return symbol;
    }

    public double apply(double a, double b) {
        return meaning.applyAsDouble(a, b);
    }

    /**
     * The Vector API spelling: a JavaPoet format with the named arguments {@code a} and {@code b}
     * (the operands, simple names) and {@code ops} ({@code VectorOperators}).
     */
    public String vectorFormat() {
        if (vector == null) {
            throw new IllegalStateException(this + " is spelled by VectorTranscendentals");
        }
        return vector;
    }

    /**
     * The scalar Java spelling: a JavaPoet format with the named arguments {@code a} and {@code b}
     * (the operands), for float32 or float64 kernels.
     */
    public String javaFormat(boolean isFloat) {
        return isFloat ? javaFloat : javaDouble;
    }

    /**
     * The derivative rule for the left operand (vector-Jacobian product): given the operands and
     * the cotangent {@code e} of {@code op(a, b)} (of the broadcast dimension), the cotangent of
     * {@code a} at the broadcast dimension (the caller sums it when {@code a} was broadcast).
     * Comparisons are piecewise constant: zero.
     */
    public Expr vjpLeft(Expr a, Expr b, Expr e) {
        return switch (this) {
            case ADD, SUB -> e;
            case MUL -> Ops.mul(e, b);
            case DIV -> Ops.div(e, b);
            // d/da a^b = b a^(b - 1)
            case POWF -> Ops.mul(Ops.mul(b, Ops.binary(POWF, a, Ops.sub(b, Ops.constant(1)))), e);
            // d/dy atan2(y, x) = x / (x^2 + y^2)
            case ATAN2 -> Ops.mul(Ops.div(b, Ops.add(Ops.square(a), Ops.square(b))), e);
            case EQ, NE, LT, LE, GT, GE -> Ops.zero(Math.max(a.dim(), b.dim()));
        };
    }

    /** The derivative rule for the right operand; see {@link #vjpLeft}. */
    public Expr vjpRight(Expr a, Expr b, Expr e) {
        return switch (this) {
            case ADD -> e;
            case SUB -> Ops.neg(e);
            case MUL -> Ops.mul(e, a);
            // d/db a / b = -a / b^2
            case DIV -> Ops.neg(Ops.div(Ops.mul(e, a), Ops.square(b)));
            // a^b = exp(b log a): d/db = log(a) a^b
            case POWF -> Ops.mul(Ops.mul(Ops.unary(UnaryOp.LOG, a), Ops.binary(POWF, a, b)), e);
            // d/dx atan2(y, x) = -y / (x^2 + y^2)
            case ATAN2 -> Ops.neg(Ops.mul(Ops.div(a, Ops.add(Ops.square(a), Ops.square(b))), e));
            case EQ, NE, LT, LE, GT, GE -> Ops.zero(Math.max(a.dim(), b.dim()));
        };
    }
}
