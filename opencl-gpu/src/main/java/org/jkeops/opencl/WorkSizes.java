package org.jkeops.opencl;

/** Launch geometry rules, as pure functions so they are tested without a device. */
final class WorkSizes {
    /** Largest work group used: enough for j-tiles in local memory, small enough to fit most devices. */
    static final int MAX_WORK_GROUP = 256;

    /** Work items a CPU compute unit (a core, for PoCL) is given before j is split: two groups. */
    static final int ITEMS_PER_COMPUTE_UNIT = 2 * MAX_WORK_GROUP;

    /**
     * Work items a GPU compute unit keeps resident, per its largest work group: NVIDIA's SMs hold
     * 2048 threads (Volta to Hopper) for a CL_DEVICE_MAX_WORK_GROUP_SIZE of 1024; AMD's CUs 2560
     * for 1024 (older drivers report 256, and then 512 is a floor).
     */
    static final int RESIDENT_GROUPS_PER_GPU_UNIT = 2;

    /** Largest work group size counted in {@link #itemsPerComputeUnit}: no GPU keeps more resident. */
    static final long MAX_COUNTED_GROUP = 1024;

    /** Fewest columns worth one part of its own: below this a part is mostly launch overhead. */
    static final int MIN_COLS_PER_PART = 1024;

    private WorkSizes() {
    }

    /**
     * The work-group size of a launch: the largest power of two that is at most the device's and
     * the kernel's limits and {@link #MAX_WORK_GROUP}, halved until the {@code __local} buffers
     * ({@code localBytesPerItem} per item) fit in {@code localMemAvailable}. Powers of two because
     * kernels may halve the group in tree reductions. Small row counts do not shrink it: the
     * global size is padded and kernels guard rows past the end.
     *
     * @return the size, or 0 when even one item's local buffers do not fit
     */
    static int workGroupSize(long deviceMax, long itemMax0, long kernelMax, long localMemAvailable,
            long localBytesPerItem) {
        long limit = Math.min(Math.min(deviceMax, itemMax0), Math.min(kernelMax, MAX_WORK_GROUP));
        long size = Long.highestOneBit(Math.max(1, limit));
        while (size > 1 && localBytesPerItem * size > localMemAvailable) {
            size >>= 1;
        }
        return localBytesPerItem * size > localMemAvailable ? 0 : (int) size;
    }

    /**
     * The work-group size of a launch on a device of type {@code gpu}: as
     * {@link #workGroupSize(long, long, long, long, long)}, except that on a GPU the {@code __local}
     * buffers of one group take at most half of {@code localMemAvailable}, so that two groups fit
     * a compute unit and one group's loads overlap another's arithmetic; that halving stops at the
     * kernel's preferred multiple ({@code CL_KERNEL_PREFERRED_WORK_GROUP_SIZE_MULTIPLE}, a warp of
     * 32 on NVIDIA, 64 on AMD), below which lanes of a warp would idle.
     *
     * @return the size, or 0 when even one item's local buffers do not fit
     */
    static int workGroupSize(long deviceMax, long itemMax0, long kernelMax, long localMemAvailable,
            long localBytesPerItem, long preferredMultiple, boolean gpu) {
        int hard = workGroupSize(deviceMax, itemMax0, kernelMax, localMemAvailable, localBytesPerItem);
        if (hard == 0 || !gpu) {
            return hard;
        }
        int soft = workGroupSize(deviceMax, itemMax0, kernelMax, localMemAvailable / 2, localBytesPerItem);
        int floor = (int) Math.min(hard, Long.highestOneBit(Math.max(1, preferredMultiple)));
        return Math.max(soft, floor);
    }

    /**
     * Work items one compute unit should get before j is split ({@link #splitParts}): on a GPU,
     * {@link #RESIDENT_GROUPS_PER_GPU_UNIT} of its largest work groups (at most
     * {@link #MAX_COUNTED_GROUP}), the threads it keeps resident; on a CPU
     * {@link #ITEMS_PER_COMPUTE_UNIT}.
     */
    static long itemsPerComputeUnit(boolean gpu, long maxWorkGroupSize) {
        if (!gpu) {
            return ITEMS_PER_COMPUTE_UNIT;
        }
        long group = Math.min(Math.max(maxWorkGroupSize, MAX_WORK_GROUP), MAX_COUNTED_GROUP);
        return RESIDENT_GROUPS_PER_GPU_UNIT * group;
    }

    /**
     * Rows of j per {@code __local} tile of a launch whose tiles take {@code bytesPerRow} bytes
     * per row together: as many as fit {@code localMemAvailable} (half of it on a GPU, so that two
     * work groups share a compute unit and one loads while the other computes), at most the
     * work-group size (more rows would only delay the first fold). The tile is loaded as one
     * contiguous range, so any row count keeps the loads coalesced.
     *
     * @return the rows, or 0 when not even one row fits
     */
    static int tileRows(int workGroup, long localMemAvailable, long bytesPerRow, boolean gpu) {
        if (bytesPerRow <= 0) {
            return Math.max(1, workGroup);
        }
        long budget = gpu ? localMemAvailable / 2 : localMemAvailable;
        long rows = Math.min(workGroup, budget / bytesPerRow);
        if (rows < 1) {
            return bytesPerRow <= localMemAvailable ? 1 : 0;
        }
        return (int) rows;
    }

    /** {@code rows} rounded up to a multiple of {@code workGroup} (OpenCL 1.2 requires it). */
    static long globalSize(int rows, int workGroup) {
        return ((long) rows + workGroup - 1) / workGroup * workGroup;
    }

    /**
     * Parts to split j into so that a launch of few rows still fills the device:
     * {@code clamp(ceil(target / max(rows, 1)), 1, max(1, cols / 1024))} with {@code target =
     * 2 * computeUnits * 256} work items. Each part keeps at least 1024 columns, so small problems
     * are not split; many rows give 1. On a CPU device (PoCL, 2 cores) the target is 1024 items.
     */
    static int splitParts(int rows, int cols, int computeUnits) {
        return splitParts(rows, cols, computeUnits, ITEMS_PER_COMPUTE_UNIT);
    }

    /**
     * As {@link #splitParts(int, int, int)} with {@code target = computeUnits * itemsPerUnit}
     * work items ({@link #itemsPerComputeUnit}: 2048 per SM on an NVIDIA GPU, so an H100's 132
     * SMs are filled by 270,336 items rather than a quarter of that).
     */
    static int splitParts(int rows, int cols, int computeUnits, long itemsPerUnit) {
        long target = Math.max(1, itemsPerUnit) * Math.max(1, computeUnits);
        long wanted = (target + Math.max(rows, 1) - 1) / Math.max(rows, 1);
        long most = Math.max(1, cols / MIN_COLS_PER_PART);
        return (int) Math.max(1, Math.min(wanted, most));
    }
}
