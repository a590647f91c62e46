package org.jkeops.runtime.internal;

/**
 * Scalar meanings of the formula operations that are not plain Java operators, called by
 * generated scalar code (the JIT inlines them). KeOps' safe conventions: {@code Rsqrt(0) = 0},
 * {@code XLogX(0) = 0}, {@code SinXDivX(0) = 1}. float versions compute in double and round once.
 */
public final class ScalarMath {
    private ScalarMath() {
    }

    public static double rsqrt(double x) {
        return x == 0 ? 0 : 1 / Math.sqrt(x);
    }

    public static float rsqrt(float x) {
        return x == 0 ? 0f : (float) (1 / Math.sqrt(x));
    }

    public static double xlogx(double x) {
        return x == 0 ? 0 : x * Math.log(x);
    }

    public static float xlogx(float x) {
        return x == 0 ? 0f : (float) (x * Math.log(x));
    }

    public static double sinxdivx(double x) {
        return x == 0 ? 1 : Math.sin(x) / x;
    }

    public static float sinxdivx(float x) {
        return x == 0 ? 1f : (float) (Math.sin(x) / x);
    }

    /** 0 if x < 0, else 1 (NaN gives 1). */
    public static double step(double x) {
        return x < 0 ? 0 : 1;
    }

    public static float step(float x) {
        return x < 0 ? 0f : 1f;
    }

    /** -1, 0 or 1; NaN gives 0. */
    public static double sign(double x) {
        return x > 0 ? 1 : x < 0 ? -1 : 0;
    }

    public static float sign(float x) {
        return x > 0 ? 1f : x < 0 ? -1f : 0f;
    }

    /** max(x, 0); NaN gives 0. */
    public static double relu(double x) {
        return x > 0 ? x : 0;
    }

    public static float relu(float x) {
        return x > 0 ? x : 0f;
    }

    /** min(max(x, low), high); NaN propagates. */
    public static double clamp(double x, double low, double high) {
        return Math.min(Math.max(x, low), high);
    }

    public static float clamp(float x, float low, float high) {
        return Math.min(Math.max(x, low), high);
    }

    /** x to an integer power. */
    public static double powi(double x, int n) {
        return Math.pow(x, n);
    }

    public static float powi(float x, int n) {
        return (float) Math.pow(x, n);
    }

    /**
     * x rounded to {@code digits} decimals, halves away from zero (C's round): y = x 10^d (x /
     * 10^-d for negative d), rounded by floor and a comparison (floor(|y| + 0.5) would round
     * 0.49999999999999994 and 2^52 + 1 up), then scaled back. NaN, infinities, zeros, and x whose
     * y is not below 2^52 in magnitude (already an integer, or 10^d overflows) are returned
     * unchanged; when 10^-d underflows, finite x gives a zero of its sign.
     */
    public static double round(double x, int digits) {
        if (!(Math.abs(x) < Double.POSITIVE_INFINITY) || x == 0) {
            return x;
        }
        double scale = Math.pow(10, Math.abs(digits));
        double y = digits >= 0 ? x * scale : x / scale;
        if (!(Math.abs(y) < 0x1p52)) {
            return x;
        }
        double a = Math.abs(y);
        double r = Math.floor(a);
        if (a - r >= 0.5) {
            r += 1;
        }
        r = Math.copySign(r, y);
        return digits >= 0 ? r / scale : r == 0 ? r : r * scale; // 0 * inf when 10^-d overflows
    }

    /** float32 Round in float64 (x 10^d is exact there for 0 <= d <= 12), rounded once. */
    public static float round(float x, int digits) {
        return (float) round((double) x, digits);
    }
}
