package org.jkeops.opencl;

import org.jocl.CL;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * One OpenCL device as listed by {@link Devices}: its position in the flattened list of all
 * devices of all platforms (what {@code jkeops.opencl.device=N} refers to) and its names.
 */
record ClDeviceRef(int index, cl_platform_id platform, cl_device_id device, String platformName,
        String deviceName, long type) {

    /** {@code "platform name / device name"}: what {@code jkeops.opencl.device} matches against. */
    String label() {
        return platformName + " / " + deviceName;
    }

    boolean isGpu() {
        return (type & CL.CL_DEVICE_TYPE_GPU) != 0;
    }

    /** GPU, CPU, ACCELERATOR, CUSTOM or DEFAULT, for messages. */
    String typeName() {
        if ((type & CL.CL_DEVICE_TYPE_GPU) != 0) {
            return "GPU";
        }
        if ((type & CL.CL_DEVICE_TYPE_CPU) != 0) {
            return "CPU";
        }
        if ((type & CL.CL_DEVICE_TYPE_ACCELERATOR) != 0) {
            return "ACCELERATOR";
        }
        if ((type & CL.CL_DEVICE_TYPE_CUSTOM) != 0) {
            return "CUSTOM";
        }
        return "DEFAULT";
    }

    @Override
    public String toString() {
        return index + ": " + label() + " (" + typeName() + ")";
    }
}
