package org.jkeops.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Launch geometry rules; no device needed. */
class WorkSizesTest {
    @Test
    void workGroupIsThePowerOfTwoUnderEveryLimit() {
        assertEquals(256, WorkSizes.workGroupSize(4096, 4096, 4096, 65536, 8));
        assertEquals(128, WorkSizes.workGroupSize(1024, 1024, 192, 65536, 8));
        assertEquals(64, WorkSizes.workGroupSize(64, 1024, 1024, 65536, 0));
        assertEquals(32, WorkSizes.workGroupSize(1024, 32, 1024, 65536, 0));
    }

    @Test
    void workGroupShrinksUntilLocalBuffersFit() {
        assertEquals(64, WorkSizes.workGroupSize(1024, 1024, 1024, 32 * 1024, 512));
        assertEquals(1, WorkSizes.workGroupSize(1024, 1024, 1024, 1000, 600));
        assertEquals(0, WorkSizes.workGroupSize(1024, 1024, 1024, 1000, 2000));
    }

    @Test
    void globalSizeIsRowsRoundedUp() {
        assertEquals(256, WorkSizes.globalSize(1, 256));
        assertEquals(256, WorkSizes.globalSize(256, 256));
        assertEquals(1024, WorkSizes.globalSize(1023, 256));
        assertEquals(1L << 31, WorkSizes.globalSize(Integer.MAX_VALUE, 256), "no int overflow");
    }

    @Test
    void splitPartsFillsTheDeviceWithoutTinyParts() {
        // target = 2 * 2 * 256 = 1024 items on 2 compute units
        assertEquals(1, WorkSizes.splitParts(1, 1023, 2), "too few columns to split");
        assertEquals(2, WorkSizes.splitParts(1, 2048, 2));
        assertEquals(1024, WorkSizes.splitParts(1, 10_000_000, 2));
        assertEquals(103, WorkSizes.splitParts(10, 10_000_000, 2));
        assertEquals(1, WorkSizes.splitParts(1024, 10_000_000, 2));
        assertEquals(1, WorkSizes.splitParts(0, 0, 2));
        assertEquals(1024, WorkSizes.splitParts(0, 10_000_000, 2));
        // a large GPU: 132 compute units -> 67,584 items
        assertEquals(66, WorkSizes.splitParts(1024, 10_000_000, 132));
    }
}
