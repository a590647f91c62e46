package org.jkeops.it;

import java.util.Arrays;
import org.jkeops.it.TestData.Inputs;
import org.jkeops.it.TestData.Var;

/**
 * The float64 reference: plain loops over the output rows and the reduced index that evaluate a
 * formula, written by hand in each test as a {@link PairFn}, from the same inputs the kernel gets.
 * It never calls generated code. Rows are i over J and j over I ({@code overI}); the pair function
 * always sees (i, j).
 */
final class Ref {
    private Ref() {
    }

    /** A formula evaluated by hand in double: writes its components into {@code out}. */
    @FunctionalInterface
    interface PairFn {
        void eval(Pair p, double[] out);
    }

    /**
     * The variables at one pair (i, j): {@code v(k)} is variable k's row (i-row, j-row or the whole
     * parameter). A reference formula reports values close to a discontinuity through
     * {@code kink}; such pairs make their output row ambiguous, and the row is not compared.
     */
    static final class Pair {
        private final Inputs in;
        private final double[][] rows;
        private final double kinkTol;
        int i = -1;
        int j = -1;
        boolean ambiguous;

        Pair(Inputs in) {
            this.in = in;
            this.kinkTol = in.prec.kinkTol;
            rows = new double[in.vars.size()][];
            for (int k = 0; k < rows.length; k++) {
                Var v = in.vars.get(k);
                rows[k] = new double[v.dim()];
                if (v.cat() == TestData.Cat.P) {
                    System.arraycopy(in.d[k], 0, rows[k], 0, v.dim());
                }
            }
        }

        void at(int i, int j) {
            for (int k = 0; k < rows.length; k++) {
                Var v = in.vars.get(k);
                if (v.cat() == TestData.Cat.I && i != this.i) {
                    System.arraycopy(in.d[k], i * v.dim(), rows[k], 0, v.dim());
                } else if (v.cat() == TestData.Cat.J && j != this.j) {
                    System.arraycopy(in.d[k], j * v.dim(), rows[k], 0, v.dim());
                }
            }
            this.i = i;
            this.j = j;
        }

        /** Variable k at this pair. */
        double[] v(int k) {
            return rows[k];
        }

        /** Scalar variable k at this pair. */
        double s(int k) {
            return rows[k][0];
        }

        /** Marks the pair ambiguous when {@code value} is within tolerance of the kink {@code at}. */
        void kink(double value, double at) {
            if (Math.abs(value - at) <= kinkTol * (1 + Math.abs(at))) {
                ambiguous = true;
            }
        }

        /** Kinks at every integer (Floor). */
        void kinkInt(double value) {
            kink(value, Math.rint(value));
        }

        /** Kinks at every half-integer (rounding). */
        void kinkHalf(double value) {
            kink(value, Math.floor(value) + 0.5);
        }
    }

    /** Which pairs (i, j) a block-sparse reduction visits. */
    @FunctionalInterface
    interface Mask {
        boolean kept(int i, int j);
    }

    /** Evaluates one formula over the pairs of one draw, along one axis. */
    static final class Walk {
        final Inputs in;
        final boolean overI;
        final int d;
        private final PairFn f;
        private final Pair p;
        private final double[] buf;
        private Mask mask;

        /** Restricts the reductions to the pairs of a mask (a block-sparse kernel's reference). */
        Walk masked(Mask m) {
            this.mask = m;
            return this;
        }

        /** Whether the reduction visits (row, col): always, unless a mask says otherwise. */
        boolean kept(int row, int col) {
            return mask == null || (overI ? mask.kept(col, row) : mask.kept(row, col));
        }

        Walk(Inputs in, boolean overI, int d, PairFn f) {
            this.in = in;
            this.overI = overI;
            this.d = d;
            this.f = f;
            this.p = new Pair(in);
            this.buf = new double[d];
        }

        /** Output rows: M when reducing over j, N when reducing over i. */
        int rows() {
            return overI ? in.n : in.m;
        }

        /** Reduced index range. */
        int cols() {
            return overI ? in.m : in.n;
        }

        /** F at (row, col), in a buffer reused by the next call. */
        double[] at(int row, int col) {
            if (overI) {
                p.at(col, row);
            } else {
                p.at(row, col);
            }
            Arrays.fill(buf, Double.NaN);
            f.eval(p, buf);
            return buf;
        }

        /** Whether the last {@link #at} met a discontinuity. */
        boolean lastAmbiguous() {
            return p.ambiguous;
        }

        /** Clears the ambiguity flag (the flag is sticky across calls otherwise). */
        void clearAmbiguous() {
            p.ambiguous = false;
        }
    }

    // ---- SUM ---------------------------------------------------------------------------------

    /** Sum per row and component, with the sum of absolute values (the error scale). */
    record SumRef(double[] value, double[] magnitude, boolean[] ambiguousRow, int d, int cols) {
    }

    static SumRef sum(Walk w) {
        int rows = w.rows();
        int cols = w.cols();
        int d = w.d;
        double[] value = new double[rows * d];
        double[] mag = new double[rows * d];
        boolean[] amb = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            w.clearAmbiguous();
            for (int s = 0; s < cols; s++) {
                if (!w.kept(r, s)) {
                    continue;
                }
                double[] f = w.at(r, s);
                for (int c = 0; c < d; c++) {
                    value[r * d + c] += f[c];
                    mag[r * d + c] += Math.abs(f[c]);
                }
            }
            amb[r] = w.lastAmbiguous();
        }
        return new SumRef(value, mag, amb, d, cols);
    }

    // ---- MIN / MAX and their arguments ---------------------------------------------------------

    /** Best value and its first index per row and component; NaN values skipped; -1 if none. */
    record ArgRef(double[] value, int[] index, boolean[] ambiguousRow, int d) {
    }

    static ArgRef best(Walk w, boolean max) {
        int rows = w.rows();
        int cols = w.cols();
        int d = w.d;
        double[] value = new double[rows * d];
        int[] index = new int[rows * d];
        Arrays.fill(value, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        Arrays.fill(index, -1);
        boolean[] amb = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            w.clearAmbiguous();
            for (int s = 0; s < cols; s++) {
                if (!w.kept(r, s)) {
                    continue;
                }
                double[] f = w.at(r, s);
                for (int c = 0; c < d; c++) {
                    double v = f[c];
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    int at = r * d + c;
                    if (index[at] < 0 || (max ? v > value[at] : v < value[at])) {
                        value[at] = v;
                        index[at] = s;
                    }
                }
            }
            amb[r] = w.lastAmbiguous();
        }
        return new ArgRef(value, index, amb, d);
    }

    // ---- K_MIN ------------------------------------------------------------------------------------

    /** The K smallest per row and component, k-major ({@code [row][kk][c]}), ascending, ties by index. */
    record KRef(double[] value, int[] index, int k, int d) {
    }

    static KRef kMin(Walk w, int k) {
        int rows = w.rows();
        int cols = w.cols();
        int d = w.d;
        double[] value = new double[rows * k * d];
        int[] index = new int[rows * k * d];
        Arrays.fill(value, Double.POSITIVE_INFINITY);
        Arrays.fill(index, -1);
        double[][] fv = new double[d][cols];
        boolean[] taken = new boolean[cols];
        for (int r = 0; r < rows; r++) {
            for (int s = 0; s < cols; s++) {
                boolean kept = w.kept(r, s);
                double[] f = kept ? w.at(r, s) : null;
                for (int c = 0; c < d; c++) {
                    fv[c][s] = kept ? f[c] : Double.NaN; // never taken, like a pair not visited
                }
            }
            for (int c = 0; c < d; c++) {
                double[] vals = fv[c];
                Arrays.fill(taken, false);
                // K selection passes: the smallest (value, index) pair not taken yet; NaN never taken
                for (int kk = 0; kk < k; kk++) {
                    int best = -1;
                    for (int s = 0; s < cols; s++) {
                        if (!taken[s] && !Double.isNaN(vals[s]) && (best < 0 || vals[s] < vals[best])) {
                            best = s;
                        }
                    }
                    if (best < 0) {
                        break;
                    }
                    taken[best] = true;
                    value[(r * k + kk) * d + c] = vals[best];
                    index[(r * k + kk) * d + c] = best;
                }
            }
        }
        return new KRef(value, index, k, d);
    }

    // ---- LOG_SUM_EXP and SUM_SOFTMAX_WEIGHT -------------------------------------------------

    /**
     * Per row and weight component: log sum exp(F) G_c (G = 1 without a weight), the softmax
     * average sum exp(F) G_c / sum exp(F), the softmax average of |G_c| (a scale for errors);
     * and per row the maximum of F.
     */
    record ExpRef(double[] lse, double[] softmax, double[] scale, double[] max, int width) {
    }

    /** F must have dimension 1; g may be null (LOG_SUM_EXP without weight). */
    static ExpRef exp(Walk f, Walk g) {
        int rows = f.rows();
        int cols = f.cols();
        int width = g == null ? 1 : g.d;
        double[] lse = new double[rows * width];
        double[] soft = new double[rows * width];
        double[] scale = new double[rows * width];
        double[] maxima = new double[rows];
        double[] fv = new double[cols];
        for (int r = 0; r < rows; r++) {
            double mx = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < cols; s++) {
                fv[s] = f.kept(r, s) ? f.at(r, s)[0] : Double.NEGATIVE_INFINITY; // a term that adds nothing
                mx = Math.max(mx, fv[s]);
            }
            maxima[r] = mx;
            for (int c = 0; c < width; c++) {
                int at = r * width + c;
                if (mx == Double.NEGATIVE_INFINITY) {
                    lse[at] = Double.NEGATIVE_INFINITY;
                    soft[at] = 0;
                    continue;
                }
                double sw = 0;
                double sg = 0;
                double sabs = 0;
                for (int s = 0; s < cols; s++) {
                    if (fv[s] == Double.NEGATIVE_INFINITY) {
                        continue; // exp(-inf) = 0: the term adds nothing, whatever G is
                    }
                    double e = Math.exp(fv[s] - mx);
                    double gv = g == null ? 1 : g.at(r, s)[c];
                    sw += e;
                    sg += e * gv;
                    sabs += e * Math.abs(gv);
                }
                lse[at] = mx + Math.log(sg);
                soft[at] = sg / sw;
                scale[at] = sabs / sw;
            }
        }
        return new ExpRef(lse, soft, scale, maxima, width);
    }
}
