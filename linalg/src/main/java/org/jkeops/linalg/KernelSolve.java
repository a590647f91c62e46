package org.jkeops.linalg;

import java.util.Objects;

/**
 * Solves {@code (alpha I + K) x = b} by conjugate gradient for a symmetric positive semidefinite
 * operator K (a kernel matrix), {@code alpha >= 0}: KeOps' {@code KernelSolve}, i.e. kernel ridge
 * regression or Gaussian-process interpolation without storing K.
 * <pre>{@code
 * SolveResult s = KernelSolve.of(k).alpha(0.1).tolerance(1e-8).solve(b, 3);   // b: n x 3 row-major
 * }</pre>
 *
 * <p>Differences from KeOps, on purpose:
 * <ul>
 *   <li>Several right-hand sides ({@code b} n × c row-major, KeOps' layout) are solved as c
 *       separate CG runs in lockstep, each with its own test {@code ||r_j|| <= tolerance · ||b_j||};
 *       a column that has converged is no longer applied. KeOps treats all columns as one vector,
 *       so an easy column keeps iterating and a small one is judged against the others' norms.</li>
 *   <li>There is a cap, {@code maxIterations} (default 10 n, like scipy's {@code cg}). Reaching it
 *       throws {@link KernelSolveNoConvergenceException}, which carries the whole
 *       {@link SolveResult}: the last x, the per-column residuals and which columns converged.
 *       An exception rather than a flag, so that an unconverged x is never used by accident. A
 *       system with no solution (alpha = 0, K singular, b outside its range) makes CG diverge: the
 *       column stops when its iteration overflows, and the same exception says so and carries the
 *       iterate with the smallest residual.</li>
 *   <li>An optional Jacobi preconditioner: pass the diagonal of {@code alpha I + K}
 *       (for a Gaussian kernel {@code alpha + 1} everywhere, which does nothing; it matters for
 *       badly scaled operators such as {@code S K S}).</li>
 * </ul>
 * The residual reported and tested is CG's recursively updated one, which tracks the true
 * {@code b − (alpha I + K) x} closely until it nears rounding level. A zero right-hand side gives
 * x = 0 after 0 iterations.
 *
 * <p>With a float32 kernel, whose products carry about 7 digits, the true relative residual cannot
 * go below the rounding of {@code K x}, about {@code 1e-7 ||K|| ||x|| / ||b||}, so rarely much below
 * 1e-6, while the recursive one goes on falling: a {@code tolerance} much below 1e-6 is then reported as met,
 * with a residual the x returned does not have (on a Gaussian kernel at n = 1000, alpha = 0.5:
 * reported 7e-13 at tolerance 1e-12, true 1.3e-6 against the float64 K). As with {@link Lobpcg}
 * and {@link Eigsh}, a tolerance of about 1e-6 is what such a kernel supports.
 *
 * <p>A {@code KernelSolve} is a mutable builder: configure it, then call {@code solve} (any number
 * of times, from one thread at a time).
 */
public final class KernelSolve {

    private static final double DEFAULT_TOLERANCE = 1e-6;

    private final LinearOperator k;
    private final int n;
    private double alpha;
    private double tolerance = DEFAULT_TOLERANCE;
    private int maxIterations;
    private double[] inverseDiagonal;

    private KernelSolve(LinearOperator k) {
        Objects.requireNonNull(k, "k");
        if (k.rows() != k.cols()) {
            throw new IllegalArgumentException("k is " + k.shape() + "; a kernel solve needs a square (symmetric) operator");
        }
        this.k = k;
        this.n = k.rows();
    }

    /** A solver for {@code (alpha I + k) x = b}; {@code k} must be symmetric positive semidefinite (not checked). */
    public static KernelSolve of(LinearOperator k) {
        return new KernelSolve(k);
    }

    /** The ridge {@code alpha >= 0}; default 0. */
    public KernelSolve alpha(double alpha) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha = " + alpha + " must be finite and >= 0");
        }
        this.alpha = alpha;
        return this;
    }

    /**
     * Stop a column when {@code ||r|| <= tolerance · ||b||}; default 1e-6 (KeOps' eps). With a float32
     * kernel the true residual stops near 1e-6 whatever is asked (see the class comment).
     */
    public KernelSolve tolerance(double tolerance) {
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance = " + tolerance + " must be finite and > 0");
        }
        this.tolerance = tolerance;
        return this;
    }

    /** The cap on CG iterations per right-hand side; default 10 n. */
    public KernelSolve maxIterations(int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations = " + maxIterations + " must be >= 1");
        }
        this.maxIterations = maxIterations;
        return this;
    }

    /**
     * Jacobi preconditioning with {@code diagonal} = the diagonal of {@code alpha I + K} (all
     * positive); {@code null} turns it off. Only the ratios of its entries matter: it is used scaled
     * by the power of 2 that brings its smallest entry into [1, 2).
     */
    public KernelSolve jacobi(double[] diagonal) {
        if (diagonal == null) {
            this.inverseDiagonal = null;
            return this;
        }
        if (diagonal.length != n) {
            throw new IllegalArgumentException("jacobi diagonal has length " + diagonal.length + ", expected n = " + n);
        }
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (!(diagonal[i] > 0) || Double.isInfinite(diagonal[i])) {
                throw new IllegalArgumentException("jacobi diagonal[" + i + "] = " + diagonal[i]
                        + " must be finite and > 0: it is the diagonal of alpha I + K, which is positive definite");
            }
            smallest = Math.min(smallest, diagonal[i]);
        }
        // CG's iterates do not change when the preconditioner is scaled (z and p scale with it, the
        // step inversely), and by a power of 2 they stay bit for bit the same. Scaled to inverses of
        // at most 1, z is no larger than r: a diagonal near 1e-307 made r.z overflow and x NaN.
        int shift = smallest < Double.MIN_NORMAL
                ? 54 - Math.getExponent(smallest * 0x1p54) : -Math.getExponent(smallest);
        double[] inverse = new double[n];
        for (int i = 0; i < n; i++) {
            inverse[i] = 1.0 / Math.scalb(diagonal[i], shift);
        }
        this.inverseDiagonal = inverse;
        return this;
    }

    /** Solves for one right-hand side of length n. */
    public SolveResult solve(double[] b) {
        return solve(b, 1);
    }

    /**
     * Solves for {@code columns} right-hand sides stored n × columns row-major in {@code b}.
     *
     * @throws KernelSolveNoConvergenceException when a column misses the tolerance within maxIterations,
     *         or its iteration overflows (alpha = 0, K singular and b outside its range: no solution)
     */
    public SolveResult solve(double[] b, int columns) {
        Objects.requireNonNull(b, "b");
        if (columns < 1) {
            throw new IllegalArgumentException("columns = " + columns + " must be >= 1");
        }
        if (b.length != (long) n * columns) {
            throw new IllegalArgumentException("b has length " + b.length + ", expected n * columns = " + n + " * "
                    + columns + " = " + (long) n * columns);
        }
        for (int i = 0; i < b.length; i++) {
            if (!Double.isFinite(b[i])) {
                throw new IllegalArgumentException("b[" + i + "] (row " + i / columns + ", right-hand side "
                        + i % columns + ") = " + b[i] + " is not finite");
            }
        }
        CgColumn[] runs = new CgColumn[columns];
        for (int j = 0; j < columns; j++) {
            runs[j] = new CgColumn(j, column(b, columns, j), tolerance, inverseDiagonal);
        }
        int cap = maxIterations == 0 ? (int) Math.min(Integer.MAX_VALUE, 10L * Math.max(n, 1)) : maxIterations;
        CgColumn.SystemMatrix system = this::applySystem;
        for (int iteration = 0; iteration < cap && anyActive(runs); iteration++) {
            for (CgColumn run : runs) {
                if (run.active()) {
                    run.step(system);
                }
            }
        }
        SolveResult result = collect(runs);
        if (!result.allConverged()) {
            int[] overflowedAt = new int[columns];
            int[] bestIteration = new int[columns];
            for (int j = 0; j < columns; j++) {
                overflowedAt[j] = runs[j].overflowedAt();
                bestIteration[j] = runs[j].bestIteration();
            }
            throw new KernelSolveNoConvergenceException(result, tolerance, cap, overflowedAt, bestIteration);
        }
        return result;
    }

    private void applySystem(double[] in, double[] out) {
        k.apply(in, out);
        if (alpha != 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] += alpha * in[i];
            }
        }
    }

    private static boolean anyActive(CgColumn[] runs) {
        for (CgColumn run : runs) {
            if (run.active()) {
                return true;
            }
        }
        return false;
    }

    private static double[] column(double[] b, int columns, int j) {
        double[] c = new double[b.length / columns];
        for (int i = 0; i < c.length; i++) {
            c[i] = b[i * columns + j];
        }
        return c;
    }

    private SolveResult collect(CgColumn[] runs) {
        int columns = runs.length;
        double[] x = new double[n * columns];
        int[] iterations = new int[columns];
        double[] residuals = new double[columns];
        boolean[] converged = new boolean[columns];
        for (int j = 0; j < columns; j++) {
            double[] xj = runs[j].x();
            for (int i = 0; i < n; i++) {
                x[i * columns + j] = xj[i];
            }
            iterations[j] = runs[j].iterations();
            residuals[j] = runs[j].relativeResidual();
            converged[j] = runs[j].converged();
        }
        return new SolveResult(x, columns, iterations, residuals, converged);
    }
}
