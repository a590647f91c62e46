package golden;

import javax.annotation.processing.Generated;
import org.jkeops.runtime.internal.RangeBlocks;

/**
 * Scalar kernels of {@link BlockSparse}: the reference path, one plain loop per reduction.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
final class BlockSparseScalarKernels {
    private BlockSparseScalarKernels() {
    }

    /**
     * BlockSparse.conv: SUM over j of Exp(-g * SqDist(x, y)) * b (simplified: (Exp((Minus(g) * Sum(Square((x - y))))) * b)).
     */
    static void conv(float[] x_, float[] y_, float[] b_, float g_, int rows, int cols, float[] out,
            RangeBlocks blocks) {
        final float t1 = -g_;
        final int[] bnd = blocks.bounds();
        final int[] sl = blocks.slices();
        final int[] iv = blocks.intervals();
        for (int c = 0; c < blocks.blocks(); c++) {
            for (int r = bnd[c]; r < bnd[c + 1]; r++) {
                final float t2 = x_[r * 2];
                final float t3 = x_[r * 2 + 1];
                float acc0 = 0;
                for (int k = sl[c]; k < sl[c + 1]; k++) {
                    final int js = iv[2 * k];
                    final int je = iv[2 * k + 1];
                    for (int s0 = js; s0 < je; s0 += 256) {
                        final int s1 = Math.min(je, s0 + 256);
                        float blk0 = 0;
                        for (int s = s0; s < s1; s++) {
                            final float t4 = y_[s * 2];
                            final float t5 = y_[s * 2 + 1];
                            final float t6 = t2 - t4;
                            final float t7 = t3 - t5;
                            final float t8 = t6 * t6;
                            final float t9 = t7 * t7;
                            final float t10 = t8 + t9;
                            final float t11 = t1 * t10;
                            final float t12 = (float) Math.exp(t11);
                            final float t13 = b_[s];
                            final float t14 = t12 * t13;
                            blk0 += t14;
                        }
                        acc0 += blk0;
                    }
                }
                out[r] = acc0;
            }
        }
    }

    /**
     * BlockSparse.nearest: MIN_ARG_MIN over i of SqDist(x, y) (simplified: Sum(Square((x - y)))).
     */
    static void nearest(double[] x_, double[] y_, int rows, int cols, double[] out, int[] outIndex,
            RangeBlocks blocks) {
        final int[] bnd = blocks.bounds();
        final int[] sl = blocks.slices();
        final int[] iv = blocks.intervals();
        for (int c = 0; c < blocks.blocks(); c++) {
            for (int r = bnd[c]; r < bnd[c + 1]; r++) {
                final double t3 = y_[r * 3];
                final double t4 = y_[r * 3 + 1];
                final double t5 = y_[r * 3 + 2];
                double acc0 = Double.POSITIVE_INFINITY;
                int idx0 = -1;
                for (int k = sl[c]; k < sl[c + 1]; k++) {
                    final int js = iv[2 * k];
                    final int je = iv[2 * k + 1];
                    for (int s = js; s < je; s++) {
                        final double t0 = x_[s * 3];
                        final double t1 = x_[s * 3 + 1];
                        final double t2 = x_[s * 3 + 2];
                        final double t6 = t0 - t3;
                        final double t7 = t1 - t4;
                        final double t8 = t2 - t5;
                        final double t9 = t6 * t6;
                        final double t10 = t7 * t7;
                        final double t11 = t8 * t8;
                        final double t12 = t9 + t10;
                        final double t13 = t12 + t11;
                        if (t13 < acc0 || (idx0 < 0 && t13 == t13)) {
                            acc0 = t13;
                            idx0 = s;
                        }
                    }
                }
                out[r] = acc0;
                outIndex[r] = idx0;
            }
        }
    }
}
