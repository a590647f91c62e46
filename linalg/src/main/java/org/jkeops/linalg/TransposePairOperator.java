package org.jkeops.linalg;

/** An operator together with its transpose ({@link LinearOperator#withTranspose}). */
final class TransposePairOperator extends LinearOperator {

    private final LinearOperator op;
    private final LinearOperator transpose;

    TransposePairOperator(LinearOperator op, LinearOperator transpose) {
        super(op.rows(), op.cols());
        this.op = op;
        this.transpose = transpose;
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
    public LinearOperator transpose() {
        return new TransposePairOperator(transpose, op);
    }

    @Override
    boolean isTransposeOf(LinearOperator other) {
        return other instanceof TransposePairOperator p && p.op == transpose && p.transpose == op;
    }

    @Override
    protected String describe() {
        return op.describe();
    }
}
