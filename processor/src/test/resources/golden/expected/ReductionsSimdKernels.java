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
import org.jkeops.runtime.internal.SplitMerge;

/**
 * Vector API kernels of {@link Reductions}, one nested class per vector width.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
final class ReductionsSimdKernels {
    private ReductionsSimdKernels() {
    }

    /**
     * Reductions.softMin: LOG_SUM_EXP over j of b - p * SqDist(x, y) (simplified: (b - (p * Sum(Square((x - y)))))), on the Vector API.
     */
    static void softMin(KernelRuntime runtime, double[] x_, double[] y_, double[] b_, double p_,
            int rows, int cols, double[] out) {
        final double[][] soa1 = Soa.columns(y_, cols, 2);
        final double[][] soa2 = Soa.columns(b_, cols, 1);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (Parallel.splitColumns(rows, cols, runtime.threads(), (bits == 512 ? 4 : 1))) {
            final int parts = runtime.threads();
            final double[][] outParts = new double[parts][out.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.softMin(x_, soa1, soa2, p_, 0, rows, js, je, outParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.softMin(x_, soa1, soa2, p_, 0, rows, js, je, outParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.softMin(x_, soa1, soa2, p_, 0, rows, js, je, outParts[part]);
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            SplitMerge.logSumExp(outParts, out);
            return;
        }
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), (bits == 512 ? 4 : 1));
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.softMin(x_, soa1, soa2, p_, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.softMin(x_, soa1, soa2, p_, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.softMin(x_, soa1, soa2, p_, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * Reductions.smooth: SUM_SOFTMAX_WEIGHT over i of -SqDist(x, y) * g (simplified: (Minus(Sum(Square((x - y)))) * g)), on the Vector API.
     */
    static void smooth(KernelRuntime runtime, double[] x_, double[] y_, double[] v_, double g_,
            int rows, int cols, double[] out) {
        final double[][] soa0 = Soa.columns(x_, cols, 2);
        final double[][] soa2 = Soa.columns(v_, cols, 3);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), (bits == 512 ? 4 : 1));
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.smooth(soa0, y_, soa2, g_, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.smooth(soa0, y_, soa2, g_, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.smooth(soa0, y_, soa2, g_, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * Reductions.nearest: MIN_ARG_MIN over j of Sqrt(Sum(Square(x - y))) (simplified: Sqrt(Sum(Square((x - y))))), on the Vector API.
     */
    static void nearest(KernelRuntime runtime, double[] x_, double[] y_, int rows, int cols,
            double[] out, int[] outIndex) {
        final double[][] soa1 = Soa.columns(y_, cols, 3);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 4)) {
            final int parts = runtime.threads();
            final double[][] outParts = new double[parts][out.length];
            final int[][] indexParts = new int[parts][outIndex.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.nearest(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.nearest(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.nearest(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
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
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.nearest(x_, soa1, r0, r1, js, je, out, outIndex));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.nearest(x_, soa1, r0, r1, js, je, out, outIndex));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.nearest(x_, soa1, r0, r1, js, je, out, outIndex));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * Reductions.apply: SUM over j of MatVecMult(A, x - y) (simplified: MatVecMult(A, (x - y))), on the Vector API.
     */
    static void apply(KernelRuntime runtime, float[] A_, float[] x_, float[] y_, int rows, int cols,
            float[] out) {
        final float[][] soa2 = Soa.columns(y_, cols, 3);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 2)) {
            final int parts = runtime.threads();
            final float[][] outParts = new float[parts][out.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.apply(A_, x_, soa2, 0, rows, js, je, outParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.apply(A_, x_, soa2, 0, rows, js, je, outParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.apply(A_, x_, soa2, 0, rows, js, je, outParts[part]);
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            SplitMerge.kahanSum(outParts, out);
            return;
        }
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 2);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.apply(A_, x_, soa2, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.apply(A_, x_, soa2, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.apply(A_, x_, soa2, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * Reductions.smooth: SUM_SOFTMAX_WEIGHT over i of -SqDist(x, y) * g (simplified: (Minus(Sum(Square((x - y)))) * g)), on the Vector API.
     */
    static void smooth$part(KernelRuntime runtime, double[] x_, double[] y_, double[] v_, double g_,
            int rows, int cols, double[] out) {
        final double[][] soa0 = Soa.columns(x_, cols, 2);
        final double[][] soa2 = Soa.columns(v_, cols, 3);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), (bits == 512 ? 2 : 1));
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.smooth$part(soa0, y_, soa2, g_, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.smooth$part(soa0, y_, soa2, g_, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.smooth$part(soa0, y_, soa2, g_, r0, r1, js, je, out));
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

        static void softMin(double[] x_, double[][] soa1, double[][] soa2, double p_, int r0,
                int r1, int js, int je, double[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                softMinRows4(x_, soa1, soa2, p_, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                softMinRow(x_, soa1, soa2, p_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void softMinRows4(double[] x_, double[][] soa1, double[][] soa2, double p_,
                int r, int js, int je, double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col2_0 = soa2[0];
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final DoubleVector b1 = DoubleVector.broadcast(DS, p_);
            final double t2_0 = x_[r * 2];
            final double t3_0 = x_[r * 2 + 1];
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            final double t2_1 = x_[(r + 1) * 2];
            final double t3_1 = x_[(r + 1) * 2 + 1];
            final DoubleVector b2_1 = DoubleVector.broadcast(DS, t2_1);
            final DoubleVector b3_1 = DoubleVector.broadcast(DS, t3_1);
            final double t2_2 = x_[(r + 2) * 2];
            final double t3_2 = x_[(r + 2) * 2 + 1];
            final DoubleVector b2_2 = DoubleVector.broadcast(DS, t2_2);
            final DoubleVector b3_2 = DoubleVector.broadcast(DS, t3_2);
            final double t2_3 = x_[(r + 3) * 2];
            final double t3_3 = x_[(r + 3) * 2 + 1];
            final DoubleVector b2_3 = DoubleVector.broadcast(DS, t2_3);
            final DoubleVector b3_3 = DoubleVector.broadcast(DS, t3_3);
            DoubleVector mxv0 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector sev0_0 = DoubleVector.zero(DS);
            DoubleVector mxv1 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector sev1_0 = DoubleVector.zero(DS);
            DoubleVector mxv2 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector sev2_0 = DoubleVector.zero(DS);
            DoubleVector mxv3 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector sev3_0 = DoubleVector.zero(DS);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final DoubleVector v0 = DoubleVector.fromArray(DS, col2_0, j);
                final DoubleVector v4 = DoubleVector.fromArray(DS, col1_0, j);
                final DoubleVector v5 = DoubleVector.fromArray(DS, col1_1, j);
                final DoubleVector v6_0 = b2_0.sub(v4);
                final DoubleVector v7_0 = b3_0.sub(v5);
                final DoubleVector v9_0 = v7_0.mul(v7_0);
                final DoubleVector v10_0 = v6_0.fma(v6_0, v9_0);
                final DoubleVector v11_0 = b1.mul(v10_0);
                final DoubleVector v12_0 = v0.sub(v11_0);
                final VectorMask<Double> up0 = v12_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Double> keep0 = v12_0.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed0 = v12_0.min(mxv0).sub(v12_0.max(mxv0)).blend(0, v12_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.4426950408889634, 6.755399441055744E15);
                final var e0k1 = e0k0.sub(6.755399441055744E15);
                final var e0k2 = e0k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed0);
                final var e0k3 = e0k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e0k2);
                final var e0k4 = e0k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e0k5 = e0k4.fma(e0k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e0k6 = e0k5.fma(e0k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e0k7 = e0k6.fma(e0k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e0k8 = e0k7.fma(e0k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e0k9 = e0k8.fma(e0k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e0k10 = e0k9.fma(e0k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e0k11 = e0k10.fma(e0k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e0k12 = e0k11.fma(e0k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e0k13 = e0k12.fma(e0k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e0k14 = e0k13.fma(e0k3, DoubleVector.broadcast(DS, 0.5));
                final var e0k15 = e0k14.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k16 = e0k15.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k17 = e0k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e0k18 = e0k16.reinterpretAsLongs().add(e0k17).reinterpretAsDoubles();
                final DoubleVector e0 = ed0.mul(Double.POSITIVE_INFINITY).blend(e0k18, ed0.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed0.lt(-708.3964185322641));
                sev0_0 = sev0_0.add(e0).blend(sev0_0.fma(e0, DoubleVector.broadcast(DS, 1)), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v12_0, up0);
                final DoubleVector v6_1 = b2_1.sub(v4);
                final DoubleVector v7_1 = b3_1.sub(v5);
                final DoubleVector v9_1 = v7_1.mul(v7_1);
                final DoubleVector v10_1 = v6_1.fma(v6_1, v9_1);
                final DoubleVector v11_1 = b1.mul(v10_1);
                final DoubleVector v12_1 = v0.sub(v11_1);
                final VectorMask<Double> up1 = v12_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Double> keep1 = v12_1.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed1 = v12_1.min(mxv1).sub(v12_1.max(mxv1)).blend(0, v12_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.4426950408889634, 6.755399441055744E15);
                final var e1k1 = e1k0.sub(6.755399441055744E15);
                final var e1k2 = e1k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed1);
                final var e1k3 = e1k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e1k2);
                final var e1k4 = e1k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e1k5 = e1k4.fma(e1k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e1k6 = e1k5.fma(e1k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e1k7 = e1k6.fma(e1k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e1k8 = e1k7.fma(e1k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e1k9 = e1k8.fma(e1k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e1k10 = e1k9.fma(e1k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e1k11 = e1k10.fma(e1k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e1k12 = e1k11.fma(e1k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e1k13 = e1k12.fma(e1k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e1k14 = e1k13.fma(e1k3, DoubleVector.broadcast(DS, 0.5));
                final var e1k15 = e1k14.fma(e1k3, DoubleVector.broadcast(DS, 1.0));
                final var e1k16 = e1k15.fma(e1k3, DoubleVector.broadcast(DS, 1.0));
                final var e1k17 = e1k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e1k18 = e1k16.reinterpretAsLongs().add(e1k17).reinterpretAsDoubles();
                final DoubleVector e1 = ed1.mul(Double.POSITIVE_INFINITY).blend(e1k18, ed1.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed1.lt(-708.3964185322641));
                sev1_0 = sev1_0.add(e1).blend(sev1_0.fma(e1, DoubleVector.broadcast(DS, 1)), up1).blend(sev1_0, keep1);
                mxv1 = mxv1.blend(v12_1, up1);
                final DoubleVector v6_2 = b2_2.sub(v4);
                final DoubleVector v7_2 = b3_2.sub(v5);
                final DoubleVector v9_2 = v7_2.mul(v7_2);
                final DoubleVector v10_2 = v6_2.fma(v6_2, v9_2);
                final DoubleVector v11_2 = b1.mul(v10_2);
                final DoubleVector v12_2 = v0.sub(v11_2);
                final VectorMask<Double> up2 = v12_2.compare(VectorOperators.GT, mxv2);
                final VectorMask<Double> keep2 = v12_2.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed2 = v12_2.min(mxv2).sub(v12_2.max(mxv2)).blend(0, v12_2.eq(mxv2));
                // e2 = Exp(ed2), inline (see VectorTranscendentals)
                final var e2k0 = ed2.fma(1.4426950408889634, 6.755399441055744E15);
                final var e2k1 = e2k0.sub(6.755399441055744E15);
                final var e2k2 = e2k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed2);
                final var e2k3 = e2k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e2k2);
                final var e2k4 = e2k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e2k5 = e2k4.fma(e2k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e2k6 = e2k5.fma(e2k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e2k7 = e2k6.fma(e2k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e2k8 = e2k7.fma(e2k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e2k9 = e2k8.fma(e2k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e2k10 = e2k9.fma(e2k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e2k11 = e2k10.fma(e2k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e2k12 = e2k11.fma(e2k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e2k13 = e2k12.fma(e2k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e2k14 = e2k13.fma(e2k3, DoubleVector.broadcast(DS, 0.5));
                final var e2k15 = e2k14.fma(e2k3, DoubleVector.broadcast(DS, 1.0));
                final var e2k16 = e2k15.fma(e2k3, DoubleVector.broadcast(DS, 1.0));
                final var e2k17 = e2k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e2k18 = e2k16.reinterpretAsLongs().add(e2k17).reinterpretAsDoubles();
                final DoubleVector e2 = ed2.mul(Double.POSITIVE_INFINITY).blend(e2k18, ed2.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed2.lt(-708.3964185322641));
                sev2_0 = sev2_0.add(e2).blend(sev2_0.fma(e2, DoubleVector.broadcast(DS, 1)), up2).blend(sev2_0, keep2);
                mxv2 = mxv2.blend(v12_2, up2);
                final DoubleVector v6_3 = b2_3.sub(v4);
                final DoubleVector v7_3 = b3_3.sub(v5);
                final DoubleVector v9_3 = v7_3.mul(v7_3);
                final DoubleVector v10_3 = v6_3.fma(v6_3, v9_3);
                final DoubleVector v11_3 = b1.mul(v10_3);
                final DoubleVector v12_3 = v0.sub(v11_3);
                final VectorMask<Double> up3 = v12_3.compare(VectorOperators.GT, mxv3);
                final VectorMask<Double> keep3 = v12_3.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed3 = v12_3.min(mxv3).sub(v12_3.max(mxv3)).blend(0, v12_3.eq(mxv3));
                // e3 = Exp(ed3), inline (see VectorTranscendentals)
                final var e3k0 = ed3.fma(1.4426950408889634, 6.755399441055744E15);
                final var e3k1 = e3k0.sub(6.755399441055744E15);
                final var e3k2 = e3k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed3);
                final var e3k3 = e3k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e3k2);
                final var e3k4 = e3k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e3k5 = e3k4.fma(e3k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e3k6 = e3k5.fma(e3k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e3k7 = e3k6.fma(e3k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e3k8 = e3k7.fma(e3k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e3k9 = e3k8.fma(e3k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e3k10 = e3k9.fma(e3k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e3k11 = e3k10.fma(e3k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e3k12 = e3k11.fma(e3k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e3k13 = e3k12.fma(e3k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e3k14 = e3k13.fma(e3k3, DoubleVector.broadcast(DS, 0.5));
                final var e3k15 = e3k14.fma(e3k3, DoubleVector.broadcast(DS, 1.0));
                final var e3k16 = e3k15.fma(e3k3, DoubleVector.broadcast(DS, 1.0));
                final var e3k17 = e3k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e3k18 = e3k16.reinterpretAsLongs().add(e3k17).reinterpretAsDoubles();
                final DoubleVector e3 = ed3.mul(Double.POSITIVE_INFINITY).blend(e3k18, ed3.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed3.lt(-708.3964185322641));
                sev3_0 = sev3_0.add(e3).blend(sev3_0.fma(e3, DoubleVector.broadcast(DS, 1)), up3).blend(sev3_0, keep3);
                mxv3 = mxv3.blend(v12_3, up3);
            }
            double mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            double se0_0 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv0.lane(l);
                final double f = ml == mx0 ? 1 : Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
            }
            double mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            double se1_0 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv1.lane(l);
                final double f = ml == mx1 ? 1 : Math.exp(ml - mx1);
                se1_0 += sev1_0.lane(l) * f;
            }
            double mx2 = mxv2.reduceLanes(VectorOperators.MAX);
            double se2_0 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv2.lane(l);
                final double f = ml == mx2 ? 1 : Math.exp(ml - mx2);
                se2_0 += sev2_0.lane(l) * f;
            }
            double mx3 = mxv3.reduceLanes(VectorOperators.MAX);
            double se3_0 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv3.lane(l);
                final double f = ml == mx3 ? 1 : Math.exp(ml - mx3);
                se3_0 += sev3_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            st[2] = mx1;
            st[3] = se1_0;
            st[4] = mx2;
            st[5] = se2_0;
            st[6] = mx3;
            st[7] = se3_0;
            softMinRows4Tail(x_, soa1, soa2, p_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void softMinRows4Tail(double[] x_, double[][] soa1, double[][] soa2,
                double p_, int r, int js, int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col2_0 = soa2[0];
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t2_0 = x_[r * 2];
            final double t3_0 = x_[r * 2 + 1];
            final double t2_1 = x_[(r + 1) * 2];
            final double t3_1 = x_[(r + 1) * 2 + 1];
            final double t2_2 = x_[(r + 2) * 2];
            final double t3_2 = x_[(r + 2) * 2 + 1];
            final double t2_3 = x_[(r + 3) * 2];
            final double t3_3 = x_[(r + 3) * 2 + 1];
            double mx0 = st[0];
            double se0_0 = st[1];
            double mx1 = st[2];
            double se1_0 = st[3];
            double mx2 = st[4];
            double se2_0 = st[5];
            double mx3 = st[6];
            double se3_0 = st[7];
            for (int j = bound; j < je; j++) {
                final double u0 = col2_0[j];
                final double u4 = col1_0[j];
                final double u5 = col1_1[j];
                final double u6_0 = t2_0 - u4;
                final double u7_0 = t3_0 - u5;
                final double u8_0 = u6_0 * u6_0;
                final double u9_0 = u7_0 * u7_0;
                final double u10_0 = u8_0 + u9_0;
                final double u11_0 = p_ * u10_0;
                final double u12_0 = u0 - u11_0;
                if (u12_0 > mx0) {
                    final double sc = Math.exp(mx0 - u12_0);
                    se0_0 = se0_0 * sc + 1;
                    mx0 = u12_0;
                } else if (u12_0 != Double.NEGATIVE_INFINITY) {
                    final double e = u12_0 == mx0 ? 1 : Math.exp(u12_0 - mx0);
                    se0_0 += e;
                }
                final double u6_1 = t2_1 - u4;
                final double u7_1 = t3_1 - u5;
                final double u8_1 = u6_1 * u6_1;
                final double u9_1 = u7_1 * u7_1;
                final double u10_1 = u8_1 + u9_1;
                final double u11_1 = p_ * u10_1;
                final double u12_1 = u0 - u11_1;
                if (u12_1 > mx1) {
                    final double sc = Math.exp(mx1 - u12_1);
                    se1_0 = se1_0 * sc + 1;
                    mx1 = u12_1;
                } else if (u12_1 != Double.NEGATIVE_INFINITY) {
                    final double e = u12_1 == mx1 ? 1 : Math.exp(u12_1 - mx1);
                    se1_0 += e;
                }
                final double u6_2 = t2_2 - u4;
                final double u7_2 = t3_2 - u5;
                final double u8_2 = u6_2 * u6_2;
                final double u9_2 = u7_2 * u7_2;
                final double u10_2 = u8_2 + u9_2;
                final double u11_2 = p_ * u10_2;
                final double u12_2 = u0 - u11_2;
                if (u12_2 > mx2) {
                    final double sc = Math.exp(mx2 - u12_2);
                    se2_0 = se2_0 * sc + 1;
                    mx2 = u12_2;
                } else if (u12_2 != Double.NEGATIVE_INFINITY) {
                    final double e = u12_2 == mx2 ? 1 : Math.exp(u12_2 - mx2);
                    se2_0 += e;
                }
                final double u6_3 = t2_3 - u4;
                final double u7_3 = t3_3 - u5;
                final double u8_3 = u6_3 * u6_3;
                final double u9_3 = u7_3 * u7_3;
                final double u10_3 = u8_3 + u9_3;
                final double u11_3 = p_ * u10_3;
                final double u12_3 = u0 - u11_3;
                if (u12_3 > mx3) {
                    final double sc = Math.exp(mx3 - u12_3);
                    se3_0 = se3_0 * sc + 1;
                    mx3 = u12_3;
                } else if (u12_3 != Double.NEGATIVE_INFINITY) {
                    final double e = u12_3 == mx3 ? 1 : Math.exp(u12_3 - mx3);
                    se3_0 += e;
                }
            }
            out[r] = mx0 + Math.log(se0_0);
            out[(r + 1)] = mx1 + Math.log(se1_0);
            out[(r + 2)] = mx2 + Math.log(se2_0);
            out[(r + 3)] = mx3 + Math.log(se3_0);
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void softMinRow(double[] x_, double[][] soa1, double[][] soa2, double p_,
                int r, int js, int je, double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col2_0 = soa2[0];
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final DoubleVector b1 = DoubleVector.broadcast(DS, p_);
            final double t2_0 = x_[r * 2];
            final double t3_0 = x_[r * 2 + 1];
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            DoubleVector mxv0 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector sev0_0 = DoubleVector.zero(DS);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final DoubleVector v0 = DoubleVector.fromArray(DS, col2_0, j);
                final DoubleVector v4 = DoubleVector.fromArray(DS, col1_0, j);
                final DoubleVector v5 = DoubleVector.fromArray(DS, col1_1, j);
                final DoubleVector v6_0 = b2_0.sub(v4);
                final DoubleVector v7_0 = b3_0.sub(v5);
                final DoubleVector v9_0 = v7_0.mul(v7_0);
                final DoubleVector v10_0 = v6_0.fma(v6_0, v9_0);
                final DoubleVector v11_0 = b1.mul(v10_0);
                final DoubleVector v12_0 = v0.sub(v11_0);
                final VectorMask<Double> up0 = v12_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Double> keep0 = v12_0.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed0 = v12_0.min(mxv0).sub(v12_0.max(mxv0)).blend(0, v12_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.4426950408889634, 6.755399441055744E15);
                final var e0k1 = e0k0.sub(6.755399441055744E15);
                final var e0k2 = e0k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed0);
                final var e0k3 = e0k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e0k2);
                final var e0k4 = e0k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e0k5 = e0k4.fma(e0k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e0k6 = e0k5.fma(e0k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e0k7 = e0k6.fma(e0k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e0k8 = e0k7.fma(e0k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e0k9 = e0k8.fma(e0k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e0k10 = e0k9.fma(e0k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e0k11 = e0k10.fma(e0k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e0k12 = e0k11.fma(e0k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e0k13 = e0k12.fma(e0k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e0k14 = e0k13.fma(e0k3, DoubleVector.broadcast(DS, 0.5));
                final var e0k15 = e0k14.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k16 = e0k15.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k17 = e0k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e0k18 = e0k16.reinterpretAsLongs().add(e0k17).reinterpretAsDoubles();
                final DoubleVector e0 = ed0.mul(Double.POSITIVE_INFINITY).blend(e0k18, ed0.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed0.lt(-708.3964185322641));
                sev0_0 = sev0_0.add(e0).blend(sev0_0.fma(e0, DoubleVector.broadcast(DS, 1)), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v12_0, up0);
            }
            double mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            double se0_0 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv0.lane(l);
                final double f = ml == mx0 ? 1 : Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            softMinRowTail(x_, soa1, soa2, p_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void softMinRowTail(double[] x_, double[][] soa1, double[][] soa2, double p_,
                int r, int js, int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col2_0 = soa2[0];
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t2_0 = x_[r * 2];
            final double t3_0 = x_[r * 2 + 1];
            double mx0 = st[0];
            double se0_0 = st[1];
            for (int j = bound; j < je; j++) {
                final double u0 = col2_0[j];
                final double u4 = col1_0[j];
                final double u5 = col1_1[j];
                final double u6_0 = t2_0 - u4;
                final double u7_0 = t3_0 - u5;
                final double u8_0 = u6_0 * u6_0;
                final double u9_0 = u7_0 * u7_0;
                final double u10_0 = u8_0 + u9_0;
                final double u11_0 = p_ * u10_0;
                final double u12_0 = u0 - u11_0;
                if (u12_0 > mx0) {
                    final double sc = Math.exp(mx0 - u12_0);
                    se0_0 = se0_0 * sc + 1;
                    mx0 = u12_0;
                } else if (u12_0 != Double.NEGATIVE_INFINITY) {
                    final double e = u12_0 == mx0 ? 1 : Math.exp(u12_0 - mx0);
                    se0_0 += e;
                }
            }
            out[r] = mx0 + Math.log(se0_0);
        }

        static void smooth(double[][] soa0, double[] y_, double[][] soa2, double g_, int r0, int r1,
                int js, int je, double[] out) {
            final double[] st = new double[20];
            final int[] ist = new int[0];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                smoothRows4(soa0, y_, soa2, g_, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                smoothRow(soa0, y_, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void smoothRows4(double[][] soa0, double[] y_, double[][] soa2, double g_,
                int r, int js, int je, double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final DoubleVector b10 = DoubleVector.broadcast(DS, g_);
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            final double t2_1 = y_[(r + 1) * 2];
            final double t3_1 = y_[(r + 1) * 2 + 1];
            final DoubleVector b2_1 = DoubleVector.broadcast(DS, t2_1);
            final DoubleVector b3_1 = DoubleVector.broadcast(DS, t3_1);
            final double t2_2 = y_[(r + 2) * 2];
            final double t3_2 = y_[(r + 2) * 2 + 1];
            final DoubleVector b2_2 = DoubleVector.broadcast(DS, t2_2);
            final DoubleVector b3_2 = DoubleVector.broadcast(DS, t3_2);
            final double t2_3 = y_[(r + 3) * 2];
            final double t3_3 = y_[(r + 3) * 2 + 1];
            final DoubleVector b2_3 = DoubleVector.broadcast(DS, t2_3);
            final DoubleVector b3_3 = DoubleVector.broadcast(DS, t3_3);
            DoubleVector mxv0 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector swv0 = DoubleVector.zero(DS);
            DoubleVector sev0_0 = DoubleVector.zero(DS);
            DoubleVector sev0_1 = DoubleVector.zero(DS);
            DoubleVector sev0_2 = DoubleVector.zero(DS);
            DoubleVector mxv1 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector swv1 = DoubleVector.zero(DS);
            DoubleVector sev1_0 = DoubleVector.zero(DS);
            DoubleVector sev1_1 = DoubleVector.zero(DS);
            DoubleVector sev1_2 = DoubleVector.zero(DS);
            DoubleVector mxv2 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector swv2 = DoubleVector.zero(DS);
            DoubleVector sev2_0 = DoubleVector.zero(DS);
            DoubleVector sev2_1 = DoubleVector.zero(DS);
            DoubleVector sev2_2 = DoubleVector.zero(DS);
            DoubleVector mxv3 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector swv3 = DoubleVector.zero(DS);
            DoubleVector sev3_0 = DoubleVector.zero(DS);
            DoubleVector sev3_1 = DoubleVector.zero(DS);
            DoubleVector sev3_2 = DoubleVector.zero(DS);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final DoubleVector v0 = DoubleVector.fromArray(DS, col0_0, j);
                final DoubleVector v1 = DoubleVector.fromArray(DS, col0_1, j);
                final DoubleVector v12 = DoubleVector.fromArray(DS, col2_0, j);
                final DoubleVector v13 = DoubleVector.fromArray(DS, col2_1, j);
                final DoubleVector v14 = DoubleVector.fromArray(DS, col2_2, j);
                final DoubleVector v4_0 = v0.sub(b2_0);
                final DoubleVector v5_0 = v1.sub(b3_0);
                final DoubleVector v7_0 = v5_0.mul(v5_0);
                final DoubleVector v8_0 = v4_0.fma(v4_0, v7_0);
                final DoubleVector v9_0 = v8_0.neg();
                final DoubleVector v11_0 = v9_0.mul(b10);
                final VectorMask<Double> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Double> keep0 = v11_0.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.4426950408889634, 6.755399441055744E15);
                final var e0k1 = e0k0.sub(6.755399441055744E15);
                final var e0k2 = e0k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed0);
                final var e0k3 = e0k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e0k2);
                final var e0k4 = e0k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e0k5 = e0k4.fma(e0k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e0k6 = e0k5.fma(e0k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e0k7 = e0k6.fma(e0k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e0k8 = e0k7.fma(e0k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e0k9 = e0k8.fma(e0k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e0k10 = e0k9.fma(e0k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e0k11 = e0k10.fma(e0k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e0k12 = e0k11.fma(e0k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e0k13 = e0k12.fma(e0k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e0k14 = e0k13.fma(e0k3, DoubleVector.broadcast(DS, 0.5));
                final var e0k15 = e0k14.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k16 = e0k15.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k17 = e0k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e0k18 = e0k16.reinterpretAsLongs().add(e0k17).reinterpretAsDoubles();
                final DoubleVector e0 = ed0.mul(Double.POSITIVE_INFINITY).blend(e0k18, ed0.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed0.lt(-708.3964185322641));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, DoubleVector.broadcast(DS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v13, sev0_1).blend(sev0_1.fma(e0, v13), up0).blend(sev0_1, keep0);
                sev0_2 = e0.fma(v14, sev0_2).blend(sev0_2.fma(e0, v14), up0).blend(sev0_2, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
                final DoubleVector v4_1 = v0.sub(b2_1);
                final DoubleVector v5_1 = v1.sub(b3_1);
                final DoubleVector v7_1 = v5_1.mul(v5_1);
                final DoubleVector v8_1 = v4_1.fma(v4_1, v7_1);
                final DoubleVector v9_1 = v8_1.neg();
                final DoubleVector v11_1 = v9_1.mul(b10);
                final VectorMask<Double> up1 = v11_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Double> keep1 = v11_1.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed1 = v11_1.min(mxv1).sub(v11_1.max(mxv1)).blend(0, v11_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.4426950408889634, 6.755399441055744E15);
                final var e1k1 = e1k0.sub(6.755399441055744E15);
                final var e1k2 = e1k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed1);
                final var e1k3 = e1k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e1k2);
                final var e1k4 = e1k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e1k5 = e1k4.fma(e1k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e1k6 = e1k5.fma(e1k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e1k7 = e1k6.fma(e1k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e1k8 = e1k7.fma(e1k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e1k9 = e1k8.fma(e1k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e1k10 = e1k9.fma(e1k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e1k11 = e1k10.fma(e1k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e1k12 = e1k11.fma(e1k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e1k13 = e1k12.fma(e1k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e1k14 = e1k13.fma(e1k3, DoubleVector.broadcast(DS, 0.5));
                final var e1k15 = e1k14.fma(e1k3, DoubleVector.broadcast(DS, 1.0));
                final var e1k16 = e1k15.fma(e1k3, DoubleVector.broadcast(DS, 1.0));
                final var e1k17 = e1k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e1k18 = e1k16.reinterpretAsLongs().add(e1k17).reinterpretAsDoubles();
                final DoubleVector e1 = ed1.mul(Double.POSITIVE_INFINITY).blend(e1k18, ed1.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed1.lt(-708.3964185322641));
                swv1 = swv1.add(e1).blend(swv1.fma(e1, DoubleVector.broadcast(DS, 1)), up1).blend(swv1, keep1);
                sev1_0 = e1.fma(v12, sev1_0).blend(sev1_0.fma(e1, v12), up1).blend(sev1_0, keep1);
                sev1_1 = e1.fma(v13, sev1_1).blend(sev1_1.fma(e1, v13), up1).blend(sev1_1, keep1);
                sev1_2 = e1.fma(v14, sev1_2).blend(sev1_2.fma(e1, v14), up1).blend(sev1_2, keep1);
                mxv1 = mxv1.blend(v11_1, up1);
                final DoubleVector v4_2 = v0.sub(b2_2);
                final DoubleVector v5_2 = v1.sub(b3_2);
                final DoubleVector v7_2 = v5_2.mul(v5_2);
                final DoubleVector v8_2 = v4_2.fma(v4_2, v7_2);
                final DoubleVector v9_2 = v8_2.neg();
                final DoubleVector v11_2 = v9_2.mul(b10);
                final VectorMask<Double> up2 = v11_2.compare(VectorOperators.GT, mxv2);
                final VectorMask<Double> keep2 = v11_2.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed2 = v11_2.min(mxv2).sub(v11_2.max(mxv2)).blend(0, v11_2.eq(mxv2));
                // e2 = Exp(ed2), inline (see VectorTranscendentals)
                final var e2k0 = ed2.fma(1.4426950408889634, 6.755399441055744E15);
                final var e2k1 = e2k0.sub(6.755399441055744E15);
                final var e2k2 = e2k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed2);
                final var e2k3 = e2k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e2k2);
                final var e2k4 = e2k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e2k5 = e2k4.fma(e2k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e2k6 = e2k5.fma(e2k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e2k7 = e2k6.fma(e2k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e2k8 = e2k7.fma(e2k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e2k9 = e2k8.fma(e2k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e2k10 = e2k9.fma(e2k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e2k11 = e2k10.fma(e2k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e2k12 = e2k11.fma(e2k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e2k13 = e2k12.fma(e2k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e2k14 = e2k13.fma(e2k3, DoubleVector.broadcast(DS, 0.5));
                final var e2k15 = e2k14.fma(e2k3, DoubleVector.broadcast(DS, 1.0));
                final var e2k16 = e2k15.fma(e2k3, DoubleVector.broadcast(DS, 1.0));
                final var e2k17 = e2k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e2k18 = e2k16.reinterpretAsLongs().add(e2k17).reinterpretAsDoubles();
                final DoubleVector e2 = ed2.mul(Double.POSITIVE_INFINITY).blend(e2k18, ed2.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed2.lt(-708.3964185322641));
                swv2 = swv2.add(e2).blend(swv2.fma(e2, DoubleVector.broadcast(DS, 1)), up2).blend(swv2, keep2);
                sev2_0 = e2.fma(v12, sev2_0).blend(sev2_0.fma(e2, v12), up2).blend(sev2_0, keep2);
                sev2_1 = e2.fma(v13, sev2_1).blend(sev2_1.fma(e2, v13), up2).blend(sev2_1, keep2);
                sev2_2 = e2.fma(v14, sev2_2).blend(sev2_2.fma(e2, v14), up2).blend(sev2_2, keep2);
                mxv2 = mxv2.blend(v11_2, up2);
                final DoubleVector v4_3 = v0.sub(b2_3);
                final DoubleVector v5_3 = v1.sub(b3_3);
                final DoubleVector v7_3 = v5_3.mul(v5_3);
                final DoubleVector v8_3 = v4_3.fma(v4_3, v7_3);
                final DoubleVector v9_3 = v8_3.neg();
                final DoubleVector v11_3 = v9_3.mul(b10);
                final VectorMask<Double> up3 = v11_3.compare(VectorOperators.GT, mxv3);
                final VectorMask<Double> keep3 = v11_3.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed3 = v11_3.min(mxv3).sub(v11_3.max(mxv3)).blend(0, v11_3.eq(mxv3));
                // e3 = Exp(ed3), inline (see VectorTranscendentals)
                final var e3k0 = ed3.fma(1.4426950408889634, 6.755399441055744E15);
                final var e3k1 = e3k0.sub(6.755399441055744E15);
                final var e3k2 = e3k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed3);
                final var e3k3 = e3k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e3k2);
                final var e3k4 = e3k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e3k5 = e3k4.fma(e3k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e3k6 = e3k5.fma(e3k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e3k7 = e3k6.fma(e3k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e3k8 = e3k7.fma(e3k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e3k9 = e3k8.fma(e3k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e3k10 = e3k9.fma(e3k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e3k11 = e3k10.fma(e3k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e3k12 = e3k11.fma(e3k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e3k13 = e3k12.fma(e3k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e3k14 = e3k13.fma(e3k3, DoubleVector.broadcast(DS, 0.5));
                final var e3k15 = e3k14.fma(e3k3, DoubleVector.broadcast(DS, 1.0));
                final var e3k16 = e3k15.fma(e3k3, DoubleVector.broadcast(DS, 1.0));
                final var e3k17 = e3k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e3k18 = e3k16.reinterpretAsLongs().add(e3k17).reinterpretAsDoubles();
                final DoubleVector e3 = ed3.mul(Double.POSITIVE_INFINITY).blend(e3k18, ed3.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed3.lt(-708.3964185322641));
                swv3 = swv3.add(e3).blend(swv3.fma(e3, DoubleVector.broadcast(DS, 1)), up3).blend(swv3, keep3);
                sev3_0 = e3.fma(v12, sev3_0).blend(sev3_0.fma(e3, v12), up3).blend(sev3_0, keep3);
                sev3_1 = e3.fma(v13, sev3_1).blend(sev3_1.fma(e3, v13), up3).blend(sev3_1, keep3);
                sev3_2 = e3.fma(v14, sev3_2).blend(sev3_2.fma(e3, v14), up3).blend(sev3_2, keep3);
                mxv3 = mxv3.blend(v11_3, up3);
            }
            double mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            double sw0 = 0;
            double se0_0 = 0;
            double se0_1 = 0;
            double se0_2 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv0.lane(l);
                final double f = ml == mx0 ? 1 : Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
                se0_2 += sev0_2.lane(l) * f;
            }
            double mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            double sw1 = 0;
            double se1_0 = 0;
            double se1_1 = 0;
            double se1_2 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv1.lane(l);
                final double f = ml == mx1 ? 1 : Math.exp(ml - mx1);
                sw1 += swv1.lane(l) * f;
                se1_0 += sev1_0.lane(l) * f;
                se1_1 += sev1_1.lane(l) * f;
                se1_2 += sev1_2.lane(l) * f;
            }
            double mx2 = mxv2.reduceLanes(VectorOperators.MAX);
            double sw2 = 0;
            double se2_0 = 0;
            double se2_1 = 0;
            double se2_2 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv2.lane(l);
                final double f = ml == mx2 ? 1 : Math.exp(ml - mx2);
                sw2 += swv2.lane(l) * f;
                se2_0 += sev2_0.lane(l) * f;
                se2_1 += sev2_1.lane(l) * f;
                se2_2 += sev2_2.lane(l) * f;
            }
            double mx3 = mxv3.reduceLanes(VectorOperators.MAX);
            double sw3 = 0;
            double se3_0 = 0;
            double se3_1 = 0;
            double se3_2 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv3.lane(l);
                final double f = ml == mx3 ? 1 : Math.exp(ml - mx3);
                sw3 += swv3.lane(l) * f;
                se3_0 += sev3_0.lane(l) * f;
                se3_1 += sev3_1.lane(l) * f;
                se3_2 += sev3_2.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            st[3] = se0_1;
            st[4] = se0_2;
            st[5] = mx1;
            st[6] = sw1;
            st[7] = se1_0;
            st[8] = se1_1;
            st[9] = se1_2;
            st[10] = mx2;
            st[11] = sw2;
            st[12] = se2_0;
            st[13] = se2_1;
            st[14] = se2_2;
            st[15] = mx3;
            st[16] = sw3;
            st[17] = se3_0;
            st[18] = se3_1;
            st[19] = se3_2;
            smoothRows4Tail(soa0, y_, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void smoothRows4Tail(double[][] soa0, double[] y_, double[][] soa2,
                double g_, int r, int js, int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            final double t2_1 = y_[(r + 1) * 2];
            final double t3_1 = y_[(r + 1) * 2 + 1];
            final double t2_2 = y_[(r + 2) * 2];
            final double t3_2 = y_[(r + 2) * 2 + 1];
            final double t2_3 = y_[(r + 3) * 2];
            final double t3_3 = y_[(r + 3) * 2 + 1];
            double mx0 = st[0];
            double sw0 = st[1];
            double se0_0 = st[2];
            double se0_1 = st[3];
            double se0_2 = st[4];
            double mx1 = st[5];
            double sw1 = st[6];
            double se1_0 = st[7];
            double se1_1 = st[8];
            double se1_2 = st[9];
            double mx2 = st[10];
            double sw2 = st[11];
            double se2_0 = st[12];
            double se2_1 = st[13];
            double se2_2 = st[14];
            double mx3 = st[15];
            double sw3 = st[16];
            double se3_0 = st[17];
            double se3_1 = st[18];
            double se3_2 = st[19];
            for (int j = bound; j < je; j++) {
                final double u0 = col0_0[j];
                final double u1 = col0_1[j];
                final double u12 = col2_0[j];
                final double u13 = col2_1[j];
                final double u14 = col2_2[j];
                final double u4_0 = u0 - t2_0;
                final double u5_0 = u1 - t3_0;
                final double u6_0 = u4_0 * u4_0;
                final double u7_0 = u5_0 * u5_0;
                final double u8_0 = u6_0 + u7_0;
                final double u9_0 = -u8_0;
                final double u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final double sc = Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    se0_1 = se0_1 * sc + u13;
                    se0_2 = se0_2 * sc + u14;
                    mx0 = u11_0;
                } else if (u11_0 != Double.NEGATIVE_INFINITY) {
                    final double e = u11_0 == mx0 ? 1 : Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                    se0_1 += e * u13;
                    se0_2 += e * u14;
                }
                final double u4_1 = u0 - t2_1;
                final double u5_1 = u1 - t3_1;
                final double u6_1 = u4_1 * u4_1;
                final double u7_1 = u5_1 * u5_1;
                final double u8_1 = u6_1 + u7_1;
                final double u9_1 = -u8_1;
                final double u11_1 = u9_1 * g_;
                if (u11_1 > mx1) {
                    final double sc = Math.exp(mx1 - u11_1);
                    sw1 = sw1 * sc + 1;
                    se1_0 = se1_0 * sc + u12;
                    se1_1 = se1_1 * sc + u13;
                    se1_2 = se1_2 * sc + u14;
                    mx1 = u11_1;
                } else if (u11_1 != Double.NEGATIVE_INFINITY) {
                    final double e = u11_1 == mx1 ? 1 : Math.exp(u11_1 - mx1);
                    sw1 += e;
                    se1_0 += e * u12;
                    se1_1 += e * u13;
                    se1_2 += e * u14;
                }
                final double u4_2 = u0 - t2_2;
                final double u5_2 = u1 - t3_2;
                final double u6_2 = u4_2 * u4_2;
                final double u7_2 = u5_2 * u5_2;
                final double u8_2 = u6_2 + u7_2;
                final double u9_2 = -u8_2;
                final double u11_2 = u9_2 * g_;
                if (u11_2 > mx2) {
                    final double sc = Math.exp(mx2 - u11_2);
                    sw2 = sw2 * sc + 1;
                    se2_0 = se2_0 * sc + u12;
                    se2_1 = se2_1 * sc + u13;
                    se2_2 = se2_2 * sc + u14;
                    mx2 = u11_2;
                } else if (u11_2 != Double.NEGATIVE_INFINITY) {
                    final double e = u11_2 == mx2 ? 1 : Math.exp(u11_2 - mx2);
                    sw2 += e;
                    se2_0 += e * u12;
                    se2_1 += e * u13;
                    se2_2 += e * u14;
                }
                final double u4_3 = u0 - t2_3;
                final double u5_3 = u1 - t3_3;
                final double u6_3 = u4_3 * u4_3;
                final double u7_3 = u5_3 * u5_3;
                final double u8_3 = u6_3 + u7_3;
                final double u9_3 = -u8_3;
                final double u11_3 = u9_3 * g_;
                if (u11_3 > mx3) {
                    final double sc = Math.exp(mx3 - u11_3);
                    sw3 = sw3 * sc + 1;
                    se3_0 = se3_0 * sc + u12;
                    se3_1 = se3_1 * sc + u13;
                    se3_2 = se3_2 * sc + u14;
                    mx3 = u11_3;
                } else if (u11_3 != Double.NEGATIVE_INFINITY) {
                    final double e = u11_3 == mx3 ? 1 : Math.exp(u11_3 - mx3);
                    sw3 += e;
                    se3_0 += e * u12;
                    se3_1 += e * u13;
                    se3_2 += e * u14;
                }
            }
            out[r * 3] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[r * 3 + 1] = sw0 == 0 ? 0 : se0_1 / sw0;
            out[r * 3 + 2] = sw0 == 0 ? 0 : se0_2 / sw0;
            out[(r + 1) * 3] = sw1 == 0 ? 0 : se1_0 / sw1;
            out[(r + 1) * 3 + 1] = sw1 == 0 ? 0 : se1_1 / sw1;
            out[(r + 1) * 3 + 2] = sw1 == 0 ? 0 : se1_2 / sw1;
            out[(r + 2) * 3] = sw2 == 0 ? 0 : se2_0 / sw2;
            out[(r + 2) * 3 + 1] = sw2 == 0 ? 0 : se2_1 / sw2;
            out[(r + 2) * 3 + 2] = sw2 == 0 ? 0 : se2_2 / sw2;
            out[(r + 3) * 3] = sw3 == 0 ? 0 : se3_0 / sw3;
            out[(r + 3) * 3 + 1] = sw3 == 0 ? 0 : se3_1 / sw3;
            out[(r + 3) * 3 + 2] = sw3 == 0 ? 0 : se3_2 / sw3;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void smoothRow(double[][] soa0, double[] y_, double[][] soa2, double g_,
                int r, int js, int je, double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final DoubleVector b10 = DoubleVector.broadcast(DS, g_);
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            DoubleVector mxv0 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector swv0 = DoubleVector.zero(DS);
            DoubleVector sev0_0 = DoubleVector.zero(DS);
            DoubleVector sev0_1 = DoubleVector.zero(DS);
            DoubleVector sev0_2 = DoubleVector.zero(DS);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final DoubleVector v0 = DoubleVector.fromArray(DS, col0_0, j);
                final DoubleVector v1 = DoubleVector.fromArray(DS, col0_1, j);
                final DoubleVector v12 = DoubleVector.fromArray(DS, col2_0, j);
                final DoubleVector v13 = DoubleVector.fromArray(DS, col2_1, j);
                final DoubleVector v14 = DoubleVector.fromArray(DS, col2_2, j);
                final DoubleVector v4_0 = v0.sub(b2_0);
                final DoubleVector v5_0 = v1.sub(b3_0);
                final DoubleVector v7_0 = v5_0.mul(v5_0);
                final DoubleVector v8_0 = v4_0.fma(v4_0, v7_0);
                final DoubleVector v9_0 = v8_0.neg();
                final DoubleVector v11_0 = v9_0.mul(b10);
                final VectorMask<Double> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Double> keep0 = v11_0.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.4426950408889634, 6.755399441055744E15);
                final var e0k1 = e0k0.sub(6.755399441055744E15);
                final var e0k2 = e0k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed0);
                final var e0k3 = e0k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e0k2);
                final var e0k4 = e0k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e0k5 = e0k4.fma(e0k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e0k6 = e0k5.fma(e0k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e0k7 = e0k6.fma(e0k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e0k8 = e0k7.fma(e0k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e0k9 = e0k8.fma(e0k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e0k10 = e0k9.fma(e0k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e0k11 = e0k10.fma(e0k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e0k12 = e0k11.fma(e0k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e0k13 = e0k12.fma(e0k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e0k14 = e0k13.fma(e0k3, DoubleVector.broadcast(DS, 0.5));
                final var e0k15 = e0k14.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k16 = e0k15.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k17 = e0k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e0k18 = e0k16.reinterpretAsLongs().add(e0k17).reinterpretAsDoubles();
                final DoubleVector e0 = ed0.mul(Double.POSITIVE_INFINITY).blend(e0k18, ed0.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed0.lt(-708.3964185322641));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, DoubleVector.broadcast(DS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v13, sev0_1).blend(sev0_1.fma(e0, v13), up0).blend(sev0_1, keep0);
                sev0_2 = e0.fma(v14, sev0_2).blend(sev0_2.fma(e0, v14), up0).blend(sev0_2, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
            }
            double mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            double sw0 = 0;
            double se0_0 = 0;
            double se0_1 = 0;
            double se0_2 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv0.lane(l);
                final double f = ml == mx0 ? 1 : Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
                se0_2 += sev0_2.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            st[3] = se0_1;
            st[4] = se0_2;
            smoothRowTail(soa0, y_, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void smoothRowTail(double[][] soa0, double[] y_, double[][] soa2, double g_,
                int r, int js, int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            double mx0 = st[0];
            double sw0 = st[1];
            double se0_0 = st[2];
            double se0_1 = st[3];
            double se0_2 = st[4];
            for (int j = bound; j < je; j++) {
                final double u0 = col0_0[j];
                final double u1 = col0_1[j];
                final double u12 = col2_0[j];
                final double u13 = col2_1[j];
                final double u14 = col2_2[j];
                final double u4_0 = u0 - t2_0;
                final double u5_0 = u1 - t3_0;
                final double u6_0 = u4_0 * u4_0;
                final double u7_0 = u5_0 * u5_0;
                final double u8_0 = u6_0 + u7_0;
                final double u9_0 = -u8_0;
                final double u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final double sc = Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    se0_1 = se0_1 * sc + u13;
                    se0_2 = se0_2 * sc + u14;
                    mx0 = u11_0;
                } else if (u11_0 != Double.NEGATIVE_INFINITY) {
                    final double e = u11_0 == mx0 ? 1 : Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                    se0_1 += e * u13;
                    se0_2 += e * u14;
                }
            }
            out[r * 3] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[r * 3 + 1] = sw0 == 0 ? 0 : se0_1 / sw0;
            out[r * 3 + 2] = sw0 == 0 ? 0 : se0_2 / sw0;
        }

        static void nearest(double[] x_, double[][] soa1, int r0, int r1, int js, int je,
                double[] out, int[] outIndex) {
            final double[] st = new double[4];
            final int[] ist = new int[4];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                nearestRows4(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                nearestRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void nearestRows4(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int[] outIndex, double[] st, int[] ist, double[] ln) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double[] col1_2 = soa1[2];
            final double t0_0 = x_[r * 3];
            final double t1_0 = x_[r * 3 + 1];
            final double t2_0 = x_[r * 3 + 2];
            final DoubleVector b0_0 = DoubleVector.broadcast(DS, t0_0);
            final DoubleVector b1_0 = DoubleVector.broadcast(DS, t1_0);
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final double t0_1 = x_[(r + 1) * 3];
            final double t1_1 = x_[(r + 1) * 3 + 1];
            final double t2_1 = x_[(r + 1) * 3 + 2];
            final DoubleVector b0_1 = DoubleVector.broadcast(DS, t0_1);
            final DoubleVector b1_1 = DoubleVector.broadcast(DS, t1_1);
            final DoubleVector b2_1 = DoubleVector.broadcast(DS, t2_1);
            final double t0_2 = x_[(r + 2) * 3];
            final double t1_2 = x_[(r + 2) * 3 + 1];
            final double t2_2 = x_[(r + 2) * 3 + 2];
            final DoubleVector b0_2 = DoubleVector.broadcast(DS, t0_2);
            final DoubleVector b1_2 = DoubleVector.broadcast(DS, t1_2);
            final DoubleVector b2_2 = DoubleVector.broadcast(DS, t2_2);
            final double t0_3 = x_[(r + 3) * 3];
            final double t1_3 = x_[(r + 3) * 3 + 1];
            final double t2_3 = x_[(r + 3) * 3 + 2];
            final DoubleVector b0_3 = DoubleVector.broadcast(DS, t0_3);
            final DoubleVector b1_3 = DoubleVector.broadcast(DS, t1_3);
            final DoubleVector b2_3 = DoubleVector.broadcast(DS, t2_3);
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
                final DoubleVector v3 = DoubleVector.fromArray(DS, col1_0, j);
                final DoubleVector v4 = DoubleVector.fromArray(DS, col1_1, j);
                final DoubleVector v5 = DoubleVector.fromArray(DS, col1_2, j);
                final DoubleVector v6_0 = b0_0.sub(v3);
                final DoubleVector v7_0 = b1_0.sub(v4);
                final DoubleVector v8_0 = b2_0.sub(v5);
                final DoubleVector v10_0 = v7_0.mul(v7_0);
                final DoubleVector v12_0 = v6_0.fma(v6_0, v10_0);
                final DoubleVector v13_0 = v8_0.fma(v8_0, v12_0);
                final DoubleVector v14_0 = v13_0.sqrt();
                final VectorMask<Double> mk0_0 = v14_0.compare(VectorOperators.LT, accv0_0).or(idxv0_0.lt(0).cast(DS).and(v14_0.eq(v14_0)));
                accv0_0 = accv0_0.blend(v14_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(DIS));
                final DoubleVector v6_1 = b0_1.sub(v3);
                final DoubleVector v7_1 = b1_1.sub(v4);
                final DoubleVector v8_1 = b2_1.sub(v5);
                final DoubleVector v10_1 = v7_1.mul(v7_1);
                final DoubleVector v12_1 = v6_1.fma(v6_1, v10_1);
                final DoubleVector v13_1 = v8_1.fma(v8_1, v12_1);
                final DoubleVector v14_1 = v13_1.sqrt();
                final VectorMask<Double> mk1_0 = v14_1.compare(VectorOperators.LT, accv1_0).or(idxv1_0.lt(0).cast(DS).and(v14_1.eq(v14_1)));
                accv1_0 = accv1_0.blend(v14_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(DIS));
                final DoubleVector v6_2 = b0_2.sub(v3);
                final DoubleVector v7_2 = b1_2.sub(v4);
                final DoubleVector v8_2 = b2_2.sub(v5);
                final DoubleVector v10_2 = v7_2.mul(v7_2);
                final DoubleVector v12_2 = v6_2.fma(v6_2, v10_2);
                final DoubleVector v13_2 = v8_2.fma(v8_2, v12_2);
                final DoubleVector v14_2 = v13_2.sqrt();
                final VectorMask<Double> mk2_0 = v14_2.compare(VectorOperators.LT, accv2_0).or(idxv2_0.lt(0).cast(DS).and(v14_2.eq(v14_2)));
                accv2_0 = accv2_0.blend(v14_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(DIS));
                final DoubleVector v6_3 = b0_3.sub(v3);
                final DoubleVector v7_3 = b1_3.sub(v4);
                final DoubleVector v8_3 = b2_3.sub(v5);
                final DoubleVector v10_3 = v7_3.mul(v7_3);
                final DoubleVector v12_3 = v6_3.fma(v6_3, v10_3);
                final DoubleVector v13_3 = v8_3.fma(v8_3, v12_3);
                final DoubleVector v14_3 = v13_3.sqrt();
                final VectorMask<Double> mk3_0 = v14_3.compare(VectorOperators.LT, accv3_0).or(idxv3_0.lt(0).cast(DS).and(v14_3.eq(v14_3)));
                accv3_0 = accv3_0.blend(v14_3, mk3_0);
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
            nearestRows4Tail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void nearestRows4Tail(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double[] col1_2 = soa1[2];
            final double t0_0 = x_[r * 3];
            final double t1_0 = x_[r * 3 + 1];
            final double t2_0 = x_[r * 3 + 2];
            final double t0_1 = x_[(r + 1) * 3];
            final double t1_1 = x_[(r + 1) * 3 + 1];
            final double t2_1 = x_[(r + 1) * 3 + 2];
            final double t0_2 = x_[(r + 2) * 3];
            final double t1_2 = x_[(r + 2) * 3 + 1];
            final double t2_2 = x_[(r + 2) * 3 + 2];
            final double t0_3 = x_[(r + 3) * 3];
            final double t1_3 = x_[(r + 3) * 3 + 1];
            final double t2_3 = x_[(r + 3) * 3 + 2];
            double acc0_0 = st[0];
            int idx0_0 = ist[0];
            double acc1_0 = st[1];
            int idx1_0 = ist[1];
            double acc2_0 = st[2];
            int idx2_0 = ist[2];
            double acc3_0 = st[3];
            int idx3_0 = ist[3];
            for (int j = bound; j < je; j++) {
                final double u3 = col1_0[j];
                final double u4 = col1_1[j];
                final double u5 = col1_2[j];
                final double u6_0 = t0_0 - u3;
                final double u7_0 = t1_0 - u4;
                final double u8_0 = t2_0 - u5;
                final double u9_0 = u6_0 * u6_0;
                final double u10_0 = u7_0 * u7_0;
                final double u11_0 = u8_0 * u8_0;
                final double u12_0 = u9_0 + u10_0;
                final double u13_0 = u12_0 + u11_0;
                final double u14_0 = Math.sqrt(u13_0);
                if (u14_0 < acc0_0 || (idx0_0 < 0 && u14_0 == u14_0)) {
                    acc0_0 = u14_0;
                    idx0_0 = j;
                }
                final double u6_1 = t0_1 - u3;
                final double u7_1 = t1_1 - u4;
                final double u8_1 = t2_1 - u5;
                final double u9_1 = u6_1 * u6_1;
                final double u10_1 = u7_1 * u7_1;
                final double u11_1 = u8_1 * u8_1;
                final double u12_1 = u9_1 + u10_1;
                final double u13_1 = u12_1 + u11_1;
                final double u14_1 = Math.sqrt(u13_1);
                if (u14_1 < acc1_0 || (idx1_0 < 0 && u14_1 == u14_1)) {
                    acc1_0 = u14_1;
                    idx1_0 = j;
                }
                final double u6_2 = t0_2 - u3;
                final double u7_2 = t1_2 - u4;
                final double u8_2 = t2_2 - u5;
                final double u9_2 = u6_2 * u6_2;
                final double u10_2 = u7_2 * u7_2;
                final double u11_2 = u8_2 * u8_2;
                final double u12_2 = u9_2 + u10_2;
                final double u13_2 = u12_2 + u11_2;
                final double u14_2 = Math.sqrt(u13_2);
                if (u14_2 < acc2_0 || (idx2_0 < 0 && u14_2 == u14_2)) {
                    acc2_0 = u14_2;
                    idx2_0 = j;
                }
                final double u6_3 = t0_3 - u3;
                final double u7_3 = t1_3 - u4;
                final double u8_3 = t2_3 - u5;
                final double u9_3 = u6_3 * u6_3;
                final double u10_3 = u7_3 * u7_3;
                final double u11_3 = u8_3 * u8_3;
                final double u12_3 = u9_3 + u10_3;
                final double u13_3 = u12_3 + u11_3;
                final double u14_3 = Math.sqrt(u13_3);
                if (u14_3 < acc3_0 || (idx3_0 < 0 && u14_3 == u14_3)) {
                    acc3_0 = u14_3;
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
        private static void nearestRow(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int[] outIndex, double[] st, int[] ist, double[] ln) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double[] col1_2 = soa1[2];
            final double t0_0 = x_[r * 3];
            final double t1_0 = x_[r * 3 + 1];
            final double t2_0 = x_[r * 3 + 2];
            final DoubleVector b0_0 = DoubleVector.broadcast(DS, t0_0);
            final DoubleVector b1_0 = DoubleVector.broadcast(DS, t1_0);
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            DoubleVector accv0_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(DIS, -1);
            final IntVector iota = IntVector.zero(DIS).addIndex(1);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final IntVector jv = iota.add(j);
                final DoubleVector v3 = DoubleVector.fromArray(DS, col1_0, j);
                final DoubleVector v4 = DoubleVector.fromArray(DS, col1_1, j);
                final DoubleVector v5 = DoubleVector.fromArray(DS, col1_2, j);
                final DoubleVector v6_0 = b0_0.sub(v3);
                final DoubleVector v7_0 = b1_0.sub(v4);
                final DoubleVector v8_0 = b2_0.sub(v5);
                final DoubleVector v10_0 = v7_0.mul(v7_0);
                final DoubleVector v12_0 = v6_0.fma(v6_0, v10_0);
                final DoubleVector v13_0 = v8_0.fma(v8_0, v12_0);
                final DoubleVector v14_0 = v13_0.sqrt();
                final VectorMask<Double> mk0_0 = v14_0.compare(VectorOperators.LT, accv0_0).or(idxv0_0.lt(0).cast(DS).and(v14_0.eq(v14_0)));
                accv0_0 = accv0_0.blend(v14_0, mk0_0);
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
            nearestRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void nearestRowTail(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double[] col1_2 = soa1[2];
            final double t0_0 = x_[r * 3];
            final double t1_0 = x_[r * 3 + 1];
            final double t2_0 = x_[r * 3 + 2];
            double acc0_0 = st[0];
            int idx0_0 = ist[0];
            for (int j = bound; j < je; j++) {
                final double u3 = col1_0[j];
                final double u4 = col1_1[j];
                final double u5 = col1_2[j];
                final double u6_0 = t0_0 - u3;
                final double u7_0 = t1_0 - u4;
                final double u8_0 = t2_0 - u5;
                final double u9_0 = u6_0 * u6_0;
                final double u10_0 = u7_0 * u7_0;
                final double u11_0 = u8_0 * u8_0;
                final double u12_0 = u9_0 + u10_0;
                final double u13_0 = u12_0 + u11_0;
                final double u14_0 = Math.sqrt(u13_0);
                if (u14_0 < acc0_0 || (idx0_0 < 0 && u14_0 == u14_0)) {
                    acc0_0 = u14_0;
                    idx0_0 = j;
                }
            }
            out[r] = acc0_0;
            outIndex[r] = idx0_0;
        }

        static void apply(float[] A_, float[] x_, float[][] soa2, int r0, int r1, int js, int je,
                float[] out) {
            final double[] st = new double[12];
            final int[] ist = new int[0];
            final float[] ln = new float[6 * FS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                applyRows2(A_, x_, soa2, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                applyRow(A_, x_, soa2, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void applyRows2(float[] A_, float[] x_, float[][] soa2, int r, int js,
                int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float t0 = A_[0];
            final float t1 = A_[1];
            final float t2 = A_[2];
            final float t3 = A_[3];
            final float t4 = A_[4];
            final float t5 = A_[5];
            final float t6 = A_[6];
            final float t7 = A_[7];
            final float t8 = A_[8];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float[] col2_2 = soa2[2];
            final FloatVector b0 = FloatVector.broadcast(FS, t0);
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final FloatVector b2 = FloatVector.broadcast(FS, t2);
            final FloatVector b3 = FloatVector.broadcast(FS, t3);
            final FloatVector b4 = FloatVector.broadcast(FS, t4);
            final FloatVector b5 = FloatVector.broadcast(FS, t5);
            final FloatVector b6 = FloatVector.broadcast(FS, t6);
            final FloatVector b7 = FloatVector.broadcast(FS, t7);
            final FloatVector b8 = FloatVector.broadcast(FS, t8);
            final float t9_0 = x_[r * 3];
            final float t10_0 = x_[r * 3 + 1];
            final float t11_0 = x_[r * 3 + 2];
            final FloatVector b9_0 = FloatVector.broadcast(FS, t9_0);
            final FloatVector b10_0 = FloatVector.broadcast(FS, t10_0);
            final FloatVector b11_0 = FloatVector.broadcast(FS, t11_0);
            final float t9_1 = x_[(r + 1) * 3];
            final float t10_1 = x_[(r + 1) * 3 + 1];
            final float t11_1 = x_[(r + 1) * 3 + 2];
            final FloatVector b9_1 = FloatVector.broadcast(FS, t9_1);
            final FloatVector b10_1 = FloatVector.broadcast(FS, t10_1);
            final FloatVector b11_1 = FloatVector.broadcast(FS, t11_1);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector cmpv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            FloatVector cmpv0_1 = FloatVector.zero(FS);
            FloatVector accv0_2 = FloatVector.zero(FS);
            FloatVector cmpv0_2 = FloatVector.zero(FS);
            FloatVector accv1_0 = FloatVector.zero(FS);
            FloatVector cmpv1_0 = FloatVector.zero(FS);
            FloatVector accv1_1 = FloatVector.zero(FS);
            FloatVector cmpv1_1 = FloatVector.zero(FS);
            FloatVector accv1_2 = FloatVector.zero(FS);
            FloatVector cmpv1_2 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v13 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v14 = FloatVector.fromArray(FS, col2_2, j);
                final FloatVector v15_0 = b9_0.sub(v12);
                final FloatVector v16_0 = b10_0.sub(v13);
                final FloatVector v17_0 = b11_0.sub(v14);
                final FloatVector v19_0 = b1.mul(v16_0);
                final FloatVector v21_0 = b0.fma(v15_0, v19_0);
                final FloatVector v22_0 = b2.fma(v17_0, v21_0);
                final FloatVector v24_0 = b4.mul(v16_0);
                final FloatVector v26_0 = b3.fma(v15_0, v24_0);
                final FloatVector v27_0 = b5.fma(v17_0, v26_0);
                final FloatVector v29_0 = b7.mul(v16_0);
                final FloatVector v31_0 = b6.fma(v15_0, v29_0);
                final FloatVector v32_0 = b8.fma(v17_0, v31_0);
                final FloatVector ky0_0 = v22_0.sub(cmpv0_0);
                final FloatVector kt0_0 = accv0_0.add(ky0_0);
                cmpv0_0 = FloatVector.zero(FS).blend(kt0_0.sub(accv0_0).sub(ky0_0), kt0_0.test(VectorOperators.IS_FINITE));
                accv0_0 = kt0_0;
                final FloatVector ky0_1 = v27_0.sub(cmpv0_1);
                final FloatVector kt0_1 = accv0_1.add(ky0_1);
                cmpv0_1 = FloatVector.zero(FS).blend(kt0_1.sub(accv0_1).sub(ky0_1), kt0_1.test(VectorOperators.IS_FINITE));
                accv0_1 = kt0_1;
                final FloatVector ky0_2 = v32_0.sub(cmpv0_2);
                final FloatVector kt0_2 = accv0_2.add(ky0_2);
                cmpv0_2 = FloatVector.zero(FS).blend(kt0_2.sub(accv0_2).sub(ky0_2), kt0_2.test(VectorOperators.IS_FINITE));
                accv0_2 = kt0_2;
                final FloatVector v15_1 = b9_1.sub(v12);
                final FloatVector v16_1 = b10_1.sub(v13);
                final FloatVector v17_1 = b11_1.sub(v14);
                final FloatVector v19_1 = b1.mul(v16_1);
                final FloatVector v21_1 = b0.fma(v15_1, v19_1);
                final FloatVector v22_1 = b2.fma(v17_1, v21_1);
                final FloatVector v24_1 = b4.mul(v16_1);
                final FloatVector v26_1 = b3.fma(v15_1, v24_1);
                final FloatVector v27_1 = b5.fma(v17_1, v26_1);
                final FloatVector v29_1 = b7.mul(v16_1);
                final FloatVector v31_1 = b6.fma(v15_1, v29_1);
                final FloatVector v32_1 = b8.fma(v17_1, v31_1);
                final FloatVector ky1_0 = v22_1.sub(cmpv1_0);
                final FloatVector kt1_0 = accv1_0.add(ky1_0);
                cmpv1_0 = FloatVector.zero(FS).blend(kt1_0.sub(accv1_0).sub(ky1_0), kt1_0.test(VectorOperators.IS_FINITE));
                accv1_0 = kt1_0;
                final FloatVector ky1_1 = v27_1.sub(cmpv1_1);
                final FloatVector kt1_1 = accv1_1.add(ky1_1);
                cmpv1_1 = FloatVector.zero(FS).blend(kt1_1.sub(accv1_1).sub(ky1_1), kt1_1.test(VectorOperators.IS_FINITE));
                accv1_1 = kt1_1;
                final FloatVector ky1_2 = v32_1.sub(cmpv1_2);
                final FloatVector kt1_2 = accv1_2.add(ky1_2);
                cmpv1_2 = FloatVector.zero(FS).blend(kt1_2.sub(accv1_2).sub(ky1_2), kt1_2.test(VectorOperators.IS_FINITE));
                accv1_2 = kt1_2;
            }
            accv0_0.intoArray(ln, 0);
            cmpv0_0.neg().intoArray(ln, FS.length());
            accv0_1.intoArray(ln, 2 * FS.length());
            cmpv0_1.neg().intoArray(ln, 3 * FS.length());
            accv0_2.intoArray(ln, 4 * FS.length());
            cmpv0_2.neg().intoArray(ln, 5 * FS.length());
            for (int part = 0; part < 6 * FS.length(); part += 2 * FS.length()) {
                float laneSum = 0;
                float laneCmp = 0;
                for (int term = part; term < part + 2 * FS.length(); term++) {
                    final float ky = ln[term] - laneCmp;
                    final float kt = laneSum + ky;
                    laneCmp = Float.isFinite(kt) ? (kt - laneSum) - ky : 0;
                    laneSum = kt;
                }
                ln[part] = laneSum;
                ln[part + 1] = laneCmp;
            }
            float acc0_0 = ln[0];
            float cmp0_0 = ln[1];
            float acc0_1 = ln[2 * FS.length()];
            float cmp0_1 = ln[2 * FS.length() + 1];
            float acc0_2 = ln[4 * FS.length()];
            float cmp0_2 = ln[4 * FS.length() + 1];
            accv1_0.intoArray(ln, 0);
            cmpv1_0.neg().intoArray(ln, FS.length());
            accv1_1.intoArray(ln, 2 * FS.length());
            cmpv1_1.neg().intoArray(ln, 3 * FS.length());
            accv1_2.intoArray(ln, 4 * FS.length());
            cmpv1_2.neg().intoArray(ln, 5 * FS.length());
            for (int part = 0; part < 6 * FS.length(); part += 2 * FS.length()) {
                float laneSum = 0;
                float laneCmp = 0;
                for (int term = part; term < part + 2 * FS.length(); term++) {
                    final float ky = ln[term] - laneCmp;
                    final float kt = laneSum + ky;
                    laneCmp = Float.isFinite(kt) ? (kt - laneSum) - ky : 0;
                    laneSum = kt;
                }
                ln[part] = laneSum;
                ln[part + 1] = laneCmp;
            }
            float acc1_0 = ln[0];
            float cmp1_0 = ln[1];
            float acc1_1 = ln[2 * FS.length()];
            float cmp1_1 = ln[2 * FS.length() + 1];
            float acc1_2 = ln[4 * FS.length()];
            float cmp1_2 = ln[4 * FS.length() + 1];
            st[0] = acc0_0;
            st[1] = cmp0_0;
            st[2] = acc0_1;
            st[3] = cmp0_1;
            st[4] = acc0_2;
            st[5] = cmp0_2;
            st[6] = acc1_0;
            st[7] = cmp1_0;
            st[8] = acc1_1;
            st[9] = cmp1_1;
            st[10] = acc1_2;
            st[11] = cmp1_2;
            applyRows2Tail(A_, x_, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void applyRows2Tail(float[] A_, float[] x_, float[][] soa2, int r, int js,
                int je, float[] out, int bound, double[] st, int[] ist) {
            final float t0 = A_[0];
            final float t1 = A_[1];
            final float t2 = A_[2];
            final float t3 = A_[3];
            final float t4 = A_[4];
            final float t5 = A_[5];
            final float t6 = A_[6];
            final float t7 = A_[7];
            final float t8 = A_[8];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float[] col2_2 = soa2[2];
            final float t9_0 = x_[r * 3];
            final float t10_0 = x_[r * 3 + 1];
            final float t11_0 = x_[r * 3 + 2];
            final float t9_1 = x_[(r + 1) * 3];
            final float t10_1 = x_[(r + 1) * 3 + 1];
            final float t11_1 = x_[(r + 1) * 3 + 2];
            float acc0_0 = (float) st[0];
            float cmp0_0 = (float) st[1];
            float acc0_1 = (float) st[2];
            float cmp0_1 = (float) st[3];
            float acc0_2 = (float) st[4];
            float cmp0_2 = (float) st[5];
            float acc1_0 = (float) st[6];
            float cmp1_0 = (float) st[7];
            float acc1_1 = (float) st[8];
            float cmp1_1 = (float) st[9];
            float acc1_2 = (float) st[10];
            float cmp1_2 = (float) st[11];
            for (int j = bound; j < je; j++) {
                final float u12 = col2_0[j];
                final float u13 = col2_1[j];
                final float u14 = col2_2[j];
                final float u15_0 = t9_0 - u12;
                final float u16_0 = t10_0 - u13;
                final float u17_0 = t11_0 - u14;
                final float u18_0 = t0 * u15_0;
                final float u19_0 = t1 * u16_0;
                final float u20_0 = t2 * u17_0;
                final float u21_0 = u18_0 + u19_0;
                final float u22_0 = u21_0 + u20_0;
                final float u23_0 = t3 * u15_0;
                final float u24_0 = t4 * u16_0;
                final float u25_0 = t5 * u17_0;
                final float u26_0 = u23_0 + u24_0;
                final float u27_0 = u26_0 + u25_0;
                final float u28_0 = t6 * u15_0;
                final float u29_0 = t7 * u16_0;
                final float u30_0 = t8 * u17_0;
                final float u31_0 = u28_0 + u29_0;
                final float u32_0 = u31_0 + u30_0;
                final float ky0_0 = u22_0 - cmp0_0;
                final float kt0_0 = acc0_0 + ky0_0;
                cmp0_0 = Float.isFinite(kt0_0) ? (kt0_0 - acc0_0) - ky0_0 : 0;
                acc0_0 = kt0_0;
                final float ky0_1 = u27_0 - cmp0_1;
                final float kt0_1 = acc0_1 + ky0_1;
                cmp0_1 = Float.isFinite(kt0_1) ? (kt0_1 - acc0_1) - ky0_1 : 0;
                acc0_1 = kt0_1;
                final float ky0_2 = u32_0 - cmp0_2;
                final float kt0_2 = acc0_2 + ky0_2;
                cmp0_2 = Float.isFinite(kt0_2) ? (kt0_2 - acc0_2) - ky0_2 : 0;
                acc0_2 = kt0_2;
                final float u15_1 = t9_1 - u12;
                final float u16_1 = t10_1 - u13;
                final float u17_1 = t11_1 - u14;
                final float u18_1 = t0 * u15_1;
                final float u19_1 = t1 * u16_1;
                final float u20_1 = t2 * u17_1;
                final float u21_1 = u18_1 + u19_1;
                final float u22_1 = u21_1 + u20_1;
                final float u23_1 = t3 * u15_1;
                final float u24_1 = t4 * u16_1;
                final float u25_1 = t5 * u17_1;
                final float u26_1 = u23_1 + u24_1;
                final float u27_1 = u26_1 + u25_1;
                final float u28_1 = t6 * u15_1;
                final float u29_1 = t7 * u16_1;
                final float u30_1 = t8 * u17_1;
                final float u31_1 = u28_1 + u29_1;
                final float u32_1 = u31_1 + u30_1;
                final float ky1_0 = u22_1 - cmp1_0;
                final float kt1_0 = acc1_0 + ky1_0;
                cmp1_0 = Float.isFinite(kt1_0) ? (kt1_0 - acc1_0) - ky1_0 : 0;
                acc1_0 = kt1_0;
                final float ky1_1 = u27_1 - cmp1_1;
                final float kt1_1 = acc1_1 + ky1_1;
                cmp1_1 = Float.isFinite(kt1_1) ? (kt1_1 - acc1_1) - ky1_1 : 0;
                acc1_1 = kt1_1;
                final float ky1_2 = u32_1 - cmp1_2;
                final float kt1_2 = acc1_2 + ky1_2;
                cmp1_2 = Float.isFinite(kt1_2) ? (kt1_2 - acc1_2) - ky1_2 : 0;
                acc1_2 = kt1_2;
            }
            out[r * 3] = acc0_0;
            out[r * 3 + 1] = acc0_1;
            out[r * 3 + 2] = acc0_2;
            out[(r + 1) * 3] = acc1_0;
            out[(r + 1) * 3 + 1] = acc1_1;
            out[(r + 1) * 3 + 2] = acc1_2;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void applyRow(float[] A_, float[] x_, float[][] soa2, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float t0 = A_[0];
            final float t1 = A_[1];
            final float t2 = A_[2];
            final float t3 = A_[3];
            final float t4 = A_[4];
            final float t5 = A_[5];
            final float t6 = A_[6];
            final float t7 = A_[7];
            final float t8 = A_[8];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float[] col2_2 = soa2[2];
            final FloatVector b0 = FloatVector.broadcast(FS, t0);
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final FloatVector b2 = FloatVector.broadcast(FS, t2);
            final FloatVector b3 = FloatVector.broadcast(FS, t3);
            final FloatVector b4 = FloatVector.broadcast(FS, t4);
            final FloatVector b5 = FloatVector.broadcast(FS, t5);
            final FloatVector b6 = FloatVector.broadcast(FS, t6);
            final FloatVector b7 = FloatVector.broadcast(FS, t7);
            final FloatVector b8 = FloatVector.broadcast(FS, t8);
            final float t9_0 = x_[r * 3];
            final float t10_0 = x_[r * 3 + 1];
            final float t11_0 = x_[r * 3 + 2];
            final FloatVector b9_0 = FloatVector.broadcast(FS, t9_0);
            final FloatVector b10_0 = FloatVector.broadcast(FS, t10_0);
            final FloatVector b11_0 = FloatVector.broadcast(FS, t11_0);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector cmpv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            FloatVector cmpv0_1 = FloatVector.zero(FS);
            FloatVector accv0_2 = FloatVector.zero(FS);
            FloatVector cmpv0_2 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v13 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v14 = FloatVector.fromArray(FS, col2_2, j);
                final FloatVector v15_0 = b9_0.sub(v12);
                final FloatVector v16_0 = b10_0.sub(v13);
                final FloatVector v17_0 = b11_0.sub(v14);
                final FloatVector v19_0 = b1.mul(v16_0);
                final FloatVector v21_0 = b0.fma(v15_0, v19_0);
                final FloatVector v22_0 = b2.fma(v17_0, v21_0);
                final FloatVector v24_0 = b4.mul(v16_0);
                final FloatVector v26_0 = b3.fma(v15_0, v24_0);
                final FloatVector v27_0 = b5.fma(v17_0, v26_0);
                final FloatVector v29_0 = b7.mul(v16_0);
                final FloatVector v31_0 = b6.fma(v15_0, v29_0);
                final FloatVector v32_0 = b8.fma(v17_0, v31_0);
                final FloatVector ky0_0 = v22_0.sub(cmpv0_0);
                final FloatVector kt0_0 = accv0_0.add(ky0_0);
                cmpv0_0 = FloatVector.zero(FS).blend(kt0_0.sub(accv0_0).sub(ky0_0), kt0_0.test(VectorOperators.IS_FINITE));
                accv0_0 = kt0_0;
                final FloatVector ky0_1 = v27_0.sub(cmpv0_1);
                final FloatVector kt0_1 = accv0_1.add(ky0_1);
                cmpv0_1 = FloatVector.zero(FS).blend(kt0_1.sub(accv0_1).sub(ky0_1), kt0_1.test(VectorOperators.IS_FINITE));
                accv0_1 = kt0_1;
                final FloatVector ky0_2 = v32_0.sub(cmpv0_2);
                final FloatVector kt0_2 = accv0_2.add(ky0_2);
                cmpv0_2 = FloatVector.zero(FS).blend(kt0_2.sub(accv0_2).sub(ky0_2), kt0_2.test(VectorOperators.IS_FINITE));
                accv0_2 = kt0_2;
            }
            accv0_0.intoArray(ln, 0);
            cmpv0_0.neg().intoArray(ln, FS.length());
            accv0_1.intoArray(ln, 2 * FS.length());
            cmpv0_1.neg().intoArray(ln, 3 * FS.length());
            accv0_2.intoArray(ln, 4 * FS.length());
            cmpv0_2.neg().intoArray(ln, 5 * FS.length());
            for (int part = 0; part < 6 * FS.length(); part += 2 * FS.length()) {
                float laneSum = 0;
                float laneCmp = 0;
                for (int term = part; term < part + 2 * FS.length(); term++) {
                    final float ky = ln[term] - laneCmp;
                    final float kt = laneSum + ky;
                    laneCmp = Float.isFinite(kt) ? (kt - laneSum) - ky : 0;
                    laneSum = kt;
                }
                ln[part] = laneSum;
                ln[part + 1] = laneCmp;
            }
            float acc0_0 = ln[0];
            float cmp0_0 = ln[1];
            float acc0_1 = ln[2 * FS.length()];
            float cmp0_1 = ln[2 * FS.length() + 1];
            float acc0_2 = ln[4 * FS.length()];
            float cmp0_2 = ln[4 * FS.length() + 1];
            st[0] = acc0_0;
            st[1] = cmp0_0;
            st[2] = acc0_1;
            st[3] = cmp0_1;
            st[4] = acc0_2;
            st[5] = cmp0_2;
            applyRowTail(A_, x_, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void applyRowTail(float[] A_, float[] x_, float[][] soa2, int r, int js,
                int je, float[] out, int bound, double[] st, int[] ist) {
            final float t0 = A_[0];
            final float t1 = A_[1];
            final float t2 = A_[2];
            final float t3 = A_[3];
            final float t4 = A_[4];
            final float t5 = A_[5];
            final float t6 = A_[6];
            final float t7 = A_[7];
            final float t8 = A_[8];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float[] col2_2 = soa2[2];
            final float t9_0 = x_[r * 3];
            final float t10_0 = x_[r * 3 + 1];
            final float t11_0 = x_[r * 3 + 2];
            float acc0_0 = (float) st[0];
            float cmp0_0 = (float) st[1];
            float acc0_1 = (float) st[2];
            float cmp0_1 = (float) st[3];
            float acc0_2 = (float) st[4];
            float cmp0_2 = (float) st[5];
            for (int j = bound; j < je; j++) {
                final float u12 = col2_0[j];
                final float u13 = col2_1[j];
                final float u14 = col2_2[j];
                final float u15_0 = t9_0 - u12;
                final float u16_0 = t10_0 - u13;
                final float u17_0 = t11_0 - u14;
                final float u18_0 = t0 * u15_0;
                final float u19_0 = t1 * u16_0;
                final float u20_0 = t2 * u17_0;
                final float u21_0 = u18_0 + u19_0;
                final float u22_0 = u21_0 + u20_0;
                final float u23_0 = t3 * u15_0;
                final float u24_0 = t4 * u16_0;
                final float u25_0 = t5 * u17_0;
                final float u26_0 = u23_0 + u24_0;
                final float u27_0 = u26_0 + u25_0;
                final float u28_0 = t6 * u15_0;
                final float u29_0 = t7 * u16_0;
                final float u30_0 = t8 * u17_0;
                final float u31_0 = u28_0 + u29_0;
                final float u32_0 = u31_0 + u30_0;
                final float ky0_0 = u22_0 - cmp0_0;
                final float kt0_0 = acc0_0 + ky0_0;
                cmp0_0 = Float.isFinite(kt0_0) ? (kt0_0 - acc0_0) - ky0_0 : 0;
                acc0_0 = kt0_0;
                final float ky0_1 = u27_0 - cmp0_1;
                final float kt0_1 = acc0_1 + ky0_1;
                cmp0_1 = Float.isFinite(kt0_1) ? (kt0_1 - acc0_1) - ky0_1 : 0;
                acc0_1 = kt0_1;
                final float ky0_2 = u32_0 - cmp0_2;
                final float kt0_2 = acc0_2 + ky0_2;
                cmp0_2 = Float.isFinite(kt0_2) ? (kt0_2 - acc0_2) - ky0_2 : 0;
                acc0_2 = kt0_2;
            }
            out[r * 3] = acc0_0;
            out[r * 3 + 1] = acc0_1;
            out[r * 3 + 2] = acc0_2;
        }

        static void smooth$part(double[][] soa0, double[] y_, double[][] soa2, double g_, int r0,
                int r1, int js, int je, double[] out) {
            final double[] st = new double[10];
            final int[] ist = new int[0];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                smooth$partRows2(soa0, y_, soa2, g_, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                smooth$partRow(soa0, y_, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void smooth$partRows2(double[][] soa0, double[] y_, double[][] soa2,
                double g_, int r, int js, int je, double[] out, double[] st, int[] ist,
                double[] ln) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final DoubleVector b10 = DoubleVector.broadcast(DS, g_);
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            final double t2_1 = y_[(r + 1) * 2];
            final double t3_1 = y_[(r + 1) * 2 + 1];
            final DoubleVector b2_1 = DoubleVector.broadcast(DS, t2_1);
            final DoubleVector b3_1 = DoubleVector.broadcast(DS, t3_1);
            DoubleVector mxv0 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector swv0 = DoubleVector.zero(DS);
            DoubleVector sev0_0 = DoubleVector.zero(DS);
            DoubleVector sev0_1 = DoubleVector.zero(DS);
            DoubleVector sev0_2 = DoubleVector.zero(DS);
            DoubleVector mxv1 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector swv1 = DoubleVector.zero(DS);
            DoubleVector sev1_0 = DoubleVector.zero(DS);
            DoubleVector sev1_1 = DoubleVector.zero(DS);
            DoubleVector sev1_2 = DoubleVector.zero(DS);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final DoubleVector v0 = DoubleVector.fromArray(DS, col0_0, j);
                final DoubleVector v1 = DoubleVector.fromArray(DS, col0_1, j);
                final DoubleVector v12 = DoubleVector.fromArray(DS, col2_0, j);
                final DoubleVector v13 = DoubleVector.fromArray(DS, col2_1, j);
                final DoubleVector v14 = DoubleVector.fromArray(DS, col2_2, j);
                final DoubleVector v4_0 = v0.sub(b2_0);
                final DoubleVector v5_0 = v1.sub(b3_0);
                final DoubleVector v7_0 = v5_0.mul(v5_0);
                final DoubleVector v8_0 = v4_0.fma(v4_0, v7_0);
                final DoubleVector v9_0 = v8_0.neg();
                final DoubleVector v11_0 = v9_0.mul(b10);
                final VectorMask<Double> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Double> keep0 = v11_0.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.4426950408889634, 6.755399441055744E15);
                final var e0k1 = e0k0.sub(6.755399441055744E15);
                final var e0k2 = e0k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed0);
                final var e0k3 = e0k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e0k2);
                final var e0k4 = e0k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e0k5 = e0k4.fma(e0k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e0k6 = e0k5.fma(e0k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e0k7 = e0k6.fma(e0k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e0k8 = e0k7.fma(e0k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e0k9 = e0k8.fma(e0k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e0k10 = e0k9.fma(e0k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e0k11 = e0k10.fma(e0k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e0k12 = e0k11.fma(e0k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e0k13 = e0k12.fma(e0k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e0k14 = e0k13.fma(e0k3, DoubleVector.broadcast(DS, 0.5));
                final var e0k15 = e0k14.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k16 = e0k15.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k17 = e0k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e0k18 = e0k16.reinterpretAsLongs().add(e0k17).reinterpretAsDoubles();
                final DoubleVector e0 = ed0.mul(Double.POSITIVE_INFINITY).blend(e0k18, ed0.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed0.lt(-708.3964185322641));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, DoubleVector.broadcast(DS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v13, sev0_1).blend(sev0_1.fma(e0, v13), up0).blend(sev0_1, keep0);
                sev0_2 = e0.fma(v14, sev0_2).blend(sev0_2.fma(e0, v14), up0).blend(sev0_2, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
                final DoubleVector v4_1 = v0.sub(b2_1);
                final DoubleVector v5_1 = v1.sub(b3_1);
                final DoubleVector v7_1 = v5_1.mul(v5_1);
                final DoubleVector v8_1 = v4_1.fma(v4_1, v7_1);
                final DoubleVector v9_1 = v8_1.neg();
                final DoubleVector v11_1 = v9_1.mul(b10);
                final VectorMask<Double> up1 = v11_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Double> keep1 = v11_1.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed1 = v11_1.min(mxv1).sub(v11_1.max(mxv1)).blend(0, v11_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.4426950408889634, 6.755399441055744E15);
                final var e1k1 = e1k0.sub(6.755399441055744E15);
                final var e1k2 = e1k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed1);
                final var e1k3 = e1k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e1k2);
                final var e1k4 = e1k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e1k5 = e1k4.fma(e1k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e1k6 = e1k5.fma(e1k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e1k7 = e1k6.fma(e1k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e1k8 = e1k7.fma(e1k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e1k9 = e1k8.fma(e1k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e1k10 = e1k9.fma(e1k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e1k11 = e1k10.fma(e1k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e1k12 = e1k11.fma(e1k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e1k13 = e1k12.fma(e1k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e1k14 = e1k13.fma(e1k3, DoubleVector.broadcast(DS, 0.5));
                final var e1k15 = e1k14.fma(e1k3, DoubleVector.broadcast(DS, 1.0));
                final var e1k16 = e1k15.fma(e1k3, DoubleVector.broadcast(DS, 1.0));
                final var e1k17 = e1k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e1k18 = e1k16.reinterpretAsLongs().add(e1k17).reinterpretAsDoubles();
                final DoubleVector e1 = ed1.mul(Double.POSITIVE_INFINITY).blend(e1k18, ed1.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed1.lt(-708.3964185322641));
                swv1 = swv1.add(e1).blend(swv1.fma(e1, DoubleVector.broadcast(DS, 1)), up1).blend(swv1, keep1);
                sev1_0 = e1.fma(v12, sev1_0).blend(sev1_0.fma(e1, v12), up1).blend(sev1_0, keep1);
                sev1_1 = e1.fma(v13, sev1_1).blend(sev1_1.fma(e1, v13), up1).blend(sev1_1, keep1);
                sev1_2 = e1.fma(v14, sev1_2).blend(sev1_2.fma(e1, v14), up1).blend(sev1_2, keep1);
                mxv1 = mxv1.blend(v11_1, up1);
            }
            double mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            double sw0 = 0;
            double se0_0 = 0;
            double se0_1 = 0;
            double se0_2 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv0.lane(l);
                final double f = ml == mx0 ? 1 : Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
                se0_2 += sev0_2.lane(l) * f;
            }
            double mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            double sw1 = 0;
            double se1_0 = 0;
            double se1_1 = 0;
            double se1_2 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv1.lane(l);
                final double f = ml == mx1 ? 1 : Math.exp(ml - mx1);
                sw1 += swv1.lane(l) * f;
                se1_0 += sev1_0.lane(l) * f;
                se1_1 += sev1_1.lane(l) * f;
                se1_2 += sev1_2.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            st[3] = se0_1;
            st[4] = se0_2;
            st[5] = mx1;
            st[6] = sw1;
            st[7] = se1_0;
            st[8] = se1_1;
            st[9] = se1_2;
            smooth$partRows2Tail(soa0, y_, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void smooth$partRows2Tail(double[][] soa0, double[] y_, double[][] soa2,
                double g_, int r, int js, int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            final double t2_1 = y_[(r + 1) * 2];
            final double t3_1 = y_[(r + 1) * 2 + 1];
            double mx0 = st[0];
            double sw0 = st[1];
            double se0_0 = st[2];
            double se0_1 = st[3];
            double se0_2 = st[4];
            double mx1 = st[5];
            double sw1 = st[6];
            double se1_0 = st[7];
            double se1_1 = st[8];
            double se1_2 = st[9];
            for (int j = bound; j < je; j++) {
                final double u0 = col0_0[j];
                final double u1 = col0_1[j];
                final double u12 = col2_0[j];
                final double u13 = col2_1[j];
                final double u14 = col2_2[j];
                final double u4_0 = u0 - t2_0;
                final double u5_0 = u1 - t3_0;
                final double u6_0 = u4_0 * u4_0;
                final double u7_0 = u5_0 * u5_0;
                final double u8_0 = u6_0 + u7_0;
                final double u9_0 = -u8_0;
                final double u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final double sc = Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    se0_1 = se0_1 * sc + u13;
                    se0_2 = se0_2 * sc + u14;
                    mx0 = u11_0;
                } else if (u11_0 != Double.NEGATIVE_INFINITY) {
                    final double e = u11_0 == mx0 ? 1 : Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                    se0_1 += e * u13;
                    se0_2 += e * u14;
                }
                final double u4_1 = u0 - t2_1;
                final double u5_1 = u1 - t3_1;
                final double u6_1 = u4_1 * u4_1;
                final double u7_1 = u5_1 * u5_1;
                final double u8_1 = u6_1 + u7_1;
                final double u9_1 = -u8_1;
                final double u11_1 = u9_1 * g_;
                if (u11_1 > mx1) {
                    final double sc = Math.exp(mx1 - u11_1);
                    sw1 = sw1 * sc + 1;
                    se1_0 = se1_0 * sc + u12;
                    se1_1 = se1_1 * sc + u13;
                    se1_2 = se1_2 * sc + u14;
                    mx1 = u11_1;
                } else if (u11_1 != Double.NEGATIVE_INFINITY) {
                    final double e = u11_1 == mx1 ? 1 : Math.exp(u11_1 - mx1);
                    sw1 += e;
                    se1_0 += e * u12;
                    se1_1 += e * u13;
                    se1_2 += e * u14;
                }
            }
            out[r * 5] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[r * 5 + 1] = sw0 == 0 ? 0 : se0_1 / sw0;
            out[r * 5 + 2] = sw0 == 0 ? 0 : se0_2 / sw0;
            out[r * 5 + 3] = mx0;
            out[r * 5 + 4] = sw0;
            out[(r + 1) * 5] = sw1 == 0 ? 0 : se1_0 / sw1;
            out[(r + 1) * 5 + 1] = sw1 == 0 ? 0 : se1_1 / sw1;
            out[(r + 1) * 5 + 2] = sw1 == 0 ? 0 : se1_2 / sw1;
            out[(r + 1) * 5 + 3] = mx1;
            out[(r + 1) * 5 + 4] = sw1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void smooth$partRow(double[][] soa0, double[] y_, double[][] soa2, double g_,
                int r, int js, int je, double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final DoubleVector b10 = DoubleVector.broadcast(DS, g_);
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            DoubleVector mxv0 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector swv0 = DoubleVector.zero(DS);
            DoubleVector sev0_0 = DoubleVector.zero(DS);
            DoubleVector sev0_1 = DoubleVector.zero(DS);
            DoubleVector sev0_2 = DoubleVector.zero(DS);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final DoubleVector v0 = DoubleVector.fromArray(DS, col0_0, j);
                final DoubleVector v1 = DoubleVector.fromArray(DS, col0_1, j);
                final DoubleVector v12 = DoubleVector.fromArray(DS, col2_0, j);
                final DoubleVector v13 = DoubleVector.fromArray(DS, col2_1, j);
                final DoubleVector v14 = DoubleVector.fromArray(DS, col2_2, j);
                final DoubleVector v4_0 = v0.sub(b2_0);
                final DoubleVector v5_0 = v1.sub(b3_0);
                final DoubleVector v7_0 = v5_0.mul(v5_0);
                final DoubleVector v8_0 = v4_0.fma(v4_0, v7_0);
                final DoubleVector v9_0 = v8_0.neg();
                final DoubleVector v11_0 = v9_0.mul(b10);
                final VectorMask<Double> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Double> keep0 = v11_0.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.4426950408889634, 6.755399441055744E15);
                final var e0k1 = e0k0.sub(6.755399441055744E15);
                final var e0k2 = e0k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed0);
                final var e0k3 = e0k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e0k2);
                final var e0k4 = e0k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e0k5 = e0k4.fma(e0k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e0k6 = e0k5.fma(e0k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e0k7 = e0k6.fma(e0k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e0k8 = e0k7.fma(e0k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e0k9 = e0k8.fma(e0k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e0k10 = e0k9.fma(e0k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e0k11 = e0k10.fma(e0k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e0k12 = e0k11.fma(e0k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e0k13 = e0k12.fma(e0k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e0k14 = e0k13.fma(e0k3, DoubleVector.broadcast(DS, 0.5));
                final var e0k15 = e0k14.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k16 = e0k15.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k17 = e0k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e0k18 = e0k16.reinterpretAsLongs().add(e0k17).reinterpretAsDoubles();
                final DoubleVector e0 = ed0.mul(Double.POSITIVE_INFINITY).blend(e0k18, ed0.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed0.lt(-708.3964185322641));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, DoubleVector.broadcast(DS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v13, sev0_1).blend(sev0_1.fma(e0, v13), up0).blend(sev0_1, keep0);
                sev0_2 = e0.fma(v14, sev0_2).blend(sev0_2.fma(e0, v14), up0).blend(sev0_2, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
            }
            double mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            double sw0 = 0;
            double se0_0 = 0;
            double se0_1 = 0;
            double se0_2 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv0.lane(l);
                final double f = ml == mx0 ? 1 : Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
                se0_2 += sev0_2.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            st[3] = se0_1;
            st[4] = se0_2;
            smooth$partRowTail(soa0, y_, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void smooth$partRowTail(double[][] soa0, double[] y_, double[][] soa2,
                double g_, int r, int js, int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            double mx0 = st[0];
            double sw0 = st[1];
            double se0_0 = st[2];
            double se0_1 = st[3];
            double se0_2 = st[4];
            for (int j = bound; j < je; j++) {
                final double u0 = col0_0[j];
                final double u1 = col0_1[j];
                final double u12 = col2_0[j];
                final double u13 = col2_1[j];
                final double u14 = col2_2[j];
                final double u4_0 = u0 - t2_0;
                final double u5_0 = u1 - t3_0;
                final double u6_0 = u4_0 * u4_0;
                final double u7_0 = u5_0 * u5_0;
                final double u8_0 = u6_0 + u7_0;
                final double u9_0 = -u8_0;
                final double u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final double sc = Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    se0_1 = se0_1 * sc + u13;
                    se0_2 = se0_2 * sc + u14;
                    mx0 = u11_0;
                } else if (u11_0 != Double.NEGATIVE_INFINITY) {
                    final double e = u11_0 == mx0 ? 1 : Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                    se0_1 += e * u13;
                    se0_2 += e * u14;
                }
            }
            out[r * 5] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[r * 5 + 1] = sw0 == 0 ? 0 : se0_1 / sw0;
            out[r * 5 + 2] = sw0 == 0 ? 0 : se0_2 / sw0;
            out[r * 5 + 3] = mx0;
            out[r * 5 + 4] = sw0;
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

        static void softMin(double[] x_, double[][] soa1, double[][] soa2, double p_, int r0,
                int r1, int js, int je, double[] out) {
            final double[] st = new double[2];
            final int[] ist = new int[0];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r < r1; r++) {
                softMinRow(x_, soa1, soa2, p_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void softMinRow(double[] x_, double[][] soa1, double[][] soa2, double p_,
                int r, int js, int je, double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col2_0 = soa2[0];
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final DoubleVector b1 = DoubleVector.broadcast(DS, p_);
            final double t2_0 = x_[r * 2];
            final double t3_0 = x_[r * 2 + 1];
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            DoubleVector mxv0 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector sev0_0 = DoubleVector.zero(DS);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final DoubleVector v0 = DoubleVector.fromArray(DS, col2_0, j);
                final DoubleVector v4 = DoubleVector.fromArray(DS, col1_0, j);
                final DoubleVector v5 = DoubleVector.fromArray(DS, col1_1, j);
                final DoubleVector v6_0 = b2_0.sub(v4);
                final DoubleVector v7_0 = b3_0.sub(v5);
                final DoubleVector v9_0 = v7_0.mul(v7_0);
                final DoubleVector v10_0 = v6_0.fma(v6_0, v9_0);
                final DoubleVector v11_0 = b1.mul(v10_0);
                final DoubleVector v12_0 = v0.sub(v11_0);
                final VectorMask<Double> up0 = v12_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Double> keep0 = v12_0.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed0 = v12_0.min(mxv0).sub(v12_0.max(mxv0)).blend(0, v12_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.4426950408889634, 6.755399441055744E15);
                final var e0k1 = e0k0.sub(6.755399441055744E15);
                final var e0k2 = e0k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed0);
                final var e0k3 = e0k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e0k2);
                final var e0k4 = e0k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e0k5 = e0k4.fma(e0k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e0k6 = e0k5.fma(e0k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e0k7 = e0k6.fma(e0k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e0k8 = e0k7.fma(e0k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e0k9 = e0k8.fma(e0k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e0k10 = e0k9.fma(e0k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e0k11 = e0k10.fma(e0k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e0k12 = e0k11.fma(e0k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e0k13 = e0k12.fma(e0k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e0k14 = e0k13.fma(e0k3, DoubleVector.broadcast(DS, 0.5));
                final var e0k15 = e0k14.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k16 = e0k15.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k17 = e0k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e0k18 = e0k16.reinterpretAsLongs().add(e0k17).reinterpretAsDoubles();
                final DoubleVector e0 = ed0.mul(Double.POSITIVE_INFINITY).blend(e0k18, ed0.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed0.lt(-708.3964185322641));
                sev0_0 = sev0_0.add(e0).blend(sev0_0.fma(e0, DoubleVector.broadcast(DS, 1)), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v12_0, up0);
            }
            double mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            double se0_0 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv0.lane(l);
                final double f = ml == mx0 ? 1 : Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            softMinRowTail(x_, soa1, soa2, p_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void softMinRowTail(double[] x_, double[][] soa1, double[][] soa2, double p_,
                int r, int js, int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col2_0 = soa2[0];
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t2_0 = x_[r * 2];
            final double t3_0 = x_[r * 2 + 1];
            double mx0 = st[0];
            double se0_0 = st[1];
            for (int j = bound; j < je; j++) {
                final double u0 = col2_0[j];
                final double u4 = col1_0[j];
                final double u5 = col1_1[j];
                final double u6_0 = t2_0 - u4;
                final double u7_0 = t3_0 - u5;
                final double u8_0 = u6_0 * u6_0;
                final double u9_0 = u7_0 * u7_0;
                final double u10_0 = u8_0 + u9_0;
                final double u11_0 = p_ * u10_0;
                final double u12_0 = u0 - u11_0;
                if (u12_0 > mx0) {
                    final double sc = Math.exp(mx0 - u12_0);
                    se0_0 = se0_0 * sc + 1;
                    mx0 = u12_0;
                } else if (u12_0 != Double.NEGATIVE_INFINITY) {
                    final double e = u12_0 == mx0 ? 1 : Math.exp(u12_0 - mx0);
                    se0_0 += e;
                }
            }
            out[r] = mx0 + Math.log(se0_0);
        }

        static void smooth(double[][] soa0, double[] y_, double[][] soa2, double g_, int r0, int r1,
                int js, int je, double[] out) {
            final double[] st = new double[5];
            final int[] ist = new int[0];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r < r1; r++) {
                smoothRow(soa0, y_, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void smoothRow(double[][] soa0, double[] y_, double[][] soa2, double g_,
                int r, int js, int je, double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final DoubleVector b10 = DoubleVector.broadcast(DS, g_);
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            DoubleVector mxv0 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector swv0 = DoubleVector.zero(DS);
            DoubleVector sev0_0 = DoubleVector.zero(DS);
            DoubleVector sev0_1 = DoubleVector.zero(DS);
            DoubleVector sev0_2 = DoubleVector.zero(DS);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final DoubleVector v0 = DoubleVector.fromArray(DS, col0_0, j);
                final DoubleVector v1 = DoubleVector.fromArray(DS, col0_1, j);
                final DoubleVector v12 = DoubleVector.fromArray(DS, col2_0, j);
                final DoubleVector v13 = DoubleVector.fromArray(DS, col2_1, j);
                final DoubleVector v14 = DoubleVector.fromArray(DS, col2_2, j);
                final DoubleVector v4_0 = v0.sub(b2_0);
                final DoubleVector v5_0 = v1.sub(b3_0);
                final DoubleVector v7_0 = v5_0.mul(v5_0);
                final DoubleVector v8_0 = v4_0.fma(v4_0, v7_0);
                final DoubleVector v9_0 = v8_0.neg();
                final DoubleVector v11_0 = v9_0.mul(b10);
                final VectorMask<Double> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Double> keep0 = v11_0.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.4426950408889634, 6.755399441055744E15);
                final var e0k1 = e0k0.sub(6.755399441055744E15);
                final var e0k2 = e0k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed0);
                final var e0k3 = e0k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e0k2);
                final var e0k4 = e0k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e0k5 = e0k4.fma(e0k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e0k6 = e0k5.fma(e0k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e0k7 = e0k6.fma(e0k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e0k8 = e0k7.fma(e0k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e0k9 = e0k8.fma(e0k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e0k10 = e0k9.fma(e0k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e0k11 = e0k10.fma(e0k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e0k12 = e0k11.fma(e0k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e0k13 = e0k12.fma(e0k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e0k14 = e0k13.fma(e0k3, DoubleVector.broadcast(DS, 0.5));
                final var e0k15 = e0k14.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k16 = e0k15.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k17 = e0k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e0k18 = e0k16.reinterpretAsLongs().add(e0k17).reinterpretAsDoubles();
                final DoubleVector e0 = ed0.mul(Double.POSITIVE_INFINITY).blend(e0k18, ed0.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed0.lt(-708.3964185322641));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, DoubleVector.broadcast(DS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v13, sev0_1).blend(sev0_1.fma(e0, v13), up0).blend(sev0_1, keep0);
                sev0_2 = e0.fma(v14, sev0_2).blend(sev0_2.fma(e0, v14), up0).blend(sev0_2, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
            }
            double mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            double sw0 = 0;
            double se0_0 = 0;
            double se0_1 = 0;
            double se0_2 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv0.lane(l);
                final double f = ml == mx0 ? 1 : Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
                se0_2 += sev0_2.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            st[3] = se0_1;
            st[4] = se0_2;
            smoothRowTail(soa0, y_, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void smoothRowTail(double[][] soa0, double[] y_, double[][] soa2, double g_,
                int r, int js, int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            double mx0 = st[0];
            double sw0 = st[1];
            double se0_0 = st[2];
            double se0_1 = st[3];
            double se0_2 = st[4];
            for (int j = bound; j < je; j++) {
                final double u0 = col0_0[j];
                final double u1 = col0_1[j];
                final double u12 = col2_0[j];
                final double u13 = col2_1[j];
                final double u14 = col2_2[j];
                final double u4_0 = u0 - t2_0;
                final double u5_0 = u1 - t3_0;
                final double u6_0 = u4_0 * u4_0;
                final double u7_0 = u5_0 * u5_0;
                final double u8_0 = u6_0 + u7_0;
                final double u9_0 = -u8_0;
                final double u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final double sc = Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    se0_1 = se0_1 * sc + u13;
                    se0_2 = se0_2 * sc + u14;
                    mx0 = u11_0;
                } else if (u11_0 != Double.NEGATIVE_INFINITY) {
                    final double e = u11_0 == mx0 ? 1 : Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                    se0_1 += e * u13;
                    se0_2 += e * u14;
                }
            }
            out[r * 3] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[r * 3 + 1] = sw0 == 0 ? 0 : se0_1 / sw0;
            out[r * 3 + 2] = sw0 == 0 ? 0 : se0_2 / sw0;
        }

        static void nearest(double[] x_, double[][] soa1, int r0, int r1, int js, int je,
                double[] out, int[] outIndex) {
            final double[] st = new double[4];
            final int[] ist = new int[4];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                nearestRows4(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                nearestRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void nearestRows4(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int[] outIndex, double[] st, int[] ist, double[] ln) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double[] col1_2 = soa1[2];
            final double t0_0 = x_[r * 3];
            final double t1_0 = x_[r * 3 + 1];
            final double t2_0 = x_[r * 3 + 2];
            final DoubleVector b0_0 = DoubleVector.broadcast(DS, t0_0);
            final DoubleVector b1_0 = DoubleVector.broadcast(DS, t1_0);
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final double t0_1 = x_[(r + 1) * 3];
            final double t1_1 = x_[(r + 1) * 3 + 1];
            final double t2_1 = x_[(r + 1) * 3 + 2];
            final DoubleVector b0_1 = DoubleVector.broadcast(DS, t0_1);
            final DoubleVector b1_1 = DoubleVector.broadcast(DS, t1_1);
            final DoubleVector b2_1 = DoubleVector.broadcast(DS, t2_1);
            final double t0_2 = x_[(r + 2) * 3];
            final double t1_2 = x_[(r + 2) * 3 + 1];
            final double t2_2 = x_[(r + 2) * 3 + 2];
            final DoubleVector b0_2 = DoubleVector.broadcast(DS, t0_2);
            final DoubleVector b1_2 = DoubleVector.broadcast(DS, t1_2);
            final DoubleVector b2_2 = DoubleVector.broadcast(DS, t2_2);
            final double t0_3 = x_[(r + 3) * 3];
            final double t1_3 = x_[(r + 3) * 3 + 1];
            final double t2_3 = x_[(r + 3) * 3 + 2];
            final DoubleVector b0_3 = DoubleVector.broadcast(DS, t0_3);
            final DoubleVector b1_3 = DoubleVector.broadcast(DS, t1_3);
            final DoubleVector b2_3 = DoubleVector.broadcast(DS, t2_3);
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
                final DoubleVector v3 = DoubleVector.fromArray(DS, col1_0, j);
                final DoubleVector v4 = DoubleVector.fromArray(DS, col1_1, j);
                final DoubleVector v5 = DoubleVector.fromArray(DS, col1_2, j);
                final DoubleVector v6_0 = b0_0.sub(v3);
                final DoubleVector v7_0 = b1_0.sub(v4);
                final DoubleVector v8_0 = b2_0.sub(v5);
                final DoubleVector v10_0 = v7_0.mul(v7_0);
                final DoubleVector v12_0 = v6_0.fma(v6_0, v10_0);
                final DoubleVector v13_0 = v8_0.fma(v8_0, v12_0);
                final DoubleVector v14_0 = v13_0.sqrt();
                final VectorMask<Double> mk0_0 = v14_0.compare(VectorOperators.LT, accv0_0).or(idxv0_0.lt(0).cast(DS).and(v14_0.eq(v14_0)));
                accv0_0 = accv0_0.blend(v14_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(DIS));
                final DoubleVector v6_1 = b0_1.sub(v3);
                final DoubleVector v7_1 = b1_1.sub(v4);
                final DoubleVector v8_1 = b2_1.sub(v5);
                final DoubleVector v10_1 = v7_1.mul(v7_1);
                final DoubleVector v12_1 = v6_1.fma(v6_1, v10_1);
                final DoubleVector v13_1 = v8_1.fma(v8_1, v12_1);
                final DoubleVector v14_1 = v13_1.sqrt();
                final VectorMask<Double> mk1_0 = v14_1.compare(VectorOperators.LT, accv1_0).or(idxv1_0.lt(0).cast(DS).and(v14_1.eq(v14_1)));
                accv1_0 = accv1_0.blend(v14_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(DIS));
                final DoubleVector v6_2 = b0_2.sub(v3);
                final DoubleVector v7_2 = b1_2.sub(v4);
                final DoubleVector v8_2 = b2_2.sub(v5);
                final DoubleVector v10_2 = v7_2.mul(v7_2);
                final DoubleVector v12_2 = v6_2.fma(v6_2, v10_2);
                final DoubleVector v13_2 = v8_2.fma(v8_2, v12_2);
                final DoubleVector v14_2 = v13_2.sqrt();
                final VectorMask<Double> mk2_0 = v14_2.compare(VectorOperators.LT, accv2_0).or(idxv2_0.lt(0).cast(DS).and(v14_2.eq(v14_2)));
                accv2_0 = accv2_0.blend(v14_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(DIS));
                final DoubleVector v6_3 = b0_3.sub(v3);
                final DoubleVector v7_3 = b1_3.sub(v4);
                final DoubleVector v8_3 = b2_3.sub(v5);
                final DoubleVector v10_3 = v7_3.mul(v7_3);
                final DoubleVector v12_3 = v6_3.fma(v6_3, v10_3);
                final DoubleVector v13_3 = v8_3.fma(v8_3, v12_3);
                final DoubleVector v14_3 = v13_3.sqrt();
                final VectorMask<Double> mk3_0 = v14_3.compare(VectorOperators.LT, accv3_0).or(idxv3_0.lt(0).cast(DS).and(v14_3.eq(v14_3)));
                accv3_0 = accv3_0.blend(v14_3, mk3_0);
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
            nearestRows4Tail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void nearestRows4Tail(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double[] col1_2 = soa1[2];
            final double t0_0 = x_[r * 3];
            final double t1_0 = x_[r * 3 + 1];
            final double t2_0 = x_[r * 3 + 2];
            final double t0_1 = x_[(r + 1) * 3];
            final double t1_1 = x_[(r + 1) * 3 + 1];
            final double t2_1 = x_[(r + 1) * 3 + 2];
            final double t0_2 = x_[(r + 2) * 3];
            final double t1_2 = x_[(r + 2) * 3 + 1];
            final double t2_2 = x_[(r + 2) * 3 + 2];
            final double t0_3 = x_[(r + 3) * 3];
            final double t1_3 = x_[(r + 3) * 3 + 1];
            final double t2_3 = x_[(r + 3) * 3 + 2];
            double acc0_0 = st[0];
            int idx0_0 = ist[0];
            double acc1_0 = st[1];
            int idx1_0 = ist[1];
            double acc2_0 = st[2];
            int idx2_0 = ist[2];
            double acc3_0 = st[3];
            int idx3_0 = ist[3];
            for (int j = bound; j < je; j++) {
                final double u3 = col1_0[j];
                final double u4 = col1_1[j];
                final double u5 = col1_2[j];
                final double u6_0 = t0_0 - u3;
                final double u7_0 = t1_0 - u4;
                final double u8_0 = t2_0 - u5;
                final double u9_0 = u6_0 * u6_0;
                final double u10_0 = u7_0 * u7_0;
                final double u11_0 = u8_0 * u8_0;
                final double u12_0 = u9_0 + u10_0;
                final double u13_0 = u12_0 + u11_0;
                final double u14_0 = Math.sqrt(u13_0);
                if (u14_0 < acc0_0 || (idx0_0 < 0 && u14_0 == u14_0)) {
                    acc0_0 = u14_0;
                    idx0_0 = j;
                }
                final double u6_1 = t0_1 - u3;
                final double u7_1 = t1_1 - u4;
                final double u8_1 = t2_1 - u5;
                final double u9_1 = u6_1 * u6_1;
                final double u10_1 = u7_1 * u7_1;
                final double u11_1 = u8_1 * u8_1;
                final double u12_1 = u9_1 + u10_1;
                final double u13_1 = u12_1 + u11_1;
                final double u14_1 = Math.sqrt(u13_1);
                if (u14_1 < acc1_0 || (idx1_0 < 0 && u14_1 == u14_1)) {
                    acc1_0 = u14_1;
                    idx1_0 = j;
                }
                final double u6_2 = t0_2 - u3;
                final double u7_2 = t1_2 - u4;
                final double u8_2 = t2_2 - u5;
                final double u9_2 = u6_2 * u6_2;
                final double u10_2 = u7_2 * u7_2;
                final double u11_2 = u8_2 * u8_2;
                final double u12_2 = u9_2 + u10_2;
                final double u13_2 = u12_2 + u11_2;
                final double u14_2 = Math.sqrt(u13_2);
                if (u14_2 < acc2_0 || (idx2_0 < 0 && u14_2 == u14_2)) {
                    acc2_0 = u14_2;
                    idx2_0 = j;
                }
                final double u6_3 = t0_3 - u3;
                final double u7_3 = t1_3 - u4;
                final double u8_3 = t2_3 - u5;
                final double u9_3 = u6_3 * u6_3;
                final double u10_3 = u7_3 * u7_3;
                final double u11_3 = u8_3 * u8_3;
                final double u12_3 = u9_3 + u10_3;
                final double u13_3 = u12_3 + u11_3;
                final double u14_3 = Math.sqrt(u13_3);
                if (u14_3 < acc3_0 || (idx3_0 < 0 && u14_3 == u14_3)) {
                    acc3_0 = u14_3;
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
        private static void nearestRow(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int[] outIndex, double[] st, int[] ist, double[] ln) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double[] col1_2 = soa1[2];
            final double t0_0 = x_[r * 3];
            final double t1_0 = x_[r * 3 + 1];
            final double t2_0 = x_[r * 3 + 2];
            final DoubleVector b0_0 = DoubleVector.broadcast(DS, t0_0);
            final DoubleVector b1_0 = DoubleVector.broadcast(DS, t1_0);
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            DoubleVector accv0_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(DIS, -1);
            final IntVector iota = IntVector.zero(DIS).addIndex(1);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final IntVector jv = iota.add(j);
                final DoubleVector v3 = DoubleVector.fromArray(DS, col1_0, j);
                final DoubleVector v4 = DoubleVector.fromArray(DS, col1_1, j);
                final DoubleVector v5 = DoubleVector.fromArray(DS, col1_2, j);
                final DoubleVector v6_0 = b0_0.sub(v3);
                final DoubleVector v7_0 = b1_0.sub(v4);
                final DoubleVector v8_0 = b2_0.sub(v5);
                final DoubleVector v10_0 = v7_0.mul(v7_0);
                final DoubleVector v12_0 = v6_0.fma(v6_0, v10_0);
                final DoubleVector v13_0 = v8_0.fma(v8_0, v12_0);
                final DoubleVector v14_0 = v13_0.sqrt();
                final VectorMask<Double> mk0_0 = v14_0.compare(VectorOperators.LT, accv0_0).or(idxv0_0.lt(0).cast(DS).and(v14_0.eq(v14_0)));
                accv0_0 = accv0_0.blend(v14_0, mk0_0);
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
            nearestRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void nearestRowTail(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double[] col1_2 = soa1[2];
            final double t0_0 = x_[r * 3];
            final double t1_0 = x_[r * 3 + 1];
            final double t2_0 = x_[r * 3 + 2];
            double acc0_0 = st[0];
            int idx0_0 = ist[0];
            for (int j = bound; j < je; j++) {
                final double u3 = col1_0[j];
                final double u4 = col1_1[j];
                final double u5 = col1_2[j];
                final double u6_0 = t0_0 - u3;
                final double u7_0 = t1_0 - u4;
                final double u8_0 = t2_0 - u5;
                final double u9_0 = u6_0 * u6_0;
                final double u10_0 = u7_0 * u7_0;
                final double u11_0 = u8_0 * u8_0;
                final double u12_0 = u9_0 + u10_0;
                final double u13_0 = u12_0 + u11_0;
                final double u14_0 = Math.sqrt(u13_0);
                if (u14_0 < acc0_0 || (idx0_0 < 0 && u14_0 == u14_0)) {
                    acc0_0 = u14_0;
                    idx0_0 = j;
                }
            }
            out[r] = acc0_0;
            outIndex[r] = idx0_0;
        }

        static void apply(float[] A_, float[] x_, float[][] soa2, int r0, int r1, int js, int je,
                float[] out) {
            final double[] st = new double[12];
            final int[] ist = new int[0];
            final float[] ln = new float[6 * FS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                applyRows2(A_, x_, soa2, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                applyRow(A_, x_, soa2, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void applyRows2(float[] A_, float[] x_, float[][] soa2, int r, int js,
                int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float t0 = A_[0];
            final float t1 = A_[1];
            final float t2 = A_[2];
            final float t3 = A_[3];
            final float t4 = A_[4];
            final float t5 = A_[5];
            final float t6 = A_[6];
            final float t7 = A_[7];
            final float t8 = A_[8];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float[] col2_2 = soa2[2];
            final FloatVector b0 = FloatVector.broadcast(FS, t0);
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final FloatVector b2 = FloatVector.broadcast(FS, t2);
            final FloatVector b3 = FloatVector.broadcast(FS, t3);
            final FloatVector b4 = FloatVector.broadcast(FS, t4);
            final FloatVector b5 = FloatVector.broadcast(FS, t5);
            final FloatVector b6 = FloatVector.broadcast(FS, t6);
            final FloatVector b7 = FloatVector.broadcast(FS, t7);
            final FloatVector b8 = FloatVector.broadcast(FS, t8);
            final float t9_0 = x_[r * 3];
            final float t10_0 = x_[r * 3 + 1];
            final float t11_0 = x_[r * 3 + 2];
            final FloatVector b9_0 = FloatVector.broadcast(FS, t9_0);
            final FloatVector b10_0 = FloatVector.broadcast(FS, t10_0);
            final FloatVector b11_0 = FloatVector.broadcast(FS, t11_0);
            final float t9_1 = x_[(r + 1) * 3];
            final float t10_1 = x_[(r + 1) * 3 + 1];
            final float t11_1 = x_[(r + 1) * 3 + 2];
            final FloatVector b9_1 = FloatVector.broadcast(FS, t9_1);
            final FloatVector b10_1 = FloatVector.broadcast(FS, t10_1);
            final FloatVector b11_1 = FloatVector.broadcast(FS, t11_1);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector cmpv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            FloatVector cmpv0_1 = FloatVector.zero(FS);
            FloatVector accv0_2 = FloatVector.zero(FS);
            FloatVector cmpv0_2 = FloatVector.zero(FS);
            FloatVector accv1_0 = FloatVector.zero(FS);
            FloatVector cmpv1_0 = FloatVector.zero(FS);
            FloatVector accv1_1 = FloatVector.zero(FS);
            FloatVector cmpv1_1 = FloatVector.zero(FS);
            FloatVector accv1_2 = FloatVector.zero(FS);
            FloatVector cmpv1_2 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v13 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v14 = FloatVector.fromArray(FS, col2_2, j);
                final FloatVector v15_0 = b9_0.sub(v12);
                final FloatVector v16_0 = b10_0.sub(v13);
                final FloatVector v17_0 = b11_0.sub(v14);
                final FloatVector v19_0 = b1.mul(v16_0);
                final FloatVector v21_0 = b0.fma(v15_0, v19_0);
                final FloatVector v22_0 = b2.fma(v17_0, v21_0);
                final FloatVector v24_0 = b4.mul(v16_0);
                final FloatVector v26_0 = b3.fma(v15_0, v24_0);
                final FloatVector v27_0 = b5.fma(v17_0, v26_0);
                final FloatVector v29_0 = b7.mul(v16_0);
                final FloatVector v31_0 = b6.fma(v15_0, v29_0);
                final FloatVector v32_0 = b8.fma(v17_0, v31_0);
                final FloatVector ky0_0 = v22_0.sub(cmpv0_0);
                final FloatVector kt0_0 = accv0_0.add(ky0_0);
                cmpv0_0 = FloatVector.zero(FS).blend(kt0_0.sub(accv0_0).sub(ky0_0), kt0_0.test(VectorOperators.IS_FINITE));
                accv0_0 = kt0_0;
                final FloatVector ky0_1 = v27_0.sub(cmpv0_1);
                final FloatVector kt0_1 = accv0_1.add(ky0_1);
                cmpv0_1 = FloatVector.zero(FS).blend(kt0_1.sub(accv0_1).sub(ky0_1), kt0_1.test(VectorOperators.IS_FINITE));
                accv0_1 = kt0_1;
                final FloatVector ky0_2 = v32_0.sub(cmpv0_2);
                final FloatVector kt0_2 = accv0_2.add(ky0_2);
                cmpv0_2 = FloatVector.zero(FS).blend(kt0_2.sub(accv0_2).sub(ky0_2), kt0_2.test(VectorOperators.IS_FINITE));
                accv0_2 = kt0_2;
                final FloatVector v15_1 = b9_1.sub(v12);
                final FloatVector v16_1 = b10_1.sub(v13);
                final FloatVector v17_1 = b11_1.sub(v14);
                final FloatVector v19_1 = b1.mul(v16_1);
                final FloatVector v21_1 = b0.fma(v15_1, v19_1);
                final FloatVector v22_1 = b2.fma(v17_1, v21_1);
                final FloatVector v24_1 = b4.mul(v16_1);
                final FloatVector v26_1 = b3.fma(v15_1, v24_1);
                final FloatVector v27_1 = b5.fma(v17_1, v26_1);
                final FloatVector v29_1 = b7.mul(v16_1);
                final FloatVector v31_1 = b6.fma(v15_1, v29_1);
                final FloatVector v32_1 = b8.fma(v17_1, v31_1);
                final FloatVector ky1_0 = v22_1.sub(cmpv1_0);
                final FloatVector kt1_0 = accv1_0.add(ky1_0);
                cmpv1_0 = FloatVector.zero(FS).blend(kt1_0.sub(accv1_0).sub(ky1_0), kt1_0.test(VectorOperators.IS_FINITE));
                accv1_0 = kt1_0;
                final FloatVector ky1_1 = v27_1.sub(cmpv1_1);
                final FloatVector kt1_1 = accv1_1.add(ky1_1);
                cmpv1_1 = FloatVector.zero(FS).blend(kt1_1.sub(accv1_1).sub(ky1_1), kt1_1.test(VectorOperators.IS_FINITE));
                accv1_1 = kt1_1;
                final FloatVector ky1_2 = v32_1.sub(cmpv1_2);
                final FloatVector kt1_2 = accv1_2.add(ky1_2);
                cmpv1_2 = FloatVector.zero(FS).blend(kt1_2.sub(accv1_2).sub(ky1_2), kt1_2.test(VectorOperators.IS_FINITE));
                accv1_2 = kt1_2;
            }
            accv0_0.intoArray(ln, 0);
            cmpv0_0.neg().intoArray(ln, FS.length());
            accv0_1.intoArray(ln, 2 * FS.length());
            cmpv0_1.neg().intoArray(ln, 3 * FS.length());
            accv0_2.intoArray(ln, 4 * FS.length());
            cmpv0_2.neg().intoArray(ln, 5 * FS.length());
            for (int part = 0; part < 6 * FS.length(); part += 2 * FS.length()) {
                float laneSum = 0;
                float laneCmp = 0;
                for (int term = part; term < part + 2 * FS.length(); term++) {
                    final float ky = ln[term] - laneCmp;
                    final float kt = laneSum + ky;
                    laneCmp = Float.isFinite(kt) ? (kt - laneSum) - ky : 0;
                    laneSum = kt;
                }
                ln[part] = laneSum;
                ln[part + 1] = laneCmp;
            }
            float acc0_0 = ln[0];
            float cmp0_0 = ln[1];
            float acc0_1 = ln[2 * FS.length()];
            float cmp0_1 = ln[2 * FS.length() + 1];
            float acc0_2 = ln[4 * FS.length()];
            float cmp0_2 = ln[4 * FS.length() + 1];
            accv1_0.intoArray(ln, 0);
            cmpv1_0.neg().intoArray(ln, FS.length());
            accv1_1.intoArray(ln, 2 * FS.length());
            cmpv1_1.neg().intoArray(ln, 3 * FS.length());
            accv1_2.intoArray(ln, 4 * FS.length());
            cmpv1_2.neg().intoArray(ln, 5 * FS.length());
            for (int part = 0; part < 6 * FS.length(); part += 2 * FS.length()) {
                float laneSum = 0;
                float laneCmp = 0;
                for (int term = part; term < part + 2 * FS.length(); term++) {
                    final float ky = ln[term] - laneCmp;
                    final float kt = laneSum + ky;
                    laneCmp = Float.isFinite(kt) ? (kt - laneSum) - ky : 0;
                    laneSum = kt;
                }
                ln[part] = laneSum;
                ln[part + 1] = laneCmp;
            }
            float acc1_0 = ln[0];
            float cmp1_0 = ln[1];
            float acc1_1 = ln[2 * FS.length()];
            float cmp1_1 = ln[2 * FS.length() + 1];
            float acc1_2 = ln[4 * FS.length()];
            float cmp1_2 = ln[4 * FS.length() + 1];
            st[0] = acc0_0;
            st[1] = cmp0_0;
            st[2] = acc0_1;
            st[3] = cmp0_1;
            st[4] = acc0_2;
            st[5] = cmp0_2;
            st[6] = acc1_0;
            st[7] = cmp1_0;
            st[8] = acc1_1;
            st[9] = cmp1_1;
            st[10] = acc1_2;
            st[11] = cmp1_2;
            applyRows2Tail(A_, x_, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void applyRows2Tail(float[] A_, float[] x_, float[][] soa2, int r, int js,
                int je, float[] out, int bound, double[] st, int[] ist) {
            final float t0 = A_[0];
            final float t1 = A_[1];
            final float t2 = A_[2];
            final float t3 = A_[3];
            final float t4 = A_[4];
            final float t5 = A_[5];
            final float t6 = A_[6];
            final float t7 = A_[7];
            final float t8 = A_[8];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float[] col2_2 = soa2[2];
            final float t9_0 = x_[r * 3];
            final float t10_0 = x_[r * 3 + 1];
            final float t11_0 = x_[r * 3 + 2];
            final float t9_1 = x_[(r + 1) * 3];
            final float t10_1 = x_[(r + 1) * 3 + 1];
            final float t11_1 = x_[(r + 1) * 3 + 2];
            float acc0_0 = (float) st[0];
            float cmp0_0 = (float) st[1];
            float acc0_1 = (float) st[2];
            float cmp0_1 = (float) st[3];
            float acc0_2 = (float) st[4];
            float cmp0_2 = (float) st[5];
            float acc1_0 = (float) st[6];
            float cmp1_0 = (float) st[7];
            float acc1_1 = (float) st[8];
            float cmp1_1 = (float) st[9];
            float acc1_2 = (float) st[10];
            float cmp1_2 = (float) st[11];
            for (int j = bound; j < je; j++) {
                final float u12 = col2_0[j];
                final float u13 = col2_1[j];
                final float u14 = col2_2[j];
                final float u15_0 = t9_0 - u12;
                final float u16_0 = t10_0 - u13;
                final float u17_0 = t11_0 - u14;
                final float u18_0 = t0 * u15_0;
                final float u19_0 = t1 * u16_0;
                final float u20_0 = t2 * u17_0;
                final float u21_0 = u18_0 + u19_0;
                final float u22_0 = u21_0 + u20_0;
                final float u23_0 = t3 * u15_0;
                final float u24_0 = t4 * u16_0;
                final float u25_0 = t5 * u17_0;
                final float u26_0 = u23_0 + u24_0;
                final float u27_0 = u26_0 + u25_0;
                final float u28_0 = t6 * u15_0;
                final float u29_0 = t7 * u16_0;
                final float u30_0 = t8 * u17_0;
                final float u31_0 = u28_0 + u29_0;
                final float u32_0 = u31_0 + u30_0;
                final float ky0_0 = u22_0 - cmp0_0;
                final float kt0_0 = acc0_0 + ky0_0;
                cmp0_0 = Float.isFinite(kt0_0) ? (kt0_0 - acc0_0) - ky0_0 : 0;
                acc0_0 = kt0_0;
                final float ky0_1 = u27_0 - cmp0_1;
                final float kt0_1 = acc0_1 + ky0_1;
                cmp0_1 = Float.isFinite(kt0_1) ? (kt0_1 - acc0_1) - ky0_1 : 0;
                acc0_1 = kt0_1;
                final float ky0_2 = u32_0 - cmp0_2;
                final float kt0_2 = acc0_2 + ky0_2;
                cmp0_2 = Float.isFinite(kt0_2) ? (kt0_2 - acc0_2) - ky0_2 : 0;
                acc0_2 = kt0_2;
                final float u15_1 = t9_1 - u12;
                final float u16_1 = t10_1 - u13;
                final float u17_1 = t11_1 - u14;
                final float u18_1 = t0 * u15_1;
                final float u19_1 = t1 * u16_1;
                final float u20_1 = t2 * u17_1;
                final float u21_1 = u18_1 + u19_1;
                final float u22_1 = u21_1 + u20_1;
                final float u23_1 = t3 * u15_1;
                final float u24_1 = t4 * u16_1;
                final float u25_1 = t5 * u17_1;
                final float u26_1 = u23_1 + u24_1;
                final float u27_1 = u26_1 + u25_1;
                final float u28_1 = t6 * u15_1;
                final float u29_1 = t7 * u16_1;
                final float u30_1 = t8 * u17_1;
                final float u31_1 = u28_1 + u29_1;
                final float u32_1 = u31_1 + u30_1;
                final float ky1_0 = u22_1 - cmp1_0;
                final float kt1_0 = acc1_0 + ky1_0;
                cmp1_0 = Float.isFinite(kt1_0) ? (kt1_0 - acc1_0) - ky1_0 : 0;
                acc1_0 = kt1_0;
                final float ky1_1 = u27_1 - cmp1_1;
                final float kt1_1 = acc1_1 + ky1_1;
                cmp1_1 = Float.isFinite(kt1_1) ? (kt1_1 - acc1_1) - ky1_1 : 0;
                acc1_1 = kt1_1;
                final float ky1_2 = u32_1 - cmp1_2;
                final float kt1_2 = acc1_2 + ky1_2;
                cmp1_2 = Float.isFinite(kt1_2) ? (kt1_2 - acc1_2) - ky1_2 : 0;
                acc1_2 = kt1_2;
            }
            out[r * 3] = acc0_0;
            out[r * 3 + 1] = acc0_1;
            out[r * 3 + 2] = acc0_2;
            out[(r + 1) * 3] = acc1_0;
            out[(r + 1) * 3 + 1] = acc1_1;
            out[(r + 1) * 3 + 2] = acc1_2;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void applyRow(float[] A_, float[] x_, float[][] soa2, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float t0 = A_[0];
            final float t1 = A_[1];
            final float t2 = A_[2];
            final float t3 = A_[3];
            final float t4 = A_[4];
            final float t5 = A_[5];
            final float t6 = A_[6];
            final float t7 = A_[7];
            final float t8 = A_[8];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float[] col2_2 = soa2[2];
            final FloatVector b0 = FloatVector.broadcast(FS, t0);
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final FloatVector b2 = FloatVector.broadcast(FS, t2);
            final FloatVector b3 = FloatVector.broadcast(FS, t3);
            final FloatVector b4 = FloatVector.broadcast(FS, t4);
            final FloatVector b5 = FloatVector.broadcast(FS, t5);
            final FloatVector b6 = FloatVector.broadcast(FS, t6);
            final FloatVector b7 = FloatVector.broadcast(FS, t7);
            final FloatVector b8 = FloatVector.broadcast(FS, t8);
            final float t9_0 = x_[r * 3];
            final float t10_0 = x_[r * 3 + 1];
            final float t11_0 = x_[r * 3 + 2];
            final FloatVector b9_0 = FloatVector.broadcast(FS, t9_0);
            final FloatVector b10_0 = FloatVector.broadcast(FS, t10_0);
            final FloatVector b11_0 = FloatVector.broadcast(FS, t11_0);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector cmpv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            FloatVector cmpv0_1 = FloatVector.zero(FS);
            FloatVector accv0_2 = FloatVector.zero(FS);
            FloatVector cmpv0_2 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v13 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v14 = FloatVector.fromArray(FS, col2_2, j);
                final FloatVector v15_0 = b9_0.sub(v12);
                final FloatVector v16_0 = b10_0.sub(v13);
                final FloatVector v17_0 = b11_0.sub(v14);
                final FloatVector v19_0 = b1.mul(v16_0);
                final FloatVector v21_0 = b0.fma(v15_0, v19_0);
                final FloatVector v22_0 = b2.fma(v17_0, v21_0);
                final FloatVector v24_0 = b4.mul(v16_0);
                final FloatVector v26_0 = b3.fma(v15_0, v24_0);
                final FloatVector v27_0 = b5.fma(v17_0, v26_0);
                final FloatVector v29_0 = b7.mul(v16_0);
                final FloatVector v31_0 = b6.fma(v15_0, v29_0);
                final FloatVector v32_0 = b8.fma(v17_0, v31_0);
                final FloatVector ky0_0 = v22_0.sub(cmpv0_0);
                final FloatVector kt0_0 = accv0_0.add(ky0_0);
                cmpv0_0 = FloatVector.zero(FS).blend(kt0_0.sub(accv0_0).sub(ky0_0), kt0_0.test(VectorOperators.IS_FINITE));
                accv0_0 = kt0_0;
                final FloatVector ky0_1 = v27_0.sub(cmpv0_1);
                final FloatVector kt0_1 = accv0_1.add(ky0_1);
                cmpv0_1 = FloatVector.zero(FS).blend(kt0_1.sub(accv0_1).sub(ky0_1), kt0_1.test(VectorOperators.IS_FINITE));
                accv0_1 = kt0_1;
                final FloatVector ky0_2 = v32_0.sub(cmpv0_2);
                final FloatVector kt0_2 = accv0_2.add(ky0_2);
                cmpv0_2 = FloatVector.zero(FS).blend(kt0_2.sub(accv0_2).sub(ky0_2), kt0_2.test(VectorOperators.IS_FINITE));
                accv0_2 = kt0_2;
            }
            accv0_0.intoArray(ln, 0);
            cmpv0_0.neg().intoArray(ln, FS.length());
            accv0_1.intoArray(ln, 2 * FS.length());
            cmpv0_1.neg().intoArray(ln, 3 * FS.length());
            accv0_2.intoArray(ln, 4 * FS.length());
            cmpv0_2.neg().intoArray(ln, 5 * FS.length());
            for (int part = 0; part < 6 * FS.length(); part += 2 * FS.length()) {
                float laneSum = 0;
                float laneCmp = 0;
                for (int term = part; term < part + 2 * FS.length(); term++) {
                    final float ky = ln[term] - laneCmp;
                    final float kt = laneSum + ky;
                    laneCmp = Float.isFinite(kt) ? (kt - laneSum) - ky : 0;
                    laneSum = kt;
                }
                ln[part] = laneSum;
                ln[part + 1] = laneCmp;
            }
            float acc0_0 = ln[0];
            float cmp0_0 = ln[1];
            float acc0_1 = ln[2 * FS.length()];
            float cmp0_1 = ln[2 * FS.length() + 1];
            float acc0_2 = ln[4 * FS.length()];
            float cmp0_2 = ln[4 * FS.length() + 1];
            st[0] = acc0_0;
            st[1] = cmp0_0;
            st[2] = acc0_1;
            st[3] = cmp0_1;
            st[4] = acc0_2;
            st[5] = cmp0_2;
            applyRowTail(A_, x_, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void applyRowTail(float[] A_, float[] x_, float[][] soa2, int r, int js,
                int je, float[] out, int bound, double[] st, int[] ist) {
            final float t0 = A_[0];
            final float t1 = A_[1];
            final float t2 = A_[2];
            final float t3 = A_[3];
            final float t4 = A_[4];
            final float t5 = A_[5];
            final float t6 = A_[6];
            final float t7 = A_[7];
            final float t8 = A_[8];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float[] col2_2 = soa2[2];
            final float t9_0 = x_[r * 3];
            final float t10_0 = x_[r * 3 + 1];
            final float t11_0 = x_[r * 3 + 2];
            float acc0_0 = (float) st[0];
            float cmp0_0 = (float) st[1];
            float acc0_1 = (float) st[2];
            float cmp0_1 = (float) st[3];
            float acc0_2 = (float) st[4];
            float cmp0_2 = (float) st[5];
            for (int j = bound; j < je; j++) {
                final float u12 = col2_0[j];
                final float u13 = col2_1[j];
                final float u14 = col2_2[j];
                final float u15_0 = t9_0 - u12;
                final float u16_0 = t10_0 - u13;
                final float u17_0 = t11_0 - u14;
                final float u18_0 = t0 * u15_0;
                final float u19_0 = t1 * u16_0;
                final float u20_0 = t2 * u17_0;
                final float u21_0 = u18_0 + u19_0;
                final float u22_0 = u21_0 + u20_0;
                final float u23_0 = t3 * u15_0;
                final float u24_0 = t4 * u16_0;
                final float u25_0 = t5 * u17_0;
                final float u26_0 = u23_0 + u24_0;
                final float u27_0 = u26_0 + u25_0;
                final float u28_0 = t6 * u15_0;
                final float u29_0 = t7 * u16_0;
                final float u30_0 = t8 * u17_0;
                final float u31_0 = u28_0 + u29_0;
                final float u32_0 = u31_0 + u30_0;
                final float ky0_0 = u22_0 - cmp0_0;
                final float kt0_0 = acc0_0 + ky0_0;
                cmp0_0 = Float.isFinite(kt0_0) ? (kt0_0 - acc0_0) - ky0_0 : 0;
                acc0_0 = kt0_0;
                final float ky0_1 = u27_0 - cmp0_1;
                final float kt0_1 = acc0_1 + ky0_1;
                cmp0_1 = Float.isFinite(kt0_1) ? (kt0_1 - acc0_1) - ky0_1 : 0;
                acc0_1 = kt0_1;
                final float ky0_2 = u32_0 - cmp0_2;
                final float kt0_2 = acc0_2 + ky0_2;
                cmp0_2 = Float.isFinite(kt0_2) ? (kt0_2 - acc0_2) - ky0_2 : 0;
                acc0_2 = kt0_2;
            }
            out[r * 3] = acc0_0;
            out[r * 3 + 1] = acc0_1;
            out[r * 3 + 2] = acc0_2;
        }

        static void smooth$part(double[][] soa0, double[] y_, double[][] soa2, double g_, int r0,
                int r1, int js, int je, double[] out) {
            final double[] st = new double[5];
            final int[] ist = new int[0];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r < r1; r++) {
                smooth$partRow(soa0, y_, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void smooth$partRow(double[][] soa0, double[] y_, double[][] soa2, double g_,
                int r, int js, int je, double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final DoubleVector b10 = DoubleVector.broadcast(DS, g_);
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            DoubleVector mxv0 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector swv0 = DoubleVector.zero(DS);
            DoubleVector sev0_0 = DoubleVector.zero(DS);
            DoubleVector sev0_1 = DoubleVector.zero(DS);
            DoubleVector sev0_2 = DoubleVector.zero(DS);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final DoubleVector v0 = DoubleVector.fromArray(DS, col0_0, j);
                final DoubleVector v1 = DoubleVector.fromArray(DS, col0_1, j);
                final DoubleVector v12 = DoubleVector.fromArray(DS, col2_0, j);
                final DoubleVector v13 = DoubleVector.fromArray(DS, col2_1, j);
                final DoubleVector v14 = DoubleVector.fromArray(DS, col2_2, j);
                final DoubleVector v4_0 = v0.sub(b2_0);
                final DoubleVector v5_0 = v1.sub(b3_0);
                final DoubleVector v7_0 = v5_0.mul(v5_0);
                final DoubleVector v8_0 = v4_0.fma(v4_0, v7_0);
                final DoubleVector v9_0 = v8_0.neg();
                final DoubleVector v11_0 = v9_0.mul(b10);
                final VectorMask<Double> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Double> keep0 = v11_0.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.4426950408889634, 6.755399441055744E15);
                final var e0k1 = e0k0.sub(6.755399441055744E15);
                final var e0k2 = e0k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed0);
                final var e0k3 = e0k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e0k2);
                final var e0k4 = e0k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e0k5 = e0k4.fma(e0k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e0k6 = e0k5.fma(e0k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e0k7 = e0k6.fma(e0k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e0k8 = e0k7.fma(e0k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e0k9 = e0k8.fma(e0k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e0k10 = e0k9.fma(e0k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e0k11 = e0k10.fma(e0k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e0k12 = e0k11.fma(e0k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e0k13 = e0k12.fma(e0k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e0k14 = e0k13.fma(e0k3, DoubleVector.broadcast(DS, 0.5));
                final var e0k15 = e0k14.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k16 = e0k15.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k17 = e0k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e0k18 = e0k16.reinterpretAsLongs().add(e0k17).reinterpretAsDoubles();
                final DoubleVector e0 = ed0.mul(Double.POSITIVE_INFINITY).blend(e0k18, ed0.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed0.lt(-708.3964185322641));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, DoubleVector.broadcast(DS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v13, sev0_1).blend(sev0_1.fma(e0, v13), up0).blend(sev0_1, keep0);
                sev0_2 = e0.fma(v14, sev0_2).blend(sev0_2.fma(e0, v14), up0).blend(sev0_2, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
            }
            double mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            double sw0 = 0;
            double se0_0 = 0;
            double se0_1 = 0;
            double se0_2 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv0.lane(l);
                final double f = ml == mx0 ? 1 : Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
                se0_2 += sev0_2.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            st[3] = se0_1;
            st[4] = se0_2;
            smooth$partRowTail(soa0, y_, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void smooth$partRowTail(double[][] soa0, double[] y_, double[][] soa2,
                double g_, int r, int js, int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            double mx0 = st[0];
            double sw0 = st[1];
            double se0_0 = st[2];
            double se0_1 = st[3];
            double se0_2 = st[4];
            for (int j = bound; j < je; j++) {
                final double u0 = col0_0[j];
                final double u1 = col0_1[j];
                final double u12 = col2_0[j];
                final double u13 = col2_1[j];
                final double u14 = col2_2[j];
                final double u4_0 = u0 - t2_0;
                final double u5_0 = u1 - t3_0;
                final double u6_0 = u4_0 * u4_0;
                final double u7_0 = u5_0 * u5_0;
                final double u8_0 = u6_0 + u7_0;
                final double u9_0 = -u8_0;
                final double u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final double sc = Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    se0_1 = se0_1 * sc + u13;
                    se0_2 = se0_2 * sc + u14;
                    mx0 = u11_0;
                } else if (u11_0 != Double.NEGATIVE_INFINITY) {
                    final double e = u11_0 == mx0 ? 1 : Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                    se0_1 += e * u13;
                    se0_2 += e * u14;
                }
            }
            out[r * 5] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[r * 5 + 1] = sw0 == 0 ? 0 : se0_1 / sw0;
            out[r * 5 + 2] = sw0 == 0 ? 0 : se0_2 / sw0;
            out[r * 5 + 3] = mx0;
            out[r * 5 + 4] = sw0;
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

        static void softMin(double[] x_, double[][] soa1, double[][] soa2, double p_, int r0,
                int r1, int js, int je, double[] out) {
            final double[] st = new double[2];
            final int[] ist = new int[0];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r < r1; r++) {
                softMinRow(x_, soa1, soa2, p_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void softMinRow(double[] x_, double[][] soa1, double[][] soa2, double p_,
                int r, int js, int je, double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col2_0 = soa2[0];
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final DoubleVector b1 = DoubleVector.broadcast(DS, p_);
            final double t2_0 = x_[r * 2];
            final double t3_0 = x_[r * 2 + 1];
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            DoubleVector mxv0 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector sev0_0 = DoubleVector.zero(DS);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final DoubleVector v0 = DoubleVector.fromArray(DS, col2_0, j);
                final DoubleVector v4 = DoubleVector.fromArray(DS, col1_0, j);
                final DoubleVector v5 = DoubleVector.fromArray(DS, col1_1, j);
                final DoubleVector v6_0 = b2_0.sub(v4);
                final DoubleVector v7_0 = b3_0.sub(v5);
                final DoubleVector v9_0 = v7_0.mul(v7_0);
                final DoubleVector v10_0 = v6_0.fma(v6_0, v9_0);
                final DoubleVector v11_0 = b1.mul(v10_0);
                final DoubleVector v12_0 = v0.sub(v11_0);
                final VectorMask<Double> up0 = v12_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Double> keep0 = v12_0.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed0 = v12_0.min(mxv0).sub(v12_0.max(mxv0)).blend(0, v12_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.4426950408889634, 6.755399441055744E15);
                final var e0k1 = e0k0.sub(6.755399441055744E15);
                final var e0k2 = e0k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed0);
                final var e0k3 = e0k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e0k2);
                final var e0k4 = e0k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e0k5 = e0k4.fma(e0k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e0k6 = e0k5.fma(e0k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e0k7 = e0k6.fma(e0k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e0k8 = e0k7.fma(e0k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e0k9 = e0k8.fma(e0k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e0k10 = e0k9.fma(e0k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e0k11 = e0k10.fma(e0k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e0k12 = e0k11.fma(e0k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e0k13 = e0k12.fma(e0k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e0k14 = e0k13.fma(e0k3, DoubleVector.broadcast(DS, 0.5));
                final var e0k15 = e0k14.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k16 = e0k15.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k17 = e0k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e0k18 = e0k16.reinterpretAsLongs().add(e0k17).reinterpretAsDoubles();
                final DoubleVector e0 = ed0.mul(Double.POSITIVE_INFINITY).blend(e0k18, ed0.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed0.lt(-708.3964185322641));
                sev0_0 = sev0_0.add(e0).blend(sev0_0.fma(e0, DoubleVector.broadcast(DS, 1)), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v12_0, up0);
            }
            double mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            double se0_0 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv0.lane(l);
                final double f = ml == mx0 ? 1 : Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            softMinRowTail(x_, soa1, soa2, p_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void softMinRowTail(double[] x_, double[][] soa1, double[][] soa2, double p_,
                int r, int js, int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col2_0 = soa2[0];
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t2_0 = x_[r * 2];
            final double t3_0 = x_[r * 2 + 1];
            double mx0 = st[0];
            double se0_0 = st[1];
            for (int j = bound; j < je; j++) {
                final double u0 = col2_0[j];
                final double u4 = col1_0[j];
                final double u5 = col1_1[j];
                final double u6_0 = t2_0 - u4;
                final double u7_0 = t3_0 - u5;
                final double u8_0 = u6_0 * u6_0;
                final double u9_0 = u7_0 * u7_0;
                final double u10_0 = u8_0 + u9_0;
                final double u11_0 = p_ * u10_0;
                final double u12_0 = u0 - u11_0;
                if (u12_0 > mx0) {
                    final double sc = Math.exp(mx0 - u12_0);
                    se0_0 = se0_0 * sc + 1;
                    mx0 = u12_0;
                } else if (u12_0 != Double.NEGATIVE_INFINITY) {
                    final double e = u12_0 == mx0 ? 1 : Math.exp(u12_0 - mx0);
                    se0_0 += e;
                }
            }
            out[r] = mx0 + Math.log(se0_0);
        }

        static void smooth(double[][] soa0, double[] y_, double[][] soa2, double g_, int r0, int r1,
                int js, int je, double[] out) {
            final double[] st = new double[5];
            final int[] ist = new int[0];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r < r1; r++) {
                smoothRow(soa0, y_, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void smoothRow(double[][] soa0, double[] y_, double[][] soa2, double g_,
                int r, int js, int je, double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final DoubleVector b10 = DoubleVector.broadcast(DS, g_);
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            DoubleVector mxv0 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector swv0 = DoubleVector.zero(DS);
            DoubleVector sev0_0 = DoubleVector.zero(DS);
            DoubleVector sev0_1 = DoubleVector.zero(DS);
            DoubleVector sev0_2 = DoubleVector.zero(DS);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final DoubleVector v0 = DoubleVector.fromArray(DS, col0_0, j);
                final DoubleVector v1 = DoubleVector.fromArray(DS, col0_1, j);
                final DoubleVector v12 = DoubleVector.fromArray(DS, col2_0, j);
                final DoubleVector v13 = DoubleVector.fromArray(DS, col2_1, j);
                final DoubleVector v14 = DoubleVector.fromArray(DS, col2_2, j);
                final DoubleVector v4_0 = v0.sub(b2_0);
                final DoubleVector v5_0 = v1.sub(b3_0);
                final DoubleVector v7_0 = v5_0.mul(v5_0);
                final DoubleVector v8_0 = v4_0.fma(v4_0, v7_0);
                final DoubleVector v9_0 = v8_0.neg();
                final DoubleVector v11_0 = v9_0.mul(b10);
                final VectorMask<Double> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Double> keep0 = v11_0.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.4426950408889634, 6.755399441055744E15);
                final var e0k1 = e0k0.sub(6.755399441055744E15);
                final var e0k2 = e0k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed0);
                final var e0k3 = e0k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e0k2);
                final var e0k4 = e0k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e0k5 = e0k4.fma(e0k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e0k6 = e0k5.fma(e0k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e0k7 = e0k6.fma(e0k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e0k8 = e0k7.fma(e0k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e0k9 = e0k8.fma(e0k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e0k10 = e0k9.fma(e0k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e0k11 = e0k10.fma(e0k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e0k12 = e0k11.fma(e0k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e0k13 = e0k12.fma(e0k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e0k14 = e0k13.fma(e0k3, DoubleVector.broadcast(DS, 0.5));
                final var e0k15 = e0k14.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k16 = e0k15.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k17 = e0k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e0k18 = e0k16.reinterpretAsLongs().add(e0k17).reinterpretAsDoubles();
                final DoubleVector e0 = ed0.mul(Double.POSITIVE_INFINITY).blend(e0k18, ed0.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed0.lt(-708.3964185322641));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, DoubleVector.broadcast(DS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v13, sev0_1).blend(sev0_1.fma(e0, v13), up0).blend(sev0_1, keep0);
                sev0_2 = e0.fma(v14, sev0_2).blend(sev0_2.fma(e0, v14), up0).blend(sev0_2, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
            }
            double mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            double sw0 = 0;
            double se0_0 = 0;
            double se0_1 = 0;
            double se0_2 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv0.lane(l);
                final double f = ml == mx0 ? 1 : Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
                se0_2 += sev0_2.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            st[3] = se0_1;
            st[4] = se0_2;
            smoothRowTail(soa0, y_, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void smoothRowTail(double[][] soa0, double[] y_, double[][] soa2, double g_,
                int r, int js, int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            double mx0 = st[0];
            double sw0 = st[1];
            double se0_0 = st[2];
            double se0_1 = st[3];
            double se0_2 = st[4];
            for (int j = bound; j < je; j++) {
                final double u0 = col0_0[j];
                final double u1 = col0_1[j];
                final double u12 = col2_0[j];
                final double u13 = col2_1[j];
                final double u14 = col2_2[j];
                final double u4_0 = u0 - t2_0;
                final double u5_0 = u1 - t3_0;
                final double u6_0 = u4_0 * u4_0;
                final double u7_0 = u5_0 * u5_0;
                final double u8_0 = u6_0 + u7_0;
                final double u9_0 = -u8_0;
                final double u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final double sc = Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    se0_1 = se0_1 * sc + u13;
                    se0_2 = se0_2 * sc + u14;
                    mx0 = u11_0;
                } else if (u11_0 != Double.NEGATIVE_INFINITY) {
                    final double e = u11_0 == mx0 ? 1 : Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                    se0_1 += e * u13;
                    se0_2 += e * u14;
                }
            }
            out[r * 3] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[r * 3 + 1] = sw0 == 0 ? 0 : se0_1 / sw0;
            out[r * 3 + 2] = sw0 == 0 ? 0 : se0_2 / sw0;
        }

        static void nearest(double[] x_, double[][] soa1, int r0, int r1, int js, int je,
                double[] out, int[] outIndex) {
            final double[] st = new double[4];
            final int[] ist = new int[4];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                nearestRows4(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                nearestRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void nearestRows4(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int[] outIndex, double[] st, int[] ist, double[] ln) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double[] col1_2 = soa1[2];
            final double t0_0 = x_[r * 3];
            final double t1_0 = x_[r * 3 + 1];
            final double t2_0 = x_[r * 3 + 2];
            final DoubleVector b0_0 = DoubleVector.broadcast(DS, t0_0);
            final DoubleVector b1_0 = DoubleVector.broadcast(DS, t1_0);
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final double t0_1 = x_[(r + 1) * 3];
            final double t1_1 = x_[(r + 1) * 3 + 1];
            final double t2_1 = x_[(r + 1) * 3 + 2];
            final DoubleVector b0_1 = DoubleVector.broadcast(DS, t0_1);
            final DoubleVector b1_1 = DoubleVector.broadcast(DS, t1_1);
            final DoubleVector b2_1 = DoubleVector.broadcast(DS, t2_1);
            final double t0_2 = x_[(r + 2) * 3];
            final double t1_2 = x_[(r + 2) * 3 + 1];
            final double t2_2 = x_[(r + 2) * 3 + 2];
            final DoubleVector b0_2 = DoubleVector.broadcast(DS, t0_2);
            final DoubleVector b1_2 = DoubleVector.broadcast(DS, t1_2);
            final DoubleVector b2_2 = DoubleVector.broadcast(DS, t2_2);
            final double t0_3 = x_[(r + 3) * 3];
            final double t1_3 = x_[(r + 3) * 3 + 1];
            final double t2_3 = x_[(r + 3) * 3 + 2];
            final DoubleVector b0_3 = DoubleVector.broadcast(DS, t0_3);
            final DoubleVector b1_3 = DoubleVector.broadcast(DS, t1_3);
            final DoubleVector b2_3 = DoubleVector.broadcast(DS, t2_3);
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
                final DoubleVector v3 = DoubleVector.fromArray(DS, col1_0, j);
                final DoubleVector v4 = DoubleVector.fromArray(DS, col1_1, j);
                final DoubleVector v5 = DoubleVector.fromArray(DS, col1_2, j);
                final DoubleVector v6_0 = b0_0.sub(v3);
                final DoubleVector v7_0 = b1_0.sub(v4);
                final DoubleVector v8_0 = b2_0.sub(v5);
                final DoubleVector v10_0 = v7_0.mul(v7_0);
                final DoubleVector v12_0 = v6_0.fma(v6_0, v10_0);
                final DoubleVector v13_0 = v8_0.fma(v8_0, v12_0);
                final DoubleVector v14_0 = v13_0.sqrt();
                final VectorMask<Double> mk0_0 = v14_0.compare(VectorOperators.LT, accv0_0).or(idxv0_0.lt(0).cast(DS).and(v14_0.eq(v14_0)));
                accv0_0 = accv0_0.blend(v14_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(DIS));
                final DoubleVector v6_1 = b0_1.sub(v3);
                final DoubleVector v7_1 = b1_1.sub(v4);
                final DoubleVector v8_1 = b2_1.sub(v5);
                final DoubleVector v10_1 = v7_1.mul(v7_1);
                final DoubleVector v12_1 = v6_1.fma(v6_1, v10_1);
                final DoubleVector v13_1 = v8_1.fma(v8_1, v12_1);
                final DoubleVector v14_1 = v13_1.sqrt();
                final VectorMask<Double> mk1_0 = v14_1.compare(VectorOperators.LT, accv1_0).or(idxv1_0.lt(0).cast(DS).and(v14_1.eq(v14_1)));
                accv1_0 = accv1_0.blend(v14_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(DIS));
                final DoubleVector v6_2 = b0_2.sub(v3);
                final DoubleVector v7_2 = b1_2.sub(v4);
                final DoubleVector v8_2 = b2_2.sub(v5);
                final DoubleVector v10_2 = v7_2.mul(v7_2);
                final DoubleVector v12_2 = v6_2.fma(v6_2, v10_2);
                final DoubleVector v13_2 = v8_2.fma(v8_2, v12_2);
                final DoubleVector v14_2 = v13_2.sqrt();
                final VectorMask<Double> mk2_0 = v14_2.compare(VectorOperators.LT, accv2_0).or(idxv2_0.lt(0).cast(DS).and(v14_2.eq(v14_2)));
                accv2_0 = accv2_0.blend(v14_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(DIS));
                final DoubleVector v6_3 = b0_3.sub(v3);
                final DoubleVector v7_3 = b1_3.sub(v4);
                final DoubleVector v8_3 = b2_3.sub(v5);
                final DoubleVector v10_3 = v7_3.mul(v7_3);
                final DoubleVector v12_3 = v6_3.fma(v6_3, v10_3);
                final DoubleVector v13_3 = v8_3.fma(v8_3, v12_3);
                final DoubleVector v14_3 = v13_3.sqrt();
                final VectorMask<Double> mk3_0 = v14_3.compare(VectorOperators.LT, accv3_0).or(idxv3_0.lt(0).cast(DS).and(v14_3.eq(v14_3)));
                accv3_0 = accv3_0.blend(v14_3, mk3_0);
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
            nearestRows4Tail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void nearestRows4Tail(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double[] col1_2 = soa1[2];
            final double t0_0 = x_[r * 3];
            final double t1_0 = x_[r * 3 + 1];
            final double t2_0 = x_[r * 3 + 2];
            final double t0_1 = x_[(r + 1) * 3];
            final double t1_1 = x_[(r + 1) * 3 + 1];
            final double t2_1 = x_[(r + 1) * 3 + 2];
            final double t0_2 = x_[(r + 2) * 3];
            final double t1_2 = x_[(r + 2) * 3 + 1];
            final double t2_2 = x_[(r + 2) * 3 + 2];
            final double t0_3 = x_[(r + 3) * 3];
            final double t1_3 = x_[(r + 3) * 3 + 1];
            final double t2_3 = x_[(r + 3) * 3 + 2];
            double acc0_0 = st[0];
            int idx0_0 = ist[0];
            double acc1_0 = st[1];
            int idx1_0 = ist[1];
            double acc2_0 = st[2];
            int idx2_0 = ist[2];
            double acc3_0 = st[3];
            int idx3_0 = ist[3];
            for (int j = bound; j < je; j++) {
                final double u3 = col1_0[j];
                final double u4 = col1_1[j];
                final double u5 = col1_2[j];
                final double u6_0 = t0_0 - u3;
                final double u7_0 = t1_0 - u4;
                final double u8_0 = t2_0 - u5;
                final double u9_0 = u6_0 * u6_0;
                final double u10_0 = u7_0 * u7_0;
                final double u11_0 = u8_0 * u8_0;
                final double u12_0 = u9_0 + u10_0;
                final double u13_0 = u12_0 + u11_0;
                final double u14_0 = Math.sqrt(u13_0);
                if (u14_0 < acc0_0 || (idx0_0 < 0 && u14_0 == u14_0)) {
                    acc0_0 = u14_0;
                    idx0_0 = j;
                }
                final double u6_1 = t0_1 - u3;
                final double u7_1 = t1_1 - u4;
                final double u8_1 = t2_1 - u5;
                final double u9_1 = u6_1 * u6_1;
                final double u10_1 = u7_1 * u7_1;
                final double u11_1 = u8_1 * u8_1;
                final double u12_1 = u9_1 + u10_1;
                final double u13_1 = u12_1 + u11_1;
                final double u14_1 = Math.sqrt(u13_1);
                if (u14_1 < acc1_0 || (idx1_0 < 0 && u14_1 == u14_1)) {
                    acc1_0 = u14_1;
                    idx1_0 = j;
                }
                final double u6_2 = t0_2 - u3;
                final double u7_2 = t1_2 - u4;
                final double u8_2 = t2_2 - u5;
                final double u9_2 = u6_2 * u6_2;
                final double u10_2 = u7_2 * u7_2;
                final double u11_2 = u8_2 * u8_2;
                final double u12_2 = u9_2 + u10_2;
                final double u13_2 = u12_2 + u11_2;
                final double u14_2 = Math.sqrt(u13_2);
                if (u14_2 < acc2_0 || (idx2_0 < 0 && u14_2 == u14_2)) {
                    acc2_0 = u14_2;
                    idx2_0 = j;
                }
                final double u6_3 = t0_3 - u3;
                final double u7_3 = t1_3 - u4;
                final double u8_3 = t2_3 - u5;
                final double u9_3 = u6_3 * u6_3;
                final double u10_3 = u7_3 * u7_3;
                final double u11_3 = u8_3 * u8_3;
                final double u12_3 = u9_3 + u10_3;
                final double u13_3 = u12_3 + u11_3;
                final double u14_3 = Math.sqrt(u13_3);
                if (u14_3 < acc3_0 || (idx3_0 < 0 && u14_3 == u14_3)) {
                    acc3_0 = u14_3;
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
        private static void nearestRow(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int[] outIndex, double[] st, int[] ist, double[] ln) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double[] col1_2 = soa1[2];
            final double t0_0 = x_[r * 3];
            final double t1_0 = x_[r * 3 + 1];
            final double t2_0 = x_[r * 3 + 2];
            final DoubleVector b0_0 = DoubleVector.broadcast(DS, t0_0);
            final DoubleVector b1_0 = DoubleVector.broadcast(DS, t1_0);
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            DoubleVector accv0_0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(DIS, -1);
            final IntVector iota = IntVector.zero(DIS).addIndex(1);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final IntVector jv = iota.add(j);
                final DoubleVector v3 = DoubleVector.fromArray(DS, col1_0, j);
                final DoubleVector v4 = DoubleVector.fromArray(DS, col1_1, j);
                final DoubleVector v5 = DoubleVector.fromArray(DS, col1_2, j);
                final DoubleVector v6_0 = b0_0.sub(v3);
                final DoubleVector v7_0 = b1_0.sub(v4);
                final DoubleVector v8_0 = b2_0.sub(v5);
                final DoubleVector v10_0 = v7_0.mul(v7_0);
                final DoubleVector v12_0 = v6_0.fma(v6_0, v10_0);
                final DoubleVector v13_0 = v8_0.fma(v8_0, v12_0);
                final DoubleVector v14_0 = v13_0.sqrt();
                final VectorMask<Double> mk0_0 = v14_0.compare(VectorOperators.LT, accv0_0).or(idxv0_0.lt(0).cast(DS).and(v14_0.eq(v14_0)));
                accv0_0 = accv0_0.blend(v14_0, mk0_0);
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
            nearestRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void nearestRowTail(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double[] col1_2 = soa1[2];
            final double t0_0 = x_[r * 3];
            final double t1_0 = x_[r * 3 + 1];
            final double t2_0 = x_[r * 3 + 2];
            double acc0_0 = st[0];
            int idx0_0 = ist[0];
            for (int j = bound; j < je; j++) {
                final double u3 = col1_0[j];
                final double u4 = col1_1[j];
                final double u5 = col1_2[j];
                final double u6_0 = t0_0 - u3;
                final double u7_0 = t1_0 - u4;
                final double u8_0 = t2_0 - u5;
                final double u9_0 = u6_0 * u6_0;
                final double u10_0 = u7_0 * u7_0;
                final double u11_0 = u8_0 * u8_0;
                final double u12_0 = u9_0 + u10_0;
                final double u13_0 = u12_0 + u11_0;
                final double u14_0 = Math.sqrt(u13_0);
                if (u14_0 < acc0_0 || (idx0_0 < 0 && u14_0 == u14_0)) {
                    acc0_0 = u14_0;
                    idx0_0 = j;
                }
            }
            out[r] = acc0_0;
            outIndex[r] = idx0_0;
        }

        static void apply(float[] A_, float[] x_, float[][] soa2, int r0, int r1, int js, int je,
                float[] out) {
            final double[] st = new double[12];
            final int[] ist = new int[0];
            final float[] ln = new float[6 * FS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                applyRows2(A_, x_, soa2, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                applyRow(A_, x_, soa2, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void applyRows2(float[] A_, float[] x_, float[][] soa2, int r, int js,
                int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float t0 = A_[0];
            final float t1 = A_[1];
            final float t2 = A_[2];
            final float t3 = A_[3];
            final float t4 = A_[4];
            final float t5 = A_[5];
            final float t6 = A_[6];
            final float t7 = A_[7];
            final float t8 = A_[8];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float[] col2_2 = soa2[2];
            final FloatVector b0 = FloatVector.broadcast(FS, t0);
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final FloatVector b2 = FloatVector.broadcast(FS, t2);
            final FloatVector b3 = FloatVector.broadcast(FS, t3);
            final FloatVector b4 = FloatVector.broadcast(FS, t4);
            final FloatVector b5 = FloatVector.broadcast(FS, t5);
            final FloatVector b6 = FloatVector.broadcast(FS, t6);
            final FloatVector b7 = FloatVector.broadcast(FS, t7);
            final FloatVector b8 = FloatVector.broadcast(FS, t8);
            final float t9_0 = x_[r * 3];
            final float t10_0 = x_[r * 3 + 1];
            final float t11_0 = x_[r * 3 + 2];
            final FloatVector b9_0 = FloatVector.broadcast(FS, t9_0);
            final FloatVector b10_0 = FloatVector.broadcast(FS, t10_0);
            final FloatVector b11_0 = FloatVector.broadcast(FS, t11_0);
            final float t9_1 = x_[(r + 1) * 3];
            final float t10_1 = x_[(r + 1) * 3 + 1];
            final float t11_1 = x_[(r + 1) * 3 + 2];
            final FloatVector b9_1 = FloatVector.broadcast(FS, t9_1);
            final FloatVector b10_1 = FloatVector.broadcast(FS, t10_1);
            final FloatVector b11_1 = FloatVector.broadcast(FS, t11_1);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector cmpv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            FloatVector cmpv0_1 = FloatVector.zero(FS);
            FloatVector accv0_2 = FloatVector.zero(FS);
            FloatVector cmpv0_2 = FloatVector.zero(FS);
            FloatVector accv1_0 = FloatVector.zero(FS);
            FloatVector cmpv1_0 = FloatVector.zero(FS);
            FloatVector accv1_1 = FloatVector.zero(FS);
            FloatVector cmpv1_1 = FloatVector.zero(FS);
            FloatVector accv1_2 = FloatVector.zero(FS);
            FloatVector cmpv1_2 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v13 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v14 = FloatVector.fromArray(FS, col2_2, j);
                final FloatVector v15_0 = b9_0.sub(v12);
                final FloatVector v16_0 = b10_0.sub(v13);
                final FloatVector v17_0 = b11_0.sub(v14);
                final FloatVector v19_0 = b1.mul(v16_0);
                final FloatVector v21_0 = b0.fma(v15_0, v19_0);
                final FloatVector v22_0 = b2.fma(v17_0, v21_0);
                final FloatVector v24_0 = b4.mul(v16_0);
                final FloatVector v26_0 = b3.fma(v15_0, v24_0);
                final FloatVector v27_0 = b5.fma(v17_0, v26_0);
                final FloatVector v29_0 = b7.mul(v16_0);
                final FloatVector v31_0 = b6.fma(v15_0, v29_0);
                final FloatVector v32_0 = b8.fma(v17_0, v31_0);
                final FloatVector ky0_0 = v22_0.sub(cmpv0_0);
                final FloatVector kt0_0 = accv0_0.add(ky0_0);
                cmpv0_0 = FloatVector.zero(FS).blend(kt0_0.sub(accv0_0).sub(ky0_0), kt0_0.test(VectorOperators.IS_FINITE));
                accv0_0 = kt0_0;
                final FloatVector ky0_1 = v27_0.sub(cmpv0_1);
                final FloatVector kt0_1 = accv0_1.add(ky0_1);
                cmpv0_1 = FloatVector.zero(FS).blend(kt0_1.sub(accv0_1).sub(ky0_1), kt0_1.test(VectorOperators.IS_FINITE));
                accv0_1 = kt0_1;
                final FloatVector ky0_2 = v32_0.sub(cmpv0_2);
                final FloatVector kt0_2 = accv0_2.add(ky0_2);
                cmpv0_2 = FloatVector.zero(FS).blend(kt0_2.sub(accv0_2).sub(ky0_2), kt0_2.test(VectorOperators.IS_FINITE));
                accv0_2 = kt0_2;
                final FloatVector v15_1 = b9_1.sub(v12);
                final FloatVector v16_1 = b10_1.sub(v13);
                final FloatVector v17_1 = b11_1.sub(v14);
                final FloatVector v19_1 = b1.mul(v16_1);
                final FloatVector v21_1 = b0.fma(v15_1, v19_1);
                final FloatVector v22_1 = b2.fma(v17_1, v21_1);
                final FloatVector v24_1 = b4.mul(v16_1);
                final FloatVector v26_1 = b3.fma(v15_1, v24_1);
                final FloatVector v27_1 = b5.fma(v17_1, v26_1);
                final FloatVector v29_1 = b7.mul(v16_1);
                final FloatVector v31_1 = b6.fma(v15_1, v29_1);
                final FloatVector v32_1 = b8.fma(v17_1, v31_1);
                final FloatVector ky1_0 = v22_1.sub(cmpv1_0);
                final FloatVector kt1_0 = accv1_0.add(ky1_0);
                cmpv1_0 = FloatVector.zero(FS).blend(kt1_0.sub(accv1_0).sub(ky1_0), kt1_0.test(VectorOperators.IS_FINITE));
                accv1_0 = kt1_0;
                final FloatVector ky1_1 = v27_1.sub(cmpv1_1);
                final FloatVector kt1_1 = accv1_1.add(ky1_1);
                cmpv1_1 = FloatVector.zero(FS).blend(kt1_1.sub(accv1_1).sub(ky1_1), kt1_1.test(VectorOperators.IS_FINITE));
                accv1_1 = kt1_1;
                final FloatVector ky1_2 = v32_1.sub(cmpv1_2);
                final FloatVector kt1_2 = accv1_2.add(ky1_2);
                cmpv1_2 = FloatVector.zero(FS).blend(kt1_2.sub(accv1_2).sub(ky1_2), kt1_2.test(VectorOperators.IS_FINITE));
                accv1_2 = kt1_2;
            }
            accv0_0.intoArray(ln, 0);
            cmpv0_0.neg().intoArray(ln, FS.length());
            accv0_1.intoArray(ln, 2 * FS.length());
            cmpv0_1.neg().intoArray(ln, 3 * FS.length());
            accv0_2.intoArray(ln, 4 * FS.length());
            cmpv0_2.neg().intoArray(ln, 5 * FS.length());
            for (int part = 0; part < 6 * FS.length(); part += 2 * FS.length()) {
                float laneSum = 0;
                float laneCmp = 0;
                for (int term = part; term < part + 2 * FS.length(); term++) {
                    final float ky = ln[term] - laneCmp;
                    final float kt = laneSum + ky;
                    laneCmp = Float.isFinite(kt) ? (kt - laneSum) - ky : 0;
                    laneSum = kt;
                }
                ln[part] = laneSum;
                ln[part + 1] = laneCmp;
            }
            float acc0_0 = ln[0];
            float cmp0_0 = ln[1];
            float acc0_1 = ln[2 * FS.length()];
            float cmp0_1 = ln[2 * FS.length() + 1];
            float acc0_2 = ln[4 * FS.length()];
            float cmp0_2 = ln[4 * FS.length() + 1];
            accv1_0.intoArray(ln, 0);
            cmpv1_0.neg().intoArray(ln, FS.length());
            accv1_1.intoArray(ln, 2 * FS.length());
            cmpv1_1.neg().intoArray(ln, 3 * FS.length());
            accv1_2.intoArray(ln, 4 * FS.length());
            cmpv1_2.neg().intoArray(ln, 5 * FS.length());
            for (int part = 0; part < 6 * FS.length(); part += 2 * FS.length()) {
                float laneSum = 0;
                float laneCmp = 0;
                for (int term = part; term < part + 2 * FS.length(); term++) {
                    final float ky = ln[term] - laneCmp;
                    final float kt = laneSum + ky;
                    laneCmp = Float.isFinite(kt) ? (kt - laneSum) - ky : 0;
                    laneSum = kt;
                }
                ln[part] = laneSum;
                ln[part + 1] = laneCmp;
            }
            float acc1_0 = ln[0];
            float cmp1_0 = ln[1];
            float acc1_1 = ln[2 * FS.length()];
            float cmp1_1 = ln[2 * FS.length() + 1];
            float acc1_2 = ln[4 * FS.length()];
            float cmp1_2 = ln[4 * FS.length() + 1];
            st[0] = acc0_0;
            st[1] = cmp0_0;
            st[2] = acc0_1;
            st[3] = cmp0_1;
            st[4] = acc0_2;
            st[5] = cmp0_2;
            st[6] = acc1_0;
            st[7] = cmp1_0;
            st[8] = acc1_1;
            st[9] = cmp1_1;
            st[10] = acc1_2;
            st[11] = cmp1_2;
            applyRows2Tail(A_, x_, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void applyRows2Tail(float[] A_, float[] x_, float[][] soa2, int r, int js,
                int je, float[] out, int bound, double[] st, int[] ist) {
            final float t0 = A_[0];
            final float t1 = A_[1];
            final float t2 = A_[2];
            final float t3 = A_[3];
            final float t4 = A_[4];
            final float t5 = A_[5];
            final float t6 = A_[6];
            final float t7 = A_[7];
            final float t8 = A_[8];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float[] col2_2 = soa2[2];
            final float t9_0 = x_[r * 3];
            final float t10_0 = x_[r * 3 + 1];
            final float t11_0 = x_[r * 3 + 2];
            final float t9_1 = x_[(r + 1) * 3];
            final float t10_1 = x_[(r + 1) * 3 + 1];
            final float t11_1 = x_[(r + 1) * 3 + 2];
            float acc0_0 = (float) st[0];
            float cmp0_0 = (float) st[1];
            float acc0_1 = (float) st[2];
            float cmp0_1 = (float) st[3];
            float acc0_2 = (float) st[4];
            float cmp0_2 = (float) st[5];
            float acc1_0 = (float) st[6];
            float cmp1_0 = (float) st[7];
            float acc1_1 = (float) st[8];
            float cmp1_1 = (float) st[9];
            float acc1_2 = (float) st[10];
            float cmp1_2 = (float) st[11];
            for (int j = bound; j < je; j++) {
                final float u12 = col2_0[j];
                final float u13 = col2_1[j];
                final float u14 = col2_2[j];
                final float u15_0 = t9_0 - u12;
                final float u16_0 = t10_0 - u13;
                final float u17_0 = t11_0 - u14;
                final float u18_0 = t0 * u15_0;
                final float u19_0 = t1 * u16_0;
                final float u20_0 = t2 * u17_0;
                final float u21_0 = u18_0 + u19_0;
                final float u22_0 = u21_0 + u20_0;
                final float u23_0 = t3 * u15_0;
                final float u24_0 = t4 * u16_0;
                final float u25_0 = t5 * u17_0;
                final float u26_0 = u23_0 + u24_0;
                final float u27_0 = u26_0 + u25_0;
                final float u28_0 = t6 * u15_0;
                final float u29_0 = t7 * u16_0;
                final float u30_0 = t8 * u17_0;
                final float u31_0 = u28_0 + u29_0;
                final float u32_0 = u31_0 + u30_0;
                final float ky0_0 = u22_0 - cmp0_0;
                final float kt0_0 = acc0_0 + ky0_0;
                cmp0_0 = Float.isFinite(kt0_0) ? (kt0_0 - acc0_0) - ky0_0 : 0;
                acc0_0 = kt0_0;
                final float ky0_1 = u27_0 - cmp0_1;
                final float kt0_1 = acc0_1 + ky0_1;
                cmp0_1 = Float.isFinite(kt0_1) ? (kt0_1 - acc0_1) - ky0_1 : 0;
                acc0_1 = kt0_1;
                final float ky0_2 = u32_0 - cmp0_2;
                final float kt0_2 = acc0_2 + ky0_2;
                cmp0_2 = Float.isFinite(kt0_2) ? (kt0_2 - acc0_2) - ky0_2 : 0;
                acc0_2 = kt0_2;
                final float u15_1 = t9_1 - u12;
                final float u16_1 = t10_1 - u13;
                final float u17_1 = t11_1 - u14;
                final float u18_1 = t0 * u15_1;
                final float u19_1 = t1 * u16_1;
                final float u20_1 = t2 * u17_1;
                final float u21_1 = u18_1 + u19_1;
                final float u22_1 = u21_1 + u20_1;
                final float u23_1 = t3 * u15_1;
                final float u24_1 = t4 * u16_1;
                final float u25_1 = t5 * u17_1;
                final float u26_1 = u23_1 + u24_1;
                final float u27_1 = u26_1 + u25_1;
                final float u28_1 = t6 * u15_1;
                final float u29_1 = t7 * u16_1;
                final float u30_1 = t8 * u17_1;
                final float u31_1 = u28_1 + u29_1;
                final float u32_1 = u31_1 + u30_1;
                final float ky1_0 = u22_1 - cmp1_0;
                final float kt1_0 = acc1_0 + ky1_0;
                cmp1_0 = Float.isFinite(kt1_0) ? (kt1_0 - acc1_0) - ky1_0 : 0;
                acc1_0 = kt1_0;
                final float ky1_1 = u27_1 - cmp1_1;
                final float kt1_1 = acc1_1 + ky1_1;
                cmp1_1 = Float.isFinite(kt1_1) ? (kt1_1 - acc1_1) - ky1_1 : 0;
                acc1_1 = kt1_1;
                final float ky1_2 = u32_1 - cmp1_2;
                final float kt1_2 = acc1_2 + ky1_2;
                cmp1_2 = Float.isFinite(kt1_2) ? (kt1_2 - acc1_2) - ky1_2 : 0;
                acc1_2 = kt1_2;
            }
            out[r * 3] = acc0_0;
            out[r * 3 + 1] = acc0_1;
            out[r * 3 + 2] = acc0_2;
            out[(r + 1) * 3] = acc1_0;
            out[(r + 1) * 3 + 1] = acc1_1;
            out[(r + 1) * 3 + 2] = acc1_2;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void applyRow(float[] A_, float[] x_, float[][] soa2, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float t0 = A_[0];
            final float t1 = A_[1];
            final float t2 = A_[2];
            final float t3 = A_[3];
            final float t4 = A_[4];
            final float t5 = A_[5];
            final float t6 = A_[6];
            final float t7 = A_[7];
            final float t8 = A_[8];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float[] col2_2 = soa2[2];
            final FloatVector b0 = FloatVector.broadcast(FS, t0);
            final FloatVector b1 = FloatVector.broadcast(FS, t1);
            final FloatVector b2 = FloatVector.broadcast(FS, t2);
            final FloatVector b3 = FloatVector.broadcast(FS, t3);
            final FloatVector b4 = FloatVector.broadcast(FS, t4);
            final FloatVector b5 = FloatVector.broadcast(FS, t5);
            final FloatVector b6 = FloatVector.broadcast(FS, t6);
            final FloatVector b7 = FloatVector.broadcast(FS, t7);
            final FloatVector b8 = FloatVector.broadcast(FS, t8);
            final float t9_0 = x_[r * 3];
            final float t10_0 = x_[r * 3 + 1];
            final float t11_0 = x_[r * 3 + 2];
            final FloatVector b9_0 = FloatVector.broadcast(FS, t9_0);
            final FloatVector b10_0 = FloatVector.broadcast(FS, t10_0);
            final FloatVector b11_0 = FloatVector.broadcast(FS, t11_0);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector cmpv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            FloatVector cmpv0_1 = FloatVector.zero(FS);
            FloatVector accv0_2 = FloatVector.zero(FS);
            FloatVector cmpv0_2 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v13 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v14 = FloatVector.fromArray(FS, col2_2, j);
                final FloatVector v15_0 = b9_0.sub(v12);
                final FloatVector v16_0 = b10_0.sub(v13);
                final FloatVector v17_0 = b11_0.sub(v14);
                final FloatVector v19_0 = b1.mul(v16_0);
                final FloatVector v21_0 = b0.fma(v15_0, v19_0);
                final FloatVector v22_0 = b2.fma(v17_0, v21_0);
                final FloatVector v24_0 = b4.mul(v16_0);
                final FloatVector v26_0 = b3.fma(v15_0, v24_0);
                final FloatVector v27_0 = b5.fma(v17_0, v26_0);
                final FloatVector v29_0 = b7.mul(v16_0);
                final FloatVector v31_0 = b6.fma(v15_0, v29_0);
                final FloatVector v32_0 = b8.fma(v17_0, v31_0);
                final FloatVector ky0_0 = v22_0.sub(cmpv0_0);
                final FloatVector kt0_0 = accv0_0.add(ky0_0);
                cmpv0_0 = FloatVector.zero(FS).blend(kt0_0.sub(accv0_0).sub(ky0_0), kt0_0.test(VectorOperators.IS_FINITE));
                accv0_0 = kt0_0;
                final FloatVector ky0_1 = v27_0.sub(cmpv0_1);
                final FloatVector kt0_1 = accv0_1.add(ky0_1);
                cmpv0_1 = FloatVector.zero(FS).blend(kt0_1.sub(accv0_1).sub(ky0_1), kt0_1.test(VectorOperators.IS_FINITE));
                accv0_1 = kt0_1;
                final FloatVector ky0_2 = v32_0.sub(cmpv0_2);
                final FloatVector kt0_2 = accv0_2.add(ky0_2);
                cmpv0_2 = FloatVector.zero(FS).blend(kt0_2.sub(accv0_2).sub(ky0_2), kt0_2.test(VectorOperators.IS_FINITE));
                accv0_2 = kt0_2;
            }
            accv0_0.intoArray(ln, 0);
            cmpv0_0.neg().intoArray(ln, FS.length());
            accv0_1.intoArray(ln, 2 * FS.length());
            cmpv0_1.neg().intoArray(ln, 3 * FS.length());
            accv0_2.intoArray(ln, 4 * FS.length());
            cmpv0_2.neg().intoArray(ln, 5 * FS.length());
            for (int part = 0; part < 6 * FS.length(); part += 2 * FS.length()) {
                float laneSum = 0;
                float laneCmp = 0;
                for (int term = part; term < part + 2 * FS.length(); term++) {
                    final float ky = ln[term] - laneCmp;
                    final float kt = laneSum + ky;
                    laneCmp = Float.isFinite(kt) ? (kt - laneSum) - ky : 0;
                    laneSum = kt;
                }
                ln[part] = laneSum;
                ln[part + 1] = laneCmp;
            }
            float acc0_0 = ln[0];
            float cmp0_0 = ln[1];
            float acc0_1 = ln[2 * FS.length()];
            float cmp0_1 = ln[2 * FS.length() + 1];
            float acc0_2 = ln[4 * FS.length()];
            float cmp0_2 = ln[4 * FS.length() + 1];
            st[0] = acc0_0;
            st[1] = cmp0_0;
            st[2] = acc0_1;
            st[3] = cmp0_1;
            st[4] = acc0_2;
            st[5] = cmp0_2;
            applyRowTail(A_, x_, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void applyRowTail(float[] A_, float[] x_, float[][] soa2, int r, int js,
                int je, float[] out, int bound, double[] st, int[] ist) {
            final float t0 = A_[0];
            final float t1 = A_[1];
            final float t2 = A_[2];
            final float t3 = A_[3];
            final float t4 = A_[4];
            final float t5 = A_[5];
            final float t6 = A_[6];
            final float t7 = A_[7];
            final float t8 = A_[8];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float[] col2_2 = soa2[2];
            final float t9_0 = x_[r * 3];
            final float t10_0 = x_[r * 3 + 1];
            final float t11_0 = x_[r * 3 + 2];
            float acc0_0 = (float) st[0];
            float cmp0_0 = (float) st[1];
            float acc0_1 = (float) st[2];
            float cmp0_1 = (float) st[3];
            float acc0_2 = (float) st[4];
            float cmp0_2 = (float) st[5];
            for (int j = bound; j < je; j++) {
                final float u12 = col2_0[j];
                final float u13 = col2_1[j];
                final float u14 = col2_2[j];
                final float u15_0 = t9_0 - u12;
                final float u16_0 = t10_0 - u13;
                final float u17_0 = t11_0 - u14;
                final float u18_0 = t0 * u15_0;
                final float u19_0 = t1 * u16_0;
                final float u20_0 = t2 * u17_0;
                final float u21_0 = u18_0 + u19_0;
                final float u22_0 = u21_0 + u20_0;
                final float u23_0 = t3 * u15_0;
                final float u24_0 = t4 * u16_0;
                final float u25_0 = t5 * u17_0;
                final float u26_0 = u23_0 + u24_0;
                final float u27_0 = u26_0 + u25_0;
                final float u28_0 = t6 * u15_0;
                final float u29_0 = t7 * u16_0;
                final float u30_0 = t8 * u17_0;
                final float u31_0 = u28_0 + u29_0;
                final float u32_0 = u31_0 + u30_0;
                final float ky0_0 = u22_0 - cmp0_0;
                final float kt0_0 = acc0_0 + ky0_0;
                cmp0_0 = Float.isFinite(kt0_0) ? (kt0_0 - acc0_0) - ky0_0 : 0;
                acc0_0 = kt0_0;
                final float ky0_1 = u27_0 - cmp0_1;
                final float kt0_1 = acc0_1 + ky0_1;
                cmp0_1 = Float.isFinite(kt0_1) ? (kt0_1 - acc0_1) - ky0_1 : 0;
                acc0_1 = kt0_1;
                final float ky0_2 = u32_0 - cmp0_2;
                final float kt0_2 = acc0_2 + ky0_2;
                cmp0_2 = Float.isFinite(kt0_2) ? (kt0_2 - acc0_2) - ky0_2 : 0;
                acc0_2 = kt0_2;
            }
            out[r * 3] = acc0_0;
            out[r * 3 + 1] = acc0_1;
            out[r * 3 + 2] = acc0_2;
        }

        static void smooth$part(double[][] soa0, double[] y_, double[][] soa2, double g_, int r0,
                int r1, int js, int je, double[] out) {
            final double[] st = new double[5];
            final int[] ist = new int[0];
            final double[] ln = new double[DS.length()];
            int r = r0;
            for (; r < r1; r++) {
                smooth$partRow(soa0, y_, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void smooth$partRow(double[][] soa0, double[] y_, double[][] soa2, double g_,
                int r, int js, int je, double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final DoubleVector b10 = DoubleVector.broadcast(DS, g_);
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            final DoubleVector b2_0 = DoubleVector.broadcast(DS, t2_0);
            final DoubleVector b3_0 = DoubleVector.broadcast(DS, t3_0);
            DoubleVector mxv0 = DoubleVector.broadcast(DS, Double.NEGATIVE_INFINITY);
            DoubleVector swv0 = DoubleVector.zero(DS);
            DoubleVector sev0_0 = DoubleVector.zero(DS);
            DoubleVector sev0_1 = DoubleVector.zero(DS);
            DoubleVector sev0_2 = DoubleVector.zero(DS);
            final int bound = js + DS.loopBound(je - js);
            for (int j = js; j < bound; j += DS.length()) {
                final DoubleVector v0 = DoubleVector.fromArray(DS, col0_0, j);
                final DoubleVector v1 = DoubleVector.fromArray(DS, col0_1, j);
                final DoubleVector v12 = DoubleVector.fromArray(DS, col2_0, j);
                final DoubleVector v13 = DoubleVector.fromArray(DS, col2_1, j);
                final DoubleVector v14 = DoubleVector.fromArray(DS, col2_2, j);
                final DoubleVector v4_0 = v0.sub(b2_0);
                final DoubleVector v5_0 = v1.sub(b3_0);
                final DoubleVector v7_0 = v5_0.mul(v5_0);
                final DoubleVector v8_0 = v4_0.fma(v4_0, v7_0);
                final DoubleVector v9_0 = v8_0.neg();
                final DoubleVector v11_0 = v9_0.mul(b10);
                final VectorMask<Double> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Double> keep0 = v11_0.eq(Double.NEGATIVE_INFINITY);
                final DoubleVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.4426950408889634, 6.755399441055744E15);
                final var e0k1 = e0k0.sub(6.755399441055744E15);
                final var e0k2 = e0k1.fma(DoubleVector.broadcast(DS, -0.6931471805599453), ed0);
                final var e0k3 = e0k1.fma(DoubleVector.broadcast(DS, -2.3190468138462996E-17), e0k2);
                final var e0k4 = e0k3.fma(1.6059043836821613E-10, 2.08767569878681E-9);
                final var e0k5 = e0k4.fma(e0k3, DoubleVector.broadcast(DS, 2.505210838544172E-8));
                final var e0k6 = e0k5.fma(e0k3, DoubleVector.broadcast(DS, 2.755731922398589E-7));
                final var e0k7 = e0k6.fma(e0k3, DoubleVector.broadcast(DS, 2.7557319223985893E-6));
                final var e0k8 = e0k7.fma(e0k3, DoubleVector.broadcast(DS, 2.48015873015873E-5));
                final var e0k9 = e0k8.fma(e0k3, DoubleVector.broadcast(DS, 1.984126984126984E-4));
                final var e0k10 = e0k9.fma(e0k3, DoubleVector.broadcast(DS, 0.001388888888888889));
                final var e0k11 = e0k10.fma(e0k3, DoubleVector.broadcast(DS, 0.008333333333333333));
                final var e0k12 = e0k11.fma(e0k3, DoubleVector.broadcast(DS, 0.041666666666666664));
                final var e0k13 = e0k12.fma(e0k3, DoubleVector.broadcast(DS, 0.16666666666666666));
                final var e0k14 = e0k13.fma(e0k3, DoubleVector.broadcast(DS, 0.5));
                final var e0k15 = e0k14.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k16 = e0k15.fma(e0k3, DoubleVector.broadcast(DS, 1.0));
                final var e0k17 = e0k0.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
                final var e0k18 = e0k16.reinterpretAsLongs().add(e0k17).reinterpretAsDoubles();
                final DoubleVector e0 = ed0.mul(Double.POSITIVE_INFINITY).blend(e0k18, ed0.compare(VectorOperators.LE, 709.782712893384)).blend(0.0, ed0.lt(-708.3964185322641));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, DoubleVector.broadcast(DS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v13, sev0_1).blend(sev0_1.fma(e0, v13), up0).blend(sev0_1, keep0);
                sev0_2 = e0.fma(v14, sev0_2).blend(sev0_2.fma(e0, v14), up0).blend(sev0_2, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
            }
            double mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            double sw0 = 0;
            double se0_0 = 0;
            double se0_1 = 0;
            double se0_2 = 0;
            for (int l = 0; l < DS.length(); l++) {
                final double ml = mxv0.lane(l);
                final double f = ml == mx0 ? 1 : Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
                se0_2 += sev0_2.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            st[3] = se0_1;
            st[4] = se0_2;
            smooth$partRowTail(soa0, y_, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void smooth$partRowTail(double[][] soa0, double[] y_, double[][] soa2,
                double g_, int r, int js, int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col0_0 = soa0[0];
            final double[] col0_1 = soa0[1];
            final double[] col2_0 = soa2[0];
            final double[] col2_1 = soa2[1];
            final double[] col2_2 = soa2[2];
            final double t2_0 = y_[r * 2];
            final double t3_0 = y_[r * 2 + 1];
            double mx0 = st[0];
            double sw0 = st[1];
            double se0_0 = st[2];
            double se0_1 = st[3];
            double se0_2 = st[4];
            for (int j = bound; j < je; j++) {
                final double u0 = col0_0[j];
                final double u1 = col0_1[j];
                final double u12 = col2_0[j];
                final double u13 = col2_1[j];
                final double u14 = col2_2[j];
                final double u4_0 = u0 - t2_0;
                final double u5_0 = u1 - t3_0;
                final double u6_0 = u4_0 * u4_0;
                final double u7_0 = u5_0 * u5_0;
                final double u8_0 = u6_0 + u7_0;
                final double u9_0 = -u8_0;
                final double u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final double sc = Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    se0_1 = se0_1 * sc + u13;
                    se0_2 = se0_2 * sc + u14;
                    mx0 = u11_0;
                } else if (u11_0 != Double.NEGATIVE_INFINITY) {
                    final double e = u11_0 == mx0 ? 1 : Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                    se0_1 += e * u13;
                    se0_2 += e * u14;
                }
            }
            out[r * 5] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[r * 5 + 1] = sw0 == 0 ? 0 : se0_1 / sw0;
            out[r * 5 + 2] = sw0 == 0 ? 0 : se0_2 / sw0;
            out[r * 5 + 3] = mx0;
            out[r * 5 + 4] = sw0;
        }
    }
}
