package org.jkeops.benchmarks;

import java.util.ArrayList;
import java.util.List;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The machine's float32 FMA peak as the Vector API reaches it, measured in the benchmark run:
 * 16 independent FMA chains of the preferred species per thread (enough to cover the FMA
 * latency on every current x86 core), in registers, no memory traffic. A kernel that needs D
 * FMAs per pair can at most reach {@code peak / D} pairs per second.
 */
final class FmaPeak {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final long ITERATIONS = 20_000_000L;

    private FmaPeak() {
    }

    /** Lane FMAs per second of {@code threads} threads together, best of three runs after a warm-up. */
    static double fmasPerSecond(int threads) throws InterruptedException {
        run(threads, ITERATIONS / 10);
        double best = 0;
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            run(threads, ITERATIONS);
            double s = (System.nanoTime() - t0) * 1e-9;
            best = Math.max(best, (double) threads * ITERATIONS * 16 * S.length() / s);
        }
        return best;
    }

    private static volatile float sink;

    private static void run(int threads, long iterations) throws InterruptedException {
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> sink = chains(iterations));
            all.add(th);
            th.start();
        }
        for (Thread th : all) {
            th.join();
        }
    }

    private static float chains(long iterations) {
        FloatVector m = FloatVector.broadcast(S, 0.9999999f);
        FloatVector c = FloatVector.broadcast(S, 1e-7f);
        FloatVector a0 = FloatVector.broadcast(S, 0.1f);
        FloatVector a1 = FloatVector.broadcast(S, 0.2f);
        FloatVector a2 = FloatVector.broadcast(S, 0.3f);
        FloatVector a3 = FloatVector.broadcast(S, 0.4f);
        FloatVector a4 = FloatVector.broadcast(S, 0.5f);
        FloatVector a5 = FloatVector.broadcast(S, 0.6f);
        FloatVector a6 = FloatVector.broadcast(S, 0.7f);
        FloatVector a7 = FloatVector.broadcast(S, 0.8f);
        FloatVector a8 = FloatVector.broadcast(S, 0.9f);
        FloatVector a9 = FloatVector.broadcast(S, 1.0f);
        FloatVector a10 = FloatVector.broadcast(S, 1.1f);
        FloatVector a11 = FloatVector.broadcast(S, 1.2f);
        FloatVector a12 = FloatVector.broadcast(S, 1.3f);
        FloatVector a13 = FloatVector.broadcast(S, 1.4f);
        FloatVector a14 = FloatVector.broadcast(S, 1.5f);
        FloatVector a15 = FloatVector.broadcast(S, 1.6f);
        for (long i = 0; i < iterations; i++) {
            a0 = a0.fma(m, c);
            a1 = a1.fma(m, c);
            a2 = a2.fma(m, c);
            a3 = a3.fma(m, c);
            a4 = a4.fma(m, c);
            a5 = a5.fma(m, c);
            a6 = a6.fma(m, c);
            a7 = a7.fma(m, c);
            a8 = a8.fma(m, c);
            a9 = a9.fma(m, c);
            a10 = a10.fma(m, c);
            a11 = a11.fma(m, c);
            a12 = a12.fma(m, c);
            a13 = a13.fma(m, c);
            a14 = a14.fma(m, c);
            a15 = a15.fma(m, c);
        }
        return a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9).add(a10).add(a11)
                .add(a12).add(a13).add(a14).add(a15).reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }
}
