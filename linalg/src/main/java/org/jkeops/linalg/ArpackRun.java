package org.jkeops.linalg;

import dev.ludovic.netlib.arpack.ARPACK;
import java.util.Comparator;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import org.netlib.util.doubleW;
import org.netlib.util.intW;

/**
 * One run of ARPACK's symmetric driver: the {@code dsaupd} reverse-communication loop in mode 1
 * (regular, {@code bmat = "I"}, exact shifts), then {@code dseupd} for the Ritz vectors.
 *
 * <p>Both ARPACK implementations keep the state of a run between {@code dsaupd} calls in Fortran
 * SAVE variables, i.e. process-wide statics (the F2J translation as public static fields, the
 * native library as globals). Two runs at once would corrupt each other, so every run holds
 * {@link #LOCK} from the first {@code dsaupd} to the end of {@code dseupd}; concurrent
 * {@link Eigsh#solve()} calls queue up, and a nested call from inside an operator fails fast
 * instead of deadlocking or corrupting the outer run.
 */
final class ArpackRun {

    private static final ReentrantLock LOCK = new ReentrantLock();

    /** ARPACK's ido values in mode 1: apply the operator ({@code -1} the first time, then {@code 1}), or done. */
    private static final int IDO_APPLY_FIRST = -1;
    private static final int IDO_APPLY = 1;
    private static final int IDO_DONE = 99;

    private final LinearOperator op;
    private final String which;
    private final int n;
    private final int k;
    private final int ncv;
    private final double tol;
    private final int maxIterations;
    private final double[] start;
    private final Consumer<Eigsh.Progress> progress;
    private final DoubleUnaryOperator toEigenvalue;

    private final ARPACK arpack = ArpackImplementation.get();
    private long applications;
    /**
     * ARPACK runs on {@code scale · op}, a power of 2 chosen from the first product so that
     * {@code ||scale · op x|| / ||x||} is in [1, 2): its convergence floor {@code tol · max(eps^(2/3),
     * |theta|)} is absolute, and an operator of norm 1e-30 used to stop 5 % off. A power of 2 is exact,
     * so on an operator of norm about 1 the run does the same arithmetic as unscaled.
     */
    private double scale = 1;

    /**
     * @param start        the start vector (copied by ARPACK into its own residual array)
     * @param toEigenvalue maps an eigenvalue of {@code op} to the one reported (a shift, or identity)
     */
    ArpackRun(LinearOperator op, String which, int k, int ncv, double tol, int maxIterations, double[] start,
              Consumer<Eigsh.Progress> progress, DoubleUnaryOperator toEigenvalue) {
        this.op = op;
        this.which = which;
        this.n = op.rows();
        this.k = k;
        this.ncv = ncv;
        this.tol = tol;
        this.maxIterations = maxIterations;
        this.start = start;
        this.progress = progress;
        this.toEigenvalue = toEigenvalue;
    }

    /** Runs under the ARPACK lock; see the class comment. */
    EigenResult run() {
        if (LOCK.isHeldByCurrentThread()) {
            throw new IllegalStateException("Eigsh.solve() was called from inside the operator of another"
                    + " Eigsh.solve(): ARPACK keeps the state of a run in static variables, so runs cannot nest");
        }
        LOCK.lock();
        try {
            return runLocked();
        } finally {
            LOCK.unlock();
        }
    }

    private EigenResult runLocked() {
        int lworkl = ncv * (ncv + 8);
        double[] resid = start.clone();
        double[] v = new double[Math.multiplyExact(n, ncv)];
        double[] workd = new double[3 * n];
        double[] workl = new double[lworkl];
        int[] iparam = new int[11];
        int[] ipntr = new int[11];
        iparam[0] = 1;              // exact shifts
        iparam[2] = maxIterations;
        iparam[6] = 1;              // mode 1: A x = lambda x
        intW ido = new intW(0);
        intW info = new intW(1);    // 1: resid holds the start vector
        doubleW tolW = new doubleW(tol);

        iterate(ido, tolW, resid, v, iparam, ipntr, workd, workl, info);
        int iterations = iparam[2];
        if (info.val != 0 && info.val != 1) {
            throw ArpackErrors.failure("dsaupd", info.val);
        }
        EigenResult pairs = extract(tolW.val, resid, v, iparam, ipntr, workd, workl, iterations);
        if (info.val == 1 || pairs.k() < k) {
            throw new EigshNoConvergenceException(pairs, k, maxIterations);
        }
        return pairs;
    }

    private void iterate(intW ido, doubleW tolW, double[] resid, double[] v, int[] iparam, int[] ipntr,
                         double[] workd, double[] workl, intW info) {
        ArpackProbe probe = new ArpackProbe(arpack);
        double[] x = new double[n];
        double[] y = new double[n];
        while (true) {
            arpack.dsaupd(ido, "I", n, which, k, tolW, resid, ncv, v, n, iparam, ipntr, workd, workl,
                    workl.length, info);
            if (ido.val == IDO_DONE) {
                return;
            }
            if (ido.val != IDO_APPLY_FIRST && ido.val != IDO_APPLY) {
                throw new IllegalStateException("ARPACK dsaupd asked for ido = " + ido.val
                        + ", which mode 1 never uses");
            }
            System.arraycopy(workd, ipntr[0] - 1, x, 0, n);
            op.apply(x, y);
            applications++;
            // ARPACK would carry a NaN or infinity into its Lanczos basis and fail later with a code
            // about shifts (info = 3) that does not name the cause.
            int bad = RowBlocks.firstNonFinite(y);
            if (bad >= 0) {
                throw new IllegalStateException("op " + op + " returned " + y[bad] + " at row " + bad
                        + " (operator application #" + applications + "); check its input data and parameters");
            }
            if (applications == 1) {
                scale = powerOfTwoScale(x, y);
            }
            if (scale != 1) {
                scaleProduct(y);
            }
            System.arraycopy(y, 0, workd, ipntr[1] - 1, n);
            progress.accept(new Eigsh.Progress(probe.iteration(), applications, probe.converged()));
        }
    }

    /** 2^-e where ||y|| / ||x|| = m · 2^e with m in [1, 2); 1 where that ratio is 0 (x in op's null space). */
    private static double powerOfTwoScale(double[] x, double[] y) {
        int e = normRatioExponent(y, x);
        return e == Integer.MIN_VALUE ? 1 : Math.scalb(1.0, -Math.max(-1000, Math.min(1000, e)));
    }

    /** The binary exponent of ||y|| / ||x|| without over- or underflow; Integer.MIN_VALUE where y is 0. */
    private static int normRatioExponent(double[] y, double[] x) {
        int ey = Math.getExponent(maxAbs(y));
        int ex = Math.getExponent(maxAbs(x));
        if (ey == Double.MIN_EXPONENT - 1 || ex == Double.MIN_EXPONENT - 1) {
            return Integer.MIN_VALUE;   // 0 or subnormal at most: leave the operator as it is
        }
        return Math.getExponent(unitNorm(y, ey) / unitNorm(x, ex)) + ey - ex;
    }

    /** ||v · 2^-e||, whose entries are below 2 in magnitude: no overflow. */
    private static double unitNorm(double[] v, int e) {
        double sum = 0;
        for (double value : v) {
            double u = Math.scalb(value, -e);
            sum += u * u;
        }
        return Math.sqrt(sum);
    }

    private static double maxAbs(double[] v) {
        double max = 0;
        for (double value : v) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    private void scaleProduct(double[] y) {
        for (int i = 0; i < n; i++) {
            y[i] *= scale;
        }
        int bad = RowBlocks.firstNonFinite(y);
        if (bad >= 0) {
            throw new IllegalStateException("op " + op + " (operator application #" + applications
                    + ") overflowed at row " + bad + " once scaled by " + scale + ", the power of 2 that brought its first"
                    + " product to a norm in [1, 2): its products differ in size by more than the double range allows");
        }
    }

    /** {@code dseupd} for the converged pairs (all k, or fewer after info = 1), sorted ascending. */
    private EigenResult extract(double usedTol, double[] resid, double[] v, int[] iparam, int[] ipntr,
                                double[] workd, double[] workl, int iterations) {
        int nconv = Math.min(iparam[4], k);
        if (nconv == 0) {
            return new EigenResult(n, new double[0], new double[0], iterations, applications);
        }
        double[] d = new double[k];
        double[] z = new double[Math.multiplyExact(n, k)];
        intW info = new intW(0);
        arpack.dseupd(true, "A", new boolean[ncv], d, z, n, 0.0, "I", n, which, new intW(k), usedTol, resid,
                ncv, v, n, iparam, ipntr, workd, workl, workl.length, info);
        if (info.val != 0) {
            throw ArpackErrors.failure("dseupd", info.val);
        }
        nconv = Math.min(iparam[4], k);
        return sorted(d, z, nconv, iterations);
    }

    private EigenResult sorted(double[] d, double[] z, int nconv, int iterations) {
        double[] mapped = new double[nconv];
        for (int i = 0; i < nconv; i++) {
            mapped[i] = toEigenvalue.applyAsDouble(d[i] / scale);
        }
        int[] order = IntStream.range(0, nconv).boxed()
                .sorted(Comparator.comparingDouble(i -> mapped[i]))
                .mapToInt(Integer::intValue).toArray();
        double[] values = new double[nconv];
        double[] vectors = new double[n * nconv];
        for (int i = 0; i < nconv; i++) {
            values[i] = mapped[order[i]];
            System.arraycopy(z, order[i] * n, vectors, i * n, n);
        }
        return new EigenResult(n, values, vectors, iterations, applications);
    }
}
