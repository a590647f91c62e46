package golden;

import javax.annotation.processing.Generated;
import org.jkeops.runtime.internal.KSmallest;

/**
 * Scalar kernels of {@link AllReductions}: the reference path, one plain loop per reduction.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
final class AllReductionsScalarKernels {
    private AllReductionsScalarKernels() {
    }

    /**
     * AllReductions.sumBlock: SUM over j of x * y (simplified: (x * y)).
     */
    static void sumBlock(float[] x_, float[] y_, int rows, int cols, float[] out) {
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 2];
            final float t1 = x_[r * 2 + 1];
            float acc0 = 0;
            float acc1 = 0;
            for (int s0 = 0; s0 < cols; s0 += 256) {
                final int s1 = Math.min(cols, s0 + 256);
                float blk0 = 0;
                float blk1 = 0;
                for (int s = s0; s < s1; s++) {
                    final float t2 = y_[s * 2];
                    final float t3 = y_[s * 2 + 1];
                    final float t4 = t0 * t2;
                    final float t5 = t1 * t3;
                    blk0 += t4;
                    blk1 += t5;
                }
                acc0 += blk0;
                acc1 += blk1;
            }
            out[r * 2] = acc0;
            out[r * 2 + 1] = acc1;
        }
    }

    /**
     * AllReductions.sumDirect: SUM over j of x * y (simplified: (x * y)).
     */
    static void sumDirect(float[] x_, float[] y_, int rows, int cols, float[] out) {
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 2];
            final float t1 = x_[r * 2 + 1];
            float acc0 = 0;
            float acc1 = 0;
            for (int s = 0; s < cols; s++) {
                final float t2 = y_[s * 2];
                final float t3 = y_[s * 2 + 1];
                final float t4 = t0 * t2;
                final float t5 = t1 * t3;
                acc0 += t4;
                acc1 += t5;
            }
            out[r * 2] = acc0;
            out[r * 2 + 1] = acc1;
        }
    }

    /**
     * AllReductions.sumDouble: SUM over j of x * y (simplified: (x * y)).
     */
    static void sumDouble(float[] x_, float[] y_, int rows, int cols, float[] out) {
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 2];
            final float t1 = x_[r * 2 + 1];
            double acc0 = 0;
            double acc1 = 0;
            for (int s = 0; s < cols; s++) {
                final float t2 = y_[s * 2];
                final float t3 = y_[s * 2 + 1];
                final float t4 = t0 * t2;
                final float t5 = t1 * t3;
                acc0 += t4;
                acc1 += t5;
            }
            out[r * 2] = (float) acc0;
            out[r * 2 + 1] = (float) acc1;
        }
    }

    /**
     * AllReductions.sumDouble64: SUM over j of x * y (simplified: (x * y)).
     */
    static void sumDouble64(double[] x_, double[] y_, int rows, int cols, double[] out) {
        for (int r = 0; r < rows; r++) {
            final double t0 = x_[r * 2];
            final double t1 = x_[r * 2 + 1];
            double acc0 = 0;
            double acc1 = 0;
            for (int s = 0; s < cols; s++) {
                final double t2 = y_[s * 2];
                final double t3 = y_[s * 2 + 1];
                final double t4 = t0 * t2;
                final double t5 = t1 * t3;
                acc0 += t4;
                acc1 += t5;
            }
            out[r * 2] = acc0;
            out[r * 2 + 1] = acc1;
        }
    }

    /**
     * AllReductions.min: MIN over j of x - y (simplified: (x - y)).
     */
    static void min(float[] x_, float[] y_, int rows, int cols, float[] out) {
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 2];
            final float t1 = x_[r * 2 + 1];
            float acc0 = Float.POSITIVE_INFINITY;
            float acc1 = Float.POSITIVE_INFINITY;
            for (int s = 0; s < cols; s++) {
                final float t2 = y_[s * 2];
                final float t3 = y_[s * 2 + 1];
                final float t4 = t0 - t2;
                final float t5 = t1 - t3;
                if (t4 < acc0) {
                    acc0 = t4;
                }
                if (t5 < acc1) {
                    acc1 = t5;
                }
            }
            out[r * 2] = acc0;
            out[r * 2 + 1] = acc1;
        }
    }

    /**
     * AllReductions.max: MAX over j of x - y (simplified: (x - y)).
     */
    static void max(float[] x_, float[] y_, int rows, int cols, float[] out) {
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 2];
            final float t1 = x_[r * 2 + 1];
            float acc0 = Float.NEGATIVE_INFINITY;
            float acc1 = Float.NEGATIVE_INFINITY;
            for (int s = 0; s < cols; s++) {
                final float t2 = y_[s * 2];
                final float t3 = y_[s * 2 + 1];
                final float t4 = t0 - t2;
                final float t5 = t1 - t3;
                if (t4 > acc0) {
                    acc0 = t4;
                }
                if (t5 > acc1) {
                    acc1 = t5;
                }
            }
            out[r * 2] = acc0;
            out[r * 2 + 1] = acc1;
        }
    }

    /**
     * AllReductions.argMax: ARG_MAX over j of x - y (simplified: (x - y)).
     */
    static void argMax(float[] x_, float[] y_, int rows, int cols, int[] outIndex) {
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 2];
            final float t1 = x_[r * 2 + 1];
            float acc0 = Float.NEGATIVE_INFINITY;
            int idx0 = -1;
            float acc1 = Float.NEGATIVE_INFINITY;
            int idx1 = -1;
            for (int s = 0; s < cols; s++) {
                final float t2 = y_[s * 2];
                final float t3 = y_[s * 2 + 1];
                final float t4 = t0 - t2;
                final float t5 = t1 - t3;
                if (t4 > acc0 || (idx0 < 0 && t4 == t4)) {
                    acc0 = t4;
                    idx0 = s;
                }
                if (t5 > acc1 || (idx1 < 0 && t5 == t5)) {
                    acc1 = t5;
                    idx1 = s;
                }
            }
            outIndex[r * 2] = idx0;
            outIndex[r * 2 + 1] = idx1;
        }
    }

    /**
     * AllReductions.maxArgMax: MAX_ARG_MAX over j of x - y (simplified: (x - y)).
     */
    static void maxArgMax(float[] x_, float[] y_, int rows, int cols, float[] out, int[] outIndex) {
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 2];
            final float t1 = x_[r * 2 + 1];
            float acc0 = Float.NEGATIVE_INFINITY;
            int idx0 = -1;
            float acc1 = Float.NEGATIVE_INFINITY;
            int idx1 = -1;
            for (int s = 0; s < cols; s++) {
                final float t2 = y_[s * 2];
                final float t3 = y_[s * 2 + 1];
                final float t4 = t0 - t2;
                final float t5 = t1 - t3;
                if (t4 > acc0 || (idx0 < 0 && t4 == t4)) {
                    acc0 = t4;
                    idx0 = s;
                }
                if (t5 > acc1 || (idx1 < 0 && t5 == t5)) {
                    acc1 = t5;
                    idx1 = s;
                }
            }
            out[r * 2] = acc0;
            outIndex[r * 2] = idx0;
            out[r * 2 + 1] = acc1;
            outIndex[r * 2 + 1] = idx1;
        }
    }

    /**
     * AllReductions.kMin: K_MIN over j of SqDist(x, y) (simplified: Sum(Square((x - y)))).
     */
    static void kMin(float[] x_, float[] y_, int rows, int cols, float[] out) {
        final float[] kv = new float[3];
        final int[] ki = new int[3];
        final int[] kn = new int[1];
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 2];
            final float t1 = x_[r * 2 + 1];
            KSmallest.reset(kv, ki, kn);
            for (int s = 0; s < cols; s++) {
                final float t2 = y_[s * 2];
                final float t3 = y_[s * 2 + 1];
                final float t4 = t0 - t2;
                final float t5 = t1 - t3;
                final float t6 = t4 * t4;
                final float t7 = t5 * t5;
                final float t8 = t6 + t7;
                KSmallest.offer(kv, ki, kn, 3, 1, 0, t8, s);
            }
            System.arraycopy(kv, 0, out, r * 3, 3);
        }
    }

    /**
     * AllReductions.kMinArgKMin: K_MIN_ARG_K_MIN over j of SqDist(x, y) (simplified: Sum(Square((x - y)))).
     */
    static void kMinArgKMin(float[] x_, float[] y_, int rows, int cols, float[] out,
            int[] outIndex) {
        final float[] kv = new float[3];
        final int[] ki = new int[3];
        final int[] kn = new int[1];
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 2];
            final float t1 = x_[r * 2 + 1];
            KSmallest.reset(kv, ki, kn);
            for (int s = 0; s < cols; s++) {
                final float t2 = y_[s * 2];
                final float t3 = y_[s * 2 + 1];
                final float t4 = t0 - t2;
                final float t5 = t1 - t3;
                final float t6 = t4 * t4;
                final float t7 = t5 * t5;
                final float t8 = t6 + t7;
                KSmallest.offer(kv, ki, kn, 3, 1, 0, t8, s);
            }
            System.arraycopy(kv, 0, out, r * 3, 3);
            System.arraycopy(ki, 0, outIndex, r * 3, 3);
        }
    }

    /**
     * AllReductions.weightedLse: LOG_SUM_EXP over j of -SqDist(x, y) (simplified: Minus(Sum(Square((x - y))))), weight b.
     */
    static void weightedLse(float[] x_, float[] y_, float[] b_, int rows, int cols, float[] out) {
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 2];
            final float t1 = x_[r * 2 + 1];
            float mx = Float.NEGATIVE_INFINITY;
            float se0 = 0;
            float se1 = 0;
            for (int s = 0; s < cols; s++) {
                final float t2 = y_[s * 2];
                final float t3 = y_[s * 2 + 1];
                final float t4 = t0 - t2;
                final float t5 = t1 - t3;
                final float t6 = t4 * t4;
                final float t7 = t5 * t5;
                final float t8 = t6 + t7;
                final float t9 = -t8;
                final float t10 = b_[s * 2];
                final float t11 = b_[s * 2 + 1];
                if (t9 > mx) {
                    final float sc = (float) Math.exp(mx - t9);
                    se0 = se0 * sc + t10;
                    se1 = se1 * sc + t11;
                    mx = t9;
                } else if (t9 != Float.NEGATIVE_INFINITY) {
                    final float e = t9 == mx ? 1 : (float) Math.exp(t9 - mx);
                    se0 += e * t10;
                    se1 += e * t11;
                }
            }
            out[r * 2] = mx + (float) Math.log(se0);
            out[r * 2 + 1] = mx + (float) Math.log(se1);
        }
    }

    /**
     * AllReductions.softmax: SUM_SOFTMAX_WEIGHT over j of -SqDist(x, y) * g (simplified: (Minus(Sum(Square((x - y)))) * g)), weight b.
     */
    static void softmax(float[] x_, float[] y_, float[] b_, float g_, int rows, int cols,
            float[] out) {
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 2];
            final float t1 = x_[r * 2 + 1];
            float mx = Float.NEGATIVE_INFINITY;
            float sw = 0;
            float se0 = 0;
            for (int s = 0; s < cols; s++) {
                final float t2 = y_[s * 2];
                final float t3 = y_[s * 2 + 1];
                final float t4 = t0 - t2;
                final float t5 = t1 - t3;
                final float t6 = t4 * t4;
                final float t7 = t5 * t5;
                final float t8 = t6 + t7;
                final float t9 = -t8;
                final float t11 = t9 * g_;
                final float t12 = b_[s];
                if (t11 > mx) {
                    final float sc = (float) Math.exp(mx - t11);
                    sw = sw * sc + 1;
                    se0 = se0 * sc + t12;
                    mx = t11;
                } else if (t11 != Float.NEGATIVE_INFINITY) {
                    final float e = t11 == mx ? 1 : (float) Math.exp(t11 - mx);
                    sw += e;
                    se0 += e * t12;
                }
            }
            out[r] = sw == 0 ? 0 : se0 / sw;
        }
    }

    /**
     * AllReductions.argMax: ARG_MAX over j of x - y (simplified: (x - y)).
     */
    static void argMax$part(float[] x_, float[] y_, int rows, int cols, float[] out,
            int[] outIndex) {
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 2];
            final float t1 = x_[r * 2 + 1];
            float acc0 = Float.NEGATIVE_INFINITY;
            int idx0 = -1;
            float acc1 = Float.NEGATIVE_INFINITY;
            int idx1 = -1;
            for (int s = 0; s < cols; s++) {
                final float t2 = y_[s * 2];
                final float t3 = y_[s * 2 + 1];
                final float t4 = t0 - t2;
                final float t5 = t1 - t3;
                if (t4 > acc0 || (idx0 < 0 && t4 == t4)) {
                    acc0 = t4;
                    idx0 = s;
                }
                if (t5 > acc1 || (idx1 < 0 && t5 == t5)) {
                    acc1 = t5;
                    idx1 = s;
                }
            }
            out[r * 2] = acc0;
            outIndex[r * 2] = idx0;
            out[r * 2 + 1] = acc1;
            outIndex[r * 2 + 1] = idx1;
        }
    }

    /**
     * AllReductions.weightedLse: LOG_SUM_EXP over j of -SqDist(x, y) (simplified: Minus(Sum(Square((x - y))))), weight b.
     */
    static void weightedLse$part(float[] x_, float[] y_, float[] b_, int rows, int cols,
            float[] out) {
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 2];
            final float t1 = x_[r * 2 + 1];
            float mx = Float.NEGATIVE_INFINITY;
            float se0 = 0;
            float se1 = 0;
            for (int s = 0; s < cols; s++) {
                final float t2 = y_[s * 2];
                final float t3 = y_[s * 2 + 1];
                final float t4 = t0 - t2;
                final float t5 = t1 - t3;
                final float t6 = t4 * t4;
                final float t7 = t5 * t5;
                final float t8 = t6 + t7;
                final float t9 = -t8;
                final float t10 = b_[s * 2];
                final float t11 = b_[s * 2 + 1];
                if (t9 > mx) {
                    final float sc = (float) Math.exp(mx - t9);
                    se0 = se0 * sc + t10;
                    se1 = se1 * sc + t11;
                    mx = t9;
                } else if (t9 != Float.NEGATIVE_INFINITY) {
                    final float e = t9 == mx ? 1 : (float) Math.exp(t9 - mx);
                    se0 += e * t10;
                    se1 += e * t11;
                }
            }
            out[r * 3] = se0;
            out[r * 3 + 1] = se1;
            out[r * 3 + 2] = mx;
        }
    }

    /**
     * AllReductions.softmax: SUM_SOFTMAX_WEIGHT over j of -SqDist(x, y) * g (simplified: (Minus(Sum(Square((x - y)))) * g)), weight b.
     */
    static void softmax$part(float[] x_, float[] y_, float[] b_, float g_, int rows, int cols,
            float[] out) {
        for (int r = 0; r < rows; r++) {
            final float t0 = x_[r * 2];
            final float t1 = x_[r * 2 + 1];
            float mx = Float.NEGATIVE_INFINITY;
            float sw = 0;
            float se0 = 0;
            for (int s = 0; s < cols; s++) {
                final float t2 = y_[s * 2];
                final float t3 = y_[s * 2 + 1];
                final float t4 = t0 - t2;
                final float t5 = t1 - t3;
                final float t6 = t4 * t4;
                final float t7 = t5 * t5;
                final float t8 = t6 + t7;
                final float t9 = -t8;
                final float t11 = t9 * g_;
                final float t12 = b_[s];
                if (t11 > mx) {
                    final float sc = (float) Math.exp(mx - t11);
                    sw = sw * sc + 1;
                    se0 = se0 * sc + t12;
                    mx = t11;
                } else if (t11 != Float.NEGATIVE_INFINITY) {
                    final float e = t11 == mx ? 1 : (float) Math.exp(t11 - mx);
                    sw += e;
                    se0 += e * t12;
                }
            }
            out[r * 3] = sw == 0 ? 0 : se0 / sw;
            out[r * 3 + 1] = mx;
            out[r * 3 + 2] = sw;
        }
    }
}
