package org.jkeops.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code F_0 · F_1 · ... · F_{m-1}}, flattened, applied right to left. Identities are dropped when
 * the product is built.
 */
final class ProductOperator extends LinearOperator {

    private final List<LinearOperator> factors;

    private ProductOperator(List<LinearOperator> factors) {
        super(factors.getFirst().rows(), factors.getLast().cols());
        this.factors = List.copyOf(factors);
    }

    static LinearOperator of(LinearOperator left, LinearOperator right) {
        Objects.requireNonNull(right, "other");
        if (left.cols() != right.rows()) {
            throw new IllegalArgumentException("other has " + right.rows() + " rows, expected cols = " + left.cols()
                    + " of " + left + " to compose " + left.shape() + " with " + right.shape());
        }
        if (left instanceof IdentityOperator) {
            return right;
        }
        if (right instanceof IdentityOperator) {
            return left;
        }
        List<LinearOperator> all = new ArrayList<>(factorsOf(left));
        all.addAll(factorsOf(right));
        return new ProductOperator(all);
    }

    private static List<LinearOperator> factorsOf(LinearOperator op) {
        return op instanceof ProductOperator p ? p.factors : List.of(op);
    }

    @Override
    protected void compute(double[] in, double[] out) {
        double[] current = in;
        for (int i = factors.size() - 1; i >= 0; i--) {
            LinearOperator f = factors.get(i);
            double[] next = i == 0 ? out : new double[f.rows()];
            f.compute(current, next);
            current = next;
        }
    }

    @Override
    protected void computeBlock(double[] in, double[] out, int k) {
        if (!ScaledFloatBlock.apply(factors, in, out, k, false, 1.0)) {
            chain(in, out, k);
        }
    }

    @Override
    void accumulateBlock(double[] in, double[] out, int k, double sign) {
        if (!ScaledFloatBlock.apply(factors, in, out, k, true, sign)) {
            super.accumulateBlock(in, out, k, sign);
        }
    }

    /** The factors applied right to left, through temporary blocks. */
    private void chain(double[] in, double[] out, int k) {
        double[] current = in;
        for (int i = factors.size() - 1; i >= 0; i--) {
            LinearOperator f = factors.get(i);
            double[] next = i == 0 ? out : new double[f.rows() * k];
            f.computeBlock(current, next, k);
            current = next;
        }
    }

    /** Symmetric when it reads the same backwards with transposes: {@code D·K·D}, {@code Aᵀ·K·A}. */
    @Override
    public boolean isSymmetric() {
        int m = factors.size();
        for (int i = 0; i < m / 2; i++) {
            if (!factors.get(i).isTransposeOf(factors.get(m - 1 - i))) {
                return false;
            }
        }
        return m % 2 == 0 || factors.get(m / 2).isSymmetric();
    }

    @Override
    public LinearOperator transpose() {
        if (isSymmetric()) {
            return this;
        }
        List<LinearOperator> reversed = new ArrayList<>();
        for (int i = factors.size() - 1; i >= 0; i--) {
            reversed.add(factors.get(i).transpose());
        }
        return new ProductOperator(reversed);
    }

    @Override
    protected String describe() {
        StringBuilder sb = new StringBuilder();
        for (LinearOperator f : factors) {
            if (!sb.isEmpty()) {
                sb.append(" * ");
            }
            sb.append(f.describe());
        }
        return sb.toString();
    }
}
