package org.jkeops.processor.ir;

import java.util.function.DoubleUnaryOperator;

/**
 * Element-wise operations of one operand: the single place for each one's KeOps name, its meaning
 * (in float64, used for constant folding and mirrored by the runtime's {@code ScalarMath}) and its
 * scalar Java spelling. {@code %s} in a spelling is the operand, always a simple name or literal.
 * The float spelling is used for float32 kernels; transcendental functions compute in double and
 * round once, which is at least as accurate as a float implementation. The vector spelling is
 * the Vector API text used by the SIMD emitter; it is null for the transcendental operations,
 * whose SIMD code (several statements, deterministic across JIT tiers) comes from
 * {@code org.jkeops.processor.emit.VectorTranscendentals}.
 */
public enum UnaryOp {
    NEG("Minus", x -> -x, "-%s", "-%s", "%s.neg()", "-%s"),
    INV("Inv", x -> 1 / x, "1.0 / %s", "1.0f / %s", "%1$s.broadcast(1).div(%1$s)", "1 / %s"),
    SQUARE("Square", x -> x * x, "%1$s * %1$s", "%1$s * %1$s", "%1$s.mul(%1$s)", "%1$s * %1$s"),
    SQRT("Sqrt", Math::sqrt, "Math.sqrt(%s)", "(float) Math.sqrt(%s)", "%s.sqrt()", "sqrt(%s)"),
    RSQRT("Rsqrt", x -> x == 0 ? 0 : 1 / Math.sqrt(x), "ScalarMath.rsqrt(%s)", "ScalarMath.rsqrt(%s)", "%1$s.broadcast(1).div(%1$s.sqrt()).blend(0, %1$s.eq(0))", "jk_rsqrt_#(%s)"),
    EXP("Exp", Math::exp, "Math.exp(%s)", "(float) Math.exp(%s)", null, "exp(%s)"),
    LOG("Log", Math::log, "Math.log(%s)", "(float) Math.log(%s)", null, "log(%s)"),
    SIN("Sin", Math::sin, "Math.sin(%s)", "(float) Math.sin(%s)", null, "sin(%s)"),
    COS("Cos", Math::cos, "Math.cos(%s)", "(float) Math.cos(%s)", null, "cos(%s)"),
    ASIN("Asin", Math::asin, "Math.asin(%s)", "(float) Math.asin(%s)", null, "asin(%s)"),
    ACOS("Acos", Math::acos, "Math.acos(%s)", "(float) Math.acos(%s)", null, "acos(%s)"),
    ATAN("Atan", Math::atan, "Math.atan(%s)", "(float) Math.atan(%s)", null, "atan(%s)"),
    ABS("Abs", Math::abs, "Math.abs(%s)", "Math.abs(%s)", "%s.abs()", "fabs(%s)"),
    FLOOR("Floor", Math::floor, "Math.floor(%s)", "(float) Math.floor(%s)", "VectorMath.floor(%s)", "floor(%s)"),
    /** x log x, 0 at x = 0. */
    XLOGX("XLogX", x -> x == 0 ? 0 : x * Math.log(x), "ScalarMath.xlogx(%s)", "ScalarMath.xlogx(%s)", null, "jk_xlogx_#(%s)"),
    /** sin(x) / x, 1 at x = 0. */
    SINXDIVX("SinXDivX", x -> x == 0 ? 1 : Math.sin(x) / x, "ScalarMath.sinxdivx(%s)", "ScalarMath.sinxdivx(%s)", null, "jk_sinxdivx_#(%s)"),
    /** 0 if x < 0 else 1 (NaN gives 1, as "not less than 0"). */
    STEP("Step", x -> x < 0 ? 0 : 1, "ScalarMath.step(%s)", "ScalarMath.step(%s)", "%1$s.broadcast(1).blend(0, %1$s.lt(0))", "jk_step_#(%s)"),
    /** -1, 0 or 1 (NaN gives 0). */
    SIGN("Sign", x -> x > 0 ? 1 : x < 0 ? -1 : 0, "ScalarMath.sign(%s)", "ScalarMath.sign(%s)", "%1$s.broadcast(0).blend(1, %1$s.compare(VectorOperators.GT, 0)).blend(-1, %1$s.lt(0))", "jk_sign_#(%s)"),
    /** max(x, 0); NaN gives 0. */
    RELU("ReLU", x -> x > 0 ? x : 0, "ScalarMath.relu(%s)", "ScalarMath.relu(%s)", "%1$s.broadcast(0).blend(%1$s, %1$s.compare(VectorOperators.GT, 0))", "jk_relu_#(%s)");

    private final String keopsName;
    private final DoubleUnaryOperator meaning;
    private final String javaDouble;
    private final String javaFloat;
    private final String vector;
    private final String openCl;

    UnaryOp(String keopsName, DoubleUnaryOperator meaning, String javaDouble, String javaFloat,
            String vector, String openCl) {
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
        return String.format(openCl, a).replace("#", isFloat ? "f" : "d");
    }

    public String keopsName() {
        return keopsName;
    }

    /** The value in float64 (constant folding). */
    public double apply(double x) {
        return meaning.applyAsDouble(x);
    }

    /**
     * Vector API expression (FloatVector or DoubleVector alike) for a vector operand {@code a};
     * operations with no single Vector API method call {@code org.jkeops.cpu.internal.VectorMath}.
     */
    public String vector(String a) {
        if (vector == null) {
            throw new IllegalStateException(this + " is spelled by VectorTranscendentals");
        }
        return String.format(vector, a);
    }

    /** Scalar Java expression for an operand spelled {@code a}. */
    public String java(String a, boolean isFloat) {
        return String.format(isFloat ? javaFloat : javaDouble, a);
    }

    /**
     * The derivative rule (vector-Jacobian product): given the operand {@code x} and the cotangent
     * {@code e} of {@code op(x)} (same dimension), the cotangent of {@code x}, i.e. {@code op'(x) * e}
     * element-wise, built through {@link Ops}. Piecewise-constant operations give zero; at their
     * kinks the one-sided conventions are KeOps': {@code Abs} and {@code ReLU} through {@code Sign}
     * and {@code Step}, {@code Sqrt} and {@code Rsqrt} 0 at 0 (through the safe {@code Rsqrt}),
     * {@code SinXDivX} 0 at 0 (its true derivative there).
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
            // (cos x - sin x / x) / x, and 0 at x = 0 (IfElse(-|x|, ...) selects x == 0)
            case SINXDIVX -> Ops.ifElse(Ops.neg(Ops.unary(ABS, x)), Ops.zero(x.dim()),
                    Ops.mul(Ops.div(Ops.sub(Ops.unary(COS, x), Ops.unary(SINXDIVX, x)), x), e));
            case RELU -> Ops.mul(Ops.unary(STEP, x), e);
        };
    }
}
