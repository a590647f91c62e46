package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.TestData.Prec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gradient of SinXDivX near 0, where its closed form (cos u - sin u / u) / u cancels (10 % off
 * at |u| = 1e-3 in float32 and 0 below 1e-4; 2e-4 off at 1e-6 in float64): d/dx_i of
 * sum_j SinXDivX(g (x_i - y_j)) b_j e_i = sum_j g sinc'(g r_ij) b_j e_i, on every backend, against
 * sinc' in float64 (its series below |u| = 1, the closed form above), relative to the sum of the
 * terms' magnitudes only: the derivative is small (-u/3) and well conditioned there.
 */
class SincGradientTest {

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> backendsAndPrecisions() {
        return Backends.withPrecisions();
    }

    /** sinc'(u) in float64 without cancellation. */
    static double sincPrime(double u) {
        if (Math.abs(u) >= 1) {
            return (u * Math.cos(u) - Math.sin(u)) / (u * u);
        }
        double sum = 0;
        double power = u;
        double factorial = 6; // (2k + 1)!
        for (int k = 1; k <= 20; k++) {
            sum += (k % 2 == 1 ? -1 : 1) * 2 * k * power / factorial;
            power *= u * u;
            factorial *= (2 * k + 2) * (2 * k + 3);
        }
        return sum;
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void gradientNearZeroIsAccurate(Target backend, Prec prec) {
        SincGradientKernels k = new SincGradientKernelsImpl(Backends.runtime(backend));
        boolean f32 = prec == Prec.F32;
        // small u = g r (the series), |u| around the switch at 0.5, and beyond (the closed form)
        double[] gs = f32 ? new double[] {1e-3, 1e-4, 0.4, 4} : new double[] {1e-6, 1e-8, 0.4, 4};
        int[][] sizes = {{1, 1}, {7, 207}, {207, 7}, {33, 1023}};
        double rtol = f32 ? 2e-5 : 1e-12;
        SplittableRandom random = new SplittableRandom(20261208);
        for (double g : gs) {
            for (int[] size : sizes) {
                int m = size[0];
                int n = size[1];
                double[] x = draw(random, m, f32);
                double[] y = draw(random, n, f32);
                double[] b = draw(random, n, f32);
                double[] e = draw(random, m, f32);
                double gv = f32 ? (float) g : g;
                double[] got;
                if (f32) {
                    float[] out = k.sincFdx(floats(x), floats(y), floats(b), (float) gv, floats(e));
                    got = new double[out.length];
                    for (int i = 0; i < out.length; i++) {
                        got[i] = out[i];
                    }
                } else {
                    got = k.sincDdx(x, y, b, gv, e);
                }
                assertEquals(m, got.length);
                for (int i = 0; i < m; i++) {
                    double want = 0;
                    double magnitude = 0;
                    for (int j = 0; j < n; j++) {
                        double u = gv * (x[i] - y[j]);
                        double term = gv * sincPrime(u) * b[j] * e[i];
                        want += term;
                        magnitude += Math.abs(term);
                    }
                    if (!(Math.abs(got[i] - want) <= rtol * magnitude)) {
                        fail(backend + " " + prec + " g = " + g + ", M = " + m + ", N = " + n + ", row " + i + ": got "
                                + got[i] + ", expected " + want + " (sum of |terms| " + magnitude + ")");
                    }
                }
            }
        }
    }

    /** Uniform in (-1, 1), rounded to float32 for the float kernel. */
    private static double[] draw(SplittableRandom random, int count, boolean f32) {
        double[] v = new double[count];
        for (int k = 0; k < count; k++) {
            double d = random.nextDouble(-1, 1);
            v[k] = f32 ? (float) d : d;
        }
        return v;
    }

    private static float[] floats(double[] v) {
        float[] f = new float[v.length];
        for (int k = 0; k < v.length; k++) {
            f[k] = (float) v[k];
        }
        return f;
    }
}
