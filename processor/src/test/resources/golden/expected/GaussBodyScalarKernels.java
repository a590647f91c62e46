package golden;

import javax.annotation.processing.Generated;

/**
 * Scalar kernels of {@link GaussBody}: the reference path, one plain loop per reduction.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
final class GaussBodyScalarKernels {
    private GaussBodyScalarKernels() {
    }

    /**
     * GaussBody.conv: SUM over j of return exp(-g * sqDist(x, y)) * b; (simplified: (Exp((Minus(g) * Sum(Square((x - y))))) * b)).
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
}
