package org.jkeops.benchmarks;

import java.util.Locale;
import java.util.SplittableRandom;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelRuntime;

/**
 * Throughput of the Gaussian gradient {@code Grad(Exp(-g * SqDist(x, y)) * b, x, e)}, float32,
 * at D = 64 and 784 (MNIST), on the SIMD and scalar backends with 1 and 2 threads: pairs per
 * second, best of 5 calls after 3 warm-up calls, M = N = 2048 at D = 64 and 1024 at D = 784.
 * Arguments: the dimensions (default {@code 64,784}).
 */
public final class WideGradientBenchmark {
    private WideGradientBenchmark() {
    }

    public static void main(String[] args) {
        String dims = args.length > 0 ? args[0] : "64,784";
        for (String ds : dims.split(",")) {
            int d = Integer.parseInt(ds.trim());
            int n = d >= 256 ? 1024 : 2048;
            SplittableRandom rnd = new SplittableRandom(7);
            float[] x = uniform(rnd, n * d);
            float[] y = uniform(rnd, n * d);
            float[] b = uniform(rnd, n);
            float[] e = uniform(rnd, n);
            float g = 1f / d;
            for (Backend backend : new Backend[] {Backend.SIMD, Backend.SCALAR}) {
                for (int threads : new int[] {1, 2}) {
                    try (KernelRuntime rt = KernelRuntime.builder().backend(backend).threads(threads).strict(true).build()) {
                        WideGradientKernels k = new WideGradientKernelsImpl(rt);
                        double best = Double.MAX_VALUE;
                        for (int rep = 0; rep < 8; rep++) {
                            long t0 = System.nanoTime();
                            float[] out = d == 64 ? k.grad64(x, y, b, g, e) : k.grad784(x, y, b, g, e);
                            double s = (System.nanoTime() - t0) * 1e-9;
                            if (rep >= 3) {
                                best = Math.min(best, s);
                            }
                            if (!Float.isFinite(out[0])) {
                                throw new IllegalStateException("non-finite output " + out[0]);
                            }
                        }
                        System.out.printf(Locale.ROOT, "gradient D=%d M=N=%d %s %dT: %.3g pairs/s (%.3f s)%n", d, n, backend,
                                threads, (double) n * n / best, best);
                    }
                }
            }
        }
    }

    private static float[] uniform(SplittableRandom rnd, int n) {
        float[] a = new float[n];
        for (int k = 0; k < n; k++) {
            a[k] = (float) rnd.nextDouble(-1, 1);
        }
        return a;
    }
}
