package org.jkeops.device;

import java.util.Locale;
import org.jkeops.cpu.SimdSupport;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelRuntime;

/**
 * Prints the Java runtime, the SIMD support and the OpenCL device a strict OpenCL runtime opens,
 * and fails (exit status 1) when there is none, or, unless {@code --any-device} (the dry run on
 * PoCL), when it is not a GPU: the device run must not time a CPU and call it a GPU figure.
 */
public final class DeviceInfo {
    private DeviceInfo() {
    }

    public static void main(String[] args) {
        boolean anyDevice = args.length > 0 && args[0].equals("--any-device");
        System.out.printf(Locale.ROOT, "java: %s %s, %d processors, max heap %d MiB%n",
                System.getProperty("java.vm.name"), Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        String simd = SimdSupport.unavailableReason();
        System.out.println("SIMD: " + (simd == null ? "available, preferred " + SimdSupport.preferredBits() + " bits"
                : "unavailable: " + simd));
        String described;
        try (KernelRuntime rt = KernelRuntime.builder().backend(Backend.OPENCL).strict(true).build()) {
            described = rt.device(Backend.OPENCL).describe();
        } catch (RuntimeException | LinkageError e) {
            System.out.println("OpenCL: no device: " + e);
            System.exit(1);
            return;
        }
        System.out.println("OpenCL device: " + described);
        boolean gpu = described.contains("(GPU,"); // DeviceProperties.describe(): "... (TYPE, driver ..."
        if (!gpu && !anyDevice) {
            System.out.println("OpenCL: the device is not a GPU; refusing to record CPU figures as GPU ones "
                    + "(run.sh --dry-run accepts any device)");
            System.exit(1);
        }
    }
}
