package org.jkeops.benchmarks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.jkeops.cluster.RadiusRanges;

/**
 * The block Gaussian product {@code out = K B} (K_ij = exp(-g |x_i - x_j|^2), B an n × 10 block)
 * over the pairs a {@link RadiusRanges} keeps, written by hand on the Vector API in two ways that
 * share everything but the pairing, to measure issue 15's item 4:
 * <ul>
 *   <li>{@link #plain}: each row i sweeps all its kept j (what a reduction over j does);</li>
 *   <li>{@link #symmetric}: each unordered pair of clusters is computed once: cluster a sweeps only
 *       the kept j after its own points (and its own cluster, one-sided), and every exp(-g d^2)
 *       is accumulated into row i (in registers) and into row j (a load, fma and store per column).</li>
 * </ul>
 * The sorted points' relation is symmetric (RadiusRanges keeps cluster pair (a, b) iff it keeps
 * (b, a)), so the j &lt; start(a) part of a's ranges is exactly what the clusters before a compute
 * for a's rows.
 */
final class SymmetricGaussBlock {
    static final int W = 10;
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private final int n;
    private final float[][] xs;
    private final int[] clusterRanges;
    private final int[] slices;
    private final int[] red;
    private final float g;
    /** Clusters [bounds[t], bounds[t + 1]) go to thread t, split by kept pairs. */
    private final int[] bounds;
    private final ExecutorService pool;

    SymmetricGaussBlock(RadiusRanges rr, float g, int threads, ExecutorService pool) {
        float[] x = rr.points();
        this.n = x.length / 3;
        this.xs = new float[3][n];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 3; d++) {
                xs[d][i] = x[3 * i + d];
            }
        }
        this.clusterRanges = rr.clusterRanges();
        this.slices = rr.ranges().slicesI();
        this.red = rr.ranges().redrangesJ();
        this.g = g;
        this.pool = pool;
        int c = clusterRanges.length / 2;
        long[] work = new long[c + 1];
        for (int a = 0; a < c; a++) {
            long pairs = 0;
            for (int p = a == 0 ? 0 : slices[a - 1]; p < slices[a]; p++) {
                pairs += red[2 * p + 1] - red[2 * p];
            }
            work[a + 1] = work[a] + pairs * (clusterRanges[2 * a + 1] - clusterRanges[2 * a]);
        }
        bounds = new int[threads + 1];
        for (int t = 1; t < threads; t++) {
            long target = work[c] * t / threads;
            int a = 0;
            while (a < c && work[a] < target) {
                a++;
            }
            bounds[t] = a;
        }
        bounds[threads] = c;
    }

    /** K B, every row sweeping all its kept j. */
    float[] plain(float[] b) {
        return run(b, false);
    }

    /** K B, every cluster pair once. */
    float[] symmetric(float[] b) {
        return run(b, true);
    }

    private float[] run(float[] b, boolean sym) {
        float[][] bs = new float[W][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < W; c++) {
                bs[c][i] = b[i * W + c];
            }
        }
        int threads = bounds.length - 1;
        float[] out = new float[n * W];
        float[][][] transposed = new float[threads][][];
        Future<?>[] futures = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
            int tt = t;
            futures[t] = pool.submit(() -> {
                float[][] outT = sym ? new float[W][n] : null;
                for (int a = bounds[tt]; a < bounds[tt + 1]; a++) {
                    cluster(a, bs, out, outT);
                }
                transposed[tt] = outT;
            });
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (sym) {
            for (float[][] outT : transposed) {
                for (int i = 0; i < n; i++) {
                    for (int c = 0; c < W; c++) {
                        out[i * W + c] += outT[c][i];
                    }
                }
            }
        }
        return out;
    }

    private void cluster(int a, float[][] bs, float[] out, float[][] outT) {
        int sa = clusterRanges[2 * a];
        int ea = clusterRanges[2 * a + 1];
        for (int p = a == 0 ? 0 : slices[a - 1]; p < slices[a]; p++) {
            int js = red[2 * p];
            int je = red[2 * p + 1];
            if (outT == null) {
                for (int i = sa; i < ea; i++) {
                    oneSided(i, js, je, bs, out);
                }
                continue;
            }
            int ownLo = Math.max(js, sa);
            int ownHi = Math.min(je, ea);
            if (ownLo < ownHi) {
                for (int i = sa; i < ea; i++) {
                    oneSided(i, ownLo, ownHi, bs, out);
                }
            }
            int lo = Math.max(js, ea);
            if (lo < je) {
                for (int i = sa; i < ea; i++) {
                    twoSided(i, lo, je, bs, out, outT);
                }
            }
        }
    }

    private void oneSided(int i, int lo, int hi, float[][] bs, float[] out) {
        FloatVector xi0 = FloatVector.broadcast(S, xs[0][i]);
        FloatVector xi1 = FloatVector.broadcast(S, xs[1][i]);
        FloatVector xi2 = FloatVector.broadcast(S, xs[2][i]);
        FloatVector ng = FloatVector.broadcast(S, -g);
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0, a9 = a0;
        float[] b0 = bs[0], b1 = bs[1], b2 = bs[2], b3 = bs[3], b4 = bs[4], b5 = bs[5], b6 = bs[6], b7 = bs[7], b8 = bs[8],
                b9 = bs[9];
        int len = S.length();
        int j = lo;
        for (int bound = lo + S.loopBound(hi - lo); j < bound; j += len) {
            FloatVector d0 = FloatVector.fromArray(S, xs[0], j).sub(xi0);
            FloatVector d1 = FloatVector.fromArray(S, xs[1], j).sub(xi1);
            FloatVector d2 = FloatVector.fromArray(S, xs[2], j).sub(xi2);
            FloatVector r = d0.mul(d0).add(d1.mul(d1)).add(d2.mul(d2));
            FloatVector k = r.mul(ng).lanewise(VectorOperators.EXP);
            a0 = k.fma(FloatVector.fromArray(S, b0, j), a0);
            a1 = k.fma(FloatVector.fromArray(S, b1, j), a1);
            a2 = k.fma(FloatVector.fromArray(S, b2, j), a2);
            a3 = k.fma(FloatVector.fromArray(S, b3, j), a3);
            a4 = k.fma(FloatVector.fromArray(S, b4, j), a4);
            a5 = k.fma(FloatVector.fromArray(S, b5, j), a5);
            a6 = k.fma(FloatVector.fromArray(S, b6, j), a6);
            a7 = k.fma(FloatVector.fromArray(S, b7, j), a7);
            a8 = k.fma(FloatVector.fromArray(S, b8, j), a8);
            a9 = k.fma(FloatVector.fromArray(S, b9, j), a9);
        }
        if (j < hi) {
            VectorMask<Float> m = S.indexInRange(j, hi);
            FloatVector d0 = FloatVector.fromArray(S, xs[0], j, m).sub(xi0);
            FloatVector d1 = FloatVector.fromArray(S, xs[1], j, m).sub(xi1);
            FloatVector d2 = FloatVector.fromArray(S, xs[2], j, m).sub(xi2);
            FloatVector r = d0.mul(d0).add(d1.mul(d1)).add(d2.mul(d2));
            FloatVector k = r.mul(ng).lanewise(VectorOperators.EXP);
            a0 = k.fma(FloatVector.fromArray(S, b0, j, m), a0);
            a1 = k.fma(FloatVector.fromArray(S, b1, j, m), a1);
            a2 = k.fma(FloatVector.fromArray(S, b2, j, m), a2);
            a3 = k.fma(FloatVector.fromArray(S, b3, j, m), a3);
            a4 = k.fma(FloatVector.fromArray(S, b4, j, m), a4);
            a5 = k.fma(FloatVector.fromArray(S, b5, j, m), a5);
            a6 = k.fma(FloatVector.fromArray(S, b6, j, m), a6);
            a7 = k.fma(FloatVector.fromArray(S, b7, j, m), a7);
            a8 = k.fma(FloatVector.fromArray(S, b8, j, m), a8);
            a9 = k.fma(FloatVector.fromArray(S, b9, j, m), a9);
        }
        int o = i * W;
        out[o] += a0.reduceLanes(VectorOperators.ADD);
        out[o + 1] += a1.reduceLanes(VectorOperators.ADD);
        out[o + 2] += a2.reduceLanes(VectorOperators.ADD);
        out[o + 3] += a3.reduceLanes(VectorOperators.ADD);
        out[o + 4] += a4.reduceLanes(VectorOperators.ADD);
        out[o + 5] += a5.reduceLanes(VectorOperators.ADD);
        out[o + 6] += a6.reduceLanes(VectorOperators.ADD);
        out[o + 7] += a7.reduceLanes(VectorOperators.ADD);
        out[o + 8] += a8.reduceLanes(VectorOperators.ADD);
        out[o + 9] += a9.reduceLanes(VectorOperators.ADD);
    }

    private void twoSided(int i, int lo, int hi, float[][] bs, float[] out, float[][] outT) {
        FloatVector xi0 = FloatVector.broadcast(S, xs[0][i]);
        FloatVector xi1 = FloatVector.broadcast(S, xs[1][i]);
        FloatVector xi2 = FloatVector.broadcast(S, xs[2][i]);
        FloatVector ng = FloatVector.broadcast(S, -g);
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0, a9 = a0;
        float[] b0 = bs[0], b1 = bs[1], b2 = bs[2], b3 = bs[3], b4 = bs[4], b5 = bs[5], b6 = bs[6], b7 = bs[7], b8 = bs[8],
                b9 = bs[9];
        float[] t0 = outT[0], t1 = outT[1], t2 = outT[2], t3 = outT[3], t4 = outT[4], t5 = outT[5], t6 = outT[6],
                t7 = outT[7], t8 = outT[8], t9 = outT[9];
        FloatVector c0 = FloatVector.broadcast(S, b0[i]), c1 = FloatVector.broadcast(S, b1[i]),
                c2 = FloatVector.broadcast(S, b2[i]), c3 = FloatVector.broadcast(S, b3[i]),
                c4 = FloatVector.broadcast(S, b4[i]), c5 = FloatVector.broadcast(S, b5[i]),
                c6 = FloatVector.broadcast(S, b6[i]), c7 = FloatVector.broadcast(S, b7[i]),
                c8 = FloatVector.broadcast(S, b8[i]), c9 = FloatVector.broadcast(S, b9[i]);
        int len = S.length();
        int j = lo;
        for (int bound = lo + S.loopBound(hi - lo); j < bound; j += len) {
            FloatVector d0 = FloatVector.fromArray(S, xs[0], j).sub(xi0);
            FloatVector d1 = FloatVector.fromArray(S, xs[1], j).sub(xi1);
            FloatVector d2 = FloatVector.fromArray(S, xs[2], j).sub(xi2);
            FloatVector r = d0.mul(d0).add(d1.mul(d1)).add(d2.mul(d2));
            FloatVector k = r.mul(ng).lanewise(VectorOperators.EXP);
            a0 = k.fma(FloatVector.fromArray(S, b0, j), a0);
            a1 = k.fma(FloatVector.fromArray(S, b1, j), a1);
            a2 = k.fma(FloatVector.fromArray(S, b2, j), a2);
            a3 = k.fma(FloatVector.fromArray(S, b3, j), a3);
            a4 = k.fma(FloatVector.fromArray(S, b4, j), a4);
            a5 = k.fma(FloatVector.fromArray(S, b5, j), a5);
            a6 = k.fma(FloatVector.fromArray(S, b6, j), a6);
            a7 = k.fma(FloatVector.fromArray(S, b7, j), a7);
            a8 = k.fma(FloatVector.fromArray(S, b8, j), a8);
            a9 = k.fma(FloatVector.fromArray(S, b9, j), a9);
            k.fma(c0, FloatVector.fromArray(S, t0, j)).intoArray(t0, j);
            k.fma(c1, FloatVector.fromArray(S, t1, j)).intoArray(t1, j);
            k.fma(c2, FloatVector.fromArray(S, t2, j)).intoArray(t2, j);
            k.fma(c3, FloatVector.fromArray(S, t3, j)).intoArray(t3, j);
            k.fma(c4, FloatVector.fromArray(S, t4, j)).intoArray(t4, j);
            k.fma(c5, FloatVector.fromArray(S, t5, j)).intoArray(t5, j);
            k.fma(c6, FloatVector.fromArray(S, t6, j)).intoArray(t6, j);
            k.fma(c7, FloatVector.fromArray(S, t7, j)).intoArray(t7, j);
            k.fma(c8, FloatVector.fromArray(S, t8, j)).intoArray(t8, j);
            k.fma(c9, FloatVector.fromArray(S, t9, j)).intoArray(t9, j);
        }
        if (j < hi) {
            VectorMask<Float> m = S.indexInRange(j, hi);
            FloatVector d0 = FloatVector.fromArray(S, xs[0], j, m).sub(xi0);
            FloatVector d1 = FloatVector.fromArray(S, xs[1], j, m).sub(xi1);
            FloatVector d2 = FloatVector.fromArray(S, xs[2], j, m).sub(xi2);
            FloatVector r = d0.mul(d0).add(d1.mul(d1)).add(d2.mul(d2));
            FloatVector k = r.mul(ng).lanewise(VectorOperators.EXP);
            a0 = k.fma(FloatVector.fromArray(S, b0, j, m), a0);
            a1 = k.fma(FloatVector.fromArray(S, b1, j, m), a1);
            a2 = k.fma(FloatVector.fromArray(S, b2, j, m), a2);
            a3 = k.fma(FloatVector.fromArray(S, b3, j, m), a3);
            a4 = k.fma(FloatVector.fromArray(S, b4, j, m), a4);
            a5 = k.fma(FloatVector.fromArray(S, b5, j, m), a5);
            a6 = k.fma(FloatVector.fromArray(S, b6, j, m), a6);
            a7 = k.fma(FloatVector.fromArray(S, b7, j, m), a7);
            a8 = k.fma(FloatVector.fromArray(S, b8, j, m), a8);
            a9 = k.fma(FloatVector.fromArray(S, b9, j, m), a9);
            k.fma(c0, FloatVector.fromArray(S, t0, j, m)).intoArray(t0, j, m);
            k.fma(c1, FloatVector.fromArray(S, t1, j, m)).intoArray(t1, j, m);
            k.fma(c2, FloatVector.fromArray(S, t2, j, m)).intoArray(t2, j, m);
            k.fma(c3, FloatVector.fromArray(S, t3, j, m)).intoArray(t3, j, m);
            k.fma(c4, FloatVector.fromArray(S, t4, j, m)).intoArray(t4, j, m);
            k.fma(c5, FloatVector.fromArray(S, t5, j, m)).intoArray(t5, j, m);
            k.fma(c6, FloatVector.fromArray(S, t6, j, m)).intoArray(t6, j, m);
            k.fma(c7, FloatVector.fromArray(S, t7, j, m)).intoArray(t7, j, m);
            k.fma(c8, FloatVector.fromArray(S, t8, j, m)).intoArray(t8, j, m);
            k.fma(c9, FloatVector.fromArray(S, t9, j, m)).intoArray(t9, j, m);
        }
        int o = i * W;
        out[o] += a0.reduceLanes(VectorOperators.ADD);
        out[o + 1] += a1.reduceLanes(VectorOperators.ADD);
        out[o + 2] += a2.reduceLanes(VectorOperators.ADD);
        out[o + 3] += a3.reduceLanes(VectorOperators.ADD);
        out[o + 4] += a4.reduceLanes(VectorOperators.ADD);
        out[o + 5] += a5.reduceLanes(VectorOperators.ADD);
        out[o + 6] += a6.reduceLanes(VectorOperators.ADD);
        out[o + 7] += a7.reduceLanes(VectorOperators.ADD);
        out[o + 8] += a8.reduceLanes(VectorOperators.ADD);
        out[o + 9] += a9.reduceLanes(VectorOperators.ADD);
    }
}
