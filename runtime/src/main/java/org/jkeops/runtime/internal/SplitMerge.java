package org.jkeops.runtime.internal;

/**
 * The host-side {@code merge} step of every splittable reduction, for any backend that splits
 * the reduced index into parts: SIMD threads (few output rows, many reduced rows), OpenCL
 * launches with several parts, and distributed engines merging the parts of a generated
 * {@code KernelMethod} ({@code mergeParts}, e.g. Spark's tiles). Each part reduced a contiguous range of j into finalized outputs
 * of its own; these methods merge them in part order, which keeps results deterministic and ties
 * on the smallest index. Which method a reduction uses is named by its type in the processor
 * ({@code org.jkeops.processor.reduce}, {@code splitMerge}). Called only by generated code: not API.
 */
public final class SplitMerge {
    private SplitMerge() {
    }

    /** SUM: out = the partial results added in part order. */
    public static void sum(float[][] parts, float[] out) {
        java.util.Arrays.fill(out, 0);
        for (float[] p : parts) {
            for (int k = 0; k < out.length; k++) {
                out[k] += p[k];
            }
        }
    }

    /**
     * SUM in the KAHAN scheme: the partial results added in part order with a compensation, so
     * that parts of very different size lose nothing to one another (a plain addition of the
     * parts of 1 + (N - 1) * 1e-8f, N = 10^5 in OpenCL work-group parts, was 47 ulp off). An
     * infinite running sum carries no compensation, as in the kernels' fold.
     */
    public static void kahanSum(float[][] parts, float[] out) {
        for (int k = 0; k < out.length; k++) {
            float acc = 0;
            float cmp = 0;
            for (float[] p : parts) {
                float ky = p[k] - cmp;
                float kt = acc + ky;
                cmp = Float.isFinite(kt) ? (kt - acc) - ky : 0;
                acc = kt;
            }
            out[k] = acc;
        }
    }

    /** MIN (or MAX when {@code max}): component-wise. Partial values are never NaN. */
    public static void minMax(float[][] parts, float[] out, boolean max) {
        System.arraycopy(parts[0], 0, out, 0, out.length);
        for (int p = 1; p < parts.length; p++) {
            for (int k = 0; k < out.length; k++) {
                float v = parts[p][k];
                if (max ? v > out[k] : v < out[k]) {
                    out[k] = v;
                }
            }
        }
    }

    /**
     * MIN_ARG_MIN (or MAX_ARG_MAX): a later part wins only with a strictly better value, so ties
     * keep the smaller index; a part that saw nothing has index -1.
     */
    public static void argMinMax(float[][] parts, int[][] indexParts, float[] out, int[] outIndex, boolean max) {
        System.arraycopy(parts[0], 0, out, 0, out.length);
        System.arraycopy(indexParts[0], 0, outIndex, 0, outIndex.length);
        for (int p = 1; p < parts.length; p++) {
            for (int k = 0; k < out.length; k++) {
                int ix = indexParts[p][k];
                float v = parts[p][k];
                if (ix >= 0 && (outIndex[k] < 0 || (max ? v > out[k] : v < out[k]))) {
                    out[k] = v;
                    outIndex[k] = ix;
                }
            }
        }
    }

    /** LOG_SUM_EXP: log(exp(a) + exp(b)) per component, computed as max + log1p(exp(min - max)). */
    public static void logSumExp(float[][] parts, float[] out) {
        System.arraycopy(parts[0], 0, out, 0, out.length);
        for (int p = 1; p < parts.length; p++) {
            for (int k = 0; k < out.length; k++) {
                float a = out[k];
                float b = parts[p][k];
                if (a != a || b != b) {
                    out[k] = a + b; // NaN
                } else if (b == Float.NEGATIVE_INFINITY) {
                    out[k] = a;
                } else if (a == Float.NEGATIVE_INFINITY) {
                    out[k] = b;
                } else if (a == Float.POSITIVE_INFINITY || b == Float.POSITIVE_INFINITY) {
                    out[k] = Float.POSITIVE_INFINITY; // min - max would be inf - inf
                } else {
                    float hi = Math.max(a, b);
                    out[k] = (float) (hi + Math.log1p(Math.exp(Math.min(a, b) - hi)));
                }
            }
        }
    }

    /**
     * Weighted LOG_SUM_EXP (OpenCL parts): each part wrote, per output element, its running
     * maximum m_p and its unfinalized sum s_p of exp(v - m_p) G at {@code norms[p][2 k]} and
     * {@code [2 k + 1]}. The sums may be negative, and a part's finalized log of a negative sum is
     * NaN, so the merge works on them: out = m + log(sum of s_p exp(m_p - m)), m the largest m_p
     * (factor 1 where m_p = m), in float64.
     */
    public static void logSumExpSums(float[][] norms, float[] out) {
        for (int k = 0; k < out.length; k++) {
            double m = Double.NEGATIVE_INFINITY;
            for (float[] n : norms) {
                m = Math.max(m, n[2 * k]);
            }
            double s = 0;
            for (float[] n : norms) {
                s += n[2 * k] == m ? n[2 * k + 1] : n[2 * k + 1] * Math.exp(n[2 * k] - m);
            }
            out[k] = (float) (m + Math.log(s));
        }
    }

    /**
     * Weighted LOG_SUM_EXP from a kernel method's partial companion (on Spark tiles): each row of
     * a part is its unfinalized sums s_p, then its running maximum m_p; merged and finalized as
     * {@link #logSumExpSums(float[][], float[])}, one part too.
     */
    public static void logSumExpPartials(float[][] parts, float[] out, int rows) {
        if (rows == 0) {
            return;
        }
        int width = out.length / rows;
        int stride = width + 1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                double m = Double.NEGATIVE_INFINITY;
                for (float[] part : parts) {
                    m = Math.max(m, part[r * stride + width]);
                }
                double s = 0;
                for (float[] part : parts) {
                    double mp = part[r * stride + width];
                    double sp = part[r * stride + c];
                    s += mp == m ? sp : sp * Math.exp(mp - m);
                }
                out[r * width + c] = (float) (m + Math.log(s));
            }
        }
    }

    /**
     * K_MIN / K_MIN_ARG_K_MIN: each part's K smallest (k-major rows of K * dim) offered in part
     * order, which keeps ties ordered by index.
     */
    public static void kMin(float[][] parts, int[][] indexParts, float[] out, int[] outIndex, int rows, int k, int dim) {
        float[] kv = new float[k * dim];
        int[] ki = new int[k * dim];
        int[] kn = new int[dim];
        int width = k * dim;
        for (int r = 0; r < rows; r++) {
            org.jkeops.runtime.internal.KSmallest.reset(kv, ki, kn);
            for (int p = 0; p < parts.length; p++) {
                for (int q = 0; q < k; q++) {
                    for (int c = 0; c < dim; c++) {
                        int at = r * width + q * dim + c;
                        int ix = indexParts == null ? q : indexParts[p][at];
                        if (indexParts == null || ix >= 0) {
                            org.jkeops.runtime.internal.KSmallest.offer(kv, ki, kn, k, dim, c, parts[p][at], ix);
                        }
                    }
                }
            }
            System.arraycopy(kv, 0, out, r * width, width);
            if (outIndex != null) {
                System.arraycopy(ki, 0, outIndex, r * width, width);
            }
        }
    }

    /**
     * SUM_SOFTMAX_WEIGHT from parts that carry their normaliser in their rows (a kernel method's
     * partial companion, on Spark tiles): each row of a part is its finalized values, then m_p and
     * z_p. Merged by {@link #softmax(float[][], float[][], float[], int)}; one part is its values as they are.
     */
    public static void softmaxPartials(float[][] parts, float[] out, int rows) {
        if (rows == 0) {
            return;
        }
        int width = out.length / rows;
        int stride = width + 2;
        if (parts.length == 1) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(parts[0], r * stride, out, r * width, width);
            }
            return;
        }
        float[][] values = new float[parts.length][out.length];
        float[][] norms = new float[parts.length][2 * rows];
        for (int p = 0; p < parts.length; p++) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(parts[p], r * stride, values[p], r * width, width);
                System.arraycopy(parts[p], r * stride + width, norms[p], 2 * r, 2);
            }
        }
        softmax(values, norms, out, rows);
    }

    /**
     * SUM_SOFTMAX_WEIGHT (OpenCL parts): each part finalized its rows as s_p / z_p and wrote its
     * normaliser, the running maximum m_p and z_p = sum of exp(v - m_p), at {@code norms[p][2 r]}
     * and {@code [2 r + 1]}. A part weighs w_p = z_p exp(m_p - m) with m the largest m_p (weight
     * z_p where m_p = m, so that parts whose maximum is +inf count their +inf terms once each, as
     * one pass would); out = sum of w_p values_p / sum of w_p, in float64, and 0 where no part saw
     * a term. A NaN term made its part's z NaN, which makes the row NaN; a part outweighed to
     * w_p = 0 still adds 0 times its values, NaN where they are NaN or infinite (docs/FORMULAS.md).
     */
    public static void softmax(float[][] parts, float[][] norms, float[] out, int rows) {
        if (rows == 0) {
            return;
        }
        int width = out.length / rows;
        double[] w = new double[parts.length];
        for (int r = 0; r < rows; r++) {
            double m = Double.NEGATIVE_INFINITY;
            for (float[] n : norms) {
                m = Math.max(m, n[2 * r]);
            }
            double total = 0;
            for (int p = 0; p < parts.length; p++) {
                double mp = norms[p][2 * r];
                double z = norms[p][2 * r + 1];
                w[p] = z == 0 ? 0 : z * (mp == m ? 1 : Math.exp(mp - m));
                total += w[p];
            }
            for (int c = 0; c < width; c++) {
                double acc = 0;
                for (int p = 0; p < parts.length; p++) {
                    // No skip of w_p = 0: a part outweighed to 0 still turns a NaN or an infinity
                    // of its G into NaN, as 0 * G does for such a term in one pass.
                    acc += w[p] * parts[p][r * width + c];
                }
                out[r * width + c] = total == 0 ? 0 : (float) (acc / total);
            }
        }
    }

    /**
     * SUM of a float32 kernel in the DOUBLE scheme (OpenCL parts): the parts' float64 sums added
     * in part order, rounded to float once.
     */
    public static void sum(double[][] parts, float[] out) {
        double[] acc = new double[out.length];
        for (double[] p : parts) {
            for (int k = 0; k < out.length; k++) {
                acc[k] += p[k];
            }
        }
        for (int k = 0; k < out.length; k++) {
            out[k] = (float) acc[k];
        }
    }

    /**
     * SUM of a float32 kernel in the DOUBLE scheme from finalized float32 parts (an engine that
     * gets the parts' outputs only, such as Spark tiles): added in float64 in part order and
     * rounded to float once, so each part adds one float32 rounding to the single pass's one.
     */
    public static void sumInDouble(float[][] parts, float[] out) {
        double[] acc = new double[out.length];
        for (float[] p : parts) {
            for (int k = 0; k < out.length; k++) {
                acc[k] += p[k];
            }
        }
        for (int k = 0; k < out.length; k++) {
            out[k] = (float) acc[k];
        }
    }

    /** SUM: out = the partial results added in part order. */
    public static void sum(double[][] parts, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (double[] p : parts) {
            for (int k = 0; k < out.length; k++) {
                out[k] += p[k];
            }
        }
    }

    /** SUM in the KAHAN scheme, float64: as {@link #kahanSum(float[][], float[])}. */
    public static void kahanSum(double[][] parts, double[] out) {
        for (int k = 0; k < out.length; k++) {
            double acc = 0;
            double cmp = 0;
            for (double[] p : parts) {
                double ky = p[k] - cmp;
                double kt = acc + ky;
                cmp = Double.isFinite(kt) ? (kt - acc) - ky : 0;
                acc = kt;
            }
            out[k] = acc;
        }
    }

    /** MIN (or MAX when {@code max}): component-wise. Partial values are never NaN. */
    public static void minMax(double[][] parts, double[] out, boolean max) {
        System.arraycopy(parts[0], 0, out, 0, out.length);
        for (int p = 1; p < parts.length; p++) {
            for (int k = 0; k < out.length; k++) {
                double v = parts[p][k];
                if (max ? v > out[k] : v < out[k]) {
                    out[k] = v;
                }
            }
        }
    }

    /**
     * MIN_ARG_MIN (or MAX_ARG_MAX): a later part wins only with a strictly better value, so ties
     * keep the smaller index; a part that saw nothing has index -1.
     */
    public static void argMinMax(double[][] parts, int[][] indexParts, double[] out, int[] outIndex, boolean max) {
        System.arraycopy(parts[0], 0, out, 0, out.length);
        System.arraycopy(indexParts[0], 0, outIndex, 0, outIndex.length);
        for (int p = 1; p < parts.length; p++) {
            for (int k = 0; k < out.length; k++) {
                int ix = indexParts[p][k];
                double v = parts[p][k];
                if (ix >= 0 && (outIndex[k] < 0 || (max ? v > out[k] : v < out[k]))) {
                    out[k] = v;
                    outIndex[k] = ix;
                }
            }
        }
    }

    /** LOG_SUM_EXP: log(exp(a) + exp(b)) per component, computed as max + log1p(exp(min - max)). */
    public static void logSumExp(double[][] parts, double[] out) {
        System.arraycopy(parts[0], 0, out, 0, out.length);
        for (int p = 1; p < parts.length; p++) {
            for (int k = 0; k < out.length; k++) {
                double a = out[k];
                double b = parts[p][k];
                if (a != a || b != b) {
                    out[k] = a + b; // NaN
                } else if (b == Double.NEGATIVE_INFINITY) {
                    out[k] = a;
                } else if (a == Double.NEGATIVE_INFINITY) {
                    out[k] = b;
                } else if (a == Double.POSITIVE_INFINITY || b == Double.POSITIVE_INFINITY) {
                    out[k] = Double.POSITIVE_INFINITY; // min - max would be inf - inf
                } else {
                    double hi = Math.max(a, b);
                    out[k] = (double) (hi + Math.log1p(Math.exp(Math.min(a, b) - hi)));
                }
            }
        }
    }

    /**
     * Weighted LOG_SUM_EXP (OpenCL parts): each part wrote, per output element, its running
     * maximum m_p and its unfinalized sum s_p of exp(v - m_p) G at {@code norms[p][2 k]} and
     * {@code [2 k + 1]}. The sums may be negative, and a part's finalized log of a negative sum is
     * NaN, so the merge works on them: out = m + log(sum of s_p exp(m_p - m)), m the largest m_p
     * (factor 1 where m_p = m), in float64.
     */
    public static void logSumExpSums(double[][] norms, double[] out) {
        for (int k = 0; k < out.length; k++) {
            double m = Double.NEGATIVE_INFINITY;
            for (double[] n : norms) {
                m = Math.max(m, n[2 * k]);
            }
            double s = 0;
            for (double[] n : norms) {
                s += n[2 * k] == m ? n[2 * k + 1] : n[2 * k + 1] * Math.exp(n[2 * k] - m);
            }
            out[k] = (m + Math.log(s));
        }
    }

    /**
     * Weighted LOG_SUM_EXP from a kernel method's partial companion (on Spark tiles): each row of
     * a part is its unfinalized sums s_p, then its running maximum m_p; merged and finalized as
     * {@link #logSumExpSums(double[][], double[])}, one part too.
     */
    public static void logSumExpPartials(double[][] parts, double[] out, int rows) {
        if (rows == 0) {
            return;
        }
        int width = out.length / rows;
        int stride = width + 1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                double m = Double.NEGATIVE_INFINITY;
                for (double[] part : parts) {
                    m = Math.max(m, part[r * stride + width]);
                }
                double s = 0;
                for (double[] part : parts) {
                    double mp = part[r * stride + width];
                    double sp = part[r * stride + c];
                    s += mp == m ? sp : sp * Math.exp(mp - m);
                }
                out[r * width + c] = (m + Math.log(s));
            }
        }
    }

    /**
     * K_MIN / K_MIN_ARG_K_MIN: each part's K smallest (k-major rows of K * dim) offered in part
     * order, which keeps ties ordered by index.
     */
    public static void kMin(double[][] parts, int[][] indexParts, double[] out, int[] outIndex, int rows, int k, int dim) {
        double[] kv = new double[k * dim];
        int[] ki = new int[k * dim];
        int[] kn = new int[dim];
        int width = k * dim;
        for (int r = 0; r < rows; r++) {
            org.jkeops.runtime.internal.KSmallest.reset(kv, ki, kn);
            for (int p = 0; p < parts.length; p++) {
                for (int q = 0; q < k; q++) {
                    for (int c = 0; c < dim; c++) {
                        int at = r * width + q * dim + c;
                        int ix = indexParts == null ? q : indexParts[p][at];
                        if (indexParts == null || ix >= 0) {
                            org.jkeops.runtime.internal.KSmallest.offer(kv, ki, kn, k, dim, c, parts[p][at], ix);
                        }
                    }
                }
            }
            System.arraycopy(kv, 0, out, r * width, width);
            if (outIndex != null) {
                System.arraycopy(ki, 0, outIndex, r * width, width);
            }
        }
    }

    /**
     * SUM_SOFTMAX_WEIGHT from parts that carry their normaliser in their rows (a kernel method's
     * partial companion, on Spark tiles): each row of a part is its finalized values, then m_p and
     * z_p. Merged by {@link #softmax(double[][], double[][], double[], int)}; one part is its values as they are.
     */
    public static void softmaxPartials(double[][] parts, double[] out, int rows) {
        if (rows == 0) {
            return;
        }
        int width = out.length / rows;
        int stride = width + 2;
        if (parts.length == 1) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(parts[0], r * stride, out, r * width, width);
            }
            return;
        }
        double[][] values = new double[parts.length][out.length];
        double[][] norms = new double[parts.length][2 * rows];
        for (int p = 0; p < parts.length; p++) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(parts[p], r * stride, values[p], r * width, width);
                System.arraycopy(parts[p], r * stride + width, norms[p], 2 * r, 2);
            }
        }
        softmax(values, norms, out, rows);
    }

    /**
     * SUM_SOFTMAX_WEIGHT (OpenCL parts): each part finalized its rows as s_p / z_p and wrote its
     * normaliser, the running maximum m_p and z_p = sum of exp(v - m_p), at {@code norms[p][2 r]}
     * and {@code [2 r + 1]}. A part weighs w_p = z_p exp(m_p - m) with m the largest m_p (weight
     * z_p where m_p = m, so that parts whose maximum is +inf count their +inf terms once each, as
     * one pass would); out = sum of w_p values_p / sum of w_p, in float64, and 0 where no part saw
     * a term. A NaN term made its part's z NaN, which makes the row NaN; a part outweighed to
     * w_p = 0 still adds 0 times its values, NaN where they are NaN or infinite (docs/FORMULAS.md).
     */
    public static void softmax(double[][] parts, double[][] norms, double[] out, int rows) {
        if (rows == 0) {
            return;
        }
        int width = out.length / rows;
        double[] w = new double[parts.length];
        for (int r = 0; r < rows; r++) {
            double m = Double.NEGATIVE_INFINITY;
            for (double[] n : norms) {
                m = Math.max(m, n[2 * r]);
            }
            double total = 0;
            for (int p = 0; p < parts.length; p++) {
                double mp = norms[p][2 * r];
                double z = norms[p][2 * r + 1];
                w[p] = z == 0 ? 0 : z * (mp == m ? 1 : Math.exp(mp - m));
                total += w[p];
            }
            for (int c = 0; c < width; c++) {
                double acc = 0;
                for (int p = 0; p < parts.length; p++) {
                    // No skip of w_p = 0: a part outweighed to 0 still turns a NaN or an infinity
                    // of its G into NaN, as 0 * G does for such a term in one pass.
                    acc += w[p] * parts[p][r * width + c];
                }
                out[r * width + c] = total == 0 ? 0 : (acc / total);
            }
        }
    }
}
