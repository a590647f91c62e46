package org.jkeops.spark.bench;

import java.util.Random;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.spark.Scheme;
import org.jkeops.spark.SparkKernels;
import org.jkeops.spark.SparkSessions;
import org.jkeops.spark.example.PointKernelsImpl;
import org.jkeops.spark.example.PointKernelsMethods;

/**
 * The overhead of Spark in local mode: the same generated kernels called in one JVM (SIMD
 * backend, one worker per core) and through {@link SparkKernels} on {@code local[C]} (a task per
 * core, each kernel on one thread), in the same run, alternately, best of {@code --reps}. Prints
 * pairs/s of both and their ratio, by wall time and by the process's CPU time (in local mode
 * Spark's tasks run in this JVM too): on a loaded machine the wall time also counts the time the
 * other processes took the cores, the CPU time does not.
 *
 * <p>{@code --size N} (M = N, default 200000), {@code --knn-queries M} (kNN rows, default N),
 * {@code --cores C} (default 2), {@code --reps R} (default 2), {@code --tiles} to add the TILES
 * scheme for the convolution, {@code --partitions P} (ROWS row blocks), {@code --knn-only}.
 */
public final class SparkOverheadBench {
    private SparkOverheadBench() {
    }

    public static void main(String[] args) {
        int n = 200_000;
        int knnRows = -1;
        int cores = 2;
        int reps = 2;
        boolean tiles = false;
        boolean runConv = true;
        int partitions = 0;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--size" -> n = Integer.parseInt(args[++a]);
                case "--knn-queries" -> knnRows = Integer.parseInt(args[++a]);
                case "--cores" -> cores = Integer.parseInt(args[++a]);
                case "--reps" -> reps = Integer.parseInt(args[++a]);
                case "--tiles" -> tiles = true;
                case "--knn-only" -> runConv = false;
                case "--partitions" -> partitions = Integer.parseInt(args[++a]);
                default -> throw new IllegalArgumentException("unknown argument " + args[a]);
            }
        }
        int m = knnRows > 0 ? knnRows : n;
        float[] x = random(3 * n, 1);
        float[] y = random(3 * n, 2);
        float[] b = random(n, 3);
        float[] q = java.util.Arrays.copyOf(random(3 * n, 4), 3 * m);
        float g = 2f;
        SparkSession spark = SparkSessions.create("jkeops spark bench", "local[" + cores + "]", 2 * cores);
        try (KernelRuntime rt = KernelRuntime.builder().fromSystemProperties().threads(cores).build()) {
            PointKernelsImpl single = new PointKernelsImpl(rt);
            SparkKernels sk = partitions > 0 ? SparkKernels.on(spark).partitions(partitions) : SparkKernels.on(spark);
            SparkKernels skTiles = sk.scheme(Scheme.TILES).tiles(ceil(n, 2 * cores), ceil(n, 2));
            // warm-up: JIT of the kernels in this JVM (tasks run in it too in local mode) and Spark's first job
            float[] xs = java.util.Arrays.copyOf(x, 3 * 2000);
            single.gaussConv(xs, y, b, g);
            sk.call(PointKernelsMethods.GAUSS_CONV, xs, y, b, g);
            single.knn10(xs, y);
            sk.call(PointKernelsMethods.KNN10, xs, y);
            System.out.printf("Spark %s, %d cores, JVM %s, SIMD runtime %s%n", spark.version(), cores,
                    System.getProperty("java.version"), rt);
            double pairsConv = (double) n * n;
            double[] conv = !runConv ? null : best(reps, () -> single.gaussConv(x, y, b, g), () -> sk.call(PointKernelsMethods.GAUSS_CONV, x, y, b, g));
            if (conv != null) {
                report("Gaussian conv D=3 M=N=" + n + " (ROWS, " + sk.rowPartitions() + " row blocks)", pairsConv, conv);
            }
            if (tiles) {
                double[] convT = best(reps, () -> single.gaussConv(x, y, b, g),
                        () -> skTiles.call(PointKernelsMethods.GAUSS_CONV, x, y, b, g));
                report("Gaussian conv D=3 M=N=" + n + " (TILES " + ceil(n, 2 * cores) + " x " + ceil(n, 2) + ")", pairsConv, convT);
            }
            double[] knn = best(reps, () -> single.knn10(q, y), () -> sk.call(PointKernelsMethods.KNN10, q, y));
            report("kNN K=10 D=3 M=" + m + " N=" + n + " (ROWS, " + sk.rowPartitions() + " row blocks)", (double) m * n, knn);
        } finally {
            spark.stop();
        }
    }

    private static int ceil(int a, int b) {
        return (a + b - 1) / b;
    }

    /**
     * Best seconds of the single-JVM call and of the Spark call, run alternately: wall times
     * {@code [0]}, {@code [1]}, and the process's CPU seconds {@code [2]}, {@code [3]} (each the
     * least over the reps).
     */
    private static double[] best(int reps, Supplier<Object> single, Supplier<Object> spark) {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int r = 0; r < reps; r++) {
            long c0 = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            single.get();
            long t1 = System.nanoTime();
            long c1 = OS.getProcessCpuTime();
            spark.get();
            long t2 = System.nanoTime();
            long c2 = OS.getProcessCpuTime();
            best[0] = Math.min(best[0], (t1 - t0) / 1e9);
            best[1] = Math.min(best[1], (t2 - t1) / 1e9);
            best[2] = Math.min(best[2], (c1 - c0) / 1e9);
            best[3] = Math.min(best[3], (c2 - c1) / 1e9);
        }
        return best;
    }

    /** The process's CPU time (this package's benches). */
    static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private static void report(String what, double pairs, double[] t) {
        System.out.printf("%-48s single JVM %7.2f s %9.3g pairs/s | Spark %7.2f s %9.3g pairs/s | ratio %.2f%n", what,
                t[0], pairs / t[0], t[1], pairs / t[1], t[0] / t[1]);
        System.out.printf("%-48s single JVM %7.2f CPU-s %9.3g pairs/CPU-s | Spark %7.2f CPU-s %9.3g pairs/CPU-s | ratio %.2f%n",
                "  the same by CPU time", t[2], pairs / t[2], t[3], pairs / t[3], t[2] / t[3]);
    }

    /** Uniform floats in [0, 1) from {@code seed}: the data of this package's benches (KnnVarianceProbe too). */
    static float[] random(int length, long seed) {
        Random rnd = new Random(seed);
        float[] a = new float[length];
        for (int i = 0; i < length; i++) {
            a[i] = rnd.nextFloat();
        }
        return a;
    }
}
