package org.jkeops.it.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The operations the fuzzer generates: their text and their float64 meaning with an error bound.
 *
 * <p>The bound is found by evaluation, not by derivative formulas: each operand is also evaluated
 * at the ends of its error interval, and the result's bound is the largest distance between those
 * results and the centre's, plus {@code ulps} units of roundoff for the operation itself (a few for
 * transcendentals, whose SIMD polynomials and OpenCL libm are not correctly rounded). When the
 * ends land in another class (finite, NaN, +inf, -inf) the value is fragile. Oscillating
 * functions of an argument whose error exceeds a tenth get the bound of their whole range.
 */
final class Ops {
    private Ops() {
    }

    enum Kind {
        NEG(1, 1), EXP(1, 8), LOG(1, 8), SQRT(1, 2), RSQRT(1, 4), ABS(1, 0), SIN(1, 8), COS(1, 8), ATAN(1, 8),
        SQUARE(1, 2), INV(1, 2), FLOOR(1, 0), STEP(1, 0), SIGN(1, 0), RELU(1, 0), XLOGX(1, 8), SINXDIVX(1, 8),
        ROUND(1, 2), POW(1, 4),
        ADD(2, 2), SUB(2, 2), MUL(2, 2), DIV(2, 2), POWF(2, 16), ATAN2(2, 8),
        IFELSE(3, 0), CLAMP(3, 0),
        SUM(1, 2), MAX(1, 0), MIN(1, 0), SQNORM2(1, 2), NORM2(1, 2), DOT(2, 2), SQDIST(2, 2), ELEM(1, 0),
        CONCAT(2, 0);

        final int arity;
        final int ulps;

        Kind(int arity, int ulps) {
            this.arity = arity;
            this.ulps = ulps;
        }

        boolean componentWise() {
            return ordinal() >= SUM.ordinal() && this != CONCAT;
        }
    }

    static String text(Node.Op o) {
        List<String> a = new ArrayList<>();
        for (Node c : o.args) {
            a.add(c.text());
        }
        return switch (o.kind) {
            case NEG -> "(-" + a.get(0) + ")";
            case ADD -> "(" + a.get(0) + " + " + a.get(1) + ")";
            case SUB -> "(" + a.get(0) + " - " + a.get(1) + ")";
            case MUL -> "(" + a.get(0) + " * " + a.get(1) + ")";
            case DIV -> "(" + a.get(0) + " / " + a.get(1) + ")";
            case DOT -> "(" + a.get(0) + " | " + a.get(1) + ")";
            case ROUND -> "Round(" + a.get(0) + ", " + o.n + ")";
            case POW -> "Pow(" + a.get(0) + ", " + o.n + ")";
            case ELEM -> "Elem(" + a.get(0) + ", " + o.n + ")";
            default -> name(o.kind) + "(" + String.join(", ", a) + ")";
        };
    }

    private static String name(Kind k) {
        return switch (k) {
            case EXP -> "Exp";
            case LOG -> "Log";
            case SQRT -> "Sqrt";
            case RSQRT -> "Rsqrt";
            case ABS -> "Abs";
            case SIN -> "Sin";
            case COS -> "Cos";
            case ATAN -> "Atan";
            case SQUARE -> "Square";
            case INV -> "Inv";
            case FLOOR -> "Floor";
            case STEP -> "Step";
            case SIGN -> "Sign";
            case RELU -> "ReLU";
            case XLOGX -> "XLogX";
            case SINXDIVX -> "SinXDivX";
            case POWF -> "Powf";
            case ATAN2 -> "Atan2";
            case IFELSE -> "IfElse";
            case CLAMP -> "Clamp";
            case SUM -> "Sum";
            case MAX -> "Max";
            case MIN -> "Min";
            case SQNORM2 -> "SqNorm2";
            case NORM2 -> "Norm2";
            case SQDIST -> "SqDist";
            case CONCAT -> "Concat";
            default -> throw new IllegalArgumentException(k.toString());
        };
    }

    /** The specified meaning of one element-wise operation on scalars (docs/FORMULAS.md). */
    static double apply(Kind k, int n, double a, double b, double c) {
        return switch (k) {
            case NEG -> -a;
            case EXP -> Math.exp(a);
            case LOG -> Math.log(a);
            case SQRT -> Math.sqrt(a);
            case RSQRT -> a == 0 ? 0 : 1 / Math.sqrt(a);
            case ABS -> Math.abs(a);
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case ATAN -> Math.atan(a);
            case SQUARE -> a * a;
            case INV -> 1 / a;
            case FLOOR -> Math.floor(a);
            case STEP -> a < 0 ? 0 : 1;
            case SIGN -> a > 0 ? 1 : a < 0 ? -1 : 0;
            case RELU -> a > 0 ? a : 0;
            case XLOGX -> a == 0 ? 0 : a * Math.log(a);
            case SINXDIVX -> a == 0 ? 1 : Math.sin(a) / a;
            case ROUND -> round(a, n);
            case POW -> Math.pow(a, n);
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case POWF -> Math.pow(a, b);
            case ATAN2 -> Math.atan2(a, b);
            case IFELSE -> a >= 0 ? b : c;
            case CLAMP -> Math.min(Math.max(a, b), c);
            case MAX -> a != a || b != b ? Double.NaN : b > a ? b : a;
            case MIN -> a != a || b != b ? Double.NaN : b < a ? b : a;
            default -> throw new IllegalArgumentException(k.toString());
        };
    }

    /**
     * Round(x, d) as specified, computed independently of the kernels' float64 scaling: x's exact
     * decimal value rounded half away from zero (BigDecimal HALF_UP) to d decimals. Values the
     * specification passes through (|x 10^d| at least 2^52, or 10^d overflowing) are x.
     */
    static double round(double x, int d) {
        if (!Double.isFinite(x) || x == 0 || !(Math.abs(x * Math.pow(10, d)) < 0x1p52)) {
            return x;
        }
        double r = new java.math.BigDecimal(x).setScale(d, java.math.RoundingMode.HALF_UP).doubleValue();
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    /**
     * Whether x 10^d, computed in float64 as the kernels do, is within rounding of a halfway point
     * without being exactly one (an exact tie such as 2.5 is specified: away from zero).
     */
    static boolean nearHalfway(double x, int d) {
        double y = Math.abs(d >= 0 ? x * Math.pow(10, d) : x / Math.pow(10, -d));
        if (!Double.isFinite(y) || y >= 0x1p52) {
            return false;
        }
        double frac = y - Math.floor(y);
        if (frac == 0.5 && d >= 0 && new java.math.BigDecimal(Math.abs(x)).scaleByPowerOfTen(d)
                .compareTo(new java.math.BigDecimal(y)) == 0) {
            return false;
        }
        return Math.abs(frac - 0.5) <= 4 * Math.ulp(y);
    }

    private static boolean oscillates(Kind k) {
        return k == Kind.SIN || k == Kind.COS || k == Kind.SINXDIVX;
    }

    private static int cls(double v) {
        return v != v ? 0 : v == Double.POSITIVE_INFINITY ? 1 : v == Double.NEGATIVE_INFINITY ? 2 : 3;
    }

    /** One element-wise operation on dimension-1 values, with the error bound by evaluation at the interval ends. */
    static Val scalar(Kind k, int n, Precision p, Val... ops) {
        double[] c = new double[3];
        double[] e = new double[3];
        boolean fragile = false;
        for (int i = 0; i < ops.length; i++) {
            c[i] = ops[i].v()[0];
            e[i] = ops[i].e()[0];
            fragile |= ops[i].fragile();
        }
        double centre = p.round(apply(k, n, c[0], c[1], c[2]));
        double err = 0;
        int[] pts = new int[3];
        int ends0 = e[0] > 0 && Double.isFinite(c[0]) ? 3 : 1;
        int ends1 = ops.length > 1 && e[1] > 0 && Double.isFinite(c[1]) ? 3 : 1;
        int ends2 = ops.length > 2 && e[2] > 0 && Double.isFinite(c[2]) ? 3 : 1;
        for (pts[0] = 0; pts[0] < ends0; pts[0]++) {
            for (pts[1] = 0; pts[1] < ends1; pts[1]++) {
                for (pts[2] = 0; pts[2] < ends2; pts[2]++) {
                    double[] at = new double[3];
                    for (int i = 0; i < 3; i++) {
                        at[i] = c[i] + (pts[i] == 1 ? -e[i] : pts[i] == 2 ? e[i] : 0);
                    }
                    double r = p.round(apply(k, n, at[0], at[1], at[2]));
                    if (cls(r) != cls(centre)) {
                        fragile = true;
                    } else if (cls(r) == 3) {
                        err = Math.max(err, Math.abs(r - centre));
                    }
                }
            }
        }
        if (k == Kind.ROUND && nearHalfway(c[0], n)) {
            fragile = true; // the float64 scaling of the kernels may land on either side
        }
        if (k == Kind.POWF && c[0] < 0 && e[1] > 0) {
            fragile = true; // a negative base: the result's class depends on whether b is an integer
        }
        if ((k == Kind.MUL || k == Kind.SQUARE || k == Kind.POW && n == 2) && Double.isInfinite(centre)
                && Double.isFinite(c[0]) && (ops.length == 1 || Double.isFinite(c[1]))) {
            // A product that overflows: where the SIMD kernels fuse it into the addition that uses it
            // (an FMA, one rounding), the sum of the exact product may be finite, or infinite of the
            // other sign than the rounded product plus the addend gives (docs/FORMULAS.md, "Fused
            // products"). Pow(f, 2) is Square(f) to the processor.
            fragile = true;
        }
        if (oscillates(k) && e[0] > 0.1) {
            err = Math.max(err, 2);
        }
        // the operation's own rounding may move the value across the overflow threshold
        double exact = apply(k, n, c[0], c[1], c[2]);
        if (k.ulps > 0 && Double.isFinite(exact) && cls(p.round(exact * (1 + 2 * k.ulps * p.u))) != cls(centre)) {
            fragile = true;
        }
        if (Double.isFinite(centre)) {
            err += k.ulps * (p.u * Math.abs(centre) + p.tiny);
        } else {
            err = 0;
        }
        return new Val(new double[] {centre}, new double[] {err}, fragile);
    }

    private static Val comp(Val a, int c) {
        int at = a.dim() == 1 ? 0 : c;
        return new Val(new double[] {a.v()[at]}, new double[] {a.e()[at]}, a.fragile());
    }

    static Val eval(Node.Op o, Val[] a, Precision p) {
        Kind k = o.kind;
        switch (k) {
            case SUM -> {
                return fold(Kind.ADD, comps(a[0]), p);
            }
            case MAX, MIN -> {
                return fold(k, comps(a[0]), p);
            }
            case SQNORM2 -> {
                return fold(Kind.ADD, map(comps(a[0]), x -> scalar(Kind.MUL, 0, p, x, x)), p);
            }
            case NORM2 -> {
                return scalar(Kind.SQRT, 0, p, fold(Kind.ADD, map(comps(a[0]), x -> scalar(Kind.MUL, 0, p, x, x)), p));
            }
            case DOT, SQDIST -> {
                List<Val> terms = new ArrayList<>();
                int d = Math.max(a[0].dim(), a[1].dim());
                for (int c = 0; c < d; c++) {
                    Val l = comp(a[0], c);
                    Val r = comp(a[1], c);
                    if (k == Kind.DOT) {
                        terms.add(scalar(Kind.MUL, 0, p, l, r));
                    } else {
                        Val s = scalar(Kind.SUB, 0, p, l, r);
                        terms.add(scalar(Kind.MUL, 0, p, s, s));
                    }
                }
                return fold(Kind.ADD, terms, p);
            }
            case ELEM -> {
                return comp(a[0], o.n);
            }
            case CONCAT -> {
                return new Val(concat(a[0].v(), a[1].v()), concat(a[0].e(), a[1].e()), a[0].fragile() || a[1].fragile());
            }
            default -> {
                double[] v = new double[o.dim];
                double[] e = new double[o.dim];
                boolean fragile = false;
                for (int c = 0; c < o.dim; c++) {
                    Val[] ops = new Val[a.length];
                    for (int i = 0; i < a.length; i++) {
                        ops[i] = comp(a[i], c);
                    }
                    Val r = scalar(k, o.n, p, ops);
                    v[c] = r.v()[0];
                    e[c] = r.e()[0];
                    fragile |= r.fragile();
                }
                return new Val(v, e, fragile);
            }
        }
    }

    private static double[] concat(double[] a, double[] b) {
        double[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static List<Val> comps(Val a) {
        List<Val> r = new ArrayList<>();
        for (int c = 0; c < a.dim(); c++) {
            r.add(comp(a, c));
        }
        return r;
    }

    private static List<Val> map(List<Val> l, java.util.function.UnaryOperator<Val> f) {
        return l.stream().map(f).toList();
    }

    private static Val fold(Kind k, List<Val> l, Precision p) {
        Val acc = l.get(0);
        for (int i = 1; i < l.size(); i++) {
            acc = scalar(k, 0, p, acc, l.get(i));
        }
        return acc;
    }
}
