package org.jkeops.benchmarks;

import java.util.Locale;
import java.util.SplittableRandom;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.jkeops.cluster.RadiusRanges;
import org.jkeops.cpu.internal.Lanes;
import org.jkeops.cpu.internal.Parallel;
import org.jkeops.cpu.internal.Soa;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.internal.RangeBlocks;

/**
 * Issue 15, session 6: hand-written variants of the block-sparse 10-column pass ({@code gauss3x10} on
 * the roll, AVX-512 only) against the generated kernel on the same gathered data, to find what the
 * generated row loop should become. Each variant runs the generated driver's task split and shared
 * gather buffers; only the per-task row sweep differs. Prints process CPU and wall time per pass
 * and how many outputs differ bitwise from the generated kernel's.
 *
 * <p>Arguments: {@code n passes variants...}; variants: gen (the generated kernel), copy (its row
 * loop copied by hand), inf (the exp's overflow by an add), norange (no range handling: wrong
 * outside it, an upper bound), fast (one abs compare a step, full handling when a lane needs it),
 * spec (speculative 256-pair tiles, redone exactly when an argument leaves the range), swap (j
 * blocks of 256 outer, the task's rows inner, row sums in a small array), swap2 (swap, two rows a
 * sweep), u2 (j unrolled twice), flat (one loop a row), nob / b1024 (no / 1024-pair partial sums),
 * est (Estrin's polynomial), gonly (the gathers alone). Results in docs/PERFORMANCE.md, session 6.
 */
public final class RangedPassPrototype {
    private static final VectorSpecies<Float> FS = FloatVector.SPECIES_512;
    private static final int BLOCK = 256;

    private RangedPassPrototype() {
    }

    /** One task's rows [r0, r1) over gathered columns [js, je). */
    interface Rows {
        void run(float[] x, float[][] y, float[][] v, float g, int r0, int r1, int js, int je, float[] out, float[] scratch);
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int passes = Integer.parseInt(args[1]);
        double sigma = 0.01;
        double radius = 4 * sigma;
        float g = (float) (1 / (2 * sigma * sigma));
        float[] raw = SwissRoll.points(n);
        RadiusRanges rr = RadiusRanges.of(raw, 3, radius);
        float[] x = rr.points();
        float[] b = new float[n * 10];
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) rnd.nextDouble(-1, 1);
        }
        KernelRuntime runtime = KernelRuntime.shared();
        SpectralBenchKernels kernels = new SpectralBenchKernelsImpl(runtime);
        RangeBlocks blocks = rr.ranges().blocksOverJ("ranges", n, n);
        System.out.printf(Locale.ROOT, "roll N = %,d, %d clusters, %.3e kept pairs%n", n, rr.clusters(), (double) rr.keptPairs());
        float[] ref = kernels.gauss3x10(x, x, b, g, rr.ranges());
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int p = 0; p < passes; p++) {
            for (int a = 2; a < args.length; a++) {
                String name = args[a];
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                float[] out = name.equals("gen") ? kernels.gauss3x10(x, x, b, g, rr.ranges())
                        : pass(runtime, variant(name), x, b, g, n, blocks);
                double s = (System.nanoTime() - t0) * 1e-9;
                double cpu = (os.getProcessCpuTime() - c0) * 1e-9;
                int diff = 0;
                double maxRel = 0;
                for (int i = 0; i < out.length; i++) {
                    if (Float.floatToRawIntBits(out[i]) != Float.floatToRawIntBits(ref[i])) {
                        diff++;
                        maxRel = Math.max(maxRel, Math.abs(out[i] - ref[i]) / (Math.abs(ref[i]) + 1e-3));
                    }
                }
                System.out.printf(Locale.ROOT, "pass %d %-6s %.3f s (CPU %.3f s), %d outputs differ (max rel %.2e)%n",
                        p, name, s, cpu, diff, maxRel);
            }
        }
    }

    static Rows variant(String name) {
        return switch (name) {
            case "copy" -> (x, y, v, g, r0, r1, js, je, out, s) -> rowsCopy(x, y, v, g, r0, r1, js, je, out, 0, BLOCK);
            case "inf" -> (x, y, v, g, r0, r1, js, je, out, s) -> rowsCopy(x, y, v, g, r0, r1, js, je, out, 1, BLOCK);
            case "norange" -> (x, y, v, g, r0, r1, js, je, out, s) -> rowsCopy(x, y, v, g, r0, r1, js, je, out, 2, BLOCK);
            case "fast" -> (x, y, v, g, r0, r1, js, je, out, s) -> rowsCopy(x, y, v, g, r0, r1, js, je, out, 3, BLOCK);
            case "b1024" -> (x, y, v, g, r0, r1, js, je, out, s) -> rowsCopy(x, y, v, g, r0, r1, js, je, out, 0, 1024);
            case "nob" -> (x, y, v, g, r0, r1, js, je, out, s) -> rowsCopy(x, y, v, g, r0, r1, js, je, out, 0, 1 << 30);
            case "spec" -> (x, y, v, g, r0, r1, js, je, out, s) -> rowsSpec(x, y, v, g, r0, r1, js, je, out);
            case "est" -> (x, y, v, g, r0, r1, js, je, out, s) -> rowsEstrin(x, y, v, g, r0, r1, js, je, out);
            case "gonly" -> (x, y, v, g, r0, r1, js, je, out, s) -> { };
            case "flat" -> (x, y, v, g, r0, r1, js, je, out, s) -> rowsFlat(x, y, v, g, r0, r1, js, je, out);
            case "swap" -> (x, y, v, g, r0, r1, js, je, out, s) -> rowsSwapped(x, y, v, g, r0, r1, js, je, out, s, false);
            case "u2" -> (x, y, v, g, r0, r1, js, je, out, s) -> rowsUnrolled(x, y, v, g, r0, r1, js, je, out);
            case "swap2" -> (x, y, v, g, r0, r1, js, je, out, s) -> rowsSwapped(x, y, v, g, r0, r1, js, je, out, s, true);
            default -> throw new IllegalArgumentException("no variant " + name);
        };
    }

    /** The generated driver's block-sparse branch with {@code rows} as the row sweep. */
    static float[] pass(KernelRuntime runtime, Rows rows, float[] x, float[] b, float g, int n, RangeBlocks blocks) {
        float[] out = new float[n * 10];
        final float[][] soa1 = Soa.columns(x, n, 3);
        final float[][] soa2 = Soa.columns(b, n, 10);
        final int[] sl = blocks.slices();
        final int[] tasks = Parallel.blockTasks(blocks, runtime.threads(), 1);
        final int grain = Parallel.taskGrain(tasks.length / 3, blocks.pairs(), runtime.threads());
        runtime.parallelFor(tasks.length / 3, grain, (c0, c1) -> {
            float[][] soa1g = null;
            float[][] soa2g = null;
            float[] scratch = new float[0];
            for (int task = c0; task < c1; task++) {
                final int c = tasks[3 * task];
                int r0 = tasks[3 * task + 1];
                int r1 = tasks[3 * task + 2];
                if (scratch.length < (r1 - r0) * 10 * FS.length()) {
                    scratch = new float[(r1 - r0) * 10 * FS.length()];
                }
                if (sl[c + 1] - sl[c] <= 1) {
                    final int js = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c]] : 0;
                    final int je = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c] + 1] : 0;
                    rows.run(x, soa1, soa2, g, r0, r1, js, je, out, scratch);
                } else {
                    soa1g = Soa.gather(soa1, blocks.intervals(), sl[c], sl[c + 1], soa1g);
                    soa2g = Soa.gather(soa2, blocks.intervals(), sl[c], sl[c + 1], soa2g);
                    final int je = Soa.gatheredLength(blocks.intervals(), sl[c], sl[c + 1]);
                    rows.run(x, soa1g, soa2g, g, r0, r1, 0, je, out, scratch);
                }
            }
        });
        return out;
    }

    /** mode 0: the generated exp; 1: its overflow by an add; 2: no range handling (wrong outside); 3: one abs test, full handling only when a lane needs it. */
    static FloatVector exp(FloatVector v16, int mode) {
        final var k0 = v16.fma(1.442695f, 1.2582912E7f);
        final var k1 = k0.sub(1.2582912E7f);
        final var k2 = k1.fma(FloatVector.broadcast(FS, -0.6931472f), v16);
        final var k3 = k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), k2);
        final var k4 = k3.fma(0.0013933751f, 0.008369237f);
        final var k5 = k4.fma(k3, FloatVector.broadcast(FS, 0.041666463f));
        final var k6 = k5.fma(k3, FloatVector.broadcast(FS, 0.16666505f));
        final var k7 = k6.fma(k3, FloatVector.broadcast(FS, 0.5f));
        final var k8 = k7.fma(k3, FloatVector.broadcast(FS, 1.0f));
        final var k9 = k8.fma(k3, FloatVector.broadcast(FS, 1.0f));
        final var k10 = k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
        final var k11 = k9.reinterpretAsInts().add(k10).reinterpretAsFloats();
        if (mode == 2) {
            return k11;
        }
        if (mode == 3) {
            if (v16.abs().compare(VectorOperators.LE, 87.33654f).allTrue()) {
                return k11;
            }
            return v16.add(Float.POSITIVE_INFINITY).blend(k11, v16.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v16.lt(-87.33654f));
        }
        final FloatVector over = mode == 1 ? v16.add(Float.POSITIVE_INFINITY) : v16.mul(Float.POSITIVE_INFINITY);
        return over.blend(k11, v16.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v16.lt(-87.33654f));
    }

    /** The generated row loop (gauss3x10Row + gauss3x10RowTail), one row at a time. */
    static void rowsCopy(float[] x, float[][] y, float[][] v, float g, int r0, int r1, int js, int je, float[] out,
            int mode, int block) {
        final float t1 = -g;
        final float[] c0 = y[0], c1 = y[1], c2 = y[2];
        final float[] w0 = v[0], w1 = v[1], w2 = v[2], w3 = v[3], w4 = v[4], w5 = v[5], w6 = v[6], w7 = v[7], w8 = v[8], w9 = v[9];
        final FloatVector b1 = FloatVector.broadcast(FS, t1);
        for (int r = r0; r < r1; r++) {
            final FloatVector bx = FloatVector.broadcast(FS, x[r * 3]);
            final FloatVector by = FloatVector.broadcast(FS, x[r * 3 + 1]);
            final FloatVector bz = FloatVector.broadcast(FS, x[r * 3 + 2]);
            FloatVector a0 = FloatVector.zero(FS), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0, a9 = a0;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += block) {
                final int j1 = (int) Math.min(bound, (long) j0 + block);
                FloatVector s0 = FloatVector.zero(FS), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0, s8 = s0, s9 = s0;
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector dx = bx.sub(FloatVector.fromArray(FS, c0, j));
                    final FloatVector dy = by.sub(FloatVector.fromArray(FS, c1, j));
                    final FloatVector dz = bz.sub(FloatVector.fromArray(FS, c2, j));
                    final FloatVector e = exp(b1.mul(dz.fma(dz, dx.fma(dx, dy.mul(dy)))), mode);
                    s0 = e.fma(FloatVector.fromArray(FS, w0, j), s0);
                    s1 = e.fma(FloatVector.fromArray(FS, w1, j), s1);
                    s2 = e.fma(FloatVector.fromArray(FS, w2, j), s2);
                    s3 = e.fma(FloatVector.fromArray(FS, w3, j), s3);
                    s4 = e.fma(FloatVector.fromArray(FS, w4, j), s4);
                    s5 = e.fma(FloatVector.fromArray(FS, w5, j), s5);
                    s6 = e.fma(FloatVector.fromArray(FS, w6, j), s6);
                    s7 = e.fma(FloatVector.fromArray(FS, w7, j), s7);
                    s8 = e.fma(FloatVector.fromArray(FS, w8, j), s8);
                    s9 = e.fma(FloatVector.fromArray(FS, w9, j), s9);
                }
                a0 = a0.add(s0); a1 = a1.add(s1); a2 = a2.add(s2); a3 = a3.add(s3); a4 = a4.add(s4);
                a5 = a5.add(s5); a6 = a6.add(s6); a7 = a7.add(s7); a8 = a8.add(s8); a9 = a9.add(s9);
            }
            float[] acc = {Lanes.sum(a0), Lanes.sum(a1), Lanes.sum(a2), Lanes.sum(a3), Lanes.sum(a4),
                Lanes.sum(a5), Lanes.sum(a6), Lanes.sum(a7), Lanes.sum(a8), Lanes.sum(a9)};
            tail(x, y, v, t1, r, bound, je, acc, out);
        }
    }

    /**
     * The generated row loop with the j-loop unrolled twice and the two steps' operations interleaved:
     * two independent exp chains in flight (the chain is ~70 cycles long, a step's throughput ~24).
     * The accumulators add the two steps in j order, so results are bitwise the same.
     */
    static void rowsUnrolled(float[] x, float[][] y, float[][] v, float g, int r0, int r1, int js, int je, float[] out) {
        final int L = FS.length();
        final float t1 = -g;
        final float[] acc = new float[10];
        for (int r = r0; r < r1; r++) {
            final FloatVector[] a = unrolledRow(x, y, v, t1, r, js, je);
            for (int k = 0; k < 10; k++) {
                acc[k] = Lanes.sum(a[k]);
            }
            tail(x, y, v, t1, r, js + FS.loopBound(je - js), je, acc, out);
        }
    }

    static FloatVector[] unrolledRow(float[] x, float[][] y, float[][] v, float t1, int r, int js, int je) {
        final int L = FS.length();
        final FloatVector b1 = FloatVector.broadcast(FS, t1);
        final float[] c0 = y[0], c1 = y[1], c2 = y[2];
        final float[] w0 = v[0], w1 = v[1], w2 = v[2], w3 = v[3], w4 = v[4], w5 = v[5], w6 = v[6], w7 = v[7], w8 = v[8], w9 = v[9];
        final FloatVector bx = FloatVector.broadcast(FS, x[r * 3]);
        final FloatVector by = FloatVector.broadcast(FS, x[r * 3 + 1]);
        final FloatVector bz = FloatVector.broadcast(FS, x[r * 3 + 2]);
        FloatVector a0 = FloatVector.zero(FS), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0, a9 = a0;
        final int bound = js + FS.loopBound(je - js);
        for (int j0 = js; j0 < bound; j0 += BLOCK) {
            final int j1 = Math.min(bound, j0 + BLOCK);
            FloatVector s0 = FloatVector.zero(FS), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0, s8 = s0, s9 = s0;
            int j = j0;
            for (; j + L < j1; j += 2 * L) {
                final int i = j + L;
                final FloatVector dx = bx.sub(FloatVector.fromArray(FS, c0, j));
                final FloatVector ex = bx.sub(FloatVector.fromArray(FS, c0, i));
                final FloatVector dy = by.sub(FloatVector.fromArray(FS, c1, j));
                final FloatVector ey = by.sub(FloatVector.fromArray(FS, c1, i));
                final FloatVector dz = bz.sub(FloatVector.fromArray(FS, c2, j));
                final FloatVector ez = bz.sub(FloatVector.fromArray(FS, c2, i));
                final FloatVector a = b1.mul(dz.fma(dz, dx.fma(dx, dy.mul(dy))));
                final FloatVector b = b1.mul(ez.fma(ez, ex.fma(ex, ey.mul(ey))));
                final var k0 = a.fma(1.442695f, 1.2582912E7f);
                final var m0 = b.fma(1.442695f, 1.2582912E7f);
                final var k1 = k0.sub(1.2582912E7f);
                final var m1 = m0.sub(1.2582912E7f);
                final var k2 = k1.fma(FloatVector.broadcast(FS, -0.6931472f), a);
                final var m2 = m1.fma(FloatVector.broadcast(FS, -0.6931472f), b);
                final var k3 = k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), k2);
                final var m3 = m1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), m2);
                final var k4 = k3.fma(0.0013933751f, 0.008369237f);
                final var m4 = m3.fma(0.0013933751f, 0.008369237f);
                final var k5 = k4.fma(k3, FloatVector.broadcast(FS, 0.041666463f));
                final var m5 = m4.fma(m3, FloatVector.broadcast(FS, 0.041666463f));
                final var k6 = k5.fma(k3, FloatVector.broadcast(FS, 0.16666505f));
                final var m6 = m5.fma(m3, FloatVector.broadcast(FS, 0.16666505f));
                final var k7 = k6.fma(k3, FloatVector.broadcast(FS, 0.5f));
                final var m7 = m6.fma(m3, FloatVector.broadcast(FS, 0.5f));
                final var k8 = k7.fma(k3, FloatVector.broadcast(FS, 1.0f));
                final var m8 = m7.fma(m3, FloatVector.broadcast(FS, 1.0f));
                final var k9 = k8.fma(k3, FloatVector.broadcast(FS, 1.0f));
                final var m9 = m8.fma(m3, FloatVector.broadcast(FS, 1.0f));
                final var k10 = k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var m10 = m0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var k11 = k9.reinterpretAsInts().add(k10).reinterpretAsFloats();
                final var m11 = m9.reinterpretAsInts().add(m10).reinterpretAsFloats();
                final FloatVector e = a.mul(Float.POSITIVE_INFINITY).blend(k11, a.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, a.lt(-87.33654f));
                final FloatVector f = b.mul(Float.POSITIVE_INFINITY).blend(m11, b.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, b.lt(-87.33654f));
                s0 = f.fma(FloatVector.fromArray(FS, w0, i), e.fma(FloatVector.fromArray(FS, w0, j), s0));
                s1 = f.fma(FloatVector.fromArray(FS, w1, i), e.fma(FloatVector.fromArray(FS, w1, j), s1));
                s2 = f.fma(FloatVector.fromArray(FS, w2, i), e.fma(FloatVector.fromArray(FS, w2, j), s2));
                s3 = f.fma(FloatVector.fromArray(FS, w3, i), e.fma(FloatVector.fromArray(FS, w3, j), s3));
                s4 = f.fma(FloatVector.fromArray(FS, w4, i), e.fma(FloatVector.fromArray(FS, w4, j), s4));
                s5 = f.fma(FloatVector.fromArray(FS, w5, i), e.fma(FloatVector.fromArray(FS, w5, j), s5));
                s6 = f.fma(FloatVector.fromArray(FS, w6, i), e.fma(FloatVector.fromArray(FS, w6, j), s6));
                s7 = f.fma(FloatVector.fromArray(FS, w7, i), e.fma(FloatVector.fromArray(FS, w7, j), s7));
                s8 = f.fma(FloatVector.fromArray(FS, w8, i), e.fma(FloatVector.fromArray(FS, w8, j), s8));
                s9 = f.fma(FloatVector.fromArray(FS, w9, i), e.fma(FloatVector.fromArray(FS, w9, j), s9));
            }
            for (; j < j1; j += L) {
                final FloatVector dx = bx.sub(FloatVector.fromArray(FS, c0, j));
                final FloatVector dy = by.sub(FloatVector.fromArray(FS, c1, j));
                final FloatVector dz = bz.sub(FloatVector.fromArray(FS, c2, j));
                final FloatVector e = exp(b1.mul(dz.fma(dz, dx.fma(dx, dy.mul(dy)))), 0);
                s0 = e.fma(FloatVector.fromArray(FS, w0, j), s0);
                s1 = e.fma(FloatVector.fromArray(FS, w1, j), s1);
                s2 = e.fma(FloatVector.fromArray(FS, w2, j), s2);
                s3 = e.fma(FloatVector.fromArray(FS, w3, j), s3);
                s4 = e.fma(FloatVector.fromArray(FS, w4, j), s4);
                s5 = e.fma(FloatVector.fromArray(FS, w5, j), s5);
                s6 = e.fma(FloatVector.fromArray(FS, w6, j), s6);
                s7 = e.fma(FloatVector.fromArray(FS, w7, j), s7);
                s8 = e.fma(FloatVector.fromArray(FS, w8, j), s8);
                s9 = e.fma(FloatVector.fromArray(FS, w9, j), s9);
            }
            a0 = a0.add(s0); a1 = a1.add(s1); a2 = a2.add(s2); a3 = a3.add(s3); a4 = a4.add(s4);
            a5 = a5.add(s5); a6 = a6.add(s6); a7 = a7.add(s7); a8 = a8.add(s8); a9 = a9.add(s9);
        }
        return new FloatVector[] {a0, a1, a2, a3, a4, a5, a6, a7, a8, a9};
    }

    /**
     * The generated loop's sums (256-column partial sums added to the row's sums in the same order)
     * in one loop over the row's columns: the partial sums fold in a branch taken every 16th step, so
     * the JIT sees one long counted loop per row instead of one short one per 256 columns.
     */
    static void rowsFlat(float[] x, float[][] y, float[][] v, float g, int r0, int r1, int js, int je, float[] out) {
        final int L = FS.length();
        final float t1 = -g;
        final float[] c0 = y[0], c1 = y[1], c2 = y[2];
        final float[] w0 = v[0], w1 = v[1], w2 = v[2], w3 = v[3], w4 = v[4], w5 = v[5], w6 = v[6], w7 = v[7], w8 = v[8], w9 = v[9];
        final FloatVector b1 = FloatVector.broadcast(FS, t1);
        final float[] acc = new float[10];
        for (int r = r0; r < r1; r++) {
            final FloatVector bx = FloatVector.broadcast(FS, x[r * 3]);
            final FloatVector by = FloatVector.broadcast(FS, x[r * 3 + 1]);
            final FloatVector bz = FloatVector.broadcast(FS, x[r * 3 + 2]);
            FloatVector a0 = FloatVector.zero(FS), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0, a9 = a0;
            FloatVector s0 = a0, s1 = a0, s2 = a0, s3 = a0, s4 = a0, s5 = a0, s6 = a0, s7 = a0, s8 = a0, s9 = a0;
            final int bound = js + FS.loopBound(je - js);
            int fold = Math.min(bound, js + BLOCK) - L;
            for (int j = js; j < bound; j += L) {
                final FloatVector dx = bx.sub(FloatVector.fromArray(FS, c0, j));
                final FloatVector dy = by.sub(FloatVector.fromArray(FS, c1, j));
                final FloatVector dz = bz.sub(FloatVector.fromArray(FS, c2, j));
                final FloatVector e = exp(b1.mul(dz.fma(dz, dx.fma(dx, dy.mul(dy)))), 0);
                s0 = e.fma(FloatVector.fromArray(FS, w0, j), s0);
                s1 = e.fma(FloatVector.fromArray(FS, w1, j), s1);
                s2 = e.fma(FloatVector.fromArray(FS, w2, j), s2);
                s3 = e.fma(FloatVector.fromArray(FS, w3, j), s3);
                s4 = e.fma(FloatVector.fromArray(FS, w4, j), s4);
                s5 = e.fma(FloatVector.fromArray(FS, w5, j), s5);
                s6 = e.fma(FloatVector.fromArray(FS, w6, j), s6);
                s7 = e.fma(FloatVector.fromArray(FS, w7, j), s7);
                s8 = e.fma(FloatVector.fromArray(FS, w8, j), s8);
                s9 = e.fma(FloatVector.fromArray(FS, w9, j), s9);
                if (j == fold) {
                    a0 = a0.add(s0); a1 = a1.add(s1); a2 = a2.add(s2); a3 = a3.add(s3); a4 = a4.add(s4);
                    a5 = a5.add(s5); a6 = a6.add(s6); a7 = a7.add(s7); a8 = a8.add(s8); a9 = a9.add(s9);
                    s0 = FloatVector.zero(FS); s1 = s0; s2 = s0; s3 = s0; s4 = s0; s5 = s0; s6 = s0; s7 = s0; s8 = s0; s9 = s0;
                    fold = Math.min(bound, fold + L + BLOCK) - L;
                }
            }
            acc[0] = Lanes.sum(a0); acc[1] = Lanes.sum(a1); acc[2] = Lanes.sum(a2); acc[3] = Lanes.sum(a3); acc[4] = Lanes.sum(a4);
            acc[5] = Lanes.sum(a5); acc[6] = Lanes.sum(a6); acc[7] = Lanes.sum(a7); acc[8] = Lanes.sum(a8); acc[9] = Lanes.sum(a9);
            tail(x, y, v, t1, r, bound, je, acc, out);
        }
    }

    /** The generated row loop with the exp's polynomial in Estrin's scheme (16 cycles deep instead of Horner's 24). */
    static void rowsEstrin(float[] x, float[][] y, float[][] v, float g, int r0, int r1, int js, int je, float[] out) {
        final float t1 = -g;
        final float[] c0 = y[0], c1 = y[1], c2 = y[2];
        final float[] w0 = v[0], w1 = v[1], w2 = v[2], w3 = v[3], w4 = v[4], w5 = v[5], w6 = v[6], w7 = v[7], w8 = v[8], w9 = v[9];
        final FloatVector b1 = FloatVector.broadcast(FS, t1);
        final float[] acc = new float[10];
        for (int r = r0; r < r1; r++) {
            final FloatVector bx = FloatVector.broadcast(FS, x[r * 3]);
            final FloatVector by = FloatVector.broadcast(FS, x[r * 3 + 1]);
            final FloatVector bz = FloatVector.broadcast(FS, x[r * 3 + 2]);
            FloatVector a0 = FloatVector.zero(FS), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0, a9 = a0;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += BLOCK) {
                final int j1 = Math.min(bound, j0 + BLOCK);
                FloatVector s0 = FloatVector.zero(FS), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0, s8 = s0, s9 = s0;
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector dx = bx.sub(FloatVector.fromArray(FS, c0, j));
                    final FloatVector dy = by.sub(FloatVector.fromArray(FS, c1, j));
                    final FloatVector dz = bz.sub(FloatVector.fromArray(FS, c2, j));
                    final FloatVector a = b1.mul(dz.fma(dz, dx.fma(dx, dy.mul(dy))));
                    final var k0 = a.fma(1.442695f, 1.2582912E7f);
                    final var k1 = k0.sub(1.2582912E7f);
                    final var k2 = k1.fma(FloatVector.broadcast(FS, -0.6931472f), a);
                    final var k3 = k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), k2);
                    final var q2 = k3.mul(k3);
                    final var p01 = k3.add(1.0f);
                    final var p23 = k3.fma(0.16666505f, 0.5f);
                    final var p45 = k3.fma(0.008369237f, 0.041666463f);
                    final var p46 = q2.fma(FloatVector.broadcast(FS, 0.0013933751f), p45);
                    final var p26 = q2.fma(p46, p23);
                    final var k9 = q2.fma(p26, p01);
                    final var k10 = k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var k11 = k9.reinterpretAsInts().add(k10).reinterpretAsFloats();
                    final FloatVector e = a.mul(Float.POSITIVE_INFINITY).blend(k11, a.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, a.lt(-87.33654f));
                    s0 = e.fma(FloatVector.fromArray(FS, w0, j), s0);
                    s1 = e.fma(FloatVector.fromArray(FS, w1, j), s1);
                    s2 = e.fma(FloatVector.fromArray(FS, w2, j), s2);
                    s3 = e.fma(FloatVector.fromArray(FS, w3, j), s3);
                    s4 = e.fma(FloatVector.fromArray(FS, w4, j), s4);
                    s5 = e.fma(FloatVector.fromArray(FS, w5, j), s5);
                    s6 = e.fma(FloatVector.fromArray(FS, w6, j), s6);
                    s7 = e.fma(FloatVector.fromArray(FS, w7, j), s7);
                    s8 = e.fma(FloatVector.fromArray(FS, w8, j), s8);
                    s9 = e.fma(FloatVector.fromArray(FS, w9, j), s9);
                }
                a0 = a0.add(s0); a1 = a1.add(s1); a2 = a2.add(s2); a3 = a3.add(s3); a4 = a4.add(s4);
                a5 = a5.add(s5); a6 = a6.add(s6); a7 = a7.add(s7); a8 = a8.add(s8); a9 = a9.add(s9);
            }
            acc[0] = Lanes.sum(a0); acc[1] = Lanes.sum(a1); acc[2] = Lanes.sum(a2); acc[3] = Lanes.sum(a3); acc[4] = Lanes.sum(a4);
            acc[5] = Lanes.sum(a5); acc[6] = Lanes.sum(a6); acc[7] = Lanes.sum(a7); acc[8] = Lanes.sum(a8); acc[9] = Lanes.sum(a9);
            tail(x, y, v, t1, r, bound, je, acc, out);
        }
    }

    /** bits of 87.33654f: |a| at or below it needs none of the exp's range handling. */
    static final int SAFE_BITS = Float.floatToRawIntBits(87.33654f);

    /**
     * Speculative range handling: each 256-column block runs the exp without its range tests, and keeps
     * the largest |a| as integer bits (NaN's bits exceed every number's); when that exceeds 87.33654 the
     * block runs again with the full exp. Exact: in range the full exp returns the fast one's value.
     */
    static void rowsSpec(float[] x, float[][] y, float[][] v, float g, int r0, int r1, int js, int je, float[] out) {
        final float t1 = -g;
        final float[] c0 = y[0], c1 = y[1], c2 = y[2];
        final float[] w0 = v[0], w1 = v[1], w2 = v[2], w3 = v[3], w4 = v[4], w5 = v[5], w6 = v[6], w7 = v[7], w8 = v[8], w9 = v[9];
        final FloatVector b1 = FloatVector.broadcast(FS, t1);
        final float[] acc = new float[10];
        for (int r = r0; r < r1; r++) {
            final FloatVector bx = FloatVector.broadcast(FS, x[r * 3]);
            final FloatVector by = FloatVector.broadcast(FS, x[r * 3 + 1]);
            final FloatVector bz = FloatVector.broadcast(FS, x[r * 3 + 2]);
            FloatVector a0 = FloatVector.zero(FS), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0, a9 = a0;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += BLOCK) {
                final int j1 = Math.min(bound, j0 + BLOCK);
                FloatVector s0 = FloatVector.zero(FS), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0, s8 = s0, s9 = s0;
                jdk.incubator.vector.IntVector big = jdk.incubator.vector.IntVector.zero(jdk.incubator.vector.IntVector.SPECIES_512);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector dx = bx.sub(FloatVector.fromArray(FS, c0, j));
                    final FloatVector dy = by.sub(FloatVector.fromArray(FS, c1, j));
                    final FloatVector dz = bz.sub(FloatVector.fromArray(FS, c2, j));
                    final FloatVector a = b1.mul(dz.fma(dz, dx.fma(dx, dy.mul(dy))));
                    big = big.max(a.reinterpretAsInts().and(0x7fffffff));
                    final FloatVector e = exp(a, 2);
                    s0 = e.fma(FloatVector.fromArray(FS, w0, j), s0);
                    s1 = e.fma(FloatVector.fromArray(FS, w1, j), s1);
                    s2 = e.fma(FloatVector.fromArray(FS, w2, j), s2);
                    s3 = e.fma(FloatVector.fromArray(FS, w3, j), s3);
                    s4 = e.fma(FloatVector.fromArray(FS, w4, j), s4);
                    s5 = e.fma(FloatVector.fromArray(FS, w5, j), s5);
                    s6 = e.fma(FloatVector.fromArray(FS, w6, j), s6);
                    s7 = e.fma(FloatVector.fromArray(FS, w7, j), s7);
                    s8 = e.fma(FloatVector.fromArray(FS, w8, j), s8);
                    s9 = e.fma(FloatVector.fromArray(FS, w9, j), s9);
                }
                if (big.compare(VectorOperators.GT, SAFE_BITS).anyTrue()) {
                    s0 = FloatVector.zero(FS); s1 = s0; s2 = s0; s3 = s0; s4 = s0; s5 = s0; s6 = s0; s7 = s0; s8 = s0; s9 = s0;
                    for (int j = j0; j < j1; j += FS.length()) {
                        final FloatVector dx = bx.sub(FloatVector.fromArray(FS, c0, j));
                        final FloatVector dy = by.sub(FloatVector.fromArray(FS, c1, j));
                        final FloatVector dz = bz.sub(FloatVector.fromArray(FS, c2, j));
                        final FloatVector e = exp(b1.mul(dz.fma(dz, dx.fma(dx, dy.mul(dy)))), 0);
                        s0 = e.fma(FloatVector.fromArray(FS, w0, j), s0);
                        s1 = e.fma(FloatVector.fromArray(FS, w1, j), s1);
                        s2 = e.fma(FloatVector.fromArray(FS, w2, j), s2);
                        s3 = e.fma(FloatVector.fromArray(FS, w3, j), s3);
                        s4 = e.fma(FloatVector.fromArray(FS, w4, j), s4);
                        s5 = e.fma(FloatVector.fromArray(FS, w5, j), s5);
                        s6 = e.fma(FloatVector.fromArray(FS, w6, j), s6);
                        s7 = e.fma(FloatVector.fromArray(FS, w7, j), s7);
                        s8 = e.fma(FloatVector.fromArray(FS, w8, j), s8);
                        s9 = e.fma(FloatVector.fromArray(FS, w9, j), s9);
                    }
                }
                a0 = a0.add(s0); a1 = a1.add(s1); a2 = a2.add(s2); a3 = a3.add(s3); a4 = a4.add(s4);
                a5 = a5.add(s5); a6 = a6.add(s6); a7 = a7.add(s7); a8 = a8.add(s8); a9 = a9.add(s9);
            }
            acc[0] = Lanes.sum(a0); acc[1] = Lanes.sum(a1); acc[2] = Lanes.sum(a2); acc[3] = Lanes.sum(a3); acc[4] = Lanes.sum(a4);
            acc[5] = Lanes.sum(a5); acc[6] = Lanes.sum(a6); acc[7] = Lanes.sum(a7); acc[8] = Lanes.sum(a8); acc[9] = Lanes.sum(a9);
            tail(x, y, v, t1, r, bound, je, acc, out);
        }
    }

    /** The generated scalar tail: pairs [bound, je) of row r added to acc, then written out. */
    static void tail(float[] x, float[][] y, float[][] v, float t1, int r, int bound, int je, float[] acc, float[] out) {
        for (int j = bound; j < je; j++) {
            final float dx = x[r * 3] - y[0][j];
            final float dy = x[r * 3 + 1] - y[1][j];
            final float dz = x[r * 3 + 2] - y[2][j];
            final float e = (float) Math.exp(t1 * (dx * dx + dy * dy + dz * dz));
            for (int k = 0; k < 10; k++) {
                acc[k] += e * v[k][j];
            }
        }
        System.arraycopy(acc, 0, out, r * 10, 10);
    }

    /**
     * j blocks of 256 outer, the rows of the task inner: a block's 13 columns (13 KB) stay in L1 for
     * all the rows. Each row's vector sums wait in {@code sums} between blocks; every row adds the same
     * values in the same order as the generated loop, so results are bitwise the same.
     */
    static void rowsSwapped(float[] x, float[][] y, float[][] v, float g, int r0, int r1, int js, int je, float[] out,
            float[] sums, boolean two) {
        final int L = FS.length();
        final float t1 = -g;
        java.util.Arrays.fill(sums, 0, (r1 - r0) * 10 * L, 0f);
        final int bound = js + FS.loopBound(je - js);
        for (int j0 = js; j0 < bound; j0 += BLOCK) {
            final int j1 = Math.min(bound, j0 + BLOCK);
            int r = r0;
            if (two) {
                for (; r + 1 < r1; r += 2) {
                    sweep2(x, y, v, t1, r, j0, j1, sums, (r - r0) * 10 * L);
                }
            }
            for (; r < r1; r++) {
                sweep1(x, y, v, t1, r, j0, j1, sums, (r - r0) * 10 * L);
            }
        }
        float[] acc = new float[10];
        for (int r = r0; r < r1; r++) {
            for (int k = 0; k < 10; k++) {
                acc[k] = Lanes.sum(FloatVector.fromArray(FS, sums, ((r - r0) * 10 + k) * L));
            }
            tail(x, y, v, t1, r, bound, je, acc, out);
        }
    }

    static void sweep1(float[] x, float[][] y, float[][] v, float t1, int r, int j0, int j1, float[] sums, int o) {
        final int L = FS.length();
        final FloatVector b1 = FloatVector.broadcast(FS, t1);
        final float[] c0 = y[0], c1 = y[1], c2 = y[2];
        final float[] w0 = v[0], w1 = v[1], w2 = v[2], w3 = v[3], w4 = v[4], w5 = v[5], w6 = v[6], w7 = v[7], w8 = v[8], w9 = v[9];
        final FloatVector bx = FloatVector.broadcast(FS, x[r * 3]);
        final FloatVector by = FloatVector.broadcast(FS, x[r * 3 + 1]);
        final FloatVector bz = FloatVector.broadcast(FS, x[r * 3 + 2]);
        FloatVector s0 = FloatVector.zero(FS), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0, s8 = s0, s9 = s0;
        for (int j = j0; j < j1; j += L) {
            final FloatVector dx = bx.sub(FloatVector.fromArray(FS, c0, j));
            final FloatVector dy = by.sub(FloatVector.fromArray(FS, c1, j));
            final FloatVector dz = bz.sub(FloatVector.fromArray(FS, c2, j));
            final FloatVector a = b1.mul(dz.fma(dz, dx.fma(dx, dy.mul(dy))));
            final var k0 = a.fma(1.442695f, 1.2582912E7f);
            final var k1 = k0.sub(1.2582912E7f);
            final var k2 = k1.fma(FloatVector.broadcast(FS, -0.6931472f), a);
            final var k3 = k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), k2);
            final var k4 = k3.fma(0.0013933751f, 0.008369237f);
            final var k5 = k4.fma(k3, FloatVector.broadcast(FS, 0.041666463f));
            final var k6 = k5.fma(k3, FloatVector.broadcast(FS, 0.16666505f));
            final var k7 = k6.fma(k3, FloatVector.broadcast(FS, 0.5f));
            final var k8 = k7.fma(k3, FloatVector.broadcast(FS, 1.0f));
            final var k9 = k8.fma(k3, FloatVector.broadcast(FS, 1.0f));
            final var k10 = k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
            final var k11 = k9.reinterpretAsInts().add(k10).reinterpretAsFloats();
            final FloatVector e = a.mul(Float.POSITIVE_INFINITY).blend(k11, a.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, a.lt(-87.33654f));
            s0 = e.fma(FloatVector.fromArray(FS, w0, j), s0);
            s1 = e.fma(FloatVector.fromArray(FS, w1, j), s1);
            s2 = e.fma(FloatVector.fromArray(FS, w2, j), s2);
            s3 = e.fma(FloatVector.fromArray(FS, w3, j), s3);
            s4 = e.fma(FloatVector.fromArray(FS, w4, j), s4);
            s5 = e.fma(FloatVector.fromArray(FS, w5, j), s5);
            s6 = e.fma(FloatVector.fromArray(FS, w6, j), s6);
            s7 = e.fma(FloatVector.fromArray(FS, w7, j), s7);
            s8 = e.fma(FloatVector.fromArray(FS, w8, j), s8);
            s9 = e.fma(FloatVector.fromArray(FS, w9, j), s9);
        }
        FloatVector.fromArray(FS, sums, o).add(s0).intoArray(sums, o);
        FloatVector.fromArray(FS, sums, o + L).add(s1).intoArray(sums, o + L);
        FloatVector.fromArray(FS, sums, o + 2 * L).add(s2).intoArray(sums, o + 2 * L);
        FloatVector.fromArray(FS, sums, o + 3 * L).add(s3).intoArray(sums, o + 3 * L);
        FloatVector.fromArray(FS, sums, o + 4 * L).add(s4).intoArray(sums, o + 4 * L);
        FloatVector.fromArray(FS, sums, o + 5 * L).add(s5).intoArray(sums, o + 5 * L);
        FloatVector.fromArray(FS, sums, o + 6 * L).add(s6).intoArray(sums, o + 6 * L);
        FloatVector.fromArray(FS, sums, o + 7 * L).add(s7).intoArray(sums, o + 7 * L);
        FloatVector.fromArray(FS, sums, o + 8 * L).add(s8).intoArray(sums, o + 8 * L);
        FloatVector.fromArray(FS, sums, o + 9 * L).add(s9).intoArray(sums, o + 9 * L);
    }

    static void sweep2(float[] x, float[][] y, float[][] v, float t1, int r, int j0, int j1, float[] sums, int o) {
        final int L = FS.length();
        final FloatVector b1 = FloatVector.broadcast(FS, t1);
        final float[] c0 = y[0], c1 = y[1], c2 = y[2];
        final float[] w0 = v[0], w1 = v[1], w2 = v[2], w3 = v[3], w4 = v[4], w5 = v[5], w6 = v[6], w7 = v[7], w8 = v[8], w9 = v[9];
        final FloatVector bx = FloatVector.broadcast(FS, x[r * 3]);
        final FloatVector by = FloatVector.broadcast(FS, x[r * 3 + 1]);
        final FloatVector bz = FloatVector.broadcast(FS, x[r * 3 + 2]);
        final FloatVector qx = FloatVector.broadcast(FS, x[r * 3 + 3]);
        final FloatVector qy = FloatVector.broadcast(FS, x[r * 3 + 4]);
        final FloatVector qz = FloatVector.broadcast(FS, x[r * 3 + 5]);
        FloatVector s0 = FloatVector.zero(FS), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0, s8 = s0, s9 = s0;
        FloatVector u0 = s0, u1 = s0, u2 = s0, u3 = s0, u4 = s0, u5 = s0, u6 = s0, u7 = s0, u8 = s0, u9 = s0;
        for (int j = j0; j < j1; j += L) {
            final FloatVector yx = FloatVector.fromArray(FS, c0, j);
            final FloatVector yy = FloatVector.fromArray(FS, c1, j);
            final FloatVector yz = FloatVector.fromArray(FS, c2, j);
            final FloatVector dx = bx.sub(yx), dy = by.sub(yy), dz = bz.sub(yz);
            final FloatVector ex = qx.sub(yx), ey = qy.sub(yy), ez = qz.sub(yz);
            final FloatVector a = b1.mul(dz.fma(dz, dx.fma(dx, dy.mul(dy))));
            final FloatVector b = b1.mul(ez.fma(ez, ex.fma(ex, ey.mul(ey))));
            final var k0 = a.fma(1.442695f, 1.2582912E7f);
            final var k1 = k0.sub(1.2582912E7f);
            final var k2 = k1.fma(FloatVector.broadcast(FS, -0.6931472f), a);
            final var k3 = k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), k2);
            final var k4 = k3.fma(0.0013933751f, 0.008369237f);
            final var k5 = k4.fma(k3, FloatVector.broadcast(FS, 0.041666463f));
            final var k6 = k5.fma(k3, FloatVector.broadcast(FS, 0.16666505f));
            final var k7 = k6.fma(k3, FloatVector.broadcast(FS, 0.5f));
            final var k8 = k7.fma(k3, FloatVector.broadcast(FS, 1.0f));
            final var k9 = k8.fma(k3, FloatVector.broadcast(FS, 1.0f));
            final var k10 = k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
            final var k11 = k9.reinterpretAsInts().add(k10).reinterpretAsFloats();
            final FloatVector e = a.mul(Float.POSITIVE_INFINITY).blend(k11, a.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, a.lt(-87.33654f));
            final var m0 = b.fma(1.442695f, 1.2582912E7f);
            final var m1 = m0.sub(1.2582912E7f);
            final var m2 = m1.fma(FloatVector.broadcast(FS, -0.6931472f), b);
            final var m3 = m1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), m2);
            final var m4 = m3.fma(0.0013933751f, 0.008369237f);
            final var m5 = m4.fma(m3, FloatVector.broadcast(FS, 0.041666463f));
            final var m6 = m5.fma(m3, FloatVector.broadcast(FS, 0.16666505f));
            final var m7 = m6.fma(m3, FloatVector.broadcast(FS, 0.5f));
            final var m8 = m7.fma(m3, FloatVector.broadcast(FS, 1.0f));
            final var m9 = m8.fma(m3, FloatVector.broadcast(FS, 1.0f));
            final var m10 = m0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
            final var m11 = m9.reinterpretAsInts().add(m10).reinterpretAsFloats();
            final FloatVector f = b.mul(Float.POSITIVE_INFINITY).blend(m11, b.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, b.lt(-87.33654f));
            FloatVector w;
            w = FloatVector.fromArray(FS, w0, j); s0 = e.fma(w, s0); u0 = f.fma(w, u0);
            w = FloatVector.fromArray(FS, w1, j); s1 = e.fma(w, s1); u1 = f.fma(w, u1);
            w = FloatVector.fromArray(FS, w2, j); s2 = e.fma(w, s2); u2 = f.fma(w, u2);
            w = FloatVector.fromArray(FS, w3, j); s3 = e.fma(w, s3); u3 = f.fma(w, u3);
            w = FloatVector.fromArray(FS, w4, j); s4 = e.fma(w, s4); u4 = f.fma(w, u4);
            w = FloatVector.fromArray(FS, w5, j); s5 = e.fma(w, s5); u5 = f.fma(w, u5);
            w = FloatVector.fromArray(FS, w6, j); s6 = e.fma(w, s6); u6 = f.fma(w, u6);
            w = FloatVector.fromArray(FS, w7, j); s7 = e.fma(w, s7); u7 = f.fma(w, u7);
            w = FloatVector.fromArray(FS, w8, j); s8 = e.fma(w, s8); u8 = f.fma(w, u8);
            w = FloatVector.fromArray(FS, w9, j); s9 = e.fma(w, s9); u9 = f.fma(w, u9);
        }
        FloatVector.fromArray(FS, sums, o).add(s0).intoArray(sums, o);
        FloatVector.fromArray(FS, sums, o + L).add(s1).intoArray(sums, o + L);
        FloatVector.fromArray(FS, sums, o + 2 * L).add(s2).intoArray(sums, o + 2 * L);
        FloatVector.fromArray(FS, sums, o + 3 * L).add(s3).intoArray(sums, o + 3 * L);
        FloatVector.fromArray(FS, sums, o + 4 * L).add(s4).intoArray(sums, o + 4 * L);
        FloatVector.fromArray(FS, sums, o + 5 * L).add(s5).intoArray(sums, o + 5 * L);
        FloatVector.fromArray(FS, sums, o + 6 * L).add(s6).intoArray(sums, o + 6 * L);
        FloatVector.fromArray(FS, sums, o + 7 * L).add(s7).intoArray(sums, o + 7 * L);
        FloatVector.fromArray(FS, sums, o + 8 * L).add(s8).intoArray(sums, o + 8 * L);
        FloatVector.fromArray(FS, sums, o + 9 * L).add(s9).intoArray(sums, o + 9 * L);
        o += 10 * L;
        FloatVector.fromArray(FS, sums, o).add(u0).intoArray(sums, o);
        FloatVector.fromArray(FS, sums, o + L).add(u1).intoArray(sums, o + L);
        FloatVector.fromArray(FS, sums, o + 2 * L).add(u2).intoArray(sums, o + 2 * L);
        FloatVector.fromArray(FS, sums, o + 3 * L).add(u3).intoArray(sums, o + 3 * L);
        FloatVector.fromArray(FS, sums, o + 4 * L).add(u4).intoArray(sums, o + 4 * L);
        FloatVector.fromArray(FS, sums, o + 5 * L).add(u5).intoArray(sums, o + 5 * L);
        FloatVector.fromArray(FS, sums, o + 6 * L).add(u6).intoArray(sums, o + 6 * L);
        FloatVector.fromArray(FS, sums, o + 7 * L).add(u7).intoArray(sums, o + 7 * L);
        FloatVector.fromArray(FS, sums, o + 8 * L).add(u8).intoArray(sums, o + 8 * L);
        FloatVector.fromArray(FS, sums, o + 9 * L).add(u9).intoArray(sums, o + 9 * L);
    }

}
