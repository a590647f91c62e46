package org.jkeops.benchmarks;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jkeops.cluster.RadiusRanges;
import org.jkeops.runtime.KernelRuntime;

/**
 * Issue 15 item 4: is computing each pair once (and accumulating into both rows) worth it for the
 * spectral tutorial's block Gaussian? On the tutorial's Swiss roll (sigma = 0.01, pairs closer than
 * 4 sigma by {@link RadiusRanges}, a random n × 10 block), times the best of 5 calls after 2
 * warm-up calls of: the generated SIMD kernel {@code gauss3x10} over the ranges, and the two
 * hand-written Vector API passes of {@link SymmetricGaussBlock} that differ only in the pairing
 * (plain: every ordered pair; symmetric: every cluster pair once). Both hand passes are checked
 * against a float64 sum on sampled rows, and against each other.
 *
 * <p>Run: {@code mvn -B -DskipTests -Pbench package -Dbench.main=org.jkeops.benchmarks.SymmetricPairsBenchmark
 * -Dbench.args=100000} (the number of points; default 10^5).
 */
public final class SymmetricPairsBenchmark {
    private SymmetricPairsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = Runtime.getRuntime().availableProcessors();
        double sigma = 0.01;
        float g = (float) (1 / (2 * sigma * sigma));
        float[] raw = SwissRoll.points(n);
        RadiusRanges rr = RadiusRanges.of(raw, 3, 4 * sigma);
        float[] x = rr.points();
        float[] b = new float[n * SymmetricGaussBlock.W];
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) rnd.nextDouble(-1, 1);
        }
        SpectralBenchKernels generated = new SpectralBenchKernelsImpl(KernelRuntime.shared());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        SymmetricGaussBlock hand = new SymmetricGaussBlock(rr, g, threads, pool);
        System.out.printf(Locale.ROOT, "%s, %d threads, preferred vector %d bits; roll N = %,d, %d clusters (cells of %.3f), "
                + "%.3e kept pairs (%.2f %% of N^2)%n", WarmupRunner.cpuModel(), threads,
                jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize(), n, rr.clusters(), rr.cellSize(),
                (double) rr.keptPairs(), 100.0 * rr.keptPairs() / ((double) n * n));
        float[][] results = new float[3][];
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        String[] names = {"generated gauss3x10 (SIMD)", "hand plain (every ordered pair)", "hand symmetric (pairs once)"};
        for (int rep = 0; rep < 7; rep++) {
            for (int v = 0; v < 3; v++) {
                long t0 = System.nanoTime();
                results[v] = switch (v) {
                    case 0 -> generated.gauss3x10(x, x, b, g, rr.ranges());
                    case 1 -> hand.plain(b);
                    default -> hand.symmetric(b);
                };
                double s = (System.nanoTime() - t0) * 1e-9;
                if (rep >= 2) {
                    best[v] = Math.min(best[v], s);
                }
            }
        }
        pool.shutdown();
        for (int v = 0; v < 3; v++) {
            System.out.printf(Locale.ROOT, "%-34s best %.4f s  (%.3g kept pairs/s)  max rel. error vs float64 on 200 rows %.1e%n",
                    names[v], best[v], rr.keptPairs() / best[v], maxError(x, b, g, results[v], n));
        }
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < results[1].length; i++) {
            diff = Math.max(diff, Math.abs(results[1][i] - results[2][i]));
            scale = Math.max(scale, Math.abs(results[1][i]));
        }
        System.out.printf(Locale.ROOT, "symmetric / plain speed-up %.2f x (hand-written, same exp); generated / symmetric %.2f x;"
                + " max |symmetric - plain| = %.1e of max |plain| %.3g%n", best[1] / best[2], best[0] / best[2], diff / scale, scale);
    }

    /** The worst relative error of out against a float64 sum over the kept pairs' rows (all j, dense), 200 rows. */
    private static double maxError(float[] x, float[] b, float g, float[] out, int n) {
        int w = SymmetricGaussBlock.W;
        double worst = 0;
        for (int s = 0; s < 200; s++) {
            int i = (int) ((long) s * n / 200);
            double[] sum = new double[w];
            double norm = 0;
            for (int j = 0; j < n; j++) {
                double r = 0;
                for (int d = 0; d < 3; d++) {
                    double diff = x[3 * i + d] - x[3 * j + d];
                    r += diff * diff;
                }
                double k = Math.exp(-g * r);
                if (k < 1e-7) {
                    continue; // beyond 4 sigma (exp(-8) = 3.4e-4 at the cutoff; farther pairs are not kept)
                }
                for (int c = 0; c < w; c++) {
                    sum[c] += k * b[j * w + c];
                }
                norm += k;
            }
            for (int c = 0; c < w; c++) {
                worst = Math.max(worst, Math.abs(out[i * w + c] - sum[c]) / norm);
            }
        }
        return worst;
    }
}
