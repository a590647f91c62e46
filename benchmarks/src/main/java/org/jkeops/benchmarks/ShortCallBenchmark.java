package org.jkeops.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jkeops.cpu.SimdSupport;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelRuntime;

/**
 * Calls of a few hundred rows against 4,000 (a query batch against a small database), D = 128,
 * one thread, SIMD against scalar ({@link ShortCallKernels}): pairs per second, best of calls 20
 * to 40, when the JIT has compiled what it will. Short calls show what a long benchmark hides: a
 * method C2 refuses still runs fast inside one long call through on-stack replacement, and runs
 * interpreted in short ones.
 */
public final class ShortCallBenchmark {
    private static final int M = 200;
    private static final int N = 4000;
    private static final int D = 128;

    private ShortCallBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "%s, %s, SIMD %s bits; M = %d, N = %d, D = %d, 1 thread%n", WarmupRunner.cpuModel(),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                SimdSupport.unavailableReason() == null ? SimdSupport.preferredBits() : "unavailable", M, N, D);
        SplittableRandom rnd = new SplittableRandom(1);
        float[] x = uniform(rnd, M * D);
        float[] y = uniform(rnd, N * D);
        float[] b = uniform(rnd, N);
        float g = 1f / 32;
        String[] names = {"kNN ARG_K_MIN k=5", "cosine kNN (database norms)", "Gaussian by the norm trick"};
        double[][] best = new double[2][names.length];
        Backend[] backends = {Backend.SCALAR, Backend.SIMD};
        for (int bk = 0; bk < 2; bk++) {
            try (KernelRuntime rt = KernelRuntime.builder().backend(backends[bk]).threads(1).strict(true).build()) {
                ShortCallKernels k = new ShortCallKernelsImpl(rt);
                List<Supplier<Object>> calls = List.of(() -> k.knn(x, y), () -> k.cosineKnn(x, y),
                        () -> k.gaussNormTrick(x, y, b, g));
                for (int c = 0; c < calls.size(); c++) {
                    best[bk][c] = Double.MAX_VALUE;
                    for (int rep = 0; rep < 40; rep++) {
                        long t0 = System.nanoTime();
                        Object out = calls.get(c).get();
                        double s = (System.nanoTime() - t0) * 1e-9;
                        if (out == null) {
                            throw new IllegalStateException(names[c] + " returned null");
                        }
                        if (rep >= 20) {
                            best[bk][c] = Math.min(best[bk][c], s);
                        }
                    }
                }
            }
        }
        System.out.println("| kernel | scalar pairs/s | SIMD pairs/s | SIMD / scalar |");
        System.out.println("|---|---|---|---|");
        for (int c = 0; c < names.length; c++) {
            double pairs = (double) M * N;
            System.out.printf(Locale.ROOT, "| %s | %.3g | %.3g | %.2f |%n", names[c], pairs / best[0][c], pairs / best[1][c],
                    best[0][c] / best[1][c]);
        }
    }

    private static float[] uniform(SplittableRandom rnd, int n) {
        float[] a = new float[n];
        for (int q = 0; q < n; q++) {
            a[q] = (float) rnd.nextDouble(-0.5, 0.5);
        }
        return a;
    }
}
