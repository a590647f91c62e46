package org.jkeops.linalg;

import java.util.function.Consumer;

/** One run of {@link Lobpcg}: the state of the iteration and the checks on what the operator returns. */
final class LobpcgRun {

    private final LinearOperator op;
    private final LinearOperator preconditioner;
    private final int n;
    private final int k;
    private final int m;
    private final boolean largest;
    private final double tol;
    private final int maxIterations;
    private final double[] start;
    private final Consumer<Lobpcg.Progress> progress;
    private final double drop;
    private final double asymmetry;

    /** The range of operator norms whose blocks' sums of squares stay within double's range. */
    private static final double MIN_NORM = 1e-120;
    private static final double MAX_NORM = 1e120;

    /** Below this relative size the part of W along X left by one projection is not projected out again. */
    private static final double REPROJECT = 1e-10;

    /**
     * The iterate whose largest running residual of the k wanted pairs was the smallest so far
     * (a copy of X and Θ, and that residual): what a run that does not converge returns, and
     * where it goes back to when an iterate is {@link #DIVERGED} times worse.
     */
    private double[] bestX;
    private double[] bestTheta;
    private double bestResidual;
    /** An iterate this many times worse than the best one has diverged. */
    private static final double DIVERGED = 1e3;

    private long blockProducts;
    private long columns;
    /**
     * The largest {@code ||A v|| / ||v||} over the vectors A was applied to (the start block, every
     * W, X at each check of true residuals): a lower bound on ||A|| that the residuals are relative
     * to. Not the Ritz values: when the basis is nearly dependent (n not far above 3 m, a float32
     * operator's rounding, an operator slightly off symmetric), the small eigenproblem's rounding
     * can give Ritz values far outside the spectrum (-7,075 for ||A|| = 9.4 on a 25 x 25 matrix),
     * and a tolerance relative to them accepted residuals of 2 ||A||.
     */
    private double normEstimate;

    /** Ritz vectors X, A X and Ritz values, in the wanted order (column 0 the most wanted). */
    private double[] x;
    private double[] ax;
    private double[] theta;
    /** The previous update direction and its image, null after a restart. */
    private double[] p;
    private double[] ap;

    /**
     * Blocks of the previous iteration that the next one writes over instead of allocating (at
     * n = 10^6 each new n × 10 block is 80 MB for the JVM to zero): the X, AX, P, AP that the
     * last update replaced, the residual block and the orthonormalized W. Each is fully written
     * before it is read; an operator's output is always a new block (its contract).
     */
    private double[] spareX;
    private double[] spareAx;
    private double[] spareP;
    private double[] spareAp;
    private double[] residualBuffer;
    private double[] wBuffer;
    /**
     * W's active columns and A W: also written whole every iteration, and at n = 3 x 10^4 each
     * n × 12 block is above G1's humongous-object threshold, so allocating them anew made the
     * collector start concurrent cycles during the solve.
     */
    private double[] activeBuffer;
    private double[] awBuffer;

    LobpcgRun(LinearOperator op, LinearOperator preconditioner, int n, int k, int m, boolean largest, double tol,
              int maxIterations, double[] start, Consumer<Lobpcg.Progress> progress, double drop, double asymmetry) {
        this.op = op;
        this.preconditioner = preconditioner;
        this.n = n;
        this.k = k;
        this.m = m;
        this.largest = largest;
        this.tol = tol;
        this.maxIterations = maxIterations;
        this.start = start;
        this.progress = progress;
        this.drop = drop;
        this.asymmetry = asymmetry;
    }

    LobpcgResult run() {
        double[][] t = SmallDense.orthonormalizer(RowBlocks.gram(start, m, start, m, n), drop);
        if (t[0].length < m) {
            throw new IllegalArgumentException("the start block has numerical rank " + t[0].length + " < blockSize = "
                    + m + ": its columns must be linearly independent");
        }
        initialRayleighRitz(RowBlocks.times(start, m, t, m, n));
        for (int iteration = 1; ; iteration++) {
            double[] norms = new double[m];
            residualBuffer = reuse(residualBuffer, n * m);
            double[] r = residualBuffer;
            double[][] xr = RowBlocks.residuals(ax, x, theta, m, n, norms, r);
            double worst = largestWanted(norms);
            if (!keepIfBest(worst) && worst > DIVERGED * bestResidual && worst > tol * normEstimate) {
                // The iterate got far worse than one already held: a Rayleigh-Ritz step took a
                // spurious pair (an operator's rounding amplified by a nearly dependent basis).
                // Go back to the best iterate, with A X recomputed, and drop P.
                restoreBest();
                xr = RowBlocks.residuals(ax, x, theta, m, n, norms, r);
            }
            double steering = steeringEstimate();
            int converged = wantedConverged(norms, steering);
            progress.accept(new Lobpcg.Progress(iteration, blockProducts, converged,
                    relative(largestWanted(norms), steering)));
            if (converged == k) {
                ax = apply(op, x, m, "op"); // true residuals, not the running update
                observeNorms(ax, x, m);
                double[] trueNorms = new double[m];
                xr = RowBlocks.residuals(ax, x, theta, m, n, trueNorms, r);
                if (wantedConverged(trueNorms, normEstimate) == k) {
                    return result(trueNorms, iteration, null);
                }
                p = null;
                ap = null;
                norms = trueNorms;
            }
            if (iteration > maxIterations) {
                throw noConvergence("reached maxIterations = " + maxIterations, iteration);
            }
            if (!step(r, xr, norms)) {
                throw noConvergence("stagnated (the residuals lie in the span of the Ritz vectors)", iteration);
            }
        }
    }

    /**
     * One LOBPCG iteration from the residuals R and {@code xr = Xᵀ R} (formed in the residuals'
     * sweep); false when no new direction is left.
     */
    private boolean step(double[] r, double[][] xr, double[] norms) {
        int wa = 0;
        int[] active = new int[m];
        double steering = steeringEstimate();
        for (int j = 0; j < m; j++) {
            if (!(norms[j] <= tol * steering)) {
                active[wa++] = j;
            }
        }
        active = java.util.Arrays.copyOf(active, wa);
        // r is not used after this step: with every column active it becomes W as it is
        double[] w = r;
        if (wa < m) {
            activeBuffer = reuse(activeBuffer, n * wa);
            w = RowBlocks.columns(r, m, active, n, activeBuffer);
        }
        double[][] xw;
        if (preconditioner != null) {
            w = apply(preconditioner, w, wa, "preconditioner");
            rescaleExtremeColumns(w, wa);
            xw = RowBlocks.gram(x, m, w, wa, n);
        } else {
            xw = columns(xr, active);
        }
        // Residuals are orthogonal to X in exact arithmetic (Xᵀ(AX - XΘ) = 0); one projection
        // removes the rounding, or the part a preconditioner adds. SVQB keeps W ⟂ X. The sweep
        // also forms XᵀW and WᵀW of the projected rows; a second projection (the Gram-Schmidt
        // "twice is enough") runs only where the first left W measurably off X, as after
        // cancellation when R lies nearly in span(X): otherwise it would move W by less than
        // REPROJECT of its norm, and the Rayleigh-Ritz step forms XᵀW anyway instead of
        // assuming it zero. On the 3 x 10^4 roll it is one sweep of three n x 12 blocks saved per
        // iteration.
        double[][][] projected = RowBlocks.subtractTimesThenGrams(w, wa, x, m, xw,
                new int[][] {RowBlocks.B_T_A, RowBlocks.A_T_A}, n);
        double[][] ww = projected[1];
        if (!negligible(projected[0], ww)) {
            ww = RowBlocks.subtractTimesThenGrams(w, wa, x, m, projected[0], new int[][] {RowBlocks.A_T_A}, n)[0];
        }
        double[][] tw = SmallDense.orthonormalizer(ww, drop);
        int wr = tw[0].length;
        if (wr == 0) {
            return false;
        }
        wBuffer = reuse(wBuffer, n * wr);
        RowBlocks.sumOfProducts(wBuffer, wr, false, new double[][] {w}, new int[] {wa}, new double[][][] {tw}, n);
        w = wBuffer;
        // A non-finite value in AW makes WᵀAW non-finite, where rayleighRitz looks for it: one
        // sweep over AW less per iteration than checking the block here.
        awBuffer = reuse(awBuffer, n * wr);
        double[] aw = applyUnchecked(op, w, wr, awBuffer);
        return (p != null && rayleighRitz(w, aw, wr, true)) || rayleighRitz(w, aw, wr, false);
    }

    /**
     * Rayleigh-Ritz on the span of [X, W] or [X, W, P]: the m wanted Ritz pairs become X, the part
     * of the update outside X becomes P. Only WᵀW = I is taken as known (assuming XᵀX = I, XᵀW = 0
     * or XᵀAX = Θ too lets rounding drift compound until the iteration blows up); the other blocks
     * of the symmetric Gram matrices cost about 11 m² n multiply-adds, 60 % of forming
     * [X, W, P]ᵀ[X, W, P] and [X, W, P]ᵀA[X, W, P] whole. The basis is orthonormalized so that
     * it spans X exactly ({@link #orthonormalizerKeepingX}). False when X has numerical rank below
     * m (the caller then retries without P).
     */
    private boolean rayleighRitz(double[] w, double[] aw, int wr, boolean withP) {
        int s = m + wr + (withP ? m : 0);
        double[][] g = new double[s][s];
        double[][] h = new double[s][s];
        // One sweep over the rows for all the blocks of both Gram matrices (blocks 0..5: X, W, P, AX, AW, AP).
        double[][] blocks = {x, w, p, ax, aw, ap};
        int[] widths = {m, wr, m, m, wr, m};
        int[][] pairs = withP
                ? new int[][] {{0, 0}, {1, 1}, {0, 1}, {0, 3}, {3, 1}, {1, 4}, {0, 2}, {1, 2}, {2, 2}, {0, 5}, {1, 5},
                        {2, 5}}
                : new int[][] {{0, 0}, {1, 1}, {0, 1}, {0, 3}, {3, 1}, {1, 4}};
        double[][][] gr = RowBlocks.grams(blocks, widths, pairs, n);
        if (!allFinite(gr[5])) {
            checkFinite(aw, wr, op, "op");
        }
        observeNorms(aw, gr[1], wr);
        place(g, 0, 0, gr[0]);
        place(g, m, m, gr[1]);
        place(g, 0, m, gr[2]);
        place(h, 0, 0, gr[3]);
        place(h, 0, m, gr[4]); // (AX)ᵀW: consistent with XᵀAX from the same AX
        place(h, m, m, gr[5]);
        if (withP) {
            int o = m + wr;
            place(g, 0, o, gr[6]);
            place(g, m, o, gr[7]);
            place(g, o, o, gr[8]);
            place(h, 0, o, gr[9]);
            place(h, m, o, gr[10]);
            place(h, o, o, gr[11]);
        }
        double[][] t = orthonormalizerKeepingX(g, s);
        if (t == null) {
            return false;
        }
        int rank = t[0].length;
        if (rank < m) {
            return false;
        }
        double[][] c = ritzCoefficients(t, h, s, rank);
        double[][] cx = java.util.Arrays.copyOfRange(c, 0, m);
        double[][] cw = java.util.Arrays.copyOfRange(c, m, m + wr);
        // P = W C_W (+ P C_P), AP likewise, each in one sweep over its terms.
        int[] pWidths = withP ? new int[] {wr, m} : new int[] {wr};
        double[][][] pCoefficients = withP
                ? new double[][][] {cw, java.util.Arrays.copyOfRange(c, m + wr, s)}
                : new double[][][] {cw};
        // X = P + X C_X and AX = AP + AX C_X, with P and AP, in one sweep over the rows. P is not
        // scaled to unit columns: the next Rayleigh-Ritz step's SVQB scales the columns of the
        // basis first, which does the same in the small matrices, and the scaling would be a
        // sweep that reads and writes P and AP (n x 12 each) every iteration.
        double[] newP = reuse(spareP, n * m);
        double[] newAp = reuse(spareAp, n * m);
        double[] newX = reuse(spareX, n * m);
        double[] newAx = reuse(spareAx, n * m);
        RowBlocks.updates(newP, newX, withP ? new double[][] {w, p} : new double[][] {w},
                withP ? new double[][] {aw, ap} : new double[][] {aw}, pWidths, pCoefficients,
                newAp, newAx, x, ax, cx, m, n);
        spareX = x;
        spareAx = ax;
        spareP = p;
        spareAp = ap;
        x = newX;
        ax = newAx;
        p = newP;
        ap = newAp;
        return true;
    }

    /**
     * An s × r matrix T with (V T)ᵀ(V T) = I for the basis V = [X, S] whose Gram matrix is g, whose
     * span contains X exactly: X is orthonormalized on its own, S = [W, P] is projected off X (in
     * the small matrices), and only dependent directions of what is left of S are dropped. Null
     * when X itself has numerical rank below m.
     *
     * <p>Near convergence P lies almost in span(X, W) and its columns almost in each other's span
     * (on the tutorial's spiral at N = 600 the Gram matrix of [X, W, P] had eigenvalues down to
     * 1e-16 of its largest). SVQB on the whole basis drops the eigendirections below the floor,
     * and those mix X with P: dropping them cut up to sqrt(floor) of X's columns out of the
     * space the Ritz vectors were chosen from, so an iteration could lose what X had reached.
     * With a float32 operator (products good to ~1e-7) the residuals then rose from ~1e-6 to
     * 1e-5 - 1e-4 of ||A||, the next bases were worse conditioned, and their Rayleigh-Ritz steps,
     * whose small matrices carry the operator's rounding amplified by the inverse square root of
     * those eigenvalues, returned spurious Ritz pairs: residuals of ||A||, then of 1e7 ||A||.
     * Keeping X whole, a step can only improve on X in exact arithmetic, as LOBPCG assumes.
     */
    private double[][] orthonormalizerKeepingX(double[][] g, int s) {
        int q = s - m;
        double[][] gxx = new double[m][m];
        double[][] gxs = new double[m][q];
        double[][] gss = new double[q][q];
        for (int a = 0; a < s; a++) {
            for (int b = 0; b < s; b++) {
                if (a < m && b < m) {
                    gxx[a][b] = g[a][b];
                } else if (a < m) {
                    gxs[a][b - m] = g[a][b];
                } else if (b >= m) {
                    gss[a - m][b - m] = g[a][b];
                }
            }
        }
        double[][] tx = SmallDense.orthonormalizer(gxx, drop);
        if (tx[0].length < m) {
            return null;
        }
        // S - X Q Xᵀ S with Q = tx txᵀ = (XᵀX)^-1: coefficients [-Q G_XS; I]
        double[][] qgxs = SmallDense.multiply(SmallDense.multiply(tx, SmallDense.transpose(tx)), gxs);
        double[][] gyy = SmallDense.multiply(SmallDense.transpose(gxs), qgxs);
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < q; b++) {
                gyy[a][b] = gss[a][b] - gyy[a][b];
            }
        }
        // A column of S (almost) in span(X): what is left of it is rounding of the subtraction
        // (G_SS's rounding is relative to its diagonal), not a direction.
        boolean[] gone = new boolean[q];
        for (int a = 0; a < q; a++) {
            gone[a] = !(gyy[a][a] > drop * gss[a][a]);
        }
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < q; b++) {
                if (gone[a] || gone[b]) {
                    gyy[a][b] = 0;
                }
            }
        }
        double[][] ty = SmallDense.orthonormalizer(gyy, drop);
        int ry = ty[0].length;
        double[][] xy = SmallDense.multiply(qgxs, ty);
        double[][] t = new double[s][m + ry];
        for (int a = 0; a < m; a++) {
            System.arraycopy(tx[a], 0, t[a], 0, m);
            for (int c = 0; c < ry; c++) {
                t[a][m + c] = -xy[a][c];
            }
        }
        for (int a = 0; a < q; a++) {
            System.arraycopy(ty[a], 0, t[m + a], m, ry);
        }
        return t;
    }

    /**
     * Keeps a copy of X and Θ when {@code largest}, the largest running residual of the k wanted
     * pairs, is below that of every earlier iterate; returns whether it did.
     */
    private boolean keepIfBest(double largest) {
        if (bestX != null && !(largest < bestResidual)) {
            return false;
        }
        bestX = reuse(bestX, n * m);
        System.arraycopy(x, 0, bestX, 0, n * m);
        bestTheta = theta.clone();
        bestResidual = largest;
        return true;
    }

    /** Makes the best iterate the current one, A X from a new product, and drops P. */
    private void restoreBest() {
        x = reuse(spareX, n * m);
        spareX = null;
        System.arraycopy(bestX, 0, x, 0, n * m);
        theta = bestTheta.clone();
        ax = apply(op, x, m, "op");
        observeNorms(ax, x, m);
        p = null;
        ap = null;
    }

    /** The first Rayleigh-Ritz step, on X alone: its whole projection, checked for symmetry. */
    private void initialRayleighRitz(double[] x0) {
        double[] ax0 = apply(op, x0, m, "op");
        double largest = 0;
        for (double v : ax0) {
            largest = Math.max(largest, Math.abs(v));
        }
        if (largest != 0 && !(largest >= MIN_NORM && largest <= MAX_NORM)) {
            // Residual norms and Gram matrices are sums of squares: near 1e-160 they underflow (a
            // diag(1e-170 ...) "converged" in 0 iterations with residuals 0 and eigenvalues 9 x off).
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "op %s returned entries up to %.3g"
                    + " for the orthonormal start block, outside [%.0e, %.0e] where LOBPCG's sums of squares neither"
                    + " overflow nor underflow; scale the operator (its eigenvalues scale with it)", op, largest,
                    MIN_NORM, MAX_NORM));
        }
        observeNorms(ax0, x0, m);
        double[][] h = RowBlocks.gram(x0, m, ax0, m, n);
        checkSymmetric(h);
        double[][] c = ritzCoefficients(identity(m), h, m, m);
        x = RowBlocks.times(x0, m, c, m, n);
        ax = RowBlocks.times(ax0, m, c, m, n);
    }

    /** Coefficients (s × m) of the m wanted Ritz vectors on the basis; sets theta. */
    private double[][] ritzCoefficients(double[][] t, double[][] h, int s, int rank) {
        SmallDense.Eigen e = SmallDense.symmetricEigen(SmallDense.congruence(t, h));
        double[][] c = new double[s][m];
        theta = new double[m];
        for (int j = 0; j < m; j++) {
            int pick = largest ? rank - 1 - j : j;
            theta[j] = e.values()[pick];
            for (int a = 0; a < s; a++) {
                double sum = 0;
                for (int b = 0; b < rank; b++) {
                    sum += t[a][b] * e.vectors()[b][pick];
                }
                c[a][j] = sum;
            }
        }
        return c;
    }

    /** Columns {@code cols} of a small matrix. */
    private static double[][] columns(double[][] a, int[] cols) {
        double[][] out = new double[a.length][cols.length];
        for (int p = 0; p < a.length; p++) {
            for (int q = 0; q < cols.length; q++) {
                out[p][q] = a[p][cols[q]];
            }
        }
        return out;
    }

    /** {@code spare} when it has the length, else a new block. */
    private static double[] reuse(double[] spare, int length) {
        return spare != null && spare.length == length ? spare : new double[length];
    }

    /** Writes block {@code b} at (row, col) of {@code full} and its transpose at (col, row). */
    private static void place(double[][] full, int row, int col, double[][] b) {
        for (int i = 0; i < b.length; i++) {
            for (int j = 0; j < b[i].length; j++) {
                full[row + i][col + j] = b[i][j];
                full[col + j][row + i] = b[i][j];
            }
        }
    }

    private static double[][] identity(int s) {
        double[][] id = new double[s][s];
        for (int a = 0; a < s; a++) {
            id[a][a] = 1;
        }
        return id;
    }

    /**
     * Scales by a power of 2 each column of {@code w} (n × width) whose largest entry lies outside
     * [{@link #MIN_NORM}, {@link #MAX_NORM}]: a preconditioner may scale the residuals by any factor
     * (1e300 I overflowed W's Gram matrix, 1e-300 I underflowed it to a false stagnation), and
     * LOBPCG uses only the direction of each column of W. Other columns are left bit for bit.
     */
    private void rescaleExtremeColumns(double[] w, int width) {
        double[] largest = new double[width];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < width; j++) {
                largest[j] = Math.max(largest[j], Math.abs(w[i * width + j]));
            }
        }
        for (int j = 0; j < width; j++) {
            if (largest[j] != 0 && !(largest[j] >= MIN_NORM && largest[j] <= MAX_NORM)) {
                double scale = Math.scalb(1.0, -Math.getExponent(largest[j]));
                for (int i = 0; i < n; i++) {
                    w[i * width + j] *= scale;
                }
            }
        }
    }

    /** Raises the norm estimate to {@code ||A v_j|| / ||v_j||} for the columns of a true product {@code av} of {@code v}. */
    private void observeNorms(double[] av, double[] v, int width) {
        double[] images = RowBlocks.columnNorms(av, width, n);
        double[] lengths = RowBlocks.columnNorms(v, width, n);
        for (int j = 0; j < width; j++) {
            if (lengths[j] > 0) {
                normEstimate = Math.max(normEstimate, images[j] / lengths[j]);
            }
        }
    }

    /** As {@link #observeNorms(double[], double[], int)}, the squared lengths of v given by its Gram matrix. */
    private void observeNorms(double[] av, double[][] vtv, int width) {
        double[] images = RowBlocks.columnNorms(av, width, n);
        for (int j = 0; j < width; j++) {
            if (vtv[j][j] > 0) {
                normEstimate = Math.max(normEstimate, images[j] / Math.sqrt(vtv[j][j]));
            }
        }
    }

    /**
     * The estimate that decides which columns are still worked on and when to check true
     * residuals: the norm estimate or the largest |Ritz value| of X, whichever is larger (for the
     * largest eigenvalues, theta reaches ||A|| before any product shows it). A spurious Ritz value
     * can only make a check come early; the check itself is against {@link #normEstimate}, and a
     * failed check restarts without P, which clears the nearly dependent basis.
     */
    private double steeringEstimate() {
        double e = normEstimate;
        for (double t : theta) {
            e = Math.max(e, Math.abs(t));
        }
        return e;
    }

    /** {@code residual / estimate}, 0 for a zero residual of a zero operator. */
    private static double relative(double residual, double estimate) {
        return residual == 0 ? 0 : residual / estimate;
    }

    /** How many of the k wanted pairs meet the tolerance relative to {@code estimate}. */
    private int wantedConverged(double[] norms, double estimate) {
        int count = 0;
        for (int j = 0; j < k; j++) {
            if (norms[j] <= tol * estimate) {
                count++;
            }
        }
        return count;
    }

    private double largestWanted(double[] norms) {
        double worst = 0;
        for (int j = 0; j < k; j++) {
            worst = Math.max(worst, norms[j]);
        }
        return worst;
    }

    /** The projected operator must be symmetric up to rounding, else the operator is not. */
    private void checkSymmetric(double[][] h) {
        double largestEntry = 0;
        double worst = 0;
        for (int a = 0; a < h.length; a++) {
            for (int b = 0; b < h.length; b++) {
                largestEntry = Math.max(largestEntry, Math.abs(h[a][b]));
                worst = Math.max(worst, Math.abs(h[a][b] - h[b][a]));
            }
        }
        if (worst > asymmetry * largestEntry) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "op %s is not symmetric: its projection V^T A V on the current basis has |H - H^T| up to %.3g,"
                            + " %.3g of its largest entry %.3g (allowed: %.0e); LOBPCG needs a symmetric operator",
                    op, worst, worst / largestEntry, largestEntry, asymmetry));
        }
    }

    /** A block product with the checks the brief of every solver needs: finite output, counted. */
    private double[] apply(LinearOperator a, double[] block, int width, String what) {
        double[] out = applyUnchecked(a, block, width);
        checkFinite(out, width, a, what);
        return out;
    }

    /** A block product into a new block, counted; its output is checked by the caller. */
    private double[] applyUnchecked(LinearOperator a, double[] block, int width) {
        return applyUnchecked(a, block, width, new double[n * width]);
    }

    /** A block product into {@code out} (n × width, every element written), counted; returns {@code out}. */
    private double[] applyUnchecked(LinearOperator a, double[] block, int width, double[] out) {
        a.applyBlock(block, out, width);
        blockProducts++;
        columns += width;
        return out;
    }

    /** Throws, naming the first NaN or infinity of the latest block product {@code out} of {@code a}, if any. */
    private void checkFinite(double[] out, int width, LinearOperator a, String what) {
        int idx = RowBlocks.firstNonFinite(out);
        if (idx >= 0) {
            throw new IllegalStateException(what + " " + a + " returned " + out[idx] + " at row " + idx / width
                    + ", column " + idx % width + " of a block product of width " + width + " (block product #"
                    + blockProducts + "); check its input data and parameters");
        }
    }

    private static boolean allFinite(double[][] g) {
        for (double[] row : g) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether W (after one projection) is off span(X) by less than {@link #REPROJECT} of each
     * column's norm: {@code |x_pᵀ w_q| <= REPROJECT ||w_q||} for all p, q (X has unit columns).
     */
    private static boolean negligible(double[][] xw, double[][] ww) {
        for (double[] row : xw) {
            for (int q = 0; q < row.length; q++) {
                if (!(Math.abs(row[q]) <= REPROJECT * Math.sqrt(ww[q][q]))) {
                    return false;
                }
            }
        }
        return true;
    }

    private LobpcgNoConvergenceException noConvergence(String why, int iteration) {
        if (bestX != null && bestX != x) {
            // the best iterate, whose running residuals were the smallest, with its true ones
            x = bestX;
            theta = bestTheta;
        }
        ax = apply(op, x, m, "op");
        double[] trueNorms = new double[m];
        observeNorms(ax, x, m);
        RowBlocks.residuals(ax, x, theta, m, n, trueNorms, new double[n * m]);
        LobpcgResult last = result(trueNorms, iteration, null);
        boolean[] keep = new boolean[m];
        for (int j = 0; j < k; j++) {
            keep[j] = trueNorms[j] <= tol * normEstimate;
        }
        return new LobpcgNoConvergenceException(why, result(trueNorms, iteration, keep), last, tol);
    }

    /** The first k pairs (or those {@code keep} marks), eigenvalues ascending. */
    private LobpcgResult result(double[] norms, int iteration, boolean[] keep) {
        Integer[] order = java.util.stream.IntStream.range(0, k).filter(j -> keep == null || keep[j]).boxed()
                .sorted((a, b) -> Double.compare(theta[a], theta[b])).toArray(Integer[]::new);
        int count = order.length;
        double[] values = new double[count];
        double[] vectors = new double[n * count];
        double[] residuals = new double[count];
        for (int e = 0; e < count; e++) {
            int j = order[e];
            values[e] = theta[j];
            residuals[e] = norms[j];
            for (int i = 0; i < n; i++) {
                vectors[e * n + i] = x[i * m + j];
            }
        }
        return new LobpcgResult(n, values, vectors, residuals, iteration - 1, blockProducts, columns);
    }
}
