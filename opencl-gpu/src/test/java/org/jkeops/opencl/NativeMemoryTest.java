package org.jkeops.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jkeops.runtime.internal.DeviceLaunch;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * 10,000 launches must not grow native memory. Each launch makes two buffers of 16 KiB (one
 * filled from the host, one written by the kernel) and a small one, so leaking them would add at
 * least 9,000 x 32 KiB = 281 MiB of resident memory between the two measurements; the test
 * allows 64 MiB (JIT, GC and allocator noise). The Java arrays are reused so that the heap stays
 * small.
 */
class NativeMemoryTest {
    private static final int ROWS = 4096;

    @Test
    void tenThousandLaunchesKeepNativeMemoryFlat() throws IOException {
        Path status = Path.of("/proc/self/status");
        Assumptions.assumeTrue(Files.isReadable(status), "needs /proc/self/status (Linux)");
        try (OpenClDevice d = TestKernels.open(null)) {
            float[] a = TestKernels.randomFloats(ROWS, 1);
            float[] x = TestKernels.randomFloats(ROWS, 2);
            long t0 = System.nanoTime();
            run(d, a, x, 1_000);
            long before = rssKiB(status);
            run(d, a, x, 9_000);
            long after = rssKiB(status);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("10,000 launches in %d ms; VmRSS %d MiB after 1,000, %d MiB after 10,000%n", ms,
                    before / 1024, after / 1024);
            assertEquals(0, d.liveBuffers());
            assertTrue(after - before < 64 * 1024, "VmRSS grew by " + (after - before) / 1024
                    + " MiB over 9,000 launches");
        }
    }

    private static void run(OpenClDevice d, float[] a, float[] x, int launches) {
        // Few columns: the test measures launches, not arithmetic.
        float[] aShort = java.util.Arrays.copyOf(a, 16);
        float[] out = new float[ROWS];
        for (int n = 0; n < launches; n++) {
            d.launch(new DeviceLaunch(TestKernels.FLOAT_KEY, () -> TestKernels.FLOAT_SOURCE, "dot_float", ROWS, 1,
                    false).in(aShort).in(x).scalar(1f).scalar(ROWS).scalar(aShort.length).scalar(aShort.length)
                    .out(out).local(Float.BYTES));
            if (n % 1000 == 0) {
                float expected = 0;
                for (float v : aShort) {
                    expected += v * x[5];
                }
                assertEquals(expected, out[5], 1e-4f);
            }
        }
        System.gc();
    }

    private static long rssKiB(Path status) throws IOException {
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS line in " + status);
    }
}
