package golden;

import javax.annotation.processing.Generated;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.jkeops.cpu.SimdSupport;
import org.jkeops.cpu.internal.Lanes;
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
        if (Parallel.splitColumns(rows, cols, runtime.threads(), (bits == 512 ? 4 : 1))) {
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
        final int grain = Parallel.grain(rows, cols, runtime.threads(), (bits == 512 ? 4 : 1));
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
     * Kernels with 512-bit vectors.
     */
    static final class W512 {
        static final VectorSpecies<Float> FS = FloatVector.SPECIES_512;

        static final VectorSpecies<Integer> FIS = IntVector.SPECIES_512;

        private W512() {
        }

        static void conv(float[] x_, float[][] soa1, float[][] soa2, float g_, int r0, int r1,
                int js, int je, float[] out) {
            final double[] st = new double[4];
            final int[] ist = new int[0];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                convRows4(x_, soa1, soa2, g_, r, js, je, out, st, ist);
            }
            for (; r < r1; r++) {
                convRow(x_, soa1, soa2, g_, r, js, je, out, st, ist);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void convRows4(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist) {
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
            final float t2_1 = x_[(r + 1) * 3];
            final float t3_1 = x_[(r + 1) * 3 + 1];
            final float t4_1 = x_[(r + 1) * 3 + 2];
            final FloatVector b2_1 = FloatVector.broadcast(FS, t2_1);
            final FloatVector b3_1 = FloatVector.broadcast(FS, t3_1);
            final FloatVector b4_1 = FloatVector.broadcast(FS, t4_1);
            final float t2_2 = x_[(r + 2) * 3];
            final float t3_2 = x_[(r + 2) * 3 + 1];
            final float t4_2 = x_[(r + 2) * 3 + 2];
            final FloatVector b2_2 = FloatVector.broadcast(FS, t2_2);
            final FloatVector b3_2 = FloatVector.broadcast(FS, t3_2);
            final FloatVector b4_2 = FloatVector.broadcast(FS, t4_2);
            final float t2_3 = x_[(r + 3) * 3];
            final float t3_3 = x_[(r + 3) * 3 + 1];
            final float t4_3 = x_[(r + 3) * 3 + 2];
            final FloatVector b2_3 = FloatVector.broadcast(FS, t2_3);
            final FloatVector b3_3 = FloatVector.broadcast(FS, t3_3);
            final FloatVector b4_3 = FloatVector.broadcast(FS, t4_3);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv1_0 = FloatVector.zero(FS);
            FloatVector accv2_0 = FloatVector.zero(FS);
            FloatVector accv3_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                FloatVector blkv0_0 = FloatVector.zero(FS);
                FloatVector blkv1_0 = FloatVector.zero(FS);
                FloatVector blkv2_0 = FloatVector.zero(FS);
                FloatVector blkv3_0 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v6 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v7 = FloatVector.fromArray(FS, col1_2, j);
                    final FloatVector v18 = FloatVector.fromArray(FS, col2_0, j);
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
                    blkv0_0 = v17_0.fma(v18, blkv0_0);
                    final FloatVector v8_1 = b2_1.sub(v5);
                    final FloatVector v9_1 = b3_1.sub(v6);
                    final FloatVector v10_1 = b4_1.sub(v7);
                    final FloatVector v12_1 = v9_1.mul(v9_1);
                    final FloatVector v14_1 = v8_1.fma(v8_1, v12_1);
                    final FloatVector v15_1 = v10_1.fma(v10_1, v14_1);
                    final FloatVector v16_1 = b1.mul(v15_1);
                    // v17_1 = Exp(v16_1), inline (see VectorTranscendentals)
                    final var v17_1k0 = v16_1.fma(1.442695f, 1.2582912E7f);
                    final var v17_1k1 = v17_1k0.sub(1.2582912E7f);
                    final var v17_1k2 = v17_1k1.fma(FloatVector.broadcast(FS, -0.6931472f), v16_1);
                    final var v17_1k3 = v17_1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v17_1k2);
                    final var v17_1k4 = v17_1k3.fma(0.0013933751f, 0.008369237f);
                    final var v17_1k5 = v17_1k4.fma(v17_1k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v17_1k6 = v17_1k5.fma(v17_1k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v17_1k7 = v17_1k6.fma(v17_1k3, FloatVector.broadcast(FS, 0.5f));
                    final var v17_1k8 = v17_1k7.fma(v17_1k3, FloatVector.broadcast(FS, 1.0f));
                    final var v17_1k9 = v17_1k8.fma(v17_1k3, FloatVector.broadcast(FS, 1.0f));
                    final var v17_1k10 = v17_1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v17_1k11 = v17_1k9.reinterpretAsInts().add(v17_1k10).reinterpretAsFloats();
                    final FloatVector v17_1 = v16_1.mul(Float.POSITIVE_INFINITY).blend(v17_1k11, v16_1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v16_1.lt(-87.33654f));
                    blkv1_0 = v17_1.fma(v18, blkv1_0);
                    final FloatVector v8_2 = b2_2.sub(v5);
                    final FloatVector v9_2 = b3_2.sub(v6);
                    final FloatVector v10_2 = b4_2.sub(v7);
                    final FloatVector v12_2 = v9_2.mul(v9_2);
                    final FloatVector v14_2 = v8_2.fma(v8_2, v12_2);
                    final FloatVector v15_2 = v10_2.fma(v10_2, v14_2);
                    final FloatVector v16_2 = b1.mul(v15_2);
                    // v17_2 = Exp(v16_2), inline (see VectorTranscendentals)
                    final var v17_2k0 = v16_2.fma(1.442695f, 1.2582912E7f);
                    final var v17_2k1 = v17_2k0.sub(1.2582912E7f);
                    final var v17_2k2 = v17_2k1.fma(FloatVector.broadcast(FS, -0.6931472f), v16_2);
                    final var v17_2k3 = v17_2k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v17_2k2);
                    final var v17_2k4 = v17_2k3.fma(0.0013933751f, 0.008369237f);
                    final var v17_2k5 = v17_2k4.fma(v17_2k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v17_2k6 = v17_2k5.fma(v17_2k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v17_2k7 = v17_2k6.fma(v17_2k3, FloatVector.broadcast(FS, 0.5f));
                    final var v17_2k8 = v17_2k7.fma(v17_2k3, FloatVector.broadcast(FS, 1.0f));
                    final var v17_2k9 = v17_2k8.fma(v17_2k3, FloatVector.broadcast(FS, 1.0f));
                    final var v17_2k10 = v17_2k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v17_2k11 = v17_2k9.reinterpretAsInts().add(v17_2k10).reinterpretAsFloats();
                    final FloatVector v17_2 = v16_2.mul(Float.POSITIVE_INFINITY).blend(v17_2k11, v16_2.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v16_2.lt(-87.33654f));
                    blkv2_0 = v17_2.fma(v18, blkv2_0);
                    final FloatVector v8_3 = b2_3.sub(v5);
                    final FloatVector v9_3 = b3_3.sub(v6);
                    final FloatVector v10_3 = b4_3.sub(v7);
                    final FloatVector v12_3 = v9_3.mul(v9_3);
                    final FloatVector v14_3 = v8_3.fma(v8_3, v12_3);
                    final FloatVector v15_3 = v10_3.fma(v10_3, v14_3);
                    final FloatVector v16_3 = b1.mul(v15_3);
                    // v17_3 = Exp(v16_3), inline (see VectorTranscendentals)
                    final var v17_3k0 = v16_3.fma(1.442695f, 1.2582912E7f);
                    final var v17_3k1 = v17_3k0.sub(1.2582912E7f);
                    final var v17_3k2 = v17_3k1.fma(FloatVector.broadcast(FS, -0.6931472f), v16_3);
                    final var v17_3k3 = v17_3k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), v17_3k2);
                    final var v17_3k4 = v17_3k3.fma(0.0013933751f, 0.008369237f);
                    final var v17_3k5 = v17_3k4.fma(v17_3k3, FloatVector.broadcast(FS, 0.041666463f));
                    final var v17_3k6 = v17_3k5.fma(v17_3k3, FloatVector.broadcast(FS, 0.16666505f));
                    final var v17_3k7 = v17_3k6.fma(v17_3k3, FloatVector.broadcast(FS, 0.5f));
                    final var v17_3k8 = v17_3k7.fma(v17_3k3, FloatVector.broadcast(FS, 1.0f));
                    final var v17_3k9 = v17_3k8.fma(v17_3k3, FloatVector.broadcast(FS, 1.0f));
                    final var v17_3k10 = v17_3k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                    final var v17_3k11 = v17_3k9.reinterpretAsInts().add(v17_3k10).reinterpretAsFloats();
                    final FloatVector v17_3 = v16_3.mul(Float.POSITIVE_INFINITY).blend(v17_3k11, v16_3.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, v16_3.lt(-87.33654f));
                    blkv3_0 = v17_3.fma(v18, blkv3_0);
                }
                accv0_0 = accv0_0.add(blkv0_0);
                accv1_0 = accv1_0.add(blkv1_0);
                accv2_0 = accv2_0.add(blkv2_0);
                accv3_0 = accv3_0.add(blkv3_0);
            }
            float acc0_0 = Lanes.sum(accv0_0);
            float acc1_0 = Lanes.sum(accv1_0);
            float acc2_0 = Lanes.sum(accv2_0);
            float acc3_0 = Lanes.sum(accv3_0);
            st[0] = acc0_0;
            st[1] = acc1_0;
            st[2] = acc2_0;
            st[3] = acc3_0;
            convRows4Tail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void convRows4Tail(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float t1 = -g_;
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float[] col2_0 = soa2[0];
            final float t2_0 = x_[r * 3];
            final float t3_0 = x_[r * 3 + 1];
            final float t4_0 = x_[r * 3 + 2];
            final float t2_1 = x_[(r + 1) * 3];
            final float t3_1 = x_[(r + 1) * 3 + 1];
            final float t4_1 = x_[(r + 1) * 3 + 2];
            final float t2_2 = x_[(r + 2) * 3];
            final float t3_2 = x_[(r + 2) * 3 + 1];
            final float t4_2 = x_[(r + 2) * 3 + 2];
            final float t2_3 = x_[(r + 3) * 3];
            final float t3_3 = x_[(r + 3) * 3 + 1];
            final float t4_3 = x_[(r + 3) * 3 + 2];
            float acc0_0 = (float) st[0];
            float acc1_0 = (float) st[1];
            float acc2_0 = (float) st[2];
            float acc3_0 = (float) st[3];
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
                final float u8_1 = t2_1 - u5;
                final float u9_1 = t3_1 - u6;
                final float u10_1 = t4_1 - u7;
                final float u11_1 = u8_1 * u8_1;
                final float u12_1 = u9_1 * u9_1;
                final float u13_1 = u10_1 * u10_1;
                final float u14_1 = u11_1 + u12_1;
                final float u15_1 = u14_1 + u13_1;
                final float u16_1 = t1 * u15_1;
                final float u17_1 = (float) Math.exp(u16_1);
                final float u19_1 = u17_1 * u18;
                acc1_0 += u19_1;
                final float u8_2 = t2_2 - u5;
                final float u9_2 = t3_2 - u6;
                final float u10_2 = t4_2 - u7;
                final float u11_2 = u8_2 * u8_2;
                final float u12_2 = u9_2 * u9_2;
                final float u13_2 = u10_2 * u10_2;
                final float u14_2 = u11_2 + u12_2;
                final float u15_2 = u14_2 + u13_2;
                final float u16_2 = t1 * u15_2;
                final float u17_2 = (float) Math.exp(u16_2);
                final float u19_2 = u17_2 * u18;
                acc2_0 += u19_2;
                final float u8_3 = t2_3 - u5;
                final float u9_3 = t3_3 - u6;
                final float u10_3 = t4_3 - u7;
                final float u11_3 = u8_3 * u8_3;
                final float u12_3 = u9_3 * u9_3;
                final float u13_3 = u10_3 * u10_3;
                final float u14_3 = u11_3 + u12_3;
                final float u15_3 = u14_3 + u13_3;
                final float u16_3 = t1 * u15_3;
                final float u17_3 = (float) Math.exp(u16_3);
                final float u19_3 = u17_3 * u18;
                acc3_0 += u19_3;
            }
            out[r] = acc0_0;
            out[(r + 1)] = acc1_0;
            out[(r + 2)] = acc2_0;
            out[(r + 3)] = acc3_0;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void convRow(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist) {
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
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                FloatVector blkv0_0 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v6 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v7 = FloatVector.fromArray(FS, col1_2, j);
                    final FloatVector v18 = FloatVector.fromArray(FS, col2_0, j);
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
                    blkv0_0 = v17_0.fma(v18, blkv0_0);
                }
                accv0_0 = accv0_0.add(blkv0_0);
            }
            float acc0_0 = Lanes.sum(accv0_0);
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
            int r = r0;
            for (; r < r1; r++) {
                knnRow(x_, soa1, r, js, je, outIndex, st, ist);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void knnRow(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            final float[] kv0 = new float[10];
            final int[] ki0 = new int[10];
            final int[] kn0 = new int[1];
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final float[] kl0 = new float[FS.length()];
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v3 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v4 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v5 = FloatVector.fromArray(FS, col1_2, j);
                final FloatVector v6_0 = b0_0.sub(v3);
                final FloatVector v7_0 = b1_0.sub(v4);
                final FloatVector v8_0 = b2_0.sub(v5);
                final FloatVector v10_0 = v7_0.mul(v7_0);
                final FloatVector v12_0 = v6_0.fma(v6_0, v10_0);
                final FloatVector v13_0 = v8_0.fma(v8_0, v12_0);
                final VectorMask<Float> mk0_0 = kn0[0] < 10 ? v13_0.eq(v13_0) : v13_0.lt(thr0_0);
                if (mk0_0.anyTrue()) {
                    v13_0.intoArray(kl0, 0);
                    for (long bits = mk0_0.toLong(); bits != 0; bits &= bits - 1) {
                        final int l = Long.numberOfTrailingZeros(bits);
                        KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, kl0[l], j + l);
                    }
                    thr0_0 = kv0[9];
                }
            }
            knnRowTail(x_, soa1, r, js, je, outIndex, bound, st, ist, kv0, ki0, kn0);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void knnRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, int bound, double[] st, int[] ist, float[] kv0, int[] ki0,
                int[] kn0) {
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
            int r = r0;
            for (; r < r1; r++) {
                convRow(x_, soa1, soa2, g_, r, js, je, out, st, ist);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void convRow(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist) {
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
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                FloatVector blkv0_0 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v6 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v7 = FloatVector.fromArray(FS, col1_2, j);
                    final FloatVector v18 = FloatVector.fromArray(FS, col2_0, j);
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
                    blkv0_0 = v17_0.fma(v18, blkv0_0);
                }
                accv0_0 = accv0_0.add(blkv0_0);
            }
            float acc0_0 = Lanes.sum(accv0_0);
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
            int r = r0;
            for (; r < r1; r++) {
                knnRow(x_, soa1, r, js, je, outIndex, st, ist);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void knnRow(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            final float[] kv0 = new float[10];
            final int[] ki0 = new int[10];
            final int[] kn0 = new int[1];
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final float[] kl0 = new float[FS.length()];
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v3 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v4 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v5 = FloatVector.fromArray(FS, col1_2, j);
                final FloatVector v6_0 = b0_0.sub(v3);
                final FloatVector v7_0 = b1_0.sub(v4);
                final FloatVector v8_0 = b2_0.sub(v5);
                final FloatVector v10_0 = v7_0.mul(v7_0);
                final FloatVector v12_0 = v6_0.fma(v6_0, v10_0);
                final FloatVector v13_0 = v8_0.fma(v8_0, v12_0);
                final VectorMask<Float> mk0_0 = kn0[0] < 10 ? v13_0.eq(v13_0) : v13_0.lt(thr0_0);
                if (mk0_0.anyTrue()) {
                    v13_0.intoArray(kl0, 0);
                    for (long bits = mk0_0.toLong(); bits != 0; bits &= bits - 1) {
                        final int l = Long.numberOfTrailingZeros(bits);
                        KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, kl0[l], j + l);
                    }
                    thr0_0 = kv0[9];
                }
            }
            knnRowTail(x_, soa1, r, js, je, outIndex, bound, st, ist, kv0, ki0, kn0);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void knnRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, int bound, double[] st, int[] ist, float[] kv0, int[] ki0,
                int[] kn0) {
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
            int r = r0;
            for (; r < r1; r++) {
                convRow(x_, soa1, soa2, g_, r, js, je, out, st, ist);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void convRow(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist) {
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
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                FloatVector blkv0_0 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v5 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v6 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v7 = FloatVector.fromArray(FS, col1_2, j);
                    final FloatVector v18 = FloatVector.fromArray(FS, col2_0, j);
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
                    blkv0_0 = v17_0.fma(v18, blkv0_0);
                }
                accv0_0 = accv0_0.add(blkv0_0);
            }
            float acc0_0 = Lanes.sum(accv0_0);
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
            int r = r0;
            for (; r < r1; r++) {
                knnRow(x_, soa1, r, js, je, outIndex, st, ist);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void knnRow(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col1_2 = soa1[2];
            final float t0_0 = x_[r * 3];
            final float t1_0 = x_[r * 3 + 1];
            final float t2_0 = x_[r * 3 + 2];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final FloatVector b2_0 = FloatVector.broadcast(FS, t2_0);
            final float[] kv0 = new float[10];
            final int[] ki0 = new int[10];
            final int[] kn0 = new int[1];
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final float[] kl0 = new float[FS.length()];
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v3 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v4 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v5 = FloatVector.fromArray(FS, col1_2, j);
                final FloatVector v6_0 = b0_0.sub(v3);
                final FloatVector v7_0 = b1_0.sub(v4);
                final FloatVector v8_0 = b2_0.sub(v5);
                final FloatVector v10_0 = v7_0.mul(v7_0);
                final FloatVector v12_0 = v6_0.fma(v6_0, v10_0);
                final FloatVector v13_0 = v8_0.fma(v8_0, v12_0);
                final VectorMask<Float> mk0_0 = kn0[0] < 10 ? v13_0.eq(v13_0) : v13_0.lt(thr0_0);
                if (mk0_0.anyTrue()) {
                    v13_0.intoArray(kl0, 0);
                    for (long bits = mk0_0.toLong(); bits != 0; bits &= bits - 1) {
                        final int l = Long.numberOfTrailingZeros(bits);
                        KSmallest.offer(kv0, ki0, kn0, 10, 1, 0, kl0[l], j + l);
                    }
                    thr0_0 = kv0[9];
                }
            }
            knnRowTail(x_, soa1, r, js, je, outIndex, bound, st, ist, kv0, ki0, kn0);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void knnRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, int bound, double[] st, int[] ist, float[] kv0, int[] ki0,
                int[] kn0) {
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
    }
}
