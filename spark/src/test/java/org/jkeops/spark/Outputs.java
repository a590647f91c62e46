package org.jkeops.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;

/** Comparisons of kernel outputs: bit for bit, or within a relative tolerance for rounded sums. */
final class Outputs {
    /**
     * Relative tolerance of a float32 result that TILES rounds otherwise than the single pass
     * (sums, log-sum-exps, softmax-weighted sums): about N x 2^-24 for N terms folded in float32,
     * with room.
     */
    static final double TILES_F32 = 2e-5;
    /** The same in float64: 2^-53 per fold scales it to well below this. */
    static final double TILES_F64 = 1e-12;

    private Outputs() {
    }

    /** {@link #TILES_F32} or {@link #TILES_F64} by the method's precision. */
    static double tilesTolerance(KernelMethod<?> method) {
        return method.usesDouble() ? TILES_F64 : TILES_F32;
    }

    /** A kernel method's return value as an output. */
    static KernelOutput of(Object result) {
        return switch (result) {
            case float[] f -> new KernelOutput(f, null);
            case double[] d -> new KernelOutput(d, null);
            case int[] i -> new KernelOutput(null, i);
            case org.jkeops.runtime.FloatArgResult f -> new KernelOutput(f.values(), f.indices());
            case org.jkeops.runtime.DoubleArgResult d -> new KernelOutput(d.values(), d.indices());
            default -> throw new AssertionError("unexpected result " + result);
        };
    }

    /**
     * Whether TILES rounds otherwise than the single pass: sums, log-sum-exps and softmax-weighted
     * sums (tiles' finalized values weighed by their normalisers in float64, rounded once more).
     */
    static boolean rounded(KernelMethod<?> method) {
        return java.util.List.of("SUM", "LOG_SUM_EXP", "SUM_SOFTMAX_WEIGHT").contains(method.reduction());
    }

    /**
     * A TILES result against the single pass by the reduction's merge rule: within
     * {@link #tilesTolerance} where TILES rounds otherwise ({@link #rounded}), bit for bit for
     * min / max / arg / K results.
     */
    static void assertTilesMatch(KernelMethod<?> method, KernelOutput single, KernelOutput tiles, String what) {
        if (rounded(method)) {
            assertClose(single, tiles, tilesTolerance(method), what);
        } else {
            assertSame(single, tiles, what);
        }
    }

    /** Indices and values bit for bit equal (what {@link #assertSame} asserts). */
    static boolean same(KernelOutput a, KernelOutput b) {
        return java.util.Arrays.equals(a.indices(), b.indices()) && switch (a.values()) {
            case float[] f -> b.values() instanceof float[] g && java.util.Arrays.equals(f, g);
            case double[] d -> b.values() instanceof double[] e && java.util.Arrays.equals(d, e);
            case null -> b.values() == null;
            default -> false;
        };
    }

    static void assertSame(KernelOutput expected, KernelOutput actual, String what) {
        assertArrayEquals(expected.indices(), actual.indices(), what + ": indices");
        switch (expected.values()) {
            case float[] e -> assertArrayEquals(e, (float[]) actual.values(), what + ": values"); // bitwise per element
            case double[] e -> assertArrayEquals(e, (double[]) actual.values(), what + ": values");
            case null -> assertEquals(null, actual.values(), what + ": values");
            default -> fail(what + ": unexpected " + expected.values().getClass());
        }
    }

    /** Indices equal, values equal or finite and within {@code rel * (1 + |expected|)}. */
    static void assertClose(KernelOutput expected, KernelOutput actual, double rel, String what) {
        assertArrayEquals(expected.indices(), actual.indices(), what + ": indices");
        if (expected.values() == null) {
            assertEquals(null, actual.values(), what + ": values");
            return;
        }
        double[] e = toDouble(expected.values());
        double[] a = toDouble(actual.values());
        assertEquals(e.length, a.length, what + ": length");
        for (int q = 0; q < e.length; q++) {
            boolean same = Double.compare(e[q], a[q]) == 0; // infinities (a row with no kept pair: -inf) and NaN
            if (!same && !(Math.abs(e[q] - a[q]) <= rel * (1 + Math.abs(e[q])))) {
                fail(what + ": element " + q + ": expected " + e[q] + ", got " + a[q]);
            }
        }
    }

    private static double[] toDouble(Object values) {
        if (values instanceof double[] d) {
            return d;
        }
        float[] f = (float[]) values;
        double[] d = new double[f.length];
        for (int q = 0; q < f.length; q++) {
            d[q] = f[q];
        }
        return d;
    }
}
