package org.jkeops.linalg;

/**
 * The conjugate-gradient state of one right-hand side, so that each column runs and stops on its
 * own: x starts at 0, and the column is done when {@code ||r|| <= tolerance * ||b||}. It also stops
 * when the iteration overflows (it diverges on a singular, inconsistent system), and then keeps the
 * iterate with the smallest residual seen, not the overflowed one.
 */
final class CgColumn {

    /** {@code out = (alpha I + K) in}. */
    @FunctionalInterface
    interface SystemMatrix {
        void apply(double[] in, double[] out);
    }

    private final int index;
    private final double[] x;
    private final double[] r;
    private final double[] p;
    private final double[] q;
    private final double[] z;
    private final double[] inverseDiagonal;
    private final double bNorm;
    private final double target;
    /**
     * The power of 2 that b is scaled by (x is scaled back by its inverse): CG is linear in b, and
     * a b near the ends of the double range would otherwise overflow or underflow ||b||^2 (b =
     * 1e160 gave ||b|| = Infinity, and x = 0 reported converged; b = 1e-170 gave ||b|| = 0).
     */
    private final double scale;
    private double rz;
    private double rNorm;
    private int iterations;
    private boolean converged;
    /** The iterate with the smallest residual so far, kept for when the iteration overflows. */
    private final double[] best;
    private double bestRNorm;
    private int bestIteration;
    /** The iteration at which x, r or p overflowed, 0 while none has. */
    private int overflowedAt;

    /** @param inverseDiagonal the Jacobi preconditioner's {@code 1 / diag(alpha I + K)}, or null */
    CgColumn(int index, double[] b, double tolerance, double[] inverseDiagonal) {
        int n = b.length;
        this.index = index;
        this.x = new double[n];
        double largest = 0;
        for (double v : b) {
            largest = Math.max(largest, Math.abs(v));
        }
        this.scale = largest > 0 ? Math.scalb(1.0, -Math.getExponent(largest)) : 1;
        this.r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = b[i] * scale;
        }
        this.p = new double[n];
        this.q = new double[n];
        this.z = inverseDiagonal == null ? r : new double[n];
        this.inverseDiagonal = inverseDiagonal;
        this.bNorm = Math.sqrt(dot(r, r));
        this.target = tolerance * bNorm;
        this.rNorm = bNorm;
        this.converged = rNorm <= target;
        this.best = new double[n];
        this.bestRNorm = rNorm;
        if (!converged) {
            precondition();
            System.arraycopy(z, 0, p, 0, n);
            rz = dot(r, z);
        }
    }

    /** Whether this column still needs iterations. */
    boolean active() {
        return !converged && overflowedAt == 0;
    }

    /** One CG iteration: one application of the system matrix. */
    void step(SystemMatrix a) {
        a.apply(p, q);
        double pq = dot(p, q);
        int shift = 0;      // pq is p.q times 2^shift
        if (!Double.isFinite(pq)) {
            for (int i = 0; i < q.length; i++) {
                if (!Double.isFinite(q[i])) {
                    throw new IllegalStateException("alpha I + K returned " + q[i] + " at row " + i
                            + " for right-hand side " + index + " at iteration " + (iterations + 1)
                            + "; check K's input data and parameters");
                }
            }
            // Every entry is finite, yet the sum overflowed (an operator of norm near 1e307). With p and q
            // scaled by powers of 2 to largest entries in [1, 2) it cannot, and the step is scaled back;
            // exact but for products below 2^-1022 (the step used to become rz / Infinity = 0, and p
            // then doubled every iteration until K p overflowed).
            int pShift = -Math.getExponent(largestAbs(p));
            int qShift = -Math.getExponent(largestAbs(q));
            pq = scaledDot(p, pShift, q, qShift);
            shift = pShift + qShift;
        }
        if (!(pq > 0)) {
            throw new IllegalArgumentException("alpha I + K is not positive definite along the search direction of"
                    + " right-hand side " + index + " at iteration " + (iterations + 1) + ": p.(alpha I + K)p = "
                    + Math.scalb(pq, -shift)
                    + " (K must be symmetric positive semidefinite; alpha > 0 makes a singular K definite)");
        }
        double step = Math.scalb(rz / pq, shift);
        boolean finite = true;
        for (int i = 0; i < x.length; i++) {
            x[i] += step * p[i];
            r[i] -= step * q[i];
            finite &= Double.isFinite(x[i]);
        }
        iterations++;
        rNorm = Math.sqrt(dot(r, r));
        if (rNorm <= target && finite) {
            converged = true;
            return;
        }
        if (!finite || !Double.isFinite(rNorm)) {
            overflowed();
            return;
        }
        if (rNorm < bestRNorm) {
            System.arraycopy(x, 0, best, 0, x.length);
            bestRNorm = rNorm;
            bestIteration = iterations;
        }
        precondition();
        double rzNew = dot(r, z);
        double beta = rzNew / rz;
        rz = rzNew;
        for (int i = 0; i < p.length; i++) {
            p[i] = z[i] + beta * p[i];
            finite &= Double.isFinite(p[i]);
        }
        if (!finite) {
            overflowed();
        }
    }

    /**
     * CG diverged: with alpha = 0, a singular K and b outside its range, the search directions'
     * curvature p.Kp goes to 0 while r cannot, and the steps grow until x, r or p overflow. The
     * column stops, and x falls back to the iterate with the smallest residual.
     */
    private void overflowed() {
        overflowedAt = iterations;
        System.arraycopy(best, 0, x, 0, x.length);
        rNorm = bestRNorm;
    }

    /** The solution for the unscaled b: the last iterate, or the one of {@link #bestIteration()} after an overflow. */
    double[] x() {
        double[] unscaled = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            unscaled[i] = x[i] / scale;
        }
        return unscaled;
    }

    int iterations() {
        return iterations;
    }

    boolean converged() {
        return converged;
    }

    /** The iteration at which x, r or p overflowed and the column stopped, 0 if it did not. */
    int overflowedAt() {
        return overflowedAt;
    }

    /** The iteration whose iterate {@link #x()} returns after an overflow (0: x = 0). */
    int bestIteration() {
        return bestIteration;
    }

    /** {@code ||r|| / ||b||} of the iterate {@link #x()} returns, 0 when b = 0. */
    double relativeResidual() {
        return bNorm == 0 ? 0 : rNorm / bNorm;
    }

    private void precondition() {
        if (inverseDiagonal != null) {
            for (int i = 0; i < z.length; i++) {
                z[i] = inverseDiagonal[i] * r[i];
            }
        }
    }

    private static double largestAbs(double[] a) {
        double largest = 0;
        for (double v : a) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
    }

    /** {@code (2^aShift a) . (2^bShift b)}. */
    private static double scaledDot(double[] a, int aShift, double[] b, int bShift) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Math.scalb(a[i], aShift) * Math.scalb(b[i], bShift);
        }
        return s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
