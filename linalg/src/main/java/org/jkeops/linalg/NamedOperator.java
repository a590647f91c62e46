package org.jkeops.linalg;

import java.util.Objects;

/** An operator with a name for {@link LinearOperator#toString()}; everything else is delegated. */
final class NamedOperator extends LinearOperator {

    private final LinearOperator op;
    private final String name;

    private NamedOperator(LinearOperator op, String name) {
        super(op.rows(), op.cols());
        this.op = op;
        this.name = name;
    }

    static LinearOperator of(LinearOperator op, String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        return new NamedOperator(op instanceof NamedOperator n ? n.op : op, name);
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
        return op.isSymmetric();
    }

    @Override
    public LinearOperator transpose() {
        return isSymmetric() ? this : of(op.transpose(), name + "^T");
    }

    @Override
    boolean isTransposeOf(LinearOperator other) {
        LinearOperator unwrapped = other instanceof NamedOperator n ? n.op : other;
        return op.isTransposeOf(unwrapped);
    }

    @Override
    protected String describe() {
        return name;
    }
}
