package org.jkeops.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jkeops.cpu.SimdSupport;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.BackendUnavailableException;
import org.jkeops.runtime.KernelInfo;
import org.jkeops.runtime.KernelRuntime;

/**
 * The backends the differential suite runs on. Every parameterized test takes its list from
 * {@link #underTest()}, so a backend added there (OpenCL, later) runs the whole suite.
 *
 * <p>Today: SCALAR always; OpenCL when a device is usable (PoCL on the CPU in CI, where
 * {@code JKEOPS_REQUIRE_OPENCL} makes its absence an error); SIMD when this JVM can run it (the probe of jkeops-vector-cpu), at the
 * platform's preferred vector width and every narrower one down to 128 bits (the same emitter
 * code with other lane counts), with 2 threads so the parallel split over rows is exercised.
 * {@code -Djkeops.it.simdBits=128,256,512} chooses the widths instead (a width wider than the
 * hardware's runs correctly but slowly); {@code -Djkeops.it.backends=scalar} (or {@code simd})
 * restricts the list.
 */
public final class Backends {
    private static final Map<Target, KernelRuntime> RUNTIMES = new ConcurrentHashMap<>();
    private static final List<Target> UNDER_TEST = compute();

    private Backends() {
    }

    /**
     * One configuration under test: a backend and, for SIMD, the vector width in bits and the
     * worker threads.
     */
    public record Target(Backend backend, int vectorBits, int threads) {
        @Override
        public String toString() {
            return backend == Backend.SIMD ? "SIMD-" + vectorBits + "bit-" + threads + "t" : backend.toString();
        }
    }

    /** The configurations every correctness test is run on. */
    public static List<Target> underTest() {
        return UNDER_TEST;
    }

    /** Every configuration under test with each precision: arguments (Target, Prec) of parameterized tests. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> withPrecisions() {
        List<org.junit.jupiter.params.provider.Arguments> all = new ArrayList<>();
        for (Target b : UNDER_TEST) {
            for (TestData.Prec p : TestData.Prec.values()) {
                all.add(org.junit.jupiter.params.provider.Arguments.of(b, p));
            }
        }
        return all.stream();
    }

    private static List<Target> compute() {
        String only = System.getProperty("jkeops.it.backends", "").trim().toLowerCase(java.util.Locale.ROOT);
        List<Target> targets = new ArrayList<>();
        if (only.isEmpty() || only.contains("scalar")) {
            targets.add(new Target(Backend.SCALAR, 0, 1));
        }
        if ((only.isEmpty() || only.contains("simd")) && available(Backend.SIMD)) {
            String bits = System.getProperty("jkeops.it.simdBits", "").trim();
            if (bits.isEmpty()) {
                int preferred = SimdSupport.preferredBits();
                for (int w = Math.min(preferred, 512); w >= 128; w /= 2) {
                    targets.add(new Target(Backend.SIMD, w, 2));
                }
            } else {
                for (String w : bits.split(",")) {
                    targets.add(new Target(Backend.SIMD, Integer.parseInt(w.trim()), 2));
                }
            }
        }
        if (only.isEmpty() || only.contains("opencl")) {
            if (available(Backend.OPENCL)) {
                targets.add(new Target(Backend.OPENCL, 0, 1));
            } else if (System.getenv("JKEOPS_REQUIRE_OPENCL") != null) {
                // CI installs PoCL: a missing OpenCL device there is a failure, not a skip.
                throw new IllegalStateException("JKEOPS_REQUIRE_OPENCL is set but OpenCL is unavailable: "
                        + KernelRuntime.builder().build());
            }
        }
        System.out.println("jkeops differential suite: backends under test " + targets);
        return List.copyOf(targets);
    }

    /** Whether a strict runtime would run a kernel that has code for this backend. */
    static boolean available(Backend backend) {
        KernelRuntime probe = KernelRuntime.builder().backend(backend).strict(true).build();
        try {
            return probe.select(new KernelInfo("Backends.probe", Set.of(Backend.SCALAR, backend))) == backend;
        } catch (BackendUnavailableException e) {
            return false;
        } finally {
            probe.close();
        }
    }

    /** A strict runtime for one configuration: a backend that cannot run a kernel fails the test. */
    public static KernelRuntime runtime(Target t) {
        return RUNTIMES.computeIfAbsent(t, x -> KernelRuntime.builder().backend(x.backend()).strict(true)
                .threads(x.threads()).vectorBits(x.vectorBits()).build());
    }
}
