package org.jkeops.linalg;

/**
 * An operator whose float32 mat-vec is a user function (typically a generated float32 kernel
 * method): the float path calls it on the caller's arrays, the double path converts.
 */
final class FloatFunctionOperator extends LinearOperator {

    private final FloatMatVec f;

    FloatFunctionOperator(int rows, int cols, FloatMatVec f) {
        super(rows, cols);
        this.f = f;
    }

    @Override
    protected void compute(float[] in, float[] out) {
        float[] result = f.apply(in);
        ReturnedLength.check(result == null ? -1 : result.length, rows(), this);
        System.arraycopy(result, 0, out, 0, out.length);
    }

    @Override
    protected void compute(double[] in, double[] out) {
        float[] result = f.apply(Conversions.toFloat(in));
        ReturnedLength.check(result == null ? -1 : result.length, rows(), this);
        Conversions.copyToDouble(result, out);
    }

    /** k float32 single passes, with no conversion. */
    @Override
    protected void computeBlock(float[] in, float[] out, int k) {
        BlockColumns.byColumns(this, in, out, k);
    }

    @Override
    protected String describe() {
        return "op";
    }
}
