package org.jkeops.opencl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jocl.CL;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * Lists the OpenCL devices of all platforms and chooses one. Touches JOCL: callers that must not
 * fail when JOCL or OpenCL is missing catch {@link LinkageError} around it.
 */
final class Devices {
    /** System property choosing the device: an index, or a substring of "platform / device". */
    static final String DEVICE_PROPERTY = "jkeops.opencl.device";

    /** Held while the OpenCL platforms are asked for their devices ({@link #list()}). */
    private static final Object LISTING = new Object();

    private Devices() {
    }

    /** What {@link #list()} found: the devices, and notes about platforms that failed to list theirs. */
    record Listing(List<ClDeviceRef> devices, List<String> problems) {
    }

    /**
     * Every device of every platform, in platform order then device order. One listing at a time in
     * the JVM: the ICD loader and PoCL initialise themselves on the first listing and are not
     * thread-safe while they do (two runtimes probing at once crashed the JVM in libc or each saw
     * "no OpenCL device"), and every provider instance probes on its own.
     */
    static Listing list() {
        synchronized (LISTING) {
            return listAlone();
        }
    }

    private static Listing listAlone() {
        Cl.init();
        int[] count = new int[1];
        int rc = CL.clGetPlatformIDs(0, null, count);
        if (rc == CL.CL_PLATFORM_NOT_FOUND_KHR || (rc == CL.CL_SUCCESS && count[0] == 0)) {
            return new Listing(List.of(), List.of());
        }
        Cl.check(rc, "clGetPlatformIDs", "counting platforms");
        cl_platform_id[] platforms = new cl_platform_id[count[0]];
        Cl.check(CL.clGetPlatformIDs(platforms.length, platforms, null), "clGetPlatformIDs", "listing platforms");
        List<ClDeviceRef> devices = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (cl_platform_id platform : platforms) {
            String platformName = Cl.platformString(platform, CL.CL_PLATFORM_NAME);
            int[] n = new int[1];
            rc = CL.clGetDeviceIDs(platform, CL.CL_DEVICE_TYPE_ALL, 0, null, n);
            if (rc == CL.CL_DEVICE_NOT_FOUND || (rc == CL.CL_SUCCESS && n[0] == 0)) {
                continue;
            }
            if (rc != CL.CL_SUCCESS) {
                // One broken platform (a stale ICD) should not hide the others.
                problems.add(platformName + ": clGetDeviceIDs failed with " + CL.stringFor_errorCode(rc));
                continue;
            }
            cl_device_id[] ids = new cl_device_id[n[0]];
            Cl.check(CL.clGetDeviceIDs(platform, CL.CL_DEVICE_TYPE_ALL, ids.length, ids, null), "clGetDeviceIDs",
                    "platform " + platformName);
            for (cl_device_id id : ids) {
                devices.add(new ClDeviceRef(devices.size(), platform, id, platformName,
                        Cl.deviceString(id, CL.CL_DEVICE_NAME), Cl.deviceLong(id, CL.CL_DEVICE_TYPE)));
            }
        }
        return new Listing(List.copyOf(devices), List.copyOf(problems));
    }

    /**
     * Chooses a device: {@code requested} (the value of {@link #DEVICE_PROPERTY}) is an index into
     * {@link #list()} or a case-insensitive substring of {@link ClDeviceRef#label()}; when it is
     * null or blank, the first GPU, else the first device.
     */
    static DeviceChoice choose(String requested) {
        Listing listing = list();
        List<ClDeviceRef> devices = listing.devices();
        if (devices.isEmpty()) {
            String why = listing.problems().isEmpty() ? "" : " (" + String.join("; ", listing.problems()) + ")";
            return DeviceChoice.unavailable(listing.problems().isEmpty() && !hasPlatform()
                    ? "no OpenCL platform (is an OpenCL driver / ICD installed?)"
                    : "no OpenCL device" + why);
        }
        if (requested == null || requested.isBlank()) {
            for (ClDeviceRef d : devices) {
                if (d.isGpu()) {
                    return new DeviceChoice(d, null);
                }
            }
            return new DeviceChoice(devices.get(0), null);
        }
        String wanted = requested.strip();
        ClDeviceRef found = null;
        try {
            int index = Integer.parseInt(wanted);
            if (index >= 0 && index < devices.size()) {
                found = devices.get(index);
            }
        } catch (NumberFormatException notAnIndex) {
            String needle = wanted.toLowerCase(Locale.ROOT);
            for (ClDeviceRef d : devices) {
                if (d.label().toLowerCase(Locale.ROOT).contains(needle)) {
                    found = d;
                    break;
                }
            }
        }
        if (found == null) {
            List<String> names = devices.stream().map(ClDeviceRef::toString).toList();
            return DeviceChoice.unavailable("device '" + wanted + "' requested by " + DEVICE_PROPERTY
                    + " not found (devices: " + String.join("; ", names) + ")");
        }
        return new DeviceChoice(found, null);
    }

    private static boolean hasPlatform() {
        synchronized (LISTING) {
            int[] count = new int[1];
            return CL.clGetPlatformIDs(0, null, count) == CL.CL_SUCCESS && count[0] > 0;
        }
    }
}
