package org.jkeops.opencl;

import org.jkeops.runtime.Backend;
import org.jkeops.runtime.DeviceBackend;
import org.jkeops.runtime.DeviceBackendProvider;

/**
 * Registers the OpenCL backend with the runtime (through {@link java.util.ServiceLoader}).
 *
 * <p>This class never touches JOCL directly: {@link Devices} does, inside a {@code try} that turns
 * a {@link LinkageError} (JOCL missing from the class path, its native library not loadable, no
 * OpenCL ICD loader) into a reason string, so that a machine without OpenCL gets a logged
 * fallback rather than a crash.
 *
 * <p>The device is chosen once per provider instance (the runtime creates one per {@code
 * KernelRuntime}), from the system property {@code jkeops.opencl.device} read at that time.
 */
public final class OpenClBackendProvider implements DeviceBackendProvider {
    /**
     * The first linkage failure of this JVM: a failed class initialization is reported later only
     * as "Could not initialize class org.jocl.CL", which says less.
     */
    private static volatile String firstLinkFailure;

    private volatile DeviceChoice choice;

    @Override
    public Backend backend() {
        return Backend.OPENCL;
    }

    @Override
    public String unavailableReason() {
        return choice().reason();
    }

    /**
     * AUTO uses OpenCL only on a GPU. When every installed driver (ICD file) is PoCL, a CPU
     * implementation, say so without loading it: PoCL's LLVM replaces the JVM's signal handlers
     * when it loads, which can crash the JVM later (see the README: preload {@code libjsig.so}
     * when you do use PoCL).
     */
    @Override
    public String skipInAuto() {
        return IcdFiles.autoSkipReason();
    }

    /** Whether the chosen device is a GPU; false when there is none. */
    @Override
    public boolean isGpu() {
        ClDeviceRef d = choice().device();
        return d != null && d.isGpu();
    }

    /** Whether the chosen device has double precision; asked once, then cached. */
    @Override
    public boolean supportsDouble() {
        Boolean d = fp64;
        if (d == null) {
            ClDeviceRef ref = choice().device();
            d = ref == null || DeviceProperties.query(ref).fp64();
            fp64 = d;
        }
        return d;
    }

    private volatile Boolean fp64;

    @Override
    public DeviceBackend open() {
        DeviceChoice c = choice();
        if (c.device() == null) {
            throw new IllegalStateException("OpenCL is not available: " + c.reason());
        }
        return new OpenClDevice(c.device(), BinaryCache.fromSystemProperties());
    }

    private DeviceChoice choice() {
        DeviceChoice c = choice;
        if (c == null) {
            synchronized (this) {
                c = choice;
                if (c == null) {
                    c = probe();
                    choice = c;
                }
            }
        }
        return c;
    }

    /** Chooses a device; never throws. */
    private static DeviceChoice probe() {
        try {
            return Devices.choose(System.getProperty(Devices.DEVICE_PROPERTY));
        } catch (LinkageError e) {
            return DeviceChoice.unavailable(linkReason(e));
        } catch (RuntimeException e) {
            return DeviceChoice.unavailable("the OpenCL probe failed: " + e);
        }
    }

    private static String linkReason(LinkageError e) {
        String first = firstLinkFailure;
        if (first != null) {
            return first;
        }
        String message = String.valueOf(e.getMessage());
        String reason;
        if (e instanceof NoClassDefFoundError && message.startsWith("org/jocl/")) {
            reason = "JOCL (org.jocl:jocl) is not on the class path: " + e;
        } else if (e instanceof UnsatisfiedLinkError) {
            reason = "JOCL could not load its native library or the OpenCL ICD loader (libOpenCL): " + e;
        } else {
            reason = "JOCL could not be initialised: " + e;
        }
        firstLinkFailure = reason;
        return reason;
    }
}
