package org.jkeops.cpu.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/**
 * Deterministic sums of the lanes of a vector, in lane order. {@code reduceLanes(ADD)} leaves
 * the order of the additions unspecified, and in practice the interpreter and C2 add the lanes in
 * different orders, so the same kernel call could round differently before and after the JIT
 * compiled it. Generated SIMD code merges lanes once per output row, so the cost is negligible.
 */
public final class Lanes {
    private Lanes() {
    }

    /** The lanes of v added one by one, from lane 0 up. */
    public static float sum(FloatVector v) {
        float[] a = v.toArray();
        float s = a[0];
        for (int l = 1; l < a.length; l++) {
            s += a[l];
        }
        return s;
    }

    /** The lanes of v added one by one, from lane 0 up. */
    public static double sum(DoubleVector v) {
        double[] a = v.toArray();
        double s = a[0];
        for (int l = 1; l < a.length; l++) {
            s += a[l];
        }
        return s;
    }
}
