package org.jkeops.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The two row sweeps of {@link RowBlocks} in SIMD (Java Vector API), on the row-major blocks as
 * they are: a vector spans columns of one row ({@code L} of them), a scalar of the other block is
 * broadcast. Products mask the stores of a row's last tile; Gram matrices load unmasked. At n = 10^6 and blocks of 10 these products are most
 * of LOBPCG's dense algebra; in scalar code they ran at about one multiply-add per cycle.
 *
 * <p>Only loaded when {@link RowBlocks#SIMD} is true (the JVM was started with
 * {@code --add-modules jdk.incubator.vector}); otherwise the scalar loops of {@link RowBlocks} and
 * {@link Panels} run. Sums keep a fixed order (row by row within a call, then in the caller's chunk
 * order), so results do not depend on the number of threads.
 */
final class VectorBlocks {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** L true lanes, then L false: the mask of a tile's first w lanes is loaded from offset L - w. */
    private static final boolean[] FIRST_LANES = new boolean[2 * L];

    static {
        java.util.Arrays.fill(FIRST_LANES, 0, L, true);
    }

    private VectorBlocks() {
    }

    /**
     * {@code acc += Aᵀ B} over rows [from, to): A is n × ka, B is n × kb, acc is ka × kb row-major.
     * Tiles of 8 columns of A by one vector of columns of B keep the sums in registers over the
     * rows; a last tile of fewer than 8 columns of A still sums 8 (the values after a row's end
     * are the next row's) and keeps only its own, so that one SIMD method does every tile: each
     * SIMD method is interpreted and boxed until C2 compiles it, and a fresh JVM paid that warm-up
     * for a 2-column and a 1-column variant too (on the 3·10^4 roll's coarse start, ~0.13 s of the
     * main thread). The loads of B are not masked either: where a row has fewer than L columns
     * left, the lanes past its end hold the next row's values, and those lanes of the sums are
     * never stored; the last rows, whose loads would run past either array
     * ({@link #vectorRowsEnd}), are summed in scalar. Each sum runs over the rows in order from 0
     * and is then added to acc. {@code lanes} is scratch of at least {@link #scratchLength()}
     * values. When A and B are the same block the groups of rows of acc that lie wholly below the
     * diagonal are left out (their entries are the transposed ones: {@link RowBlocks} mirrors them
     * after summing).
     */
    static void gram(double[] a, int ka, double[] b, int kb, int from, int to, double[] acc, double[] lanes) {
        boolean symmetric = a == b && ka == kb;
        for (int q0 = 0; q0 < kb; q0 += L) {
            int width = Math.min(L, kb - q0);
            // rows p >= pEnd of acc are below the diagonal in every column of this tile
            int pEnd = symmetric ? Math.min(ka, q0 + width) : ka;
            int vecTo = vectorRowsEnd(a, ka, b, kb, q0, pEnd, from, to);
            for (int p = 0; p < pEnd; p += 8) {
                gram8(a, ka, b, kb, from, vecTo, q0, p, lanes);
                addLanes(lanes, Math.min(8, pEnd - p), acc, kb, p, q0, width);
            }
            for (int i = vecTo; i < to; i++) {
                for (int pp = 0; pp < pEnd; pp++) {
                    double x = a[i * ka + pp];
                    for (int q = q0; q < q0 + width; q++) {
                        acc[pp * kb + q] = Math.fma(x, b[i * kb + q], acc[pp * kb + q]);
                    }
                }
            }
        }
    }

    /**
     * The end of the rows [from, vecTo) that {@link #gram} sums in SIMD for the tile of B's columns
     * at q0 and A's rows below pEnd: those whose L values of B from column q0 and 8 values of A from
     * the last tile's first column stay inside the arrays (floor: the bounds may be negative).
     */
    private static int vectorRowsEnd(double[] a, int ka, double[] b, int kb, int q0, int pEnd, int from, int to) {
        if (pEnd == 0) { // A has no columns (ka = 0): nothing to sum
            return from;
        }
        int lastTile = (pEnd - 1) / 8 * 8;
        int bEnd = Math.floorDiv(b.length - q0 - L, kb) + 1;
        int aEnd = Math.floorDiv(a.length - lastTile - 8, ka) + 1;
        return Math.max(from, Math.min(to, Math.min(aEnd, bEnd)));
    }

    /**
     * {@link #gram} in scalar code, bit for bit: each entry of a tile is the multiply-add chain
     * over the rows that {@link #gram} sums in SIMD, from 0, added to acc, then the rows it sums
     * in scalar, in the same order, on the same entries (below the diagonal of a block with
     * itself, at least those). For a fresh JVM, where the scalar loop is compiled long before the
     * Vector API's ({@link RowBlocks}).
     */
    static void gramInScalar(double[] a, int ka, double[] b, int kb, int from, int to, double[] acc) {
        boolean symmetric = a == b && ka == kb;
        double[] s = new double[ka * kb];
        for (int q0 = 0; q0 < kb; q0 += L) {
            int q1 = Math.min(kb, q0 + L);
            int pEnd = symmetric ? Math.min(ka, q1) : ka;
            int vecTo = vectorRowsEnd(a, ka, b, kb, q0, pEnd, from, to);
            // row by row, each entry's chain in its own slot of s: contiguous loads, the same order
            for (int i = from; i < vecTo; i++) {
                for (int p = 0; p < pEnd; p++) {
                    double x = a[i * ka + p];
                    for (int q = q0; q < q1; q++) {
                        s[p * kb + q] = Math.fma(x, b[i * kb + q], s[p * kb + q]);
                    }
                }
            }
            for (int p = 0; p < pEnd; p++) {
                for (int q = q0; q < q1; q++) {
                    acc[p * kb + q] += s[p * kb + q];
                }
            }
            for (int i = vecTo; i < to; i++) {
                for (int p = 0; p < pEnd; p++) {
                    double x = a[i * ka + p];
                    for (int q = q0; q < q1; q++) {
                        acc[p * kb + q] = Math.fma(x, b[i * kb + q], acc[p * kb + q]);
                    }
                }
            }
        }
    }

    /** The scratch {@link #gram} needs: the lanes of eight vectors. */
    static int scratchLength() {
        return 8 * L;
    }

    /** Adds the first {@code width} lanes of {@code rows} vectors to rows p.. of acc at column q0. */
    private static void addLanes(double[] lanes, int rows, double[] acc, int kb, int p, int q0, int width) {
        for (int r = 0; r < rows; r++) {
            for (int q = 0; q < width; q++) {
                acc[(p + r) * kb + q0 + q] += lanes[r * L + q];
            }
        }
    }

    private static void gram8(double[] a, int ka, double[] b, int kb, int from, int to, int q0, int p, double[] lanes) {
        DoubleVector s0 = DoubleVector.zero(S);
        DoubleVector s1 = DoubleVector.zero(S);
        DoubleVector s2 = DoubleVector.zero(S);
        DoubleVector s3 = DoubleVector.zero(S);
        DoubleVector s4 = DoubleVector.zero(S);
        DoubleVector s5 = DoubleVector.zero(S);
        DoubleVector s6 = DoubleVector.zero(S);
        DoubleVector s7 = DoubleVector.zero(S);
        for (int i = from; i < to; i++) {
            DoubleVector bv = DoubleVector.fromArray(S, b, i * kb + q0);
            int ai = i * ka + p;
            s0 = bv.fma(DoubleVector.broadcast(S, a[ai]), s0);
            s1 = bv.fma(DoubleVector.broadcast(S, a[ai + 1]), s1);
            s2 = bv.fma(DoubleVector.broadcast(S, a[ai + 2]), s2);
            s3 = bv.fma(DoubleVector.broadcast(S, a[ai + 3]), s3);
            s4 = bv.fma(DoubleVector.broadcast(S, a[ai + 4]), s4);
            s5 = bv.fma(DoubleVector.broadcast(S, a[ai + 5]), s5);
            s6 = bv.fma(DoubleVector.broadcast(S, a[ai + 6]), s6);
            s7 = bv.fma(DoubleVector.broadcast(S, a[ai + 7]), s7);
        }
        s0.intoArray(lanes, 0);
        s1.intoArray(lanes, L);
        s2.intoArray(lanes, 2 * L);
        s3.intoArray(lanes, 3 * L);
        s4.intoArray(lanes, 4 * L);
        s5.intoArray(lanes, 5 * L);
        s6.intoArray(lanes, 6 * L);
        s7.intoArray(lanes, 7 * L);
    }

    /**
     * {@code out[i] = (add ? out[i] : 0) + a[i] · C} for rows i in [from, to): out is n × m, a is
     * n × ka, C is ka × m row-major with at least L values after its end ({@link #padded}), so that
     * its loads need no mask (the lanes past a row of C only reach lanes of the sums that are not
     * stored). Each output element is the multiply-add chain over p from 0, then added to out: the
     * same operations, in the same order, as the scalar loop, which also does the rows left over
     * by the four-row tiles and the last rows, whose last tile would reach past the end of out.
     */
    static void rowsTimes(double[] out, int m, boolean add, double[] a, int ka, double[] c, int from, int to) {
        int lastTile = (m - 1) / L * L;
        // rows i whose last tile ends inside out (floor: the bound may be negative)
        int vecTo = Math.max(from, Math.min(to, Math.floorDiv(out.length - lastTile - L, m) + 1));
        int tiled = from + (vecTo - from) / 4 * 4;
        for (int q0 = 0; q0 < m; q0 += L) {
            int maskAt = L - Math.min(L, m - q0);
            if (add) {
                for (int i = from; i < tiled; i += 4) {
                    rows4Add(out, m, a, ka, c, i, q0, maskAt);
                }
            } else {
                for (int i = from; i < tiled; i += 4) {
                    rows4Set(out, m, a, ka, c, i, q0, maskAt);
                }
            }
        }
        RowBlocks.rowsTimes(out, m, add, a, ka, c, tiled, to);
    }

    /** C (ka × m, row-major) flattened with L zeros after it, as {@link #rowsTimes} reads it. */
    static double[] padded(double[][] c, int ka, int m) {
        double[] flat = new double[ka * m + L];
        for (int p = 0; p < ka; p++) {
            System.arraycopy(c[p], 0, flat, p * m, m);
        }
        return flat;
    }

    // Four rows at a time: four independent multiply-add chains hide most of the FMA latency in a
    // sweep that memory bounds anyway. Not eight: C1 cannot compile an eight-row method at tier 3
    // ("out of virtual registers"), and a method C1 cannot profile can stay at tier 2 after C2's
    // deoptimizations, running the Vector API's boxed fallback (seen on the 10^6 roll: 9 s per
    // LOBPCG iteration instead of 4.7). No branch depends on the call: storing and adding are two
    // methods, and a row's last, partial tile is masked by a mask loaded from FIRST_LANES like a
    // full one, so that C2 meets no branch its profile has not seen. With one method that tested
    // `add` and made its mask with indexInRange, C2 compiled it three times in the first LOBPCG
    // iterations of the 3 x 10^4 roll (unstable_if traps: the add branch, the partial mask, the
    // end of the array), each time falling back to the interpreter, about 1 s of a 6 s solve.
    // The mask is made here, not passed in: a mask parameter loses its exact class when this
    // method is compiled alone, and the vector operations would then not be intrinsified.
    private static void rows4Set(double[] out, int m, double[] a, int ka, double[] c, int i, int q0, int maskAt) {
        DoubleVector s0 = DoubleVector.zero(S);
        DoubleVector s1 = DoubleVector.zero(S);
        DoubleVector s2 = DoubleVector.zero(S);
        DoubleVector s3 = DoubleVector.zero(S);
        int a0 = i * ka;
        for (int p = 0; p < ka; p++) {
            DoubleVector cv = DoubleVector.fromArray(S, c, p * m + q0);
            int ap = a0 + p;
            s0 = cv.fma(DoubleVector.broadcast(S, a[ap]), s0);
            s1 = cv.fma(DoubleVector.broadcast(S, a[ap + ka]), s1);
            s2 = cv.fma(DoubleVector.broadcast(S, a[ap + 2 * ka]), s2);
            s3 = cv.fma(DoubleVector.broadcast(S, a[ap + 3 * ka]), s3);
        }
        VectorMask<Double> mask = VectorMask.fromArray(S, FIRST_LANES, maskAt);
        int o = i * m + q0;
        s0.intoArray(out, o, mask);
        s1.intoArray(out, o + m, mask);
        s2.intoArray(out, o + 2 * m, mask);
        s3.intoArray(out, o + 3 * m, mask);
    }

    /** {@link #rows4Set}, adding to out. */
    private static void rows4Add(double[] out, int m, double[] a, int ka, double[] c, int i, int q0, int maskAt) {
        DoubleVector s0 = DoubleVector.zero(S);
        DoubleVector s1 = DoubleVector.zero(S);
        DoubleVector s2 = DoubleVector.zero(S);
        DoubleVector s3 = DoubleVector.zero(S);
        int a0 = i * ka;
        for (int p = 0; p < ka; p++) {
            DoubleVector cv = DoubleVector.fromArray(S, c, p * m + q0);
            int ap = a0 + p;
            s0 = cv.fma(DoubleVector.broadcast(S, a[ap]), s0);
            s1 = cv.fma(DoubleVector.broadcast(S, a[ap + ka]), s1);
            s2 = cv.fma(DoubleVector.broadcast(S, a[ap + 2 * ka]), s2);
            s3 = cv.fma(DoubleVector.broadcast(S, a[ap + 3 * ka]), s3);
        }
        VectorMask<Double> mask = VectorMask.fromArray(S, FIRST_LANES, maskAt);
        int o = i * m + q0;
        DoubleVector.fromArray(S, out, o, mask).add(s0).intoArray(out, o, mask);
        DoubleVector.fromArray(S, out, o + m, mask).add(s1).intoArray(out, o + m, mask);
        DoubleVector.fromArray(S, out, o + 2 * m, mask).add(s2).intoArray(out, o + 2 * m, mask);
        DoubleVector.fromArray(S, out, o + 3 * m, mask).add(s3).intoArray(out, o + 3 * m, mask);
    }
}
