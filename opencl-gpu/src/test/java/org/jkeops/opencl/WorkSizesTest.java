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
    void onAGpuLocalBuffersTakeAtMostHalfTheLocalMemoryDownToAWarp() {
        // NVIDIA: 48 KiB of local memory, warps of 32. 64 floats per item (a D = 64 j-tile):
        // 256 B x 128 = 32 KiB fits, but two such groups do not: 64 items, 16 KiB each.
        assertEquals(128, WorkSizes.workGroupSize(1024, 1024, 1024, 48 * 1024, 256, 32, false));
        assertEquals(64, WorkSizes.workGroupSize(1024, 1024, 1024, 48 * 1024, 256, 32, true));
        // Small tiles are not shrunk: 256 x 16 B = 4 KiB.
        assertEquals(256, WorkSizes.workGroupSize(1024, 1024, 1024, 48 * 1024, 16, 32, true));
        // Halving stops at the warp: 1 KiB per item, 32 KiB for 32 items is still legal.
        assertEquals(32, WorkSizes.workGroupSize(1024, 1024, 1024, 48 * 1024, 1024, 32, true));
        // ... unless even that is over the hard limit.
        assertEquals(16, WorkSizes.workGroupSize(1024, 1024, 1024, 48 * 1024, 3000, 32, true));
        assertEquals(0, WorkSizes.workGroupSize(1024, 1024, 1024, 1000, 2000, 32, true));
    }

    @Test
    void tileRowsComeFromLocalMemoryNotFromTheWorkGroup() {
        // NVIDIA, 48 KiB, groups of 256: D = 3 floats (12 B a row) fills the group with rows.
        assertEquals(256, WorkSizes.tileRows(256, 48 * 1024, 12, true));
        // D = 784 (MNIST, 3136 B a row): 24 KiB on a GPU (two groups resident) holds 7 rows; the
        // work group stays 256 wide, where per-item tiles would have shrunk it to 8 items.
        assertEquals(7, WorkSizes.tileRows(256, 48 * 1024, 784 * 4, true));
        assertEquals(15, WorkSizes.tileRows(256, 48 * 1024, 784 * 4, false));
        // D = 128: 24 KiB / 512 B = 48 rows.
        assertEquals(48, WorkSizes.tileRows(256, 48 * 1024, 128 * 4, true));
        // One row over half the memory but under all of it: 1 row; over all of it: 0 (an error).
        assertEquals(1, WorkSizes.tileRows(256, 1000, 600, true));
        assertEquals(0, WorkSizes.tileRows(256, 1000, 2000, true));
        assertEquals(256, WorkSizes.tileRows(256, 1000, 0, true));
    }

    @Test
    void aGpuIsFilledByTheItemsItKeepsResident() {
        assertEquals(512, WorkSizes.itemsPerComputeUnit(false, 4096), "CPU: unchanged");
        assertEquals(2048, WorkSizes.itemsPerComputeUnit(true, 1024), "NVIDIA: 2048 threads per SM");
        assertEquals(512, WorkSizes.itemsPerComputeUnit(true, 256), "an old AMD driver's 256");
        assertEquals(2048, WorkSizes.itemsPerComputeUnit(true, 8192), "capped at 2 x 1024");
        // An H100: 132 SMs x 2048 = 270,336 items; 1024 rows -> 264 parts of j.
        assertEquals(264, WorkSizes.splitParts(1024, 10_000_000, 132, 2048));
        assertEquals(1, WorkSizes.splitParts(300_000, 10_000_000, 132, 2048));
        assertEquals(9, WorkSizes.splitParts(1024, 9 * 1024 + 5, 132, 2048), "parts keep 1024 columns");
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
