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
