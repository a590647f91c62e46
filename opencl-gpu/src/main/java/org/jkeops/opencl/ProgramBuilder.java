package org.jkeops.opencl;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_context;
import org.jocl.cl_device_id;
import org.jocl.cl_program;

/**
 * Builds programs for one device and context: from a cached binary when the disk cache has one
 * that the driver accepts, else from source (then stores the binary). Not thread-safe: {@link
 * OpenClDevice} calls it under its lock.
 */
final class ProgramBuilder {
    /** OpenCL C 1.2 for portability; no fast math (results must match the Java backends). */
    static final String OPTIONS = "-cl-std=CL1.2";

    private static final Logger LOG = System.getLogger("org.jkeops.opencl");

    private final cl_context context;
    private final DeviceProperties device;
    /** The disk cache, or null when it is off for this device. */
    private final BinaryCache cache;
    private int binaryLoads;
    private int sourceBuilds;

    ProgramBuilder(cl_context context, DeviceProperties device, BinaryCache cache) {
        this.context = context;
        this.device = device;
        this.cache = cache.enabledFor(device) ? cache : null;
        if (this.cache == null) {
            LOG.log(Level.DEBUG, () -> "OpenCL binary cache off for " + device.ref().label());
        }
    }

    /** Programs loaded from the disk cache so far (for tests). */
    int binaryLoads() {
        return binaryLoads;
    }

    /** Programs compiled from source so far (for tests). */
    int sourceBuilds() {
        return sourceBuilds;
    }

    /** A built program; the caller releases it. */
    cl_program build(String programKey, String source) {
        if (cache == null) {
            return timedSourceBuild(programKey, source);
        }
        String cacheKey = BinaryCache.key(device, OPTIONS, source);
        byte[] binary = cache.read(cacheKey);
        if (binary != null) {
            long t0 = System.nanoTime();
            cl_program p = fromBinary(programKey, binary);
            if (p != null) {
                binaryLoads++;
                LOG.log(Level.DEBUG, () -> "OpenCL program '" + programKey + "' loaded from cached binary in "
                        + (System.nanoTime() - t0) / 1_000_000 + " ms");
                return p;
            }
            cache.delete(cacheKey);
        }
        cl_program p = timedSourceBuild(programKey, source);
        store(programKey, cacheKey, p);
        return p;
    }

    private cl_program timedSourceBuild(String programKey, String source) {
        long t0 = System.nanoTime();
        cl_program p = fromSource(programKey, source);
        sourceBuilds++;
        LOG.log(Level.DEBUG, () -> "OpenCL program '" + programKey + "' built from source in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms");
        return p;
    }

    private cl_program fromSource(String programKey, String source) {
        int[] err = new int[1];
        cl_program p = CL.clCreateProgramWithSource(context, 1, new String[] {source}, null, err);
        Cl.check(err[0], "clCreateProgramWithSource", () -> "program '" + programKey + "'");
        int rc = CL.clBuildProgram(p, 1, new cl_device_id[] {device.ref().device()}, OPTIONS, null, null);
        if (rc != CL.CL_SUCCESS) {
            String log = Cl.buildLog(p, device.ref().device());
            CL.clReleaseProgram(p);
            throw new OpenClException("clBuildProgram", rc, "program '" + programKey + "' on "
                    + device.ref().label() + " with options '" + OPTIONS + "'; build log:\n" + log);
        }
        return p;
    }

    /** A program built from a cached binary, or null when the driver rejects it (for any reason). */
    private cl_program fromBinary(String programKey, byte[] binary) {
        int[] err = new int[1];
        int[] status = new int[1];
        cl_program p = CL.clCreateProgramWithBinary(context, 1, new cl_device_id[] {device.ref().device()},
                new long[] {binary.length}, new byte[][] {binary}, status, err);
        int rc = err[0] != CL.CL_SUCCESS ? err[0] : status[0];
        if (rc == CL.CL_SUCCESS) {
            rc = CL.clBuildProgram(p, 1, new cl_device_id[] {device.ref().device()}, OPTIONS, null, null);
        }
        if (rc != CL.CL_SUCCESS) {
            if (p != null) {
                CL.clReleaseProgram(p);
            }
            String code = CL.stringFor_errorCode(rc);
            LOG.log(Level.INFO, () -> "cached OpenCL binary of program '" + programKey + "' rejected (" + code
                    + "); building from source");
            return null;
        }
        return p;
    }

    /** Writes the program's binary to the disk cache; a failure only costs a later rebuild. */
    private void store(String programKey, String cacheKey, cl_program p) {
        try {
            long[] size = new long[1];
            Cl.check(CL.clGetProgramInfo(p, CL.CL_PROGRAM_BINARY_SIZES, Sizeof.size_t, Pointer.to(size), null),
                    "clGetProgramInfo(CL_PROGRAM_BINARY_SIZES)", "program '" + programKey + "'");
            if (size[0] <= 0 || size[0] > Integer.MAX_VALUE - 64) {
                return;
            }
            byte[] binary = new byte[(int) size[0]];
            Cl.check(CL.clGetProgramInfo(p, CL.CL_PROGRAM_BINARIES, Sizeof.POINTER,
                    Pointer.to(new Pointer[] {Pointer.to(binary)}), null),
                    "clGetProgramInfo(CL_PROGRAM_BINARIES)", "program '" + programKey + "'");
            cache.write(cacheKey, binary);
        } catch (OpenClException e) {
            LOG.log(Level.WARNING, () -> "cannot cache the binary of OpenCL program '" + programKey + "': "
                    + e.getMessage());
        }
    }
}
