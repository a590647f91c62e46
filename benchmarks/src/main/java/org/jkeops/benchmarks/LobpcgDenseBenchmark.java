package org.jkeops.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.jkeops.linalg.LinearOperator;
import org.jkeops.linalg.Lobpcg;
import org.jkeops.linalg.LobpcgNoConvergenceException;

/**
 * The dense algebra of one LOBPCG iteration at large n (issue 15: 240 s of the 10^6-point roll's
 * solve went there): the tutorial's operator I - D^-1/2 K D^-1/2 with blocks of 10, where K is a
 * cheap float32 ring stencil (2 v_i + v_{i-1} + v_{i+1}) in place of the Gaussian kernel, so that
 * nearly all the time is the solver's Gram matrices, block updates and the operator algebra. The
 * operator is built as {@code SpectralTutorial.normalized} builds it (symmetric, named float
 * block kernel between two diagonals, subtracted from the identity), so the figure covers what
 * the tutorial's "dense algebra" line covers: solve time minus kernel time.
 * First times five block products of the operator alone, then runs LOBPCG for a fixed number of
 * iterations (tol = 1e-12 is not met), three times; prints the wall time and the process CPU time
 * (less sensitive to other processes on a shared machine) per iteration, stencil time excluded
 * from the wall time. {@code -Djkeops.linalg.scalar=true} runs linalg's scalar loops instead of
 * its SIMD ones (the fusions stay).
 *
 * Run 1 includes the JIT of a fresh JVM (session 8: at n = 3·10^4 with blocks of 12, the roll's
 * shape, most of run 1 is warm-up).
 *
 * <p>Run: {@code mvn -B -DskipTests -Pbench package -Dbench.main=org.jkeops.benchmarks.LobpcgDenseBenchmark
 * -Dbench.args="1000000 10"} (n, iterations, optionally the block size, default 10).
 */
public final class LobpcgDenseBenchmark {
    private LobpcgDenseBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int width = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        AtomicLong stencilNanos = new AtomicLong();
        LinearOperator k = LinearOperator.symmetric(LinearOperator.ofFloat(n, n, v -> {
            float[] o = new float[n];
            for (int i = 0; i < n; i++) {
                o[i] = 2f * v[i] + v[(i + 1) % n] + v[(i + n - 1) % n];
            }
            return o;
        }, width, b -> {
            long s = System.nanoTime();
            float[] o = new float[n * width];
            for (int i = 0; i < n; i++) {
                int next = ((i + 1) % n) * width;
                int prev = ((i + n - 1) % n) * width;
                for (int c = 0; c < width; c++) {
                    o[i * width + c] = 2f * b[i * width + c] + b[next + c] + b[prev + c];
                }
            }
            stencilNanos.addAndGet(System.nanoTime() - s);
            return o;
        })).named("K");
        double[] half = new double[n];
        Arrays.fill(half, 0.5); // D = K 1 = 4
        LinearOperator h = LinearOperator.diag(half);
        LinearOperator norm = LinearOperator.identity(n).minus(h.times(k).times(h)).named("L_norm");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%s, %d cores; LOBPCG dense algebra, n = %,d, blocks of %d, %d iterations%n",
                WarmupRunner.cpuModel(), Runtime.getRuntime().availableProcessors(), n, width, iterations);
        double[] block = new double[n * width];
        for (int i = 0; i < block.length; i++) {
            block[i] = Math.sin(0.37 * i);
        }
        for (int rep = 0; rep < 3; rep++) {
            stencilNanos.set(0);
            long t0 = System.nanoTime();
            for (int q = 0; q < 5; q++) {
                norm.applyBlock(block, width);
            }
            double wall = (System.nanoTime() - t0) * 1e-9 - stencilNanos.get() * 1e-9;
            System.out.printf(Locale.ROOT, "operator alone, run %d: %.4f s per block product without the stencil%n",
                    rep + 1, wall / 5);
        }
        for (int rep = 0; rep < 3; rep++) {
            stencilNanos.set(0);
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            try {
                Lobpcg.of(norm).k(7).blockSize(width).tol(1e-12).maxIterations(iterations).solve();
            } catch (LobpcgNoConvergenceException expected) {
                // tol = 1e-12 is out of reach: the run stops after maxIterations
            }
            double wall = (System.nanoTime() - t0) * 1e-9 - stencilNanos.get() * 1e-9;
            double cpu = (os.getProcessCpuTime() - cpu0) * 1e-9;
            // maxIterations + 1 Rayleigh-Ritz steps, plus the start and the final true-residual products
            int steps = iterations + 2;
            System.out.printf(Locale.ROOT, "run %d: %.3f s wall without the stencil (%.4f s per iteration), %.2f s CPU "
                    + "(%.4f s per iteration)%n", rep + 1, wall, wall / steps, cpu, cpu / steps);
        }
    }
}
