package org.jkeops.linalg;

import java.util.stream.IntStream;

/**
 * The tall-and-skinny products of a block eigensolver on row-major n × k blocks ({@code a[i * k +
 * c]}): Gram matrices {@code Aᵀ B} (k × k, small) and sums of products {@code Σ A_t · C_t} with
 * small C_t. At n = 10^6 and k = 30 these sweeps cost as much as the solver's kernel passes unless
 * they are fast, so:
 * <ul>
 *   <li>rows are split into chunks run in parallel, and the Gram matrices of each chunk are summed
 *       in chunk order afterwards (the result does not depend on the number of threads);</li>
 *   <li>for the Gram matrices, rows are copied in panels of {@link Panels#ROWS} into column-major
 *       scratch arrays ({@link Panels}), so that the dot products run over 64 contiguous rows in
 *       4 × 2 register tiles instead of over 10 columns; the products {@code A · C} work on the
 *       row-major rows directly, in 2 × 4 register tiles of the output;</li>
 *   <li>several Gram matrices of the same blocks are formed in one sweep ({@link #grams}), so the
 *       blocks are read from memory once per Rayleigh-Ritz step instead of once per product.</li>
 * </ul>
 * The small matrices are {@code double[][]}; their factorizations come from EJML ({@link SmallDense}).
 */
final class RowBlocks {

    /** Rows per parallel task: large enough that a task outweighs its scheduling. */
    static final int CHUNK = 4096;

    /**
     * Whether the sweeps run in SIMD ({@link VectorBlocks}): the JVM reads jdk.incubator.vector
     * and {@code -Djkeops.linalg.scalar=true} (the scalar loops, kept as the fallback and for
     * comparisons) is not set.
     */
    static final boolean SIMD = !Boolean.getBoolean("jkeops.linalg.scalar")
            && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /** Rows per SIMD Gram sweep: the blocks of one Rayleigh-Ritz step stay in L2 across the pairs. */
    private static final int SIMD_ROWS = 128;

    private RowBlocks() {
    }

    private static int chunkCount(int n) {
        return (n + CHUNK - 1) / CHUNK;
    }

    private static IntStream chunks(int n) {
        IntStream s = IntStream.range(0, chunkCount(n));
        return n >= 2 * CHUNK ? s.parallel() : s;
    }

    /** A body run on rows [from, to) of a block. */
    interface RowRange {
        void run(int from, int to);
    }

    /**
     * Runs {@code body} over rows [0, n) in chunks, in parallel when there are several: for the
     * element-wise passes (the operator algebra, conversions, residuals) that would otherwise
     * stream n × k blocks through one core.
     */
    static void forRows(int n, RowRange body) {
        chunks(n).forEach(ch -> body.run(ch * CHUNK, Math.min(n, (ch + 1) * CHUNK)));
    }

    /** {@code Aᵀ B}: A is n × ka, B is n × kb. */
    static double[][] gram(double[] a, int ka, double[] b, int kb, int n) {
        return grams(new double[][] {a, b}, new int[] {ka, kb}, new int[][] {{0, 1}}, n)[0];
    }

    /**
     * Several Gram matrices in one sweep over the rows: {@code result[t] = B_lᵀ B_r} for
     * {@code pairs[t] = {l, r}}, {@code B_l} being {@code blocks[l]} (n × widths[l], row-major).
     * Each block is read once, whatever the number of pairs it appears in.
     */
    static double[][][] grams(double[][] blocks, int[] widths, int[][] pairs, int n) {
        double[][][] perChunk = new double[chunkCount(n)][][];
        chunks(n).forEach(ch -> perChunk[ch] = chunkGrams(blocks, widths, pairs, ch * CHUNK, Math.min(n, (ch + 1) * CHUNK)));
        return sumChunks(perChunk, blocks, widths, pairs);
    }

    /** {@link #subtractTimesThenGrams}: the Gram matrix {@code Bᵀ A}. */
    static final int[] B_T_A = {0, 1};
    /** {@link #subtractTimesThenGrams}: the Gram matrix {@code Aᵀ A}. */
    static final int[] A_T_A = {1, 1};

    /**
     * {@code A -= B · C} in place, then the Gram matrices {@code grams} ({@link #B_T_A},
     * {@link #A_T_A}) of the updated A, in one sweep: each chunk's rows of A are still in cache when
     * their Gram matrices are summed. The same operations in the same order as {@code A + B · (-C)}
     * by {@link #sumOfProducts}, then {@link #gram}. For LOBPCG's projection of W against X and
     * W's orthonormalization.
     */
    static double[][][] subtractTimesThenGrams(double[] a, int m, double[] b, int kb, double[][] c, int[][] grams,
                                               int n) {
        double[][] negated = new double[kb][m];
        for (int p = 0; p < kb; p++) {
            for (int q = 0; q < m; q++) {
                negated[p][q] = -c[p][q];
            }
        }
        double[] flatC = flat(negated, kb, m);
        double[][] blocks = {b, a};
        int[] widths = {kb, m};
        double[][][] perChunk = new double[chunkCount(n)][][];
        chunks(n).forEach(ch -> {
            int from = ch * CHUNK;
            int end = Math.min(n, from + CHUNK);
            times(a, m, true, b, kb, flatC, from, end);
            perChunk[ch] = chunkGrams(blocks, widths, grams, from, end);
        });
        return sumChunks(perChunk, blocks, widths, grams);
    }

    /** The Gram matrices of rows [from, to) (row-major ka × kb arrays, one per pair). */
    private static double[][] chunkGrams(double[][] blocks, int[] widths, int[][] pairs, int from, int end) {
        double[][] acc = new double[pairs.length][];
        for (int t = 0; t < pairs.length; t++) {
            acc[t] = new double[widths[pairs[t][0]] * widths[pairs[t][1]]];
        }
        if (SIMD) {
            double[] lanes = new double[VectorBlocks.scratchLength()];
            // Until the SIMD Gram sweep has once done a chunk's first panel at least as fast per
            // row as its scalar twin did the others, it does only that panel (see SimdTrial).
            boolean trial = !GRAM_TRIAL.fast() && end - from > SIMD_ROWS;
            long t0 = System.nanoTime();
            long t1 = t0;
            for (int i0 = from; i0 < end; i0 += SIMD_ROWS) {
                int i1 = Math.min(end, i0 + SIMD_ROWS);
                boolean scalar = trial && i0 > from;
                if (scalar && i0 == from + SIMD_ROWS) {
                    t1 = System.nanoTime();
                }
                for (int t = 0; t < pairs.length; t++) {
                    int l = pairs[t][0];
                    int r = pairs[t][1];
                    if (scalar) {
                        VectorBlocks.gramInScalar(blocks[l], widths[l], blocks[r], widths[r], i0, i1, acc[t]);
                    } else {
                        VectorBlocks.gram(blocks[l], widths[l], blocks[r], widths[r], i0, i1, acc[t], lanes);
                    }
                }
            }
            if (trial) {
                GRAM_TRIAL.record(t1 - t0, SIMD_ROWS, System.nanoTime() - t1, end - from - SIMD_ROWS);
            }
            return acc;
        }
        boolean[] used = new boolean[blocks.length]; // a block no pair names is not loaded (P in the first steps)
        for (int[] pair : pairs) {
            used[pair[0]] = true;
            used[pair[1]] = true;
        }
        double[][] panels = new double[blocks.length][];
        for (int b = 0; b < blocks.length; b++) {
            panels[b] = used[b] ? new double[widths[b] * Panels.ROWS] : null;
        }
        for (int i0 = from; i0 < end; i0 += Panels.ROWS) {
            int len = Math.min(Panels.ROWS, end - i0);
            for (int b = 0; b < blocks.length; b++) {
                if (used[b]) {
                    Panels.load(blocks[b], widths[b], i0, len, panels[b]);
                }
            }
            for (int t = 0; t < pairs.length; t++) {
                int l = pairs[t][0];
                int r = pairs[t][1];
                Panels.gram(panels[l], widths[l], panels[r], widths[r], len, acc[t]);
            }
        }
        return acc;
    }

    /**
     * The per-chunk Gram matrices summed in chunk order (independent of the number of threads). A
     * block's Gram matrix with itself is symmetric, and its part below the diagonal is copied from
     * the part above ({@link VectorBlocks#gram} leaves most of it out).
     */
    private static double[][][] sumChunks(double[][][] perChunk, double[][] blocks, int[] widths, int[][] pairs) {
        double[][][] out = new double[pairs.length][][];
        for (int t = 0; t < pairs.length; t++) {
            int ka = widths[pairs[t][0]];
            int kb = widths[pairs[t][1]];
            double[] total = new double[ka * kb];
            for (double[][] chunk : perChunk) {
                double[] part = chunk[t];
                for (int e = 0; e < total.length; e++) {
                    total[e] += part[e];
                }
            }
            double[][] g = new double[ka][kb];
            for (int p = 0; p < ka; p++) {
                System.arraycopy(total, p * kb, g[p], 0, kb);
            }
            if (blocks[pairs[t][0]] == blocks[pairs[t][1]] && ka == kb) {
                for (int p = 0; p < ka; p++) {
                    for (int q = 0; q < p; q++) {
                        g[p][q] = g[q][p];
                    }
                }
            }
            out[t] = g;
        }
        return out;
    }

    /** {@code A · C}: A is n × ka, C is ka × m; returns n × m. */
    static double[] times(double[] a, int ka, double[][] c, int m, int n) {
        double[] out = new double[n * m];
        sumOfProducts(out, m, false, new double[][] {a}, new int[] {ka}, new double[][][] {c}, n);
        return out;
    }

    /**
     * {@code out = Σ_t A_t · C_t}, plus the previous {@code out} when {@code accumulate}: out is
     * n × m, A_t is n × widths[t], C_t is widths[t] × m. One sweep over the rows for all terms.
     */
    static void sumOfProducts(double[] out, int m, boolean accumulate, double[][] a, int[] widths, double[][][] c,
                              int n) {
        double[][] flat = new double[a.length][];
        for (int t = 0; t < a.length; t++) {
            flat[t] = flat(c[t], widths[t], m);
        }
        chunks(n).forEach(ch -> {
            int end = Math.min(n, (ch + 1) * CHUNK);
            for (int t = 0; t < a.length; t++) {
                times(out, m, accumulate || t > 0, a[t], widths[t], flat[t], ch * CHUNK, end);
            }
        });
    }

    /**
     * {@code out[i] = (add ? out[i] : 0) + a[i] · C} for rows i in [from, to): out is n × m, a is
     * n × ka, C is ka × m row-major. Tiles of 2 rows × 4 columns of out keep 8 sums in registers
     * for 6 loads per step over p; the chunk's rows stay in cache across the terms of a sum.
     */
    static void rowsTimes(double[] out, int m, boolean add, double[] a, int ka, double[] c, int from, int to) {
        int i = from;
        for (; i + 2 <= to; i += 2) {
            int a0 = i * ka;
            int a1 = a0 + ka;
            int o0 = i * m;
            int o1 = o0 + m;
            int q = 0;
            for (; q + 4 <= m; q += 4) {
                double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
                for (int p = 0; p < ka; p++) {
                    double x0 = a[a0 + p];
                    double x1 = a[a1 + p];
                    int cp = p * m + q;
                    double c0 = c[cp];
                    double c1 = c[cp + 1];
                    double c2 = c[cp + 2];
                    double c3 = c[cp + 3];
                    s00 = Math.fma(x0, c0, s00);
                    s01 = Math.fma(x0, c1, s01);
                    s02 = Math.fma(x0, c2, s02);
                    s03 = Math.fma(x0, c3, s03);
                    s10 = Math.fma(x1, c0, s10);
                    s11 = Math.fma(x1, c1, s11);
                    s12 = Math.fma(x1, c2, s12);
                    s13 = Math.fma(x1, c3, s13);
                }
                if (add) {
                    out[o0 + q] += s00;
                    out[o0 + q + 1] += s01;
                    out[o0 + q + 2] += s02;
                    out[o0 + q + 3] += s03;
                    out[o1 + q] += s10;
                    out[o1 + q + 1] += s11;
                    out[o1 + q + 2] += s12;
                    out[o1 + q + 3] += s13;
                } else {
                    out[o0 + q] = s00;
                    out[o0 + q + 1] = s01;
                    out[o0 + q + 2] = s02;
                    out[o0 + q + 3] = s03;
                    out[o1 + q] = s10;
                    out[o1 + q + 1] = s11;
                    out[o1 + q + 2] = s12;
                    out[o1 + q + 3] = s13;
                }
            }
            for (; q < m; q++) {
                double s0 = 0, s1 = 0;
                for (int p = 0; p < ka; p++) {
                    double cpq = c[p * m + q];
                    s0 = Math.fma(a[a0 + p], cpq, s0);
                    s1 = Math.fma(a[a1 + p], cpq, s1);
                }
                out[o0 + q] = add ? out[o0 + q] + s0 : s0;
                out[o1 + q] = add ? out[o1 + q] + s1 : s1;
            }
        }
        for (; i < to; i++) {
            for (int q = 0; q < m; q++) {
                double s0 = 0;
                for (int p = 0; p < ka; p++) {
                    s0 = Math.fma(a[i * ka + p], c[p * m + q], s0);
                }
                out[i * m + q] = add ? out[i * m + q] + s0 : s0;
            }
        }
    }

    /**
     * The block updates of a Rayleigh-Ritz step in one sweep over the rows: {@code P = Σ_t B_t C_t},
     * {@code X = P + X0 C_X}, likewise {@code AP} and {@code AX} from the images {@code AB_t} and
     * {@code AX0}. Each chunk's rows of P are still in cache when they are copied into X. The
     * operations and their order are those of {@link #sumOfProducts}, a copy and an accumulating
     * {@link #sumOfProducts}.
     */
    static void updates(double[] p, double[] x, double[][] b, double[][] ab, int[] widths, double[][][] c,
                        double[] ap, double[] ax, double[] x0, double[] ax0, double[][] cx, int m, int n) {
        double[][] flat = new double[b.length][];
        for (int t = 0; t < b.length; t++) {
            flat[t] = flat(c[t], widths[t], m);
        }
        double[] flatX = flat(cx, m, m);
        chunks(n).forEach(ch -> {
            int from = ch * CHUNK;
            int end = Math.min(n, from + CHUNK);
            for (int t = 0; t < b.length; t++) {
                times(p, m, t > 0, b[t], widths[t], flat[t], from, end);
                times(ap, m, t > 0, ab[t], widths[t], flat[t], from, end);
            }
            System.arraycopy(p, from * m, x, from * m, (end - from) * m);
            System.arraycopy(ap, from * m, ax, from * m, (end - from) * m);
            times(x, m, true, x0, m, flatX, from, end);
            times(ax, m, true, ax0, m, flatX, from, end);
        });
    }

    /** The column sums of squares of rows [from, to) of an n × k block, row by row. */
    private static double[] squares(double[] a, int k, int from, int to) {
        double[] s = new double[k];
        for (int i = from; i < to; i++) {
            for (int c = 0; c < k; c++) {
                double v = a[i * k + c];
                s[c] += v * v;
            }
        }
        return s;
    }

    /** Sums per-chunk sums of squares in chunk order into {@code norms}, then their square roots. */
    private static void sumSquares(double[][] perChunk, double[] norms) {
        java.util.Arrays.fill(norms, 0);
        for (double[] part : perChunk) {
            for (int c = 0; c < norms.length; c++) {
                norms[c] += part[c];
            }
        }
        for (int c = 0; c < norms.length; c++) {
            norms[c] = Math.sqrt(norms[c]);
        }
    }

    /** The column norms of an n × k block, in one parallel sweep (summed per chunk, then in chunk order). */
    static double[] columnNorms(double[] a, int k, int n) {
        double[][] perChunk = new double[chunkCount(n)][];
        chunks(n).forEach(ch -> perChunk[ch] = squares(a, k, ch * CHUNK, Math.min(n, (ch + 1) * CHUNK)));
        double[] norms = new double[k];
        sumSquares(perChunk, norms);
        return norms;
    }

    /**
     * {@code R = AX - X diag(theta)} (n × m) into {@code r} with its column norms into {@code norms}
     * and the Gram matrix {@code Xᵀ R} returned, in one sweep: each chunk's rows of R are still in
     * cache for their squares and their Gram matrix (norms and Gram matrices summed per chunk, then
     * in chunk order: Xᵀ R equals {@link #gram}{@code (x, m, r, m, n)} to the last bit).
     */
    static double[][] residuals(double[] ax, double[] x, double[] theta, int m, int n, double[] norms, double[] r) {
        double[][] perChunkSquares = new double[chunkCount(n)][];
        double[][][] perChunkGram = new double[chunkCount(n)][][];
        double[][] blocks = {x, r};
        int[] widths = {m, m};
        int[][] pairs = {{0, 1}};
        chunks(n).forEach(ch -> {
            int from = ch * CHUNK;
            int end = Math.min(n, from + CHUNK);
            for (int i = from; i < end; i++) {
                for (int j = 0; j < m; j++) {
                    r[i * m + j] = ax[i * m + j] - theta[j] * x[i * m + j];
                }
            }
            perChunkSquares[ch] = squares(r, m, from, end);
            perChunkGram[ch] = chunkGrams(blocks, widths, pairs, from, end);
        });
        sumSquares(perChunkSquares, norms);
        return sumChunks(perChunkGram, blocks, widths, pairs)[0];
    }

    /** The index of the first value of {@code a} that is NaN or infinite, -1 if none (checked in parallel). */
    static int firstNonFinite(double[] a) {
        int[] firstPerChunk = new int[chunkCount(a.length)];
        chunks(a.length).forEach(ch -> {
            int end = Math.min(a.length, (ch + 1) * CHUNK);
            int found = -1;
            for (int i = ch * CHUNK; i < end && found < 0; i++) {
                if (!Double.isFinite(a[i])) {
                    found = i;
                }
            }
            firstPerChunk[ch] = found;
        });
        for (int f : firstPerChunk) {
            if (f >= 0) {
                return f;
            }
        }
        return -1;
    }

    /** Columns {@code cols} of an n × k block written into {@code out} (n × cols.length), returned. */
    static double[] columns(double[] a, int k, int[] cols, int n, double[] out) {
        int m = cols.length;
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < m; q++) {
                out[i * m + q] = a[i * k + cols[q]];
            }
        }
        return out;
    }

    /** {@code out += sign · add} on the first n rows of k columns, element by element, in parallel. */
    static void addScaled(double[] out, double[] add, double sign, int n, int k) {
        forRows(n, (from, to) -> {
            for (int i = from * k; i < to * k; i++) {
                out[i] += sign * add[i];
            }
        });
    }

    /** {@code a = -a} on the first n rows of k columns, in parallel. */
    static void negate(double[] a, int n, int k) {
        forRows(n, (from, to) -> {
            for (int i = from * k; i < to * k; i++) {
                a[i] = -a[i];
            }
        });
    }

    /** C flattened row-major as {@link #times} reads it (padded for the SIMD loads). */
    private static double[] flat(double[][] c, int rows, int cols) {
        return SIMD ? VectorBlocks.padded(c, rows, cols) : flatten(c, rows, cols);
    }

    /** Rows of each call that try the SIMD product while it may not be compiled yet. */
    private static final int SIMD_TRIAL_ROWS = 64;
    /** The fresh-JVM trials of the SIMD product (storing, adding) and of the SIMD Gram sweep. */
    private static final SimdTrial STORE_TRIAL = new SimdTrial();
    private static final SimdTrial ADD_TRIAL = new SimdTrial();
    private static final SimdTrial GRAM_TRIAL = new SimdTrial();

    /**
     * {@code out[i] (+)= a[i] · C} for rows [from, to), in SIMD where available. Until the SIMD
     * loop (one for storing, one for adding) has once done its first {@value #SIMD_TRIAL_ROWS}
     * rows of a call at least as fast per row as the scalar loop did the rest, it does only those
     * rows ({@link SimdTrial}: both loops give the same bits).
     */
    private static void times(double[] out, int m, boolean add, double[] a, int ka, double[] c, int from, int to) {
        if (!SIMD) {
            rowsTimes(out, m, add, a, ka, c, from, to);
            return;
        }
        SimdTrial simd = add ? ADD_TRIAL : STORE_TRIAL;
        if (simd.fast() || to - from < 2 * SIMD_TRIAL_ROWS) {
            VectorBlocks.rowsTimes(out, m, add, a, ka, c, from, to);
            return;
        }
        int trial = from + SIMD_TRIAL_ROWS;
        long t0 = System.nanoTime();
        VectorBlocks.rowsTimes(out, m, add, a, ka, c, from, trial);
        long t1 = System.nanoTime();
        rowsTimes(out, m, add, a, ka, c, trial, to);
        simd.record(t1 - t0, SIMD_TRIAL_ROWS, System.nanoTime() - t1, to - trial);
    }

    private static double[] flatten(double[][] c, int rows, int cols) {
        double[] flat = new double[rows * cols];
        for (int p = 0; p < rows; p++) {
            System.arraycopy(c[p], 0, flat, p * cols, cols);
        }
        return flat;
    }
}
