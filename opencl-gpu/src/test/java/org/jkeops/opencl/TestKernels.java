package org.jkeops.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.jkeops.runtime.internal.DeviceLaunch;
import org.junit.jupiter.api.Assumptions;

/**
 * Hand-written OpenCL kernels shaped like the generated ones (inputs, then rows / cols / partSize,
 * then outputs, then {@code __local} tiles; one work item per row, j split into parts over
 * dimension 1, j-tiles staged in local memory), their Java references, and the device lookup
 * that skips the tests on a machine with no OpenCL at all.
 */
final class TestKernels {
    /** Set to true (CI with an OpenCL driver) to fail instead of skipping when OpenCL is absent. */
    static final String REQUIRED_PROPERTY = "jkeops.opencl.tests.required";

    static final String FLOAT_KEY = "test.FloatKernels";
    static final String DOUBLE_KEY = "test.DoubleKernels";

    /** out[part * rows + i] = g * x[i] * sum over j of part of a[j]. REAL is float or double. */
    private static final String DOT = """
            __kernel void dot_REAL(__global const REAL* a, __global const REAL* x, const REAL g,
                    const int rows, const int cols, const int partSize,
                    __global REAL* out, __local REAL* tile) {
                const int i = get_global_id(0);
                const int part = get_global_id(1);
                const int lid = get_local_id(0);
                const int lsz = get_local_size(0);
                const int jStart = part * partSize;
                const int jEnd = min(cols, jStart + partSize);
                const REAL xi = i < rows ? x[i] : (REAL) 0;
                REAL acc = 0;
                for (int j0 = jStart; j0 < jEnd; j0 += lsz) {
                    const int j = j0 + lid;
                    tile[lid] = j < jEnd ? a[j] : (REAL) 0;
                    barrier(CLK_LOCAL_MEM_FENCE);
                    const int n = min(lsz, jEnd - j0);
                    for (int k = 0; k < n; k++) {
                        acc += tile[k] * xi;
                    }
                    barrier(CLK_LOCAL_MEM_FENCE);
                }
                if (i < rows) {
                    out[part * rows + i] = g * acc;
                }
            }
            """;

    /** out[part * rows + i] = sum of w[j] over j of part with a[j] < x[i]: int in and out, two tiles. */
    private static final String COUNT = """
            __kernel void count_below(__global const float* a, __global const int* w, __global const float* x,
                    const int rows, const int cols, const int partSize,
                    __global int* out, __local float* ta, __local int* tw) {
                const int i = get_global_id(0);
                const int part = get_global_id(1);
                const int lid = get_local_id(0);
                const int lsz = get_local_size(0);
                const int jStart = part * partSize;
                const int jEnd = min(cols, jStart + partSize);
                const float xi = i < rows ? x[i] : 0.0f;
                int acc = 0;
                for (int j0 = jStart; j0 < jEnd; j0 += lsz) {
                    const int j = j0 + lid;
                    ta[lid] = j < jEnd ? a[j] : 0.0f;
                    tw[lid] = j < jEnd ? w[j] : 0;
                    barrier(CLK_LOCAL_MEM_FENCE);
                    const int n = min(lsz, jEnd - j0);
                    for (int k = 0; k < n; k++) {
                        acc += ta[k] < xi ? tw[k] : 0;
                    }
                    barrier(CLK_LOCAL_MEM_FENCE);
                }
                if (i < rows) {
                    out[part * rows + i] = acc;
                }
            }
            """;

    static final String FLOAT_SOURCE = DOT.replace("REAL", "float") + COUNT;
    static final String DOUBLE_SOURCE = "#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n"
            + DOT.replace("REAL", "double");

    private TestKernels() {
    }

    /** The default device, or a skipped test when this machine has no OpenCL at all. */
    static ClDeviceRef deviceOrSkip() {
        DeviceChoice c;
        try {
            c = Devices.choose(null);
        } catch (LinkageError e) {
            c = DeviceChoice.unavailable("JOCL or the OpenCL ICD loader cannot be loaded: " + e);
        }
        if (c.device() == null) {
            boolean noOpenCl = c.reason().startsWith("no OpenCL platform") || c.reason().startsWith("JOCL");
            if (noOpenCl && !Boolean.getBoolean(REQUIRED_PROPERTY)) {
                System.out.println("[jkeops opencl tests skipped] " + c.reason());
                Assumptions.abort(c.reason());
            }
            throw new AssertionError("no usable OpenCL device: " + c.reason());
        }
        return c.device();
    }

    /** A device with its binary cache in the module's build folder (or {@code dir}). */
    static OpenClDevice open(Path dir) {
        return new OpenClDevice(deviceOrSkip(), dir == null ? BinaryCache.fromSystemProperties() : new BinaryCache(dir));
    }

    static int partSize(int cols, int parts) {
        return Math.max(1, (cols + parts - 1) / parts);
    }

    /** Runs dot_float; returns out (parts * rows). */
    static float[] dotFloat(OpenClDevice d, float[] a, float[] x, float g, int parts) {
        int rows = x.length;
        int cols = a.length;
        float[] out = new float[parts * rows];
        java.util.Arrays.fill(out, Float.NaN);
        d.launch(new DeviceLaunch(FLOAT_KEY, () -> FLOAT_SOURCE, "dot_float", rows, parts, false)
                .in(a).in(x).scalar(g).scalar(rows).scalar(cols).scalar(partSize(cols, parts))
                .out(out).local(Float.BYTES));
        return out;
    }

    static double[] dotDouble(OpenClDevice d, double[] a, double[] x, double g, int parts) {
        int rows = x.length;
        int cols = a.length;
        double[] out = new double[parts * rows];
        java.util.Arrays.fill(out, Double.NaN);
        d.launch(new DeviceLaunch(DOUBLE_KEY, () -> DOUBLE_SOURCE, "dot_double", rows, parts, true)
                .in(a).in(x).scalar(g).scalar(rows).scalar(cols).scalar(partSize(cols, parts))
                .out(out).local(Double.BYTES));
        return out;
    }

    static int[] countBelow(OpenClDevice d, float[] a, int[] w, float[] x, int parts) {
        int rows = x.length;
        int cols = a.length;
        int[] out = new int[parts * rows];
        java.util.Arrays.fill(out, Integer.MIN_VALUE);
        d.launch(new DeviceLaunch(FLOAT_KEY, () -> FLOAT_SOURCE, "count_below", rows, parts, false)
                .in(a).in(w).in(x).scalar(rows).scalar(cols).scalar(partSize(cols, parts))
                .out(out).local(Float.BYTES).local(Integer.BYTES));
        return out;
    }

    /** Checks dot_* output against a double-precision reference, part by part. */
    static void checkDot(double[] a, double[] x, double g, int parts, double[] out, double relTol) {
        int rows = x.length;
        int ps = partSize(a.length, parts);
        for (int p = 0; p < parts; p++) {
            for (int i = 0; i < rows; i++) {
                double s = 0;
                double abs = 0;
                for (int j = p * ps; j < Math.min(a.length, (p + 1) * ps); j++) {
                    s += a[j] * x[i];
                    abs += Math.abs(a[j] * x[i]);
                }
                double expected = g * s;
                double got = out[p * rows + i];
                double tol = relTol * Math.abs(g) * abs + 1e-30;
                if (!(Math.abs(got - expected) <= tol)) {
                    assertEquals(expected, got, tol, "part " + p + ", row " + i + " of " + rows + ", cols " + a.length);
                }
            }
        }
    }

    static float[] randomFloats(int n, long seed) {
        java.util.Random r = new java.util.Random(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (r.nextDouble() * 2 - 1);
        }
        return v;
    }

    static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
