package org.jkeops.it;

import java.util.function.ToDoubleFunction;

/**
 * Central finite differences of a forward kernel, in float64: the independent check of a gradient
 * kernel that needs no hand-written derivative.
 */
final class FiniteDifferences {
    private FiniteDifferences() {
    }

    /** sum_l e_l out_l: the scalar whose gradient a kernel with incoming gradient e computes. */
    static double dot(double[] e, double[] out) {
        double s = 0;
        for (int l = 0; l < out.length; l++) {
            s += e[l] * out[l];
        }
        return s;
    }

    /** (f(a + h e_at) - f(a - h e_at)) / 2h with h = step * max(1, |a[at]|). */
    static double central(double[] a, int at, double step, ToDoubleFunction<double[]> f) {
        double h = step * Math.max(1, Math.abs(a[at]));
        double[] plus = a.clone();
        double[] minus = a.clone();
        plus[at] += h;
        minus[at] -= h;
        return (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * h);
    }

    /** The gradient kernel's value within 1e-6 (relative to 1 + |difference|) of the finite difference. */
    static void assertClose(double difference, double got, String what) {
        if (!(Math.abs(difference - got) <= 1e-6 * (1 + Math.abs(difference)))) {
            throw new AssertionError(what + ": gradient kernel " + got + ", finite difference " + difference);
        }
    }
}
