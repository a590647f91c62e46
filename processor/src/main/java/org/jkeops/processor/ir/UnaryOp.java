package org.jkeops.processor.ir;

import java.util.function.DoubleUnaryOperator;
import org.jkeops.annotations.Formulas;

/**
 * Element-wise operations of one operand: the single place for each one's KeOps name, its meaning
 * (in float64, for constant folding) and its spellings. The meaning is Java's operator or
 * {@link Formulas}' method of the operation, the one Java implementation: the scalar spellings
 * compute the same (Java's {@code Math}, or that method through the runtime's {@code ScalarMath}).
 * The scalar Java spellings are JavaPoet formats with named arguments, {@code $x:L} the operand
 * and {@code $math:T} the runtime's {@code ScalarMath}, so that the generated file imports the
 * helper as a type; the float format is used for float32 kernels, where transcendental functions
 * compute in double and round once, which is at least as accurate as a float implementation. The
 * vector spelling (a JavaPoet format too, see {@link #vectorFormat}) is the Vector API code of the
 * SIMD emitter; it is null for the transcendental operations, whose SIMD code (several statements,
 * deterministic across JIT tiers) comes from {@code org.jkeops.processor.emit.VectorTranscendentals}.
 */
public enum UnaryOp {
    NEG("Minus", x -> -x, "-$x:L", "-$x:L", "$x:L.neg()", OpenClSpelling.expression("-%s")),
    INV("Inv", Formulas::inv, "1.0 / $x:L", "1.0f / $x:L", "$x:L.broadcast(1).div($x:L)", OpenClSpelling.expression("1 / %s")),
    SQUARE("Square", Formulas::square, "$x:L * $x:L", "$x:L * $x:L", "$x:L.mul($x:L)", OpenClSpelling.expression("%1$s * %1$s")),
    SQRT("Sqrt", Formulas::sqrt, "Math.sqrt($x:L)", "(float) Math.sqrt($x:L)", "$x:L.sqrt()", OpenClSpelling.expression("sqrt(%s)")),
    RSQRT("Rsqrt", Formulas::rsqrt, "$math:T.rsqrt($x:L)", "$math:T.rsqrt($x:L)", "$x:L.broadcast(1).div($x:L.sqrt()).blend(0, $x:L.eq(0))", OpenClSpelling.helper("rsqrt", "x == 0 ? 0 : rsqrt(x)")),
    EXP("Exp", Formulas::exp, "Math.exp($x:L)", "(float) Math.exp($x:L)", null, OpenClSpelling.expression("exp(%s)")),
    LOG("Log", Formulas::log, "Math.log($x:L)", "(float) Math.log($x:L)", null, OpenClSpelling.expression("log(%s)")),
    SIN("Sin", Formulas::sin, "Math.sin($x:L)", "(float) Math.sin($x:L)", null, OpenClSpelling.expression("sin(%s)")),
    COS("Cos", Formulas::cos, "Math.cos($x:L)", "(float) Math.cos($x:L)", null, OpenClSpelling.expression("cos(%s)")),
    ASIN("Asin", Formulas::asin, "Math.asin($x:L)", "(float) Math.asin($x:L)", null, OpenClSpelling.expression("asin(%s)")),
    ACOS("Acos", Formulas::acos, "Math.acos($x:L)", "(float) Math.acos($x:L)", null, OpenClSpelling.expression("acos(%s)")),
    ATAN("Atan", Formulas::atan, "Math.atan($x:L)", "(float) Math.atan($x:L)", null, OpenClSpelling.expression("atan(%s)")),
    ABS("Abs", Formulas::abs, "Math.abs($x:L)", "Math.abs($x:L)", "$x:L.abs()", OpenClSpelling.expression("fabs(%s)")),
    FLOOR("Floor", Formulas::floor, "Math.floor($x:L)", "(float) Math.floor($x:L)", "$vm:T.floor($x:L)", OpenClSpelling.expression("floor(%s)")),
    /** x log x, 0 at x = 0. */
    XLOGX("XLogX", Formulas::xlogx, "$math:T.xlogx($x:L)", "$math:T.xlogx($x:L)", null, OpenClSpelling.helper("xlogx", "x == 0 ? 0 : x * log(x)")),
    /** sin(x) / x, 1 at x = 0. */
    SINXDIVX("SinXDivX", Formulas::sinxdivx, "$math:T.sinxdivx($x:L)", "$math:T.sinxdivx($x:L)", null, OpenClSpelling.helper("sinxdivx", "x == 0 ? 1 : sin(x) / x")),
    /** 0 if x < 0 else 1 (NaN gives 1, as "not less than 0"). */
    STEP("Step", Formulas::step, "$math:T.step($x:L)", "$math:T.step($x:L)", "$x:L.broadcast(1).blend(0, $x:L.lt(0))", OpenClSpelling.helper("step", "x < 0 ? 0 : 1")),
    /** -1, 0 or 1 (NaN gives 0). */
    SIGN("Sign", Formulas::sign, "$math:T.sign($x:L)", "$math:T.sign($x:L)", "$x:L.broadcast(0).blend(1, $x:L.compare($ops:T.GT, 0)).blend(-1, $x:L.lt(0))", OpenClSpelling.helper("sign", "x > 0 ? 1 : (x < 0 ? -1 : 0)")),
    /** max(x, 0); NaN gives 0. */
    RELU("ReLU", Formulas::relu, "$math:T.relu($x:L)", "$math:T.relu($x:L)", "$x:L.broadcast(0).blend($x:L, $x:L.compare($ops:T.GT, 0))", OpenClSpelling.helper("relu", "x > 0 ? x : 0"));

    private final String keopsName;
    private final DoubleUnaryOperator meaning;
    private final String javaDouble;
    private final String javaFloat;
    private final String vector;
    private final OpenClSpelling openCl;

    UnaryOp(String keopsName, DoubleUnaryOperator meaning, String javaDouble, String javaFloat,
            String vector, OpenClSpelling openCl) {
        this.keopsName = keopsName;
        this.meaning = meaning;
        this.javaDouble = javaDouble;
        this.javaFloat = javaFloat;
        this.vector = vector;
        this.openCl = openCl;
    }

    /**
     * OpenCL C expression for an operand {@code a}; helper functions ({@code jk_...}) are defined
     * in every generated program, suffixed {@code _f} or {@code _d} by precision.
     */
    public String openCl(String a, boolean isFloat) {
        return openCl.of(a, isFloat);
    }

    /** The OpenCL helper function this operation calls, or null where its spelling is an expression. */
    public OpenClSpelling.Helper openClHelper() {
        return openCl.helper();
    }

    public String keopsName() {
        return keopsName;
    }

    /** The value in float64 (constant folding). */
    public double apply(double x) {
        return meaning.applyAsDouble(x);
    }

    /**
     * The Vector API spelling (FloatVector or DoubleVector alike): a JavaPoet format with the named
     * arguments {@code x} (the operand, a simple name), {@code vm} (the SIMD module's
     * {@code VectorMath}) and {@code ops} ({@code VectorOperators}), for the operations that
     * {@code VectorTranscendentals} does not spell.
     */
    public String vectorFormat() {
        if (vector == null) {
            throw new IllegalStateException(this + " is spelled by VectorTranscendentals");
        }
        return vector;
    }

    /**
     * The scalar Java spelling: a JavaPoet format with the named arguments {@code x} (the operand)
     * and {@code math} (the runtime's {@code ScalarMath}), for float32 or float64 kernels.
     */
    public String javaFormat(boolean isFloat) {
        return isFloat ? javaFloat : javaDouble;
    }

    /**
     * The derivative rule (vector-Jacobian product): given the operand {@code x} and the cotangent
     * {@code e} of {@code op(x)} (same dimension), the cotangent of {@code x}, i.e. {@code op'(x) * e}
     * element-wise, built through {@link Ops}. Piecewise-constant operations give zero; at their
     * kinks the one-sided conventions are KeOps': {@code Abs} and {@code ReLU} through {@code Sign}
     * and {@code Step}, {@code Sqrt} and {@code Rsqrt} 0 at 0 (through the safe {@code Rsqrt}),
     * {@code SinXDivX} 0 at 0 (its true derivative there, from its series near 0).
     */
    public Expr vjp(Expr x, Expr e) {
        return switch (this) {
            case NEG -> Ops.neg(e);
            case INV -> Ops.neg(Ops.mul(e, Ops.square(Ops.unary(INV, x))));
            case SQUARE -> Ops.mul(Ops.mul(Ops.constant(2), x), e);
            // 1 / (2 sqrt x) = Rsqrt(x) / 2, 0 at x = 0 like KeOps
            case SQRT -> Ops.mul(Ops.mul(Ops.constant(0.5), Ops.unary(RSQRT, x)), e);
            case RSQRT -> Ops.mul(Ops.mul(Ops.constant(-0.5), Ops.pow(Ops.unary(RSQRT, x), 3)), e);
            case EXP -> Ops.mul(Ops.unary(EXP, x), e);
            case LOG -> Ops.div(e, x);
            case SIN -> Ops.mul(Ops.unary(COS, x), e);
            case COS -> Ops.neg(Ops.mul(Ops.unary(SIN, x), e));
            case ASIN -> Ops.mul(Ops.unary(RSQRT, Ops.sub(Ops.constant(1), Ops.square(x))), e);
            case ACOS -> Ops.neg(Ops.mul(Ops.unary(RSQRT, Ops.sub(Ops.constant(1), Ops.square(x))), e));
            case ATAN -> Ops.div(e, Ops.add(Ops.constant(1), Ops.square(x)));
            case ABS -> Ops.mul(Ops.unary(SIGN, x), e);
            case FLOOR, STEP, SIGN -> Ops.zero(x.dim());
            case XLOGX -> Ops.mul(Ops.add(Ops.unary(LOG, x), Ops.constant(1)), e);
            case SINXDIVX -> Ops.mul(sinXDivXDerivative(x), e);
            case RELU -> Ops.mul(Ops.unary(STEP, x), e);
        };
    }

    /** Below this |x| the derivative of SinXDivX is its Taylor series; see {@link #sinXDivXDerivative}. */
    static final double SINXDIVX_SERIES_BELOW = 0.5;

    /**
     * d/dx sin(x)/x. The closed form (cos x - sin x / x) / x (KeOps') subtracts two numbers near
     * 1 for small x and loses every digit: 10 % off at |x| = 1e-3 in float32 and 0 below 1e-4,
     * 2e-4 off at 1e-6 in float64. Below |x| = 0.5 the series sum_k (-1)^k 2k x^(2k-1) / (2k+1)!
     * to k = 6 is used instead: its first omitted term is 3e-11 x^12 relative to x / 3 (8e-15 at
     * 0.5), and the closed form's cancellation there costs a few units of the last place. Both
     * give 0 at x = 0, its true derivative; NaN and infinities take the closed form (NaN).
     */
    private static Expr sinXDivXDerivative(Expr x) {
        Expr x2 = Ops.square(x);
        double[] c = {-1.0 / 3, 1.0 / 30, -1.0 / 840, 1.0 / 45360, -1.0 / 3991680, 1.0 / 518918400};
        Expr horner = Ops.constant(c[c.length - 1]);
        for (int k = c.length - 2; k >= 0; k--) {
            horner = Ops.add(Ops.constant(c[k]), Ops.mul(x2, horner));
        }
        Expr series = Ops.mul(x, horner);
        Expr closed = Ops.div(Ops.sub(Ops.unary(COS, x), Ops.unary(SINXDIVX, x)), x);
        return Ops.ifElse(Ops.sub(Ops.constant(SINXDIVX_SERIES_BELOW), Ops.unary(ABS, x)), series, closed);
    }
}
