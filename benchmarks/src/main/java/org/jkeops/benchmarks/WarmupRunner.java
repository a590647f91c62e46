package org.jkeops.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jkeops.runtime.KernelRuntime;

/**
 * First call and steady state: the time of calls 1, 5, 20 and 100 of the main kernels, each
 * kernel's first call being the first of its generated code in this JVM (the JIT compiles it
 * while it runs). A kernel whose late calls are slower than its early ones has a JIT problem
 * (deoptimization, profile pollution), which a best-of-N benchmark would hide.
 *
 * <p>Run: {@code mvn -B -DskipTests -Pbench package -Dbench.main=org.jkeops.benchmarks.WarmupRunner}
 * (arguments, through {@code -Dbench.args="n calls word"}: default 20000 and 100, a word keeps
 * the kernels whose name contains it, e.g. {@code knn}).
 */
public final class WarmupRunner {
    private static final int[] REPORTED = {1, 2, 5, 20, 100};

    private WarmupRunner() {
    }

    public static void main(String[] args) {
        // -Dbench.args="100000 20 knn": numbers are n and calls, a word keeps the kernels whose
        // name contains it; flags (the bench profile's --standard) are ignored.
        List<String> words = java.util.Arrays.stream(String.join(" ", args).trim().split("\\s+"))
                .filter(a -> !a.isEmpty() && !a.startsWith("-")).toList();
        List<Integer> numbers = words.stream().filter(a -> a.matches("\\d+")).map(Integer::valueOf).toList();
        List<String> only = words.stream().filter(a -> !a.matches("\\d+")).map(a -> a.toLowerCase(Locale.ROOT)).toList();
        int n = numbers.size() > 0 ? numbers.get(0) : 20_000;
        int calls = numbers.size() > 1 ? numbers.get(1) : 100;
        SplittableRandom rnd = new SplittableRandom(42);
        float[] x = uniform(rnd, n * 3);
        float[] y = uniform(rnd, n * 3);
        float[] b = uniform(rnd, n);
        BenchKernels k = new BenchKernelsImpl();
        System.out.printf(Locale.ROOT, "%s, %d cores, preferred vector %d bits, %s %s%n", cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize(),
                System.getProperty("java.vm.name"), Runtime.version());
        System.out.printf(Locale.ROOT, "M = N = %d, D = 3, %d calls per kernel, %s%n", n, calls, KernelRuntime.shared());
        List<String> lines = new ArrayList<>();
        java.util.Map<String, Supplier<Object>> kernels = new java.util.LinkedHashMap<>();
        kernels.put("Gaussian conv", () -> k.gauss3(x, y, b, 0.5f));
        kernels.put("kNN k = 10 (ARG_K_MIN)", () -> k.knn(x, y));
        kernels.put("LOG_SUM_EXP", () -> k.softMin(x, y, b, 0.5f));
        kernels.put("ARG_MIN", () -> k.nearest(x, y));
        kernels.forEach((name, call) -> {
            if (only.isEmpty() || only.stream().anyMatch(w -> name.toLowerCase(Locale.ROOT).contains(w))) {
                lines.add(row(name, calls, call));
            }
        });
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-24s", "kernel (seconds per call)"));
        for (int c : REPORTED) {
            if (c <= calls) {
                head.append(String.format(Locale.ROOT, " %9s", "call " + c));
            }
        }
        head.append(String.format(Locale.ROOT, " %9s %9s", "best", "last/best"));
        System.out.println(head);
        lines.forEach(System.out::println);
    }

    private static String row(String name, int calls, Supplier<Object> call) {
        double[] t = new double[calls];
        for (int c = 0; c < calls; c++) {
            long t0 = System.nanoTime();
            sink = call.get();
            t[c] = (System.nanoTime() - t0) * 1e-9;
        }
        double best = Double.MAX_VALUE;
        for (double v : t) {
            best = Math.min(best, v);
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-24s", name));
        for (int c : REPORTED) {
            if (c <= calls) {
                s.append(String.format(Locale.ROOT, " %9.4f", t[c - 1]));
            }
        }
        s.append(String.format(Locale.ROOT, " %9.4f %9.2f", best, t[calls - 1] / best));
        return s.toString();
    }

    private static volatile Object sink;

    /** The CPU's model name from /proc/cpuinfo (shared by the benchmark mains). */
    static String cpuModel() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }

    private static float[] uniform(SplittableRandom rnd, int len) {
        float[] a = new float[len];
        for (int i = 0; i < len; i++) {
            a[i] = (float) rnd.nextDouble();
        }
        return a;
    }
}
