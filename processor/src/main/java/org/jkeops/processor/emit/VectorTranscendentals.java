package org.jkeops.processor.emit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.UnaryOp;

/**
 * The Java Vector API text of the transcendental operations of generated SIMD kernels (Exp, Log,
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
 * result, {@code <result>k<i>}, typed {@code var}) and a final expression, emitted inline in the
 * kernel method with the width class's constant species: a helper method taking and returning
 * vectors was not inlined by HotSpot in the big kernel methods, and the vectors were boxed (a
 * Gaussian ran at half speed). Only rare fallbacks call {@code org.jkeops.cpu.internal.VectorMath}.
 *
 * <p><b>Methods</b> (Cephes / fdlibm ideas, written for lanes without branches):
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
    private static final MathContext MC = new MathContext(60);
    private static final BigDecimal LN2 = new BigDecimal(
            "0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863");
    private static final BigDecimal PI = new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803");
    private static final BigDecimal HALF_PI = PI.divide(BigDecimal.valueOf(2), MC);

    /** |x| beyond which Sin and Cos take the StrictMath fallback. */
    static final float SIN_BOUND_FLOAT = 8192f;
    static final double SIN_BOUND_DOUBLE = 0x1p26;

    // float32 exp r = 1 + r q(r), q of degree 5 interpolating (e^r - 1) / r at the Chebyshev nodes
    // of [-0.347, 0.347] (|r| <= ln2/2 plus rounding): error ~1e-9 before rounding to float.
    private static final double[] EXPM1_F = chebyshevFit(r -> StrictMath.expm1(r) / r, 0.347, 5);
    // Cephes logf: log(1+f) = f - f^2/2 + f^3 P(f), f in [sqrt(1/2)-1, sqrt(2)-1).
    private static final double[] LOG_F = {
        7.0376836292E-2, -1.1514610310E-1, 1.1676998740E-1, -1.2420140846E-1, 1.4249322787E-1,
        -1.6668057665E-1, 2.0000714765E-1, -2.4999993993E-1, 3.3333331174E-1};
    // fdlibm log: R(z) = z (Lg1 + z (Lg2 + ... + z Lg7)), z = s^2, s = f / (2 + f).
    private static final double[] LOG_D = {
        1.479819860511658591e-01, 1.531383769920937332e-01, 1.818357216161805012e-01, 2.222219843214978396e-01,
        2.857142874366239149e-01, 3.999999999940941908e-01, 6.666666666666735130e-01};
    // Cephes sinf / cosf on [-pi/4, pi/4], in z = r^2.
    private static final double[] SIN_F = {-1.9515295891E-4, 8.3321608736E-3, -1.6666654611E-1};
    private static final double[] COS_F = {2.443315711809948E-5, -1.388731625493765E-3, 4.166664568298827E-2};
    // Cephes sin / cos (double).
    private static final double[] SIN_D = {
        1.58962301576546568060E-10, -2.50507477628578072866E-8, 2.75573136213857245213E-6,
        -1.98412698295895385996E-4, 8.33333333332211858878E-3, -1.66666666666666307295E-1};
    private static final double[] COS_D = {
        -1.13585365213876817300E-11, 2.08757008419747316778E-9, -2.75573141792967388112E-7,
        2.48015872888517045348E-5, -1.38888888888730564116E-3, 4.16666666666665929218E-2};
    // Cephes atanf: atan t = t + t z P(z), |t| <= tan(pi/8).
    private static final double[] ATAN_F = {8.05374449538e-2, -1.38776856032E-1, 1.99777106478E-1, -3.33329491539E-1};
    // Cephes atan (double): atan t = t + t z P(z) / Q(z), Q monic.
    private static final double[] ATAN_P = {
        -8.750608600031904122785E-1, -1.615753718733365076637E1, -7.500855792314704667340E1,
        -1.228866684490136173410E2, -6.485021904942025371773E1};
    private static final double[] ATAN_Q = {
        2.485846490142306297962E1, 1.650270098316988542046E2, 4.328810604912902668951E2,
        4.853903996359136964868E2, 1.945506571482613964425E2};
    // Cephes asinf: asin s = s + s z P(z), z = s^2, |s| <= 1/2.
    private static final double[] ASIN_F = {
        4.2163199048E-2, 2.4181311049E-2, 4.5470025998E-2, 7.4953002686E-2, 1.6666752422E-1};
    // fdlibm asin: R(z) = z P(z) / Q(z).
    private static final double[] ASIN_P = {
        3.47933107596021167570e-05, 7.91534994289814532176e-04, -4.00555345006794114027e-02,
        2.01212532134862925881e-01, -3.25565818622400915405e-01, 1.66666666666666657415e-01};
    private static final double[] ASIN_Q = {
        7.70381505559019352791e-02, -6.88283971605453293030e-01, 2.02094576023350569471e+00,
        -2.40339491173441421878e+00, 1.0};

    private final boolean f;
    private final String sp;
    private final String vec;
    private final String out;
    private final List<String> lines = new ArrayList<>();
    private int next;

    /**
     * The statements ({@code final var ...}, without semicolons) and the final expression of one
     * operation.
     */
    record Code(List<String> statements, String result) {
        /** The number of distinct floating-point literals in the text. */
        int constants() {
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.regex.Matcher m = LITERAL.matcher(String.join(";", statements) + ";" + result);
            while (m.find()) {
                seen.add(m.group());
            }
            return seen.size();
        }

        private static final java.util.regex.Pattern LITERAL = java.util.regex.Pattern.compile(
                "(?<![\\w.])-?\\d+\\.\\d*(E-?\\d+)?f?|(Float|Double)\\.(POSITIVE_INFINITY|NEGATIVE_INFINITY|NaN)");

        /** The number of method calls in the text (a rough measure of its bytecode). */
        int calls() {
            int n = (int) result.chars().filter(ch -> ch == '(').count();
            for (String s : statements) {
                n += (int) s.chars().filter(ch -> ch == '(').count();
            }
            return n;
        }
    }

    private VectorTranscendentals(boolean isFloat, String species, String out) {
        this.f = isFloat;
        this.sp = species;
        this.vec = isFloat ? "FloatVector" : "DoubleVector";
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
        String r = switch (op) {
            case EXP -> g.exp(x);
            case LOG -> g.log(x);
            case SIN -> g.sinCos(x, false);
            case COS -> g.sinCos(x, true);
            case ASIN -> g.asinAcos(x, false);
            case ACOS -> g.asinAcos(x, true);
            case ATAN -> g.atan(x);
            case XLOGX -> x + ".mul(" + g.log(x) + ").blend(" + g.c(0) + ", " + x + ".eq(" + g.c(0) + "))";
            case SINXDIVX -> g.sinCos(x, false) + ".div(" + x + ").blend(" + g.c(1) + ", " + x + ".eq(" + g.c(0) + "))";
            case NEG, INV, SQUARE, SQRT, RSQRT, ABS, FLOOR, STEP, SIGN, RELU ->
                throw new IllegalArgumentException("not a transcendental operation: " + op);
        };
        return new Code(List.copyOf(g.lines), r);
    }

    /** An operation of two vectors; see {@link #unary}. */
    static Code binary(BinaryOp op, String a, String b, String out, boolean isFloat, String species) {
        VectorTranscendentals g = new VectorTranscendentals(isFloat, species, out);
        String r = switch (op) {
            case ATAN2 -> g.atan2(a, b);
            case POWF -> "VectorMath.powStrict(" + a + ", " + b + ")";
            case ADD, SUB, MUL, DIV, EQ, NE, LT, LE, GT, GE ->
                throw new IllegalArgumentException("not a transcendental operation: " + op);
        };
        return new Code(List.copyOf(g.lines), r);
    }

    /**
     * How many simple vector operations (~16 bytes of bytecode each) one use of the operation
     * weighs in a kernel method's bytecode budget: 1 for operations spelled elsewhere. Measured
     * with javap: ~10 bytes per method call of the text (e.g. 480 bytes for a float32 Log).
     */
    static int weight(UnaryOp op, boolean isFloat) {
        return handles(op) ? (unary(op, "x", "o", isFloat, "S").calls() * 2 + 2) / 3 : 1;
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

    static int weight(BinaryOp op, boolean isFloat) {
        return handles(op) ? (binary(op, "x", "y", "o", isFloat, "S").calls() * 2 + 2) / 3 : 1;
    }

    // ---- text helpers -------------------------------------------------------------------------

    private String tmp(String expr) {
        String name = out + "k" + next++;
        lines.add("final var " + name + " = " + expr);
        return name;
    }

    /** A literal in the kernel's precision. */
    private String c(double v) {
        if (f) {
            float x = (float) v;
            if (Float.isInfinite(x)) {
                return x > 0 ? "Float.POSITIVE_INFINITY" : "Float.NEGATIVE_INFINITY";
            }
            if (Float.isNaN(x)) {
                return "Float.NaN";
            }
            return Float.toString(x) + "f";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        if (Double.isNaN(v)) {
            return "Double.NaN";
        }
        return Double.toString(v);
    }

    /** A broadcast constant vector. */
    private String bc(double v) {
        return vec + ".broadcast(" + sp + ", " + c(v) + ")";
    }

    /** Integer-lane literal (int for float32, long for float64). */
    private String i(long v) {
        return f ? Integer.toString((int) v) : v + "L";
    }

    private String bits(String x) {
        return x + (f ? ".reinterpretAsInts()" : ".reinterpretAsLongs()");
    }

    private String fromBits(String x) {
        return x + (f ? ".reinterpretAsFloats()" : ".reinterpretAsDoubles()");
    }

    /** Mask of the integer lanes as a mask of the kernel's lanes. */
    private String castMask(String mask) {
        return mask + ".cast(" + sp + ")";
    }

    private int mantissaBits() {
        return f ? 23 : 52;
    }

    private long signBit() {
        return f ? 0x80000000L : Long.MIN_VALUE;
    }

    /** p(z) by Horner's rule with fmas, coefficients from the highest degree. */
    private String horner(String z, double... coef) {
        String p = tmp(z + ".fma(" + c(coef[0]) + ", " + c(coef[1]) + ")");
        for (int k = 2; k < coef.length; k++) {
            p = tmp(p + ".fma(" + z + ", " + bc(coef[k]) + ")");
        }
        return p;
    }

    /** z^n + coef[0] z^(n-1) + ... (a monic polynomial) by Horner's rule. */
    private String hornerMonic(String z, double... coef) {
        String p = tmp(z + ".add(" + c(coef[0]) + ")");
        for (int k = 1; k < coef.length; k++) {
            p = tmp(p + ".fma(" + z + ", " + bc(coef[k]) + ")");
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
        if (new BigDecimal(d).compareTo(v) > 0) {
            d = f ? Math.nextDown((float) d) : Math.nextDown(d);
        }
        return d;
    }

    /** The smallest value of the kernel's precision not below v. */
    private double above(BigDecimal v) {
        double d = round(v);
        if (new BigDecimal(d).compareTo(v) < 0) {
            d = f ? Math.nextUp((float) d) : Math.nextUp(d);
        }
        return d;
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

    private String exp(String x) {
        double[] ln2 = split(LN2, 2);
        // t = magic + n: n = round(x log2 e) in the low bits of t
        String t = tmp(x + ".fma(" + c(round(BigDecimal.ONE.divide(LN2, MC))) + ", " + c(magic()) + ")");
        String n = tmp(t + ".sub(" + c(magic()) + ")");
        String r = tmp(n + ".fma(" + bc(-ln2[0]) + ", " + x + ")");
        r = tmp(n + ".fma(" + bc(-ln2[1]) + ", " + r + ")");
        // exp r = 1 + r q(r), q(r) ~ (e^r - 1) / r by Horner's rule
        String q = horner(r, f ? EXPM1_F : expm1Taylor());
        String y = tmp(q + ".fma(" + r + ", " + bc(1) + ")");
        // 2^n y by adding n to the exponent: n's bits shifted out of t's mantissa
        String e = tmp(bits(t) + ".lanewise(VectorOperators.LSHL, " + mantissaBits() + ")");
        String s = tmp(fromBits(bits(y) + ".add(" + e + ")"));
        // x above the overflow threshold or NaN: x * inf (+inf or NaN); below the flush threshold: 0
        return x + ".mul(" + c(Double.POSITIVE_INFINITY) + ").blend(" + s + ", " + x + ".compare(VectorOperators.LE, "
                + c(expHigh(f)) + ")).blend(" + c(0) + ", " + x + ".lt(" + c(expLow(f)) + "))";
    }

    /** (e^r - 1) / r = sum r^k / (k + 1)!, k = 12 down to 0: truncation below 2^-58 for |r| <= ln2 / 2. */
    private static double[] expm1Taylor() {
        double[] c = new double[13];
        double fact = 1;
        for (int k = 0; k <= 12; k++) {
            fact *= k + 1;
            c[12 - k] = 1 / fact;
        }
        return c;
    }

    /**
     * The polynomial of the given degree interpolating g at the Chebyshev nodes of [-a, a] (within
     * a small factor of the minimax polynomial), coefficients from the highest degree, computed
     * with StrictMath (reproducible) and rounded to float.
     */
    private static double[] chebyshevFit(java.util.function.DoubleUnaryOperator g, double a, int degree) {
        int n = degree + 1;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            double r = a * StrictMath.cos((2 * i + 1) * Math.PI / (2 * n));
            double pw = 1;
            for (int k = 0; k < n; k++) {
                m[i][k] = pw;
                pw *= r;
            }
            m[i][n] = g.applyAsDouble(r);
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int i = col + 1; i < n; i++) {
                if (Math.abs(m[i][col]) > Math.abs(m[piv][col])) {
                    piv = i;
                }
            }
            double[] tmp = m[col];
            m[col] = m[piv];
            m[piv] = tmp;
            for (int i = 0; i < n; i++) {
                if (i != col) {
                    double factor = m[i][col] / m[col][col];
                    for (int k = col; k <= n; k++) {
                        m[i][k] -= factor * m[col][k];
                    }
                }
            }
        }
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            c[degree - k] = (float) (m[k][n] / m[k][k]);
        }
        return c;
    }

    // ---- log ----------------------------------------------------------------------------------

    private String log(String x) {
        int scale = f ? 25 : 54;
        String sub = tmp(x + ".lt(" + c(f ? 0x1p-126 : 0x1p-1022) + ")");
        String xs = tmp(x + ".blend(" + x + ".mul(" + c(Math.scalb(1.0, scale)) + "), " + sub + ")");
        // u = bits(xs) + bits(1) - bits(sqrt(1/2)): exponent field k + bias, mantissa of m / 2^k
        long one = f ? Float.floatToRawIntBits(1f) : Double.doubleToRawLongBits(1.0);
        long sqrtHalf = f ? Float.floatToRawIntBits((float) Math.sqrt(0.5)) : Double.doubleToRawLongBits(Math.sqrt(0.5));
        long mant = f ? 0x007fffffL : 0x000fffffffffffffL;
        long magicBits = f ? Float.floatToRawIntBits(0x1.8p23f) : Double.doubleToRawLongBits(0x1.8p52);
        int bias = f ? 127 : 1023;
        String u = tmp(bits(xs) + ".add(" + i(one - sqrtHalf) + ")");
        String m = tmp(fromBits(u + ".and(" + i(mant) + ").add(" + i(sqrtHalf) + ")"));
        String fr = tmp(m + ".sub(" + c(1) + ")");
        // k exactly, through the magic number: bits(magic) + (u >>> mantissa bits) is magic + k + bias
        String k = tmp(fromBits(u + ".lanewise(VectorOperators.LSHR, " + mantissaBits() + ").add(" + i(magicBits) + ")")
                + ".sub(" + c(magic() + bias) + ")");
        k = tmp(k + ".blend(" + k + ".sub(" + c(scale) + "), " + sub + ")");
        double[] ln2 = f ? new double[] {0.693359375, -2.12194440e-4} : new double[] {6.93147180369123816490e-01,
            1.90821492927058770002e-10};
        String r;
        if (f) {
            String z = tmp(fr + ".mul(" + fr + ")");
            String p = horner(fr, LOG_F);
            String y = tmp(p + ".mul(" + fr + ").mul(" + z + ")");
            y = tmp(k + ".fma(" + bc(ln2[1]) + ", " + y + ")");
            y = tmp(z + ".fma(" + bc(-0.5) + ", " + y + ")");
            r = tmp(k + ".fma(" + bc(ln2[0]) + ", " + fr + ".add(" + y + "))");
        } else {
            String s = tmp(fr + ".div(" + fr + ".add(" + c(2) + "))");
            String z = tmp(s + ".mul(" + s + ")");
            String rz = tmp(horner(z, LOG_D) + ".mul(" + z + ")");
            String hfsq = tmp(fr + ".mul(" + fr + ").mul(" + c(0.5) + ")");
            String w = tmp(s + ".fma(" + hfsq + ".add(" + rz + "), " + k + ".mul(" + c(ln2[1]) + "))");
            r = tmp(k + ".fma(" + bc(ln2[0]) + ", " + fr + ".sub(" + hfsq + ".sub(" + w + ")))");
        }
        return r + ".blend(" + c(Double.NEGATIVE_INFINITY) + ", " + x + ".eq(" + c(0) + ")).blend(" + c(Double.NaN)
                + ", " + x + ".compare(VectorOperators.GE, " + c(0) + ").not()).blend(" + c(Double.POSITIVE_INFINITY)
                + ", " + x + ".eq(" + c(Double.POSITIVE_INFINITY) + "))";
    }

    // ---- sin, cos -----------------------------------------------------------------------------

    private String sinCos(String x, boolean cos) {
        double[] pio2 = split(HALF_PI, 3);
        String t = tmp(x + ".fma(" + c(round(BigDecimal.ONE.divide(HALF_PI, MC))) + ", " + c(magic()) + ")");
        String n = tmp(t + ".sub(" + c(magic()) + ")");
        String r = tmp(n + ".fma(" + bc(-pio2[0]) + ", " + x + ")");
        r = tmp(n + ".fma(" + bc(-pio2[1]) + ", " + r + ")");
        r = tmp(n + ".fma(" + bc(-pio2[2]) + ", " + r + ")");
        String z = tmp(r + ".mul(" + r + ")");
        String sin = tmp(r + ".mul(" + z + ").fma(" + horner(z, f ? SIN_F : SIN_D) + ", " + r + ")");
        // cos r = w + ((1 - w) - z/2 + z^2 P(z)), w = 1 - z/2 (fdlibm: the rounding of w recovered)
        String hz = tmp(z + ".mul(" + c(0.5) + ")");
        String w = tmp(hz + ".neg().add(" + c(1) + ")");
        String cosr = tmp(w + ".add(" + w + ".neg().add(" + c(1) + ").sub(" + hz + ").add(" + z + ".mul(" + z + ").mul("
                + horner(z, f ? COS_F : COS_D) + ")))");
        // quadrant q = n (+1 for cos): odd takes cos r, q & 2 flips the sign
        String q = tmp(bits(t) + (cos ? ".add(" + i(1) + ")" : ""));
        String v = tmp(sin + ".blend(" + cosr + ", " + castMask(q + ".and(" + i(1) + ").eq(" + i(1) + ")") + ")");
        String signed = tmp(fromBits(bits(v) + ".lanewise(VectorOperators.XOR, " + q + ".and(" + i(2) + ").lanewise(VectorOperators.LSHL, "
                + (f ? 30 : 62) + "))"));
        String fast = cos ? signed : tmp(signed + ".blend(" + x + ", " + x + ".eq(" + c(0) + "))");
        double bound = f ? SIN_BOUND_FLOAT : SIN_BOUND_DOUBLE;
        return "(" + x + ".abs().compare(VectorOperators.GT, " + c(bound) + ").anyTrue() ? VectorMath."
                + (cos ? "cos" : "sin") + "Strict(" + x + ") : " + fast + ")";
    }

    // ---- asin, acos ---------------------------------------------------------------------------

    private String asinAcos(String x, boolean acos) {
        String a = tmp(x + ".abs()");
        String big = tmp(a + ".compare(VectorOperators.GT, " + c(0.5) + ")");
        String z = tmp(a + ".mul(" + a + ").blend(" + a + ".neg().add(" + c(1) + ").mul(" + c(0.5) + "), " + big + ")");
        String s = tmp(a + ".blend(" + z + ".sqrt(), " + big + ")");
        // for |x| > 1/2, the rounding error of s = sqrt(z): (z - s^2) / 2s, z - s^2 exact in an fma
        String corr = tmp(s + ".neg().fma(" + s + ", " + z + ").div(" + s + ".add(" + s + ")).blend(" + c(0) + ", "
                + big + ".and(" + s + ".compare(VectorOperators.GT, " + c(0) + ")).not())");
        String w;
        if (f) {
            w = tmp(s + ".mul(" + z + ").fma(" + horner(z, ASIN_F) + ", " + corr + ").add(" + s + ")");
        } else {
            String rr = tmp(z + ".mul(" + horner(z, ASIN_P) + ").div(" + horner(z, ASIN_Q) + ")");
            w = tmp(s + ".fma(" + rr + ", " + corr + ").add(" + s + ")");
        }
        double[] pio2 = split(HALF_PI, 2);
        double[] pi = split(PI, 2);
        // |asin x| = w for |x| <= 1/2, else pi/2 - 2w
        String twoW = tmp(w + ".add(" + w + ")");
        if (!acos) {
            String abs = tmp(w + ".blend(" + twoW + ".sub(" + c(pio2[1]) + ").neg().add(" + c(pio2[0]) + "), " + big + ")");
            return fromBits(bits(abs) + ".or(" + bits(x) + ".and(" + i(signBit()) + "))");
        }
        // acos x = pi/2 - asin x for |x| <= 1/2; 2w for x > 1/2; pi - 2w for x < -1/2
        String sw = tmp(fromBits(bits(w) + ".or(" + bits(x) + ".and(" + i(signBit()) + "))"));
        String mid = tmp(sw + ".sub(" + c(pio2[1]) + ").neg().add(" + c(pio2[0]) + ")");
        String neg = tmp(twoW + ".sub(" + c(pi[1]) + ").neg().add(" + c(pi[0]) + ")");
        return mid + ".blend(" + twoW + ", " + big + ".and(" + x + ".compare(VectorOperators.GT, " + c(0) + "))).blend(" + neg
                + ", " + big + ".and(" + x + ".lt(" + c(0) + ")))";
    }

    // ---- atan, atan2 --------------------------------------------------------------------------

    /** atan of a in [0, inf] or NaN (non-negative result). */
    private String atanCore(String a, boolean boundedByOne) {
        double tan3pio8 = 2.414213562373095;
        double midBound = f ? 0.4142135623730950 : 0.66;
        double[] pio2 = split(HALF_PI, 2);
        double[] pio4 = split(HALF_PI.divide(BigDecimal.valueOf(2), MC), 2);
        String mid = tmp(a + ".compare(VectorOperators.GT, " + c(midBound) + ")");
        String num = a + ".blend(" + a + ".sub(" + c(1) + "), " + mid + ")";
        String den = bc(1) + ".blend(" + a + ".add(" + c(1) + "), " + mid + ")";
        String y0 = bc(0) + ".blend(" + c(pio4[0]) + ", " + mid + ")";
        String lo = bc(0) + ".blend(" + c(pio4[1]) + ", " + mid + ")";
        if (!boundedByOne) {
            String big = tmp(a + ".compare(VectorOperators.GT, " + c(tan3pio8) + ")");
            num = num + ".blend(" + c(-1) + ", " + big + ")";
            den = den + ".blend(" + a + ", " + big + ")";
            y0 = y0 + ".blend(" + c(pio2[0]) + ", " + big + ")";
            lo = lo + ".blend(" + c(pio2[1]) + ", " + big + ")";
        }
        String t = tmp(num + ".div(" + den + ")");
        String z = tmp(t + ".mul(" + t + ")");
        String y;
        if (f) {
            y = tmp(t + ".mul(" + z + ").fma(" + horner(z, ATAN_F) + ", " + t + ").add(" + lo + ")");
            return tmp(y0 + ".add(" + y + ")");
        }
        String rz = tmp(z + ".mul(" + horner(z, ATAN_P) + ").div(" + hornerMonic(z, ATAN_Q) + ")");
        y = tmp(t + ".fma(" + rz + ", " + t + ").add(" + lo + ")");
        return tmp(y0 + ".add(" + y + ")");
    }

    private String atan(String x) {
        String r = atanCore(tmp(x + ".abs()"), false);
        return fromBits(bits(r) + ".or(" + bits(x) + ".and(" + i(signBit()) + "))");
    }

    /** atan2(y, x) = the angle of the point (x, y). */
    private String atan2(String y, String x) {
        String ay = tmp(y + ".abs()");
        String ax = tmp(x + ".abs()");
        String swap = tmp(ay + ".compare(VectorOperators.GT, " + ax + ")");
        String num = tmp(ay + ".blend(" + ax + ", " + swap + ")");
        String den = tmp(ax + ".blend(" + ay + ", " + swap + ")");
        // 0/0 (both zero) reads 0, inf/inf (both infinite) reads 1; a NaN stays NaN
        String t = tmp(num + ".div(" + den + ").blend(" + c(0) + ", " + num + ".add(" + den + ").eq(" + c(0) + ")).blend("
                + c(1) + ", " + num + ".eq(" + c(Double.POSITIVE_INFINITY) + ").and(" + den + ".eq(" + c(Double.POSITIVE_INFINITY)
                + ")))");
        String base = atanCore(t, true);
        double[] pio2 = split(HALF_PI, 2);
        double[] pi = split(PI, 2);
        String a = tmp(base + ".blend(" + base + ".sub(" + c(pio2[1]) + ").neg().add(" + c(pio2[0]) + "), " + swap + ")");
        // x negative (sign bit, so -0 too): pi - a
        String xneg = castMask(bits(x) + ".lt(" + i(0) + ")");
        String b = tmp(a + ".blend(" + a + ".sub(" + c(pi[1]) + ").neg().add(" + c(pi[0]) + "), " + xneg + ")");
        return fromBits(bits(b) + ".or(" + bits(y) + ".and(" + i(signBit()) + "))");
    }
}
