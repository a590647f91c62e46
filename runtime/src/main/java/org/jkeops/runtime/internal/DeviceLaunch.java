package org.jkeops.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One kernel launch on a device backend (OpenCL), described by generated code and executed by
 * the backend module through {@link org.jkeops.runtime.DeviceBackend}, so that generated code never touches a
 * device API and the OpenCL module stays optional on the class path.
 *
 * <p>The kernel's arguments are, in order, the ones added with {@link #in}, {@link #out},
 * {@link #scalar}, {@link #tileRows}, {@link #local} and {@link #localTile}. The launch is one-dimensional over {@link #rows()} work
 * items (the backend pads the global size to a multiple of its work-group size; kernels guard
 * rows past the end) times {@link #parts()} in the second dimension (split over j; the kernel
 * reads its part from {@code get_global_id(1)}).
 *
 * <p>A block-sparse launch ({@link #blocks}) instead runs one work group per chunk of
 * {@link RangeBlocks#lookup(int) lookup(workGroupSize)}: the backend builds that table for the
 * work-group size it chooses and passes it as a buffer of {@code (block, startRow, endRow)}
 * triples, followed by the blocks' slices and intervals.
 */
public final class DeviceLaunch {
    /** What one kernel argument is. */
    public enum Kind {
        /** An array copied to the device before the launch. */
        INPUT,
        /** An array copied back from the device after the launch (every element is written). */
        OUTPUT,
        /** A scalar passed by value. */
        SCALAR,
        /** A {@code __local} buffer of {@link Arg#localBytesPerItem()} bytes per work item. */
        LOCAL,
        /**
         * A {@code __local} tile of rows of j, {@link Arg#localBytesPerItem()} bytes per row; the
         * backend chooses the row count from its local memory and work-group size (the same for
         * every tile of a launch) and passes it as the {@link #TILE_ROWS} argument.
         */
        LOCAL_TILE,
        /** The rows of the launch's {@link #LOCAL_TILE}s, an {@code int} set by the backend. */
        TILE_ROWS,
        /**
         * The chunk table of a {@link RangeBlocks} ({@link Arg#array()}), built by the backend
         * for its work-group size; it also sets the launch's global size.
         */
        BLOCK_LOOKUP
    }

    /**
     * One argument.
     *
     * @param kind               what it is
     * @param array              a {@code float[]}, {@code double[]} or {@code int[]} for INPUT / OUTPUT,
     *                           the {@link RangeBlocks} for BLOCK_LOOKUP
     * @param scalar             a {@code Float}, {@code Double} or {@code Integer} for SCALAR
     * @param localBytesPerItem  for LOCAL: bytes per work item of the work group; for LOCAL_TILE: bytes per row
     */
    public record Arg(Kind kind, Object array, Number scalar, int localBytesPerItem) {
    }

    private final String programKey;
    private final Supplier<String> source;
    private final String kernel;
    private final int rows;
    private final int parts;
    private final boolean usesDouble;
    private final List<Arg> args = new ArrayList<>();

    /**
     * @param programKey  names the program (one per {@code @Kernels} interface), for caches and errors
     * @param source      the OpenCL C source of the program, read only when it must be built
     * @param kernel      the kernel function's name
     * @param rows        work items in dimension 0 (output rows)
     * @param parts       work items in dimension 1 (parts of j), at least 1
     * @param usesDouble  whether the program needs {@code cl_khr_fp64}
     */
    public DeviceLaunch(String programKey, Supplier<String> source, String kernel, int rows, int parts,
            boolean usesDouble) {
        this.programKey = Objects.requireNonNull(programKey);
        this.source = Objects.requireNonNull(source);
        this.kernel = Objects.requireNonNull(kernel);
        if (rows < 0 || parts < 1) {
            throw new IllegalArgumentException("rows " + rows + ", parts " + parts);
        }
        this.rows = rows;
        this.parts = parts;
        this.usesDouble = usesDouble;
    }

    public DeviceLaunch in(float[] a) {
        return add(new Arg(Kind.INPUT, Objects.requireNonNull(a), null, 0));
    }

    public DeviceLaunch in(double[] a) {
        return add(new Arg(Kind.INPUT, Objects.requireNonNull(a), null, 0));
    }

    public DeviceLaunch in(int[] a) {
        return add(new Arg(Kind.INPUT, Objects.requireNonNull(a), null, 0));
    }

    public DeviceLaunch out(float[] a) {
        return add(new Arg(Kind.OUTPUT, Objects.requireNonNull(a), null, 0));
    }

    public DeviceLaunch out(double[] a) {
        return add(new Arg(Kind.OUTPUT, Objects.requireNonNull(a), null, 0));
    }

    public DeviceLaunch out(int[] a) {
        return add(new Arg(Kind.OUTPUT, Objects.requireNonNull(a), null, 0));
    }

    public DeviceLaunch scalar(float v) {
        return add(new Arg(Kind.SCALAR, null, v, 0));
    }

    public DeviceLaunch scalar(double v) {
        return add(new Arg(Kind.SCALAR, null, v, 0));
    }

    public DeviceLaunch scalar(int v) {
        return add(new Arg(Kind.SCALAR, null, v, 0));
    }

    /** A {@code __local} buffer of {@code bytesPerItem} bytes for each work item of a group. */
    public DeviceLaunch local(int bytesPerItem) {
        if (bytesPerItem <= 0) {
            throw new IllegalArgumentException("local buffer of " + bytesPerItem + " bytes per item");
        }
        return add(new Arg(Kind.LOCAL, null, null, bytesPerItem));
    }

    /**
     * A {@code __local} tile of rows of {@code bytesPerRow} bytes, as many rows as the backend
     * chooses ({@link Kind#LOCAL_TILE}); the kernel learns the count from {@link #tileRows()}.
     */
    public DeviceLaunch localTile(int bytesPerRow) {
        if (bytesPerRow <= 0) {
            throw new IllegalArgumentException("local tile of " + bytesPerRow + " bytes per row");
        }
        return add(new Arg(Kind.LOCAL_TILE, null, null, bytesPerRow));
    }

    /** The {@code int} argument that receives the row count of the launch's local tiles. */
    public DeviceLaunch tileRows() {
        return add(new Arg(Kind.TILE_ROWS, null, null, 0));
    }

    /**
     * The block-sparsity plan of the launch: adds three arguments, the chunk table (built by the
     * backend, see {@link Kind#BLOCK_LOOKUP}), {@link RangeBlocks#slices()} and
     * {@link RangeBlocks#intervals()}. Its rows must be the launch's rows.
     */
    public DeviceLaunch blocks(RangeBlocks blocks) {
        Objects.requireNonNull(blocks, "blocks");
        if (blocks.rows() != rows || parts != 1) {
            throw new IllegalArgumentException("blocks of " + blocks.rows() + " rows for a launch of " + rows
                    + " rows in " + parts + " parts");
        }
        add(new Arg(Kind.BLOCK_LOOKUP, blocks, null, 0));
        return in(blocks.slices()).in(blocks.intervals());
    }

    /** The block-sparsity plan, or null for a dense launch. */
    public RangeBlocks blocks() {
        for (Arg a : args) {
            if (a.kind() == Kind.BLOCK_LOOKUP) {
                return (RangeBlocks) a.array();
            }
        }
        return null;
    }

    private DeviceLaunch add(Arg a) {
        args.add(a);
        return this;
    }

    public String programKey() {
        return programKey;
    }

    public String source() {
        return source.get();
    }

    public String kernel() {
        return kernel;
    }

    public int rows() {
        return rows;
    }

    public int parts() {
        return parts;
    }

    public boolean usesDouble() {
        return usesDouble;
    }

    public List<Arg> args() {
        return List.copyOf(args);
    }
}
