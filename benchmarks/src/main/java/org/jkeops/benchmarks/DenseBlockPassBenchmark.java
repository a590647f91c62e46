package org.jkeops.benchmarks;

import java.util.Locale;
import java.util.SplittableRandom;
import org.jkeops.runtime.KernelRuntime;

/**
 * Issue 15: the spiral's dense kernel passes (N = 10^4 points in 2-D, sigma = 0.05, as the spectral
 * tutorial's first part): one pass with a single column against one with a 10-column block, the
 * unit LOBPCG repeats. A 10-column pass shares the distances and the Exp of a single pass and adds
 * 10 loads and 10 FMAs per pair vector: ideally well under 10 single passes. Prints the best wall
 * time of each after warm-up, their ratio, the CPU, its vector width and a checksum.
 *
 * <p>Arguments: {@code [n [passes]]}.
 */
public final class DenseBlockPassBenchmark {
    private DenseBlockPassBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        float sigma = 0.05f;
        float g = 1 / (2 * sigma * sigma);
        SplittableRandom rnd = new SplittableRandom(11);
        float[] x = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double t = 3 * Math.PI * rnd.nextDouble();
            x[2 * i] = (float) (t / (3 * Math.PI) * Math.cos(t) + 0.01 * rnd.nextGaussian());
            x[2 * i + 1] = (float) (t / (3 * Math.PI) * Math.sin(t) + 0.01 * rnd.nextGaussian());
        }
        float[] b = new float[10 * n];
        float[] b1 = new float[n];
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) rnd.nextDouble(-1, 1);
        }
        for (int i = 0; i < n; i++) {
            b1[i] = b[10 * i];
        }
        KernelRuntime runtime = KernelRuntime.shared();
        SpectralBenchKernels kernels = new SpectralBenchKernelsImpl(runtime);
        System.out.printf(Locale.ROOT, "%s; %d threads, %d-bit vectors; spiral N = %,d, %d passes each%n",
                WarmupRunner.cpuModel(), runtime.threads(),
                jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize(), n, passes);
        double one = Double.MAX_VALUE;
        double ten = Double.MAX_VALUE;
        float[] out1 = null;
        float[] out10 = null;
        for (int p = 0; p < passes; p++) {
            long t0 = System.nanoTime();
            out1 = kernels.gauss2(x, x, b1, g);
            long t1 = System.nanoTime();
            out10 = kernels.gauss2x10(x, x, b, g);
            long t2 = System.nanoTime();
            if (p < 3) {
                System.out.printf(Locale.ROOT, "pass %d (JIT warm-up): 1 column %.4f s, 10 columns %.4f s%n", p,
                        (t1 - t0) * 1e-9, (t2 - t1) * 1e-9);
            }
            if (p >= passes / 4) {
                one = Math.min(one, (t1 - t0) * 1e-9);
                ten = Math.min(ten, (t2 - t1) * 1e-9);
            }
        }
        double pairs = (double) n * n;
        // Column 0 of the block pass is the single pass: a check that both ran the same kernel.
        double diff = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            diff = Math.max(diff, Math.abs(out10[10 * i] - out1[i]) / (1 + Math.abs(out1[i])));
        }
        for (float v : out10) {
            sum += v;
        }
        System.out.printf(Locale.ROOT, "1 column:   best %.4f s, %.3g pairs/s%n", one, pairs / one);
        System.out.printf(Locale.ROOT, "10 columns: best %.4f s, %.3g pairs/s (%.2f x a single pass)%n", ten,
                pairs / ten, ten / one);
        System.out.printf(Locale.ROOT, "column 0 vs the single pass: %.1e relative; checksum %.9e%n", diff, sum);
    }
}
