package org.jkeops.processor.model;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.Derivatives;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.ir.Expr.Var;
import org.jkeops.processor.ir.Ops;
import org.jkeops.processor.ir.UnaryOp;
import org.jkeops.processor.passes.Simplifier;

/**
 * How a {@code @Gradient} kernel differentiates its target's reduction, one kind per form: the
 * parameters that follow the target's (saved results of the forward pass, then the incoming
 * gradient e), and the formula of the generated kernel, built on the resolved IR of the target's
 * formula F and weight G. The kernel is always a SUM, reduced over the axis
 * {@link GradientTarget#reducedOver()} gives. README, "Gradients in formulas", derives each formula.
 */
sealed interface GradientForm {
    /** A part of the target that a gradient's trailing parameters or formula depend on. */
    enum Part {
        FORMULA, WEIGHT
    }

    /**
     * The dimensions of the target's formula F and weight G, null while unknown (not resolved,
     * or not resolvable with the gradient method's parameters).
     */
    record Dims(Integer formula, Integer weight) {
        /** F's dimension, or the name messages give it while unknown. */
        String f() {
            return formula == null ? "dimF" : formula.toString();
        }

        /** G's dimension, or the name messages give it while unknown. */
        String g() {
            return weight == null ? "dimG" : weight.toString();
        }

        /** The dimension of K values per component of F. */
        String timesF(int k) {
            return formula != null ? String.valueOf(k * formula) : k > 1 ? k + " x dimF" : "dimF";
        }

        /** A scalar per output row. */
        static String one(Dims dims) {
            return "1";
        }
    }

    /**
     * One parameter after the target's.
     *
     * @param role    what it is, in messages
     * @param name    its name in the expected signature
     * @param width   its dimension, from what is known of F and G
     * @param indices whether it holds arg indices ({@code int[]}) rather than values
     */
    record Trailing(String role, String name, Function<Dims, String> width, boolean indices) {
        /** The saved result of the forward pass. */
        static Trailing result(Function<Dims, String> width) {
            return new Trailing("the saved forward result", "s", width, false);
        }

        /** The gradient of the loss with respect to the forward result. */
        static Trailing gradient(Function<Dims, String> width) {
            return new Trailing("the incoming gradient", "e", width, false);
        }

        /**
         * The annotation and type, e.g. {@code @Vi(2) float[]}, with unknown dimensions by name ("dimF").
         *
         * @param row    the annotation of a value per output row of the target: {@code @Vi} or {@code @Vj}
         * @param scalar {@code float} or {@code double}
         */
        String shape(String row, String scalar, Dims dims) {
            return row + "(" + width.apply(dims) + ") " + (indices ? "int" : scalar) + "[]";
        }
    }

    /**
     * What a gradient's formula is built from.
     *
     * @param f        the target's formula F, resolved with the gradient method's parameters
     * @param g        the target's weight G, or null
     * @param wrt      the variable differentiated
     * @param trailing the variables of the parameters after the target's, in {@link Contract#trailing()} order
     * @param index    the reduced index as a variable ({@link ArgIndices}), else null
     */
    record Inputs(Expr f, Expr g, Var wrt, List<Var> trailing, Var index) {
        Var last(int fromEnd) {
            return trailing.get(trailing.size() - 1 - fromEnd);
        }
    }

    /**
     * What a gradient's declaration must be and what its formula needs.
     *
     * @param followedBy    the parameters after the target's, for JK154: "followed by ..."
     * @param trailing      those parameters, in order
     * @param shapedBy      the parts whose dimensions the trailing parameters' widths use
     * @param readFirst     the parts resolved before the declaration is checked: when one cannot be
     *                      read with the method's parameters, JK154 leaves its dimensions symbolic
     * @param uses          the parts the formula uses
     * @param scalarFormula whether F must be a scalar (the target's reduction needs it: JK144 there)
     * @param shapeNote     where a trailing dimension comes from, appended to JK154's "expected ...":
     *                      a format of the target's name, empty when obvious
     */
    record Contract(String followedBy, List<Trailing> trailing, Set<Part> shapedBy, Set<Part> readFirst,
            Set<Part> uses, boolean scalarFormula, String shapeNote) {
        static final String RESULT_AND_GRADIENT = "the saved forward result s and the incoming gradient e";
        static final String DIM_F = " (the dimension of %s's formula)";
        static final String K_DIM_F = " (K x the dimension of %s's formula)";
    }

    Contract contract();

    /** The formula of the gradient kernel. */
    Expr formula(Inputs in);

    /**
     * The formula in KeOps notation over F and G, with the parameters' names: what the gradient
     * computes, for IR dumps and generated javadoc (never parsed).
     */
    String notation(String wrt, List<String> names);

    /**
     * {@code Grad(f, v, e)}, simplified as soon as it is built, as the {@code Grad} form of a
     * formula is: the operations around it then see the same operands as when a user writes it.
     */
    private static Expr grad(Expr f, Var v, Expr e) {
        return Simplifier.simplify(Derivatives.grad(f, v, e));
    }

    private static Expr exp(Expr a) {
        return Ops.unary(UnaryOp.EXP, a);
    }

    /** out_i = sum_j F: Grad(F, v, e), e of F's dimension. */
    record Sum() implements GradientForm {
        /** The count and the target's parameters are checked first, e's dimension once F is read. */
        private static final Contract CONTRACT = new Contract("the incoming gradient",
                List.of(Trailing.gradient(Dims::f)),
                Set.of(Part.FORMULA), Set.of(), Set.of(Part.FORMULA), false, Contract.DIM_F);

        @Override
        public Contract contract() {
            return CONTRACT;
        }

        @Override
        public Expr formula(Inputs in) {
            return grad(in.f(), in.wrt(), in.last(0));
        }

        @Override
        public String notation(String wrt, List<String> names) {
            return "Grad(F, " + wrt + ", " + names.get(0) + ")";
        }
    }

    /**
     * out_i = log sum_j exp(F_ij), F scalar: d out_i / dv = sum_j exp(F_ij - out_i) dF_ij/dv, so
     * with the saved result s and the incoming gradient e: Grad(F, v, e) * Exp(F - s).
     */
    record LogSumExp() implements GradientForm {
        private static final Contract CONTRACT = new Contract(Contract.RESULT_AND_GRADIENT,
                List.of(Trailing.result(Dims::one), Trailing.gradient(Dims::one)),
                Set.of(), Set.of(), Set.of(Part.FORMULA), true, "");

        @Override
        public Contract contract() {
            return CONTRACT;
        }

        @Override
        public Expr formula(Inputs in) {
            Var s = in.last(1);
            Var e = in.last(0);
            return Ops.mul(grad(in.f(), in.wrt(), e), exp(Ops.sub(in.f(), s)));
        }

        @Override
        public String notation(String wrt, List<String> names) {
            return "Grad(F, " + wrt + ", " + names.get(1) + ") * Exp(F - " + names.get(0) + ")";
        }
    }

    /**
     * out_ic = log sum_j exp(F_ij) G_ijc: d out_c / dv = sum_j exp(F - out_c) (G_c dF/dv + dG_c/dv),
     * so with w = e * Exp(F - s) (per component c): Grad(F, v, w | G) + Grad(G, v, w); s and e have
     * G's dimension.
     */
    record WeightedLogSumExp() implements GradientForm {
        private static final Contract CONTRACT = new Contract(Contract.RESULT_AND_GRADIENT,
                List.of(Trailing.result(Dims::g), Trailing.gradient(Dims::g)),
                Set.of(Part.WEIGHT), Set.of(Part.WEIGHT), Set.of(Part.FORMULA, Part.WEIGHT), true, "");

        @Override
        public Contract contract() {
            return CONTRACT;
        }

        @Override
        public Expr formula(Inputs in) {
            Var s = in.last(1);
            Var e = in.last(0);
            Expr w = Ops.mul(e, exp(Ops.sub(in.f(), s)));
            return Ops.add(grad(in.f(), in.wrt(), Ops.scalarProduct(w, in.g())), grad(in.g(), in.wrt(), w));
        }

        @Override
        public String notation(String wrt, List<String> names) {
            String w = "(" + names.get(1) + " * Exp(F - " + names.get(0) + "))";
            return "Grad(F, " + wrt + ", (" + w + " | G)) + Grad(G, " + wrt + ", " + w + ")";
        }
    }

    /**
     * out_i = sum_j p_ij G_ij with p_ij = exp(F_ij - lse_i), the softmax over j:
     * d out_c = sum_j p_ij (dG_c + (G_c - out_c) dF), so with the incoming gradient e the kernel
     * is Exp(F - lse) * (Grad(G, v, e) + Grad(F, v, e | (G - s))). The normalizer lse is not in
     * SUM_SOFTMAX_WEIGHT's output, hence a parameter.
     */
    record SoftmaxWeight() implements GradientForm {
        private static final Contract CONTRACT = new Contract("the saved log-normalizer lse (log sum_j exp F, a "
                + "LOG_SUM_EXP of the same formula), the saved forward result s and the incoming gradient e",
                List.of(new Trailing("the saved log-normalizer", "lse", Dims::one, false), Trailing.result(Dims::g),
                        Trailing.gradient(Dims::g)),
                Set.of(Part.WEIGHT), Set.of(Part.FORMULA, Part.WEIGHT), Set.of(Part.FORMULA, Part.WEIGHT), true, "");

        @Override
        public Contract contract() {
            return CONTRACT;
        }

        @Override
        public Expr formula(Inputs in) {
            Var lse = in.last(2);
            Var s = in.last(1);
            Var e = in.last(0);
            return Ops.mul(exp(Ops.sub(in.f(), lse)), Ops.add(grad(in.g(), in.wrt(), e),
                    grad(in.f(), in.wrt(), Ops.scalarProduct(e, Ops.sub(in.g(), s)))));
        }

        @Override
        public String notation(String wrt, List<String> names) {
            String e = names.get(2);
            return "Exp(F - " + names.get(0) + ") * (Grad(G, " + wrt + ", " + e + ") + Grad(F, " + wrt + ", (" + e
                    + " | (G - " + names.get(1) + "))))";
        }
    }

    /**
     * MIN, MAX, K_MIN (alone or with their indices), differentiated through the saved arg indices:
     * out_ic = F_c at the pair (i, idx_ic), so with the incoming gradient e the kernel is the SUM
     * over j of the terms Grad(F_c, v, e_c) where j = idx_c, one nonzero term per row and
     * component. K_MIN has K terms per component, its indices and outputs laid out
     * {@code [l * dimF + c]}. The reduced index j is a variable the facade makes; an index -1 (no
     * j for that row) matches no j, so it contributes nothing.
     *
     * @param k 1 for MIN and MAX, K for K_MIN
     */
    record ArgIndices(int k) implements GradientForm {
        @Override
        public Contract contract() {
            Function<Dims, String> width = dims -> dims.timesF(k);
            return new Contract("the saved arg indices of the forward result (int[]) and the incoming gradient e",
                    List.of(new Trailing("the saved arg indices", "idx", width, true), Trailing.gradient(width)),
                    Set.of(Part.FORMULA), Set.of(Part.FORMULA), Set.of(Part.FORMULA), false,
                    k > 1 ? Contract.K_DIM_F : Contract.DIM_F);
        }

        @Override
        public Expr formula(Inputs in) {
            Var idx = in.last(1);
            Var e = in.last(0);
            int dim = in.f().dim();
            Expr sum = null;
            for (int l = 0; l < k; l++) {
                for (int c = 0; c < dim; c++) {
                    int t = l * dim + c;
                    // Selected, not multiplied by the 0/1 indicator: a pair that is not the arg may
                    // have an infinite or NaN derivative, and 0 * inf would poison the sum.
                    Expr match = Ops.sub(Ops.binary(BinaryOp.EQ, in.index(), Ops.elem(idx, t)), Ops.constant(0.5));
                    Expr term = Ops.ifElse(match, grad(Ops.elem(in.f(), c), in.wrt(), Ops.elem(e, t)), Ops.constant(0));
                    sum = sum == null ? term : Ops.add(sum, term);
                }
            }
            return sum;
        }

        @Override
        public String notation(String wrt, List<String> names) {
            String over = k > 1 ? "c < dimF, l < " + k + ", t = l * dimF + c" : "c < dimF, t = c";
            return "Sum over " + over + " of IfElse((j == " + names.get(0) + "_t) - 0.5, Grad(F_c, " + wrt + ", "
                    + names.get(1) + "_t), 0)";
        }
    }
}
