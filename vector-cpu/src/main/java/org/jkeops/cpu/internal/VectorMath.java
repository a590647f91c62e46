package org.jkeops.cpu.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Lane-wise meanings of the formula operations that have no single Vector API method. Each
 * mirrors {@code org.jkeops.runtime.internal.ScalarMath} exactly on special values (zeros, NaN,
 * infinities), so the SIMD and scalar paths agree. Generated kernels call only the long ones
 * (floor, round, integer powers beyond 4) and the rare lane-by-lane {@code StrictMath} fallbacks
 * of the transcendental functions; everything else is spelled in place by the processor
 * ({@code UnaryOp}, {@code BinaryOp}, {@code SimdValues}, {@code VectorTranscendentals}),
 * because HotSpot does not always inline a call into a large kernel method, and a vector crossing
 * a call that is not inlined is boxed: an IfElse through a helper here ran 12 times slower than
 * in place. Transcendentals are built from operations that round the same in every JIT tier.
 */
public final class VectorMath {
    private VectorMath() {
    }

    // ---- FloatVector ----

    /**
     * sin, lane by lane with {@code StrictMath}: the generated kernels' fallback for a vector with
     * a lane beyond the range of their inline argument reduction (see the processor's
     * {@code VectorTranscendentals}). Deterministic (StrictMath is fdlibm), slow, rarely taken.
     */
    public static FloatVector sinStrict(FloatVector v) {
        float[] a = v.toArray();
        for (int l = 0; l < a.length; l++) {
            a[l] = (float) StrictMath.sin(a[l]);
        }
        return FloatVector.fromArray(v.species(), a, 0);
    }

    /** cos, lane by lane with {@code StrictMath}; see {@link #sinStrict(FloatVector)}. */
    public static FloatVector cosStrict(FloatVector v) {
        float[] a = v.toArray();
        for (int l = 0; l < a.length; l++) {
            a[l] = (float) StrictMath.cos(a[l]);
        }
        return FloatVector.fromArray(v.species(), a, 0);
    }

    /**
     * a^b lane by lane with {@code StrictMath.pow} (float32 through double, rounded once, like the
     * scalar path): the generated kernels' Powf. Deterministic across JIT tiers, unlike the Vector
     * API's {@code lanewise(POW)}; an inline polynomial pow would need log a in extra precision.
     */
    public static FloatVector powStrict(FloatVector a, FloatVector b) {
        float[] x = a.toArray();
        float[] y = b.toArray();
        for (int l = 0; l < x.length; l++) {
            x[l] = (float) StrictMath.pow(x[l], y[l]);
        }
        return FloatVector.fromArray(a.species(), x, 0);
    }

    /**
     * floor(v), exactly: the Vector API has no floor, so truncate through an integer conversion
     * and step down where truncation rounded up. Values of magnitude at least 0x1p23f are already
     * integers (and may not fit the integer type); zeros keep their sign, NaN and infinities pass
     * through unchanged.
     */
    public static FloatVector floor(FloatVector v) {
        FloatVector t = (FloatVector) v.convert(VectorOperators.F2I, 0).convert(VectorOperators.I2F, 0);
        FloatVector f = t.blend(t.sub(1), t.compare(VectorOperators.GT, v));
        return v.blend(f, v.abs().lt(0x1p23f).and(v.compare(VectorOperators.NE, 0)));
    }

    /**
     * v rounded to {@code digits} decimals, lane by lane with {@code ScalarMath.round} (scaled in
     * float64), so that every backend gives the same result at halfway points, overflowing
     * scales and huge values. Round is rare in kernels; exactness wins over lanes here.
     */
    public static FloatVector round(FloatVector v, int digits) {
        float[] a = v.toArray();
        for (int l = 0; l < a.length; l++) {
            a[l] = org.jkeops.runtime.internal.ScalarMath.round(a[l], digits);
        }
        return FloatVector.fromArray(v.species(), a, 0);
    }

    /** v to an integer power, by repeated squaring. */
    public static FloatVector powi(FloatVector v, int n) {
        int e = Math.abs(n);
        FloatVector result = v.broadcast(1);
        FloatVector base = v;
        while (e != 0) {
            if ((e & 1) != 0) {
                result = result.mul(base);
            }
            e >>>= 1;
            if (e != 0) {
                base = base.mul(base);
            }
        }
        return n < 0 ? v.broadcast(1).div(result) : result;
    }

    // ---- DoubleVector ----

    /**
     * sin, lane by lane with {@code StrictMath}: the generated kernels' fallback for a vector with
     * a lane beyond the range of their inline argument reduction (see the processor's
     * {@code VectorTranscendentals}). Deterministic (StrictMath is fdlibm), slow, rarely taken.
     */
    public static DoubleVector sinStrict(DoubleVector v) {
        double[] a = v.toArray();
        for (int l = 0; l < a.length; l++) {
            a[l] = StrictMath.sin(a[l]);
        }
        return DoubleVector.fromArray(v.species(), a, 0);
    }

    /** cos, lane by lane with {@code StrictMath}; see {@link #sinStrict(DoubleVector)}. */
    public static DoubleVector cosStrict(DoubleVector v) {
        double[] a = v.toArray();
        for (int l = 0; l < a.length; l++) {
            a[l] = StrictMath.cos(a[l]);
        }
        return DoubleVector.fromArray(v.species(), a, 0);
    }

    /**
     * a^b lane by lane with {@code StrictMath.pow} (float32 through double, rounded once, like the
     * scalar path): the generated kernels' Powf. Deterministic across JIT tiers, unlike the Vector
     * API's {@code lanewise(POW)}; an inline polynomial pow would need log a in extra precision.
     */
    public static DoubleVector powStrict(DoubleVector a, DoubleVector b) {
        double[] x = a.toArray();
        double[] y = b.toArray();
        for (int l = 0; l < x.length; l++) {
            x[l] = StrictMath.pow(x[l], y[l]);
        }
        return DoubleVector.fromArray(a.species(), x, 0);
    }

    /**
     * floor(v), exactly: the Vector API has no floor, so truncate through an integer conversion
     * and step down where truncation rounded up. Values of magnitude at least 0x1p52 are already
     * integers (and may not fit the integer type); zeros keep their sign, NaN and infinities pass
     * through unchanged.
     */
    public static DoubleVector floor(DoubleVector v) {
        DoubleVector t = (DoubleVector) v.convert(VectorOperators.D2L, 0).convert(VectorOperators.L2D, 0);
        DoubleVector f = t.blend(t.sub(1), t.compare(VectorOperators.GT, v));
        return v.blend(f, v.abs().lt(0x1p52).and(v.compare(VectorOperators.NE, 0)));
    }

    /** v rounded to {@code digits} decimals, lane by lane; see {@link #round(FloatVector, int)}. */
    public static DoubleVector round(DoubleVector v, int digits) {
        double[] a = v.toArray();
        for (int l = 0; l < a.length; l++) {
            a[l] = org.jkeops.runtime.internal.ScalarMath.round(a[l], digits);
        }
        return DoubleVector.fromArray(v.species(), a, 0);
    }

    /** v to an integer power, by repeated squaring. */
    public static DoubleVector powi(DoubleVector v, int n) {
        int e = Math.abs(n);
        DoubleVector result = v.broadcast(1);
        DoubleVector base = v;
        while (e != 0) {
            if ((e & 1) != 0) {
                result = result.mul(base);
            }
            e >>>= 1;
            if (e != 0) {
                base = base.mul(base);
            }
        }
        return n < 0 ? v.broadcast(1).div(result) : result;
    }

}
