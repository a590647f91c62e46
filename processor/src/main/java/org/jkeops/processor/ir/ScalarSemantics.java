package org.jkeops.processor.ir;

/**
 * float64 meaning of the operations that are not one-liners, for constant folding. The runtime's
 * {@code org.jkeops.runtime.internal.ScalarMath} implements the same rules for generated code; the
 * processor cannot depend on the runtime, so the few lines are mirrored and tested against each
 * other in the differential suite.
 */
public final class ScalarSemantics {
    private ScalarSemantics() {
    }

    /** Rounds to {@code digits} decimals, halves away from zero (C's {@code round}). */
    public static double round(double x, int digits) {
        double scale = Math.pow(10, digits);
        double y = x * scale;
        double r = Math.copySign(Math.floor(Math.abs(y) + 0.5), y);
        return r / scale;
    }

    public static double clamp(double x, double low, double high) {
        return Math.min(Math.max(x, low), high);
    }
}
