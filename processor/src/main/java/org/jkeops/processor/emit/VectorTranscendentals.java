package org.jkeops.processor.emit;

import static org.jkeops.processor.emit.TranscendentalCoefficients.*;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.UnaryOp;

/**
 * The Java Vector API code of the transcendental operations of generated SIMD kernels (Exp, Log,
 * Sin, Cos, Asin, Acos, Atan, Atan2, XLogX, SinXDivX; Powf), in float32 and float64: the one
 * place to read or change how a SIMD kernel computes them.
 *
 * <p><b>Why not {@code lanewise(VectorOperators.EXP)}.</b> HotSpot's C2 computes the Vector API's
 * transcendental lanewise operations with its own SVML-like stubs, while the interpreter and C1
 * run the Java fallback (per lane {@code Math.exp} and so on); the two differ in the last bit, so
 * the same kernel call gave different results before and after JIT compilation. Everything here
 * is built only from operations that round identically in every tier: add, sub, mul, div, sqrt,
 * fma (exactly rounded), compares, blends, abs, reinterpretations and integer lane shifts, ands,
 * ors and adds. The results are therefore deterministic (the same bits in interpreted, C1 and C2
 * code). They do not depend on the vector width either, except where a Sin or Cos vector takes
 * the StrictMath fallback for all its lanes (below).
 *
 * <p><b>Spelled in place.</b> Each operation is a list of statements (temporaries named after the
 * result, {@code <result>k<i>}, typed {@code var}) and a final expression, JavaPoet
 * {@link CodeBlock}s that name {@code VectorOperators}, {@code VectorMath} and the vector class
 * as types ({@link RuntimeTypes}), so the generated file imports them; emitted inline in the
 * kernel method with the width class's constant species: a helper method taking and returning
 * vectors was not inlined by HotSpot in the big kernel methods, and the vectors were boxed (a
 * Gaussian ran at half speed). Only rare fallbacks call {@code org.jkeops.cpu.internal.VectorMath}.
 *
 * <p><b>Methods</b> (Cephes / fdlibm ideas, written for lanes without branches; the coefficients
 * are in {@link TranscendentalCoefficients}):
 * <ul>
 * <li>Exp: n = round(x log2 e) by the 1.5·2<sup>p</sup> magic addition (in an fma), r = x − n ln2 with
 *     a two-part (Cody–Waite) ln 2 in fmas, exp r = 1 + r q(r) by Horner's rule (float32: q of degree 5
 *     interpolating (e<sup>r</sup> − 1)/r at Chebyshev nodes, near-minimax, computed by
 *     {@code chebyshevFit}; float64: Taylor to r<sup>13</sup>, truncation below 2<sup>−58</sup> on
 *     |r| ≤ ln2/2),
 *     scaled by adding n to the exponent bits (the whole range up to ln(MAX_VALUE) is exact, no
 *     two-factor scale needed since exp r &lt; 1 when n is at its maximum). Results below the smallest
 *     normal number are flushed to 0 (x &lt; ln(MIN_NORMAL)): subnormal results run ~50 times slower on
 *     x86; above ln(MAX_VALUE) +∞; NaN stays NaN.
 * <li>Log: x = 2<sup>k</sup> m with m in [√½, √2) from the exponent bits (subnormal x pre-scaled by
 *     2<sup>25</sup> or 2<sup>54</sup>), f = m − 1 exact; float32: Cephes logf's degree-8 polynomial,
 *     log(1+f) = f − f²/2 + f³ P(f); float64: fdlibm's s = f / (2 + f), log(1+f) = f − (f²/2 − s (f²/2
 *     + R(s²))) with its degree-7 minimax R; plus k ln 2 in two parts. log 0 = −∞, log x&lt;0 = NaN,
 *     log +∞ = +∞, NaN stays NaN.
 * <li>Sin, Cos: n = round(x 2/π), r = x − n π/2 with a three-part π/2 in fmas, the Cephes sin and
 *     cos polynomials on [−π/4, π/4] (cos with fdlibm's exact 1 − z/2 split), the quadrant from the low
 *     bits of n chooses sin or cos of r and the sign. The reduction is accurate for |x| ≤ 8192
 *     (float32) and 2<sup>26</sup> (float64): a vector with a lane beyond it (or ±∞) is computed
 *     lane by lane with {@code StrictMath} instead (a rarely taken, predictable branch).
 * <li>Atan: Cephes' reduction (|x| &gt; tan 3π/8: π/2 + atan(−1/|x|); above tan π/8 (float32) or 0.66
 *     (float64): π/4 + atan((|x|−1)/(|x|+1))), float32: Cephes atanf's polynomial, float64: Cephes'
 *     rational P/Q with its extra bits of π/2; the sign of x copied. Atan2(y, x): atan(min/max) of
 *     |y| and |x|, reflected to π/2 − a and π − a, sign of y copied, with IEEE's zero, infinity
 *     and NaN cases.
 * <li>Asin, Acos: |x| ≤ ½: asin = x + x z R(z), z = x²; |x| &gt; ½: asin = π/2 − 2 asin(√((1−|x|)/2));
 *     plus the rounding error of the square root, (z − s²)/2s with z − s² exact in an fma;
 *     float32: Cephes asinf's polynomial R; float64: fdlibm's rational R; acos from the same core
 *     (2w, π − 2w, π/2 − asin). |x| &gt; 1 gives NaN through the square root.
 * <li>Powf: always lane by lane with {@code StrictMath.pow} ({@code VectorMath.powStrict}): exp(y
 *     log x) would need log x in extra precision to stay within a few ulp for large results, and
 *     Java's pow has many special cases. Deterministic, slower.
 * </ul>
 *
 * <p><b>Accuracy</b> (measured by {@code it-tests} {@code TranscendentalAccuracyTest} against
 * {@code StrictMath} over 2<sup>17</sup> arguments per operation, precision and width, see
 * docs/PERFORMANCE.md): float32 Exp 0.93 ulp, Log 0.80, Sin 1.39, Cos 1.43, Asin 1.81, Acos 0.91,
 * Atan 2.12, Atan2 2.33, XLogX 1.54, SinXDivX 2.15; float64 within 2 ulp of StrictMath (which
 * is itself within 1 ulp): 1 for Exp, Log, Sin, Cos, Acos, Atan, 2 for Asin, Atan2, XLogX,
 * SinXDivX. Exp results below the smallest normal number are 0 by design.
 *
 * <p><b>Size.</b> A float32 Exp is 17 vector operations (about 200 bytes of bytecode); the
 * kernel emitter weighs each operation by {@link #weight} when it chooses how many rows share a
 * loop, so that kernel methods stay well under HotSpot's 8000-byte limit for JIT compilation, and
 * counts its live constants ({@link #constants}) against the vector registers.
 */
final class VectorTranscendentals {
    /** |x| beyond which Sin and Cos take the StrictMath fallback. */
    static final float SIN_BOUND_FLOAT = 8192f;
    static final double SIN_BOUND_DOUBLE = 0x1p26;

    private final boolean f;
    private final String sp;
    private final ClassName vec;
    private final String out;
    private final List<CodeBlock> lines = new ArrayList<>();
    /** The literals spelled so far, for {@link Code#constants}. */
    private final Set<String> literals = new HashSet<>();
    private int next;

    /**
     * The statements ({@code final var ...}, without semicolons) and the final expression of one
     * operation, with the number of distinct floating-point literals they spell.
     */
    record Code(List<CodeBlock> statements, CodeBlock result, int constants) {
        /** The number of method calls in the code (a rough measure of its bytecode). */
        int calls() {
            return calls(result) + statements.stream().mapToInt(s -> calls(s)).sum();
        }

        private static int calls(CodeBlock code) {
            return (int) code.toString().chars().filter(ch -> ch == '(').count();
        }
    }

    private VectorTranscendentals(boolean isFloat, String species, String out) {
        this.f = isFloat;
        this.sp = species;
        this.vec = isFloat ? RuntimeTypes.FLOAT_VECTOR : RuntimeTypes.DOUBLE_VECTOR;
        this.out = out;
    }

    /** Whether the SIMD spelling of this operation comes from here. */
    static boolean handles(UnaryOp op) {
        return switch (op) {
            case EXP, LOG, SIN, COS, ASIN, ACOS, ATAN, XLOGX, SINXDIVX -> true;
            case NEG, INV, SQUARE, SQRT, RSQRT, ABS, FLOOR, STEP, SIGN, RELU -> false;
        };
    }

    static boolean handles(BinaryOp op) {
        return switch (op) {
            case POWF, ATAN2 -> true;
            case ADD, SUB, MUL, DIV, EQ, NE, LT, LE, GT, GE -> false;
        };
    }

    /**
     * An operation of one vector {@code x} (a simple name) whose result will be named {@code out}
     * (temporaries are named {@code out + "k" + i}); {@code species} names the kernel's constant
     * species ({@code FS} or {@code DS}).
     */
    static Code unary(UnaryOp op, String x, String out, boolean isFloat, String species) {
        VectorTranscendentals g = new VectorTranscendentals(isFloat, species, out);
        CodeBlock v = CodeBlock.of("$L", x);
        CodeBlock r = switch (op) {
            case EXP -> g.exp(v);
            case LOG -> g.log(v);
            case SIN -> g.sinCos(v, false);
            case COS -> g.sinCos(v, true);
            case ASIN -> g.asinAcos(v, false);
            case ACOS -> g.asinAcos(v, true);
            case ATAN -> g.atan(v);
            case XLOGX -> code("$L.mul($L).blend($L, $L.eq($L))", v, g.log(v), g.c(0), v, g.c(0));
            case SINXDIVX -> code("$L.div($L).blend($L, $L.eq($L))", g.sinCos(v, false), v, g.c(1), v, g.c(0));
            case NEG, INV, SQUARE, SQRT, RSQRT, ABS, FLOOR, STEP, SIGN, RELU ->
                throw new IllegalArgumentException("not a transcendental operation: " + op);
        };
        return g.done(r);
    }

    /** An operation of two vectors; see {@link #unary}. */
    static Code binary(BinaryOp op, String a, String b, String out, boolean isFloat, String species) {
        VectorTranscendentals g = new VectorTranscendentals(isFloat, species, out);
        CodeBlock r = switch (op) {
            case ATAN2 -> g.atan2(CodeBlock.of("$L", a), CodeBlock.of("$L", b));
            case POWF -> code("$T.powStrict($L, $L)", RuntimeTypes.VECTOR_MATH, a, b);
            case ADD, SUB, MUL, DIV, EQ, NE, LT, LE, GT, GE ->
                throw new IllegalArgumentException("not a transcendental operation: " + op);
        };
        return g.done(r);
    }

    private Code done(CodeBlock result) {
        return new Code(List.copyOf(lines), result, literals.size());
    }

    /**
     * How many simple vector operations (~16 bytes of bytecode each) one use of the operation
     * weighs in a kernel method's bytecode budget: 1 for operations spelled elsewhere. Measured
     * with javap: ~10 bytes per method call of the code (e.g. 480 bytes for a float32 Log).
     */
    static int weight(UnaryOp op, boolean isFloat) {
        return handles(op) ? (unary(op, "x", "o", isFloat, "S").calls() * 2 + 2) / 3 : 1;
    }

    static int weight(BinaryOp op, boolean isFloat) {
        return handles(op) ? (binary(op, "x", "y", "o", isFloat, "S").calls() * 2 + 2) / 3 : 1;
    }

    /**
     * How many distinct floating-point constants the operation's code keeps in vector registers
     * (0 for operations spelled elsewhere): the kernel emitter counts them against the register
     * file when it chooses how many rows share a loop.
     */
    static int constants(UnaryOp op, boolean isFloat) {
        return handles(op) ? unary(op, "x", "o", isFloat, "S").constants() : 0;
    }

    static int constants(BinaryOp op, boolean isFloat) {
        return handles(op) ? binary(op, "x", "y", "o", isFloat, "S").constants() : 0;
    }

    // ---- code helpers -------------------------------------------------------------------------

    private static CodeBlock code(String format, Object... args) {
        return CodeBlock.of(format, args);
    }

    /** A temporary holding the expression (a statement of the operation's code). */
    private CodeBlock tmp(CodeBlock expr) {
        String name = out + "k" + next++;
        lines.add(code("final var $L = $L", name, expr));
        return code("$L", name);
    }

    private CodeBlock tmp(String format, Object... args) {
        return tmp(code(format, args));
    }

    /** A literal in the kernel's precision. */
    private CodeBlock c(double v) {
        String literal = literal(v);
        literals.add(literal);
        return code("$L", literal);
    }

    private String literal(double v) {
        double x = f ? (float) v : v;
        String box = f ? "Float" : "Double";
        if (Double.isInfinite(x) || Double.isNaN(x)) {
            return box + (Double.isNaN(x) ? ".NaN" : x > 0 ? ".POSITIVE_INFINITY" : ".NEGATIVE_INFINITY");
        }
        return f ? Float.toString((float) x) + "f" : Double.toString(x);
    }

    /** A broadcast constant vector. */
    private CodeBlock bc(double v) {
        return code("$T.broadcast($L, $L)", vec, sp, c(v));
    }

    /** Integer-lane literal (int for float32, long for float64). */
    private String i(long v) {
        return f ? Integer.toString((int) v) : v + "L";
    }

    private CodeBlock bits(CodeBlock x) {
        return code(f ? "$L.reinterpretAsInts()" : "$L.reinterpretAsLongs()", x);
    }

    private CodeBlock fromBits(CodeBlock x) {
        return code(f ? "$L.reinterpretAsFloats()" : "$L.reinterpretAsDoubles()", x);
    }

    /** Mask of the integer lanes as a mask of the kernel's lanes. */
    private CodeBlock castMask(CodeBlock mask) {
        return code("$L.cast($L)", mask, sp);
    }

    /** A lanewise operation named in {@code VectorOperators}, e.g. {@code LSHL}. */
    private static CodeBlock lanewise(CodeBlock x, String operator, Object operand) {
        return code("$L.lanewise($T.$L, $L)", x, RuntimeTypes.VECTOR_OPERATORS, operator, operand);
    }

    /** A comparison named in {@code VectorOperators}, e.g. {@code GT}. */
    private static CodeBlock compare(CodeBlock x, String comparison, Object operand) {
        return code("$L.compare($T.$L, $L)", x, RuntimeTypes.VECTOR_OPERATORS, comparison, operand);
    }

    /** The sign of {@code x} given to the non-negative {@code magnitude}. */
    private CodeBlock withSignOf(CodeBlock magnitude, CodeBlock x) {
        long signBit = f ? 0x80000000L : Long.MIN_VALUE;
        return fromBits(code("$L.or($L.and($L))", bits(magnitude), bits(x), i(signBit)));
    }

    /** constant - v, the constant split in two parts {hi, lo}: hi + lo - v (e.g. pi/2 - v). */
    private CodeBlock minus(CodeBlock v, BigDecimal constant) {
        double[] parts = split(constant, 2);
        return code("$L.sub($L).neg().add($L)", v, c(parts[1]), c(parts[0]));
    }

    private int mantissaBits() {
        return f ? 23 : 52;
    }

    /** p(z) by Horner's rule with fmas, coefficients from the highest degree. */
    private CodeBlock horner(CodeBlock z, double... coef) {
        CodeBlock p = tmp("$L.fma($L, $L)", z, c(coef[0]), c(coef[1]));
        for (int k = 2; k < coef.length; k++) {
            p = tmp("$L.fma($L, $L)", p, z, bc(coef[k]));
        }
        return p;
    }

    /** z^n + coef[0] z^(n-1) + ... (a monic polynomial) by Horner's rule. */
    private CodeBlock hornerMonic(CodeBlock z, double... coef) {
        CodeBlock p = tmp("$L.add($L)", z, c(coef[0]));
        for (int k = 1; k < coef.length; k++) {
            p = tmp("$L.fma($L, $L)", p, z, bc(coef[k]));
        }
        return p;
    }

    /** The value rounded to the kernel's precision. */
    private double round(BigDecimal v) {
        return f ? v.floatValue() : v.doubleValue();
    }

    /** The largest value of the kernel's precision not above v. */
    private double below(BigDecimal v) {
        double d = round(v);
        return new BigDecimal(d).compareTo(v) > 0 ? (f ? Math.nextDown((float) d) : Math.nextDown(d)) : d;
    }

    /** The smallest value of the kernel's precision not below v. */
    private double above(BigDecimal v) {
        double d = round(v);
        return new BigDecimal(d).compareTo(v) < 0 ? (f ? Math.nextUp((float) d) : Math.nextUp(d)) : d;
    }

    /** A constant split in parts whose sum approximates it to (parts x precision) bits. */
    private double[] split(BigDecimal v, int parts) {
        double[] p = new double[parts];
        BigDecimal rest = v;
        for (int k = 0; k < parts; k++) {
            p[k] = round(rest);
            rest = rest.subtract(new BigDecimal(p[k]), MC);
        }
        return p;
    }

    private double magic() {
        return f ? 0x1.8p23 : 0x1.8p52;
    }

    // ---- exp ----------------------------------------------------------------------------------

    /** ln(MIN_NORMAL) rounded up: arguments below it give 0 (flushed). */
    static double expLow(boolean isFloat) {
        return new VectorTranscendentals(isFloat, "", "").above(LN2.multiply(BigDecimal.valueOf(isFloat ? -126 : -1022)));
    }

    /** The largest argument whose exp is finite in this scheme (below ln 2^max exponent + 1). */
    static double expHigh(boolean isFloat) {
        return new VectorTranscendentals(isFloat, "", "").below(LN2.multiply(BigDecimal.valueOf(isFloat ? 128 : 1024)));
    }

    /**
     * Exp without its range handling, for a SUM's speculative tiles ({@link SpeculativeExp}): equal to
     * {@link #unary} EXP's value wherever |x| is at most {@link #expInRangeBound}, meaningless elsewhere
     * (the caller checks the arguments and recomputes).
     */
    static Code expInRange(String x, String out, boolean isFloat, String species) {
        VectorTranscendentals g = new VectorTranscendentals(isFloat, species, out);
        return g.done(g.expCore(CodeBlock.of("$L", x)));
    }

    /**
     * The largest |x| for which {@link #expInRange} equals Exp: the smaller of the flush and the
     * overflow thresholds' magnitudes (float32: 87.33654, float64: 708.39642).
     */
    static double expInRangeBound(boolean isFloat) {
        return Math.min(-expLow(isFloat), expHigh(isFloat));
    }

    private CodeBlock exp(CodeBlock x) {
        CodeBlock s = tmp(expCore(x));
        // x above the overflow threshold or NaN: x * inf (+inf or NaN); below the flush threshold: 0
        return code("$L.mul($L).blend($L, $L).blend($L, $L.lt($L))", x, c(Double.POSITIVE_INFINITY), s,
                compare(x, "LE", c(expHigh(f))), c(0), x, c(expLow(f)));
    }

    /** e^x for x between the flush and overflow thresholds, as one final expression. */
    private CodeBlock expCore(CodeBlock x) {
        double[] ln2 = split(LN2, 2);
        // t = magic + n: n = round(x log2 e) in the low bits of t
        CodeBlock t = tmp("$L.fma($L, $L)", x, c(round(BigDecimal.ONE.divide(LN2, MC))), c(magic()));
        CodeBlock n = tmp("$L.sub($L)", t, c(magic()));
        CodeBlock r = tmp("$L.fma($L, $L)", n, bc(-ln2[0]), x);
        r = tmp("$L.fma($L, $L)", n, bc(-ln2[1]), r);
        // exp r = 1 + r q(r), q(r) ~ (e^r - 1) / r by Horner's rule
        CodeBlock q = horner(r, f ? EXPM1_F : EXPM1_D);
        CodeBlock y = tmp("$L.fma($L, $L)", q, r, bc(1));
        // 2^n y by adding n to the exponent: n's bits shifted out of t's mantissa
        CodeBlock e = tmp(lanewise(bits(t), "LSHL", mantissaBits()));
        return fromBits(code("$L.add($L)", bits(y), e));
    }

    // ---- log ----------------------------------------------------------------------------------

    private CodeBlock log(CodeBlock x) {
        int scale = f ? 25 : 54;
        CodeBlock sub = tmp("$L.lt($L)", x, c(f ? 0x1p-126 : 0x1p-1022));
        CodeBlock xs = tmp("$L.blend($L.mul($L), $L)", x, x, c(Math.scalb(1.0, scale)), sub);
        // u = bits(xs) + bits(1) - bits(sqrt(1/2)): exponent field k + bias, mantissa of m / 2^k
        long one = f ? Float.floatToRawIntBits(1f) : Double.doubleToRawLongBits(1.0);
        long sqrtHalf = f ? Float.floatToRawIntBits((float) Math.sqrt(0.5)) : Double.doubleToRawLongBits(Math.sqrt(0.5));
        long mant = f ? 0x007fffffL : 0x000fffffffffffffL;
        long magicBits = f ? Float.floatToRawIntBits(0x1.8p23f) : Double.doubleToRawLongBits(0x1.8p52);
        int bias = f ? 127 : 1023;
        CodeBlock u = tmp("$L.add($L)", bits(xs), i(one - sqrtHalf));
        CodeBlock m = tmp(fromBits(code("$L.and($L).add($L)", u, i(mant), i(sqrtHalf))));
        CodeBlock fr = tmp("$L.sub($L)", m, c(1));
        // k exactly, through the magic number: bits(magic) + (u >>> mantissa bits) is magic + k + bias
        CodeBlock k = tmp("$L.sub($L)", fromBits(code("$L.add($L)", lanewise(u, "LSHR", mantissaBits()), i(magicBits))),
                c(magic() + bias));
        k = tmp("$L.blend($L.sub($L), $L)", k, k, c(scale), sub);
        double[] ln2 = f ? new double[] {0.693359375, -2.12194440e-4} : new double[] {6.93147180369123816490e-01,
            1.90821492927058770002e-10};
        CodeBlock r;
        if (f) {
            CodeBlock z = tmp("$L.mul($L)", fr, fr);
            CodeBlock p = horner(fr, LOG_F);
            CodeBlock y = tmp("$L.mul($L).mul($L)", p, fr, z);
            y = tmp("$L.fma($L, $L)", k, bc(ln2[1]), y);
            y = tmp("$L.fma($L, $L)", z, bc(-0.5), y);
            r = tmp("$L.fma($L, $L.add($L))", k, bc(ln2[0]), fr, y);
        } else {
            CodeBlock s = tmp("$L.div($L.add($L))", fr, fr, c(2));
            CodeBlock z = tmp("$L.mul($L)", s, s);
            CodeBlock rz = tmp("$L.mul($L)", horner(z, LOG_D), z);
            CodeBlock hfsq = tmp("$L.mul($L).mul($L)", fr, fr, c(0.5));
            CodeBlock w = tmp("$L.fma($L.add($L), $L.mul($L))", s, hfsq, rz, k, c(ln2[1]));
            r = tmp("$L.fma($L, $L.sub($L.sub($L)))", k, bc(ln2[0]), fr, hfsq, w);
        }
        return code("$L.blend($L, $L.eq($L)).blend($L, $L.not()).blend($L, $L.eq($L))", r, c(Double.NEGATIVE_INFINITY),
                x, c(0), c(Double.NaN), compare(x, "GE", c(0)), c(Double.POSITIVE_INFINITY), x,
                c(Double.POSITIVE_INFINITY));
    }

    // ---- sin, cos -----------------------------------------------------------------------------

    private CodeBlock sinCos(CodeBlock x, boolean cos) {
        double[] pio2 = split(HALF_PI, 3);
        CodeBlock t = tmp("$L.fma($L, $L)", x, c(round(BigDecimal.ONE.divide(HALF_PI, MC))), c(magic()));
        CodeBlock n = tmp("$L.sub($L)", t, c(magic()));
        CodeBlock r = tmp("$L.fma($L, $L)", n, bc(-pio2[0]), x);
        r = tmp("$L.fma($L, $L)", n, bc(-pio2[1]), r);
        r = tmp("$L.fma($L, $L)", n, bc(-pio2[2]), r);
        CodeBlock z = tmp("$L.mul($L)", r, r);
        CodeBlock sin = tmp("$L.mul($L).fma($L, $L)", r, z, horner(z, f ? SIN_F : SIN_D), r);
        // cos r = w + ((1 - w) - z/2 + z^2 P(z)), w = 1 - z/2 (fdlibm: the rounding of w recovered)
        CodeBlock hz = tmp("$L.mul($L)", z, c(0.5));
        CodeBlock w = tmp("$L.neg().add($L)", hz, c(1));
        CodeBlock cosr = tmp("$L.add($L.neg().add($L).sub($L).add($L.mul($L).mul($L)))", w, w, c(1), hz, z, z,
                horner(z, f ? COS_F : COS_D));
        // quadrant q = n (+1 for cos): odd takes cos r, q & 2 flips the sign
        CodeBlock q = tmp(cos ? code("$L.add($L)", bits(t), i(1)) : bits(t));
        CodeBlock v = tmp("$L.blend($L, $L)", sin, cosr, castMask(code("$L.and($L).eq($L)", q, i(1), i(1))));
        CodeBlock signed = tmp(fromBits(lanewise(bits(v), "XOR", lanewise(code("$L.and($L)", q, i(2)), "LSHL", f ? 30 : 62))));
        CodeBlock fast = cos ? signed : tmp("$L.blend($L, $L.eq($L))", signed, x, x, c(0));
        double bound = f ? SIN_BOUND_FLOAT : SIN_BOUND_DOUBLE;
        return code("($L.anyTrue() ? $T.$L($L) : $L)", compare(code("$L.abs()", x), "GT", c(bound)),
                RuntimeTypes.VECTOR_MATH, cos ? "cosStrict" : "sinStrict", x, fast);
    }

    // ---- asin, acos ---------------------------------------------------------------------------

    private CodeBlock asinAcos(CodeBlock x, boolean acos) {
        CodeBlock a = tmp("$L.abs()", x);
        CodeBlock big = tmp(compare(a, "GT", c(0.5)));
        CodeBlock z = tmp("$L.mul($L).blend($L.neg().add($L).mul($L), $L)", a, a, a, c(1), c(0.5), big);
        CodeBlock s = tmp("$L.blend($L.sqrt(), $L)", a, z, big);
        // for |x| > 1/2, the rounding error of s = sqrt(z): (z - s^2) / 2s, z - s^2 exact in an fma
        CodeBlock corr = tmp("$L.neg().fma($L, $L).div($L.add($L)).blend($L, $L.and($L).not())", s, s, z, s, s, c(0),
                big, compare(s, "GT", c(0)));
        CodeBlock w;
        if (f) {
            w = tmp("$L.mul($L).fma($L, $L).add($L)", s, z, horner(z, ASIN_F), corr, s);
        } else {
            CodeBlock rr = tmp("$L.mul($L).div($L)", z, horner(z, ASIN_P), horner(z, ASIN_Q));
            w = tmp("$L.fma($L, $L).add($L)", s, rr, corr, s);
        }
        // |asin x| = w for |x| <= 1/2, else pi/2 - 2w
        CodeBlock twoW = tmp("$L.add($L)", w, w);
        if (!acos) {
            return withSignOf(tmp("$L.blend($L, $L)", w, minus(twoW, HALF_PI), big), x);
        }
        // acos x = pi/2 - asin x for |x| <= 1/2; 2w for x > 1/2; pi - 2w for x < -1/2
        CodeBlock sw = tmp(withSignOf(w, x));
        CodeBlock mid = tmp(minus(sw, HALF_PI));
        CodeBlock neg = tmp(minus(twoW, PI));
        return code("$L.blend($L, $L.and($L)).blend($L, $L.and($L.lt($L)))", mid, twoW, big, compare(x, "GT", c(0)), neg,
                big, x, c(0));
    }

    // ---- atan, atan2 --------------------------------------------------------------------------

    /** atan of a in [0, inf] or NaN (non-negative result). */
    private CodeBlock atanCore(CodeBlock a, boolean boundedByOne) {
        double tan3pio8 = 2.414213562373095;
        double midBound = f ? 0.4142135623730950 : 0.66;
        double[] pio2 = split(HALF_PI, 2);
        double[] pio4 = split(HALF_PI.divide(BigDecimal.valueOf(2), MC), 2);
        CodeBlock mid = tmp(compare(a, "GT", c(midBound)));
        CodeBlock num = code("$L.blend($L.sub($L), $L)", a, a, c(1), mid);
        CodeBlock den = code("$L.blend($L.add($L), $L)", bc(1), a, c(1), mid);
        CodeBlock y0 = code("$L.blend($L, $L)", bc(0), c(pio4[0]), mid);
        CodeBlock lo = code("$L.blend($L, $L)", bc(0), c(pio4[1]), mid);
        if (!boundedByOne) {
            CodeBlock big = tmp(compare(a, "GT", c(tan3pio8)));
            num = code("$L.blend($L, $L)", num, c(-1), big);
            den = code("$L.blend($L, $L)", den, a, big);
            y0 = code("$L.blend($L, $L)", y0, c(pio2[0]), big);
            lo = code("$L.blend($L, $L)", lo, c(pio2[1]), big);
        }
        CodeBlock t = tmp("$L.div($L)", num, den);
        CodeBlock z = tmp("$L.mul($L)", t, t);
        CodeBlock y;
        if (f) {
            y = tmp("$L.mul($L).fma($L, $L).add($L)", t, z, horner(z, ATAN_F), t, lo);
            return tmp("$L.add($L)", y0, y);
        }
        CodeBlock rz = tmp("$L.mul($L).div($L)", z, horner(z, ATAN_P), hornerMonic(z, ATAN_Q));
        y = tmp("$L.fma($L, $L).add($L)", t, rz, t, lo);
        return tmp("$L.add($L)", y0, y);
    }

    private CodeBlock atan(CodeBlock x) {
        return withSignOf(atanCore(tmp("$L.abs()", x), false), x);
    }

    /** atan2(y, x) = the angle of the point (x, y). */
    private CodeBlock atan2(CodeBlock y, CodeBlock x) {
        CodeBlock ay = tmp("$L.abs()", y);
        CodeBlock ax = tmp("$L.abs()", x);
        CodeBlock swap = tmp(compare(ay, "GT", ax));
        CodeBlock num = tmp("$L.blend($L, $L)", ay, ax, swap);
        CodeBlock den = tmp("$L.blend($L, $L)", ax, ay, swap);
        // 0/0 (both zero) reads 0, inf/inf (both infinite) reads 1; a NaN stays NaN
        CodeBlock t = tmp("$L.div($L).blend($L, $L.add($L).eq($L)).blend($L, $L.eq($L).and($L.eq($L)))", num, den, c(0),
                num, den, c(0), c(1), num, c(Double.POSITIVE_INFINITY), den, c(Double.POSITIVE_INFINITY));
        CodeBlock base = atanCore(t, true);
        CodeBlock a = tmp("$L.blend($L, $L)", base, minus(base, HALF_PI), swap);
        // x negative (sign bit, so -0 too): pi - a
        CodeBlock xneg = castMask(code("$L.lt($L)", bits(x), i(0)));
        CodeBlock b = tmp("$L.blend($L, $L)", a, minus(a, PI), xneg);
        return withSignOf(b, y);
    }
}
