package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.runtime.Backend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SIMD kernels' transcendental functions (processor {@code VectorTranscendentals}: polynomials
 * built from operations that round the same in every JIT tier) against {@code StrictMath} in
 * float64, at every vector width under test: 2^17 arguments per operation and precision, spread
 * over the whole domain (uniform over the main range, scaled down by random powers of two towards
 * zero, random bit patterns including subnormals, infinities and NaN, and the special values),
 * with a maximum error in ulps of the expected value rounded to the kernel's precision. NaN must
 * give NaN, infinities and zeros exactly (up to the sign of zero). SIMD Exp flushes results below
 * the smallest normal number to 0 (docs/PERFORMANCE.md), so those expect 0. The measured maxima
 * are printed.
 */
class TranscendentalAccuracyTest {
    private static final int POINTS = 1 << 17;
    /**
     * Rows = columns per call: a multiple of every lane count, so no scalar tail (each value is
     * computed once per register block of rows, so B is small).
     */
    private static final int B = 16;
    private static final int D = 4;

    /** The SIMD widths under test: the bounds are those of the SIMD backend's polynomials. */
    static Stream<Target> backends() {
        return Backends.underTest().stream().filter(t -> t.backend() == Backend.SIMD);
    }

    private static final double[] SPECIAL = {0.0, -0.0, 1, -1, 0.5, -0.5, 2, -2, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE,
        88.72283f, 88.72284f, 89, -87.33654f, -87.33655f, -103.9f, 1e-30, -1e-30, 8192, 8193, -8193, 1.0000001f,
        0.99999994f, Math.PI, Math.PI / 2, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 709.78, 709.79,
        -708.39, -708.4, -745.2, 1e-300, 3e8, 1e300, 0x1p26, 0x1p26 + 2};

    /** One operation: name, reference, float32 and float64 bounds (ulps), argument generators. */
    private record Op(String name, int arity, DoubleBinaryOperator ref, double f32Ulps, double f64Ulps, Gen y, Gen z) {
        static Op unary(String name, DoubleUnaryOperator ref, double f32, double f64, Gen gen) {
            return new Op(name, 1, (a, b) -> ref.applyAsDouble(a), f32, f64, gen, (r, isFloat) -> 0);
        }
    }

    /** An argument for the precision (float32 when isFloat). */
    private interface Gen {
        double next(SplittableRandom r, boolean isFloat);
    }

    private static Gen byPrecision(Gen f32, Gen f64) {
        return (r, isFloat) -> (isFloat ? f32 : f64).next(r, isFloat);
    }

    /** Half from each. */
    private static Gen either(Gen a, Gen b) {
        return (r, isFloat) -> (r.nextBoolean() ? a : b).next(r, isFloat);
    }

    /** Uniform on [lo, hi], and a quarter scaled by 2^-k towards zero, and a quarter random bits. */
    private static Gen mix(double lo, double hi) {
        return (r, isFloat) -> {
            double u = lo + (hi - lo) * r.nextDouble();
            return switch (r.nextInt(4)) {
                case 0 -> randomBits(r, isFloat);
                case 1 -> u * Math.scalb(1.0, -r.nextInt(isFloat ? 130 : 1030));
                default -> u;
            };
        };
    }

    private static Gen positive(double lo, double hi) {
        Gen m = mix(lo, hi);
        return (r, isFloat) -> Math.abs(m.next(r, isFloat));
    }

    private static double randomBits(SplittableRandom r, boolean isFloat) {
        return isFloat ? Float.intBitsToFloat(r.nextInt()) : Double.longBitsToDouble(r.nextLong());
    }

    private static final Gen TRIG = either(mix(-10, 10), byPrecision(mix(-9000, 9000), mix(-1e8, 1e8)));

    private static final List<Op> OPS = List.of(
            Op.unary("Exp", StrictMath::exp, 1.5, 2, byPrecision(mix(-104, 90), mix(-746, 710.5))),
            Op.unary("Log", StrictMath::log, 1.5, 2, positive(0, 3)),
            Op.unary("Sin", StrictMath::sin, 2, 2, TRIG),
            Op.unary("Cos", StrictMath::cos, 2, 2, TRIG),
            Op.unary("Asin", StrictMath::asin, 2.5, 3, mix(-1.05, 1.05)),
            Op.unary("Acos", StrictMath::acos, 1.5, 2, mix(-1.05, 1.05)),
            Op.unary("Atan", StrictMath::atan, 3, 2, mix(-10, 10)),
            Op.unary("XLogX", x -> x == 0 ? 0 : x * StrictMath.log(x), 2.5, 3, positive(0, 10)),
            Op.unary("SinXDivX", x -> x == 0 ? 1 : StrictMath.sin(x) / x, 3, 3, mix(-100, 100)),
            new Op("Atan2", 2, StrictMath::atan2, 3, 3, mix(-10, 10), mix(-10, 10)),
            new Op("Powf", 2, StrictMath::pow, 0.5, 0, positive(0, 10), mix(-10, 10)));

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void float32WithinBound(Target target) {
        run(target, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void float64WithinBound(Target target) {
        run(target, false);
    }

    private static void run(Target target, boolean isFloat) {
        TranscendentalKernels k = new TranscendentalKernelsImpl(Backends.runtime(target));
        List<String> failures = new ArrayList<>();
        for (Op op : OPS) {
            long seed = TestData.seed("transcendental-" + op.name(), isFloat ? TestData.Prec.F32 : TestData.Prec.F64, B, B);
            SplittableRandom r = new SplittableRandom(seed);
            double[] y = new double[POINTS];
            double[] z = new double[POINTS];
            for (int p = 0; p < POINTS; p++) {
                boolean special = p < SPECIAL.length * SPECIAL.length;
                y[p] = special ? SPECIAL[p % SPECIAL.length] : op.y().next(r, isFloat);
                z[p] = special ? SPECIAL[p / SPECIAL.length] : op.z().next(r, isFloat);
                if (isFloat) {
                    y[p] = (float) y[p];
                    z[p] = (float) z[p];
                }
            }
            double[] got = apply(k, op, isFloat, y, z);
            double worst = 0;
            int worstAt = 0;
            for (int p = 0; p < POINTS; p++) {
                double expected = op.ref().applyAsDouble(y[p], z[p]);
                double e = ulps(got[p], expected, isFloat, op.name().equals("Exp"));
                if (e > worst) {
                    worst = e;
                    worstAt = p;
                }
            }
            double bound = isFloat ? op.f32Ulps() : op.f64Ulps();
            String line = String.format(Locale.ROOT, "%s %s %-8s max %.3f ulp (bound %.1f) at %s%s: got %s, StrictMath %s",
                    target, isFloat ? "float32" : "float64", op.name(), worst, bound, y[worstAt],
                    op.arity() == 2 ? ", " + z[worstAt] : "", got[worstAt],
                    isFloat ? (float) op.ref().applyAsDouble(y[worstAt], z[worstAt])
                            : op.ref().applyAsDouble(y[worstAt], z[worstAt]));
            System.out.println(line);
            if (!(worst <= bound)) {
                failures.add(line + " [" + TestData.describe(seed) + "]");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * Error of got in ulps of the expected value rounded to the precision (measured from the float64
     * expected value itself, so a float32 result can be 0.5 ulp off at best); NaN, infinities and
     * zeros must match exactly (a zero's sign aside). With {@code flushed}, an expected value below
     * the smallest normal number may also give 0.
     */
    static double ulps(double got, double expected, boolean isFloat, boolean flushed) {
        double rounded = isFloat ? (float) expected : expected;
        double minNormal = isFloat ? Float.MIN_NORMAL : Double.MIN_NORMAL;
        if (flushed && Math.abs(rounded) < minNormal && got == 0) {
            return 0;
        }
        if (Double.isNaN(expected) || Double.isNaN(got)) {
            return Double.isNaN(expected) && Double.isNaN(got) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(rounded) || Double.isInfinite(got) || rounded == 0) {
            return got == rounded ? 0 : Double.POSITIVE_INFINITY;
        }
        double unit = isFloat ? Math.ulp((float) Math.max(Math.abs(rounded), Float.MIN_NORMAL))
                : Math.ulp(Math.max(Math.abs(rounded), Double.MIN_NORMAL));
        return Math.abs(got - expected) / unit;
    }

    /** F at every point, B points of each of D components per call. */
    private static double[] apply(TranscendentalKernels k, Op op, boolean isFloat, double[] y, double[] z) {
        double[] out = new double[y.length];
        int perCall = B * D;
        for (int start = 0; start < y.length; start += perCall) {
            if (isFloat) {
                float[] idx = new float[B];
                float[] ys = new float[perCall];
                float[] zs = new float[perCall];
                for (int p = 0; p < B; p++) {
                    idx[p] = p;
                }
                for (int p = 0; p < perCall; p++) {
                    ys[p] = (float) y[start + p];
                    zs[p] = (float) z[start + p];
                }
                float[] o = switch (op.name()) {
                    case "Exp" -> k.exp(idx, idx, ys);
                    case "Log" -> k.log(idx, idx, ys);
                    case "Sin" -> k.sin(idx, idx, ys);
                    case "Cos" -> k.cos(idx, idx, ys);
                    case "Asin" -> k.asin(idx, idx, ys);
                    case "Acos" -> k.acos(idx, idx, ys);
                    case "Atan" -> k.atan(idx, idx, ys);
                    case "XLogX" -> k.xlogx(idx, idx, ys);
                    case "SinXDivX" -> k.sinxdivx(idx, idx, ys);
                    case "Atan2" -> k.atan2(idx, idx, ys, zs);
                    case "Powf" -> k.powf(idx, idx, ys, zs);
                    default -> throw new IllegalArgumentException(op.name());
                };
                for (int p = 0; p < perCall; p++) {
                    out[start + p] = o[p];
                }
            } else {
                double[] idx = new double[B];
                for (int p = 0; p < B; p++) {
                    idx[p] = p;
                }
                double[] ys = java.util.Arrays.copyOfRange(y, start, start + perCall);
                double[] zs = java.util.Arrays.copyOfRange(z, start, start + perCall);
                double[] o = switch (op.name()) {
                    case "Exp" -> k.exp(idx, idx, ys);
                    case "Log" -> k.log(idx, idx, ys);
                    case "Sin" -> k.sin(idx, idx, ys);
                    case "Cos" -> k.cos(idx, idx, ys);
                    case "Asin" -> k.asin(idx, idx, ys);
                    case "Acos" -> k.acos(idx, idx, ys);
                    case "Atan" -> k.atan(idx, idx, ys);
                    case "XLogX" -> k.xlogx(idx, idx, ys);
                    case "SinXDivX" -> k.sinxdivx(idx, idx, ys);
                    case "Atan2" -> k.atan2(idx, idx, ys, zs);
                    case "Powf" -> k.powf(idx, idx, ys, zs);
                    default -> throw new IllegalArgumentException(op.name());
                };
                System.arraycopy(o, 0, out, start, perCall);
            }
        }
        return out;
    }
}
