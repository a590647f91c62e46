package golden;

import javax.annotation.processing.Generated;

/**
 * Scalar kernels of {@link Gradients}: the reference path, one plain loop per reduction.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
final class GradientsScalarKernels {
    private GradientsScalarKernels() {
    }

    /**
     * Gradients.gauss: SUM over j of Exp(-g * SqDist(x, y)) * b (simplified: (Exp((Minus(g) * Sum(Square((x - y))))) * b)).
     */
    static void gauss(float[] x_, float[] y_, float[] b_, float g_, int rows, int cols,
            float[] out) {
        final float t1 = -g_;
        for (int r = 0; r < rows; r++) {
            final float t2 = x_[r * 3];
            final float t3 = x_[r * 3 + 1];
            final float t4 = x_[r * 3 + 2];
            float acc0 = 0;
            float acc1 = 0;
            for (int s0 = 0; s0 < cols; s0 += 256) {
                final int s1 = Math.min(cols, s0 + 256);
                float blk0 = 0;
                float blk1 = 0;
                for (int s = s0; s < s1; s++) {
                    final float t5 = y_[s * 3];
                    final float t6 = y_[s * 3 + 1];
                    final float t7 = y_[s * 3 + 2];
                    final float t8 = t2 - t5;
                    final float t9 = t3 - t6;
                    final float t10 = t4 - t7;
                    final float t11 = t8 * t8;
                    final float t12 = t9 * t9;
                    final float t13 = t10 * t10;
                    final float t14 = t11 + t12;
                    final float t15 = t14 + t13;
                    final float t16 = t1 * t15;
                    final float t17 = (float) Math.exp(t16);
                    final float t18 = b_[s * 2];
                    final float t19 = b_[s * 2 + 1];
                    final float t20 = t17 * t18;
                    final float t21 = t17 * t19;
                    blk0 += t20;
                    blk1 += t21;
                }
                acc0 += blk0;
                acc1 += blk1;
            }
            out[r * 2] = acc0;
            out[r * 2 + 1] = acc1;
        }
    }

    /**
     * Gradients.gaussDy: SUM over i of @Gradient(of = "gauss", wrt = "y"): Grad(F, y, e) with F = Exp(-g * SqDist(x, y)) * b (simplified: Minus(((2 * (x - y)) * ((Exp((Minus(g) * Sum(Square((x - y))))) * Sum((e * b))) * Minus(g))))).
     */
    static void gaussDy(float[] x_, float[] y_, float[] b_, float g_, float[] e_, int rows,
            int cols, float[] out) {
        final float t14 = -g_;
        for (int r = 0; r < rows; r++) {
            final float t4 = y_[r * 3];
            final float t5 = y_[r * 3 + 1];
            final float t6 = y_[r * 3 + 2];
            final float t24 = b_[r * 2];
            final float t25 = b_[r * 2 + 1];
            float acc0 = 0;
            float acc1 = 0;
            float acc2 = 0;
            for (int s0 = 0; s0 < cols; s0 += 256) {
                final int s1 = Math.min(cols, s0 + 256);
                float blk0 = 0;
                float blk1 = 0;
                float blk2 = 0;
                for (int s = s0; s < s1; s++) {
                    final float t1 = x_[s * 3];
                    final float t2 = x_[s * 3 + 1];
                    final float t3 = x_[s * 3 + 2];
                    final float t7 = t1 - t4;
                    final float t8 = t2 - t5;
                    final float t9 = t3 - t6;
                    final float t10 = 2.0f * t7;
                    final float t11 = 2.0f * t8;
                    final float t12 = 2.0f * t9;
                    final float t15 = t7 * t7;
                    final float t16 = t8 * t8;
                    final float t17 = t9 * t9;
                    final float t18 = t15 + t16;
                    final float t19 = t18 + t17;
                    final float t20 = t14 * t19;
                    final float t21 = (float) Math.exp(t20);
                    final float t22 = e_[s * 2];
                    final float t23 = e_[s * 2 + 1];
                    final float t26 = t22 * t24;
                    final float t27 = t23 * t25;
                    final float t28 = t26 + t27;
                    final float t29 = t21 * t28;
                    final float t30 = t29 * t14;
                    final float t31 = t10 * t30;
                    final float t32 = t11 * t30;
                    final float t33 = t12 * t30;
                    final float t34 = -t31;
                    final float t35 = -t32;
                    final float t36 = -t33;
                    blk0 += t34;
                    blk1 += t35;
                    blk2 += t36;
                }
                acc0 += blk0;
                acc1 += blk1;
                acc2 += blk2;
            }
            out[r * 3] = acc0;
            out[r * 3 + 1] = acc1;
            out[r * 3 + 2] = acc2;
        }
    }

    /**
     * Gradients.gaussDg: SUM over j of @Gradient(of = "gauss", wrt = "g"): Grad(F, g, e) with F = Exp(-g * SqDist(x, y)) * b (simplified: Minus(((Exp((Minus(g) * Sum(Square((x - y))))) * Sum((e * b))) * Sum(Square((x - y)))))).
     */
    static void gaussDg(float[] x_, float[] y_, float[] b_, float g_, float[] e_, int rows,
            int cols, float[] out) {
        final float t1 = -g_;
        for (int r = 0; r < rows; r++) {
            final float t2 = x_[r * 3];
            final float t3 = x_[r * 3 + 1];
            final float t4 = x_[r * 3 + 2];
            final float t18 = e_[r * 2];
            final float t19 = e_[r * 2 + 1];
            float acc0 = 0;
            for (int s0 = 0; s0 < cols; s0 += 256) {
                final int s1 = Math.min(cols, s0 + 256);
                float blk0 = 0;
                for (int s = s0; s < s1; s++) {
                    final float t5 = y_[s * 3];
                    final float t6 = y_[s * 3 + 1];
                    final float t7 = y_[s * 3 + 2];
                    final float t8 = t2 - t5;
                    final float t9 = t3 - t6;
                    final float t10 = t4 - t7;
                    final float t11 = t8 * t8;
                    final float t12 = t9 * t9;
                    final float t13 = t10 * t10;
                    final float t14 = t11 + t12;
                    final float t15 = t14 + t13;
                    final float t16 = t1 * t15;
                    final float t17 = (float) Math.exp(t16);
                    final float t20 = b_[s * 2];
                    final float t21 = b_[s * 2 + 1];
                    final float t22 = t18 * t20;
                    final float t23 = t19 * t21;
                    final float t24 = t22 + t23;
                    final float t25 = t17 * t24;
                    final float t26 = t25 * t15;
                    final float t27 = -t26;
                    blk0 += t27;
                }
                acc0 += blk0;
            }
            out[r] = acc0;
        }
    }

    /**
     * Gradients.softMin: LOG_SUM_EXP over j of b - p * SqDist(x, y) (simplified: (b - (p * Sum(Square((x - y)))))).
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
     * Gradients.softMinDx: SUM over j of @Gradient(of = "softMin", wrt = "x"): Grad(F, x, e) * Exp(F - s) with F = b - p * SqDist(x, y) (simplified: (((2 * (x - y)) * (Minus(e) * p)) * Exp(((b - (p * Sum(Square((x - y))))) - s)))).
     */
    static void softMinDx(double[] x_, double[] y_, double[] b_, double p_, double[] s_,
            double[] e_, int rows, int cols, double[] out) {
        for (int r = 0; r < rows; r++) {
            final double t1 = x_[r * 2];
            final double t2 = x_[r * 2 + 1];
            final double t9 = e_[r];
            final double t10 = -t9;
            final double t12 = t10 * p_;
            final double t21 = s_[r];
            double acc0 = 0;
            double acc1 = 0;
            for (int s = 0; s < cols; s++) {
                final double t3 = y_[s * 2];
                final double t4 = y_[s * 2 + 1];
                final double t5 = t1 - t3;
                final double t6 = t2 - t4;
                final double t7 = 2.0 * t5;
                final double t8 = 2.0 * t6;
                final double t13 = t7 * t12;
                final double t14 = t8 * t12;
                final double t15 = b_[s];
                final double t16 = t5 * t5;
                final double t17 = t6 * t6;
                final double t18 = t16 + t17;
                final double t19 = p_ * t18;
                final double t20 = t15 - t19;
                final double t22 = t20 - t21;
                final double t23 = Math.exp(t22);
                final double t24 = t13 * t23;
                final double t25 = t14 * t23;
                acc0 += t24;
                acc1 += t25;
            }
            out[r * 2] = acc0;
            out[r * 2 + 1] = acc1;
        }
    }

    /**
     * Gradients.nearest: MIN over j of SqDist(x, y) (simplified: Sum(Square((x - y)))).
     */
    static void nearest(float[] x_, float[] y_, int rows, int cols, float[] out) {
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 3];
            final float t1 = x_[r * 3 + 1];
            final float t2 = x_[r * 3 + 2];
            float acc0 = Float.POSITIVE_INFINITY;
            for (int s = 0; s < cols; s++) {
                final float t3 = y_[s * 3];
                final float t4 = y_[s * 3 + 1];
                final float t5 = y_[s * 3 + 2];
                final float t6 = t0 - t3;
                final float t7 = t1 - t4;
                final float t8 = t2 - t5;
                final float t9 = t6 * t6;
                final float t10 = t7 * t7;
                final float t11 = t8 * t8;
                final float t12 = t9 + t10;
                final float t13 = t12 + t11;
                if (t13 < acc0) {
                    acc0 = t13;
                }
            }
            out[r] = acc0;
        }
    }

    /**
     * Gradients.nearestDx: SUM over j of @Gradient(of = "nearest", wrt = "x"): Sum over c < dimF, t = c of IfElse((j == idx_t) - 0.5, Grad(F_c, x, e_t), 0) with F = SqDist(x, y) (simplified: IfElse(((jk_index == idx) - 0.5), ((2 * (x - y)) * e), 0)).
     */
    static void nearestDx(float[] x_, float[] y_, float[] idx_, float[] e_, float[] jk_index_,
            int rows, int cols, float[] out) {
        for (int r = 0; r < rows; r++) {
            final float t1 = idx_[r];
            final float t6 = x_[r * 3];
            final float t7 = x_[r * 3 + 1];
            final float t8 = x_[r * 3 + 2];
            final float t18 = e_[r];
            float acc0 = 0;
            float acc1 = 0;
            float acc2 = 0;
            for (int s0 = 0; s0 < cols; s0 += 256) {
                final int s1 = Math.min(cols, s0 + 256);
                float blk0 = 0;
                float blk1 = 0;
                float blk2 = 0;
                for (int s = s0; s < s1; s++) {
                    final float t0 = jk_index_[s];
                    final float t2 = (t0 == t1 ? 1.0f : 0.0f);
                    final float t4 = t2 - 0.5f;
                    final float t9 = y_[s * 3];
                    final float t10 = y_[s * 3 + 1];
                    final float t11 = y_[s * 3 + 2];
                    final float t12 = t6 - t9;
                    final float t13 = t7 - t10;
                    final float t14 = t8 - t11;
                    final float t15 = 2.0f * t12;
                    final float t16 = 2.0f * t13;
                    final float t17 = 2.0f * t14;
                    final float t19 = t15 * t18;
                    final float t20 = t16 * t18;
                    final float t21 = t17 * t18;
                    final float t23 = t4 >= 0 ? t19 : 0.0f;
                    final float t24 = t4 >= 0 ? t20 : 0.0f;
                    final float t25 = t4 >= 0 ? t21 : 0.0f;
                    blk0 += t23;
                    blk1 += t24;
                    blk2 += t25;
                }
                acc0 += blk0;
                acc1 += blk1;
                acc2 += blk2;
            }
            out[r * 3] = acc0;
            out[r * 3 + 1] = acc1;
            out[r * 3 + 2] = acc2;
        }
    }
}
