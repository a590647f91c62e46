package org.jkeops.cpu.internal;

import org.jkeops.runtime.KernelRuntime;

/**
 * Structure-of-arrays copies of row-major variables, so that SIMD kernels load consecutive rows
 * of one component as a vector. O(rows * dim) memory, made once per call.
 */
public final class Soa {
    private Soa() {
    }

    /** Rows per block of {@link #columns}: 128 rows of D = 768 float32 take 384 KiB (L2); measured best of 16 to 256. */
    static final int TRANSPOSE_ROWS = 128;

    /** {@code a} as {@code dim} arrays of {@code rows} (a dim-1 array is returned as is). */
    public static float[][] columns(float[] a, int rows, int dim) {
        float[][] c = new float[dim][];
        if (dim == 1) {
            c[0] = a;
            return c;
        }
        for (int k = 0; k < dim; k++) {
            c[k] = new float[rows];
        }
        // In blocks of rows: a row at a time would write to all dim columns per row, dim streams
        // (D = 768, N = 2 x 10^4: 155 ms a call, 48 ms in blocks; more than the kernel's loop at a few hundred
        // rows); a block's rows stay in the cache while each column gets a run of the block.
        for (int r0 = 0; r0 < rows; r0 += TRANSPOSE_ROWS) {
            int r1 = Math.min(rows, r0 + TRANSPOSE_ROWS);
            for (int k = 0; k < dim; k++) {
                float[] col = c[k];
                for (int r = r0; r < r1; r++) {
                    col[r] = a[r * dim + k];
                }
            }
        }
        return c;
    }

    /** {@code a} as {@code dim} arrays of {@code rows} (a dim-1 array is returned as is). */
    public static double[][] columns(double[] a, int rows, int dim) {
        double[][] c = new double[dim][];
        if (dim == 1) {
            c[0] = a;
            return c;
        }
        for (int k = 0; k < dim; k++) {
            c[k] = new double[rows];
        }
        // In blocks of rows: a row at a time would write to all dim columns per row, dim streams
        // (D = 768, N = 2 x 10^4: 155 ms a call, 48 ms in blocks; more than the kernel's loop at a few hundred
        // rows); a block's rows stay in the cache while each column gets a run of the block.
        for (int r0 = 0; r0 < rows; r0 += TRANSPOSE_ROWS) {
            int r1 = Math.min(rows, r0 + TRANSPOSE_ROWS);
            for (int k = 0; k < dim; k++) {
                double[] col = c[k];
                for (int r = r0; r < r1; r++) {
                    col[r] = a[r * dim + k];
                }
            }
        }
        return c;
    }

    /**
     * Components {@code c0 .. c0 + dim - 1} of columns {@code js .. je - 1}, vector by vector:
     * element {@code (k * dim + d) * lanes + l} is component {@code c0 + d} of column
     * {@code js + k * lanes + l}; the last vector, when {@code je - js} is not a multiple of
     * {@code lanes}, is padded with zeros (the scalar tail reads its columns from there). The
     * register-tiled SIMD loop reads component after component of one vector: consecutive
     * addresses, where the columns would be {@code rows} apart (one memory page per component,
     * more streams than the hardware prefetchers follow).
     */
    public static float[] packVectors(float[][] columns, int c0, int dim, int js, int je, int lanes) {
        int n = Math.max(0, je - js);
        float[] p = new float[(n + lanes - 1) / lanes * dim * lanes];
        for (int d = 0; d < dim; d++) {
            float[] col = columns[c0 + d];
            for (int at = 0; at < n; at += lanes) {
                System.arraycopy(col, js + at, p, (at * dim + d * lanes), Math.min(lanes, n - at));
            }
        }
        return p;
    }

    /** {@link #packVectors(float[][], int, int, int, int, int)} for float64 columns. */
    public static double[] packVectors(double[][] columns, int c0, int dim, int js, int je, int lanes) {
        int n = Math.max(0, je - js);
        double[] p = new double[(n + lanes - 1) / lanes * dim * lanes];
        for (int d = 0; d < dim; d++) {
            double[] col = columns[c0 + d];
            for (int at = 0; at < n; at += lanes) {
                System.arraycopy(col, js + at, p, (at * dim + d * lanes), Math.min(lanes, n - at));
            }
        }
        return p;
    }

    /**
     * {@link #packVectors(float[][], int, int, int, int, int)} straight from the row-major
     * {@code a} ({@code stride} values a row), without the columns: one copy of the reduced
     * variable instead of two (at D = 768, N = 2 x 10^4 the columns took 20-50 ms and the packing
     * 16 ms, serial time before a kernel of ~100-200 ms on two threads). Each vector's rows are
     * transposed in the cache.
     */
    public static float[] pack(float[] a, int stride, int c0, int dim, int js, int je, int lanes) {
        int vectors = (Math.max(0, je - js) + lanes - 1) / lanes;
        float[] p = new float[vectors * dim * lanes];
        packRange(p, a, stride, c0, dim, js, je, lanes, 0, vectors);
        return p;
    }

    /** {@link #pack(float[], int, int, int, int, int, int)} split over the runtime's threads. */
    public static float[] pack(KernelRuntime runtime, float[] a, int stride, int c0, int dim, int js, int je, int lanes) {
        int vectors = (Math.max(0, je - js) + lanes - 1) / lanes;
        float[] p = new float[vectors * dim * lanes];
        runtime.parallelFor(vectors, packGrain(dim, lanes),
                (k0, k1) -> packRange(p, a, stride, c0, dim, js, je, lanes, k0, k1));
        return p;
    }

    /** {@link #pack(float[], int, int, int, int, int, int)} for float64. */
    public static double[] pack(double[] a, int stride, int c0, int dim, int js, int je, int lanes) {
        int vectors = (Math.max(0, je - js) + lanes - 1) / lanes;
        double[] p = new double[vectors * dim * lanes];
        packRange(p, a, stride, c0, dim, js, je, lanes, 0, vectors);
        return p;
    }

    /** {@link #pack(double[], int, int, int, int, int, int)} split over the runtime's threads. */
    public static double[] pack(KernelRuntime runtime, double[] a, int stride, int c0, int dim, int js, int je,
            int lanes) {
        int vectors = (Math.max(0, je - js) + lanes - 1) / lanes;
        double[] p = new double[vectors * dim * lanes];
        runtime.parallelFor(vectors, packGrain(dim, lanes),
                (k0, k1) -> packRange(p, a, stride, c0, dim, js, je, lanes, k0, k1));
        return p;
    }

    /** Vectors per packing task: at least {@link Parallel#INLINE_PAIRS} values, so small copies stay in the caller. */
    private static int packGrain(int dim, int lanes) {
        return (int) Math.max(1, Parallel.INLINE_PAIRS / Math.max(1L, (long) dim * lanes));
    }

    /** Vectors {@code k0 .. k1 - 1} of {@link #pack}: row by row, each row's components to one lane. */
    private static void packRange(float[] p, float[] a, int stride, int c0, int dim, int js, int je, int lanes, int k0,
            int k1) {
        for (int k = k0; k < k1; k++) {
            int j0 = js + k * lanes;
            int base = k * dim * lanes;
            for (int l = 0, n = Math.min(lanes, je - j0); l < n; l++) {
                int src = (j0 + l) * stride + c0;
                for (int d = 0; d < dim; d++) {
                    p[base + d * lanes + l] = a[src + d];
                }
            }
        }
    }

    private static void packRange(double[] p, double[] a, int stride, int c0, int dim, int js, int je, int lanes,
            int k0, int k1) {
        for (int k = k0; k < k1; k++) {
            int j0 = js + k * lanes;
            int base = k * dim * lanes;
            for (int l = 0, n = Math.min(lanes, je - j0); l < n; l++) {
                int src = (j0 + l) * stride + c0;
                for (int d = 0; d < dim; d++) {
                    p[base + d * lanes + l] = a[src + d];
                }
            }
        }
    }

    /**
     * The columns of intervals {@code k0 .. k1-1} of {@code iv} (pairs {@code [start, end)})
     * copied one after the other: a block-sparse block's reduced variables made contiguous, so
     * that its kernel runs one long vector sweep instead of one short sweep (and one scalar tail)
     * per interval. Intervals are sorted, so positions in the copy increase with the index.
     *
     * <p>The copy goes into {@code into} when its columns are long enough (positions past the
     * copied length keep old values; kernels read only {@code [0, gatheredLength)}), else into new
     * columns with room to spare, which are returned: a task passes the result of its previous
     * gather, so a call allocates a few buffers per thread instead of one set per block (at
     * N = 10^6 with cells of r/4, a new set per block allocated and zeroed ~34 GB per pass).
     *
     * @param into the previous result for the same columns, or null
     */
    public static float[][] gather(float[][] columns, int[] iv, int k0, int k1, float[][] into) {
        int total = gatheredLength(iv, k0, k1);
        float[][] g = into != null && into.length == columns.length && (into.length == 0 || into[0].length >= total)
                ? into : new float[columns.length][grown(total)];
        for (int d = 0; d < columns.length; d++) {
            int at = 0;
            for (int k = k0; k < k1; k++) {
                int len = iv[2 * k + 1] - iv[2 * k];
                System.arraycopy(columns[d], iv[2 * k], g[d], at, len);
                at += len;
            }
        }
        return g;
    }

    /** {@link #gather(float[][], int[], int, int, float[][])} for float64 columns. */
    public static double[][] gather(double[][] columns, int[] iv, int k0, int k1, double[][] into) {
        int total = gatheredLength(iv, k0, k1);
        double[][] g = into != null && into.length == columns.length && (into.length == 0 || into[0].length >= total)
                ? into : new double[columns.length][grown(total)];
        for (int d = 0; d < columns.length; d++) {
            int at = 0;
            for (int k = k0; k < k1; k++) {
                int len = iv[2 * k + 1] - iv[2 * k];
                System.arraycopy(columns[d], iv[2 * k], g[d], at, len);
                at += len;
            }
        }
        return g;
    }

    /** A new gather buffer's length for {@code total} columns: a quarter more, so that a task's next blocks rarely grow it. */
    private static int grown(int total) {
        return (int) Math.min(Integer.MAX_VALUE - 8, total + (long) total / 4);
    }

    /** The number of columns in intervals {@code k0 .. k1-1}. */
    public static int gatheredLength(int[] iv, int k0, int k1) {
        int total = 0;
        for (int k = k0; k < k1; k++) {
            total += iv[2 * k + 1] - iv[2 * k];
        }
        return total;
    }

    /**
     * Turns positions in a gathered copy back into column indices, for outputs
     * {@code [from, to)} of an index array; -1 (no index) stays. A walk over the intervals costs
     * up to their count per index; when the indices times the intervals outweigh the gathered
     * length (a block of several rows with k indices each over dozens of short intervals, as
     * k-nearest-neighbour patterns make), a table of the gathered columns is filled once instead
     * and each index is one read.
     */
    public static void ungatherIndices(int[] outIndex, int from, int to, int[] iv, int k0, int k1) {
        int total = gatheredLength(iv, k0, k1);
        if ((long) (to - from) * (k1 - k0) > 2L * total) {
            int[] column = new int[total];
            for (int k = k0, at = 0; k < k1; k++) {
                for (int j = iv[2 * k]; j < iv[2 * k + 1]; j++) {
                    column[at++] = j;
                }
            }
            for (int e = from; e < to; e++) {
                int p = outIndex[e];
                if (p >= 0) {
                    outIndex[e] = column[p];
                }
            }
            return;
        }
        for (int e = from; e < to; e++) {
            int p = outIndex[e];
            if (p < 0) {
                continue;
            }
            int k = k0;
            while (p >= iv[2 * k + 1] - iv[2 * k]) {
                p -= iv[2 * k + 1] - iv[2 * k];
                k++;
            }
            outIndex[e] = iv[2 * k] + p;
        }
    }
}
