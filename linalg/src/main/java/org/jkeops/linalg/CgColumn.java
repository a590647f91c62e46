package org.jkeops.linalg;

/**
 * The conjugate-gradient state of one right-hand side, so that each column runs and stops on its
 * own: x starts at 0, and the column is done when {@code ||r|| <= tolerance * ||b||}.
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
    private boolean stopped;

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
        if (!converged) {
            precondition();
            System.arraycopy(z, 0, p, 0, n);
            rz = dot(r, z);
        }
    }

    /** Whether this column still needs iterations. */
    boolean active() {
        return !converged && !stopped;
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
        for (int i = 0; i < x.length; i++) {
            x[i] += step * p[i];
            r[i] -= step * q[i];
        }
        iterations++;
        rNorm = Math.sqrt(dot(r, r));
        if (rNorm <= target) {
            converged = true;
            return;
        }
        if (!Double.isFinite(rNorm)) {
            stopped = true;
            return;
        }
        precondition();
        double rzNew = dot(r, z);
        double beta = rzNew / rz;
        rz = rzNew;
        for (int i = 0; i < p.length; i++) {
            p[i] = z[i] + beta * p[i];
        }
    }

    /** The solution for the unscaled b. */
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

    /** {@code ||r|| / ||b||}, 0 when b = 0. */
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
