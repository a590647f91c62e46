package org.jkeops.linalg;

/** Number formatting for operator descriptions: {@code 2} rather than {@code 2.0}. */
final class Describe {

    private Describe() {
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
