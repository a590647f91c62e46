package org.jkeops.opencl;

import org.jocl.CL;

/**
 * What {@link OpenClDevice} needs to know about its device, queried once when it opens.
 *
 * @param ref              the device and its names
 * @param driverVersion    CL_DRIVER_VERSION (part of the disk cache key)
 * @param platformVersion  CL_PLATFORM_VERSION (part of the disk cache key)
 * @param openClCVersion   CL_DEVICE_OPENCL_C_VERSION
 * @param fp64             whether {@code double} is supported (cl_khr_fp64 or a double FP config)
 * @param maxWorkGroupSize CL_DEVICE_MAX_WORK_GROUP_SIZE
 * @param maxWorkItemSize0 CL_DEVICE_MAX_WORK_ITEM_SIZES[0]
 * @param localMemSize     CL_DEVICE_LOCAL_MEM_SIZE in bytes
 * @param computeUnits     CL_DEVICE_MAX_COMPUTE_UNITS
 */
record DeviceProperties(ClDeviceRef ref, String driverVersion, String platformVersion, String openClCVersion,
        boolean fp64, long maxWorkGroupSize, long maxWorkItemSize0, long localMemSize, int computeUnits) {

    static DeviceProperties query(ClDeviceRef ref) {
        var d = ref.device();
        String extensions = Cl.deviceString(d, CL.CL_DEVICE_EXTENSIONS);
        // OpenCL 1.2+ drivers report fp64 both ways; 3.0 drivers may drop the extension string.
        boolean fp64 = (" " + extensions + " ").contains(" cl_khr_fp64 ")
                || Cl.deviceLong(d, CL.CL_DEVICE_DOUBLE_FP_CONFIG) != 0;
        long[] itemSizes = Cl.deviceLongs(d, CL.CL_DEVICE_MAX_WORK_ITEM_SIZES);
        long maxWg = Cl.deviceLong(d, CL.CL_DEVICE_MAX_WORK_GROUP_SIZE);
        return new DeviceProperties(ref,
                Cl.deviceString(d, CL.CL_DRIVER_VERSION),
                Cl.platformString(ref.platform(), CL.CL_PLATFORM_VERSION),
                Cl.deviceString(d, CL.CL_DEVICE_OPENCL_C_VERSION),
                fp64,
                maxWg,
                itemSizes.length > 0 ? itemSizes[0] : maxWg,
                Cl.deviceLong(d, CL.CL_DEVICE_LOCAL_MEM_SIZE),
                (int) Math.max(1, Cl.deviceLong(d, CL.CL_DEVICE_MAX_COMPUTE_UNITS)));
    }

    /** "platform / device (type, driver version, OpenCL C version, fp64 yes/no, compute units)". */
    String describe() {
        return ref.label() + " (" + ref.typeName() + ", driver " + driverVersion + ", " + openClCVersion
                + ", fp64 " + (fp64 ? "yes" : "no") + ", " + computeUnits + " compute units)";
    }
}
