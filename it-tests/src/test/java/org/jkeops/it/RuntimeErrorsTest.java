package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Argument checks of generated code: IllegalArgumentException naming the parameter and the sizes
 * for lengths that are not a multiple of the dimension, i-arrays disagreeing on M, j-arrays on N,
 * a wrong @Pm length, a wrong @Out length and k > N; NullPointerException naming the parameter
 * for a null array. A failed check leaves @Out arrays untouched.
 */
class RuntimeErrorsTest {
    static Stream<Target> backends() {
        return Backends.underTest().stream();
    }

    private static ErrorKernels kernels(Target b) {
        return new ErrorKernelsImpl(Backends.runtime(b));
    }

    private static float[] f(int n) {
        float[] a = new float[n];
        for (int k = 0; k < n; k++) {
            a[k] = 0.25f * (k % 7) - 0.5f;
        }
        return a;
    }

    private static double[] d(int n) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = 0.25 * (k % 7) - 0.5;
        }
        return a;
    }

    /**
     * Asserts the exception type, that its message starts with the kernel method (which call
     * failed), and that it contains every fragment.
     */
    private static <T extends Throwable> void fails(Class<T> type, Executable call, String... fragments) {
        T e = assertThrows(type, call);
        String message = String.valueOf(e.getMessage());
        assertTrue(message.startsWith("ErrorKernels."), "message '" + message + "' should start with the kernel method");
        for (String f : fragments) {
            assertTrue(message.contains(f), "message '" + message + "' should contain '" + f + "'");
        }
    }

    // M = 5 points (15 floats), N = 4 centers (8 floats); scale has 3 elements.

    @ParameterizedTest
    @MethodSource("backends")
    void validCallsPass(Target backend) {
        ErrorKernels k = kernels(backend);
        assertEquals(10, k.field(f(15), f(5), f(8), f(4), f(3)).length);
        assertEquals(15, k.nearestThree(f(10), f(8)).length); // N = 4 >= k
        int[] none = k.nearestThree(f(10), f(0));
        assertEquals(15, none.length);
        assertTrue(Arrays.stream(none).allMatch(i -> i == -1), "N = 0 gives index -1");
        assertEquals(0, k.nearestThree(f(0), f(8)).length); // M = 0: empty output
        // k > N is an error whenever N > 0, even with nothing to compute (M = 0)
        fails(IllegalArgumentException.class, () -> k.nearestThree(f(0), f(2)), "k = 3", "N = 1");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void lengthNotAMultipleOfTheDimension(Target backend) {
        ErrorKernels k = kernels(backend);
        assertEquals("ErrorKernels.field: points: length 17 is not a multiple of its dimension 3",
                assertThrows(IllegalArgumentException.class, () -> k.field(f(17), f(5), f(8), f(4), f(3))).getMessage());
        fails(IllegalArgumentException.class, () -> k.field(f(17), f(5), f(8), f(4), f(3)), "points", "17", "3");
        fails(IllegalArgumentException.class, () -> k.field(f(15), f(5), f(9), f(4), f(3)), "centers", "9", "2");
        fails(IllegalArgumentException.class, () -> k.nearestThree(f(10), f(13)), "landmarks", "13", "2");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void iArraysDisagreeOnM(Target backend) {
        ErrorKernels k = kernels(backend);
        fails(IllegalArgumentException.class, () -> k.field(f(15), f(6), f(8), f(4), f(3)),
                "points", "weights", "5", "6", "M");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void jArraysDisagreeOnN(Target backend) {
        ErrorKernels k = kernels(backend);
        fails(IllegalArgumentException.class, () -> k.field(f(15), f(5), f(8), f(11), f(3)),
                "centers", "masses", "4", "11", "N");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void wrongParameterLength(Target backend) {
        ErrorKernels k = kernels(backend);
        fails(IllegalArgumentException.class, () -> k.field(f(15), f(5), f(8), f(4), f(2)), "scale", "3", "2");
        fails(IllegalArgumentException.class, () -> k.field(f(15), f(5), f(8), f(4), f(4)), "scale", "3", "4");
    }

    /** Issue 14, finding 6: out == an input used to give silently wrong results on scalar and SIMD. */
    @ParameterizedTest
    @MethodSource("backends")
    void anOutArrayThatIsAnInputIsRejected(Target backend) {
        ErrorKernels k = kernels(backend);
        // M = 4 points, N = 4 centers: the output (M x 2 = 8) has the length of centers
        float[] centers = f(8);
        float[] saved = centers.clone();
        fails(IllegalArgumentException.class, () -> k.fieldOut(f(12), f(4), centers, f(4), f(3), centers),
                "ErrorKernels.fieldOut", "@Out array result", "input centers");
        assertTrue(Arrays.equals(saved, centers), "fieldOut wrote into centers");
        // over i the output has N x 2 = 8 values: the length of centers; with M = 8, of weights too
        double[] c = d(8);
        fails(IllegalArgumentException.class, () -> k.fieldOverIOut(d(12), d(4), c, d(4), d(3), c),
                "ErrorKernels.fieldOverIOut", "@Out array result", "input centers");
        double[] w = d(8);
        fails(IllegalArgumentException.class, () -> k.fieldOverIOut(d(24), w, d(8), d(4), d(3), w),
                "@Out array result", "input weights");
        // separate arrays of the same contents are fine
        float[] out = new float[8];
        k.fieldOut(f(12), f(4), f(8), f(4), f(3), out);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void wrongOutLength(Target backend) {
        ErrorKernels k = kernels(backend);
        float[] tooLong = TestData.poisonF(11);
        fails(IllegalArgumentException.class, () -> k.fieldOut(f(15), f(5), f(8), f(4), f(3), tooLong),
                "result", "11", "10");
        // over i the output has N rows: 4 x 2 = 8
        double[] mRows = TestData.poisonD(10);
        fails(IllegalArgumentException.class, () -> k.fieldOverIOut(d(15), d(5), d(8), d(4), d(3), mRows),
                "result", "10", "8");
        // two outputs: each is checked, by name; K reductions need K * d per row (M = 5: 15)
        fails(IllegalArgumentException.class, () -> k.closest(d(10), d(8), new double[5], new int[4]),
                "labels", "4", "5");
        fails(IllegalArgumentException.class, () -> k.closest(d(10), d(8), new double[6], new int[5]),
                "distances", "6", "5");
        fails(IllegalArgumentException.class, () -> k.nearestThreeOverI(d(10), d(8), new double[12], new int[15]),
                "labels", "15", "12");
        // nothing was written
        assertTrue(Arrays.stream(TestData.toDouble(tooLong)).allMatch(Double::isNaN), "fieldOut wrote into result");
        assertTrue(Arrays.stream(mRows).allMatch(Double::isNaN), "fieldOverIOut wrote into result");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void kLargerThanN(Target backend) {
        ErrorKernels k = kernels(backend);
        fails(IllegalArgumentException.class, () -> k.nearestThree(f(10), f(4)), "k = 3", "N = 2");
        // over i, k counts against M
        fails(IllegalArgumentException.class, () -> k.nearestThreeOverI(d(4), d(8), new double[12], new int[12]),
                "k = 3", "M = 2");
        assertDoesNotThrow(() -> k.nearestThree(f(10), f(6)));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void nullArrays(Target backend) {
        ErrorKernels k = kernels(backend);
        fails(NullPointerException.class, () -> k.field(null, f(5), f(8), f(4), f(3)), "points");
        fails(NullPointerException.class, () -> k.field(f(15), null, f(8), f(4), f(3)), "weights");
        fails(NullPointerException.class, () -> k.field(f(15), f(5), null, f(4), f(3)), "centers");
        fails(NullPointerException.class, () -> k.field(f(15), f(5), f(8), null, f(3)), "masses");
        fails(NullPointerException.class, () -> k.field(f(15), f(5), f(8), f(4), null), "scale");
        fails(NullPointerException.class, () -> k.fieldOut(f(15), f(5), f(8), f(4), f(3), null), "result");
        fails(NullPointerException.class, () -> k.closest(d(10), d(8), null, new int[5]), "distances");
        fails(NullPointerException.class, () -> k.closest(d(10), d(8), new double[5], null), "labels");
        fails(NullPointerException.class, () -> k.nearestThree(f(10), null), "landmarks");
    }

    /** A valid call through @Out overwrites every element of both arrays. */
    @ParameterizedTest
    @MethodSource("backends")
    void outArraysFullyWritten(Target backend) {
        ErrorKernels k = kernels(backend);
        double[] dist = TestData.poisonD(5);
        int[] labels = TestData.poisonI(5);
        k.closest(d(10), d(8), dist, labels);
        for (int i = 0; i < 5; i++) {
            assertTrue(labels[i] >= 0 && labels[i] < 4, "label " + labels[i]);
            assertTrue(dist[i] >= 0, "distance " + dist[i]);
        }
        // N = 0: the neutral values overwrite the poison
        k.closest(d(10), d(0), dist, labels);
        assertArrayEquals(new int[] {-1, -1, -1, -1, -1}, labels);
        assertTrue(Arrays.stream(dist).allMatch(v -> v == Double.POSITIVE_INFINITY), Arrays.toString(dist));
    }
}
