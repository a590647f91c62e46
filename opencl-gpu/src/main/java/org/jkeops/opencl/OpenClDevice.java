package org.jkeops.opencl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeops.runtime.DeviceBackend;
import org.jkeops.runtime.internal.DeviceLaunch;
import org.jkeops.runtime.internal.RangeBlocks;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_program;

/**
 * One OpenCL device opened for one {@code KernelRuntime}: a context and an in-order queue, the
 * programs and kernels built so far, and {@link #launch} which copies arrays in, runs a kernel and
 * copies results out.
 *
 * <p>Launches are serialised ({@code synchronized}): a kernel object's arguments are shared
 * state, and one in-order queue runs one launch at a time anyway. Buffers live for one launch
 * and are released in a {@code finally}, so no native memory outlives a call.
 */
public final class OpenClDevice implements DeviceBackend {
    private final DeviceProperties props;
    private final String description;
    private final cl_context context;
    private final cl_command_queue queue;
    private final ProgramBuilder builder;
    /** Programs by programKey + NUL + SHA-256 of the source. */
    private final Map<String, Program> programs = new LinkedHashMap<>();
    /** The program last used under each key, to skip hashing the (usually identical) source. */
    private final Map<String, Program> lastByKey = new HashMap<>();
    private final Map<String, LaunchShape> shapes = new LinkedHashMap<>();
    private int liveBuffers;
    private boolean closed;

    /** A built program and the kernels created from it. */
    private record Program(String programKey, String source, cl_program program, Map<String, Kernel> kernels) {
    }

    /** A kernel and the facts that shape its launches. */
    private record Kernel(cl_kernel kernel, String name, int numArgs, long maxWorkGroupSize, long staticLocalBytes,
            long preferredMultiple) {
    }

    /** Opens a context and a queue on {@code ref}; releases what it made if a step fails. */
    OpenClDevice(ClDeviceRef ref, BinaryCache cache) {
        Cl.init();
        this.props = DeviceProperties.query(ref);
        this.description = props.describe();
        cl_context_properties cp = new cl_context_properties();
        cp.addProperty(CL.CL_CONTEXT_PLATFORM, ref.platform());
        int[] err = new int[1];
        this.context = CL.clCreateContext(cp, 1, new cl_device_id[] {ref.device()}, null, null, err);
        Cl.check(err[0], "clCreateContext", ref.label());
        // clCreateCommandQueue (1.2) rather than ...WithProperties (2.0): it exists on every driver.
        @SuppressWarnings("deprecation")
        cl_command_queue q = CL.clCreateCommandQueue(context, ref.device(), 0, err);
        if (err[0] != CL.CL_SUCCESS) {
            CL.clReleaseContext(context);
            Cl.check(err[0], "clCreateCommandQueue", ref.label());
        }
        this.queue = q;
        this.builder = new ProgramBuilder(context, props, cache);
    }

    @Override
    public synchronized void launch(DeviceLaunch launch) {
        if (closed) {
            throw new IllegalStateException("OpenCL device is closed: " + description);
        }
        if (launch.rows() == 0) {
            return;
        }
        if (launch.usesDouble() && !props.fp64()) {
            throw new OpenClException("program '" + launch.programKey() + "', kernel '" + launch.kernel()
                    + "' uses double precision, but the OpenCL device " + props.ref().label()
                    + " does not support cl_khr_fp64; use float arrays or another backend");
        }
        Kernel k = kernel(program(launch), launch);
        List<DeviceLaunch.Arg> args = launch.args();
        if (args.size() != k.numArgs()) {
            throw new OpenClException("program '" + launch.programKey() + "', kernel '" + k.name() + "' takes "
                    + k.numArgs() + " arguments but the launch passes " + args.size());
        }
        int wg = workGroupSize(launch, k, args);
        int tile = tileRows(launch, k, args, wg);
        shapes.put(launch.kernel(), new LaunchShape(wg, tile, launch.parts()));
        run(launch, k, args, wg, tile);
    }

    /**
     * The work-group size, local tile rows and parts of j of each kernel's latest launch on this
     * device, by kernel name in first-launch order: what the device runner prints per kernel.
     */
    @Override
    public synchronized Map<String, String> launchShapes() {
        Map<String, String> m = new LinkedHashMap<>();
        shapes.forEach((kernel, shape) -> m.put(kernel, shape.toString()));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** How a kernel was launched: see {@link #launchShapes()}. */
    public record LaunchShape(int workGroup, int tileRows, int parts) {
        @Override
        public String toString() {
            return "work group " + workGroup + ", tile " + tileRows + " rows of j, " + parts + " part(s) of j";
        }
    }

    /** Rows of the launch's {@code LOCAL_TILE}s ({@link WorkSizes#tileRows}); the work-group size without any. */
    private int tileRows(DeviceLaunch launch, Kernel k, List<DeviceLaunch.Arg> args, int wg) {
        long perRow = 0;
        long perItem = 0;
        for (DeviceLaunch.Arg a : args) {
            if (a.kind() == DeviceLaunch.Kind.LOCAL_TILE) {
                perRow += a.localBytesPerItem();
            } else if (a.kind() == DeviceLaunch.Kind.LOCAL) {
                perItem += a.localBytesPerItem();
            }
        }
        if (perRow == 0) {
            return wg;
        }
        long available = props.localMemSize() - k.staticLocalBytes() - perItem * wg;
        int rows = WorkSizes.tileRows(wg, available, perRow, props.ref().isGpu());
        if (rows == 0) {
            throw new OpenClException("program '" + launch.programKey() + "', kernel '" + k.name() + "' needs "
                    + perRow + " bytes of __local memory per row of its j tile, but the device has " + available
                    + " bytes available");
        }
        return rows;
    }

    /** Sets the arguments, launches, reads outputs back; every buffer is released on every path. */
    private void run(DeviceLaunch launch, Kernel k, List<DeviceLaunch.Arg> args, int wg, int tile) {
        List<cl_mem> buffers = new ArrayList<>(args.size());
        List<cl_mem> outputBuffers = new ArrayList<>();
        List<Object> outputArrays = new ArrayList<>();
        Throwable failure = null;
        RangeBlocks blocks = launch.blocks();
        // Block-sparse: one work group per chunk of at most wg rows of one block.
        int[] lookup = blocks == null ? null : blocks.lookup(wg);
        try {
            for (int i = 0; i < args.size(); i++) {
                DeviceLaunch.Arg a = args.get(i);
                String where = "program '" + launch.programKey() + "', kernel '" + k.name() + "', argument " + i;
                switch (a.kind()) {
                    case INPUT, OUTPUT -> {
                        cl_mem mem = buffer(a, where);
                        buffers.add(mem);
                        Cl.check(CL.clSetKernelArg(k.kernel(), i, Sizeof.cl_mem, Pointer.to(mem)),
                                "clSetKernelArg", where);
                        if (a.kind() == DeviceLaunch.Kind.OUTPUT && HostArrays.length(a.array()) > 0) {
                            outputBuffers.add(mem);
                            outputArrays.add(a.array());
                        }
                    }
                    case BLOCK_LOOKUP -> {
                        cl_mem mem = buffer(new DeviceLaunch.Arg(DeviceLaunch.Kind.INPUT, lookup, null, 0), where);
                        buffers.add(mem);
                        Cl.check(CL.clSetKernelArg(k.kernel(), i, Sizeof.cl_mem, Pointer.to(mem)),
                                "clSetKernelArg", where);
                    }
                    case SCALAR -> setScalar(k, i, a.scalar(), where);
                    case TILE_ROWS -> setScalar(k, i, tile, where);
                    case LOCAL_TILE -> Cl.check(CL.clSetKernelArg(k.kernel(), i, (long) a.localBytesPerItem() * tile, null),
                            "clSetKernelArg", () -> where + " (__local tile, " + a.localBytesPerItem() + " bytes x " + tile
                                    + " rows)");
                    case LOCAL -> Cl.check(CL.clSetKernelArg(k.kernel(), i, (long) a.localBytesPerItem() * wg, null),
                            "clSetKernelArg", () -> where + " (__local, " + a.localBytesPerItem() + " bytes x " + wg + ")");
                }
            }
            if (lookup != null && lookup.length == 0) {
                return; // no rows in any block
            }
            long[] global = {lookup != null ? (long) (lookup.length / 3) * wg : WorkSizes.globalSize(launch.rows(), wg),
                    launch.parts()};
            long[] local = {wg, 1};
            Cl.check(CL.clEnqueueNDRangeKernel(queue, k.kernel(), 2, null, global, local, 0, null, null),
                    "clEnqueueNDRangeKernel", () -> "program '" + launch.programKey() + "', kernel '" + k.name()
                            + "', global " + global[0] + " x " + global[1] + ", local " + wg + " x 1");
            for (int i = 0; i < outputBuffers.size(); i++) {
                Object array = outputArrays.get(i);
                Cl.check(CL.clEnqueueReadBuffer(queue, outputBuffers.get(i), true, 0, HostArrays.bytes(array),
                        HostArrays.pointer(array), 0, null, null), "clEnqueueReadBuffer",
                        () -> "program '" + launch.programKey() + "', kernel '" + k.name() + "'");
            }
            if (outputBuffers.isEmpty()) {
                // No blocking read waited for the kernel; the launch must be complete on return.
                Cl.check(CL.clFinish(queue), "clFinish", () -> "program '" + launch.programKey() + "', kernel '"
                        + k.name() + "'");
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            release(buffers, failure);
        }
    }

    /**
     * A buffer for an array argument. OpenCL forbids zero-size buffers, so an empty array gets a
     * one-element buffer that is neither filled nor read back.
     */
    private cl_mem buffer(DeviceLaunch.Arg a, String where) {
        Object array = a.array();
        boolean empty = HostArrays.length(array) == 0;
        long bytes = empty ? HostArrays.elementBytes(array) : HostArrays.bytes(array);
        long flags;
        Pointer host = null;
        if (a.kind() == DeviceLaunch.Kind.INPUT) {
            flags = CL.CL_MEM_READ_ONLY;
            if (!empty) {
                flags |= CL.CL_MEM_COPY_HOST_PTR;
                host = HostArrays.pointer(array);
            }
        } else {
            flags = CL.CL_MEM_WRITE_ONLY;
        }
        int[] err = new int[1];
        cl_mem mem = CL.clCreateBuffer(context, flags, bytes, host, err);
        Cl.check(err[0], "clCreateBuffer", () -> where + " (" + a.kind() + ", " + bytes + " bytes)");
        liveBuffers++;
        return mem;
    }

    private static void setScalar(Kernel k, int index, Number v, String where) {
        int rc = switch (v) {
            case Float f -> CL.clSetKernelArg(k.kernel(), index, Sizeof.cl_float, Pointer.to(new float[] {f}));
            case Double d -> CL.clSetKernelArg(k.kernel(), index, Sizeof.cl_double, Pointer.to(new double[] {d}));
            case Integer n -> CL.clSetKernelArg(k.kernel(), index, Sizeof.cl_int, Pointer.to(new int[] {n}));
            default -> throw new IllegalArgumentException(where + ": unsupported scalar type " + v.getClass().getName());
        };
        Cl.check(rc, "clSetKernelArg", where);
    }

    /** Releases buffers; a release failure is thrown, or added to the failure already under way. */
    private void release(List<cl_mem> buffers, Throwable failure) {
        OpenClException first = null;
        for (cl_mem mem : buffers) {
            int rc = CL.clReleaseMemObject(mem);
            liveBuffers--;
            if (rc != CL.CL_SUCCESS) {
                OpenClException e = new OpenClException("clReleaseMemObject", rc, "after a launch");
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * The work-group size for this launch, from the device's and the kernel's limits and the
     * local memory the launch's {@code __local} buffers take; see
     * {@link WorkSizes#workGroupSize(long, long, long, long, long, long, boolean)}.
     */
    private int workGroupSize(DeviceLaunch launch, Kernel k, List<DeviceLaunch.Arg> args) {
        long localPerItem = 0;
        for (DeviceLaunch.Arg a : args) {
            if (a.kind() == DeviceLaunch.Kind.LOCAL) {
                localPerItem += a.localBytesPerItem();
            }
        }
        long available = props.localMemSize() - k.staticLocalBytes();
        int wg = WorkSizes.workGroupSize(props.maxWorkGroupSize(), props.maxWorkItemSize0(), k.maxWorkGroupSize(),
                available, localPerItem, k.preferredMultiple(), props.ref().isGpu());
        if (wg == 0) {
            throw new OpenClException("program '" + launch.programKey() + "', kernel '" + k.name() + "' needs "
                    + localPerItem + " bytes of __local memory per work item, but the device has " + available
                    + " bytes available");
        }
        return wg;
    }

    /** The built program of a launch, from memory, the disk cache or source. */
    private Program program(DeviceLaunch launch) {
        String key = launch.programKey();
        String source = launch.source();
        Program p = lastByKey.get(key);
        // Generated code hands the same String instance each time: skip hashing it.
        if (p != null && p.source() == source) {
            return p;
        }
        String id = key + '\0' + BinaryCache.sha256Hex(source);
        p = programs.get(id);
        if (p == null) {
            p = new Program(key, source, builder.build(key, source), new HashMap<>());
            programs.put(id, p);
        }
        lastByKey.put(key, p);
        return p;
    }

    private Kernel kernel(Program p, DeviceLaunch launch) {
        Kernel k = p.kernels().get(launch.kernel());
        if (k != null) {
            return k;
        }
        String name = launch.kernel();
        String where = "program '" + p.programKey() + "', kernel '" + name + "'";
        int[] err = new int[1];
        cl_kernel kernel = CL.clCreateKernel(p.program(), name, err);
        Cl.check(err[0], "clCreateKernel", () -> where + " (the program has kernels: " + Cl.kernelNames(p.program())
                + ")");
        try {
            int[] numArgs = new int[1];
            Cl.check(CL.clGetKernelInfo(kernel, CL.CL_KERNEL_NUM_ARGS, Sizeof.cl_uint, Pointer.to(numArgs), null),
                    "clGetKernelInfo(CL_KERNEL_NUM_ARGS)", where);
            cl_device_id d = props.ref().device();
            k = new Kernel(kernel, name, numArgs[0],
                    Cl.kernelWorkGroupLong(kernel, d, CL.CL_KERNEL_WORK_GROUP_SIZE, where),
                    Cl.kernelWorkGroupLong(kernel, d, CL.CL_KERNEL_LOCAL_MEM_SIZE, where),
                    Cl.kernelWorkGroupLong(kernel, d, CL.CL_KERNEL_PREFERRED_WORK_GROUP_SIZE_MULTIPLE, where));
        } catch (RuntimeException e) {
            CL.clReleaseKernel(kernel);
            throw e;
        }
        p.kernels().put(name, k);
        return k;
    }

    @Override
    public int splitParts(int rows, int cols) {
        return WorkSizes.splitParts(rows, cols, props.computeUnits(),
                WorkSizes.itemsPerComputeUnit(props.ref().isGpu(), props.maxWorkGroupSize()));
    }

    @Override
    public String describe() {
        return description;
    }

    /** Releases kernels, programs, the queue and the context; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<OpenClException> failures = new ArrayList<>();
        for (Program p : programs.values()) {
            for (Kernel k : p.kernels().values()) {
                note(failures, CL.clReleaseKernel(k.kernel()), "clReleaseKernel", k.name());
            }
            note(failures, CL.clReleaseProgram(p.program()), "clReleaseProgram", p.programKey());
        }
        programs.clear();
        lastByKey.clear();
        note(failures, CL.clReleaseCommandQueue(queue), "clReleaseCommandQueue", description);
        note(failures, CL.clReleaseContext(context), "clReleaseContext", description);
        if (!failures.isEmpty()) {
            OpenClException e = failures.get(0);
            failures.subList(1, failures.size()).forEach(e::addSuppressed);
            throw e;
        }
    }

    private static void note(List<OpenClException> failures, int rc, String call, String what) {
        if (rc != CL.CL_SUCCESS) {
            failures.add(new OpenClException(call, rc, what));
        }
    }

    /** Buffers created and not yet released (for tests: 0 between launches). */
    synchronized int liveBuffers() {
        return liveBuffers;
    }

    /** Programs loaded from the disk cache (for tests). */
    synchronized int binaryLoads() {
        return builder.binaryLoads();
    }

    /** Programs compiled from source (for tests). */
    synchronized int sourceBuilds() {
        return builder.sourceBuilds();
    }

    @Override
    public String toString() {
        return "OpenClDevice[" + description + "]";
    }
}
