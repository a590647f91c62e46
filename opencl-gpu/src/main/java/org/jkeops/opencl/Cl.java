package org.jkeops.opencl;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_platform_id;
import org.jocl.cl_program;

/**
 * Small wrappers around JOCL calls that check return codes. JOCL's own exceptions are turned off
 * ({@link #init()}) so that every failure carries our context (program key, kernel name).
 */
final class Cl {
    static {
        // Checked return codes give messages with context; JOCL's CLException would not.
        CL.setExceptionsEnabled(false);
    }

    private Cl() {
    }

    /** Loads JOCL (and its native library) and turns its exceptions off; may throw LinkageError. */
    static void init() {
        // The static initializer does the work.
    }

    static void check(int code, String call, String context) {
        if (code != CL.CL_SUCCESS) {
            throw new OpenClException(call, code, context);
        }
    }

    /** As {@link #check(int, String, String)}, building the context only on failure. */
    static void check(int code, String call, Supplier<String> context) {
        if (code != CL.CL_SUCCESS) {
            throw new OpenClException(call, code, context.get());
        }
    }

    static String platformString(cl_platform_id platform, int param) {
        long[] size = new long[1];
        check(CL.clGetPlatformInfo(platform, param, 0, null, size), "clGetPlatformInfo", "size of param " + param);
        byte[] bytes = new byte[(int) size[0]];
        check(CL.clGetPlatformInfo(platform, param, bytes.length, Pointer.to(bytes), null), "clGetPlatformInfo",
                "param " + param);
        return cString(bytes);
    }

    static String deviceString(cl_device_id device, int param) {
        long[] size = new long[1];
        check(CL.clGetDeviceInfo(device, param, 0, null, size), "clGetDeviceInfo", "size of param " + param);
        byte[] bytes = new byte[(int) size[0]];
        check(CL.clGetDeviceInfo(device, param, bytes.length, Pointer.to(bytes), null), "clGetDeviceInfo",
                "param " + param);
        return cString(bytes);
    }

    /**
     * A numeric device property of type cl_uint, cl_ulong, cl_bitfield or size_t (the jar ships
     * 64-bit native libraries only, so size_t is 8 bytes); the size the driver reports decides.
     */
    static long deviceLong(cl_device_id device, int param) {
        long[] size = new long[1];
        check(CL.clGetDeviceInfo(device, param, 0, null, size), "clGetDeviceInfo", "size of param " + param);
        if (size[0] == Sizeof.cl_uint) {
            int[] v = new int[1];
            check(CL.clGetDeviceInfo(device, param, Sizeof.cl_uint, Pointer.to(v), null), "clGetDeviceInfo",
                    "param " + param);
            return Integer.toUnsignedLong(v[0]);
        }
        long[] v = new long[1];
        check(CL.clGetDeviceInfo(device, param, Sizeof.cl_ulong, Pointer.to(v), null), "clGetDeviceInfo",
                "param " + param);
        return v[0];
    }

    /** A size_t[] device property (CL_DEVICE_MAX_WORK_ITEM_SIZES). */
    static long[] deviceLongs(cl_device_id device, int param) {
        long[] size = new long[1];
        check(CL.clGetDeviceInfo(device, param, 0, null, size), "clGetDeviceInfo", "size of param " + param);
        long[] v = new long[(int) (size[0] / Sizeof.size_t)];
        check(CL.clGetDeviceInfo(device, param, size[0], Pointer.to(v), null), "clGetDeviceInfo", "param " + param);
        return v;
    }

    /** A size_t or cl_ulong kernel work-group property. */
    static long kernelWorkGroupLong(cl_kernel kernel, cl_device_id device, int param, String context) {
        long[] v = new long[1];
        check(CL.clGetKernelWorkGroupInfo(kernel, device, param, Sizeof.cl_ulong, Pointer.to(v), null),
                "clGetKernelWorkGroupInfo", context);
        return v[0];
    }

    /** The build log of a program on a device; never throws (it is read while reporting a failure). */
    static String buildLog(cl_program program, cl_device_id device) {
        long[] size = new long[1];
        if (CL.clGetProgramBuildInfo(program, device, CL.CL_PROGRAM_BUILD_LOG, 0, null, size) != CL.CL_SUCCESS) {
            return "(no build log: clGetProgramBuildInfo failed)";
        }
        byte[] bytes = new byte[(int) size[0]];
        if (CL.clGetProgramBuildInfo(program, device, CL.CL_PROGRAM_BUILD_LOG, bytes.length, Pointer.to(bytes),
                null) != CL.CL_SUCCESS) {
            return "(no build log: clGetProgramBuildInfo failed)";
        }
        String log = cString(bytes).strip();
        return log.isEmpty() ? "(empty build log)" : log;
    }

    /** The kernel names of a built program (OpenCL 1.2), or a note when the query fails. */
    static String kernelNames(cl_program program) {
        long[] size = new long[1];
        if (CL.clGetProgramInfo(program, CL.CL_PROGRAM_KERNEL_NAMES, 0, null, size) != CL.CL_SUCCESS) {
            return "(unknown)";
        }
        byte[] bytes = new byte[(int) size[0]];
        if (CL.clGetProgramInfo(program, CL.CL_PROGRAM_KERNEL_NAMES, bytes.length, Pointer.to(bytes), null)
                != CL.CL_SUCCESS) {
            return "(unknown)";
        }
        return cString(bytes).replace(";", ", ");
    }

    /** Bytes up to the first NUL, as UTF-8 (OpenCL strings are NUL-terminated). */
    static String cString(byte[] bytes) {
        int n = 0;
        while (n < bytes.length && bytes[n] != 0) {
            n++;
        }
        return new String(bytes, 0, n, StandardCharsets.UTF_8).strip();
    }
}
