package org.jkeops.linalg;

import java.util.Objects;

/** {@code factor · op}; nested scalings are merged and a factor of 1 disappears. */
final class ScaledOperator extends LinearOperator {

    private final double factor;
    private final LinearOperator op;

    private ScaledOperator(double factor, LinearOperator op) {
        super(op.rows(), op.cols());
        this.factor = factor;
        this.op = op;
    }

    static LinearOperator of(double factor, LinearOperator op) {
        Objects.requireNonNull(op, "op");
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException("factor = " + factor + " is not finite");
        }
        if (op instanceof ScaledOperator s) {
            double merged = factor * s.factor;
            if (!Double.isFinite(merged)) {
                // name the factor the caller passed, not only the product it was merged into
                throw new IllegalArgumentException("factor = " + factor + " times the factor " + s.factor + " of " + op
                        + " is " + merged + ": the merged factor is not finite");
            }
            return of(merged, s.op);
        }
        return factor == 1.0 ? op : new ScaledOperator(factor, op);
    }

    @Override
    protected void compute(double[] in, double[] out) {
        op.compute(in, out);
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
    }

    @Override
    protected void computeBlock(double[] in, double[] out, int k) {
        op.computeBlock(in, out, k);
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
    }

    @Override
    public boolean isSymmetric() {
        return op.isSymmetric();
    }

    @Override
    public LinearOperator transpose() {
        if (isSymmetric()) {
            return this;
        }
        return of(factor, op.transpose());
    }

    @Override
    boolean isTransposeOf(LinearOperator other) {
        return other instanceof ScaledOperator s && s.factor == factor && op.isTransposeOf(s.op);
    }

    @Override
    protected String describe() {
        return Describe.number(factor) + " * " + op.describe();
    }
}
