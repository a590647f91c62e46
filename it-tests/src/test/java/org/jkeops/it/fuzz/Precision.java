package org.jkeops.it.fuzz;

/** A kernel precision as the reference sees it: how values round and how large rounding errors are. */
enum Precision {
    F32("float", 0x1p-24, Float.MAX_VALUE, 0x1p-126),
    F64("double", 0x1p-53, Double.MAX_VALUE, 0x1p-1022);

    final String java;
    /** Unit roundoff. */
    final double u;
    final double max;
    /** Below this, rounding errors are absolute (subnormals; PoCL and SIMD may flush them). */
    final double tiny;

    Precision(String java, double u, double max, double tiny) {
        this.java = java;
        this.u = u;
        this.max = max;
        this.tiny = tiny;
    }

    /** a rounded to this precision (float64 arithmetic then one rounding equals float32 arithmetic for + - * / sqrt). */
    double round(double a) {
        return this == F32 ? (double) (float) a : a;
    }
}
