package org.jkeops.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Providers of separate runtimes probing OpenCL at the same moment, as the JVM's first OpenCL calls:
 * the ICD loader and PoCL initialise on that first listing and are not thread-safe while they do
 * (it crashed the JVM in two runs of three, or told all but one runtime "no OpenCL device"). Each
 * try needs a fresh JVM, since only the first listing races.
 */
class ConcurrentProbeTest {
    private static final int THREADS = 8;
    private static final int JVMS = 3;

    @Test
    void firstProbesOfManyRuntimesAtOnceAllFindTheDevice() throws Exception {
        TestKernels.deviceOrSkip();
        for (int run = 0; run < JVMS; run++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    ConcurrentProbeTest.class.getName())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probing JVM did not finish: " + out);
            assertEquals(0, p.exitValue(), "the probing JVM failed (run " + run + "):\n" + out);
            assertTrue(out.contains("reasons: {null=" + THREADS + "}"), "run " + run + ":\n" + out);
        }
    }

    /** In the fresh JVM: THREADS providers probe at once; prints how many got each unavailability reason. */
    public static void main(String[] args) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<String>> reasons = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            reasons.add(pool.submit(() -> {
                go.await();
                return String.valueOf(new OpenClBackendProvider().unavailableReason());
            }));
        }
        go.countDown();
        Map<String, Integer> seen = new TreeMap<>();
        for (Future<String> r : reasons) {
            seen.merge(r.get(), 1, Integer::sum);
        }
        pool.shutdown();
        System.out.println("reasons: " + seen);
    }
}
