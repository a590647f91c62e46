package org.jkeops.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code ± t_0 ± t_1 ± ...}: sums and differences are flattened into one list of signed terms, so
 * that {@code A - B + C} applies three operators into one accumulator and prints as {@code (A - B + C)}.
 */
final class SumOperator extends LinearOperator {

    /** One signed term of the sum. */
    private record Term(LinearOperator op, boolean negative) {

        Term negate() {
            return new Term(op, !negative);
        }
    }

    private final List<Term> terms;

    private SumOperator(int rows, int cols, List<Term> terms) {
        super(rows, cols);
        this.terms = List.copyOf(terms);
    }

    static LinearOperator of(LinearOperator left, LinearOperator right, boolean subtract) {
        Objects.requireNonNull(right, "other");
        if (left.rows() != right.rows() || left.cols() != right.cols()) {
            throw new IllegalArgumentException("other has shape " + right.shape() + ", expected " + left.shape()
                    + " (the shape of " + left + ") to " + (subtract ? "subtract" : "add") + " it");
        }
        List<Term> all = new ArrayList<>(termsOf(left));
        for (Term t : termsOf(right)) {
            all.add(subtract ? t.negate() : t);
        }
        return new SumOperator(left.rows(), left.cols(), all);
    }

    private static List<Term> termsOf(LinearOperator op) {
        return op instanceof SumOperator s ? s.terms : List.of(new Term(op, false));
    }

    @Override
    protected void compute(double[] in, double[] out) {
        double[] tmp = new double[rows()];
        boolean first = true;
        for (Term t : terms) {
            t.op().compute(in, first ? out : tmp);
            if (first) {
                if (t.negative()) {
                    RowBlocks.negate(out, rows(), 1);
                }
                first = false;
            } else {
                RowBlocks.addScaled(out, tmp, t.negative() ? -1.0 : 1.0, rows(), 1);
            }
        }
    }

    /** The first term into out, each further one added in place by its operator (no temporary block). */
    @Override
    protected void computeBlock(double[] in, double[] out, int k) {
        boolean first = true;
        for (Term t : terms) {
            if (first) {
                t.op().computeBlock(in, out, k);
                if (t.negative()) {
                    RowBlocks.negate(out, rows(), k);
                }
                first = false;
            } else {
                t.op().accumulateBlock(in, out, k, t.negative() ? -1.0 : 1.0);
            }
        }
    }

    @Override
    public boolean isSymmetric() {
        return terms.stream().allMatch(t -> t.op().isSymmetric());
    }

    @Override
    public LinearOperator transpose() {
        if (isSymmetric()) {
            return this;
        }
        List<Term> transposed = new ArrayList<>();
        for (Term t : terms) {
            transposed.add(new Term(t.op().transpose(), t.negative()));
        }
        return new SumOperator(cols(), rows(), transposed);
    }

    /** The first term is never negated: {@link #of} only negates the right operand's terms. */
    @Override
    protected String describe() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (i > 0) {
                sb.append(t.negative() ? " - " : " + ");
            }
            sb.append(t.op().describe());
        }
        return sb.append(')').toString();
    }
}
