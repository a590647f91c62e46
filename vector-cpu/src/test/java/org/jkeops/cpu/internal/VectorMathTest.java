package org.jkeops.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.jkeops.runtime.internal.ScalarMath;
import org.junit.jupiter.api.Test;

/**
 * Lane-wise helpers agree with the scalar path, special values included. (The operations the
 * emitter spells in place are checked through generated kernels: it-tests' SpecialValuesTest.)
 */
class VectorMathTest {
    private static final float[] SPECIAL = {0f, -0f, 1f, -1f, 0.5f, -0.5f, 1.5f, -1.5f, 2.5f, -2.5f,
        0.49999997f, 1e-30f, -1e-30f, 8388607.5f, -8388607.5f, 8388608f, 1e20f, -1e20f, 3e9f, -3e9f,
        Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN};

    private static float[] inputs() {
        Random rnd = new Random(7);
        float[] v = new float[SPECIAL.length + 4000];
        System.arraycopy(SPECIAL, 0, v, 0, SPECIAL.length);
        for (int k = SPECIAL.length; k < v.length; k++) {
            v[k] = (float) ((rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(12) - 4));
        }
        return v;
    }

    private static void checkFloat(String what, UnaryOperator<FloatVector> vec, DoubleUnaryOperator ref) {
        checkFloat(what, vec, ref, 0);
    }

    /** Exact, or within {@code ulps} units in the last place of the reference. */
    private static void checkFloat(String what, UnaryOperator<FloatVector> vec, DoubleUnaryOperator ref, int ulps) {
        for (VectorSpecies<Float> sp : new VectorSpecies[] {FloatVector.SPECIES_128, FloatVector.SPECIES_256, FloatVector.SPECIES_512}) {
            float[] in = inputs();
            int n = in.length / sp.length() * sp.length();
            float[] out = new float[n];
            for (int k = 0; k < n; k += sp.length()) {
                vec.apply(FloatVector.fromArray(sp, in, k)).intoArray(out, k);
            }
            for (int k = 0; k < n; k++) {
                float expected = (float) ref.applyAsDouble(in[k]);
                if (ulps == 0 || !Float.isFinite(expected) || expected == 0) {
                    assertEquals(expected, out[k], what + "(" + in[k] + ") at " + sp);
                } else {
                    assertEquals(expected, out[k], ulps * Math.ulp(expected), what + "(" + in[k] + ") at " + sp);
                }
            }
        }
    }

    private static void checkDouble(String what, UnaryOperator<DoubleVector> vec, DoubleUnaryOperator ref) {
        float[] f = inputs();
        double[] in = new double[f.length + 4];
        for (int k = 0; k < f.length; k++) {
            in[k] = f[k];
        }
        in[f.length] = 4503599627370495.5;
        in[f.length + 1] = -4503599627370495.5;
        in[f.length + 2] = 9e18;
        in[f.length + 3] = -9.5e18;
        VectorSpecies<Double> sp = DoubleVector.SPECIES_256;
        int n = in.length / sp.length() * sp.length();
        double[] out = new double[n];
        for (int k = 0; k < n; k += sp.length()) {
            vec.apply(DoubleVector.fromArray(sp, in, k)).intoArray(out, k);
        }
        for (int k = 0; k < n; k++) {
            assertEquals(ref.applyAsDouble(in[k]), out[k], what + "(" + in[k] + ")");
        }
    }

    @Test
    void floorIsExactEverywhere() {
        checkFloat("floor", VectorMath::floor, Math::floor);
        checkDouble("floor", VectorMath::floor, Math::floor);
    }

    @Test
    void strictFallbacksAreStrictMathPerLane() {
        float[] in = {0f, -0f, 1e5f, -3e7f, Float.POSITIVE_INFINITY, Float.NaN, 2.5f, -1f};
        float[] e = {2f, 0.5f, 1.5f, 2f, -1f, 0f, Float.NaN, 3f};
        FloatVector v = FloatVector.fromArray(FloatVector.SPECIES_256, in, 0);
        FloatVector w = FloatVector.fromArray(FloatVector.SPECIES_256, e, 0);
        double[] ind = new double[4];
        for (int k = 0; k < 4; k++) {
            ind[k] = in[k + 2];
        }
        DoubleVector dv = DoubleVector.fromArray(DoubleVector.SPECIES_256, ind, 0);
        for (int k = 0; k < in.length; k++) {
            assertEquals((float) StrictMath.sin(in[k]), VectorMath.sinStrict(v).lane(k));
            assertEquals((float) StrictMath.cos(in[k]), VectorMath.cosStrict(v).lane(k));
            assertEquals((float) StrictMath.pow(in[k], e[k]), VectorMath.powStrict(v, w).lane(k));
        }
        for (int k = 0; k < 4; k++) {
            assertEquals(StrictMath.sin(ind[k]), VectorMath.sinStrict(dv).lane(k));
            assertEquals(StrictMath.cos(ind[k]), VectorMath.cosStrict(dv).lane(k));
            assertEquals(StrictMath.pow(ind[k], ind[k]), VectorMath.powStrict(dv, dv).lane(k));
        }
    }

    @Test
    void roundHalvesAwayFromZero() {
        float[] in = {2.5f, -2.5f, 0.125f, -0.125f, 1.2345f, 7f, -7.46f, 0f};
        FloatVector v = FloatVector.fromArray(FloatVector.SPECIES_256, in, 0);
        for (int digits : new int[] {0, 1, 2}) {
            FloatVector r = VectorMath.round(v, digits);
            for (int k = 0; k < in.length; k++) {
                assertEquals(ScalarMath.round(in[k], digits), r.lane(k), 1e-6f, "round(" + in[k] + ", " + digits + ")");
            }
        }
    }

    @Test
    void integerPowers() {
        float[] in = {1.5f, -2f, 0.5f, 3f, -1f, 10f, 0.1f, 2f};
        FloatVector v = FloatVector.fromArray(FloatVector.SPECIES_256, in, 0);
        for (int n = -4; n <= 7; n++) {
            FloatVector r = VectorMath.powi(v, n);
            for (int k = 0; k < in.length; k++) {
                float ref = ScalarMath.powi(in[k], n);
                assertEquals(ref, r.lane(k), Math.abs(ref) * 1e-6f, in[k] + "^" + n);
            }
        }
    }

    @Test
    void parallelGrain() {
        assertEquals(16, Parallel.grain(16, 16, 2, 4), "small calls run inline");
        int g = Parallel.grain(100_000, 100_000, 2, 4);
        assertEquals(0, g % 4);
        assertEquals(true, g >= 4 && g <= 100_000 / 8);
    }
}
