package org.jkeops.processor.plan;

/** The floating-point type of a kernel's data and arithmetic. */
public enum Precision {
    FLOAT("float", "Float"),
    DOUBLE("double", "Double");

    private final String javaType;
    private final String boxName;

    Precision(String javaType, String boxName) {
        this.javaType = javaType;
        this.boxName = boxName;
    }

    /** {@code float} or {@code double}. */
    public String javaType() {
        return javaType;
    }

    /** {@code Float} or {@code Double}, for constants such as {@code Float.POSITIVE_INFINITY}. */
    public String boxName() {
        return boxName;
    }

    /** A Java literal of this precision for a value. */
    public String literal(double v) {
        // A float32 kernel spells the value narrowed to float: a folded constant in (3.4e38, 1.8e308]
        // is +-Infinity there (and one below float's range is a signed zero), so the special values
        // are tested on the narrowed value, never on the float64 one ("Infinityf" did not compile).
        double w = this == FLOAT ? (double) (float) v : v;
        if (Double.isNaN(w)) {
            return boxName + ".NaN";
        }
        if (Double.isInfinite(w)) {
            return boxName + (w > 0 ? ".POSITIVE_INFINITY" : ".NEGATIVE_INFINITY");
        }
        if (w == 0) {
            // (long) -0.0 is 0: keep the sign of a negative zero
            String zero = this == FLOAT ? "0.0f" : "0.0";
            return Double.doubleToRawLongBits(w) < 0 ? "-" + zero : zero;
        }
        if (this == FLOAT) {
            float f = (float) w;
            return f == Math.rint(f) && Math.abs(f) < 1e7 ? (long) f + ".0f" : f + "f";
        }
        return w == Math.rint(w) && Math.abs(w) < 1e15 ? (long) w + ".0" : Double.toString(w);
    }
}
