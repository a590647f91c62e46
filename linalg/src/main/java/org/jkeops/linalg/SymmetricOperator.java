package org.jkeops.linalg;

/** An operator the caller declared symmetric ({@link LinearOperator#symmetric}). */
final class SymmetricOperator extends LinearOperator {

    private final LinearOperator op;

    SymmetricOperator(LinearOperator op) {
        super(op.rows(), op.cols());
        this.op = op;
    }

    @Override
    protected void compute(double[] in, double[] out) {
        op.compute(in, out);
    }

    @Override
    protected void compute(float[] in, float[] out) {
        op.compute(in, out);
    }

    @Override
    protected void computeBlock(double[] in, double[] out, int k) {
        op.computeBlock(in, out, k);
    }

    @Override
    protected void computeBlock(float[] in, float[] out, int k) {
        op.computeBlock(in, out, k);
    }

    @Override
    void accumulateBlock(double[] in, double[] out, int k, double sign) {
        op.accumulateBlock(in, out, k, sign);
    }

    @Override
    LinearOperator unwrapped() {
        return op.unwrapped();
    }

    @Override
    public boolean isSymmetric() {
        return true;
    }

    @Override
    protected String describe() {
        return op.describe();
    }
}
