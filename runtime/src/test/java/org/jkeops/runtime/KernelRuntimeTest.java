package org.jkeops.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KernelRuntimeTest {
    private static final KernelInfo SCALAR_ONLY = new KernelInfo("T.scalarOnly", Set.of(Backend.SCALAR));
    private static final KernelInfo ALL = new KernelInfo("T.all", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static BackendProvider provider(Backend b, String reason, boolean gpu) {
        return new BackendProvider() {
            @Override
            public Backend backend() {
                return b;
            }

            @Override
            public String unavailableReason() {
                return reason;
            }

            @Override
            public boolean isGpu() {
                return gpu;
            }
        };
    }

    @Test
    void scalarIsAlwaysAvailable() {
        try (KernelRuntime rt = KernelRuntime.builder().backend(Backend.SCALAR).strict(true).providers(List.of()).build()) {
            assertEquals(Backend.SCALAR, rt.select(SCALAR_ONLY));
            assertEquals(Backend.SCALAR, rt.select(ALL));
        }
    }

    @Test
    void strictRequestForMissingBackendThrowsWithReason() {
        KernelRuntime rt = KernelRuntime.builder().backend(Backend.SIMD).strict(true).providers(List.of()).build();
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class, () -> rt.select(SCALAR_ONLY));
        assertEquals(Backend.SIMD, e.requested());
        assertTrue(e.getMessage().contains("T.scalarOnly"), e.getMessage());
        assertTrue(e.getMessage().contains("no SIMD code was generated"), e.getMessage());
    }

    @Test
    void nonStrictRequestFallsBackToScalar() {
        KernelRuntime rt = KernelRuntime.builder().backend(Backend.OPENCL).providers(List.of()).build();
        assertEquals(Backend.SCALAR, rt.select(SCALAR_ONLY));
        assertEquals(Backend.SCALAR, rt.select(ALL));
    }

    @Test
    void unavailableProviderReasonIsReported() {
        KernelRuntime rt = KernelRuntime.builder().backend(Backend.OPENCL).strict(true)
                .providers(List.of(provider(Backend.OPENCL, "no OpenCL platform found", false))).build();
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class, () -> rt.select(ALL));
        assertTrue(e.getMessage().contains("no OpenCL platform found"), e.getMessage());
    }

    @Test
    void autoPrefersGpuOpenClThenSimdThenScalar() {
        KernelRuntime gpu = KernelRuntime.builder().providers(List.of(
                provider(Backend.OPENCL, null, true), provider(Backend.SIMD, null, false))).build();
        assertEquals(Backend.OPENCL, gpu.select(ALL));
        assertEquals(Backend.SCALAR, gpu.select(SCALAR_ONLY));

        KernelRuntime cpuOpenCl = KernelRuntime.builder().providers(List.of(
                provider(Backend.OPENCL, null, false), provider(Backend.SIMD, null, false))).build();
        assertEquals(Backend.SIMD, cpuOpenCl.select(ALL), "AUTO uses OpenCL only on a GPU");

        KernelRuntime none = KernelRuntime.builder().providers(List.of()).build();
        assertEquals(Backend.SCALAR, none.select(ALL));
    }

    @Test
    void explicitOpenClAcceptsCpuDevice() {
        KernelRuntime rt = KernelRuntime.builder().backend(Backend.OPENCL).strict(true)
                .providers(List.of(provider(Backend.OPENCL, null, false))).build();
        assertEquals(Backend.OPENCL, rt.select(ALL));
    }

    @Test
    void throwingProbeBecomesAReason() {
        BackendProvider broken = new BackendProvider() {
            @Override
            public Backend backend() {
                return Backend.SIMD;
            }

            @Override
            public String unavailableReason() {
                throw new UnsatisfiedLinkError("libfoo");
            }
        };
        KernelRuntime rt = KernelRuntime.builder().backend(Backend.SIMD).strict(true).providers(List.of(broken)).build();
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class, () -> rt.select(ALL));
        assertTrue(e.getMessage().contains("libfoo"), e.getMessage());
    }

    @Test
    void closedRuntimeRejectsCalls() {
        KernelRuntime rt = KernelRuntime.builder().providers(List.of()).build();
        rt.close();
        rt.close();
        assertThrows(IllegalStateException.class, () -> rt.select(SCALAR_ONLY));
    }

    /**
     * A call racing {@code close()}: close could shut the pool down between the call taking it and
     * handing it the rows, which failed with a bare RejectedExecutionException (about 1 race in
     * 1,000) instead of the closed runtime's message.
     */
    @Test
    void aCallRacingCloseFailsAsAClosedRuntime() throws Exception {
        for (int round = 0; round < 1500; round++) {
            KernelRuntime rt = KernelRuntime.builder().providers(List.of()).threads(2).firstCallAlone(false).build();
            AtomicInteger calls = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    while (true) {
                        rt.parallelFor(64, 1, (from, to) -> { });
                        calls.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            caller.start();
            while (calls.get() < 1 + round % 7) {
                Thread.onSpinWait();
            }
            rt.close();
            caller.join();
            Throwable t = failure.get();
            assertTrue(t instanceof IllegalStateException && "KernelRuntime is closed".equals(t.getMessage()),
                    "round " + round + ": " + t);
        }
    }

    @Test
    void systemPropertiesConfigureTheBuilder() {
        String[] keys = {"jkeops.backend", "jkeops.strict", "jkeops.threads", "jkeops.firstCallAlone"};
        String[] saved = new String[keys.length];
        for (int k = 0; k < keys.length; k++) {
            saved[k] = System.getProperty(keys[k]);
        }
        try {
            System.setProperty("jkeops.backend", "Simd");
            System.setProperty("jkeops.strict", "true");
            System.setProperty("jkeops.threads", "3");
            KernelRuntime rt = KernelRuntime.builder().fromSystemProperties().providers(List.of()).build();
            assertEquals(Backend.SIMD, rt.requestedBackend());
            assertTrue(rt.strict());
            assertEquals(3, rt.threads());

            System.setProperty("jkeops.backend", "gpu");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> KernelRuntime.builder().fromSystemProperties());
            assertTrue(e.getMessage().contains("jkeops.backend") && e.getMessage().contains("gpu"), e.getMessage());

            System.setProperty("jkeops.backend", "auto");
            System.setProperty("jkeops.threads", "two");
            e = assertThrows(IllegalArgumentException.class, () -> KernelRuntime.builder().fromSystemProperties());
            assertTrue(e.getMessage().contains("jkeops.threads"), e.getMessage());
            System.setProperty("jkeops.threads", "0"); // an integer out of range names the property too
            e = assertThrows(IllegalArgumentException.class, () -> KernelRuntime.builder().fromSystemProperties());
            assertTrue(e.getMessage().startsWith("system property jkeops.threads: threads must be between 1 and"),
                    e.getMessage());

            System.setProperty("jkeops.threads", "3");
            System.setProperty("jkeops.strict", "maybe");
            e = assertThrows(IllegalArgumentException.class, () -> KernelRuntime.builder().fromSystemProperties());
            assertTrue(e.getMessage().contains("jkeops.strict") && e.getMessage().contains("'maybe'"), e.getMessage());
            System.setProperty("jkeops.strict", " FALSE ");
            assertFalse(KernelRuntime.builder().fromSystemProperties().providers(List.of()).build().strict());

            System.clearProperty("jkeops.firstCallAlone");
            assertTrue(KernelRuntime.builder().fromSystemProperties().providers(List.of()).build().firstCallAlone(),
                    "first calls alone by default");
            System.setProperty("jkeops.firstCallAlone", "false");
            assertFalse(KernelRuntime.builder().fromSystemProperties().providers(List.of()).build().firstCallAlone());
            System.setProperty("jkeops.firstCallAlone", "yes");
            e = assertThrows(IllegalArgumentException.class, () -> KernelRuntime.builder().fromSystemProperties());
            assertTrue(e.getMessage().contains("jkeops.firstCallAlone") && e.getMessage().contains("'yes'"),
                    e.getMessage());
        } finally {
            for (int k = 0; k < keys.length; k++) {
                if (saved[k] == null) {
                    System.clearProperty(keys[k]);
                } else {
                    System.setProperty(keys[k], saved[k]);
                }
            }
        }
    }

    @Test
    void invalidThreadCountIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KernelRuntime.builder().threads(0));
        assertTrue(e.getMessage().contains("0"));
        for (int n : new int[] {-1, KernelRuntime.MAX_THREADS + 1, 100_000, 1 << 29, Integer.MAX_VALUE}) {
            e = assertThrows(IllegalArgumentException.class, () -> KernelRuntime.builder().threads(n));
            assertTrue(e.getMessage().contains(String.valueOf(n)) && e.getMessage().contains("between 1 and 4096"),
                    e.getMessage());
        }
        assertEquals(KernelRuntime.MAX_THREADS, KernelRuntime.builder().threads(KernelRuntime.MAX_THREADS)
                .providers(List.of()).build().threads());
    }

    @Test
    void kernelInfoRequiresScalarPath() {
        assertThrows(IllegalArgumentException.class, () -> new KernelInfo("T.x", Set.of(Backend.SIMD)));
    }

    /** An OpenCL GPU without double precision: float64 kernels go elsewhere, float32 ones to it. */
    @Test
    void float64KernelsSkipADeviceWithoutDoublePrecision() {
        BackendProvider noFp64 = new BackendProvider() {
            @Override
            public Backend backend() {
                return Backend.OPENCL;
            }

            @Override
            public String unavailableReason() {
                return null;
            }

            @Override
            public boolean isGpu() {
                return true;
            }

            @Override
            public boolean supportsDouble() {
                return false;
            }
        };
        KernelInfo f64 = new KernelInfo("T.f64", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL), true);
        try (KernelRuntime auto = KernelRuntime.builder().providers(List.of(noFp64)).build()) {
            assertEquals(Backend.OPENCL, auto.select(ALL));
            assertEquals(Backend.SCALAR, auto.select(f64));
        }
        try (KernelRuntime strict = KernelRuntime.builder().backend(Backend.OPENCL).strict(true)
                .providers(List.of(noFp64)).build()) {
            assertEquals(Backend.OPENCL, strict.select(ALL));
            BackendUnavailableException e = assertThrows(BackendUnavailableException.class, () -> strict.select(f64));
            assertTrue(e.getMessage().contains("T.f64") && e.getMessage().contains("double precision"), e.getMessage());
        }
    }

    @Test
    void toStringSaysWhichProbedBackendsAreUsable() {
        try (KernelRuntime rt = KernelRuntime.builder().threads(2).providers(List.of(
                provider(Backend.OPENCL, "no OpenCL platform found", false), provider(Backend.SIMD, null, false))).build()) {
            assertEquals("KernelRuntime[backend=AUTO, threads=2, strict=false, usable=[SCALAR], not probed yet=[SIMD, OPENCL]]",
                    rt.toString());
            assertEquals(Backend.SIMD, rt.select(ALL));
            assertEquals("KernelRuntime[backend=AUTO, threads=2, strict=false, usable=[SIMD, SCALAR], "
                    + "unavailable={OPENCL=no OpenCL platform found}]", rt.toString());
        }
    }

    @Test
    void autoWarnsOnceWhenAFixableSettingDisablesABackend() {
        BackendProvider misconfigured = new BackendProvider() {
            @Override
            public Backend backend() {
                return Backend.SIMD;
            }

            @Override
            public String unavailableReason() {
                return "the module jdk.incubator.vector is not readable: start the JVM with --add-modules jdk.incubator.vector";
            }

            @Override
            public boolean unavailableByConfiguration() {
                return true;
            }
        };
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger("org.jkeops");
        List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean parents = jul.getUseParentHandlers();
        jul.addHandler(capture);
        jul.setUseParentHandlers(false);
        try (KernelRuntime rt = KernelRuntime.builder().providers(List.of(misconfigured, provider(Backend.OPENCL, "none", false))).build()) {
            assertEquals(Backend.SCALAR, rt.select(ALL));
            assertEquals(Backend.SCALAR, rt.select(ALL));
        } finally {
            jul.removeHandler(capture);
            jul.setUseParentHandlers(parents);
        }
        List<String> warnings = records.stream().filter(r -> r.getLevel() == java.util.logging.Level.WARNING)
                .map(java.util.logging.LogRecord::getMessage).toList();
        assertEquals(List.of("the SIMD backend cannot run: the module jdk.incubator.vector is not readable: start the JVM "
                + "with --add-modules jdk.incubator.vector; kernels run on a slower backend until this is fixed"), warnings,
                "one warning for the fixable SIMD setting, none for the missing OpenCL platform");
    }

    @Test
    void workerThreadsHaveDistinctNames() throws Exception {
        // firstCallAlone off: a first call would run its first rows on this (non-worker) thread
        KernelRuntime rt = KernelRuntime.builder().threads(3).firstCallAlone(false).providers(List.of()).build();
        java.util.Map<Thread, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            rt.parallelFor(24, 1, (r0, r1) -> {
                names.put(Thread.currentThread(), Thread.currentThread().getName());
                try {
                    Thread.sleep(20); // long enough that the pool starts more than one worker
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        } finally {
            rt.close();
        }
        assertTrue(names.size() > 1, "the chunks ran on " + names.size() + " worker(s): " + names.values());
        for (String name : names.values()) {
            assertTrue(name.matches("jkeops-worker-\\d+"), name);
        }
        assertEquals(names.size(), Set.copyOf(names.values()).size(), "worker names repeat: " + names.values());
    }

    /** A RowTask class of its own, so that its first call is this test's. */
    private static class Recorder implements RowTask {
        final java.util.concurrent.atomic.AtomicIntegerArray runs;
        final Thread[] by;

        Recorder(int count) {
            runs = new java.util.concurrent.atomic.AtomicIntegerArray(count);
            by = new Thread[count];
        }

        @Override
        public void run(int start, int end) {
            for (int r = start; r < end; r++) {
                runs.incrementAndGet(r);
                by[r] = Thread.currentThread();
            }
        }
    }

    @Test
    void aTasksFirstCallRunsItsFirstRowsOnTheCallingThreadAndEveryRowOnce() {
        int count = 1000;
        Recorder first = new Recorder(count);
        Recorder second = new Recorder(count);
        try (KernelRuntime rt = KernelRuntime.builder().threads(2).providers(List.of()).build()) {
            rt.parallelFor(count, 1, first);
            rt.parallelFor(count, 1, second);
        }
        for (int r = 0; r < count; r++) {
            assertEquals(1, first.runs.get(r), "first call, row " + r);
            assertEquals(1, second.runs.get(r), "second call, row " + r);
        }
        assertEquals(Thread.currentThread(), first.by[0], "row 0 of the first call");
        assertEquals(Thread.currentThread(), first.by[1], "row 1 of the first call (the second piece)");
        long alone = java.util.Arrays.stream(first.by).filter(t -> t == Thread.currentThread()).count();
        assertTrue(alone <= count / 4 + 1, alone + " rows on the calling thread: at most a quarter run alone");
    }

    @Test
    void withFirstCallAloneOffTheFirstCallGoesStraightToTheWorkers() {
        int count = 1000;
        Recorder task = new Recorder(count) {
        };
        try (KernelRuntime rt = KernelRuntime.builder().threads(2).firstCallAlone(false).providers(List.of()).build()) {
            rt.parallelFor(count, 1, task);
        }
        for (int r = 0; r < count; r++) {
            assertEquals(1, task.runs.get(r), "row " + r);
        }
        assertTrue(java.util.Arrays.stream(task.by).anyMatch(t -> t instanceof java.util.concurrent.ForkJoinWorkerThread),
                "some rows ran on the workers");
    }
}
