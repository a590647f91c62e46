package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.jkeops.it.Backends.Target;
import org.jkeops.runtime.FloatArgResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Body-formula kernels ({@link BodyKernels}) on every backend under test agree with the annotated
 * static method itself, called pair by pair and summed in float64: the method is the reference.
 */
class BodyFormulaTest {
    private static final int M = 37;
    private static final int N = 53;

    static List<Target> targets() {
        return Backends.underTest();
    }

    private static double[] draw(Random r, int n, double lo, double hi) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = lo + (hi - lo) * r.nextDouble();
        }
        return a;
    }

    private static double[] row(double[] a, int i, int d) {
        return Arrays.copyOfRange(a, i * d, i * d + d);
    }

    private static float[] row(float[] a, int i, int d) {
        return Arrays.copyOfRange(a, i * d, i * d + d);
    }

    /** Sum over j of a pair function of dimension d, in float64. */
    private static double[] reference(int d, BiFunction<Integer, Integer, double[]> pair) {
        double[] out = new double[M * d];
        for (int i = 0; i < M; i++) {
            for (int j = 0; j < N; j++) {
                double[] v = pair.apply(i, j);
                for (int c = 0; c < d; c++) {
                    out[i * d + c] += v[c];
                }
            }
        }
        return out;
    }

    private static void close(String what, double[] expected, double[] actual, double rel) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int k = 0; k < expected.length; k++) {
            double tol = rel * (1 + Math.abs(expected[k]));
            assertEquals(expected[k], actual[k], tol, what + " at " + k);
        }
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int k = 0; k < a.length; k++) {
            f[k] = (float) a[k];
        }
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void everyBodyKernelAgreesWithItsMethod(Target t) {
        BodyKernelsImpl k = new BodyKernelsImpl(Backends.runtime(t));
        Random r = new Random(8);
        double[] x = draw(r, M * 3, -1, 1);
        double[] y = draw(r, N * 3, -1, 1);
        double[] b = draw(r, N, 0.5, 1.5);
        double[] x1 = draw(r, M, -2, 2);
        double[] y1 = draw(r, N, -2, 2);
        double[] a = draw(r, 9, -1, 1);
        float[] xf = toFloat(x);
        float[] yf = toFloat(y);
        float[] bf = toFloat(b);

        close("gauss", reference(1, (i, j) -> new double[] {
            BodyKernels.gauss(row(xf, i, 3), row(yf, j, 3), bf[j], 0.7f)}),
                TestData.toDouble(k.gauss(xf, yf, bf, 0.7f)), 1e-5);
        close("gaussD", reference(1, (i, j) -> new double[] {
            BodyKernels.gaussD(row(x, i, 3), row(y, j, 3), b[j], 0.7)}),
                k.gaussD(x, y, b, 0.7), 1e-12);
        close("cauchy", reference(1, (i, j) -> new double[] {
            BodyKernels.cauchy(row(x, i, 3), row(y, j, 3), b[j], 0.1)}),
                k.cauchy(x, y, b, 0.1), 1e-12);
        close("radius", reference(1, (i, j) -> new double[] {
            BodyKernels.radius(row(x, i, 3), row(y, j, 3), b[j], 1.0)}),
                k.radius(x, y, b, 1.0), 1e-12);
        close("pieces", reference(1, (i, j) -> new double[] {BodyKernels.pieces(x1[i], y1[j], 0.3)}),
                k.pieces(x1, y1, 0.3), 1e-12);
        close("elementwise", reference(1, (i, j) -> new double[] {BodyKernels.elementwise(x1[i], y1[j])}),
                k.elementwise(x1, y1), 1e-11);
        close("components", reference(1, (i, j) -> new double[] {
            BodyKernels.components(row(x, i, 3), row(y, j, 3))}),
                k.components(x, y), 1e-12);
        close("linear", reference(3, (i, j) -> BodyKernels.linear(row(x, i, 3), row(y, j, 3), a, 0.5)),
                k.linear(x, y, a, 0.5), 1e-12);

        double[] sym = {1.5, 0.2, -0.1, 0.2, 1.0, 0.3, -0.1, 0.3, 0.8};
        double[] w = {0.5, 1.0, 2.0};
        double[] x2d = Arrays.copyOf(x, M * 2);
        double[] y2d = Arrays.copyOf(y, N * 2);
        close("vectors", reference(3, (i, j) -> BodyKernels.vectors(row(x, i, 3), row(y, j, 3), a, b[j])),
                k.vectors(x, y, a, b), 1e-12);
        close("weighted", reference(1, (i, j) -> new double[] {
            BodyKernels.weighted(row(x, i, 3), row(y, j, 3), sym, w, 0.7)}),
                k.weighted(x, y, sym, w, 0.7), 1e-12);
        close("placed", reference(6, (i, j) -> BodyKernels.placed(x1[i], row(y2d, j, 2), 0.3)),
                k.placed(x1, y2d, 0.3), 1e-12);
        close("elementwiseVectors", reference(2, (i, j) -> BodyKernels.elementwiseVectors(row(x2d, i, 2),
                row(y2d, j, 2), 0.3)), k.elementwiseVectors(x2d, y2d, 0.3), 1e-11);
        float[] wf = toFloat(w);
        close("anisotropic", reference(1, (i, j) -> new double[] {
            BodyKernels.anisotropic(row(xf, i, 3), row(yf, j, 3), bf[j], wf)}),
                TestData.toDouble(k.anisotropic(xf, yf, bf, wf)), 1e-5);

        float[] x2 = Arrays.copyOf(xf, M * 2);
        float[] y2 = Arrays.copyOf(yf, N * 2);
        FloatArgResult near = k.nearest(x2, y2);
        for (int i = 0; i < M; i++) {
            float best = Float.POSITIVE_INFINITY;
            for (int j = 0; j < N; j++) {
                best = Math.min(best, BodyKernels.nearest(row(x2, i, 2), row(y2, j, 2)));
            }
            assertEquals(best, near.values()[i], 1e-6f * (1 + best), "nearest value at " + i);
            int j = near.indices()[i];
            assertTrue(j >= 0 && j < N, "nearest index at " + i);
            assertEquals(best, BodyKernels.nearest(row(x2, i, 2), row(y2, j, 2)), 1e-6f * (1 + best),
                    "nearest index at " + i + " points at a minimum");
        }
    }
}
