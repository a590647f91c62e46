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
 * (arguments: {@code [n] [calls]}, default 20000 and 100).
 */
public final class WarmupRunner {
    private static final int[] REPORTED = {1, 2, 5, 20, 100};

    private WarmupRunner() {
    }

    public static void main(String[] args) {
        // Numbers only: the bench profile passes its --standard flag to every main.
        List<Integer> numbers = java.util.Arrays.stream(args).filter(a -> a.matches("\\d+")).map(Integer::valueOf).toList();
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
        lines.add(row("Gaussian conv", calls, () -> k.gauss3(x, y, b, 0.5f)));
        lines.add(row("kNN k = 10 (ARG_K_MIN)", calls, () -> k.knn(x, y)));
        lines.add(row("LOG_SUM_EXP", calls, () -> k.softMin(x, y, b, 0.5f)));
        lines.add(row("ARG_MIN", calls, () -> k.nearest(x, y)));
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

    private static String cpuModel() {
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
