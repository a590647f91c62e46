package org.jkeops.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jkeops.cluster.KnnRanges;
import org.jkeops.runtime.FloatArgResult;
import org.jkeops.runtime.KernelRuntime;

/**
 * Exact low-dimensional kNN through {@link KnnRanges} (issue 15 item 5) against brute force and
 * SciPy's cKDTree, measured in the same run: k = 10 neighbours of every point of a uniform cube and
 * of the tutorial's Swiss roll, D = 3. Times are the best of 10 calls (after at least 5 warm-up
 * calls and 1.5 s of them) in each of 3 rounds, the best over the rounds (the pattern's
 * construction is timed on its own and counted in the total); cKDTree's build and query
 * (all cores) run in a python3 child process on the same points, when python3 with SciPy is there.
 *
 * <p>Run: {@code mvn -B -DskipTests -Pbench package -Dbench.main=org.jkeops.benchmarks.KnnRangesBenchmark
 * -Dbench.args=100000} (the number of points; default 10^5; {@code cell=S} fixes the cell side;
 * {@code rounds=R} sets the rounds, each one pattern, kernel and cKDTree measurement).
 */
public final class KnnRangesBenchmark {
    private static final int K = 10;
    private static final int WARMUP_CALLS = 5;
    private static final double WARMUP_SECONDS = 1.5;

    private KnnRangesBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int n = java.util.Arrays.stream(args).filter(a -> a.matches("\\d+")).map(Integer::valueOf).findFirst().orElse(100_000);
        // cell=S: cells of side S instead of the automatic ones (to measure the trade-off).
        double cell = java.util.Arrays.stream(args).filter(a -> a.startsWith("cell=")).mapToDouble(a -> Double.parseDouble(a.substring(5)))
                .findFirst().orElse(Double.NaN);
        // rounds=R: rounds of (pattern, kernel, cKDTree) measurements, best of each over the rounds.
        int rounds = java.util.Arrays.stream(args).filter(a -> a.startsWith("rounds=")).mapToInt(a -> Integer.parseInt(a.substring(7)))
                .findFirst().orElse(3);
        KnnBenchKernels kernels = new KnnBenchKernelsImpl();
        System.out.printf(Locale.ROOT, "%s, %d cores, preferred vector %d bits, %s%n", WarmupRunner.cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize(), KernelRuntime.shared());
        System.out.printf(Locale.ROOT, "kNN k = %d, D = 3, N = %d; load: %s%n", K, n, load());
        System.out.printf(Locale.ROOT, "%-8s %9s %9s %9s %11s %9s %12s %9s%n", "cloud", "ranges s", "kernel s", "total s",
                "kept/point", "dense s", "cKDTree s", "vs tree");
        for (String cloud : new String[] {"uniform", "roll"}) {
            float[] x = cloud.equals("roll") ? SwissRoll.points(n) : uniform(n);
            Supplier<KnnRanges> pattern = () -> Double.isNaN(cell) ? KnnRanges.of(x, 3, K) : KnnRanges.of(x, 3, K, cell);
            KnnRanges kr = pattern.get();
            float[] p = kr.points();
            FloatArgResult result = kernels.knn(p, p, kr.ranges());
            double dense = n <= 200_000 ? best(2, 1, 0, () -> kernels.knn(p, p, null)) : Double.NaN;
            // Rounds of (pattern, kernel, cKDTree), best of each over the rounds: on a shared
            // machine each side gets the same chances at a quiet moment.
            double build = Double.MAX_VALUE;
            double sparse = Double.MAX_VALUE;
            double tree = Double.NaN;
            for (int round = 0; round < rounds; round++) {
                int warmups = round == 0 ? WARMUP_CALLS : 1;
                double seconds = round == 0 ? WARMUP_SECONDS : 0;
                build = Math.min(build, best(10, warmups, seconds, pattern::get));
                sparse = Math.min(sparse, best(10, warmups, seconds, () -> kernels.knn(p, p, kr.ranges())));
                double t = ckdtree(x, n, result, round == 0);
                tree = round == 0 || Double.isNaN(tree) ? t : Math.min(tree, t);
            }
            double total = build + sparse;
            System.out.printf(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f %11.1f %9.3f %12s %9s%n", cloud, build, sparse, total,
                    (double) kr.keptPairs() / n, dense, Double.isNaN(tree) ? "not measured" : String.format(Locale.ROOT, "%.4f", tree),
                    Double.isNaN(tree) ? "-" : String.format(Locale.ROOT, "%.2fx", tree / total));
        }
        System.out.printf(Locale.ROOT, "load after: %s%n", load());
    }

    /**
     * cKDTree build + query (best of 3), or NaN when python3 with SciPy is missing; with {@code
     * report}, prints its line and checks that the k-th distances agree.
     */
    private static double ckdtree(float[] x, int n, FloatArgResult ours, boolean report) throws IOException, InterruptedException {
        Path file = Files.createTempFile("jkeops-knn-", ".f32");
        try {
            ByteBuffer bytes = ByteBuffer.allocate(4 * x.length).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(x);
            Files.write(file, bytes.array());
            Process py = new ProcessBuilder("python3", script(),
                    file.toString(), "--k", String.valueOf(K)).redirectErrorStream(true).start();
            String line = null;
            String last = "";
            try (BufferedReader r = new BufferedReader(new InputStreamReader(py.getInputStream()))) {
                for (String l; (l = r.readLine()) != null; ) {
                    last = l;
                    if (l.startsWith("ckdtree ")) {
                        line = l;
                    }
                }
            }
            if (py.waitFor() != 0 || line == null) {
                System.out.println("  cKDTree not measured: " + last);
                return Double.NaN;
            }
            if (!report) {
                return Double.parseDouble(field(line, "total"));
            }
            double kthSum = 0;
            for (int i = 0; i < n; i++) {
                kthSum += ours.values()[i * K + K - 1];
            }
            double theirs = Double.parseDouble(field(line, "kth_sum"));
            System.out.printf(Locale.ROOT, "  %s%n  sum of k-th squared distances: jkeops %.6e, cKDTree %.6e (relative %.1e)%n",
                    line, kthSum, theirs, Math.abs(kthSum - theirs) / theirs);
            return Double.parseDouble(field(line, "total"));
        } catch (IOException e) {
            System.out.println("  cKDTree not measured: " + e.getMessage());
            return Double.NaN;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The script beside this module, from the module's folder (Maven's exec) or the repository root. */
    private static String script() {
        Path here = Path.of("scripts/knn_ckdtree.py");
        return (Files.exists(here) ? here : Path.of("benchmarks/scripts/knn_ckdtree.py")).toAbsolutePath().toString();
    }

    private static String field(String line, String name) {
        for (String part : line.split("\\s+")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        throw new IllegalStateException("no " + name + " in: " + line);
    }

    /** Best of {@code calls} timed calls after warm-up calls (at least WARMUP_CALLS and WARMUP_SECONDS, so the JIT has compiled the path). */
    private static double best(int calls, Supplier<Object> call) {
        return best(calls, WARMUP_CALLS, WARMUP_SECONDS, call);
    }

    private static double best(int calls, int warmups, double warmupSeconds, Supplier<Object> call) {
        long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        for (int w = 0; w < warmups || System.nanoTime() < warmEnd; w++) {
            sink = call.get();
        }
        double best = Double.MAX_VALUE;
        for (int c = 0; c < calls; c++) {
            long t0 = System.nanoTime();
            sink = call.get();
            best = Math.min(best, (System.nanoTime() - t0) * 1e-9);
        }
        return best;
    }

    private static volatile Object sink;

    private static float[] uniform(int n) {
        SplittableRandom rnd = new SplittableRandom(42);
        float[] x = new float[3 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rnd.nextDouble();
        }
        return x;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
