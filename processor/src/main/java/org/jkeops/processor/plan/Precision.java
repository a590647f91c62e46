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
        if (Double.isNaN(v)) {
            return boxName + ".NaN";
        }
        if (Double.isInfinite(v)) {
            return boxName + (v > 0 ? ".POSITIVE_INFINITY" : ".NEGATIVE_INFINITY");
        }
        if (this == FLOAT) {
            float f = (float) v;
            return f == Math.rint(f) && Math.abs(f) < 1e7 ? (long) f + ".0f" : f + "f";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (long) v + ".0" : Double.toString(v);
    }
}
