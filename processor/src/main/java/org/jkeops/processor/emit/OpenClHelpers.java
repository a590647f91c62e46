package org.jkeops.processor.emit;

import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.OpenClSpelling;
import org.jkeops.processor.ir.UnaryOp;

/**
 * The helper functions at the top of an OpenCL program, emitted once per program and precision
 * (suffix {@code _f} / {@code _d}) and called by every kernel of it. They mirror the runtime's
 * {@code ScalarMath}: the same values at 0, NaN and the infinities (docs/FORMULAS.md, "Special
 * values"). Float versions use only float arithmetic and float-typed literals, except
 * {@code jk_round_f}, which scales in float64 where the device has it (see {@link #round}).
 */
final class OpenClHelpers {
    private OpenClHelpers() {
    }

    /** Appends the helpers of one precision: {@code r} the C type, {@code s} the suffix. */
    static void append(StringBuilder sb, String r, String s) {
        // The unary operations' helpers, from their bodies in UnaryOp (one place per operation).
        for (UnaryOp op : UnaryOp.values()) {
            OpenClSpelling.Helper h = op.openClHelper();
            if (h != null) {
                fn(sb, r, s, h.name(), "x", "return " + h.body() + ";");
            }
        }
        // Java's Math.pow, spelled once here rather than inline at every use (BinaryOp.POWF's
        // OpenCL text is the body): C's pow differs at a NaN exponent and at |a| = 1 with an
        // infinite exponent.
        sb.append("inline ").append(r).append(" jk_powf_").append(s).append("(").append(r).append(" a, ").append(r)
                .append(" b) { return ").append(BinaryOp.POWF.openCl("a", "b")).append("; }\n");
        // Java's Math.min(Math.max(x, lo), hi): NaN anywhere gives NaN (C's fmin/fmax drop it), and
        // +0 is above -0 (Clamp(-0, 0, 0) is +0, so 1 / Clamp is +inf as on the JVM)
        sb.append("inline ").append(r).append(" jk_clamp_").append(s).append("(").append(r).append(" x, ")
                .append(r).append(" lo, ").append(r).append(" hi) { ")
                .append("if (isnan(x) || isnan(lo) || isnan(hi)) return x + lo + hi; ")
                .append(r).append(" m = (x < lo || (x == lo && signbit(x))) ? lo : x; ")
                .append("return (m > hi || (m == hi && signbit(hi))) ? hi : m; }\n");
        sb.append(round(r, s)).append('\n');
    }

    /** The call of the Powf helper of a precision. */
    static String powf(boolean isFloat, String a, String b) {
        return "jk_powf_" + (isFloat ? "f" : "d") + "(" + a + ", " + b + ")";
    }

    private static void fn(StringBuilder sb, String r, String s, String name, String arg, String body) {
        sb.append("inline ").append(r).append(" jk_").append(name).append('_').append(s).append('(').append(r).append(' ')
                .append(arg).append(") { ").append(body).append(" }\n");
    }

    /**
     * Round(x, d) as ScalarMath.round: x 10^d (x / 10^-d for d < 0) in float64 where the device
     * has it, halves away from zero by floor and a comparison (floor(a + 0.5) rounds
     * 0.49999997 up), x itself where the scaled value is not below 2^52 (already an integer) or
     * not finite, and the scaling back in the same precision. The one float32 helper with double
     * arithmetic: x 10^d is exact in float64 for d <= 12 and not in float32. |d| above 400 scales
     * by 10^400 (infinite, as 10^d is), which also keeps -d defined for d = INT_MIN.
     */
    private static String round(String r, String s) {
        String body = "inline $R jk_round_$S($R x, int d) { if (!(fabs(x) < INFINITY) || x == 0) return x; "
                + "const $W sc = pown(($W) 10, d < -400 || d > 400 ? 400 : d < 0 ? -d : d); const $W y = d >= 0 ? ($W) x * sc : ($W) x / sc; "
                + "if (!(fabs(y) < 0x1p52)) return x; const $W a = fabs(y); $W q = floor(a); if (a - q >= ($W) 0.5) q += 1; "
                + "q = copysign(q, y); return ($R) (d >= 0 ? q / sc : q == 0 ? q : q * sc); }\n";
        String inDouble = body.replace("$W", "double").replace("$R", r).replace("$S", s);
        if (r.equals("double")) {
            return inDouble;
        }
        // float32 kernels scale in float64 when the device has it (x 10^d is then exact for d <= 12)
        return "#ifdef cl_khr_fp64\n#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n" + inDouble + "#else\n"
                + body.replace("$W", r).replace("$R", r).replace("$S", s) + "#endif\n";
    }
}
