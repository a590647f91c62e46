package org.jkeops.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelRuntime;

/**
 * The high-dimensional rows of the benchmark runner (issue 18): kNN (k = 10) and the Gaussian
 * convolution at D = 16 to 768, N = 2 × 10^4, on the SIMD backend, against
 * <ul>
 * <li>the FMA-peak bound: the machine's float32 FMAs per second ({@link FmaPeak}, same run, same
 *     threads) over the D FMAs a pair needs;
 * <li>the unrolled SIMD schedule ({@link HighDimUnrolledKernels}, compiled with
 *     {@code -Ajkeops.unrolledSimd}), where it compiles (not at D = 768);
 * <li>NumPy's brute force ({@code scripts/highdim_numpy.py}: sgemm distances, then argpartition
 *     or exp and sgemv), run with python3 when it and NumPy are there, on as many BLAS threads.
 * </ul>
 * Each figure is the best of repeated calls after a warm-up, over a subset of rows sized so a
 * call takes a fraction of a second.
 */
final class HighDimBenchmark {
    /** The dimensions measured; {@code -Djkeops.bench.dims=64,384} picks some. */
    static final int[] DIMS = java.util.Arrays.stream(System.getProperty("jkeops.bench.dims", "16,64,128,384,768")
            .split(",")).mapToInt(d -> Integer.parseInt(d.trim())).toArray();
    /** Which kernels: {@code -Djkeops.bench.kinds=knn} or {@code gauss}; both by default. */
    private static final String[] KINDS = System.getProperty("jkeops.bench.kinds", "knn,gauss").split(",");
    /**
     * {@code -Djkeops.bench.baselines=false}: the SIMD figures and the FMA peak only, without the
     * unrolled schedule and NumPy, for quick A/B runs of the tiled schedule (e.g. with
     * {@code -Djkeops.simd.chunkBytes=0} against the default); {@code -Djkeops.bench.unrolled=false}
     * leaves out the unrolled schedule only (interpreted past D ~ 128: minutes a row).
     */
    private static final boolean BASELINES = Boolean.parseBoolean(System.getProperty("jkeops.bench.baselines", "true"));
    private static final boolean UNROLLED = BASELINES
            && Boolean.parseBoolean(System.getProperty("jkeops.bench.unrolled", "true"));
    private static final int N = 20_000;
    private static final int THREADS = Runtime.getRuntime().availableProcessors();

    private HighDimBenchmark() {
    }

    private record Row(String kernel, int d, int rows, double simd1, double simdN, double bound, double unrolled,
            double numpy) {
    }

    static void run() throws Exception {
        double peak1 = FmaPeak.fmasPerSecond(1);
        double peakN = FmaPeak.fmasPerSecond(THREADS);
        System.out.printf(Locale.ROOT, "FMA peak (float32 lanes, Vector API, preferred species): 1 thread %.3g/s, %d threads %.3g/s%n",
                peak1, THREADS, peakN);
        Path script = numpyScript();
        String numpyReason = BASELINES ? numpyUnavailable(script) : "-Djkeops.bench.baselines=false";
        System.out.println("NumPy baseline: " + (numpyReason == null ? "python3 " + script : "not measured: " + numpyReason));
        List<Row> rows = new ArrayList<>();
        try (KernelRuntime s1 = KernelRuntime.builder().backend(Backend.SIMD).threads(1).strict(true).build();
                KernelRuntime sn = KernelRuntime.builder().backend(Backend.SIMD).threads(THREADS).strict(true).build()) {
            HighDimKernels k1 = new HighDimKernelsImpl(s1);
            HighDimKernels kn = new HighDimKernelsImpl(sn);
            HighDimUnrolledKernels un = new HighDimUnrolledKernelsImpl(sn);
            for (String kind : KINDS) {
                for (int d : DIMS) {
                    double bound = peakN / d;
                    int m = (int) Math.max(64, Math.min(N, Math.round(0.5 * bound * 0.3 / N / 64) * 64));
                    SplittableRandom rnd = new SplittableRandom(42);
                    float[] x = uniform(rnd, m * d);
                    float[] y = uniform(rnd, N * d);
                    float[] b = uniform(rnd, N);
                    float g = 8f / d;
                    double simd1 = measure(xs -> call(k1, kind, d, xs, y, b, g), x, d, m, Math.min(m, 512));
                    double simdN = measure(xs -> call(kn, kind, d, xs, y, b, g), x, d, m, Math.min(m, 512));
                    // The unrolled schedule past D ~ 128 is beyond HotSpot's 8,000-byte JIT limit and
                    // runs interpreted: 64 rows there (fewer would time the copy of y, not the kernel).
                    double unrolled = d == 768 || !UNROLLED ? Double.NaN : measure(xs -> callUnrolled(un, kind, d, xs, y, b, g), x, d, m,
                            Math.min(m, d >= 256 ? 64 : 512));
                    // NumPy's pairs/s do not depend on M past a few thousand rows: at most 4096.
                    double numpy = numpyReason == null ? numpy(script, kind, d, Math.min(m, 4096)) : Double.NaN;
                    String name = kind.equals("knn") ? "kNN ARG_K_MIN k=10" : "Gaussian conv";
                    System.out.printf(Locale.ROOT, "%-20s D=%-4d rows=%d N=%d: SIMD 1T %s, %dT %s (%.0f%% of FMA bound %s), unrolled %s, NumPy %s%n",
                            name, d, m, N, fmt(simd1), THREADS, fmt(simdN), 100 * simdN / bound, fmt(bound), fmt(unrolled),
                            fmt(numpy));
                    rows.add(new Row(name, d, m, simd1, simdN, bound, unrolled, numpy));
                }
            }
        }
        System.out.println();
        System.out.println("| kernel | D | rows (at most) x N | SIMD 1 thread | SIMD " + THREADS + " threads | FMA-peak bound " + THREADS
                + "T | % of bound | unrolled schedule " + THREADS + "T | NumPy " + THREADS + "T | SIMD / NumPy | tiled / unrolled |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d x 2e4 | %s | %s | %s | %.0f %% | %s | %s | %s | %s |%n", r.kernel,
                    r.d, r.rows, fmt(r.simd1), fmt(r.simdN), fmt(r.bound), 100 * r.simdN / r.bound,
                    Double.isNaN(r.unrolled) ? (r.d == 768 ? "(does not compile)" : "not measured") : fmt(r.unrolled),
                    Double.isNaN(r.numpy) ? "not measured" : fmt(r.numpy), ratio(r.simdN, r.numpy), ratio(r.simdN, r.unrolled));
        }
        System.out.println();
    }

    private static Runnable call(HighDimKernels k, String kind, int d, float[] x, float[] y, float[] b, float g) {
        boolean knn = kind.equals("knn");
        Supplier<Object> s = switch (d) {
            case 16 -> knn ? () -> k.knn16(x, y) : () -> k.gauss16(x, y, b, g);
            case 64 -> knn ? () -> k.knn64(x, y) : () -> k.gauss64(x, y, b, g);
            case 128 -> knn ? () -> k.knn128(x, y) : () -> k.gauss128(x, y, b, g);
            case 384 -> knn ? () -> k.knn384(x, y) : () -> k.gauss384(x, y, b, g);
            case 768 -> knn ? () -> k.knn768(x, y) : () -> k.gauss768(x, y, b, g);
            default -> throw new IllegalArgumentException("D = " + d);
        };
        return () -> sink = s.get();
    }

    private static Runnable callUnrolled(HighDimUnrolledKernels k, String kind, int d, float[] x, float[] y, float[] b,
            float g) {
        boolean knn = kind.equals("knn");
        Supplier<Object> s = switch (d) {
            case 16 -> knn ? () -> k.knn16(x, y) : () -> k.gauss16(x, y, b, g);
            case 64 -> knn ? () -> k.knn64(x, y) : () -> k.gauss64(x, y, b, g);
            case 128 -> knn ? () -> k.knn128(x, y) : () -> k.gauss128(x, y, b, g);
            case 384 -> knn ? () -> k.knn384(x, y) : () -> k.gauss384(x, y, b, g);
            default -> throw new IllegalArgumentException("D = " + d);
        };
        return () -> sink = s.get();
    }

    private static volatile Object sink;

    /**
     * Best pairs/s over repeated calls after a warm-up (the first calls run the JIT), on the
     * first rows of x: from {@code minRows}, four times more until a call takes 50 ms or all
     * {@code maxRows} are used (throughput per pair does not depend on M once M is large
     * compared with threads x register block).
     */
    private static double measure(java.util.function.Function<float[], Runnable> call, float[] x, int d, int maxRows,
            int minRows) {
        int rows = minRows;
        Runnable c;
        while (true) {
            c = call.apply(java.util.Arrays.copyOf(x, rows * d));
            long t0 = System.nanoTime();
            c.run();
            if ((System.nanoTime() - t0) * 1e-9 > 0.05 || rows >= maxRows) {
                break;
            }
            rows = Math.min(maxRows, rows * 4);
        }
        long warmEnd = System.nanoTime() + 1_000_000_000L;
        int warm = 0;
        while (warm < 2 || (System.nanoTime() < warmEnd && warm < 20)) {
            c.run();
            warm++;
        }
        double best = Double.MAX_VALUE;
        long end = System.nanoTime() + 1_500_000_000L;
        for (int rep = 0; rep < 3 || (System.nanoTime() < end && rep < 30); rep++) {
            long t0 = System.nanoTime();
            c.run();
            best = Math.min(best, (System.nanoTime() - t0) * 1e-9);
        }
        return (double) rows * N / best;
    }

    /** The script, copied out of the jar (or found in the source tree), or null. */
    private static Path numpyScript() {
        try (var in = HighDimBenchmark.class.getResourceAsStream("/highdim_numpy.py")) {
            if (in == null) {
                return null;
            }
            Path p = Files.createTempFile("highdim_numpy", ".py");
            Files.write(p, in.readAllBytes());
            return p;
        } catch (IOException e) {
            return null;
        }
    }

    private static String numpyUnavailable(Path script) {
        if (script == null) {
            return "resource highdim_numpy.py missing";
        }
        try {
            Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "python3 cannot import numpy: " + out;
            }
            return null;
        } catch (IOException e) {
            return "no python3: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static double numpy(Path script, String kind, int d, int m) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("python3", script.toString(), kind, Integer.toString(d), Integer.toString(m),
                Integer.toString(N), "3").redirectErrorStream(true);
        pb.environment().put("OPENBLAS_NUM_THREADS", Integer.toString(THREADS));
        pb.environment().put("OMP_NUM_THREADS", Integer.toString(THREADS));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            System.out.println("NumPy baseline failed: " + out);
            return Double.NaN;
        }
        return Double.parseDouble(out.split("\\s+")[0]);
    }

    private static float[] uniform(SplittableRandom rnd, int len) {
        float[] v = new float[len];
        for (int k = 0; k < len; k++) {
            v[k] = (float) rnd.nextDouble();
        }
        return v;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? "-" : String.format(Locale.ROOT, "%.2f", a / b);
    }
}
