package org.jkeops.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkeops.runtime.internal.DeviceLaunch;
import org.junit.jupiter.api.Test;

/** The split a launch's outputs can hold: the parts times their output length stay an array's worth. */
class DeviceBackendTest {
    /** A device that asks for {@code parts} parts whatever the launch. */
    private static DeviceBackend asking(int parts) {
        return new DeviceBackend() {
            @Override
            public void launch(DeviceLaunch launch) {
                throw new AssertionError("only splitParts is asked of this device");
            }

            @Override
            public int splitParts(int rows, int cols) {
                return parts;
            }

            @Override
            public String describe() {
                return "asks for " + parts + " parts";
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * What an H100 asks for with few rows (WorkSizes: 132 compute units of 2,048 items): 4,224 parts
     * of M = 64 rows of an 8,192-wide SUM (len 524,288), 2,704 parts of ARG_K_MIN with k = 10,000
     * over M = 100, 3,356 of K_MIN with k = 20,000 over M = 64. The facade allocated parts * len
     * values in int arithmetic: NegativeArraySizeException, or a wrapped, too small buffer for
     * the device to write.
     */
    @Test
    void partsAreBoundedByTheirOutputs() {
        int[][] cases = {{4224, 64 * 8192}, {2704, 100 * 10_000}, {3356, 64 * 20_000}, {1 << 20, 1}, {7, 1 << 30}};
        for (int[] c : cases) {
            int parts = asking(c[0]).splitParts(64, 4_000_000, c[1]);
            assertTrue(parts >= 1 && (long) parts * c[1] <= Math.max(c[1], DeviceBackend.SPLIT_OUTPUT_LIMIT),
                    c[0] + " parts of " + c[1] + ": " + parts);
        }
        assertEquals(DeviceBackend.SPLIT_OUTPUT_LIMIT / (64 * 8192), asking(4224).splitParts(64, 4_000_000, 64 * 8192));
        assertEquals(1, asking(7).splitParts(1, 10, 1 << 30), "one part however wide");
        assertEquals(1, asking(1).splitParts(1, 10, 0), "an empty output");
        assertEquals(132, asking(132).splitParts(1, 1 << 20, 16), "a split that fits is the device's");
    }
}
