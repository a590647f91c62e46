package golden;

import javax.annotation.processing.Generated;

/**
 * Scalar kernels of {@link Reductions}: the reference path, one plain loop per reduction.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
final class ReductionsScalarKernels {
    private ReductionsScalarKernels() {
    }

    /**
     * Reductions.softMin: LOG_SUM_EXP over j of b - p * SqDist(x, y) (simplified: (b - (p * Sum(Square((x - y)))))).
     */
    static void softMin(double[] x_, double[] y_, double[] b_, double p_, int rows, int cols,
            double[] out) {
        for (int r = 0; r < rows; r++) {
            final double t2 = x_[r * 2];
            final double t3 = x_[r * 2 + 1];
            double mx = Double.NEGATIVE_INFINITY;
            double se0 = 0;
            for (int s = 0; s < cols; s++) {
                final double t0 = b_[s];
                final double t4 = y_[s * 2];
                final double t5 = y_[s * 2 + 1];
                final double t6 = t2 - t4;
                final double t7 = t3 - t5;
                final double t8 = t6 * t6;
                final double t9 = t7 * t7;
                final double t10 = t8 + t9;
                final double t11 = p_ * t10;
                final double t12 = t0 - t11;
                if (t12 > mx) {
                    final double sc = Math.exp(mx - t12);
                    se0 = se0 * sc + 1;
                    mx = t12;
                } else if (t12 != Double.NEGATIVE_INFINITY) {
                    final double e = t12 == mx ? 1 : Math.exp(t12 - mx);
                    se0 += e;
                }
            }
            out[r] = mx + Math.log(se0);
        }
    }

    /**
     * Reductions.smooth: SUM_SOFTMAX_WEIGHT over i of -SqDist(x, y) * g (simplified: (Minus(Sum(Square((x - y)))) * g)), weight v.
     */
    static void smooth(double[] x_, double[] y_, double[] v_, double g_, int rows, int cols,
            double[] out) {
        for (int r = 0; r < rows; r++) {
            final double t2 = y_[r * 2];
            final double t3 = y_[r * 2 + 1];
            double mx = Double.NEGATIVE_INFINITY;
            double sw = 0;
            double se0 = 0;
            double se1 = 0;
            double se2 = 0;
            for (int s = 0; s < cols; s++) {
                final double t0 = x_[s * 2];
                final double t1 = x_[s * 2 + 1];
                final double t4 = t0 - t2;
                final double t5 = t1 - t3;
                final double t6 = t4 * t4;
                final double t7 = t5 * t5;
                final double t8 = t6 + t7;
                final double t9 = -t8;
                final double t11 = t9 * g_;
                final double t12 = v_[s * 3];
                final double t13 = v_[s * 3 + 1];
                final double t14 = v_[s * 3 + 2];
                if (t11 > mx) {
                    final double sc = Math.exp(mx - t11);
                    sw = sw * sc + 1;
                    se0 = se0 * sc + t12;
                    se1 = se1 * sc + t13;
                    se2 = se2 * sc + t14;
                    mx = t11;
                } else if (t11 != Double.NEGATIVE_INFINITY) {
                    final double e = t11 == mx ? 1 : Math.exp(t11 - mx);
                    sw += e;
                    se0 += e * t12;
                    se1 += e * t13;
                    se2 += e * t14;
                }
            }
            out[r * 3] = sw == 0 ? 0 : se0 / sw;
            out[r * 3 + 1] = sw == 0 ? 0 : se1 / sw;
            out[r * 3 + 2] = sw == 0 ? 0 : se2 / sw;
        }
    }

    /**
     * Reductions.nearest: MIN_ARG_MIN over j of Sqrt(Sum(Square(x - y))) (simplified: Sqrt(Sum(Square((x - y))))).
     */
    static void nearest(double[] x_, double[] y_, int rows, int cols, double[] out,
            int[] outIndex) {
        for (int r = 0; r < rows; r++) {
            final double t0 = x_[r * 3];
            final double t1 = x_[r * 3 + 1];
            final double t2 = x_[r * 3 + 2];
            double acc0 = Double.POSITIVE_INFINITY;
            int idx0 = -1;
            for (int s = 0; s < cols; s++) {
                final double t3 = y_[s * 3];
                final double t4 = y_[s * 3 + 1];
                final double t5 = y_[s * 3 + 2];
                final double t6 = t0 - t3;
                final double t7 = t1 - t4;
                final double t8 = t2 - t5;
                final double t9 = t6 * t6;
                final double t10 = t7 * t7;
                final double t11 = t8 * t8;
                final double t12 = t9 + t10;
                final double t13 = t12 + t11;
                final double t14 = Math.sqrt(t13);
                if (t14 < acc0 || (idx0 < 0 && t14 == t14)) {
                    acc0 = t14;
                    idx0 = s;
                }
            }
            out[r] = acc0;
            outIndex[r] = idx0;
        }
    }

    /**
     * Reductions.apply: SUM over j of MatVecMult(A, x - y) (simplified: MatVecMult(A, (x - y))).
     */
    static void apply(float[] A_, float[] x_, float[] y_, int rows, int cols, float[] out) {
        final float t0 = A_[0];
        final float t1 = A_[1];
        final float t2 = A_[2];
        final float t3 = A_[3];
        final float t4 = A_[4];
        final float t5 = A_[5];
        final float t6 = A_[6];
        final float t7 = A_[7];
        final float t8 = A_[8];
        for (int r = 0; r < rows; r++) {
            final float t9 = x_[r * 3];
            final float t10 = x_[r * 3 + 1];
            final float t11 = x_[r * 3 + 2];
            float acc0 = 0;
            float cmp0 = 0;
            float acc1 = 0;
            float cmp1 = 0;
            float acc2 = 0;
            float cmp2 = 0;
            for (int s = 0; s < cols; s++) {
                final float t12 = y_[s * 3];
                final float t13 = y_[s * 3 + 1];
                final float t14 = y_[s * 3 + 2];
                final float t15 = t9 - t12;
                final float t16 = t10 - t13;
                final float t17 = t11 - t14;
                final float t18 = t0 * t15;
                final float t19 = t1 * t16;
                final float t20 = t2 * t17;
                final float t21 = t18 + t19;
                final float t22 = t21 + t20;
                final float t23 = t3 * t15;
                final float t24 = t4 * t16;
                final float t25 = t5 * t17;
                final float t26 = t23 + t24;
                final float t27 = t26 + t25;
                final float t28 = t6 * t15;
                final float t29 = t7 * t16;
                final float t30 = t8 * t17;
                final float t31 = t28 + t29;
                final float t32 = t31 + t30;
                final float ky0 = t22 - cmp0;
                final float kt0 = acc0 + ky0;
                cmp0 = Float.isFinite(kt0) ? (kt0 - acc0) - ky0 : 0;
                acc0 = kt0;
                final float ky1 = t27 - cmp1;
                final float kt1 = acc1 + ky1;
                cmp1 = Float.isFinite(kt1) ? (kt1 - acc1) - ky1 : 0;
                acc1 = kt1;
                final float ky2 = t32 - cmp2;
                final float kt2 = acc2 + ky2;
                cmp2 = Float.isFinite(kt2) ? (kt2 - acc2) - ky2 : 0;
                acc2 = kt2;
            }
            out[r * 3] = acc0;
            out[r * 3 + 1] = acc1;
            out[r * 3 + 2] = acc2;
        }
    }

    /**
     * Reductions.smooth: SUM_SOFTMAX_WEIGHT over i of -SqDist(x, y) * g (simplified: (Minus(Sum(Square((x - y)))) * g)), weight v.
     */
    static void smooth$part(double[] x_, double[] y_, double[] v_, double g_, int rows, int cols,
            double[] out) {
        for (int r = 0; r < rows; r++) {
            final double t2 = y_[r * 2];
            final double t3 = y_[r * 2 + 1];
            double mx = Double.NEGATIVE_INFINITY;
            double sw = 0;
            double se0 = 0;
            double se1 = 0;
            double se2 = 0;
            for (int s = 0; s < cols; s++) {
                final double t0 = x_[s * 2];
                final double t1 = x_[s * 2 + 1];
                final double t4 = t0 - t2;
                final double t5 = t1 - t3;
                final double t6 = t4 * t4;
                final double t7 = t5 * t5;
                final double t8 = t6 + t7;
                final double t9 = -t8;
                final double t11 = t9 * g_;
                final double t12 = v_[s * 3];
                final double t13 = v_[s * 3 + 1];
                final double t14 = v_[s * 3 + 2];
                if (t11 > mx) {
                    final double sc = Math.exp(mx - t11);
                    sw = sw * sc + 1;
                    se0 = se0 * sc + t12;
                    se1 = se1 * sc + t13;
                    se2 = se2 * sc + t14;
                    mx = t11;
                } else if (t11 != Double.NEGATIVE_INFINITY) {
                    final double e = t11 == mx ? 1 : Math.exp(t11 - mx);
                    sw += e;
                    se0 += e * t12;
                    se1 += e * t13;
                    se2 += e * t14;
                }
            }
            out[r * 5] = sw == 0 ? 0 : se0 / sw;
            out[r * 5 + 1] = sw == 0 ? 0 : se1 / sw;
            out[r * 5 + 2] = sw == 0 ? 0 : se2 / sw;
            out[r * 5 + 3] = mx;
            out[r * 5 + 4] = sw;
        }
    }
}
