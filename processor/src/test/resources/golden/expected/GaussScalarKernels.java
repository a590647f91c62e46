package golden;

import javax.annotation.processing.Generated;
import org.jkeops.runtime.internal.KSmallest;

/**
 * Scalar kernels of {@link Gauss}: the reference path, one plain loop per reduction.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
final class GaussScalarKernels {
    private GaussScalarKernels() {
    }

    /**
     * Gauss.conv: SUM over j of Exp(-g * SqDist(x, y)) * b (simplified: (Exp((Minus(g) * Sum(Square((x - y))))) * b)).
     */
    static void conv(float[] x_, float[] y_, float[] b_, float g_, int rows, int cols,
            float[] out) {
        final float t1 = -g_;
        for (int r = 0; r < rows; r++) {
            final float t2 = x_[r * 3];
            final float t3 = x_[r * 3 + 1];
            final float t4 = x_[r * 3 + 2];
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
                    final float t18 = b_[s];
                    final float t19 = t17 * t18;
                    blk0 += t19;
                }
                acc0 += blk0;
            }
            out[r] = acc0;
        }
    }

    /**
     * Gauss.knn: ARG_K_MIN over j of SqDist(x, y) (simplified: Sum(Square((x - y)))).
     */
    static void knn(float[] x_, float[] y_, int rows, int cols, int[] outIndex) {
        final float[] kv = new float[10];
        final int[] ki = new int[10];
        final int[] kn = new int[1];
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 3];
            final float t1 = x_[r * 3 + 1];
            final float t2 = x_[r * 3 + 2];
            KSmallest.reset(kv, ki, kn);
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
                KSmallest.offer(kv, ki, kn, 10, 1, 0, t13, s);
            }
            System.arraycopy(ki, 0, outIndex, r * 10, 10);
        }
    }

    /**
     * Gauss.knn: ARG_K_MIN over j of SqDist(x, y) (simplified: Sum(Square((x - y)))).
     */
    static void knn$part(float[] x_, float[] y_, int rows, int cols, float[] out, int[] outIndex) {
        final float[] kv = new float[10];
        final int[] ki = new int[10];
        final int[] kn = new int[1];
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 3];
            final float t1 = x_[r * 3 + 1];
            final float t2 = x_[r * 3 + 2];
            KSmallest.reset(kv, ki, kn);
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
                KSmallest.offer(kv, ki, kn, 10, 1, 0, t13, s);
            }
            System.arraycopy(kv, 0, out, r * 10, 10);
            System.arraycopy(ki, 0, outIndex, r * 10, 10);
        }
    }
}
