package org.jkeops.linalg;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The smallest or largest eigenpairs of a symmetric operator by LOBPCG (Knyazev's locally optimal
 * block preconditioned conjugate gradient, the method of scipy's {@code lobpcg}), using only
 * block products {@code A · [v_1 ... v_m]}.
 * <pre>{@code
 * LinearOperator k = LinearOperator.ofFloat(n, n, v -> g.conv(x, x, v, s), 10, b -> g.conv10(x, x, b, s));
 * LobpcgResult r = Lobpcg.of(lNorm).k(7).blockSize(10).which(Lobpcg.Which.SMALLEST).tol(1e-5).solve();
 * }</pre>
 *
 * <h2>Why a block method</h2>
 * A kernel pass on a block of m columns shares the distance and the exponential of every pair
 * between the columns, so it costs far less than m single passes. Lanczos (ARPACK, {@link Eigsh})
 * needs one single pass per step; LOBPCG needs one block pass per iteration (the preconditioned
 * residuals of the active columns), and for clustered small eigenvalues of a Laplacian it needs
 * far fewer iterations than Lanczos needs steps (on the tutorial's Swiss roll at N = 3e4, 7 smallest
 * of L_norm: 126 block passes of width 12 from the default start, 68 from a subsample's
 * eigenvectors, against 930-1,160 ARPACK mat-vecs; docs/PERFORMANCE.md).
 *
 * <h2>The iteration</h2>
 * X (n × m, orthonormal) holds the current Ritz vectors, W the residuals {@code A X - X Λ} of the
 * columns that have not converged (preconditioned when a preconditioner is given, orthogonalized
 * against X), P the previous update direction. Each iteration applies A to W (one block product),
 * then a Rayleigh-Ritz step on the span of {@code [X, W, P]} picks the m best Ritz pairs. The Gram
 * matrix of the basis is made orthonormal by Stathopoulos and Wu's SVQB (unit columns, then the
 * eigendirections of the Gram matrix above a relative floor), so nearly dependent directions are
 * dropped instead of making the small eigenproblem ill-conditioned. X is orthonormalized on its own
 * and W, P are projected off it first, so that dropping directions never cuts into X (the Ritz
 * vectors are chosen from a space that contains X: a step cannot lose what X has reached); when
 * X itself has fewer than m directions P is dropped (a restart). The run keeps the iterate whose
 * largest wanted residual was the smallest: an iterate {@code 1000} times worse (spurious Ritz
 * pairs from a float32 operator's rounding on a nearly dependent basis) is replaced by it, with
 * its A X recomputed and P dropped, and a run that does not converge reports it. Small dense
 * eigenproblems are EJML's symmetric eigendecomposition. A converged column stays in X (soft
 * locking) but gets no new direction.
 *
 * <h2>Convergence and results</h2>
 * Pair i converges when {@code ||A x_i - theta_i x_i|| <= tol * ||A||}, ||A|| estimated by the
 * largest {@code ||A v|| / ||v||} over the vectors the operator was applied to (a lower bound that
 * grows towards ||A||; not the Ritz values, which rounding can push far outside the spectrum when
 * the basis is nearly dependent). The run ends when the
 * k wanted pairs (the first k of the m in the wanted order) have converged; one more block product
 * then recomputes {@code A X} from the returned vectors, so {@link LobpcgResult#residuals()} are
 * true residuals (if that shows the running update had drifted, iterations go on). A float32 operator
 * computes its products to about 1e-7 relative, so {@code tol} much below 1e-6 cannot be met on it.
 *
 * <h2>Options</h2>
 * {@code k} = 6, {@code which} = {@link Which#SMALLEST}, {@code blockSize} = k + max(3, k / 2)
 * (extra columns speed up the k-th pair: the rate depends on the gap to eigenvalue m + 1, not k + 1),
 * {@code tol} = 1e-6, {@code maxIterations} = 1000, a deterministic pseudo-random start block
 * (columns given with {@link #start} replace its first columns), no preconditioner. When
 * {@code 5 · blockSize > n} (as scipy's {@code lobpcg}: a basis of 3 · blockSize vectors
 * would nearly fill the space, and its Rayleigh-Ritz steps lose accuracy) the operator is small enough to form: it is applied to the identity and
 * decomposed densely, and the options that steer the iteration ({@code start}, {@code preconditioner},
 * {@code tol}, {@code maxIterations}, {@code progress}) are not used. An {@code Lobpcg} is a mutable
 * builder; {@link #solve()} may be called any number of times and runs on the calling thread (plus
 * the common fork-join pool for the tall dense products).
 */
public final class Lobpcg {

    /** Which end of the spectrum (algebraically). */
    public enum Which {
        /** The k algebraically smallest eigenvalues. */
        SMALLEST,
        /** The k algebraically largest eigenvalues. */
        LARGEST
    }

    /**
     * Reported after every iteration.
     *
     * @param iteration       1-based
     * @param blockProducts   block products so far
     * @param converged       wanted pairs converged, in [0, k]
     * @param largestResidual the largest relative residual {@code ||r_i|| / ||A||} of the k wanted pairs
     */
    public record Progress(int iteration, long blockProducts, int converged, double largestResidual) {
    }

    private static final long START_SEED = 0x6c6f6270636749L;
    /** Directions of a basis' Gram matrix below this fraction of its largest eigenvalue are dropped. */
    private static final double DROP = 1e-12;
    /** The most elements of an n × n operator formed densely (1 GB of doubles per copy). */
    private static final long MAX_FORMED = 1L << 27;
    /** The most elements of an n × blockSize block (a Java array's limit). */
    private static final long MAX_BLOCK = Integer.MAX_VALUE - 8;
    /** A relative asymmetry of the projected operator above this is not rounding. */
    static final double ASYMMETRY = 1e-3;

    private final LinearOperator op;
    private final int n;
    private int k = 6;
    private Which which = Which.SMALLEST;
    private int blockSize;
    private double tol = 1e-6;
    private int maxIterations = 1000;
    private double[] start;
    private int startWidth;
    private LinearOperator preconditioner;
    private Consumer<Progress> progress = p -> { };

    private Lobpcg(LinearOperator op) {
        this.op = Objects.requireNonNull(op, "op");
        if (op.rows() != op.cols()) {
            throw new IllegalArgumentException("op is " + op.shape() + "; LOBPCG needs a square symmetric operator");
        }
        this.n = op.rows();
    }

    /** Eigenpairs of {@code op}, symmetric (a clearly non-symmetric one is detected and rejected). */
    public static Lobpcg of(LinearOperator op) {
        return new Lobpcg(op);
    }

    /** How many eigenpairs, in [1, n - 1]; default 6. */
    public Lobpcg k(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k = " + k + " must be >= 1");
        }
        this.k = k;
        return this;
    }

    /** Which end; default {@link Which#SMALLEST}. */
    public Lobpcg which(Which which) {
        this.which = Objects.requireNonNull(which, "which");
        return this;
    }

    /** The block size m >= k; default k + max(3, k / 2). Use the width of the block kernel. */
    public Lobpcg blockSize(int m) {
        if (m < 1) {
            throw new IllegalArgumentException("blockSize = " + m + " must be >= 1 (and >= k)");
        }
        this.blockSize = m;
        return this;
    }

    /**
     * Relative residual tolerance, {@code ||A x - theta x|| <= tol ||A||}; default 1e-6. Not used when
     * the operator is formed ({@code 5 · blockSize > n}: its pairs come from a dense decomposition).
     */
    public Lobpcg tol(double tol) {
        if (!(tol > 0) || Double.isInfinite(tol)) {
            throw new IllegalArgumentException("tol = " + tol + " must be finite and > 0");
        }
        this.tol = tol;
        return this;
    }

    /** The cap on iterations; default 1000. Not used when the operator is formed ({@code 5 · blockSize > n}). */
    public Lobpcg maxIterations(int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations = " + maxIterations + " must be >= 1");
        }
        this.maxIterations = maxIterations;
        return this;
    }

    /**
     * Start vectors, a row-major n × width block ({@code block[i * width + c]}), e.g. eigenvectors
     * of a previous, similar problem; they replace the first columns of the default start. Copied.
     * A result's {@link LobpcgResult#eigenvectors()} holds its vectors one after the other, which is
     * not this layout: pass the result to {@link #start(LobpcgResult)}, or its
     * {@link LobpcgResult#eigenvectorBlock()}. Not used when the operator is formed
     * ({@code 5 · blockSize > n}, see the class comment).
     */
    public Lobpcg start(double[] block, int width) {
        Objects.requireNonNull(block, "start");
        if (width < 1) {
            throw new IllegalArgumentException("start width = " + width + " must be >= 1");
        }
        if (block.length != (long) n * width) {
            throw new IllegalArgumentException("start has length " + block.length + ", expected n x width = " + n
                    + " x " + width + " = " + (long) n * width + " (a row-major block)");
        }
        for (int i = 0; i < block.length; i++) {
            if (!Double.isFinite(block[i])) {
                throw new IllegalArgumentException("start[" + i + "] (row " + i / width + ", column " + i % width
                        + ") = " + block[i] + " is not finite");
            }
        }
        this.start = block.clone();
        this.startWidth = width;
        return this;
    }

    /**
     * Starts from the eigenvectors of a previous result, e.g. of a similar problem (a subsample, a
     * nearby parameter): {@code start(previous.eigenvectorBlock(), previous.k())}, so its k vectors
     * replace the first columns of the default start.
     */
    public Lobpcg start(LobpcgResult previous) {
        Objects.requireNonNull(previous, "previous");
        if (previous.n() != n) {
            throw new IllegalArgumentException("previous result has n = " + previous.n() + ", expected n = " + n
                    + " like op");
        }
        return start(previous.eigenvectorBlock(), previous.k());
    }

    /**
     * A symmetric positive definite preconditioner T ≈ (A - sigma I)^-1 applied to the residuals
     * (n × n); its block products are used when it has them. Not applied when the operator is
     * formed ({@code 5 · blockSize > n}).
     */
    public Lobpcg preconditioner(LinearOperator t) {
        Objects.requireNonNull(t, "preconditioner");
        if (t.rows() != n || t.cols() != n) {
            throw new IllegalArgumentException("preconditioner is " + t.shape() + ", expected " + n + " x " + n
                    + " like op");
        }
        this.preconditioner = t;
        return this;
    }

    /**
     * Called after every iteration on the calling thread; a thrown exception aborts the run. Never
     * called when the operator is formed ({@code 5 · blockSize > n}: there are no iterations).
     */
    public Lobpcg progress(Consumer<Progress> listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Runs the solver.
     *
     * <p>When {@code 5 · blockSize > n} the operator is formed and decomposed densely (see the class
     * comment): the preconditioner, tol, maxIterations and progress listener are then not used, nor
     * the start block beyond the check of its width, and the result has 0 iterations.
     *
     * @return the k wanted eigenpairs, eigenvalues ascending, with their residuals
     * @throws LobpcgNoConvergenceException when maxIterations were not enough, carrying the converged pairs
     * @throws IllegalArgumentException     when k or blockSize do not fit n, the start block is
     *                                      rank-deficient, or the operator is detectably not symmetric
     * @throws IllegalStateException        when the operator or preconditioner returns NaN or infinity
     *                                      (when the operator is formed, only the operator is applied)
     */
    public LobpcgResult solve() {
        if (k > n - 1) {
            throw new IllegalArgumentException("k = " + k + " must be in [1, n - 1] = [1, " + (n - 1) + "] for op "
                    + op + " (use a dense eigensolver for all n eigenpairs)");
        }
        int m = blockSize == 0 ? k + Math.max(3, k / 2) : blockSize;
        if (m < k) {
            throw new IllegalArgumentException("blockSize = " + m + " must be >= k = " + k);
        }
        if (startWidth > m) {
            throw new IllegalArgumentException("start has " + startWidth + " columns, more than blockSize = " + m);
        }
        if (5L * m > n) {
            if ((long) n * n > MAX_FORMED) {
                throw new IllegalArgumentException("blockSize = " + m + " is too large for n = " + n + ": LOBPCG needs n >= 5"
                        + " x blockSize, and forming op " + op + " densely instead would take n^2 = " + (long) n * n
                        + " elements (at most " + MAX_FORMED + ")");
            }
            return FormedEigen.solve(op, k, which == Which.LARGEST);
        }
        if ((long) n * m > MAX_BLOCK) {
            throw new IllegalArgumentException("n x blockSize = " + n + " x " + m + " = " + (long) n * m
                    + " elements exceed a Java array (" + MAX_BLOCK + "); LOBPCG keeps blocks of that size");
        }
        return new LobpcgRun(op, preconditioner, n, k, m, which == Which.LARGEST, tol, maxIterations,
                startBlock(m), progress, DROP, ASYMMETRY).run();
    }

    /** The deterministic start: uniform in [-1, 1) from a fixed seed, the given columns first. */
    private double[] startBlock(int m) {
        SplittableRandom random = new SplittableRandom(START_SEED);
        double[] x = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < m; c++) {
                double r = random.nextDouble(-1.0, 1.0);
                x[i * m + c] = c < startWidth ? start[i * startWidth + c] : r;
            }
        }
        // Each column scaled by a power of 2 to a largest entry in [1, 2): the start's Gram matrix
        // would overflow for entries near 1e160 and underflow to a false rank deficiency near 1e-160.
        for (int c = 0; c < m; c++) {
            double largest = 0;
            for (int i = 0; i < n; i++) {
                largest = Math.max(largest, Math.abs(x[i * m + c]));
            }
            if (largest > 0) {
                double scale = Math.scalb(1.0, -Math.getExponent(largest));
                for (int i = 0; i < n; i++) {
                    x[i * m + c] *= scale;
                }
            }
        }
        return x;
    }
}
