package org.jkeops.spark.bench;

import org.jkeops.runtime.KernelRuntime;
import org.jkeops.spark.example.PointKernelsImpl;

/**
 * Why the ARG_K_MIN kernel's throughput varies between runs: the same kNN call (K = 10, fixed
 * data) repeated in one JVM, each call's wall time beside the process's CPU time, so that a slow
 * call with a proportional CPU time (the code is slow: JIT) tells from one whose CPU time stayed
 * put (the cores were taken: load). Run with {@code -XX:+PrintCompilation} to see the kernel's
 * compilations between calls.
 *
 * <p>{@code --rows M} (default 20000), {@code --cols N} (default 200000), {@code --threads T}
 * (default 1), {@code --reps R} (default 8), {@code --data uniform|sorted} (sorted: y in
 * increasing x, so that most candidates enter the K-list).
 */
public final class KnnVarianceProbe {
    private KnnVarianceProbe() {
    }

    public static void main(String[] args) {
        int m = 20_000;
        int n = 200_000;
        int threads = 1;
        int reps = 8;
        String data = "uniform";
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--rows" -> m = Integer.parseInt(args[++a]);
                case "--cols" -> n = Integer.parseInt(args[++a]);
                case "--threads" -> threads = Integer.parseInt(args[++a]);
                case "--reps" -> reps = Integer.parseInt(args[++a]);
                case "--data" -> data = args[++a];
                default -> throw new IllegalArgumentException("unknown argument " + args[a]);
            }
        }
        float[] y = SparkOverheadBench.random(3 * n, 2);
        if (data.equals("sorted")) {
            for (int j = 0; j < n; j++) {
                y[3 * j] = (float) j / n;
            }
        }
        float[] q = SparkOverheadBench.random(3 * m, 4);
        com.sun.management.OperatingSystemMXBean os = SparkOverheadBench.OS;
        try (KernelRuntime rt = KernelRuntime.builder().fromSystemProperties().threads(threads).build()) {
            PointKernelsImpl single = new PointKernelsImpl(rt);
            System.out.printf("kNN K=10 M=%d N=%d threads=%d data=%s runtime %s%n", m, n, threads, data, rt);
            double pairs = (double) m * n;
            for (int r = 0; r < reps; r++) {
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                int[] ix = single.knn10(q, y);
                long t1 = System.nanoTime();
                long c1 = os.getProcessCpuTime();
                double wall = (t1 - t0) / 1e9;
                double cpu = (c1 - c0) / 1e9;
                System.out.printf("call %d: %.2f s wall %.3g pairs/s | %.2f s CPU %.3g pairs/CPU-s per thread | first %d%n",
                        r, wall, pairs / wall, cpu, pairs / cpu, ix[0]);
            }
        }
    }
}
