package golden;

import javax.annotation.processing.Generated;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.jkeops.cpu.SimdSupport;
import org.jkeops.cpu.internal.Parallel;
import org.jkeops.cpu.internal.Soa;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.internal.RangeBlocks;
import org.jkeops.runtime.internal.SplitMerge;

/**
 * Vector API kernels of {@link BlockSparse}, one nested class per vector width.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
final class BlockSparseSimdKernels {
    private BlockSparseSimdKernels() {
    }

    /**
     * BlockSparse.conv: SUM over j of Exp(-g * SqDist(x, y)) * b (simplified: (Exp((Minus(g) * Sum(Square((x - y))))) * b)), on the Vector API.
     */
    static void conv(KernelRuntime runtime, float[] x_, float[] y_, float[] b_, float g_, int rows,
            int cols, float[] out, RangeBlocks blocks) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final float[][] soa2 = Soa.columns(b_, cols, 1);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (blocks != null) {
            final int[] sl = blocks.slices();
            final int[] tasks = Parallel.blockTasks(blocks, runtime.threads(), 2);
            final int grain = Parallel.taskGrain(tasks.length / 3, blocks.pairs(), runtime.threads());
            switch (bits) {
                case 512 -> runtime.parallelFor(tasks.length / 3, grain, (c0, c1) -> {
                    float[][] soa1g = null;
                    float[][] soa2g = null;
                    for (int task = c0; task < c1; task++) {
                        final int c = tasks[3 * task];
                        if (sl[c + 1] - sl[c] <= 1) {
                            final int js = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c]] : 0;
                            final int je = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c] + 1] : 0;
                            W512.conv(x_, soa1, soa2, g_, tasks[3 * task + 1], tasks[3 * task + 2], js, je, out);
                        } else {
                            soa1g = Soa.gather(soa1, blocks.intervals(), sl[c], sl[c + 1], soa1g);
                            soa2g = Soa.gather(soa2, blocks.intervals(), sl[c], sl[c + 1], soa2g);
                            final int js = 0;
                            final int je = Soa.gatheredLength(blocks.intervals(), sl[c], sl[c + 1]);
                            W512.conv(x_, soa1g, soa2g, g_, tasks[3 * task + 1], tasks[3 * task + 2], js, je, out);
                        }
                    }
                });
                case 256 -> runtime.parallelFor(tasks.length / 3, grain, (c0, c1) -> {
                    float[][] soa1g = null;
                    float[][] soa2g = null;
                    for (int task = c0; task < c1; task++) {
                        final int c = tasks[3 * task];
                        if (sl[c + 1] - sl[c] <= 1) {
                            final int js = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c]] : 0;
                            final int je = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c] + 1] : 0;
                            W256.conv(x_, soa1, soa2, g_, tasks[3 * task + 1], tasks[3 * task + 2], js, je, out);
                        } else {
                            soa1g = Soa.gather(soa1, blocks.intervals(), sl[c], sl[c + 1], soa1g);
                            soa2g = Soa.gather(soa2, blocks.intervals(), sl[c], sl[c + 1], soa2g);
                            final int js = 0;
                            final int je = Soa.gatheredLength(blocks.intervals(), sl[c], sl[c + 1]);
                            W256.conv(x_, soa1g, soa2g, g_, tasks[3 * task + 1], tasks[3 * task + 2], js, je, out);
                        }
                    }
                });
                case 128 -> runtime.parallelFor(tasks.length / 3, grain, (c0, c1) -> {
                    float[][] soa1g = null;
                    float[][] soa2g = null;
                    for (int task = c0; task < c1; task++) {
                        final int c = tasks[3 * task];
                        if (sl[c + 1] - sl[c] <= 1) {
                            final int js = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c]] : 0;
                            final int je = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c] + 1] : 0;
                            W128.conv(x_, soa1, soa2, g_, tasks[3 * task + 1], tasks[3 * task + 2], js, je, out);
                        } else {
                            soa1g = Soa.gather(soa1, blocks.intervals(), sl[c], sl[c + 1], soa1g);
                            soa2g = Soa.gather(soa2, blocks.intervals(), sl[c], sl[c + 1], soa2g);
                            final int js = 0;
                            final int je = Soa.gatheredLength(blocks.intervals(), sl[c], sl[c + 1]);
                            W128.conv(x_, soa1g, soa2g, g_, tasks[3 * task + 1], tasks[3 * task + 2], js, je, out);
                        }
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            return;
        }
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 2)) {
            final int parts = runtime.threads();
            final float[][] outParts = new float[parts][out.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.conv(x_, soa1, soa2, g_, 0, rows, js, je, outParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.conv(x_, soa1, soa2, g_, 0, rows, js, je, outParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.conv(x_, soa1, soa2, g_, 0, rows, js, je, outParts[part]);
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            SplitMerge.sum(outParts, out);
            return;
        }
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 2);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.conv(x_, soa1, soa2, g_, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.conv(x_, soa1, soa2, g_, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.conv(x_, soa1, soa2, g_, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * BlockSparse.nearest: MIN_ARG_MIN over i of SqDist(x, y) (simplified: Sum(Square((x - y)))), on the Vector API.
     */
    static void nearest(KernelRuntime runtime, double[] x_, double[] y_, int rows, int cols,
            double[] out, int[] outIndex, RangeBlocks blocks) {
        final double[][] soa0 = Soa.columns(x_, cols, 3);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (blocks != null) {
            final int[] sl = blocks.slices();
            final int[] tasks = Parallel.blockTasks(blocks, runtime.threads(), 4);
            final int grain = Parallel.taskGrain(tasks.length / 3, blocks.pairs(), runtime.threads());
            switch (bits) {
                case 512 -> runtime.parallelFor(tasks.length / 3, grain, (c0, c1) -> {
                    double[][] soa0g = null;
                    for (int task = c0; task < c1; task++) {
                        final int c = tasks[3 * task];
                        if (sl[c + 1] - sl[c] <= 1) {
                            final int js = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c]] : 0;
                            final int je = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c] + 1] : 0;
                            W512.nearest(soa0, y_, tasks[3 * task + 1], tasks[3 * task + 2], js, je, out, outIndex);
                        } else {
                            soa0g = Soa.gather(soa0, blocks.intervals(), sl[c], sl[c + 1], soa0g);
                            final int js = 0;
                            final int je = Soa.gatheredLength(blocks.intervals(), sl[c], sl[c + 1]);
                            W512.nearest(soa0g, y_, tasks[3 * task + 1], tasks[3 * task + 2], js, je, out, outIndex);
                            Soa.ungatherIndices(outIndex, tasks[3 * task + 1] * 1, tasks[3 * task + 2] * 1, blocks.intervals(), sl[c], sl[c + 1]);
                        }
                    }
                });
                case 256 -> runtime.parallelFor(tasks.length / 3, grain, (c0, c1) -> {
                    double[][] soa0g = null;
                    for (int task = c0; task < c1; task++) {
                        final int c = tasks[3 * task];
                        if (sl[c + 1] - sl[c] <= 1) {
                            final int js = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c]] : 0;
                            final int je = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c] + 1] : 0;
                            W256.nearest(soa0, y_, tasks[3 * task + 1], tasks[3 * task + 2], js, je, out, outIndex);
                        } else {
                            soa0g = Soa.gather(soa0, blocks.intervals(), sl[c], sl[c + 1], soa0g);
                            final int js = 0;
                            final int je = Soa.gatheredLength(blocks.intervals(), sl[c], sl[c + 1]);
                            W256.nearest(soa0g, y_, tasks[3 * task + 1], tasks[3 * task + 2], js, je, out, outIndex);
                            Soa.ungatherIndices(outIndex, tasks[3 * task + 1] * 1, tasks[3 * task + 2] * 1, blocks.intervals(), sl[c], sl[c + 1]);
                        }
                    }
                });
                case 128 -> runtime.parallelFor(tasks.length / 3, grain, (c0, c1) -> {
                    double[][] soa0g = null;
                    for (int task = c0; task < c1; task++) {
                        final int c = tasks[3 * task];
                        if (sl[c + 1] - sl[c] <= 1) {
                            final int js = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c]] : 0;
                            final int je = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c] + 1] : 0;
                            W128.nearest(soa0, y_, tasks[3 * task + 1], tasks[3 * task + 2], js, je, out, outIndex);
                        } else {
                            soa0g = Soa.gather(soa0, blocks.intervals(), sl[c], sl[c + 1], soa0g);
                            final int js = 0;
                            final int je = Soa.gatheredLength(blocks.intervals(), sl[c], sl[c + 1]);
                            W128.nearest(soa0g, y_, tasks[3 * task + 1], tasks[3 * task + 2], js, je, out, outIndex);
                            Soa.ungatherIndices(outIndex, tasks[3 * task + 1] * 1, tasks[3 * task + 2] * 1, blocks.intervals(), sl[c], sl[c + 1]);
                        }
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            return;
        }
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 4)) {
            final int parts = runtime.threads();
            final double[][] outParts = new double[parts][out.length];
            final int[][] indexParts = new int[parts][outIndex.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.nearest(soa0, y_, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.nearest(soa0, y_, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.nearest(soa0, y_, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            SplitMerge.argMinMax(outParts, indexParts, out, outIndex, false);
            return;
        }
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 4);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.nearest(soa0, y_, r0, r1, js, je, out, outIndex));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.nearest(soa0, y_, r0, r1, js, je, out, outIndex));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.nearest(soa0, y_, r0, r1, js, je, out, outIndex));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * Kernels with 512-bit vectors.
     */
    static final class W512 {
        static final VectorSpecies<Float> FS = FloatVector.SPECIES_512;

        static final VectorSpecies<Integer> FIS = IntVector.SPECIES_512;

        static final VectorSpecies<Double> DS = DoubleVector.SPECIES_512;

        static final VectorSpecies<Integer> DIS = IntVector.SPECIES_256;

        private W512() {
        }

        static void conv(float[] x_, float[][] soa1, float[][] soa2, float g_, int r0, int r1,
                int js, int je, float[] out) {
            final double[] st = new double[2];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                convRows2(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                convRow(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void convRows2(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final float t2_0 = x_[r * 2];
            final float t3_0 = x_[r * 2 + 1];
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            final FloatVector b3_0 = FloatVector.broadcast(FS, t3_0);
            final float t2_1 = x_[(r + 1) * 2];
            final float t3_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b2_1 = FloatVector.broadcast(FS, t2_1);
            final FloatVector b3_1 = FloatVector.broadcast(FS, t3_1);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv1_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            boolean expInRange = true;
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                // Exp without its range handling while every argument is within its range (see SpeculativeExp)
                if (expInRange) {
                    FloatVector blkv0_0 = FloatVector.zero(FS);
                    FloatVector blkv1_0 = FloatVector.zero(FS);
                    IntVector expArgs = IntVector.zero(FIS);
                    for (int j = j0; j < j1; j += FS.length()) {
                        final FloatVector v4 = FloatVector.fromArray(FS, col1_0, j);
                        final FloatVector v5 = FloatVector.fromArray(FS, col1_1, j);
                        final FloatVector v6_0 = b2_0.sub(v4);
                        final FloatVector v7_0 = b3_0.sub(v5);
                        final FloatVector v9_0 = v7_0.mul(v7_0);
                        final FloatVector v10_0 = v6_0.fma(v6_0, v9_0);
                        final FloatVector v11_0 = b1.mul(v10_0);
                        expArgs = expArgs.max(v11_0.reinterpretAsInts().and(0x7fffffff));
                        // v12_0 = Exp(v11_0) in range, inline (see VectorTranscendentals)
                        final var v12_0k0 = v11_0.fma(1.442695f, 1.2582912E7f);
                        final var v12_0k1 = v12_0k0.sub(1.2582912E7f);
                        final var v12_0k2 = v12_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_0);
                        final var v12_0k3 = v12_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_0k2);
                        final var v12_0k4 = v12_0k3.fma(0.0013933751f, 0.008369237f);
                        final var v12_0k5 = v12_0k4.fma(v12_0k3, FloatVector.broadcast(FS, 0.041666463f));
                        final var v12_0k6 = v12_0k5.fma(v12_0k3, FloatVector.broadcast(FS, 0.16666505f));
                        final var v12_0k7 = v12_0k6.fma(v12_0k3, FloatVector.broadcast(FS, 0.5f));
                        final var v12_0k8 = v12_0k7.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_0k9 = v12_0k8.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_0k10 = v12_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                        final FloatVector v12_0 = v12_0k9.reinterpretAsInts().add(v12_0k10).reinterpretAsFloats();
                        final FloatVector v13 = FloatVector.fromArray(FS, col2_0, j);
                        blkv0_0 = v12_0.fma(v13, blkv0_0);
                        final FloatVector v6_1 = b2_1.sub(v4);
                        final FloatVector v7_1 = b3_1.sub(v5);
                        final FloatVector v9_1 = v7_1.mul(v7_1);
                        final FloatVector v10_1 = v6_1.fma(v6_1, v9_1);
                        final FloatVector v11_1 = b1.mul(v10_1);
                        expArgs = expArgs.max(v11_1.reinterpretAsInts().and(0x7fffffff));
                        // v12_1 = Exp(v11_1) in range, inline (see VectorTranscendentals)
                        final var v12_1k0 = v11_1.fma(1.442695f, 1.2582912E7f);
                        final var v12_1k1 = v12_1k0.sub(1.2582912E7f);
                        final var v12_1k2 = v12_1k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_1);
                        final var v12_1k3 = v12_1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_1k2);
                        final var v12_1k4 = v12_1k3.fma(0.0013933751f, 0.008369237f);
                        final var v12_1k5 = v12_1k4.fma(v12_1k3, FloatVector.broadcast(FS, 0.041666463f));
                        final var v12_1k6 = v12_1k5.fma(v12_1k3, FloatVector.broadcast(FS, 0.16666505f));
                        final var v12_1k7 = v12_1k6.fma(v12_1k3, FloatVector.broadcast(FS, 0.5f));
                        final var v12_1k8 = v12_1k7.fma(v12_1k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_1k9 = v12_1k8.fma(v12_1k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_1k10 = v12_1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                        final FloatVector v12_1 = v12_1k9.reinterpretAsInts().add(v12_1k10).reinterpretAsFloats();
                        blkv1_0 = v12_1.fma(v13, blkv1_0);
                    }
                    if (!expArgs.compare(VectorOperators.GT, 1118743631).anyTrue()) {
                        accv0_0 = accv0_0.add(blkv0_0);
                        accv1_0 = accv1_0.add(blkv1_0);
                        continue;
                    }
                    // an argument out of range or NaN: this tile again with the full Exp, and the rest of the rows too
                    expInRange = false;
                }
                FloatVector blkv0_0 = FloatVector.zero(FS);
                FloatVector blkv1_0 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v4 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v6_0 = b2_0.sub(v4);
                    final FloatVector v7_0 = b3_0.sub(v5);
                    final FloatVector v9_0 = v7_0.mul(v7_0);
                    final FloatVector v10_0 = v6_0.fma(v6_0, v9_0);
                    final FloatVector v11_0 = b1.mul(v10_0);
                    // v12_0 = Exp(v11_0), inline (see VectorTranscendentals)
                    final var v12_0k0 = v11_0.fma(1.442695f, 1.2582912E7f);
                    final var v12_0k1 = v12_0k0.sub(1.2582912E7f);
                    final var v12_0k2 = v12_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_0);
                    final var v12_0k3 = v12_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_0k2);
                    final var v12_0k4 = v12_0k3.fma(0.0013933751f, 0.008369237f);
                    final var v12_0k5 = v12_0k4.fma(v12_0k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v12_0k6 = v12_0k5.fma(v12_0k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v12_0k7 = v12_0k6.fma(v12_0k3, FloatVector.broadcast(FS, 0.5f));
                    final var v12_0k8 = v12_0k7.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_0k9 = v12_0k8.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_0k10 = v12_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v12_0k11 = v12_0k9.reinterpretAsInts().add(v12_0k10).reinterpretAsFloats();
                    final FloatVector v12_0 = v11_0.mul(Float.POSITIVE_INFINITY).blend(v12_0k11, v11_0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v11_0.lt(-87.33654f));
                    final FloatVector v13 = FloatVector.fromArray(FS, col2_0, j);
                    blkv0_0 = v12_0.fma(v13, blkv0_0);
                    final FloatVector v6_1 = b2_1.sub(v4);
                    final FloatVector v7_1 = b3_1.sub(v5);
                    final FloatVector v9_1 = v7_1.mul(v7_1);
                    final FloatVector v10_1 = v6_1.fma(v6_1, v9_1);
                    final FloatVector v11_1 = b1.mul(v10_1);
                    // v12_1 = Exp(v11_1), inline (see VectorTranscendentals)
                    final var v12_1k0 = v11_1.fma(1.442695f, 1.2582912E7f);
                    final var v12_1k1 = v12_1k0.sub(1.2582912E7f);
                    final var v12_1k2 = v12_1k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_1);
                    final var v12_1k3 = v12_1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_1k2);
                    final var v12_1k4 = v12_1k3.fma(0.0013933751f, 0.008369237f);
                    final var v12_1k5 = v12_1k4.fma(v12_1k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v12_1k6 = v12_1k5.fma(v12_1k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v12_1k7 = v12_1k6.fma(v12_1k3, FloatVector.broadcast(FS, 0.5f));
                    final var v12_1k8 = v12_1k7.fma(v12_1k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_1k9 = v12_1k8.fma(v12_1k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_1k10 = v12_1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v12_1k11 = v12_1k9.reinterpretAsInts().add(v12_1k10).reinterpretAsFloats();
                    final FloatVector v12_1 = v11_1.mul(Float.POSITIVE_INFINITY).blend(v12_1k11, v11_1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v11_1.lt(-87.33654f));
                    blkv1_0 = v12_1.fma(v13, blkv1_0);
                }
                accv0_0 = accv0_0.add(blkv0_0);
                accv1_0 = accv1_0.add(blkv1_0);
            }
            accv0_0.intoArray(ln, 0);
            float acc0_0 = ln[0];
            for (int lane = 1; lane < FS.length(); lane++) {
                acc0_0 += ln[lane];
            }
            accv1_0.intoArray(ln, 0);
            float acc1_0 = ln[0];
            for (int lane = 1; lane < FS.length(); lane++) {
                acc1_0 += ln[lane];
            }
            st[0] = acc0_0;
            st[1] = acc1_0;
            convRows2Tail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void convRows2Tail(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t2_0 = x_[r * 2];
            final float t3_0 = x_[r * 2 + 1];
            final float t2_1 = x_[(r + 1) * 2];
            final float t3_1 = x_[(r + 1) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc1_0 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u4 = col1_0[j];
                final float u5 = col1_1[j];
                final float u13 = col2_0[j];
                final float u6_0 = t2_0 - u4;
                final float u7_0 = t3_0 - u5;
                final float u8_0 = u6_0 * u6_0;
                final float u9_0 = u7_0 * u7_0;
                final float u10_0 = u8_0 + u9_0;
                final float u11_0 = t1 * u10_0;
                final float u12_0 = (float) Math.exp(u11_0);
                final float u14_0 = u12_0 * u13;
                acc0_0 += u14_0;
                final float u6_1 = t2_1 - u4;
                final float u7_1 = t3_1 - u5;
                final float u8_1 = u6_1 * u6_1;
                final float u9_1 = u7_1 * u7_1;
                final float u10_1 = u8_1 + u9_1;
                final float u11_1 = t1 * u10_1;
                final float u12_1 = (float) Math.exp(u11_1);
                final float u14_1 = u12_1 * u13;
                acc1_0 += u14_1;
            }
            out[r] = acc0_0;
            out[(r + 1)] = acc1_0;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void convRow(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final float t2_0 = x_[r * 2];
            final float t3_0 = x_[r * 2 + 1];
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            final FloatVector b3_0 = FloatVector.broadcast(FS, t3_0);
            FloatVector accv0_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            boolean expInRange = true;
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                // Exp without its range handling while every argument is within its range (see SpeculativeExp)
                if (expInRange) {
                    FloatVector blkv0_0 = FloatVector.zero(FS);
                    IntVector expArgs = IntVector.zero(FIS);
                    for (int j = j0; j < j1; j += FS.length()) {
                        final FloatVector v4 = FloatVector.fromArray(FS, col1_0, j);
                        final FloatVector v5 = FloatVector.fromArray(FS, col1_1, j);
                        final FloatVector v6_0 = b2_0.sub(v4);
                        final FloatVector v7_0 = b3_0.sub(v5);
                        final FloatVector v9_0 = v7_0.mul(v7_0);
                        final FloatVector v10_0 = v6_0.fma(v6_0, v9_0);
                        final FloatVector v11_0 = b1.mul(v10_0);
                        expArgs = expArgs.max(v11_0.reinterpretAsInts().and(0x7fffffff));
                        // v12_0 = Exp(v11_0) in range, inline (see VectorTranscendentals)
                        final var v12_0k0 = v11_0.fma(1.442695f, 1.2582912E7f);
                        final var v12_0k1 = v12_0k0.sub(1.2582912E7f);
                        final var v12_0k2 = v12_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_0);
                        final var v12_0k3 = v12_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_0k2);
                        final var v12_0k4 = v12_0k3.fma(0.0013933751f, 0.008369237f);
                        final var v12_0k5 = v12_0k4.fma(v12_0k3, FloatVector.broadcast(FS, 0.041666463f));
                        final var v12_0k6 = v12_0k5.fma(v12_0k3, FloatVector.broadcast(FS, 0.16666505f));
                        final var v12_0k7 = v12_0k6.fma(v12_0k3, FloatVector.broadcast(FS, 0.5f));
                        final var v12_0k8 = v12_0k7.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_0k9 = v12_0k8.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_0k10 = v12_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                        final FloatVector v12_0 = v12_0k9.reinterpretAsInts().add(v12_0k10).reinterpretAsFloats();
                        final FloatVector v13 = FloatVector.fromArray(FS, col2_0, j);
                        blkv0_0 = v12_0.fma(v13, blkv0_0);
                    }
                    if (!expArgs.compare(VectorOperators.GT, 1118743631).anyTrue()) {
                        accv0_0 = accv0_0.add(blkv0_0);
                        continue;
                    }
                    // an argument out of range or NaN: this tile again with the full Exp, and the rest of the rows too
                    expInRange = false;
                }
                FloatVector blkv0_0 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v4 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v6_0 = b2_0.sub(v4);
                    final FloatVector v7_0 = b3_0.sub(v5);
                    final FloatVector v9_0 = v7_0.mul(v7_0);
                    final FloatVector v10_0 = v6_0.fma(v6_0, v9_0);
                    final FloatVector v11_0 = b1.mul(v10_0);
                    // v12_0 = Exp(v11_0), inline (see VectorTranscendentals)
                    final var v12_0k0 = v11_0.fma(1.442695f, 1.2582912E7f);
                    final var v12_0k1 = v12_0k0.sub(1.2582912E7f);
                    final var v12_0k2 = v12_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_0);
                    final var v12_0k3 = v12_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_0k2);
                    final var v12_0k4 = v12_0k3.fma(0.0013933751f, 0.008369237f);
                    final var v12_0k5 = v12_0k4.fma(v12_0k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v12_0k6 = v12_0k5.fma(v12_0k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v12_0k7 = v12_0k6.fma(v12_0k3, FloatVector.broadcast(FS, 0.5f));
                    final var v12_0k8 = v12_0k7.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_0k9 = v12_0k8.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_0k10 = v12_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v12_0k11 = v12_0k9.reinterpretAsInts().add(v12_0k10).reinterpretAsFloats();
                    final FloatVector v12_0 = v11_0.mul(Float.POSITIVE_INFINITY).blend(v12_0k11, v11_0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v11_0.lt(-87.33654f));
                    final FloatVector v13 = FloatVector.fromArray(FS, col2_0, j);
                    blkv0_0 = v12_0.fma(v13, blkv0_0);
                }
                accv0_0 = accv0_0.add(blkv0_0);
            }
            accv0_0.intoArray(ln, 0);
            float acc0_0 = ln[0];
            for (int lane = 1; lane < FS.length(); lane++) {
                acc0_0 += ln[lane];
            }
            st[0] = acc0_0;
            convRowTail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void convRowTail(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t2_0 = x_[r * 2];
            final float t3_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            for (int j = bound; j < je; j++) {
                final float u4 = col1_0[j];
                final float u5 = col1_1[j];
                final float u13 = col2_0[j];
                final float u6_0 = t2_0 - u4;
                final float u7_0 = t3_0 - u5;
                final float u8_0 = u6_0 * u6_0;
                final float u9_0 = u7_0 * u7_0;
                final float u10_0 = u8_0 + u9_0;
                final float u11_0 = t1 * u10_0;
                final float u12_0 = (float) Math.exp(u11_0);
                final float u14_0 = u12_0 * u13;
                acc0_0 += u14_0;
            }
            out[r] = acc0_0;
        }

        static void nearest(double[][] soa0, double[] y_, int r0, int r1, int js, int je,
                double[] out, int[] outIndex) {
            final double[] st = new double[4];
            final int[] ist = new int[4];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                nearestRows4(soa0, y_, r, js, je, out, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                nearestRow(soa0, y_, r, js, je, out, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void nearestRows4(double[][] soa0, double[] y_, int r, int js, int je,
                double[] out, int[] outIndex, double[] st, int[] ist, double[] ln) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col0_2 = soa0[2];
            final double t3_0 = y_[r * 3];
            final double t4_0 = y_[r * 3 + 1];
            final double t5_0 = y_[r * 3 + 2];
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            final DoubleVector b4_0 = DoubleVector.broadcast(DS, t4_0);
            final DoubleVector b5_0 = DoubleVector.broadcast(DS, t5_0);
            final double t3_1 = y_[(r + 1) * 3];
            final double t4_1 = y_[(r + 1) * 3 + 1];
            final double t5_1 = y_[(r + 1) * 3 + 2];
            final DoubleVector b3_1 = DoubleVector.broadcast(DS, t3_1);
            final DoubleVector b4_1 = DoubleVector.broadcast(DS, t4_1);
            final DoubleVector b5_1 = DoubleVector.broadcast(DS, t5_1);
            final double t3_2 = y_[(r + 2) * 3];
            final double t4_2 = y_[(r + 2) * 3 + 1];
            final double t5_2 = y_[(r + 2) * 3 + 2];
            final DoubleVector b3_2 = DoubleVector.broadcast(DS, t3_2);
            final DoubleVector b4_2 = DoubleVector.broadcast(DS, t4_2);
            final DoubleVector b5_2 = DoubleVector.broadcast(DS, t5_2);
            final double t3_3 = y_[(r + 3) * 3];
            final double t4_3 = y_[(r + 3) * 3 + 1];
            final double t5_3 = y_[(r + 3) * 3 + 2];
            final DoubleVector b3_3 = DoubleVector.broadcast(DS, t3_3);
            final DoubleVector b4_3 = DoubleVector.broadcast(DS, t4_3);
            final DoubleVector b5_3 = DoubleVector.broadcast(DS, t5_3);
            DoubleVector accv0_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(DIS, -1);
            DoubleVector accv1_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv1_0 = IntVector.broadcast(DIS, -1);
            DoubleVector accv2_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv2_0 = IntVector.broadcast(DIS, -1);
            DoubleVector accv3_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv3_0 = IntVector.broadcast(DIS, -1);
            final IntVector iota = IntVector.zero(DIS).addIndex(1);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final IntVector jv = iota.add(j);
                final DoubleVector v0 = DoubleVector.fromArray(DS, col0_0, j);
                final DoubleVector v1 = DoubleVector.fromArray(DS, col0_1, j);
                final DoubleVector v2 = DoubleVector.fromArray(DS, col0_2, j);
                final DoubleVector v6_0 = v0.sub(b3_0);
                final DoubleVector v7_0 = v1.sub(b4_0);
                final DoubleVector v8_0 = v2.sub(b5_0);
                final DoubleVector v10_0 = v7_0.mul(v7_0);
                final DoubleVector v12_0 = v6_0.fma(v6_0, v10_0);
                final DoubleVector v13_0 = v8_0.fma(v8_0, v12_0);
                final VectorMask<Double> mk0_0 = v13_0.compare(VectorOperators.LT, accv0_0).or(idxv0_0.lt(0).cast(DS).and(v13_0.eq(v13_0)));
                accv0_0 = accv0_0.blend(v13_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(DIS));
                final DoubleVector v6_1 = v0.sub(b3_1);
                final DoubleVector v7_1 = v1.sub(b4_1);
                final DoubleVector v8_1 = v2.sub(b5_1);
                final DoubleVector v10_1 = v7_1.mul(v7_1);
                final DoubleVector v12_1 = v6_1.fma(v6_1, v10_1);
                final DoubleVector v13_1 = v8_1.fma(v8_1, v12_1);
                final VectorMask<Double> mk1_0 = v13_1.compare(VectorOperators.LT, accv1_0).or(idxv1_0.lt(0).cast(DS).and(v13_1.eq(v13_1)));
                accv1_0 = accv1_0.blend(v13_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(DIS));
                final DoubleVector v6_2 = v0.sub(b3_2);
                final DoubleVector v7_2 = v1.sub(b4_2);
                final DoubleVector v8_2 = v2.sub(b5_2);
                final DoubleVector v10_2 = v7_2.mul(v7_2);
                final DoubleVector v12_2 = v6_2.fma(v6_2, v10_2);
                final DoubleVector v13_2 = v8_2.fma(v8_2, v12_2);
                final VectorMask<Double> mk2_0 = v13_2.compare(VectorOperators.LT, accv2_0).or(idxv2_0.lt(0).cast(DS).and(v13_2.eq(v13_2)));
                accv2_0 = accv2_0.blend(v13_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(DIS));
                final DoubleVector v6_3 = v0.sub(b3_3);
                final DoubleVector v7_3 = v1.sub(b4_3);
                final DoubleVector v8_3 = v2.sub(b5_3);
                final DoubleVector v10_3 = v7_3.mul(v7_3);
                final DoubleVector v12_3 = v6_3.fma(v6_3, v10_3);
                final DoubleVector v13_3 = v8_3.fma(v8_3, v12_3);
                final VectorMask<Double> mk3_0 = v13_3.compare(VectorOperators.LT, accv3_0).or(idxv3_0.lt(0).cast(DS).and(v13_3.eq(v13_3)));
                accv3_0 = accv3_0.blend(v13_3, mk3_0);
                idxv3_0 = idxv3_0.blend(jv, mk3_0.cast(DIS));
            }
            double acc0_0 = Double.POSITIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a < acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            double acc1_0 = Double.POSITIVE_INFINITY;
            int idx1_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv1_0.lane(l);
                final int ix = idxv1_0.lane(l);
                if (ix >= 0 && (idx1_0 < 0 || a < acc1_0 || (a == acc1_0 && ix < idx1_0))) {
                    acc1_0 = a;
                    idx1_0 = ix;
                }
            }
            double acc2_0 = Double.POSITIVE_INFINITY;
            int idx2_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv2_0.lane(l);
                final int ix = idxv2_0.lane(l);
                if (ix >= 0 && (idx2_0 < 0 || a < acc2_0 || (a == acc2_0 && ix < idx2_0))) {
                    acc2_0 = a;
                    idx2_0 = ix;
                }
            }
            double acc3_0 = Double.POSITIVE_INFINITY;
            int idx3_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv3_0.lane(l);
                final int ix = idxv3_0.lane(l);
                if (ix >= 0 && (idx3_0 < 0 || a < acc3_0 || (a == acc3_0 && ix < idx3_0))) {
                    acc3_0 = a;
                    idx3_0 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc1_0;
            ist[1] = idx1_0;
            st[2] = acc2_0;
            ist[2] = idx2_0;
            st[3] = acc3_0;
            ist[3] = idx3_0;
            nearestRows4Tail(soa0, y_, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void nearestRows4Tail(double[][] soa0, double[] y_, int r, int js, int je,
                double[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col0_2 = soa0[2];
            final double t3_0 = y_[r * 3];
            final double t4_0 = y_[r * 3 + 1];
            final double t5_0 = y_[r * 3 + 2];
            final double t3_1 = y_[(r + 1) * 3];
            final double t4_1 = y_[(r + 1) * 3 + 1];
            final double t5_1 = y_[(r + 1) * 3 + 2];
            final double t3_2 = y_[(r + 2) * 3];
            final double t4_2 = y_[(r + 2) * 3 + 1];
            final double t5_2 = y_[(r + 2) * 3 + 2];
            final double t3_3 = y_[(r + 3) * 3];
            final double t4_3 = y_[(r + 3) * 3 + 1];
            final double t5_3 = y_[(r + 3) * 3 + 2];
            double acc0_0 = st[0];
            int idx0_0 = ist[0];
            double acc1_0 = st[1];
            int idx1_0 = ist[1];
            double acc2_0 = st[2];
            int idx2_0 = ist[2];
            double acc3_0 = st[3];
            int idx3_0 = ist[3];
            for (int j = bound; j < je; j++) {
                final double u0 = col0_0[j];
                final double u1 = col0_1[j];
                final double u2 = col0_2[j];
                final double u6_0 = u0 - t3_0;
                final double u7_0 = u1 - t4_0;
                final double u8_0 = u2 - t5_0;
                final double u9_0 = u6_0 * u6_0;
                final double u10_0 = u7_0 * u7_0;
                final double u11_0 = u8_0 * u8_0;
                final double u12_0 = u9_0 + u10_0;
                final double u13_0 = u12_0 + u11_0;
                if (u13_0 < acc0_0 || (idx0_0 < 0 && u13_0 == u13_0)) {
                    acc0_0 = u13_0;
                    idx0_0 = j;
                }
                final double u6_1 = u0 - t3_1;
                final double u7_1 = u1 - t4_1;
                final double u8_1 = u2 - t5_1;
                final double u9_1 = u6_1 * u6_1;
                final double u10_1 = u7_1 * u7_1;
                final double u11_1 = u8_1 * u8_1;
                final double u12_1 = u9_1 + u10_1;
                final double u13_1 = u12_1 + u11_1;
                if (u13_1 < acc1_0 || (idx1_0 < 0 && u13_1 == u13_1)) {
                    acc1_0 = u13_1;
                    idx1_0 = j;
                }
                final double u6_2 = u0 - t3_2;
                final double u7_2 = u1 - t4_2;
                final double u8_2 = u2 - t5_2;
                final double u9_2 = u6_2 * u6_2;
                final double u10_2 = u7_2 * u7_2;
                final double u11_2 = u8_2 * u8_2;
                final double u12_2 = u9_2 + u10_2;
                final double u13_2 = u12_2 + u11_2;
                if (u13_2 < acc2_0 || (idx2_0 < 0 && u13_2 == u13_2)) {
                    acc2_0 = u13_2;
                    idx2_0 = j;
                }
                final double u6_3 = u0 - t3_3;
                final double u7_3 = u1 - t4_3;
                final double u8_3 = u2 - t5_3;
                final double u9_3 = u6_3 * u6_3;
                final double u10_3 = u7_3 * u7_3;
                final double u11_3 = u8_3 * u8_3;
                final double u12_3 = u9_3 + u10_3;
                final double u13_3 = u12_3 + u11_3;
                if (u13_3 < acc3_0 || (idx3_0 < 0 && u13_3 == u13_3)) {
                    acc3_0 = u13_3;
                    idx3_0 = j;
                }
            }
            out[r] = acc0_0;
            outIndex[r] = idx0_0;
            out[(r + 1)] = acc1_0;
            outIndex[(r + 1)] = idx1_0;
            out[(r + 2)] = acc2_0;
            outIndex[(r + 2)] = idx2_0;
            out[(r + 3)] = acc3_0;
            outIndex[(r + 3)] = idx3_0;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void nearestRow(double[][] soa0, double[] y_, int r, int js, int je,
                double[] out, int[] outIndex, double[] st, int[] ist, double[] ln) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col0_2 = soa0[2];
            final double t3_0 = y_[r * 3];
            final double t4_0 = y_[r * 3 + 1];
            final double t5_0 = y_[r * 3 + 2];
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            final DoubleVector b4_0 = DoubleVector.broadcast(DS, t4_0);
            final DoubleVector b5_0 = DoubleVector.broadcast(DS, t5_0);
            DoubleVector accv0_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(DIS, -1);
            final IntVector iota = IntVector.zero(DIS).addIndex(1);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final IntVector jv = iota.add(j);
                final DoubleVector v0 = DoubleVector.fromArray(DS, col0_0, j);
                final DoubleVector v1 = DoubleVector.fromArray(DS, col0_1, j);
                final DoubleVector v2 = DoubleVector.fromArray(DS, col0_2, j);
                final DoubleVector v6_0 = v0.sub(b3_0);
                final DoubleVector v7_0 = v1.sub(b4_0);
                final DoubleVector v8_0 = v2.sub(b5_0);
                final DoubleVector v10_0 = v7_0.mul(v7_0);
                final DoubleVector v12_0 = v6_0.fma(v6_0, v10_0);
                final DoubleVector v13_0 = v8_0.fma(v8_0, v12_0);
                final VectorMask<Double> mk0_0 = v13_0.compare(VectorOperators.LT, accv0_0).or(idxv0_0.lt(0).cast(DS).and(v13_0.eq(v13_0)));
                accv0_0 = accv0_0.blend(v13_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(DIS));
            }
            double acc0_0 = Double.POSITIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a < acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            nearestRowTail(soa0, y_, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void nearestRowTail(double[][] soa0, double[] y_, int r, int js, int je,
                double[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col0_2 = soa0[2];
            final double t3_0 = y_[r * 3];
            final double t4_0 = y_[r * 3 + 1];
            final double t5_0 = y_[r * 3 + 2];
            double acc0_0 = st[0];
            int idx0_0 = ist[0];
            for (int j = bound; j < je; j++) {
                final double u0 = col0_0[j];
                final double u1 = col0_1[j];
                final double u2 = col0_2[j];
                final double u6_0 = u0 - t3_0;
                final double u7_0 = u1 - t4_0;
                final double u8_0 = u2 - t5_0;
                final double u9_0 = u6_0 * u6_0;
                final double u10_0 = u7_0 * u7_0;
                final double u11_0 = u8_0 * u8_0;
                final double u12_0 = u9_0 + u10_0;
                final double u13_0 = u12_0 + u11_0;
                if (u13_0 < acc0_0 || (idx0_0 < 0 && u13_0 == u13_0)) {
                    acc0_0 = u13_0;
                    idx0_0 = j;
                }
            }
            out[r] = acc0_0;
            outIndex[r] = idx0_0;
        }
    }

    /**
     * Kernels with 256-bit vectors.
     */
    static final class W256 {
        static final VectorSpecies<Float> FS = FloatVector.SPECIES_256;

        static final VectorSpecies<Integer> FIS = IntVector.SPECIES_256;

        static final VectorSpecies<Double> DS = DoubleVector.SPECIES_256;

        static final VectorSpecies<Integer> DIS = IntVector.SPECIES_128;

        private W256() {
        }

        static void conv(float[] x_, float[][] soa1, float[][] soa2, float g_, int r0, int r1,
                int js, int je, float[] out) {
            final double[] st = new double[2];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                convRows2(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                convRow(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void convRows2(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final float t2_0 = x_[r * 2];
            final float t3_0 = x_[r * 2 + 1];
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            final FloatVector b3_0 = FloatVector.broadcast(FS, t3_0);
            final float t2_1 = x_[(r + 1) * 2];
            final float t3_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b2_1 = FloatVector.broadcast(FS, t2_1);
            final FloatVector b3_1 = FloatVector.broadcast(FS, t3_1);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv1_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            boolean expInRange = true;
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                // Exp without its range handling while every argument is within its range (see SpeculativeExp)
                if (expInRange) {
                    FloatVector blkv0_0 = FloatVector.zero(FS);
                    FloatVector blkv1_0 = FloatVector.zero(FS);
                    IntVector expArgs = IntVector.zero(FIS);
                    for (int j = j0; j < j1; j += FS.length()) {
                        final FloatVector v4 = FloatVector.fromArray(FS, col1_0, j);
                        final FloatVector v5 = FloatVector.fromArray(FS, col1_1, j);
                        final FloatVector v6_0 = b2_0.sub(v4);
                        final FloatVector v7_0 = b3_0.sub(v5);
                        final FloatVector v9_0 = v7_0.mul(v7_0);
                        final FloatVector v10_0 = v6_0.fma(v6_0, v9_0);
                        final FloatVector v11_0 = b1.mul(v10_0);
                        expArgs = expArgs.max(v11_0.reinterpretAsInts().and(0x7fffffff));
                        // v12_0 = Exp(v11_0) in range, inline (see VectorTranscendentals)
                        final var v12_0k0 = v11_0.fma(1.442695f, 1.2582912E7f);
                        final var v12_0k1 = v12_0k0.sub(1.2582912E7f);
                        final var v12_0k2 = v12_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_0);
                        final var v12_0k3 = v12_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_0k2);
                        final var v12_0k4 = v12_0k3.fma(0.0013933751f, 0.008369237f);
                        final var v12_0k5 = v12_0k4.fma(v12_0k3, FloatVector.broadcast(FS, 0.041666463f));
                        final var v12_0k6 = v12_0k5.fma(v12_0k3, FloatVector.broadcast(FS, 0.16666505f));
                        final var v12_0k7 = v12_0k6.fma(v12_0k3, FloatVector.broadcast(FS, 0.5f));
                        final var v12_0k8 = v12_0k7.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_0k9 = v12_0k8.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_0k10 = v12_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                        final FloatVector v12_0 = v12_0k9.reinterpretAsInts().add(v12_0k10).reinterpretAsFloats();
                        final FloatVector v13 = FloatVector.fromArray(FS, col2_0, j);
                        blkv0_0 = v12_0.fma(v13, blkv0_0);
                        final FloatVector v6_1 = b2_1.sub(v4);
                        final FloatVector v7_1 = b3_1.sub(v5);
                        final FloatVector v9_1 = v7_1.mul(v7_1);
                        final FloatVector v10_1 = v6_1.fma(v6_1, v9_1);
                        final FloatVector v11_1 = b1.mul(v10_1);
                        expArgs = expArgs.max(v11_1.reinterpretAsInts().and(0x7fffffff));
                        // v12_1 = Exp(v11_1) in range, inline (see VectorTranscendentals)
                        final var v12_1k0 = v11_1.fma(1.442695f, 1.2582912E7f);
                        final var v12_1k1 = v12_1k0.sub(1.2582912E7f);
                        final var v12_1k2 = v12_1k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_1);
                        final var v12_1k3 = v12_1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_1k2);
                        final var v12_1k4 = v12_1k3.fma(0.0013933751f, 0.008369237f);
                        final var v12_1k5 = v12_1k4.fma(v12_1k3, FloatVector.broadcast(FS, 0.041666463f));
                        final var v12_1k6 = v12_1k5.fma(v12_1k3, FloatVector.broadcast(FS, 0.16666505f));
                        final var v12_1k7 = v12_1k6.fma(v12_1k3, FloatVector.broadcast(FS, 0.5f));
                        final var v12_1k8 = v12_1k7.fma(v12_1k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_1k9 = v12_1k8.fma(v12_1k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_1k10 = v12_1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                        final FloatVector v12_1 = v12_1k9.reinterpretAsInts().add(v12_1k10).reinterpretAsFloats();
                        blkv1_0 = v12_1.fma(v13, blkv1_0);
                    }
                    if (!expArgs.compare(VectorOperators.GT, 1118743631).anyTrue()) {
                        accv0_0 = accv0_0.add(blkv0_0);
                        accv1_0 = accv1_0.add(blkv1_0);
                        continue;
                    }
                    // an argument out of range or NaN: this tile again with the full Exp, and the rest of the rows too
                    expInRange = false;
                }
                FloatVector blkv0_0 = FloatVector.zero(FS);
                FloatVector blkv1_0 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v4 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v6_0 = b2_0.sub(v4);
                    final FloatVector v7_0 = b3_0.sub(v5);
                    final FloatVector v9_0 = v7_0.mul(v7_0);
                    final FloatVector v10_0 = v6_0.fma(v6_0, v9_0);
                    final FloatVector v11_0 = b1.mul(v10_0);
                    // v12_0 = Exp(v11_0), inline (see VectorTranscendentals)
                    final var v12_0k0 = v11_0.fma(1.442695f, 1.2582912E7f);
                    final var v12_0k1 = v12_0k0.sub(1.2582912E7f);
                    final var v12_0k2 = v12_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_0);
                    final var v12_0k3 = v12_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_0k2);
                    final var v12_0k4 = v12_0k3.fma(0.0013933751f, 0.008369237f);
                    final var v12_0k5 = v12_0k4.fma(v12_0k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v12_0k6 = v12_0k5.fma(v12_0k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v12_0k7 = v12_0k6.fma(v12_0k3, FloatVector.broadcast(FS, 0.5f));
                    final var v12_0k8 = v12_0k7.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_0k9 = v12_0k8.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_0k10 = v12_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v12_0k11 = v12_0k9.reinterpretAsInts().add(v12_0k10).reinterpretAsFloats();
                    final FloatVector v12_0 = v11_0.mul(Float.POSITIVE_INFINITY).blend(v12_0k11, v11_0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v11_0.lt(-87.33654f));
                    final FloatVector v13 = FloatVector.fromArray(FS, col2_0, j);
                    blkv0_0 = v12_0.fma(v13, blkv0_0);
                    final FloatVector v6_1 = b2_1.sub(v4);
                    final FloatVector v7_1 = b3_1.sub(v5);
                    final FloatVector v9_1 = v7_1.mul(v7_1);
                    final FloatVector v10_1 = v6_1.fma(v6_1, v9_1);
                    final FloatVector v11_1 = b1.mul(v10_1);
                    // v12_1 = Exp(v11_1), inline (see VectorTranscendentals)
                    final var v12_1k0 = v11_1.fma(1.442695f, 1.2582912E7f);
                    final var v12_1k1 = v12_1k0.sub(1.2582912E7f);
                    final var v12_1k2 = v12_1k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_1);
                    final var v12_1k3 = v12_1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_1k2);
                    final var v12_1k4 = v12_1k3.fma(0.0013933751f, 0.008369237f);
                    final var v12_1k5 = v12_1k4.fma(v12_1k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v12_1k6 = v12_1k5.fma(v12_1k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v12_1k7 = v12_1k6.fma(v12_1k3, FloatVector.broadcast(FS, 0.5f));
                    final var v12_1k8 = v12_1k7.fma(v12_1k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_1k9 = v12_1k8.fma(v12_1k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_1k10 = v12_1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v12_1k11 = v12_1k9.reinterpretAsInts().add(v12_1k10).reinterpretAsFloats();
                    final FloatVector v12_1 = v11_1.mul(Float.POSITIVE_INFINITY).blend(v12_1k11, v11_1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v11_1.lt(-87.33654f));
                    blkv1_0 = v12_1.fma(v13, blkv1_0);
                }
                accv0_0 = accv0_0.add(blkv0_0);
                accv1_0 = accv1_0.add(blkv1_0);
            }
            accv0_0.intoArray(ln, 0);
            float acc0_0 = ln[0];
            for (int lane = 1; lane < FS.length(); lane++) {
                acc0_0 += ln[lane];
            }
            accv1_0.intoArray(ln, 0);
            float acc1_0 = ln[0];
            for (int lane = 1; lane < FS.length(); lane++) {
                acc1_0 += ln[lane];
            }
            st[0] = acc0_0;
            st[1] = acc1_0;
            convRows2Tail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void convRows2Tail(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t2_0 = x_[r * 2];
            final float t3_0 = x_[r * 2 + 1];
            final float t2_1 = x_[(r + 1) * 2];
            final float t3_1 = x_[(r + 1) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc1_0 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u4 = col1_0[j];
                final float u5 = col1_1[j];
                final float u13 = col2_0[j];
                final float u6_0 = t2_0 - u4;
                final float u7_0 = t3_0 - u5;
                final float u8_0 = u6_0 * u6_0;
                final float u9_0 = u7_0 * u7_0;
                final float u10_0 = u8_0 + u9_0;
                final float u11_0 = t1 * u10_0;
                final float u12_0 = (float) Math.exp(u11_0);
                final float u14_0 = u12_0 * u13;
                acc0_0 += u14_0;
                final float u6_1 = t2_1 - u4;
                final float u7_1 = t3_1 - u5;
                final float u8_1 = u6_1 * u6_1;
                final float u9_1 = u7_1 * u7_1;
                final float u10_1 = u8_1 + u9_1;
                final float u11_1 = t1 * u10_1;
                final float u12_1 = (float) Math.exp(u11_1);
                final float u14_1 = u12_1 * u13;
                acc1_0 += u14_1;
            }
            out[r] = acc0_0;
            out[(r + 1)] = acc1_0;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void convRow(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final float t2_0 = x_[r * 2];
            final float t3_0 = x_[r * 2 + 1];
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            final FloatVector b3_0 = FloatVector.broadcast(FS, t3_0);
            FloatVector accv0_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            boolean expInRange = true;
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                // Exp without its range handling while every argument is within its range (see SpeculativeExp)
                if (expInRange) {
                    FloatVector blkv0_0 = FloatVector.zero(FS);
                    IntVector expArgs = IntVector.zero(FIS);
                    for (int j = j0; j < j1; j += FS.length()) {
                        final FloatVector v4 = FloatVector.fromArray(FS, col1_0, j);
                        final FloatVector v5 = FloatVector.fromArray(FS, col1_1, j);
                        final FloatVector v6_0 = b2_0.sub(v4);
                        final FloatVector v7_0 = b3_0.sub(v5);
                        final FloatVector v9_0 = v7_0.mul(v7_0);
                        final FloatVector v10_0 = v6_0.fma(v6_0, v9_0);
                        final FloatVector v11_0 = b1.mul(v10_0);
                        expArgs = expArgs.max(v11_0.reinterpretAsInts().and(0x7fffffff));
                        // v12_0 = Exp(v11_0) in range, inline (see VectorTranscendentals)
                        final var v12_0k0 = v11_0.fma(1.442695f, 1.2582912E7f);
                        final var v12_0k1 = v12_0k0.sub(1.2582912E7f);
                        final var v12_0k2 = v12_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_0);
                        final var v12_0k3 = v12_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_0k2);
                        final var v12_0k4 = v12_0k3.fma(0.0013933751f, 0.008369237f);
                        final var v12_0k5 = v12_0k4.fma(v12_0k3, FloatVector.broadcast(FS, 0.041666463f));
                        final var v12_0k6 = v12_0k5.fma(v12_0k3, FloatVector.broadcast(FS, 0.16666505f));
                        final var v12_0k7 = v12_0k6.fma(v12_0k3, FloatVector.broadcast(FS, 0.5f));
                        final var v12_0k8 = v12_0k7.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_0k9 = v12_0k8.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_0k10 = v12_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                        final FloatVector v12_0 = v12_0k9.reinterpretAsInts().add(v12_0k10).reinterpretAsFloats();
                        final FloatVector v13 = FloatVector.fromArray(FS, col2_0, j);
                        blkv0_0 = v12_0.fma(v13, blkv0_0);
                    }
                    if (!expArgs.compare(VectorOperators.GT, 1118743631).anyTrue()) {
                        accv0_0 = accv0_0.add(blkv0_0);
                        continue;
                    }
                    // an argument out of range or NaN: this tile again with the full Exp, and the rest of the rows too
                    expInRange = false;
                }
                FloatVector blkv0_0 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v4 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v6_0 = b2_0.sub(v4);
                    final FloatVector v7_0 = b3_0.sub(v5);
                    final FloatVector v9_0 = v7_0.mul(v7_0);
                    final FloatVector v10_0 = v6_0.fma(v6_0, v9_0);
                    final FloatVector v11_0 = b1.mul(v10_0);
                    // v12_0 = Exp(v11_0), inline (see VectorTranscendentals)
                    final var v12_0k0 = v11_0.fma(1.442695f, 1.2582912E7f);
                    final var v12_0k1 = v12_0k0.sub(1.2582912E7f);
                    final var v12_0k2 = v12_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_0);
                    final var v12_0k3 = v12_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_0k2);
                    final var v12_0k4 = v12_0k3.fma(0.0013933751f, 0.008369237f);
                    final var v12_0k5 = v12_0k4.fma(v12_0k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v12_0k6 = v12_0k5.fma(v12_0k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v12_0k7 = v12_0k6.fma(v12_0k3, FloatVector.broadcast(FS, 0.5f));
                    final var v12_0k8 = v12_0k7.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_0k9 = v12_0k8.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_0k10 = v12_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v12_0k11 = v12_0k9.reinterpretAsInts().add(v12_0k10).reinterpretAsFloats();
                    final FloatVector v12_0 = v11_0.mul(Float.POSITIVE_INFINITY).blend(v12_0k11, v11_0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v11_0.lt(-87.33654f));
                    final FloatVector v13 = FloatVector.fromArray(FS, col2_0, j);
                    blkv0_0 = v12_0.fma(v13, blkv0_0);
                }
                accv0_0 = accv0_0.add(blkv0_0);
            }
            accv0_0.intoArray(ln, 0);
            float acc0_0 = ln[0];
            for (int lane = 1; lane < FS.length(); lane++) {
                acc0_0 += ln[lane];
            }
            st[0] = acc0_0;
            convRowTail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void convRowTail(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t2_0 = x_[r * 2];
            final float t3_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            for (int j = bound; j < je; j++) {
                final float u4 = col1_0[j];
                final float u5 = col1_1[j];
                final float u13 = col2_0[j];
                final float u6_0 = t2_0 - u4;
                final float u7_0 = t3_0 - u5;
                final float u8_0 = u6_0 * u6_0;
                final float u9_0 = u7_0 * u7_0;
                final float u10_0 = u8_0 + u9_0;
                final float u11_0 = t1 * u10_0;
                final float u12_0 = (float) Math.exp(u11_0);
                final float u14_0 = u12_0 * u13;
                acc0_0 += u14_0;
            }
            out[r] = acc0_0;
        }

        static void nearest(double[][] soa0, double[] y_, int r0, int r1, int js, int je,
                double[] out, int[] outIndex) {
            final double[] st = new double[4];
            final int[] ist = new int[4];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                nearestRows4(soa0, y_, r, js, je, out, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                nearestRow(soa0, y_, r, js, je, out, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void nearestRows4(double[][] soa0, double[] y_, int r, int js, int je,
                double[] out, int[] outIndex, double[] st, int[] ist, double[] ln) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col0_2 = soa0[2];
            final double t3_0 = y_[r * 3];
            final double t4_0 = y_[r * 3 + 1];
            final double t5_0 = y_[r * 3 + 2];
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            final DoubleVector b4_0 = DoubleVector.broadcast(DS, t4_0);
            final DoubleVector b5_0 = DoubleVector.broadcast(DS, t5_0);
            final double t3_1 = y_[(r + 1) * 3];
            final double t4_1 = y_[(r + 1) * 3 + 1];
            final double t5_1 = y_[(r + 1) * 3 + 2];
            final DoubleVector b3_1 = DoubleVector.broadcast(DS, t3_1);
            final DoubleVector b4_1 = DoubleVector.broadcast(DS, t4_1);
            final DoubleVector b5_1 = DoubleVector.broadcast(DS, t5_1);
            final double t3_2 = y_[(r + 2) * 3];
            final double t4_2 = y_[(r + 2) * 3 + 1];
            final double t5_2 = y_[(r + 2) * 3 + 2];
            final DoubleVector b3_2 = DoubleVector.broadcast(DS, t3_2);
            final DoubleVector b4_2 = DoubleVector.broadcast(DS, t4_2);
            final DoubleVector b5_2 = DoubleVector.broadcast(DS, t5_2);
            final double t3_3 = y_[(r + 3) * 3];
            final double t4_3 = y_[(r + 3) * 3 + 1];
            final double t5_3 = y_[(r + 3) * 3 + 2];
            final DoubleVector b3_3 = DoubleVector.broadcast(DS, t3_3);
            final DoubleVector b4_3 = DoubleVector.broadcast(DS, t4_3);
            final DoubleVector b5_3 = DoubleVector.broadcast(DS, t5_3);
            DoubleVector accv0_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(DIS, -1);
            DoubleVector accv1_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv1_0 = IntVector.broadcast(DIS, -1);
            DoubleVector accv2_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv2_0 = IntVector.broadcast(DIS, -1);
            DoubleVector accv3_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv3_0 = IntVector.broadcast(DIS, -1);
            final IntVector iota = IntVector.zero(DIS).addIndex(1);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final IntVector jv = iota.add(j);
                final DoubleVector v0 = DoubleVector.fromArray(DS, col0_0, j);
                final DoubleVector v1 = DoubleVector.fromArray(DS, col0_1, j);
                final DoubleVector v2 = DoubleVector.fromArray(DS, col0_2, j);
                final DoubleVector v6_0 = v0.sub(b3_0);
                final DoubleVector v7_0 = v1.sub(b4_0);
                final DoubleVector v8_0 = v2.sub(b5_0);
                final DoubleVector v10_0 = v7_0.mul(v7_0);
                final DoubleVector v12_0 = v6_0.fma(v6_0, v10_0);
                final DoubleVector v13_0 = v8_0.fma(v8_0, v12_0);
                final VectorMask<Double> mk0_0 = v13_0.compare(VectorOperators.LT, accv0_0).or(idxv0_0.lt(0).cast(DS).and(v13_0.eq(v13_0)));
                accv0_0 = accv0_0.blend(v13_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(DIS));
                final DoubleVector v6_1 = v0.sub(b3_1);
                final DoubleVector v7_1 = v1.sub(b4_1);
                final DoubleVector v8_1 = v2.sub(b5_1);
                final DoubleVector v10_1 = v7_1.mul(v7_1);
                final DoubleVector v12_1 = v6_1.fma(v6_1, v10_1);
                final DoubleVector v13_1 = v8_1.fma(v8_1, v12_1);
                final VectorMask<Double> mk1_0 = v13_1.compare(VectorOperators.LT, accv1_0).or(idxv1_0.lt(0).cast(DS).and(v13_1.eq(v13_1)));
                accv1_0 = accv1_0.blend(v13_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(DIS));
                final DoubleVector v6_2 = v0.sub(b3_2);
                final DoubleVector v7_2 = v1.sub(b4_2);
                final DoubleVector v8_2 = v2.sub(b5_2);
                final DoubleVector v10_2 = v7_2.mul(v7_2);
                final DoubleVector v12_2 = v6_2.fma(v6_2, v10_2);
                final DoubleVector v13_2 = v8_2.fma(v8_2, v12_2);
                final VectorMask<Double> mk2_0 = v13_2.compare(VectorOperators.LT, accv2_0).or(idxv2_0.lt(0).cast(DS).and(v13_2.eq(v13_2)));
                accv2_0 = accv2_0.blend(v13_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(DIS));
                final DoubleVector v6_3 = v0.sub(b3_3);
                final DoubleVector v7_3 = v1.sub(b4_3);
                final DoubleVector v8_3 = v2.sub(b5_3);
                final DoubleVector v10_3 = v7_3.mul(v7_3);
                final DoubleVector v12_3 = v6_3.fma(v6_3, v10_3);
                final DoubleVector v13_3 = v8_3.fma(v8_3, v12_3);
                final VectorMask<Double> mk3_0 = v13_3.compare(VectorOperators.LT, accv3_0).or(idxv3_0.lt(0).cast(DS).and(v13_3.eq(v13_3)));
                accv3_0 = accv3_0.blend(v13_3, mk3_0);
                idxv3_0 = idxv3_0.blend(jv, mk3_0.cast(DIS));
            }
            double acc0_0 = Double.POSITIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a < acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            double acc1_0 = Double.POSITIVE_INFINITY;
            int idx1_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv1_0.lane(l);
                final int ix = idxv1_0.lane(l);
                if (ix >= 0 && (idx1_0 < 0 || a < acc1_0 || (a == acc1_0 && ix < idx1_0))) {
                    acc1_0 = a;
                    idx1_0 = ix;
                }
            }
            double acc2_0 = Double.POSITIVE_INFINITY;
            int idx2_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv2_0.lane(l);
                final int ix = idxv2_0.lane(l);
                if (ix >= 0 && (idx2_0 < 0 || a < acc2_0 || (a == acc2_0 && ix < idx2_0))) {
                    acc2_0 = a;
                    idx2_0 = ix;
                }
            }
            double acc3_0 = Double.POSITIVE_INFINITY;
            int idx3_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv3_0.lane(l);
                final int ix = idxv3_0.lane(l);
                if (ix >= 0 && (idx3_0 < 0 || a < acc3_0 || (a == acc3_0 && ix < idx3_0))) {
                    acc3_0 = a;
                    idx3_0 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc1_0;
            ist[1] = idx1_0;
            st[2] = acc2_0;
            ist[2] = idx2_0;
            st[3] = acc3_0;
            ist[3] = idx3_0;
            nearestRows4Tail(soa0, y_, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void nearestRows4Tail(double[][] soa0, double[] y_, int r, int js, int je,
                double[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col0_2 = soa0[2];
            final double t3_0 = y_[r * 3];
            final double t4_0 = y_[r * 3 + 1];
            final double t5_0 = y_[r * 3 + 2];
            final double t3_1 = y_[(r + 1) * 3];
            final double t4_1 = y_[(r + 1) * 3 + 1];
            final double t5_1 = y_[(r + 1) * 3 + 2];
            final double t3_2 = y_[(r + 2) * 3];
            final double t4_2 = y_[(r + 2) * 3 + 1];
            final double t5_2 = y_[(r + 2) * 3 + 2];
            final double t3_3 = y_[(r + 3) * 3];
            final double t4_3 = y_[(r + 3) * 3 + 1];
            final double t5_3 = y_[(r + 3) * 3 + 2];
            double acc0_0 = st[0];
            int idx0_0 = ist[0];
            double acc1_0 = st[1];
            int idx1_0 = ist[1];
            double acc2_0 = st[2];
            int idx2_0 = ist[2];
            double acc3_0 = st[3];
            int idx3_0 = ist[3];
            for (int j = bound; j < je; j++) {
                final double u0 = col0_0[j];
                final double u1 = col0_1[j];
                final double u2 = col0_2[j];
                final double u6_0 = u0 - t3_0;
                final double u7_0 = u1 - t4_0;
                final double u8_0 = u2 - t5_0;
                final double u9_0 = u6_0 * u6_0;
                final double u10_0 = u7_0 * u7_0;
                final double u11_0 = u8_0 * u8_0;
                final double u12_0 = u9_0 + u10_0;
                final double u13_0 = u12_0 + u11_0;
                if (u13_0 < acc0_0 || (idx0_0 < 0 && u13_0 == u13_0)) {
                    acc0_0 = u13_0;
                    idx0_0 = j;
                }
                final double u6_1 = u0 - t3_1;
                final double u7_1 = u1 - t4_1;
                final double u8_1 = u2 - t5_1;
                final double u9_1 = u6_1 * u6_1;
                final double u10_1 = u7_1 * u7_1;
                final double u11_1 = u8_1 * u8_1;
                final double u12_1 = u9_1 + u10_1;
                final double u13_1 = u12_1 + u11_1;
                if (u13_1 < acc1_0 || (idx1_0 < 0 && u13_1 == u13_1)) {
                    acc1_0 = u13_1;
                    idx1_0 = j;
                }
                final double u6_2 = u0 - t3_2;
                final double u7_2 = u1 - t4_2;
                final double u8_2 = u2 - t5_2;
                final double u9_2 = u6_2 * u6_2;
                final double u10_2 = u7_2 * u7_2;
                final double u11_2 = u8_2 * u8_2;
                final double u12_2 = u9_2 + u10_2;
                final double u13_2 = u12_2 + u11_2;
                if (u13_2 < acc2_0 || (idx2_0 < 0 && u13_2 == u13_2)) {
                    acc2_0 = u13_2;
                    idx2_0 = j;
                }
                final double u6_3 = u0 - t3_3;
                final double u7_3 = u1 - t4_3;
                final double u8_3 = u2 - t5_3;
                final double u9_3 = u6_3 * u6_3;
                final double u10_3 = u7_3 * u7_3;
                final double u11_3 = u8_3 * u8_3;
                final double u12_3 = u9_3 + u10_3;
                final double u13_3 = u12_3 + u11_3;
                if (u13_3 < acc3_0 || (idx3_0 < 0 && u13_3 == u13_3)) {
                    acc3_0 = u13_3;
                    idx3_0 = j;
                }
            }
            out[r] = acc0_0;
            outIndex[r] = idx0_0;
            out[(r + 1)] = acc1_0;
            outIndex[(r + 1)] = idx1_0;
            out[(r + 2)] = acc2_0;
            outIndex[(r + 2)] = idx2_0;
            out[(r + 3)] = acc3_0;
            outIndex[(r + 3)] = idx3_0;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void nearestRow(double[][] soa0, double[] y_, int r, int js, int je,
                double[] out, int[] outIndex, double[] st, int[] ist, double[] ln) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col0_2 = soa0[2];
            final double t3_0 = y_[r * 3];
            final double t4_0 = y_[r * 3 + 1];
            final double t5_0 = y_[r * 3 + 2];
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            final DoubleVector b4_0 = DoubleVector.broadcast(DS, t4_0);
            final DoubleVector b5_0 = DoubleVector.broadcast(DS, t5_0);
            DoubleVector accv0_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(DIS, -1);
            final IntVector iota = IntVector.zero(DIS).addIndex(1);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final IntVector jv = iota.add(j);
                final DoubleVector v0 = DoubleVector.fromArray(DS, col0_0, j);
                final DoubleVector v1 = DoubleVector.fromArray(DS, col0_1, j);
                final DoubleVector v2 = DoubleVector.fromArray(DS, col0_2, j);
                final DoubleVector v6_0 = v0.sub(b3_0);
                final DoubleVector v7_0 = v1.sub(b4_0);
                final DoubleVector v8_0 = v2.sub(b5_0);
                final DoubleVector v10_0 = v7_0.mul(v7_0);
                final DoubleVector v12_0 = v6_0.fma(v6_0, v10_0);
                final DoubleVector v13_0 = v8_0.fma(v8_0, v12_0);
                final VectorMask<Double> mk0_0 = v13_0.compare(VectorOperators.LT, accv0_0).or(idxv0_0.lt(0).cast(DS).and(v13_0.eq(v13_0)));
                accv0_0 = accv0_0.blend(v13_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(DIS));
            }
            double acc0_0 = Double.POSITIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a < acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            nearestRowTail(soa0, y_, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void nearestRowTail(double[][] soa0, double[] y_, int r, int js, int je,
                double[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col0_2 = soa0[2];
            final double t3_0 = y_[r * 3];
            final double t4_0 = y_[r * 3 + 1];
            final double t5_0 = y_[r * 3 + 2];
            double acc0_0 = st[0];
            int idx0_0 = ist[0];
            for (int j = bound; j < je; j++) {
                final double u0 = col0_0[j];
                final double u1 = col0_1[j];
                final double u2 = col0_2[j];
                final double u6_0 = u0 - t3_0;
                final double u7_0 = u1 - t4_0;
                final double u8_0 = u2 - t5_0;
                final double u9_0 = u6_0 * u6_0;
                final double u10_0 = u7_0 * u7_0;
                final double u11_0 = u8_0 * u8_0;
                final double u12_0 = u9_0 + u10_0;
                final double u13_0 = u12_0 + u11_0;
                if (u13_0 < acc0_0 || (idx0_0 < 0 && u13_0 == u13_0)) {
                    acc0_0 = u13_0;
                    idx0_0 = j;
                }
            }
            out[r] = acc0_0;
            outIndex[r] = idx0_0;
        }
    }

    /**
     * Kernels with 128-bit vectors.
     */
    static final class W128 {
        static final VectorSpecies<Float> FS = FloatVector.SPECIES_128;

        static final VectorSpecies<Integer> FIS = IntVector.SPECIES_128;

        static final VectorSpecies<Double> DS = DoubleVector.SPECIES_128;

        static final VectorSpecies<Integer> DIS = IntVector.SPECIES_64;

        private W128() {
        }

        static void conv(float[] x_, float[][] soa1, float[][] soa2, float g_, int r0, int r1,
                int js, int je, float[] out) {
            final double[] st = new double[2];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                convRows2(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                convRow(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void convRows2(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final float t2_0 = x_[r * 2];
            final float t3_0 = x_[r * 2 + 1];
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            final FloatVector b3_0 = FloatVector.broadcast(FS, t3_0);
            final float t2_1 = x_[(r + 1) * 2];
            final float t3_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b2_1 = FloatVector.broadcast(FS, t2_1);
            final FloatVector b3_1 = FloatVector.broadcast(FS, t3_1);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv1_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            boolean expInRange = true;
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                // Exp without its range handling while every argument is within its range (see SpeculativeExp)
                if (expInRange) {
                    FloatVector blkv0_0 = FloatVector.zero(FS);
                    FloatVector blkv1_0 = FloatVector.zero(FS);
                    IntVector expArgs = IntVector.zero(FIS);
                    for (int j = j0; j < j1; j += FS.length()) {
                        final FloatVector v4 = FloatVector.fromArray(FS, col1_0, j);
                        final FloatVector v5 = FloatVector.fromArray(FS, col1_1, j);
                        final FloatVector v6_0 = b2_0.sub(v4);
                        final FloatVector v7_0 = b3_0.sub(v5);
                        final FloatVector v9_0 = v7_0.mul(v7_0);
                        final FloatVector v10_0 = v6_0.fma(v6_0, v9_0);
                        final FloatVector v11_0 = b1.mul(v10_0);
                        expArgs = expArgs.max(v11_0.reinterpretAsInts().and(0x7fffffff));
                        // v12_0 = Exp(v11_0) in range, inline (see VectorTranscendentals)
                        final var v12_0k0 = v11_0.fma(1.442695f, 1.2582912E7f);
                        final var v12_0k1 = v12_0k0.sub(1.2582912E7f);
                        final var v12_0k2 = v12_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_0);
                        final var v12_0k3 = v12_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_0k2);
                        final var v12_0k4 = v12_0k3.fma(0.0013933751f, 0.008369237f);
                        final var v12_0k5 = v12_0k4.fma(v12_0k3, FloatVector.broadcast(FS, 0.041666463f));
                        final var v12_0k6 = v12_0k5.fma(v12_0k3, FloatVector.broadcast(FS, 0.16666505f));
                        final var v12_0k7 = v12_0k6.fma(v12_0k3, FloatVector.broadcast(FS, 0.5f));
                        final var v12_0k8 = v12_0k7.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_0k9 = v12_0k8.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_0k10 = v12_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                        final FloatVector v12_0 = v12_0k9.reinterpretAsInts().add(v12_0k10).reinterpretAsFloats();
                        final FloatVector v13 = FloatVector.fromArray(FS, col2_0, j);
                        blkv0_0 = v12_0.fma(v13, blkv0_0);
                        final FloatVector v6_1 = b2_1.sub(v4);
                        final FloatVector v7_1 = b3_1.sub(v5);
                        final FloatVector v9_1 = v7_1.mul(v7_1);
                        final FloatVector v10_1 = v6_1.fma(v6_1, v9_1);
                        final FloatVector v11_1 = b1.mul(v10_1);
                        expArgs = expArgs.max(v11_1.reinterpretAsInts().and(0x7fffffff));
                        // v12_1 = Exp(v11_1) in range, inline (see VectorTranscendentals)
                        final var v12_1k0 = v11_1.fma(1.442695f, 1.2582912E7f);
                        final var v12_1k1 = v12_1k0.sub(1.2582912E7f);
                        final var v12_1k2 = v12_1k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_1);
                        final var v12_1k3 = v12_1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_1k2);
                        final var v12_1k4 = v12_1k3.fma(0.0013933751f, 0.008369237f);
                        final var v12_1k5 = v12_1k4.fma(v12_1k3, FloatVector.broadcast(FS, 0.041666463f));
                        final var v12_1k6 = v12_1k5.fma(v12_1k3, FloatVector.broadcast(FS, 0.16666505f));
                        final var v12_1k7 = v12_1k6.fma(v12_1k3, FloatVector.broadcast(FS, 0.5f));
                        final var v12_1k8 = v12_1k7.fma(v12_1k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_1k9 = v12_1k8.fma(v12_1k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_1k10 = v12_1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                        final FloatVector v12_1 = v12_1k9.reinterpretAsInts().add(v12_1k10).reinterpretAsFloats();
                        blkv1_0 = v12_1.fma(v13, blkv1_0);
                    }
                    if (!expArgs.compare(VectorOperators.GT, 1118743631).anyTrue()) {
                        accv0_0 = accv0_0.add(blkv0_0);
                        accv1_0 = accv1_0.add(blkv1_0);
                        continue;
                    }
                    // an argument out of range or NaN: this tile again with the full Exp, and the rest of the rows too
                    expInRange = false;
                }
                FloatVector blkv0_0 = FloatVector.zero(FS);
                FloatVector blkv1_0 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v4 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v6_0 = b2_0.sub(v4);
                    final FloatVector v7_0 = b3_0.sub(v5);
                    final FloatVector v9_0 = v7_0.mul(v7_0);
                    final FloatVector v10_0 = v6_0.fma(v6_0, v9_0);
                    final FloatVector v11_0 = b1.mul(v10_0);
                    // v12_0 = Exp(v11_0), inline (see VectorTranscendentals)
                    final var v12_0k0 = v11_0.fma(1.442695f, 1.2582912E7f);
                    final var v12_0k1 = v12_0k0.sub(1.2582912E7f);
                    final var v12_0k2 = v12_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_0);
                    final var v12_0k3 = v12_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_0k2);
                    final var v12_0k4 = v12_0k3.fma(0.0013933751f, 0.008369237f);
                    final var v12_0k5 = v12_0k4.fma(v12_0k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v12_0k6 = v12_0k5.fma(v12_0k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v12_0k7 = v12_0k6.fma(v12_0k3, FloatVector.broadcast(FS, 0.5f));
                    final var v12_0k8 = v12_0k7.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_0k9 = v12_0k8.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_0k10 = v12_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v12_0k11 = v12_0k9.reinterpretAsInts().add(v12_0k10).reinterpretAsFloats();
                    final FloatVector v12_0 = v11_0.mul(Float.POSITIVE_INFINITY).blend(v12_0k11, v11_0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v11_0.lt(-87.33654f));
                    final FloatVector v13 = FloatVector.fromArray(FS, col2_0, j);
                    blkv0_0 = v12_0.fma(v13, blkv0_0);
                    final FloatVector v6_1 = b2_1.sub(v4);
                    final FloatVector v7_1 = b3_1.sub(v5);
                    final FloatVector v9_1 = v7_1.mul(v7_1);
                    final FloatVector v10_1 = v6_1.fma(v6_1, v9_1);
                    final FloatVector v11_1 = b1.mul(v10_1);
                    // v12_1 = Exp(v11_1), inline (see VectorTranscendentals)
                    final var v12_1k0 = v11_1.fma(1.442695f, 1.2582912E7f);
                    final var v12_1k1 = v12_1k0.sub(1.2582912E7f);
                    final var v12_1k2 = v12_1k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_1);
                    final var v12_1k3 = v12_1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_1k2);
                    final var v12_1k4 = v12_1k3.fma(0.0013933751f, 0.008369237f);
                    final var v12_1k5 = v12_1k4.fma(v12_1k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v12_1k6 = v12_1k5.fma(v12_1k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v12_1k7 = v12_1k6.fma(v12_1k3, FloatVector.broadcast(FS, 0.5f));
                    final var v12_1k8 = v12_1k7.fma(v12_1k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_1k9 = v12_1k8.fma(v12_1k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_1k10 = v12_1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v12_1k11 = v12_1k9.reinterpretAsInts().add(v12_1k10).reinterpretAsFloats();
                    final FloatVector v12_1 = v11_1.mul(Float.POSITIVE_INFINITY).blend(v12_1k11, v11_1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v11_1.lt(-87.33654f));
                    blkv1_0 = v12_1.fma(v13, blkv1_0);
                }
                accv0_0 = accv0_0.add(blkv0_0);
                accv1_0 = accv1_0.add(blkv1_0);
            }
            accv0_0.intoArray(ln, 0);
            float acc0_0 = ln[0];
            for (int lane = 1; lane < FS.length(); lane++) {
                acc0_0 += ln[lane];
            }
            accv1_0.intoArray(ln, 0);
            float acc1_0 = ln[0];
            for (int lane = 1; lane < FS.length(); lane++) {
                acc1_0 += ln[lane];
            }
            st[0] = acc0_0;
            st[1] = acc1_0;
            convRows2Tail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void convRows2Tail(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t2_0 = x_[r * 2];
            final float t3_0 = x_[r * 2 + 1];
            final float t2_1 = x_[(r + 1) * 2];
            final float t3_1 = x_[(r + 1) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc1_0 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u4 = col1_0[j];
                final float u5 = col1_1[j];
                final float u13 = col2_0[j];
                final float u6_0 = t2_0 - u4;
                final float u7_0 = t3_0 - u5;
                final float u8_0 = u6_0 * u6_0;
                final float u9_0 = u7_0 * u7_0;
                final float u10_0 = u8_0 + u9_0;
                final float u11_0 = t1 * u10_0;
                final float u12_0 = (float) Math.exp(u11_0);
                final float u14_0 = u12_0 * u13;
                acc0_0 += u14_0;
                final float u6_1 = t2_1 - u4;
                final float u7_1 = t3_1 - u5;
                final float u8_1 = u6_1 * u6_1;
                final float u9_1 = u7_1 * u7_1;
                final float u10_1 = u8_1 + u9_1;
                final float u11_1 = t1 * u10_1;
                final float u12_1 = (float) Math.exp(u11_1);
                final float u14_1 = u12_1 * u13;
                acc1_0 += u14_1;
            }
            out[r] = acc0_0;
            out[(r + 1)] = acc1_0;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void convRow(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final float t2_0 = x_[r * 2];
            final float t3_0 = x_[r * 2 + 1];
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            final FloatVector b3_0 = FloatVector.broadcast(FS, t3_0);
            FloatVector accv0_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            boolean expInRange = true;
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                // Exp without its range handling while every argument is within its range (see SpeculativeExp)
                if (expInRange) {
                    FloatVector blkv0_0 = FloatVector.zero(FS);
                    IntVector expArgs = IntVector.zero(FIS);
                    for (int j = j0; j < j1; j += FS.length()) {
                        final FloatVector v4 = FloatVector.fromArray(FS, col1_0, j);
                        final FloatVector v5 = FloatVector.fromArray(FS, col1_1, j);
                        final FloatVector v6_0 = b2_0.sub(v4);
                        final FloatVector v7_0 = b3_0.sub(v5);
                        final FloatVector v9_0 = v7_0.mul(v7_0);
                        final FloatVector v10_0 = v6_0.fma(v6_0, v9_0);
                        final FloatVector v11_0 = b1.mul(v10_0);
                        expArgs = expArgs.max(v11_0.reinterpretAsInts().and(0x7fffffff));
                        // v12_0 = Exp(v11_0) in range, inline (see VectorTranscendentals)
                        final var v12_0k0 = v11_0.fma(1.442695f, 1.2582912E7f);
                        final var v12_0k1 = v12_0k0.sub(1.2582912E7f);
                        final var v12_0k2 = v12_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_0);
                        final var v12_0k3 = v12_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_0k2);
                        final var v12_0k4 = v12_0k3.fma(0.0013933751f, 0.008369237f);
                        final var v12_0k5 = v12_0k4.fma(v12_0k3, FloatVector.broadcast(FS, 0.041666463f));
                        final var v12_0k6 = v12_0k5.fma(v12_0k3, FloatVector.broadcast(FS, 0.16666505f));
                        final var v12_0k7 = v12_0k6.fma(v12_0k3, FloatVector.broadcast(FS, 0.5f));
                        final var v12_0k8 = v12_0k7.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_0k9 = v12_0k8.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v12_0k10 = v12_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                        final FloatVector v12_0 = v12_0k9.reinterpretAsInts().add(v12_0k10).reinterpretAsFloats();
                        final FloatVector v13 = FloatVector.fromArray(FS, col2_0, j);
                        blkv0_0 = v12_0.fma(v13, blkv0_0);
                    }
                    if (!expArgs.compare(VectorOperators.GT, 1118743631).anyTrue()) {
                        accv0_0 = accv0_0.add(blkv0_0);
                        continue;
                    }
                    // an argument out of range or NaN: this tile again with the full Exp, and the rest of the rows too
                    expInRange = false;
                }
                FloatVector blkv0_0 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v4 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v6_0 = b2_0.sub(v4);
                    final FloatVector v7_0 = b3_0.sub(v5);
                    final FloatVector v9_0 = v7_0.mul(v7_0);
                    final FloatVector v10_0 = v6_0.fma(v6_0, v9_0);
                    final FloatVector v11_0 = b1.mul(v10_0);
                    // v12_0 = Exp(v11_0), inline (see VectorTranscendentals)
                    final var v12_0k0 = v11_0.fma(1.442695f, 1.2582912E7f);
                    final var v12_0k1 = v12_0k0.sub(1.2582912E7f);
                    final var v12_0k2 = v12_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v11_0);
                    final var v12_0k3 = v12_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v12_0k2);
                    final var v12_0k4 = v12_0k3.fma(0.0013933751f, 0.008369237f);
                    final var v12_0k5 = v12_0k4.fma(v12_0k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v12_0k6 = v12_0k5.fma(v12_0k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v12_0k7 = v12_0k6.fma(v12_0k3, FloatVector.broadcast(FS, 0.5f));
                    final var v12_0k8 = v12_0k7.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_0k9 = v12_0k8.fma(v12_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v12_0k10 = v12_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v12_0k11 = v12_0k9.reinterpretAsInts().add(v12_0k10).reinterpretAsFloats();
                    final FloatVector v12_0 = v11_0.mul(Float.POSITIVE_INFINITY).blend(v12_0k11, v11_0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v11_0.lt(-87.33654f));
                    final FloatVector v13 = FloatVector.fromArray(FS, col2_0, j);
                    blkv0_0 = v12_0.fma(v13, blkv0_0);
                }
                accv0_0 = accv0_0.add(blkv0_0);
            }
            accv0_0.intoArray(ln, 0);
            float acc0_0 = ln[0];
            for (int lane = 1; lane < FS.length(); lane++) {
                acc0_0 += ln[lane];
            }
            st[0] = acc0_0;
            convRowTail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void convRowTail(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t2_0 = x_[r * 2];
            final float t3_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            for (int j = bound; j < je; j++) {
                final float u4 = col1_0[j];
                final float u5 = col1_1[j];
                final float u13 = col2_0[j];
                final float u6_0 = t2_0 - u4;
                final float u7_0 = t3_0 - u5;
                final float u8_0 = u6_0 * u6_0;
                final float u9_0 = u7_0 * u7_0;
                final float u10_0 = u8_0 + u9_0;
                final float u11_0 = t1 * u10_0;
                final float u12_0 = (float) Math.exp(u11_0);
                final float u14_0 = u12_0 * u13;
                acc0_0 += u14_0;
            }
            out[r] = acc0_0;
        }

        static void nearest(double[][] soa0, double[] y_, int r0, int r1, int js, int je,
                double[] out, int[] outIndex) {
            final double[] st = new double[4];
            final int[] ist = new int[4];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                nearestRows4(soa0, y_, r, js, je, out, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                nearestRow(soa0, y_, r, js, je, out, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void nearestRows4(double[][] soa0, double[] y_, int r, int js, int je,
                double[] out, int[] outIndex, double[] st, int[] ist, double[] ln) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col0_2 = soa0[2];
            final double t3_0 = y_[r * 3];
            final double t4_0 = y_[r * 3 + 1];
            final double t5_0 = y_[r * 3 + 2];
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            final DoubleVector b4_0 = DoubleVector.broadcast(DS, t4_0);
            final DoubleVector b5_0 = DoubleVector.broadcast(DS, t5_0);
            final double t3_1 = y_[(r + 1) * 3];
            final double t4_1 = y_[(r + 1) * 3 + 1];
            final double t5_1 = y_[(r + 1) * 3 + 2];
            final DoubleVector b3_1 = DoubleVector.broadcast(DS, t3_1);
            final DoubleVector b4_1 = DoubleVector.broadcast(DS, t4_1);
            final DoubleVector b5_1 = DoubleVector.broadcast(DS, t5_1);
            final double t3_2 = y_[(r + 2) * 3];
            final double t4_2 = y_[(r + 2) * 3 + 1];
            final double t5_2 = y_[(r + 2) * 3 + 2];
            final DoubleVector b3_2 = DoubleVector.broadcast(DS, t3_2);
            final DoubleVector b4_2 = DoubleVector.broadcast(DS, t4_2);
            final DoubleVector b5_2 = DoubleVector.broadcast(DS, t5_2);
            final double t3_3 = y_[(r + 3) * 3];
            final double t4_3 = y_[(r + 3) * 3 + 1];
            final double t5_3 = y_[(r + 3) * 3 + 2];
            final DoubleVector b3_3 = DoubleVector.broadcast(DS, t3_3);
            final DoubleVector b4_3 = DoubleVector.broadcast(DS, t4_3);
            final DoubleVector b5_3 = DoubleVector.broadcast(DS, t5_3);
            DoubleVector accv0_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(DIS, -1);
            DoubleVector accv1_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv1_0 = IntVector.broadcast(DIS, -1);
            DoubleVector accv2_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv2_0 = IntVector.broadcast(DIS, -1);
            DoubleVector accv3_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv3_0 = IntVector.broadcast(DIS, -1);
            final IntVector iota = IntVector.zero(DIS).addIndex(1);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final IntVector jv = iota.add(j);
                final DoubleVector v0 = DoubleVector.fromArray(DS, col0_0, j);
                final DoubleVector v1 = DoubleVector.fromArray(DS, col0_1, j);
                final DoubleVector v2 = DoubleVector.fromArray(DS, col0_2, j);
                final DoubleVector v6_0 = v0.sub(b3_0);
                final DoubleVector v7_0 = v1.sub(b4_0);
                final DoubleVector v8_0 = v2.sub(b5_0);
                final DoubleVector v10_0 = v7_0.mul(v7_0);
                final DoubleVector v12_0 = v6_0.fma(v6_0, v10_0);
                final DoubleVector v13_0 = v8_0.fma(v8_0, v12_0);
                final VectorMask<Double> mk0_0 = v13_0.compare(VectorOperators.LT, accv0_0).or(idxv0_0.lt(0).cast(DS).and(v13_0.eq(v13_0)));
                accv0_0 = accv0_0.blend(v13_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(DIS));
                final DoubleVector v6_1 = v0.sub(b3_1);
                final DoubleVector v7_1 = v1.sub(b4_1);
                final DoubleVector v8_1 = v2.sub(b5_1);
                final DoubleVector v10_1 = v7_1.mul(v7_1);
                final DoubleVector v12_1 = v6_1.fma(v6_1, v10_1);
                final DoubleVector v13_1 = v8_1.fma(v8_1, v12_1);
                final VectorMask<Double> mk1_0 = v13_1.compare(VectorOperators.LT, accv1_0).or(idxv1_0.lt(0).cast(DS).and(v13_1.eq(v13_1)));
                accv1_0 = accv1_0.blend(v13_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(DIS));
                final DoubleVector v6_2 = v0.sub(b3_2);
                final DoubleVector v7_2 = v1.sub(b4_2);
                final DoubleVector v8_2 = v2.sub(b5_2);
                final DoubleVector v10_2 = v7_2.mul(v7_2);
                final DoubleVector v12_2 = v6_2.fma(v6_2, v10_2);
                final DoubleVector v13_2 = v8_2.fma(v8_2, v12_2);
                final VectorMask<Double> mk2_0 = v13_2.compare(VectorOperators.LT, accv2_0).or(idxv2_0.lt(0).cast(DS).and(v13_2.eq(v13_2)));
                accv2_0 = accv2_0.blend(v13_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(DIS));
                final DoubleVector v6_3 = v0.sub(b3_3);
                final DoubleVector v7_3 = v1.sub(b4_3);
                final DoubleVector v8_3 = v2.sub(b5_3);
                final DoubleVector v10_3 = v7_3.mul(v7_3);
                final DoubleVector v12_3 = v6_3.fma(v6_3, v10_3);
                final DoubleVector v13_3 = v8_3.fma(v8_3, v12_3);
                final VectorMask<Double> mk3_0 = v13_3.compare(VectorOperators.LT, accv3_0).or(idxv3_0.lt(0).cast(DS).and(v13_3.eq(v13_3)));
                accv3_0 = accv3_0.blend(v13_3, mk3_0);
                idxv3_0 = idxv3_0.blend(jv, mk3_0.cast(DIS));
            }
            double acc0_0 = Double.POSITIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a < acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            double acc1_0 = Double.POSITIVE_INFINITY;
            int idx1_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv1_0.lane(l);
                final int ix = idxv1_0.lane(l);
                if (ix >= 0 && (idx1_0 < 0 || a < acc1_0 || (a == acc1_0 && ix < idx1_0))) {
                    acc1_0 = a;
                    idx1_0 = ix;
                }
            }
            double acc2_0 = Double.POSITIVE_INFINITY;
            int idx2_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv2_0.lane(l);
                final int ix = idxv2_0.lane(l);
                if (ix >= 0 && (idx2_0 < 0 || a < acc2_0 || (a == acc2_0 && ix < idx2_0))) {
                    acc2_0 = a;
                    idx2_0 = ix;
                }
            }
            double acc3_0 = Double.POSITIVE_INFINITY;
            int idx3_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv3_0.lane(l);
                final int ix = idxv3_0.lane(l);
                if (ix >= 0 && (idx3_0 < 0 || a < acc3_0 || (a == acc3_0 && ix < idx3_0))) {
                    acc3_0 = a;
                    idx3_0 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc1_0;
            ist[1] = idx1_0;
            st[2] = acc2_0;
            ist[2] = idx2_0;
            st[3] = acc3_0;
            ist[3] = idx3_0;
            nearestRows4Tail(soa0, y_, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void nearestRows4Tail(double[][] soa0, double[] y_, int r, int js, int je,
                double[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col0_2 = soa0[2];
            final double t3_0 = y_[r * 3];
            final double t4_0 = y_[r * 3 + 1];
            final double t5_0 = y_[r * 3 + 2];
            final double t3_1 = y_[(r + 1) * 3];
            final double t4_1 = y_[(r + 1) * 3 + 1];
            final double t5_1 = y_[(r + 1) * 3 + 2];
            final double t3_2 = y_[(r + 2) * 3];
            final double t4_2 = y_[(r + 2) * 3 + 1];
            final double t5_2 = y_[(r + 2) * 3 + 2];
            final double t3_3 = y_[(r + 3) * 3];
            final double t4_3 = y_[(r + 3) * 3 + 1];
            final double t5_3 = y_[(r + 3) * 3 + 2];
            double acc0_0 = st[0];
            int idx0_0 = ist[0];
            double acc1_0 = st[1];
            int idx1_0 = ist[1];
            double acc2_0 = st[2];
            int idx2_0 = ist[2];
            double acc3_0 = st[3];
            int idx3_0 = ist[3];
            for (int j = bound; j < je; j++) {
                final double u0 = col0_0[j];
                final double u1 = col0_1[j];
                final double u2 = col0_2[j];
                final double u6_0 = u0 - t3_0;
                final double u7_0 = u1 - t4_0;
                final double u8_0 = u2 - t5_0;
                final double u9_0 = u6_0 * u6_0;
                final double u10_0 = u7_0 * u7_0;
                final double u11_0 = u8_0 * u8_0;
                final double u12_0 = u9_0 + u10_0;
                final double u13_0 = u12_0 + u11_0;
                if (u13_0 < acc0_0 || (idx0_0 < 0 && u13_0 == u13_0)) {
                    acc0_0 = u13_0;
                    idx0_0 = j;
                }
                final double u6_1 = u0 - t3_1;
                final double u7_1 = u1 - t4_1;
                final double u8_1 = u2 - t5_1;
                final double u9_1 = u6_1 * u6_1;
                final double u10_1 = u7_1 * u7_1;
                final double u11_1 = u8_1 * u8_1;
                final double u12_1 = u9_1 + u10_1;
                final double u13_1 = u12_1 + u11_1;
                if (u13_1 < acc1_0 || (idx1_0 < 0 && u13_1 == u13_1)) {
                    acc1_0 = u13_1;
                    idx1_0 = j;
                }
                final double u6_2 = u0 - t3_2;
                final double u7_2 = u1 - t4_2;
                final double u8_2 = u2 - t5_2;
                final double u9_2 = u6_2 * u6_2;
                final double u10_2 = u7_2 * u7_2;
                final double u11_2 = u8_2 * u8_2;
                final double u12_2 = u9_2 + u10_2;
                final double u13_2 = u12_2 + u11_2;
                if (u13_2 < acc2_0 || (idx2_0 < 0 && u13_2 == u13_2)) {
                    acc2_0 = u13_2;
                    idx2_0 = j;
                }
                final double u6_3 = u0 - t3_3;
                final double u7_3 = u1 - t4_3;
                final double u8_3 = u2 - t5_3;
                final double u9_3 = u6_3 * u6_3;
                final double u10_3 = u7_3 * u7_3;
                final double u11_3 = u8_3 * u8_3;
                final double u12_3 = u9_3 + u10_3;
                final double u13_3 = u12_3 + u11_3;
                if (u13_3 < acc3_0 || (idx3_0 < 0 && u13_3 == u13_3)) {
                    acc3_0 = u13_3;
                    idx3_0 = j;
                }
            }
            out[r] = acc0_0;
            outIndex[r] = idx0_0;
            out[(r + 1)] = acc1_0;
            outIndex[(r + 1)] = idx1_0;
            out[(r + 2)] = acc2_0;
            outIndex[(r + 2)] = idx2_0;
            out[(r + 3)] = acc3_0;
            outIndex[(r + 3)] = idx3_0;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void nearestRow(double[][] soa0, double[] y_, int r, int js, int je,
                double[] out, int[] outIndex, double[] st, int[] ist, double[] ln) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col0_2 = soa0[2];
            final double t3_0 = y_[r * 3];
            final double t4_0 = y_[r * 3 + 1];
            final double t5_0 = y_[r * 3 + 2];
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            final DoubleVector b4_0 = DoubleVector.broadcast(DS, t4_0);
            final DoubleVector b5_0 = DoubleVector.broadcast(DS, t5_0);
            DoubleVector accv0_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(DIS, -1);
            final IntVector iota = IntVector.zero(DIS).addIndex(1);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final IntVector jv = iota.add(j);
                final DoubleVector v0 = DoubleVector.fromArray(DS, col0_0, j);
                final DoubleVector v1 = DoubleVector.fromArray(DS, col0_1, j);
                final DoubleVector v2 = DoubleVector.fromArray(DS, col0_2, j);
                final DoubleVector v6_0 = v0.sub(b3_0);
                final DoubleVector v7_0 = v1.sub(b4_0);
                final DoubleVector v8_0 = v2.sub(b5_0);
                final DoubleVector v10_0 = v7_0.mul(v7_0);
                final DoubleVector v12_0 = v6_0.fma(v6_0, v10_0);
                final DoubleVector v13_0 = v8_0.fma(v8_0, v12_0);
                final VectorMask<Double> mk0_0 = v13_0.compare(VectorOperators.LT, accv0_0).or(idxv0_0.lt(0).cast(DS).and(v13_0.eq(v13_0)));
                accv0_0 = accv0_0.blend(v13_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(DIS));
            }
            double acc0_0 = Double.POSITIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < DS.length(); l++) {
                final double a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a < acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            nearestRowTail(soa0, y_, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void nearestRowTail(double[][] soa0, double[] y_, int r, int js, int je,
                double[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col0_2 = soa0[2];
            final double t3_0 = y_[r * 3];
            final double t4_0 = y_[r * 3 + 1];
            final double t5_0 = y_[r * 3 + 2];
            double acc0_0 = st[0];
            int idx0_0 = ist[0];
            for (int j = bound; j < je; j++) {
                final double u0 = col0_0[j];
                final double u1 = col0_1[j];
                final double u2 = col0_2[j];
                final double u6_0 = u0 - t3_0;
                final double u7_0 = u1 - t4_0;
                final double u8_0 = u2 - t5_0;
                final double u9_0 = u6_0 * u6_0;
                final double u10_0 = u7_0 * u7_0;
                final double u11_0 = u8_0 * u8_0;
                final double u12_0 = u9_0 + u10_0;
                final double u13_0 = u12_0 + u11_0;
                if (u13_0 < acc0_0 || (idx0_0 < 0 && u13_0 == u13_0)) {
                    acc0_0 = u13_0;
                    idx0_0 = j;
                }
            }
            out[r] = acc0_0;
            outIndex[r] = idx0_0;
        }
    }
}
