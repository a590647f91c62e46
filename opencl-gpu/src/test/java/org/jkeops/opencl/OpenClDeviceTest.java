package org.jkeops.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jkeops.opencl.TestKernels.FLOAT_KEY;
import static org.jkeops.opencl.TestKernels.FLOAT_SOURCE;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jkeops.runtime.internal.DeviceLaunch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Launches through {@link DeviceLaunch} on the default device, compared with Java references. */
class OpenClDeviceTest {
    private static OpenClDevice device;

    @BeforeAll
    static void open() {
        device = TestKernels.open(null);
        System.out.println("OpenCL device: " + device.describe());
    }

    @AfterAll
    static void close() {
        if (device != null) {
            device.close();
        }
    }

    @ParameterizedTest(name = "rows {0}, cols {1}, parts {2}")
    @CsvSource({"1, 1000, 1", "7, 7, 1", "1000, 1023, 1", "1023, 1, 1", "1023, 3000, 1", "1, 1, 1",
            "7, 1000, 3", "1023, 3000, 3", "1000, 2, 3", "1, 5, 3"})
    void floatDotMatchesReference(int rows, int cols, int parts) {
        float[] a = TestKernels.randomFloats(cols, 1 + rows);
        float[] x = TestKernels.randomFloats(rows, 2 + cols);
        float[] out = TestKernels.dotFloat(device, a, x, 0.5f, parts);
        TestKernels.checkDot(TestKernels.toDouble(a), TestKernels.toDouble(x), 0.5, parts, TestKernels.toDouble(out),
                1e-5);
        assertEquals(0, device.liveBuffers());
    }

    @ParameterizedTest(name = "rows {0}, cols {1}, parts {2}")
    @CsvSource({"1, 1000, 1", "7, 7, 3", "1000, 1023, 1", "1023, 3000, 3"})
    void doubleDotMatchesReference(int rows, int cols, int parts) {
        Assumptions.assumeTrue(device.describe().contains("fp64 yes"), "device has no fp64");
        double[] a = TestKernels.toDouble(TestKernels.randomFloats(cols, 3 + rows));
        double[] x = TestKernels.toDouble(TestKernels.randomFloats(rows, 4 + cols));
        for (int i = 0; i < a.length; i++) {
            a[i] += 1e-9 * i; // bits a float kernel would lose
        }
        double[] out = TestKernels.dotDouble(device, a, x, -1.25, parts);
        TestKernels.checkDot(a, x, -1.25, parts, out, 1e-13);
    }

    @ParameterizedTest(name = "rows {0}, cols {1}, parts {2}")
    @CsvSource({"1, 1, 1", "7, 1000, 3", "1023, 1023, 1", "1000, 3000, 3"})
    void intArraysInAndOut(int rows, int cols, int parts) {
        float[] a = TestKernels.randomFloats(cols, 5);
        float[] x = TestKernels.randomFloats(rows, 6);
        int[] w = new int[cols];
        for (int j = 0; j < cols; j++) {
            w[j] = j % 7 - 2;
        }
        int[] out = TestKernels.countBelow(device, a, w, x, parts);
        int ps = TestKernels.partSize(cols, parts);
        int[] expected = new int[parts * rows];
        for (int p = 0; p < parts; p++) {
            for (int i = 0; i < rows; i++) {
                for (int j = p * ps; j < Math.min(cols, (p + 1) * ps); j++) {
                    expected[p * rows + i] += a[j] < x[i] ? w[j] : 0;
                }
            }
        }
        assertArrayEquals(expected, out);
    }

    @Test
    void zeroLengthInputsGiveTheNeutralValue() {
        float[] x = TestKernels.randomFloats(7, 7);
        assertArrayEquals(new float[7], TestKernels.dotFloat(device, new float[0], x, 2f, 1));
        assertArrayEquals(new float[21], TestKernels.dotFloat(device, new float[0], x, 2f, 3));
        assertArrayEquals(new int[7], TestKernels.countBelow(device, new float[0], new int[0], x, 1));
        assertEquals(0, device.liveBuffers());
    }

    @Test
    void zeroRowsLaunchNothing() {
        assertEquals(0, TestKernels.dotFloat(device, TestKernels.randomFloats(10, 8), new float[0], 1f, 1).length);
        // Nothing is built either: this source would not compile.
        int builds = device.sourceBuilds() + device.binaryLoads();
        device.launch(new DeviceLaunch("test.NeverBuilt", () -> "not OpenCL C", "k", 0, 1, false)
                .in(new float[0]).out(new float[0]));
        assertEquals(builds, device.sourceBuilds() + device.binaryLoads());
    }

    @Test
    void theProgramIsBuiltOncePerDevice() {
        TestKernels.dotFloat(device, new float[3], new float[3], 1f, 1);
        int builds = device.sourceBuilds() + device.binaryLoads();
        TestKernels.countBelow(device, new float[3], new int[3], new float[3], 1);
        // The same source through a new String instance: found by hash, not rebuilt.
        float[] out = new float[1];
        device.launch(new DeviceLaunch(FLOAT_KEY, () -> new String(FLOAT_SOURCE.toCharArray()), "dot_float", 1, 1,
                false).in(new float[] {2f}).in(new float[] {3f}).scalar(1f).scalar(1).scalar(1).scalar(1)
                .out(out).local(Float.BYTES));
        assertEquals(6f, out[0]);
        assertEquals(builds, device.sourceBuilds() + device.binaryLoads());
    }

    /** A tile of j rows the backend sizes: the kernel gets the row count, and the launch is recorded. */
    private static final String TILED = """
            __kernel void tiled_sum(__global const float* y, const int n, __global float* out, const int tileRows,
                                    __local float* tile) {
                const int lid = get_local_id(0);
                float s = 0;
                for (int j0 = 0; j0 < n; j0 += tileRows) {
                    const int jn = min(tileRows, n - j0);
                    for (int q = lid; q < jn * 5; q += get_local_size(0)) tile[q] = y[j0 * 5 + q];
                    barrier(CLK_LOCAL_MEM_FENCE);
                    for (int jj = 0; jj < jn; jj++) s += tile[jj * 5 + 4];
                    barrier(CLK_LOCAL_MEM_FENCE);
                }
                if (get_global_id(0) < 3) out[get_global_id(0)] = s;
            }
            """;

    @Test
    void localTilesAreSizedByTheBackendAndTheLaunchShapeIsRecorded() {
        int n = 1001;
        float[] y = new float[5 * n];
        for (int j = 0; j < n; j++) {
            y[5 * j + 4] = j;
        }
        float[] out = new float[3];
        device.launch(new DeviceLaunch("test.Tiled", () -> TILED, "tiled_sum", 3, 1, false).in(y).scalar(n).out(out)
                .tileRows().localTile(20));
        assertArrayEquals(new float[] {500500f, 500500f, 500500f}, out);
        String shape = device.launchShapes().get("tiled_sum");
        assertTrue(shape != null && shape.matches("work group \\d+, tile \\d+ rows of j, 1 part\\(s\\) of j"), shape);
        OpenClException e = assertThrows(OpenClException.class, () -> device.launch(new DeviceLaunch("test.Tiled",
                () -> TILED, "tiled_sum", 3, 1, false).in(y).scalar(n).out(out).tileRows().localTile(Integer.MAX_VALUE)));
        assertTrue(e.getMessage().contains("'tiled_sum' needs " + Integer.MAX_VALUE + " bytes of __local memory per row"),
                e.getMessage());
    }

    /** Fast math would change results against the Java backends (and NaN/inf handling) on NVIDIA. */
    @Test
    void programsAreBuiltWithoutFastRelaxedMath() {
        assertTrue(!ProgramBuilder.OPTIONS.contains("fast-relaxed-math") && !ProgramBuilder.OPTIONS.contains("finite-math")
                && !ProgramBuilder.OPTIONS.contains("unsafe-math"), ProgramBuilder.OPTIONS);
    }

    @Test
    void wrongArgumentCountIsAClearError() {
        OpenClException e = assertThrows(OpenClException.class, () -> device.launch(
                new DeviceLaunch(FLOAT_KEY, () -> FLOAT_SOURCE, "dot_float", 4, 1, false).in(new float[4])));
        assertTrue(e.getMessage().contains("takes 8 arguments but the launch passes 1"), e.getMessage());
        assertTrue(e.getMessage().contains(FLOAT_KEY), e.getMessage());
    }

    @Test
    void unknownKernelNamesTheCallAndTheProgramsKernels() {
        OpenClException e = assertThrows(OpenClException.class, () -> device.launch(
                new DeviceLaunch(FLOAT_KEY, () -> FLOAT_SOURCE, "no_such_kernel", 4, 1, false)));
        assertEquals("clCreateKernel", e.call());
        assertTrue(e.getMessage().contains("CL_INVALID_KERNEL_NAME"), e.getMessage());
        assertTrue(e.getMessage().contains("no_such_kernel") && e.getMessage().contains("dot_float"), e.getMessage());
    }

    @Test
    void aFailedLaunchReleasesItsBuffersAndNamesTheArgument() {
        // A double where the kernel takes a float: clSetKernelArg fails after two buffers exist.
        OpenClException e = assertThrows(OpenClException.class, () -> device.launch(
                new DeviceLaunch(FLOAT_KEY, () -> FLOAT_SOURCE, "dot_float", 4, 1, false)
                        .in(new float[4]).in(new float[4]).scalar(1.0).scalar(4).scalar(4).scalar(4)
                        .out(new float[4]).local(Float.BYTES)));
        assertEquals("clSetKernelArg", e.call());
        assertTrue(e.getMessage().contains("CL_INVALID_ARG_SIZE") && e.getMessage().contains("argument 2"),
                e.getMessage());
        assertEquals(0, device.liveBuffers());
        // The device still works afterwards.
        assertArrayEquals(new float[] {6f}, TestKernels.dotFloat(device, new float[] {2f}, new float[] {3f}, 1f, 1));
    }

    @Test
    void splitPartsFollowsTheDocumentedRule() {
        assertEquals(1, device.splitParts(1, 10));
        assertEquals(1, device.splitParts(1_000_000, 1_000_000));
        assertTrue(device.splitParts(1, 1_000_000) > 1);
        assertTrue(device.splitParts(1, 4096) <= 4);
    }

    @Test
    void launchesFromManyThreadsAreSerialised() throws Exception {
        float[] a = TestKernels.randomFloats(500, 9);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int rows = 1 + 37 * t;
                done.add(pool.submit(() -> {
                    float[] x = TestKernels.randomFloats(rows, rows);
                    float[] out = TestKernels.dotFloat(device, a, x, 1f, 1 + rows % 3);
                    TestKernels.checkDot(TestKernels.toDouble(a), TestKernels.toDouble(x), 1, 1 + rows % 3,
                            TestKernels.toDouble(out), 1e-5);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(0, device.liveBuffers());
    }

    @Test
    void aClosedDeviceRefusesLaunchesAndClosesTwice() {
        OpenClDevice d = TestKernels.open(null);
        d.close();
        d.close();
        assertThrows(IllegalStateException.class, () -> TestKernels.dotFloat(d, new float[1], new float[1], 1f, 1));
    }
}
