package org.jkeops.device;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jkeops.benchmarks.BenchKernels;
import org.jkeops.benchmarks.BenchKernelsImpl;
import org.jkeops.examples.BlockSparseKernelsImpl;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelRuntime;

/**
 * The OpenCL column of the benchmark table (docs/PERFORMANCE.md) at full size on the device, with
 * the SIMD figure on the same machine's cores in the same run: the kernels of {@link BenchKernels}
 * (Gaussian convolution D = 3, 16, 64; k-NN ARG_K_MIN k = 10; LOG_SUM_EXP soft-min) on uniform
 * data in [0, 1)^D, M = N = {@code --size} (default 10^6).
 *
 * <p>OpenCL times the whole call on all M rows (copies in and out included), best of up to
 * {@code --reps} calls after one warm-up call that builds the program. SIMD times a prefix of rows
 * sized to about half a second per call and extrapolates to M rows (its cost is linear in M). The
 * OpenCL result on that prefix is compared with the SIMD one (relative max-norm error below 1e-3
 * for sums, the same neighbours on at least 99 % of the rows for k-NN); a mismatch is a failure
 * (exit status 1), so a fast but wrong kernel cannot produce a figure. Then the block-sparse row
 * ({@link BlockSparseBench}) at the same size.
 */
public final class GpuBench {
    private GpuBench() {
    }

    /** One benchmark kernel. */
    private record Case(String name, int dim, Call call) {
    }

    @FunctionalInterface
    private interface Call {
        Object run(BenchKernels k, float[] x, float[] y, float[] b, float g);
    }

    private static final List<Case> CASES = List.of(
            new Case("Gaussian conv D=3", 3, (k, x, y, b, g) -> k.gauss3(x, y, b, g)),
            new Case("Gaussian conv D=16", 16, (k, x, y, b, g) -> k.gauss16(x, y, b, g)),
            new Case("Gaussian conv D=64", 64, (k, x, y, b, g) -> k.gauss64(x, y, b, g)),
            new Case("k-NN ARG_K_MIN k=10 D=3", 3, (k, x, y, b, g) -> k.knn(x, y)),
            new Case("LOG_SUM_EXP soft-min D=3", 3, (k, x, y, b, g) -> k.softMin(x, y, b, g)));

    private record Row(String kernel, int size, double openClSeconds, int simdRows, double simdPairsPerSecond,
            String agreement) {
    }

    public static void main(String[] args) {
        int size = 1_000_000;
        int threads = Runtime.getRuntime().availableProcessors();
        int reps = 3;
        double simdSeconds = 0.5;
        double warmSeconds = 1.0;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--size" -> size = Integer.parseInt(args[++a]);
                case "--threads" -> threads = Integer.parseInt(args[++a]);
                case "--reps" -> reps = Integer.parseInt(args[++a]);
                case "--simd-seconds" -> simdSeconds = Double.parseDouble(args[++a]);
                case "--warm-seconds" -> warmSeconds = Double.parseDouble(args[++a]);
                default -> {
                    System.err.println("usage: GpuBench [--size N] [--threads T] [--reps R] [--simd-seconds S] [--warm-seconds S]");
                    System.exit(2);
                }
            }
        }
        boolean ok = true;
        List<Row> rows = new ArrayList<>();
        BlockSparseBench.Result sparse;
        try (KernelRuntime cl = KernelRuntime.builder().backend(Backend.OPENCL).strict(true).build();
                KernelRuntime simd = KernelRuntime.builder().backend(Backend.SIMD).threads(threads).strict(true)
                        .build()) {
            BenchKernels onCl = new BenchKernelsImpl(cl);
            BenchKernels onSimd = new BenchKernelsImpl(simd);
            // The first call builds the program (one per interface) and names the device.
            onCl.gauss3(new float[3], new float[3], new float[1], 1f);
            System.out.printf(Locale.ROOT, "GPU bench: M = N = %,d; OpenCL device: %s; SIMD: %s%n", size,
                    cl.device(Backend.OPENCL).describe(), simd);
            for (Case c : CASES) {
                Row r = measure(c, size, reps, simdSeconds, warmSeconds, onCl, onSimd);
                rows.add(r);
                ok &= r.agreement.startsWith("ok");
            }
            sparse = BlockSparseBench.run(size, reps, new BlockSparseKernelsImpl(cl), new BlockSparseKernelsImpl(simd));
            ok &= sparse.ok();
            printLaunchShapes(cl);
        }
        System.out.println();
        System.out.println("| kernel | M = N | OpenCL (s, whole call) | OpenCL pairs/s | SIMD " + threads
                + " threads pairs/s (rows measured) | SIMD " + threads + " threads, extrapolated (s) | OpenCL / SIMD "
                + "| OpenCL vs SIMD |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            double pairs = (double) r.size * r.size;
            System.out.printf(Locale.ROOT, "| %s | %,d | %.3f | %.3g | %.3g (%,d) | %.2f | %.1fx | %s |%n", r.kernel,
                    r.size, r.openClSeconds, pairs / r.openClSeconds, r.simdPairsPerSecond, r.simdRows,
                    pairs / r.simdPairsPerSecond, pairs / r.openClSeconds / r.simdPairsPerSecond, r.agreement);
        }
        System.out.println();
        System.out.println("| block-sparse kernel | M = N | OpenCL sparse (s) | OpenCL dense (s) | SIMD " + threads
                + " threads sparse (s) | OpenCL dense / sparse | SIMD / OpenCL sparse | OpenCL vs SIMD |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        System.out.println(sparse.tableRow());
        System.out.println(ok ? "BENCH: PASS" : "BENCH: FAIL (OpenCL and SIMD results differ, see above)");
        System.exit(ok ? 0 : 1);
    }

    /**
     * How the backend shaped each kernel's launch on this device: the work-group size (from the
     * device's and the kernel's limits), the rows of j per local tile (from its local memory) and
     * the parts j was split into (the latest launch of each kernel: parts depend on M and N).
     */
    private static void printLaunchShapes(KernelRuntime cl) {
        java.util.Map<String, String> shapes = cl.device(Backend.OPENCL).launchShapes();
        System.out.println();
        System.out.println("OpenCL launch shapes (" + shapes.size() + " kernels):");
        shapes.forEach((kernel, shape) -> System.out.println("  " + kernel + ": " + shape));
    }

    private static Row measure(Case c, int size, int reps, double simdSeconds, double warmSeconds,
            BenchKernels onCl, BenchKernels onSimd) {
        SplittableRandom rnd = new SplittableRandom(42);
        float[] x = uniform(rnd, size * c.dim);
        float[] y = uniform(rnd, size * c.dim);
        float[] b = uniform(rnd, size);
        float g = 8f / c.dim;

        Object clOut = c.call.run(onCl, x, y, b, g); // warm-up at full size: buffers, JIT of the host path
        double clBest = Double.MAX_VALUE;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            clOut = c.call.run(onCl, x, y, b, g);
            clBest = Math.min(clBest, seconds(t0));
            if (clBest > 20) {
                break; // one slow figure is enough; leave time for the rest of the run
            }
        }

        // SIMD on a prefix of rows: warm up (the JIT compiles the generated loops after a few
        // calls), probe, then size the prefix to about simdSeconds per call.
        int probe = Math.min(size, 256);
        float[] xp = Arrays.copyOf(x, probe * c.dim);
        long warmEnd = System.nanoTime() + (long) (warmSeconds * 1e9);
        for (int w = 0; w < 3 || (System.nanoTime() < warmEnd && w < 200); w++) {
            c.call.run(onSimd, xp, y, b, g);
        }
        long tp = System.nanoTime();
        c.call.run(onSimd, xp, y, b, g);
        double perRow = Math.max(seconds(tp), 1e-6) / probe;
        int rows = (int) Math.max(probe, Math.min(size, simdSeconds / perRow));
        float[] xs = Arrays.copyOf(x, rows * c.dim);
        Object simdOut = c.call.run(onSimd, xs, y, b, g);
        double simdBest = Double.MAX_VALUE;
        for (int r = 0; r < 3; r++) {
            long t0 = System.nanoTime();
            simdOut = c.call.run(onSimd, xs, y, b, g);
            simdBest = Math.min(simdBest, seconds(t0));
        }
        String agreement = agreement(clOut, simdOut, rows);
        System.out.printf(Locale.ROOT, "%-26s OpenCL %.3f s (best of %d); SIMD %.3g pairs/s on %,d rows; %s%n", c.name,
                clBest, reps, (double) rows * size / simdBest, rows, agreement);
        return new Row(c.name, size, clBest, rows, (double) rows * size / simdBest, agreement);
    }

    /** Compares the OpenCL output's first rows with the SIMD output of those rows. */
    static String agreement(Object cl, Object simd, int rows) {
        if (cl instanceof float[] a && simd instanceof float[] s) {
            double maxDiff = 0;
            double maxRef = 0;
            int bad = 0;
            for (int r = 0; r < s.length; r++) {
                if (!Float.isFinite(a[r])) {
                    bad++;
                }
                maxDiff = Math.max(maxDiff, Math.abs((double) a[r] - s[r]));
                maxRef = Math.max(maxRef, Math.abs(s[r]));
            }
            double rel = maxDiff / Math.max(maxRef, Double.MIN_NORMAL);
            return String.format(Locale.ROOT, "%s: max abs(OpenCL - SIMD) / max abs(SIMD) = %.2e on %d rows%s",
                    rel < 1e-3 && bad == 0 ? "ok" : "MISMATCH", rel, rows, bad == 0 ? "" : ", " + bad + " not finite");
        }
        if (cl instanceof int[] a && simd instanceof int[] s) {
            int k = s.length / rows;
            int differ = 0;
            for (int r = 0; r < rows; r++) {
                int[] ra = Arrays.copyOfRange(a, r * k, r * k + k);
                int[] rs = Arrays.copyOfRange(s, r * k, r * k + k);
                Arrays.sort(ra);
                Arrays.sort(rs);
                if (!Arrays.equals(ra, rs)) {
                    differ++; // near-ties may order differently under other rounding: allow a few
                }
            }
            return String.format(Locale.ROOT, "%s: neighbour sets differ on %d of %d rows",
                    differ <= rows / 100 ? "ok" : "MISMATCH", differ, rows);
        }
        return "MISMATCH: outputs of types " + cl.getClass().getSimpleName() + " and " + simd.getClass().getSimpleName();
    }

    private static float[] uniform(SplittableRandom rnd, int len) {
        float[] v = new float[len];
        for (int i = 0; i < len; i++) {
            v[i] = (float) rnd.nextDouble();
        }
        return v;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) * 1e-9;
    }
}
