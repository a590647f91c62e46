package org.jkeops.linalg;

/** The n × n identity; products drop it. */
final class IdentityOperator extends LinearOperator {

    IdentityOperator(int n) {
        super(n, n);
    }

    @Override
    protected void compute(double[] in, double[] out) {
        System.arraycopy(in, 0, out, 0, in.length);
    }

    @Override
    protected void compute(float[] in, float[] out) {
        System.arraycopy(in, 0, out, 0, in.length);
    }

    @Override
    protected void computeBlock(double[] in, double[] out, int k) {
        System.arraycopy(in, 0, out, 0, in.length);
    }

    @Override
    void accumulateBlock(double[] in, double[] out, int k, double sign) {
        RowBlocks.addScaled(out, in, sign, rows(), k);
    }

    @Override
    protected void computeBlock(float[] in, float[] out, int k) {
        System.arraycopy(in, 0, out, 0, in.length);
    }

    @Override
    public boolean isSymmetric() {
        return true;
    }

    @Override
    boolean isTransposeOf(LinearOperator other) {
        return other instanceof IdentityOperator o && o.rows() == rows();
    }

    @Override
    protected String describe() {
        return "I";
    }
}
