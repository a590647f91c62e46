package org.jkeops.runtime;

import org.jkeops.runtime.internal.DeviceLaunch;

/**
 * A device that runs {@link DeviceLaunch}es (the OpenCL module implements it). One per
 * {@link KernelRuntime}; closed with it.
 */
public interface DeviceBackend extends AutoCloseable {
    /**
     * Builds the program if needed (cached), copies inputs, launches, waits and copies outputs
     * back. Errors become exceptions naming the failing call and the error code.
     */
    void launch(DeviceLaunch launch);

    /** The preferred number of parts to split j into for a launch of {@code rows} rows, at least 1. */
    int splitParts(int rows, int cols);

    /**
     * Most values the parts of one split launch may write together: each part writes a whole
     * output, which the host then merges. A GPU asks for thousands of parts when rows are few; with
     * a wide output (K_MIN with a large k, a SUM of thousands of components) that was more than a
     * Java array can index.
     */
    int SPLIT_OUTPUT_LIMIT = 1 << 26;

    /**
     * {@link #splitParts(int, int)} for outputs of {@code outputLength} values per part, as many as
     * fit {@link #SPLIT_OUTPUT_LIMIT} together, and at least 1. Generated code calls this one.
     */
    default int splitParts(int rows, int cols, int outputLength) {
        long fit = Math.max(1, SPLIT_OUTPUT_LIMIT / Math.max(1L, outputLength));
        return (int) Math.max(1, Math.min(splitParts(rows, cols), fit));
    }

    /**
     * How the latest launch of each kernel so far was shaped (work-group size, tile rows, parts of
     * j), by kernel name in first-launch order, for logs and the device runner; empty if not recorded.
     */
    default java.util.Map<String, String> launchShapes() {
        return java.util.Map.of();
    }

    /** A one-line description of the device, for logs. */
    String describe();

    /** Releases the device's resources (context, queue, programs). Idempotent. */
    @Override
    void close();
}
