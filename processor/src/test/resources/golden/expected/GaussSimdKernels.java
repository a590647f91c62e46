package golden;

import javax.annotation.processing.Generated;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.jkeops.cpu.SimdSupport;
import org.jkeops.cpu.internal.Parallel;
import org.jkeops.cpu.internal.Soa;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.internal.KSmallest;
import org.jkeops.runtime.internal.SplitMerge;

/**
 * Vector API kernels of {@link Gauss}, one nested class per vector width.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
final class GaussSimdKernels {
    private GaussSimdKernels() {
    }

    /**
     * Gauss.conv: SUM over j of Exp(-g * SqDist(x, y)) * b (simplified: (Exp((Minus(g) * Sum(Square((x - y))))) * b)), on the Vector API.
     */
    static void conv(KernelRuntime runtime, float[] x_, float[] y_, float[] b_, float g_, int rows,
            int cols, float[] out) {
        final float[][] soa1 = Soa.columns(y_, cols, 3);
        final float[][] soa2 = Soa.columns(b_, cols, 1);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 1)) {
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
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 1);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.conv(x_, soa1, soa2, g_, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.conv(x_, soa1, soa2, g_, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.conv(x_, soa1, soa2, g_, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * Gauss.knn: ARG_K_MIN over j of SqDist(x, y) (simplified: Sum(Square((x - y)))), on the Vector API.
     */
    static void knn(KernelRuntime runtime, float[] x_, float[] y_, int rows, int cols,
            int[] outIndex) {
        final float[][] soa1 = Soa.columns(y_, cols, 3);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 1);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.knn(x_, soa1, r0, r1, js, je, outIndex));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.knn(x_, soa1, r0, r1, js, je, outIndex));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.knn(x_, soa1, r0, r1, js, je, outIndex));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * Gauss.knn: ARG_K_MIN over j of SqDist(x, y) (simplified: Sum(Square((x - y)))), on the Vector API.
     */
    static void knn$part(KernelRuntime runtime, float[] x_, float[] y_, int rows, int cols,
            float[] out, int[] outIndex) {
        final float[][] soa1 = Soa.columns(y_, cols, 3);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 1)) {
            final int parts = runtime.threads();
            final float[][] outParts = new float[parts][out.length];
            final int[][] indexParts = new int[parts][outIndex.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.knn$part(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.knn$part(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.knn$part(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            SplitMerge.kMin(outParts, indexParts, out, outIndex, rows, 10, 1);
            return;
        }
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 1);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.knn$part(x_, soa1, r0, r1, js, je, out, outIndex));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.knn$part(x_, soa1, r0, r1, js, je, out, outIndex));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.knn$part(x_, soa1, r0, r1, js, je, out, outIndex));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * Kernels with 512-bit vectors.
     */
    static final class W512 {
        static final VectorSpecies<Float> FS = FloatVector.SPECIES_512;

        static final VectorSpecies<Integer> FIS = IntVector.SPECIES_512;

        private W512() {
        }

        static void conv(float[] x_, float[][] soa1, float[][] soa2, float g_, int r0, int r1,
                int js, int je, float[] out) {
            final double[] st = new double[1];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r < r1; r++) {
                convRow(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void convRow(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float[] col2_0 = soa2[0];
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final float t2_0 = x_[r * 3];
            final float t3_0 = x_[r * 3 + 1];
            final float t4_0 = x_[r * 3 + 2];
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            final FloatVector b3_0 = FloatVector.broadcast(FS, t3_0);
            final FloatVector b4_0 = FloatVector.broadcast(FS, t4_0);
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
                        final FloatVector v5 = FloatVector.fromArray(FS, col1_0, j);
                        final FloatVector v6 = FloatVector.fromArray(FS, col1_1, j);
                        final FloatVector v7 = FloatVector.fromArray(FS, col1_2, j);
                        final FloatVector v8_0 = b2_0.sub(v5);
                        final FloatVector v9_0 = b3_0.sub(v6);
                        final FloatVector v10_0 = b4_0.sub(v7);
                        final FloatVector v12_0 = v9_0.mul(v9_0);
                        final FloatVector v14_0 = v8_0.fma(v8_0, v12_0);
                        final FloatVector v15_0 = v10_0.fma(v10_0, v14_0);
                        final FloatVector v16_0 = b1.mul(v15_0);
                        expArgs = expArgs.max(v16_0.reinterpretAsInts().and(0x7fffffff));
                        // v17_0 = Exp(v16_0) in range, inline (see VectorTranscendentals)
                        final var v17_0k0 = v16_0.fma(1.442695f, 1.2582912E7f);
                        final var v17_0k1 = v17_0k0.sub(1.2582912E7f);
                        final var v17_0k2 = v17_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v16_0);
                        final var v17_0k3 = v17_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v17_0k2);
                        final var v17_0k4 = v17_0k3.fma(0.0013933751f, 0.008369237f);
                        final var v17_0k5 = v17_0k4.fma(v17_0k3, FloatVector.broadcast(FS, 0.041666463f));
                        final var v17_0k6 = v17_0k5.fma(v17_0k3, FloatVector.broadcast(FS, 0.16666505f));
                        final var v17_0k7 = v17_0k6.fma(v17_0k3, FloatVector.broadcast(FS, 0.5f));
                        final var v17_0k8 = v17_0k7.fma(v17_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v17_0k9 = v17_0k8.fma(v17_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v17_0k10 = v17_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                        final FloatVector v17_0 = v17_0k9.reinterpretAsInts().add(v17_0k10).reinterpretAsFloats();
                        final FloatVector v18 = FloatVector.fromArray(FS, col2_0, j);
                        blkv0_0 = v17_0.fma(v18, blkv0_0);
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
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v6 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v7 = FloatVector.fromArray(FS, col1_2, j);
                    final FloatVector v8_0 = b2_0.sub(v5);
                    final FloatVector v9_0 = b3_0.sub(v6);
                    final FloatVector v10_0 = b4_0.sub(v7);
                    final FloatVector v12_0 = v9_0.mul(v9_0);
                    final FloatVector v14_0 = v8_0.fma(v8_0, v12_0);
                    final FloatVector v15_0 = v10_0.fma(v10_0, v14_0);
                    final FloatVector v16_0 = b1.mul(v15_0);
                    // v17_0 = Exp(v16_0), inline (see VectorTranscendentals)
                    final var v17_0k0 = v16_0.fma(1.442695f, 1.2582912E7f);
                    final var v17_0k1 = v17_0k0.sub(1.2582912E7f);
                    final var v17_0k2 = v17_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v16_0);
                    final var v17_0k3 = v17_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v17_0k2);
                    final var v17_0k4 = v17_0k3.fma(0.0013933751f, 0.008369237f);
                    final var v17_0k5 = v17_0k4.fma(v17_0k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v17_0k6 = v17_0k5.fma(v17_0k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v17_0k7 = v17_0k6.fma(v17_0k3, FloatVector.broadcast(FS, 0.5f));
                    final var v17_0k8 = v17_0k7.fma(v17_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v17_0k9 = v17_0k8.fma(v17_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v17_0k10 = v17_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v17_0k11 = v17_0k9.reinterpretAsInts().add(v17_0k10).reinterpretAsFloats();
                    final FloatVector v17_0 = v16_0.mul(Float.POSITIVE_INFINITY).blend(v17_0k11, v16_0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v16_0.lt(-87.33654f));
                    final FloatVector v18 = FloatVector.fromArray(FS, col2_0, j);
                    blkv0_0 = v17_0.fma(v18, blkv0_0);
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
            final float[] col1_2 = soa1[2];
            final float[] col2_0 = soa2[0];
            final float t2_0 = x_[r * 3];
            final float t3_0 = x_[r * 3 + 1];
            final float t4_0 = x_[r * 3 + 2];
            float acc0_0 = (float) st[0];
            for (int j = bound; j < je; j++) {
                final float u5 = col1_0[j];
                final float u6 = col1_1[j];
                final float u7 = col1_2[j];
                final float u18 = col2_0[j];
                final float u8_0 = t2_0 - u5;
                final float u9_0 = t3_0 - u6;
                final float u10_0 = t4_0 - u7;
                final float u11_0 = u8_0 * u8_0;
                final float u12_0 = u9_0 * u9_0;
                final float u13_0 = u10_0 * u10_0;
                final float u14_0 = u11_0 + u12_0;
                final float u15_0 = u14_0 + u13_0;
                final float u16_0 = t1 * u15_0;
                final float u17_0 = (float) Math.exp(u16_0);
                final float u19_0 = u17_0 * u18;
                acc0_0 += u19_0;
            }
            out[r] = acc0_0;
        }

        static void knn(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                int[] outIndex) {
            final double[] st = new double[0];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            final float[] kv0 = new float[10];
            final int[] ki0 = new int[10];
            final int[] kn0 = new int[1];
            final float[] kb0_0 = new float[256];
            final float[][] rbFloat1 = {kv0, kb0_0};
            final int[][] rbInt1 = {ki0, kn0};
            int r = r0;
            for (; r < r1; r++) {
                knnRow(x_, soa1, r, js, je, outIndex, st, ist, ln, rbFloat1, rbInt1);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void knnRow(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, double[] st, int[] ist, float[] ln, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final float[] kb0_0 = rbFloat[1];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                boolean hit0_0 = false;
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v4 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_2, j);
                    final FloatVector v6_0 = b0_0.sub(v3);
                    final FloatVector v7_0 = b1_0.sub(v4);
                    final FloatVector v8_0 = b2_0.sub(v5);
                    final FloatVector v10_0 = v7_0.mul(v7_0);
                    final FloatVector v12_0 = v6_0.fma(v6_0, v10_0);
                    final FloatVector v13_0 = v8_0.fma(v8_0, v12_0);
                    v13_0.intoArray(kb0_0, j - j0);
                    hit0_0 |= v13_0.lt(thr0_0).anyTrue();
                }
                if (hit0_0 || kn0[0] < 10) {
                    for (int jr = j0; jr < j1; jr += FS.length()) {
                        final FloatVector kw = FloatVector.fromArray(FS, kb0_0, jr - j0);
                        final VectorMask<Float> mk = kn0[0] < 10 ? kw.eq(kw) : kw.lt(thr0_0);
                        if (mk.anyTrue()) {
                            for (long bits = mk.toLong(); bits != 0; bits &= bits - 1) {
                                final int l = Long.numberOfTrailingZeros(bits);
                                KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, kb0_0[jr - j0 + l], jr + l);
                            }
                            thr0_0 = kv0[9];
                        }
                    }
                }
            }
            knnRowTail(x_, soa1, r, js, je, outIndex, bound, st, ist, rbFloat, rbInt);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void knnRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, int bound, double[] st, int[] ist, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            for (int j = bound; j < je; j++) {
                final float u3 = col1_0[j];
                final float u4 = col1_1[j];
                final float u5 = col1_2[j];
                final float u6_0 = t0_0 - u3;
                final float u7_0 = t1_0 - u4;
                final float u8_0 = t2_0 - u5;
                final float u9_0 = u6_0 * u6_0;
                final float u10_0 = u7_0 * u7_0;
                final float u11_0 = u8_0 * u8_0;
                final float u12_0 = u9_0 + u10_0;
                final float u13_0 = u12_0 + u11_0;
                KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, u13_0, j);
            }
            System.arraycopy(ki0, 0, outIndex, r * 10, 10);
        }

        static void knn$part(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out, int[] outIndex) {
            final double[] st = new double[0];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            final float[] kv0 = new float[10];
            final int[] ki0 = new int[10];
            final int[] kn0 = new int[1];
            final float[] kb0_0 = new float[256];
            final float[][] rbFloat1 = {kv0, kb0_0};
            final int[][] rbInt1 = {ki0, kn0};
            int r = r0;
            for (; r < r1; r++) {
                knn$partRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln, rbFloat1, rbInt1);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void knn$partRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final float[] kb0_0 = rbFloat[1];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                boolean hit0_0 = false;
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v4 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_2, j);
                    final FloatVector v6_0 = b0_0.sub(v3);
                    final FloatVector v7_0 = b1_0.sub(v4);
                    final FloatVector v8_0 = b2_0.sub(v5);
                    final FloatVector v10_0 = v7_0.mul(v7_0);
                    final FloatVector v12_0 = v6_0.fma(v6_0, v10_0);
                    final FloatVector v13_0 = v8_0.fma(v8_0, v12_0);
                    v13_0.intoArray(kb0_0, j - j0);
                    hit0_0 |= v13_0.lt(thr0_0).anyTrue();
                }
                if (hit0_0 || kn0[0] < 10) {
                    for (int jr = j0; jr < j1; jr += FS.length()) {
                        final FloatVector kw = FloatVector.fromArray(FS, kb0_0, jr - j0);
                        final VectorMask<Float> mk = kn0[0] < 10 ? kw.eq(kw) : kw.lt(thr0_0);
                        if (mk.anyTrue()) {
                            for (long bits = mk.toLong(); bits != 0; bits &= bits - 1) {
                                final int l = Long.numberOfTrailingZeros(bits);
                                KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, kb0_0[jr - j0 + l], jr + l);
                            }
                            thr0_0 = kv0[9];
                        }
                    }
                }
            }
            knn$partRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist, rbFloat, rbInt);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void knn$partRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            for (int j = bound; j < je; j++) {
                final float u3 = col1_0[j];
                final float u4 = col1_1[j];
                final float u5 = col1_2[j];
                final float u6_0 = t0_0 - u3;
                final float u7_0 = t1_0 - u4;
                final float u8_0 = t2_0 - u5;
                final float u9_0 = u6_0 * u6_0;
                final float u10_0 = u7_0 * u7_0;
                final float u11_0 = u8_0 * u8_0;
                final float u12_0 = u9_0 + u10_0;
                final float u13_0 = u12_0 + u11_0;
                KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, u13_0, j);
            }
            System.arraycopy(kv0, 0, out, r * 10, 10);
            System.arraycopy(ki0, 0, outIndex, r * 10, 10);
        }
    }

    /**
     * Kernels with 256-bit vectors.
     */
    static final class W256 {
        static final VectorSpecies<Float> FS = FloatVector.SPECIES_256;

        static final VectorSpecies<Integer> FIS = IntVector.SPECIES_256;

        private W256() {
        }

        static void conv(float[] x_, float[][] soa1, float[][] soa2, float g_, int r0, int r1,
                int js, int je, float[] out) {
            final double[] st = new double[1];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r < r1; r++) {
                convRow(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void convRow(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float[] col2_0 = soa2[0];
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final float t2_0 = x_[r * 3];
            final float t3_0 = x_[r * 3 + 1];
            final float t4_0 = x_[r * 3 + 2];
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            final FloatVector b3_0 = FloatVector.broadcast(FS, t3_0);
            final FloatVector b4_0 = FloatVector.broadcast(FS, t4_0);
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
                        final FloatVector v5 = FloatVector.fromArray(FS, col1_0, j);
                        final FloatVector v6 = FloatVector.fromArray(FS, col1_1, j);
                        final FloatVector v7 = FloatVector.fromArray(FS, col1_2, j);
                        final FloatVector v8_0 = b2_0.sub(v5);
                        final FloatVector v9_0 = b3_0.sub(v6);
                        final FloatVector v10_0 = b4_0.sub(v7);
                        final FloatVector v12_0 = v9_0.mul(v9_0);
                        final FloatVector v14_0 = v8_0.fma(v8_0, v12_0);
                        final FloatVector v15_0 = v10_0.fma(v10_0, v14_0);
                        final FloatVector v16_0 = b1.mul(v15_0);
                        expArgs = expArgs.max(v16_0.reinterpretAsInts().and(0x7fffffff));
                        // v17_0 = Exp(v16_0) in range, inline (see VectorTranscendentals)
                        final var v17_0k0 = v16_0.fma(1.442695f, 1.2582912E7f);
                        final var v17_0k1 = v17_0k0.sub(1.2582912E7f);
                        final var v17_0k2 = v17_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v16_0);
                        final var v17_0k3 = v17_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v17_0k2);
                        final var v17_0k4 = v17_0k3.fma(0.0013933751f, 0.008369237f);
                        final var v17_0k5 = v17_0k4.fma(v17_0k3, FloatVector.broadcast(FS, 0.041666463f));
                        final var v17_0k6 = v17_0k5.fma(v17_0k3, FloatVector.broadcast(FS, 0.16666505f));
                        final var v17_0k7 = v17_0k6.fma(v17_0k3, FloatVector.broadcast(FS, 0.5f));
                        final var v17_0k8 = v17_0k7.fma(v17_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v17_0k9 = v17_0k8.fma(v17_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v17_0k10 = v17_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                        final FloatVector v17_0 = v17_0k9.reinterpretAsInts().add(v17_0k10).reinterpretAsFloats();
                        final FloatVector v18 = FloatVector.fromArray(FS, col2_0, j);
                        blkv0_0 = v17_0.fma(v18, blkv0_0);
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
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v6 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v7 = FloatVector.fromArray(FS, col1_2, j);
                    final FloatVector v8_0 = b2_0.sub(v5);
                    final FloatVector v9_0 = b3_0.sub(v6);
                    final FloatVector v10_0 = b4_0.sub(v7);
                    final FloatVector v12_0 = v9_0.mul(v9_0);
                    final FloatVector v14_0 = v8_0.fma(v8_0, v12_0);
                    final FloatVector v15_0 = v10_0.fma(v10_0, v14_0);
                    final FloatVector v16_0 = b1.mul(v15_0);
                    // v17_0 = Exp(v16_0), inline (see VectorTranscendentals)
                    final var v17_0k0 = v16_0.fma(1.442695f, 1.2582912E7f);
                    final var v17_0k1 = v17_0k0.sub(1.2582912E7f);
                    final var v17_0k2 = v17_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v16_0);
                    final var v17_0k3 = v17_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v17_0k2);
                    final var v17_0k4 = v17_0k3.fma(0.0013933751f, 0.008369237f);
                    final var v17_0k5 = v17_0k4.fma(v17_0k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v17_0k6 = v17_0k5.fma(v17_0k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v17_0k7 = v17_0k6.fma(v17_0k3, FloatVector.broadcast(FS, 0.5f));
                    final var v17_0k8 = v17_0k7.fma(v17_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v17_0k9 = v17_0k8.fma(v17_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v17_0k10 = v17_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v17_0k11 = v17_0k9.reinterpretAsInts().add(v17_0k10).reinterpretAsFloats();
                    final FloatVector v17_0 = v16_0.mul(Float.POSITIVE_INFINITY).blend(v17_0k11, v16_0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v16_0.lt(-87.33654f));
                    final FloatVector v18 = FloatVector.fromArray(FS, col2_0, j);
                    blkv0_0 = v17_0.fma(v18, blkv0_0);
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
            final float[] col1_2 = soa1[2];
            final float[] col2_0 = soa2[0];
            final float t2_0 = x_[r * 3];
            final float t3_0 = x_[r * 3 + 1];
            final float t4_0 = x_[r * 3 + 2];
            float acc0_0 = (float) st[0];
            for (int j = bound; j < je; j++) {
                final float u5 = col1_0[j];
                final float u6 = col1_1[j];
                final float u7 = col1_2[j];
                final float u18 = col2_0[j];
                final float u8_0 = t2_0 - u5;
                final float u9_0 = t3_0 - u6;
                final float u10_0 = t4_0 - u7;
                final float u11_0 = u8_0 * u8_0;
                final float u12_0 = u9_0 * u9_0;
                final float u13_0 = u10_0 * u10_0;
                final float u14_0 = u11_0 + u12_0;
                final float u15_0 = u14_0 + u13_0;
                final float u16_0 = t1 * u15_0;
                final float u17_0 = (float) Math.exp(u16_0);
                final float u19_0 = u17_0 * u18;
                acc0_0 += u19_0;
            }
            out[r] = acc0_0;
        }

        static void knn(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                int[] outIndex) {
            final double[] st = new double[0];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            final float[] kv0 = new float[10];
            final int[] ki0 = new int[10];
            final int[] kn0 = new int[1];
            final float[] kb0_0 = new float[256];
            final float[][] rbFloat1 = {kv0, kb0_0};
            final int[][] rbInt1 = {ki0, kn0};
            int r = r0;
            for (; r < r1; r++) {
                knnRow(x_, soa1, r, js, je, outIndex, st, ist, ln, rbFloat1, rbInt1);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void knnRow(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, double[] st, int[] ist, float[] ln, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final float[] kb0_0 = rbFloat[1];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                boolean hit0_0 = false;
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v4 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_2, j);
                    final FloatVector v6_0 = b0_0.sub(v3);
                    final FloatVector v7_0 = b1_0.sub(v4);
                    final FloatVector v8_0 = b2_0.sub(v5);
                    final FloatVector v10_0 = v7_0.mul(v7_0);
                    final FloatVector v12_0 = v6_0.fma(v6_0, v10_0);
                    final FloatVector v13_0 = v8_0.fma(v8_0, v12_0);
                    v13_0.intoArray(kb0_0, j - j0);
                    hit0_0 |= v13_0.lt(thr0_0).anyTrue();
                }
                if (hit0_0 || kn0[0] < 10) {
                    for (int jr = j0; jr < j1; jr += FS.length()) {
                        final FloatVector kw = FloatVector.fromArray(FS, kb0_0, jr - j0);
                        final VectorMask<Float> mk = kn0[0] < 10 ? kw.eq(kw) : kw.lt(thr0_0);
                        if (mk.anyTrue()) {
                            for (long bits = mk.toLong(); bits != 0; bits &= bits - 1) {
                                final int l = Long.numberOfTrailingZeros(bits);
                                KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, kb0_0[jr - j0 + l], jr + l);
                            }
                            thr0_0 = kv0[9];
                        }
                    }
                }
            }
            knnRowTail(x_, soa1, r, js, je, outIndex, bound, st, ist, rbFloat, rbInt);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void knnRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, int bound, double[] st, int[] ist, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            for (int j = bound; j < je; j++) {
                final float u3 = col1_0[j];
                final float u4 = col1_1[j];
                final float u5 = col1_2[j];
                final float u6_0 = t0_0 - u3;
                final float u7_0 = t1_0 - u4;
                final float u8_0 = t2_0 - u5;
                final float u9_0 = u6_0 * u6_0;
                final float u10_0 = u7_0 * u7_0;
                final float u11_0 = u8_0 * u8_0;
                final float u12_0 = u9_0 + u10_0;
                final float u13_0 = u12_0 + u11_0;
                KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, u13_0, j);
            }
            System.arraycopy(ki0, 0, outIndex, r * 10, 10);
        }

        static void knn$part(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out, int[] outIndex) {
            final double[] st = new double[0];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            final float[] kv0 = new float[10];
            final int[] ki0 = new int[10];
            final int[] kn0 = new int[1];
            final float[] kb0_0 = new float[256];
            final float[][] rbFloat1 = {kv0, kb0_0};
            final int[][] rbInt1 = {ki0, kn0};
            int r = r0;
            for (; r < r1; r++) {
                knn$partRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln, rbFloat1, rbInt1);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void knn$partRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final float[] kb0_0 = rbFloat[1];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                boolean hit0_0 = false;
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v4 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_2, j);
                    final FloatVector v6_0 = b0_0.sub(v3);
                    final FloatVector v7_0 = b1_0.sub(v4);
                    final FloatVector v8_0 = b2_0.sub(v5);
                    final FloatVector v10_0 = v7_0.mul(v7_0);
                    final FloatVector v12_0 = v6_0.fma(v6_0, v10_0);
                    final FloatVector v13_0 = v8_0.fma(v8_0, v12_0);
                    v13_0.intoArray(kb0_0, j - j0);
                    hit0_0 |= v13_0.lt(thr0_0).anyTrue();
                }
                if (hit0_0 || kn0[0] < 10) {
                    for (int jr = j0; jr < j1; jr += FS.length()) {
                        final FloatVector kw = FloatVector.fromArray(FS, kb0_0, jr - j0);
                        final VectorMask<Float> mk = kn0[0] < 10 ? kw.eq(kw) : kw.lt(thr0_0);
                        if (mk.anyTrue()) {
                            for (long bits = mk.toLong(); bits != 0; bits &= bits - 1) {
                                final int l = Long.numberOfTrailingZeros(bits);
                                KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, kb0_0[jr - j0 + l], jr + l);
                            }
                            thr0_0 = kv0[9];
                        }
                    }
                }
            }
            knn$partRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist, rbFloat, rbInt);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void knn$partRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            for (int j = bound; j < je; j++) {
                final float u3 = col1_0[j];
                final float u4 = col1_1[j];
                final float u5 = col1_2[j];
                final float u6_0 = t0_0 - u3;
                final float u7_0 = t1_0 - u4;
                final float u8_0 = t2_0 - u5;
                final float u9_0 = u6_0 * u6_0;
                final float u10_0 = u7_0 * u7_0;
                final float u11_0 = u8_0 * u8_0;
                final float u12_0 = u9_0 + u10_0;
                final float u13_0 = u12_0 + u11_0;
                KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, u13_0, j);
            }
            System.arraycopy(kv0, 0, out, r * 10, 10);
            System.arraycopy(ki0, 0, outIndex, r * 10, 10);
        }
    }

    /**
     * Kernels with 128-bit vectors.
     */
    static final class W128 {
        static final VectorSpecies<Float> FS = FloatVector.SPECIES_128;

        static final VectorSpecies<Integer> FIS = IntVector.SPECIES_128;

        private W128() {
        }

        static void conv(float[] x_, float[][] soa1, float[][] soa2, float g_, int r0, int r1,
                int js, int je, float[] out) {
            final double[] st = new double[1];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r < r1; r++) {
                convRow(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void convRow(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float[] col2_0 = soa2[0];
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final float t2_0 = x_[r * 3];
            final float t3_0 = x_[r * 3 + 1];
            final float t4_0 = x_[r * 3 + 2];
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            final FloatVector b3_0 = FloatVector.broadcast(FS, t3_0);
            final FloatVector b4_0 = FloatVector.broadcast(FS, t4_0);
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
                        final FloatVector v5 = FloatVector.fromArray(FS, col1_0, j);
                        final FloatVector v6 = FloatVector.fromArray(FS, col1_1, j);
                        final FloatVector v7 = FloatVector.fromArray(FS, col1_2, j);
                        final FloatVector v8_0 = b2_0.sub(v5);
                        final FloatVector v9_0 = b3_0.sub(v6);
                        final FloatVector v10_0 = b4_0.sub(v7);
                        final FloatVector v12_0 = v9_0.mul(v9_0);
                        final FloatVector v14_0 = v8_0.fma(v8_0, v12_0);
                        final FloatVector v15_0 = v10_0.fma(v10_0, v14_0);
                        final FloatVector v16_0 = b1.mul(v15_0);
                        expArgs = expArgs.max(v16_0.reinterpretAsInts().and(0x7fffffff));
                        // v17_0 = Exp(v16_0) in range, inline (see VectorTranscendentals)
                        final var v17_0k0 = v16_0.fma(1.442695f, 1.2582912E7f);
                        final var v17_0k1 = v17_0k0.sub(1.2582912E7f);
                        final var v17_0k2 = v17_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v16_0);
                        final var v17_0k3 = v17_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v17_0k2);
                        final var v17_0k4 = v17_0k3.fma(0.0013933751f, 0.008369237f);
                        final var v17_0k5 = v17_0k4.fma(v17_0k3, FloatVector.broadcast(FS, 0.041666463f));
                        final var v17_0k6 = v17_0k5.fma(v17_0k3, FloatVector.broadcast(FS, 0.16666505f));
                        final var v17_0k7 = v17_0k6.fma(v17_0k3, FloatVector.broadcast(FS, 0.5f));
                        final var v17_0k8 = v17_0k7.fma(v17_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v17_0k9 = v17_0k8.fma(v17_0k3, FloatVector.broadcast(FS, 1.0f));
                        final var v17_0k10 = v17_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                        final FloatVector v17_0 = v17_0k9.reinterpretAsInts().add(v17_0k10).reinterpretAsFloats();
                        final FloatVector v18 = FloatVector.fromArray(FS, col2_0, j);
                        blkv0_0 = v17_0.fma(v18, blkv0_0);
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
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v6 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v7 = FloatVector.fromArray(FS, col1_2, j);
                    final FloatVector v8_0 = b2_0.sub(v5);
                    final FloatVector v9_0 = b3_0.sub(v6);
                    final FloatVector v10_0 = b4_0.sub(v7);
                    final FloatVector v12_0 = v9_0.mul(v9_0);
                    final FloatVector v14_0 = v8_0.fma(v8_0, v12_0);
                    final FloatVector v15_0 = v10_0.fma(v10_0, v14_0);
                    final FloatVector v16_0 = b1.mul(v15_0);
                    // v17_0 = Exp(v16_0), inline (see VectorTranscendentals)
                    final var v17_0k0 = v16_0.fma(1.442695f, 1.2582912E7f);
                    final var v17_0k1 = v17_0k0.sub(1.2582912E7f);
                    final var v17_0k2 = v17_0k1.fma(FloatVector.broadcast(FS, -0.6931472f), v16_0);
                    final var v17_0k3 = v17_0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v17_0k2);
                    final var v17_0k4 = v17_0k3.fma(0.0013933751f, 0.008369237f);
                    final var v17_0k5 = v17_0k4.fma(v17_0k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v17_0k6 = v17_0k5.fma(v17_0k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v17_0k7 = v17_0k6.fma(v17_0k3, FloatVector.broadcast(FS, 0.5f));
                    final var v17_0k8 = v17_0k7.fma(v17_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v17_0k9 = v17_0k8.fma(v17_0k3, FloatVector.broadcast(FS, 1.0f));
                    final var v17_0k10 = v17_0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v17_0k11 = v17_0k9.reinterpretAsInts().add(v17_0k10).reinterpretAsFloats();
                    final FloatVector v17_0 = v16_0.mul(Float.POSITIVE_INFINITY).blend(v17_0k11, v16_0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v16_0.lt(-87.33654f));
                    final FloatVector v18 = FloatVector.fromArray(FS, col2_0, j);
                    blkv0_0 = v17_0.fma(v18, blkv0_0);
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
            final float[] col1_2 = soa1[2];
            final float[] col2_0 = soa2[0];
            final float t2_0 = x_[r * 3];
            final float t3_0 = x_[r * 3 + 1];
            final float t4_0 = x_[r * 3 + 2];
            float acc0_0 = (float) st[0];
            for (int j = bound; j < je; j++) {
                final float u5 = col1_0[j];
                final float u6 = col1_1[j];
                final float u7 = col1_2[j];
                final float u18 = col2_0[j];
                final float u8_0 = t2_0 - u5;
                final float u9_0 = t3_0 - u6;
                final float u10_0 = t4_0 - u7;
                final float u11_0 = u8_0 * u8_0;
                final float u12_0 = u9_0 * u9_0;
                final float u13_0 = u10_0 * u10_0;
                final float u14_0 = u11_0 + u12_0;
                final float u15_0 = u14_0 + u13_0;
                final float u16_0 = t1 * u15_0;
                final float u17_0 = (float) Math.exp(u16_0);
                final float u19_0 = u17_0 * u18;
                acc0_0 += u19_0;
            }
            out[r] = acc0_0;
        }

        static void knn(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                int[] outIndex) {
            final double[] st = new double[0];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            final float[] kv0 = new float[10];
            final int[] ki0 = new int[10];
            final int[] kn0 = new int[1];
            final float[] kb0_0 = new float[256];
            final float[][] rbFloat1 = {kv0, kb0_0};
            final int[][] rbInt1 = {ki0, kn0};
            int r = r0;
            for (; r < r1; r++) {
                knnRow(x_, soa1, r, js, je, outIndex, st, ist, ln, rbFloat1, rbInt1);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void knnRow(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, double[] st, int[] ist, float[] ln, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final float[] kb0_0 = rbFloat[1];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                boolean hit0_0 = false;
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v4 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_2, j);
                    final FloatVector v6_0 = b0_0.sub(v3);
                    final FloatVector v7_0 = b1_0.sub(v4);
                    final FloatVector v8_0 = b2_0.sub(v5);
                    final FloatVector v10_0 = v7_0.mul(v7_0);
                    final FloatVector v12_0 = v6_0.fma(v6_0, v10_0);
                    final FloatVector v13_0 = v8_0.fma(v8_0, v12_0);
                    v13_0.intoArray(kb0_0, j - j0);
                    hit0_0 |= v13_0.lt(thr0_0).anyTrue();
                }
                if (hit0_0 || kn0[0] < 10) {
                    for (int jr = j0; jr < j1; jr += FS.length()) {
                        final FloatVector kw = FloatVector.fromArray(FS, kb0_0, jr - j0);
                        final VectorMask<Float> mk = kn0[0] < 10 ? kw.eq(kw) : kw.lt(thr0_0);
                        if (mk.anyTrue()) {
                            for (long bits = mk.toLong(); bits != 0; bits &= bits - 1) {
                                final int l = Long.numberOfTrailingZeros(bits);
                                KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, kb0_0[jr - j0 + l], jr + l);
                            }
                            thr0_0 = kv0[9];
                        }
                    }
                }
            }
            knnRowTail(x_, soa1, r, js, je, outIndex, bound, st, ist, rbFloat, rbInt);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void knnRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, int bound, double[] st, int[] ist, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            for (int j = bound; j < je; j++) {
                final float u3 = col1_0[j];
                final float u4 = col1_1[j];
                final float u5 = col1_2[j];
                final float u6_0 = t0_0 - u3;
                final float u7_0 = t1_0 - u4;
                final float u8_0 = t2_0 - u5;
                final float u9_0 = u6_0 * u6_0;
                final float u10_0 = u7_0 * u7_0;
                final float u11_0 = u8_0 * u8_0;
                final float u12_0 = u9_0 + u10_0;
                final float u13_0 = u12_0 + u11_0;
                KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, u13_0, j);
            }
            System.arraycopy(ki0, 0, outIndex, r * 10, 10);
        }

        static void knn$part(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out, int[] outIndex) {
            final double[] st = new double[0];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            final float[] kv0 = new float[10];
            final int[] ki0 = new int[10];
            final int[] kn0 = new int[1];
            final float[] kb0_0 = new float[256];
            final float[][] rbFloat1 = {kv0, kb0_0};
            final int[][] rbInt1 = {ki0, kn0};
            int r = r0;
            for (; r < r1; r++) {
                knn$partRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln, rbFloat1, rbInt1);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void knn$partRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final float[] kb0_0 = rbFloat[1];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                boolean hit0_0 = false;
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v4 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_2, j);
                    final FloatVector v6_0 = b0_0.sub(v3);
                    final FloatVector v7_0 = b1_0.sub(v4);
                    final FloatVector v8_0 = b2_0.sub(v5);
                    final FloatVector v10_0 = v7_0.mul(v7_0);
                    final FloatVector v12_0 = v6_0.fma(v6_0, v10_0);
                    final FloatVector v13_0 = v8_0.fma(v8_0, v12_0);
                    v13_0.intoArray(kb0_0, j - j0);
                    hit0_0 |= v13_0.lt(thr0_0).anyTrue();
                }
                if (hit0_0 || kn0[0] < 10) {
                    for (int jr = j0; jr < j1; jr += FS.length()) {
                        final FloatVector kw = FloatVector.fromArray(FS, kb0_0, jr - j0);
                        final VectorMask<Float> mk = kn0[0] < 10 ? kw.eq(kw) : kw.lt(thr0_0);
                        if (mk.anyTrue()) {
                            for (long bits = mk.toLong(); bits != 0; bits &= bits - 1) {
                                final int l = Long.numberOfTrailingZeros(bits);
                                KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, kb0_0[jr - j0 + l], jr + l);
                            }
                            thr0_0 = kv0[9];
                        }
                    }
                }
            }
            knn$partRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist, rbFloat, rbInt);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void knn$partRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            for (int j = bound; j < je; j++) {
                final float u3 = col1_0[j];
                final float u4 = col1_1[j];
                final float u5 = col1_2[j];
                final float u6_0 = t0_0 - u3;
                final float u7_0 = t1_0 - u4;
                final float u8_0 = t2_0 - u5;
                final float u9_0 = u6_0 * u6_0;
                final float u10_0 = u7_0 * u7_0;
                final float u11_0 = u8_0 * u8_0;
                final float u12_0 = u9_0 + u10_0;
                final float u13_0 = u12_0 + u11_0;
                KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, u13_0, j);
            }
            System.arraycopy(kv0, 0, out, r * 10, 10);
            System.arraycopy(ki0, 0, outIndex, r * 10, 10);
        }
    }
}
