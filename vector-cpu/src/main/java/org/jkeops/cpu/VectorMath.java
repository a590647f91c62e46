package org.jkeops.cpu;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Lane-wise meanings of the formula operations that have no single Vector API method. Each
 * mirrors {@code org.jkeops.runtime.ScalarMath} exactly on special values (zeros, NaN,
 * infinities), so the SIMD and scalar paths agree. Generated kernels call only the long ones
 * (floor, round, integer powers beyond 4, ...); short ones (comparisons, IfElse, Clamp, Step,
 * Sign, ReLU, Rsqrt) are spelled in place by the emitter ({@code UnaryOp}, {@code BinaryOp},
 * {@code VectorJavaEmitter}), because HotSpot does not always inline a call into a large kernel
 * method, and a vector crossing a call that is not inlined is boxed: an IfElse through a helper
 * here ran 12 times slower than in place.
 */
public final class VectorMath {
    private VectorMath() {
    }

    // ---- FloatVector ----

    /** v log v, and 0 where v = 0. */
    public static FloatVector xlogx(FloatVector v) {
        return v.mul(v.lanewise(VectorOperators.LOG)).blend(0, v.eq(0));
    }

    /** sin(v) / v, and 1 where v = 0. */
    public static FloatVector sinxdivx(FloatVector v) {
        return v.lanewise(VectorOperators.SIN).div(v).blend(1, v.eq(0));
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
     * v rounded to {@code digits} decimals, halves away from zero. The scaling is done in the
     * vector's precision, so a float value within an ulp of a halfway point may round the other
     * way than the scalar path, which scales in double.
     */
    public static FloatVector round(FloatVector v, int digits) {
        float scale = (float) Math.pow(10, digits);
        FloatVector y = v.mul(scale);
        FloatVector r = floor(y.abs().add(0.5f));
        r = r.blend(r.neg(), y.lt(0));
        return r.div(scale);
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

    /** v log v, and 0 where v = 0. */
    public static DoubleVector xlogx(DoubleVector v) {
        return v.mul(v.lanewise(VectorOperators.LOG)).blend(0, v.eq(0));
    }

    /** sin(v) / v, and 1 where v = 0. */
    public static DoubleVector sinxdivx(DoubleVector v) {
        return v.lanewise(VectorOperators.SIN).div(v).blend(1, v.eq(0));
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

    /**
     * v rounded to {@code digits} decimals, halves away from zero. The scaling is done in the
     * vector's precision, so a float value within an ulp of a halfway point may round the other
     * way than the scalar path, which scales in double.
     */
    public static DoubleVector round(DoubleVector v, int digits) {
        double scale = (double) Math.pow(10, digits);
        DoubleVector y = v.mul(scale);
        DoubleVector r = floor(y.abs().add(0.5));
        r = r.blend(r.neg(), y.lt(0));
        return r.div(scale);
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
