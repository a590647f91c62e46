package org.jkeops.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.DeviceBackend;
import org.jkeops.runtime.KernelInfo;
import org.jkeops.runtime.KernelRuntime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The provider: availability, device choice by system property, and use through KernelRuntime. */
class OpenClBackendProviderTest {
    private static final KernelInfo KERNEL = new KernelInfo("Test.dot", Set.of(Backend.SCALAR, Backend.OPENCL));

    @AfterEach
    void clearProperty() {
        System.clearProperty(Devices.DEVICE_PROPERTY);
    }

    @Test
    void availableWithTheDefaultDevice() {
        ClDeviceRef ref = TestKernels.deviceOrSkip();
        OpenClBackendProvider p = new OpenClBackendProvider();
        assertEquals(Backend.OPENCL, p.backend());
        assertNull(p.unavailableReason());
        assertEquals(ref.isGpu(), p.isGpu());
        try (DeviceBackend d = p.open()) {
            String text = d.describe();
            System.out.println("describe(): " + text);
            assertTrue(text.startsWith(ref.label() + " ("), text);
            assertTrue(text.contains("driver ") && text.contains("OpenCL C") && text.contains("fp64 "), text);
        }
    }

    @Test
    void deviceByIndexAndByNameSubstring() {
        ClDeviceRef ref = TestKernels.deviceOrSkip();
        System.setProperty(Devices.DEVICE_PROPERTY, Integer.toString(ref.index()));
        assertNull(new OpenClBackendProvider().unavailableReason());
        String name = ref.deviceName();
        System.setProperty(Devices.DEVICE_PROPERTY, name.substring(0, Math.min(6, name.length())).toUpperCase(Locale.ROOT));
        OpenClBackendProvider byName = new OpenClBackendProvider();
        assertNull(byName.unavailableReason());
        try (DeviceBackend d = byName.open()) {
            assertTrue(d.describe().contains(name), d.describe());
        }
    }

    @Test
    void anUnknownDeviceIsAReasonListingTheDevices() {
        ClDeviceRef ref = TestKernels.deviceOrSkip();
        for (String wanted : new String[] {"99999", "no such device anywhere"}) {
            System.setProperty(Devices.DEVICE_PROPERTY, wanted);
            OpenClBackendProvider p = new OpenClBackendProvider();
            String reason = p.unavailableReason();
            assertTrue(reason != null && reason.contains("'" + wanted + "'") && reason.contains("jkeops.opencl.device")
                    && reason.contains("not found") && reason.contains(ref.label()), reason);
            assertThrows(IllegalStateException.class, p::open);
        }
    }

    @Test
    void strictRuntimeRunsOnTheDeviceAndClosesIt() {
        TestKernels.deviceOrSkip();
        DeviceBackend device;
        try (KernelRuntime runtime = KernelRuntime.builder().backend(Backend.OPENCL).strict(true).build()) {
            assertEquals(Backend.OPENCL, runtime.select(KERNEL));
            device = runtime.device(Backend.OPENCL);
            assertInstanceOf(OpenClDevice.class, device);
            assertSame(device, runtime.device(Backend.OPENCL));
            assertArrayEquals(new float[] {12f, -12f},
                    TestKernels.dotFloat((OpenClDevice) device, new float[] {1, 2, 3}, new float[] {1, -1}, 2f, 1));
        }
        assertThrows(IllegalStateException.class,
                () -> TestKernels.dotFloat((OpenClDevice) device, new float[1], new float[1], 1f, 1),
                "runtime.close() closed the device");
    }

    @Test
    void autoPicksOpenClOnlyOnAGpu() {
        ClDeviceRef ref = TestKernels.deviceOrSkip();
        try (KernelRuntime runtime = KernelRuntime.builder().build()) {
            Backend b = runtime.select(KERNEL);
            if (ref.isGpu()) {
                assertEquals(Backend.OPENCL, b);
            } else {
                assertNotEquals(Backend.OPENCL, b);
            }
        }
    }
}
