package org.jkeops.linalg;

import java.util.Arrays;

/** {@code diag(d)}: symmetric, its own transpose. */
final class DiagonalOperator extends LinearOperator {

    private final double[] d;

    /** @param d owned by this operator (the factory copies the caller's array) */
    DiagonalOperator(double[] d) {
        super(d.length, d.length);
        this.d = d;
    }

    @Override
    protected void compute(double[] in, double[] out) {
        for (int i = 0; i < d.length; i++) {
            out[i] = d[i] * in[i];
        }
    }

    /** Row i of the block scaled by d_i. */
    @Override
    protected void computeBlock(double[] in, double[] out, int k) {
        RowBlocks.forRows(d.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                double di = d[i];
                for (int c = i * k; c < (i + 1) * k; c++) {
                    out[c] = di * in[c];
                }
            }
        });
    }

    @Override
    void accumulateBlock(double[] in, double[] out, int k, double sign) {
        RowBlocks.forRows(d.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                double di = d[i];
                for (int c = i * k; c < (i + 1) * k; c++) {
                    out[c] += sign * (di * in[c]);
                }
            }
        });
    }

    /** The diagonal itself (not a copy: read only). */
    double[] values() {
        return d;
    }

    @Override
    public boolean isSymmetric() {
        return true;
    }

    /** Two diagonals with equal entries are the same operator, so {@code D·K·D'} is symmetric when D = D'. */
    @Override
    boolean isTransposeOf(LinearOperator other) {
        return other instanceof DiagonalOperator o && Arrays.equals(d, o.d);
    }

    @Override
    protected String describe() {
        return "diag[" + d.length + "]";
    }
}
