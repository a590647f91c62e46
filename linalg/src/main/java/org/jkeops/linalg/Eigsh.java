package org.jkeops.linalg;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;

/**
 * A few eigenpairs of a large symmetric operator, the counterpart of scipy's
 * {@code scipy.sparse.linalg.eigsh}: implicitly restarted Lanczos from ARPACK ({@code dsaupd} /
 * {@code dseupd}, mode 1), which only needs {@code A · v}. That is what makes a kernel matrix usable
 * here: it is never stored, and each Lanczos step is one kernel reduction.
 * <pre>{@code
 * EigenResult top = Eigsh.of(k).k(5).which(Eigsh.Which.LARGEST_ALGEBRAIC).solve();
 * }</pre>
 *
 * <h2>Smallest eigenvalues of a Laplacian</h2>
 * scipy's spectral-coordinates tutorial calls {@code eigsh(L, k=7, which="SM")}; that is
 * {@link Which#SMALLEST_MAGNITUDE} here. Without shift-invert, Lanczos reaches the low end of a
 * spectrum only as fast as the gaps there, relative to the whole spectral width, allow, whatever
 * {@code which} says: for a positive semidefinite {@code L}, "SM" and "SA" even select the same
 * Ritz values. The recommended form, when a bound {@code c >= lambda_max(L)} is known (2 for a
 * normalized Laplacian, {@code 2 max D} for {@code diag(D) - K} by Gershgorin), is the largest
 * eigenvalues of {@code c·I − L}, which {@link #smallestOfBounded} computes and maps back. The
 * Krylov spaces are the same (Lanczos is shift-invariant); what changes is ARPACK's convergence
 * test, {@code |Ritz estimate| <= tol * max(eps^(2/3), |theta|)}, which becomes relative to
 * {@code c − lambda ≈ c} instead of to the tiny {@code lambda}, so a loose {@code tol} is honoured
 * for the near-zero eigenvalues too. Measured on the tutorial's spiral (n = 500, tol = 1e-8): 43
 * operator applications against 53 for "SM"; at tol = 0 both cost about the same. The price is
 * absolute accuracy: eigenvalues come back to about {@code tol · c} (at least {@code eps · c}), so
 * the zero eigenvalue reads about {@code 1e-13 c} instead of {@code 1e-16}. Markedly faster
 * convergence for clustered small eigenvalues needs shift-invert (a solve with {@code L − sigma I}
 * per step), which this class does not do.
 *
 * <h2>float32 kernels</h2>
 * ARPACK runs in float64 and {@code tol} = 0 asks for float64 machine precision, while a float32
 * kernel's products carry about 7 digits: {@code tol(1e-6)} loses nothing the operator has, and on
 * the tutorial's kernel it halved the applications for the 5 largest eigenvalues (62 to 34).
 *
 * <h2>Options</h2>
 * Defaults follow scipy: {@code which} = {@link Which#LARGEST_MAGNITUDE}, {@code k} = 6,
 * {@code tol} = 0 (machine precision), {@code maxIterations} = 10 n restarts,
 * {@code ncv} = min(n, max(2k + 1, 20)) Lanczos vectors. One difference: when no start vector is
 * given, a fixed pseudo-random one is used, so that a run is reproducible (ARPACK's own random
 * start depends on what ran before in the same process).
 *
 * <h2>Threads</h2>
 * ARPACK keeps the state of a run in process-wide variables, so runs in one JVM are serialized:
 * a second {@code solve()} waits for the first. An {@code Eigsh} is a mutable builder: configure it,
 * then call {@link #solve()} (any number of times).
 */
public final class Eigsh {

    /** Which end of the spectrum to compute; ARPACK's {@code which} codes. */
    public enum Which {
        /** The k algebraically largest eigenvalues ({@code "LA"}). */
        LARGEST_ALGEBRAIC("LA"),
        /** The k algebraically smallest eigenvalues ({@code "SA"}). */
        SMALLEST_ALGEBRAIC("SA"),
        /** The k eigenvalues largest in absolute value ({@code "LM"}, scipy's default). */
        LARGEST_MAGNITUDE("LM"),
        /** The k eigenvalues smallest in absolute value ({@code "SM"}; see the class comment for Laplacians). */
        SMALLEST_MAGNITUDE("SM");

        private final String code;

        Which(String code) {
            this.code = code;
        }

        /** ARPACK's two-letter code. */
        public String arpackCode() {
            return code;
        }
    }

    /**
     * Reported after every operator application.
     *
     * @param iteration    ARPACK's current restart (1-based), or -1 when the loaded ARPACK hides it (native builds)
     * @param applications operator applications so far
     * @param converged    wanted eigenvalues converged at the last restart, or -1 when hidden
     */
    public record Progress(int iteration, long applications, int converged) {
    }

    private static final int DEFAULT_K = 6;
    private static final long START_SEED = 0x6a6b656f7073L;

    private final LinearOperator op;
    private final int n;
    private final double upperBound;
    private Which which = Which.LARGEST_MAGNITUDE;
    private int k = DEFAULT_K;
    private double tol;
    private int maxIterations;
    private int ncv;
    private double[] start;
    private Consumer<Progress> progress = p -> { };

    private Eigsh(LinearOperator op, double upperBound) {
        Objects.requireNonNull(op, "op");
        if (op.rows() != op.cols()) {
            throw new IllegalArgumentException("op is " + op.shape() + "; eigsh needs a square (symmetric) operator");
        }
        this.op = op;
        this.n = op.rows();
        this.upperBound = upperBound;
    }

    /**
     * Eigenpairs of {@code op}, which must be symmetric (not checked: ARPACK's results are
     * meaningless otherwise).
     */
    public static Eigsh of(LinearOperator op) {
        return new Eigsh(op, Double.NaN);
    }

    /**
     * The k smallest eigenpairs of a symmetric {@code op} whose eigenvalues are at most
     * {@code upperBound}, computed as the k largest algebraic ones of {@code upperBound·I − op}
     * (see the class comment). {@code which} is fixed; the other options can still be set.
     */
    public static Eigsh smallestOfBounded(LinearOperator op, int k, double upperBound) {
        if (!Double.isFinite(upperBound)) {
            throw new IllegalArgumentException("upperBound = " + upperBound + " is not finite");
        }
        Eigsh e = new Eigsh(op, upperBound);
        e.which = Which.LARGEST_ALGEBRAIC;
        return e.k(k);
    }

    /** Which eigenvalues; default {@link Which#LARGEST_MAGNITUDE}. */
    public Eigsh which(Which which) {
        Objects.requireNonNull(which, "which");
        if (isShifted()) {
            throw new IllegalStateException("which is fixed by smallestOfBounded: it computes the largest"
                    + " algebraic eigenvalues of upperBound*I - op");
        }
        this.which = which;
        return this;
    }

    /** How many eigenpairs, in [1, n − 1]; default 6. */
    public Eigsh k(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k = " + k + " must be >= 1");
        }
        this.k = k;
        return this;
    }

    /**
     * ARPACK's relative accuracy of the Ritz values; 0 (the default) means machine precision.
     * ARPACK stops a Ritz value theta when its residual is below {@code tol · max(eps^(2/3), |theta|)}:
     * the floor eps^(2/3) ≈ 3.7e-11 is absolute. So that it means the same for an operator of norm
     * 1e-30 as for one of norm 1, the run applies ARPACK to the operator scaled by the power of 2 that
     * brings its first product {@code ||A v0|| / ||v0||} into [1, 2), and scales the eigenvalues back
     * (exact: no rounding is added). {@link Lobpcg} measures its tolerance against ||A|| instead.
     */
    public Eigsh tol(double tol) {
        if (!(tol >= 0) || Double.isInfinite(tol)) {
            throw new IllegalArgumentException("tol = " + tol + " must be finite and >= 0 (0 means machine precision)");
        }
        this.tol = tol;
        return this;
    }

    /** The cap on ARPACK restarts; default 10 n. */
    public Eigsh maxIterations(int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations = " + maxIterations + " must be >= 1");
        }
        this.maxIterations = maxIterations;
        return this;
    }

    /** The number of Lanczos vectors, k &lt; ncv &lt;= n; default min(n, max(2k + 1, 20)). */
    public Eigsh ncv(int ncv) {
        if (ncv < 2) {
            throw new IllegalArgumentException("ncv = " + ncv + " must be >= 2 (and > k)");
        }
        this.ncv = ncv;
        return this;
    }

    /**
     * The Lanczos start vector (ARPACK's {@code resid} with {@code info = 1}), e.g. an eigenvector
     * from a previous, similar problem; copied. Only its direction matters: the copy is scaled by the
     * power of 2 that brings its largest |entry| into [1, 2), which is exact and leaves the run the
     * same for any scale.
     */
    public Eigsh startVector(double[] v) {
        Objects.requireNonNull(v, "startVector");
        if (v.length != n) {
            throw new IllegalArgumentException("startVector has length " + v.length + ", expected n = " + n);
        }
        boolean nonZero = false;
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("startVector holds " + x + "; it must be finite");
            }
            nonZero |= x != 0;
        }
        if (!nonZero) {
            throw new IllegalArgumentException("startVector is zero; ARPACK needs a nonzero start vector");
        }
        // ARPACK normalizes the start itself, but a subnormal one has already lost digits there
        // (a start at 4.9e-324 gave residuals of 7e-2 at tol = 0); as Lobpcg's startBlock does.
        double largest = 0;
        for (double x : v) {
            largest = Math.max(largest, Math.abs(x));
        }
        // getExponent reads every subnormal as MIN_EXPONENT - 1; 2^54 lifts one into the normal range first
        int shift = largest < Double.MIN_NORMAL ? 54 - Math.getExponent(largest * 0x1p54) : -Math.getExponent(largest);
        double[] scaled = new double[n];
        for (int i = 0; i < n; i++) {
            scaled[i] = Math.scalb(v[i], shift);
        }
        this.start = scaled;
        return this;
    }

    /** Called after every operator application, on the calling thread; a thrown exception aborts the run. */
    public Eigsh progress(Consumer<Progress> listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Runs ARPACK.
     *
     * @return the k eigenpairs, eigenvalues ascending
     * @throws EigshNoConvergenceException when maxIterations restarts were not enough; it carries the
     *         pairs that converged
     * @throws IllegalArgumentException    when k, ncv do not fit n
     * @throws IllegalStateException       on any other ARPACK error, with ARPACK's meaning of the code
     */
    public EigenResult solve() {
        if (n < 2) {
            throw new IllegalArgumentException("op is " + op.shape() + "; ARPACK needs n >= 2 (use the single entry)");
        }
        if (k > n - 1) {
            throw new IllegalArgumentException("k = " + k + " must be in [1, n - 1] = [1, " + (n - 1)
                    + "]: ARPACK computes fewer eigenpairs than the size n = " + n + " (use a dense solver for all)");
        }
        int usedNcv = ncv == 0 ? Math.min(n, Math.max(2 * k + 1, 20)) : ncv;
        if (usedNcv <= k || usedNcv > n) {
            throw new IllegalArgumentException("ncv = " + usedNcv + " must satisfy k < ncv <= n, here "
                    + k + " < ncv <= " + n);
        }
        if ((long) n * usedNcv > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("n x ncv = " + n + " x " + usedNcv + " = " + (long) n * usedNcv
                    + " elements exceed a Java array: ARPACK keeps ncv Lanczos vectors of length n (lower ncv, or use"
                    + " Lobpcg with a smaller block)");
        }
        int usedMaxIterations = maxIterations == 0 ? (int) Math.min(Integer.MAX_VALUE, 10L * n) : maxIterations;
        LinearOperator target = isShifted() ? LinearOperator.identity(n).scale(upperBound).minus(op) : op;
        DoubleUnaryOperator back = isShifted() ? mu -> upperBound - mu : DoubleUnaryOperator.identity();
        return new ArpackRun(target, which.arpackCode(), k, usedNcv, tol, usedMaxIterations,
                start != null ? start : defaultStart(), progress, back).run();
    }

    private boolean isShifted() {
        return !Double.isNaN(upperBound);
    }

    /** Uniform in [-1, 1), like ARPACK's own random start, but from a fixed seed. */
    private double[] defaultStart() {
        SplittableRandom random = new SplittableRandom(START_SEED);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble(-1.0, 1.0);
        }
        return v;
    }
}
