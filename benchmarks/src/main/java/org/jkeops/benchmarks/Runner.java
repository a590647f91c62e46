package org.jkeops.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jkeops.cpu.SimdSupport;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelRuntime;

/**
 * Prints one table of throughputs (pairs per second, M·N / time) for the benchmark kernels on the
 * scalar path, SIMD on one thread, SIMD on all threads, OpenCL on the runtime's device when one
 * is usable (PoCL on a CPU here: a correctness path, not a target), and (Gaussian convolutions)
 * the hand-written C baseline compiled with gcc in the same run, with the ratios that matter; then,
 * where the CPU has AVX-512, the Gaussian D = 3 against a hand-written intrinsics C loop.
 *
 * <p>Each measurement is the best of repeated calls after a warm-up, over a row subset sized so
 * a call takes a fraction of a second (throughput per pair does not depend on M once M is large
 * compared with threads × register block); the "rows" column says how many rows were measured.
 * {@code --full} measures all M rows; {@code --quick} only the 10^4 sizes, without the
 * high-dimensional rows ({@link HighDimBenchmark}); {@code --highdim} only those;
 * {@code --intrinsics} only the comparison with the AVX-512 intrinsics loop.
 *
 * <p>Run: {@code mvn -B -q -DskipTests -Pbench package} (see the README).
 */
public final class Runner {
    private static final int THREADS = Runtime.getRuntime().availableProcessors();

    private Runner() {
    }

    private record Row(String kernel, int m, int n, int rows, double scalar, double simd1, double simdN,
            double nativeN, double openCl) {
    }

    /** Why OpenCL cannot be measured here, or null. */
    private static String openClUnavailable() {
        try (KernelRuntime rt = KernelRuntime.builder().backend(Backend.OPENCL).strict(true).build()) {
            rt.select(new org.jkeops.runtime.KernelInfo("probe", java.util.Set.of(Backend.SCALAR, Backend.OPENCL)));
            System.out.println("OpenCL device: " + rt.device(Backend.OPENCL).describe());
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    private static String openClReason;

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick") || List.of(args).contains("QUICK");
        boolean full = List.of(args).contains("--full") || List.of(args).contains("FULL");
        boolean highDimOnly = List.of(args).contains("--highdim") || List.of(args).contains("HIGHDIM");
        System.out.printf(Locale.ROOT, "jkeops benchmark runner: %d threads, %s, SIMD %s (preferred %s bits)%n",
                THREADS, System.getProperty("java.vm.name") + " " + Runtime.version(),
                SimdSupport.unavailableReason() == null ? "available" : "unavailable: " + SimdSupport.unavailableReason(),
                SimdSupport.unavailableReason() == null ? SimdSupport.preferredBits() : "-");
        if (highDimOnly) {
            HighDimBenchmark.run();
            return;
        }
        NativeBaseline nat = NativeBaseline.compile();
        if (List.of(args).contains("--intrinsics") || List.of(args).contains("INTRINSICS")) {
            intrinsicsComparison(nat, NativeBaseline.compileAvx512());
            return;
        }
        System.out.println("native baseline: " + (nat.unavailableReason() == null
                ? "gcc " + String.join(" ", NativeBaseline.FLAGS) : "unavailable: " + nat.unavailableReason()));

        openClReason = openClUnavailable();
        if (openClReason != null) {
            System.out.println("OpenCL: not measured: " + openClReason);
        }
        List<Row> rows = new ArrayList<>();
        int[] sizes = quick ? new int[] {10_000} : new int[] {10_000, 100_000};
        for (int size : sizes) {
            for (int d : new int[] {1, 3, 16, 64}) {
                rows.add(measure("Gaussian conv D=" + d, size, size, d, full, nat));
            }
        }
        rows.add(measure("k-NN ARG_K_MIN k=10 D=3", quick ? 10_000 : 100_000, quick ? 10_000 : 100_000, -1, full, nat));
        rows.add(measure("LOG_SUM_EXP soft-min D=3", quick ? 10_000 : 100_000, quick ? 10_000 : 100_000, -2, full, nat));
        // Gradients: a gradient kernel should cost about what its forward kernel costs.
        rows.add(measure("MIN D=3 (forward)", quick ? 10_000 : 100_000, quick ? 10_000 : 100_000, -5, full, nat));
        rows.add(measure("MIN D=3 gradient wrt x (arg indices)", quick ? 10_000 : 100_000, quick ? 10_000 : 100_000, -4,
                full, nat));
        rows.add(measure("Gaussian conv D=3 gradient wrt x", quick ? 10_000 : 100_000, quick ? 10_000 : 100_000, -3,
                full, nat));

        System.out.println();
        System.out.println("| kernel | M = N | rows measured | scalar | SIMD 1 thread | SIMD " + THREADS
                + " threads | native " + THREADS + " threads | OpenCL | SIMD/scalar (1 thread) | SIMD " + THREADS
                + "T / native | 1 -> " + THREADS + " threads |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |%n", r.kernel,
                    pow10(r.m), r.rows, fmt(r.scalar), fmt(r.simd1), fmt(r.simdN), fmt(r.nativeN), fmt(r.openCl),
                    ratio(r.simd1, r.scalar), ratio(r.simdN, r.nativeN), ratio(r.simdN, r.simd1));
        }
        System.out.println();
        intrinsicsComparison(nat, NativeBaseline.compileAvx512());
        System.out.println();
        smallCall();
        if (!quick) {
            System.out.println();
            HighDimBenchmark.run();
        }
    }

    private static Row measure(String name, int m, int n, int d, boolean full, NativeBaseline nat) throws Exception {
        SplittableRandom rnd = new SplittableRandom(42);
        int dim = d > 0 ? d : 3;
        float[] x = uniform(rnd, m * dim);
        float[] y = uniform(rnd, n * dim);
        float[] b = uniform(rnd, n);
        float g = 8f / dim;
        // Rows measured: about 0.3 s per call at the expected speed of each path.
        int scalarRows = full ? m : rowsFor(m, n, 1.5e7);
        int simdRows = full ? m : rowsFor(m, n, 2e8);
        double scalar;
        double simd1;
        double simdN;
        try (KernelRuntime sc = KernelRuntime.builder().backend(Backend.SCALAR).threads(1).strict(true).build();
                KernelRuntime s1 = KernelRuntime.builder().backend(Backend.SIMD).threads(1).strict(true).build();
                KernelRuntime sn = KernelRuntime.builder().backend(Backend.SIMD).threads(THREADS).strict(true).build()) {
            scalar = time(new BenchKernelsImpl(sc), d, x, y, b, g, scalarRows, n);
            simd1 = time(new BenchKernelsImpl(s1), d, x, y, b, g, simdRows, n);
            simdN = time(new BenchKernelsImpl(sn), d, x, y, b, g, simdRows, n);
        }
        double openCl = Double.NaN;
        if (openClReason == null) {
            try (KernelRuntime cl = KernelRuntime.builder().backend(Backend.OPENCL).strict(true).build()) {
                openCl = time(new BenchKernelsImpl(cl), d, x, y, b, g, simdRows, n);
            }
        }
        double nativeN = Double.NaN;
        if (d > 0 && nat.unavailableReason() == null) {
            nativeN = nat.pairsPerSecond(simdRows, n, d, THREADS, 3);
        }
        System.out.printf(Locale.ROOT, "%-28s M=N=%s rows=%d: scalar %s, SIMD 1T %s, SIMD %dT %s, native %dT %s, OpenCL %s%n",
                name, pow10(m), simdRows, fmt(scalar), fmt(simd1), THREADS, fmt(simdN), THREADS, fmt(nativeN), fmt(openCl));
        return new Row(name, m, n, simdRows, scalar, simd1, simdN, nativeN, openCl);
    }

    /**
     * Gaussian conv D = 3 on one thread and on all threads against the hand-written AVX-512
     * intrinsics C loop (where the CPU has avx512f) and the gcc/libmvec loop, measured alternately
     * in rounds, best of each: on a shared machine the load changes between measurements. The two
     * C programs compute the same data; their checksums must agree.
     */
    private static void intrinsicsComparison(NativeBaseline gcc, NativeBaseline avx) throws Exception {
        if (avx.unavailableReason() != null) {
            System.out.println("AVX-512 intrinsics baseline: not measured: " + avx.unavailableReason());
            return;
        }
        int m = 10_000;
        int n = 10_000;
        SplittableRandom rnd = new SplittableRandom(42);
        float[] x = uniform(rnd, m * 3);
        float[] y = uniform(rnd, n * 3);
        float[] b = uniform(rnd, n);
        for (int threads : THREADS == 1 ? new int[] {1} : new int[] {1, THREADS}) {
            double[] best = {0, 0, 0}; // SIMD, intrinsics, libmvec
            try (KernelRuntime rt = KernelRuntime.builder().backend(Backend.SIMD).threads(threads).strict(true).build()) {
                BenchKernels k = new BenchKernelsImpl(rt);
                for (int round = 1; round <= 3; round++) {
                    double s = time(k, 3, x, y, b, 8f / 3, m, n);
                    NativeBaseline.Result a = avx.run(m, n, 3, threads, 3);
                    NativeBaseline.Result c = gcc.unavailableReason() == null ? gcc.run(m, n, 3, threads, 3) : null;
                    if (c != null && Math.abs(a.checksum() - c.checksum()) > 1e-4 * Math.abs(c.checksum())) {
                        throw new IllegalStateException("the AVX-512 intrinsics loop's checksum " + a.checksum()
                                + " differs from gauss_conv.c's " + c.checksum() + " (M = N = 10^4, D = 3)");
                    }
                    double libmvec = c == null ? Double.NaN : c.pairsPerSecond();
                    System.out.printf(Locale.ROOT, "round %d, %dT: Gaussian conv D=3 SIMD %s, AVX-512 intrinsics C %s, "
                            + "gcc/libmvec C %s%n", round, threads, fmt(s), fmt(a.pairsPerSecond()), fmt(libmvec));
                    best[0] = Math.max(best[0], s);
                    best[1] = Math.max(best[1], a.pairsPerSecond());
                    best[2] = c == null ? Double.NaN : Math.max(best[2], libmvec);
                }
            }
            System.out.printf(Locale.ROOT, "Gaussian conv D=3, M = N = 10^4, %d thread(s), best of 3 rounds: SIMD %s, "
                    + "AVX-512 intrinsics C %s, gcc/libmvec C %s; SIMD / intrinsics = %s, SIMD / libmvec = %s%n", threads,
                    fmt(best[0]), fmt(best[1]), fmt(best[2]), ratio(best[0], best[1]), ratio(best[0], best[2]));
        }
    }

    private static int rowsFor(int m, int n, double pairs) {
        return (int) Math.max(64, Math.min(m, Math.round(pairs / n / 64) * 64));
    }

    /** Best pairs/s over repeated calls after a warm-up (the first calls run the JIT). */
    private static double time(BenchKernels k, int d, float[] x, float[] y, float[] b, float g, int rows, int n) {
        int dim = d > 0 ? d : 3;
        float[] xs = java.util.Arrays.copyOf(x, rows * dim);
        float[] e = java.util.Arrays.copyOf(b, rows);
        int[] idx = d == -4 ? k.nearest(xs, y) : null;
        Runnable call = switch (d) {
            case 1 -> () -> sink(k.gauss1(xs, y, b, g));
            case 3 -> () -> sink(k.gauss3(xs, y, b, g));
            case 16 -> () -> sink(k.gauss16(xs, y, b, g));
            case 64 -> () -> sink(k.gauss64(xs, y, b, g));
            case -1 -> () -> sink(k.knn(xs, y));
            case -2 -> () -> sink(k.softMin(xs, y, b, g));
            case -3 -> () -> sink(k.gauss3Dx(xs, y, b, g, e));
            case -4 -> () -> sink(k.nearestDistanceDx(xs, y, idx, e));
            case -5 -> () -> sink(k.nearestDistance(xs, y));
            default -> throw new IllegalArgumentException("case " + d);
        };
        long warmEnd = System.nanoTime() + 1_000_000_000L;
        int warm = 0;
        while (warm < 3 || (System.nanoTime() < warmEnd && warm < 20)) {
            call.run();
            warm++;
        }
        double best = Double.MAX_VALUE;
        long end = System.nanoTime() + 1_500_000_000L;
        for (int rep = 0; rep < 3 || (System.nanoTime() < end && rep < 30); rep++) {
            long t0 = System.nanoTime();
            call.run();
            best = Math.min(best, (System.nanoTime() - t0) * 1e-9);
        }
        return (double) rows * n / best;
    }

    /** The cost of a tiny call (M = N = 16), where dispatch and validation dominate. */
    private static void smallCall() {
        SplittableRandom rnd = new SplittableRandom(1);
        float[] x = uniform(rnd, 16 * 3);
        float[] y = uniform(rnd, 16 * 3);
        float[] b = uniform(rnd, 16);
        try (KernelRuntime rt = KernelRuntime.builder().backend(Backend.SIMD).strict(true).build()) {
            BenchKernels k = new BenchKernelsImpl(rt);
            for (int i = 0; i < 200_000; i++) {
                sink(k.gauss3(x, y, b, 0.5f));
            }
            int calls = 200_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                sink(k.gauss3(x, y, b, 0.5f));
            }
            double us = (System.nanoTime() - t0) * 1e-3 / calls;
            System.out.printf(Locale.ROOT, "small call: Gaussian conv D=3, M = N = 16, SIMD: %.2f us per call%n", us);
        }
    }

    private static volatile Object blackhole;

    private static void sink(Object o) {
        blackhole = o;
    }

    private static float[] uniform(SplittableRandom rnd, int len) {
        float[] v = new float[len];
        for (int k = 0; k < len; k++) {
            v[k] = (float) rnd.nextDouble();
        }
        return v;
    }

    private static String pow10(int v) {
        int e = (int) Math.round(Math.log10(v));
        return Math.pow(10, e) == v ? "10^" + e : Integer.toString(v);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? "-" : String.format(Locale.ROOT, "%.2f", a / b);
    }
}
