package org.jkeops.linalg;

/** An operator whose float64 mat-vec is a user function (typically a generated kernel method). */
final class DoubleFunctionOperator extends LinearOperator {

    private final DoubleMatVec f;

    DoubleFunctionOperator(int rows, int cols, DoubleMatVec f) {
        super(rows, cols);
        this.f = f;
    }

    @Override
    protected void compute(double[] in, double[] out) {
        double[] result = f.apply(in);
        ReturnedLength.check(result == null ? -1 : result.length, rows(), this);
        System.arraycopy(result, 0, out, 0, out.length);
    }

    @Override
    protected String describe() {
        return "op";
    }
}
