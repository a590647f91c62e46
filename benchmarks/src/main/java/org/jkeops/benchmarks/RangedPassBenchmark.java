package org.jkeops.benchmarks;

import java.util.Locale;
import java.util.SplittableRandom;
import org.jkeops.cluster.RadiusRanges;
import org.jkeops.runtime.KernelRuntime;

/**
 * Issue 15: one block-sparse 10-column kernel pass of the spectral tutorial ({@code gauss3x10} on
 * the Swiss roll, sigma = 0.01, {@link RadiusRanges} with radius 4 sigma, a random n × 10 block), the
 * unit LOBPCG repeats ~130 times at N = 10^6. Prints each pass's wall and process CPU time and the best
 * after the first {@code warm} calls (CPU time is less disturbed by other processes on a shared
 * machine), and a checksum of the output so that two builds can be compared.
 *
 * <p>Arguments: {@code n [passes [warm [cellFraction]]]}, cellFraction the cell size as a fraction of the
 * radius (default: {@link RadiusRanges}' own choice).
 */
public final class RangedPassBenchmark {
    private RangedPassBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        if (warm < 0 || passes <= warm) { // otherwise no pass is timed: "best" would print Double.MAX_VALUE
            throw new IllegalArgumentException("passes must exceed warm >= 0, got passes " + passes + ", warm " + warm);
        }
        double sigma = 0.01;
        double radius = 4 * sigma;
        float g = (float) (1 / (2 * sigma * sigma));
        float[] raw = SwissRoll.points(n);
        RadiusRanges rr = args.length > 3
                ? RadiusRanges.of(raw, 3, radius, radius * Double.parseDouble(args[3]))
                : RadiusRanges.of(raw, 3, radius);
        float[] x = rr.points();
        float[] b = new float[n * 10];
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) rnd.nextDouble(-1, 1);
        }
        SpectralBenchKernels kernels = new SpectralBenchKernelsImpl(KernelRuntime.shared());
        System.out.printf(Locale.ROOT, "roll N = %,d, %d clusters (cells of %.4f), %.3e kept pairs%n",
                n, rr.clusters(), rr.cellSize(), (double) rr.keptPairs());
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        float[] out = null;
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int p = 0; p < passes; p++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            out = kernels.gauss3x10(x, x, b, g, rr.ranges());
            double s = (System.nanoTime() - t0) * 1e-9;
            double cpu = (os.getProcessCpuTime() - c0) * 1e-9;
            System.out.printf(Locale.ROOT, "pass %d: %.4f s (process CPU %.3f s)%n", p, s, cpu);
            if (p >= warm) {
                best = Math.min(best, s);
                bestCpu = Math.min(bestCpu, cpu);
            }
        }
        double sum = 0;
        double abs = 0;
        for (float v : out) {
            sum += v;
            abs += Math.abs(v);
        }
        System.out.printf(Locale.ROOT, "best %.4f s, process CPU %.3f s (%.3g kept pairs/s x 10 columns); checksum sum %.9e, sum|.| %.9e%n",
                best, bestCpu, rr.keptPairs() / best, sum, abs);
    }
}
