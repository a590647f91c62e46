package org.jkeops.processor.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.ComponentOp;
import org.jkeops.processor.ir.Derivatives;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.ir.Ops;
import org.jkeops.processor.ir.UnaryOp;
import org.jkeops.processor.passes.Simplifier;

/**
 * The KeOps function names the string front end accepts, with their signatures: how many formula
 * operands, then how many integer-literal arguments, and which smart constructor of {@link Ops}
 * builds them. The positional variable forms ({@code Var}, {@code Vi}, {@code Vj}, {@code Pm})
 * are handled by {@link Resolver} because they consult the scope.
 */
final class Functions {
    /** Builds the IR node from resolved operands and integer arguments. */
    interface Builder {
        Expr build(List<Expr> operands, int[] ints);
    }

    record Signature(String name, int operands, int ints, Builder builder) {
        String describe() {
            int total = operands + ints;
            return total + (total == 1 ? " argument" : " arguments")
                    + (ints == 0 ? "" : " (" + (operands == 0 ? "" : operands + " formula" + (operands == 1 ? "" : "s") + ", then ")
                    + ints + " integer" + (ints == 1 ? "" : "s") + ")");
        }
    }

    /** Names handled by {@link Resolver} itself. */
    static final Set<String> POSITIONAL = Set.of("Var", "Vi", "Vj", "Pm");

    private static final Map<String, Signature> TABLE = new LinkedHashMap<>();

    static {
        for (UnaryOp op : UnaryOp.values()) {
            def(op.keopsName(), 1, 0, (e, n) -> Ops.unary(op, e.get(0)));
        }
        for (BinaryOp op : List.of(BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV,
                BinaryOp.POWF, BinaryOp.ATAN2)) {
            def(op.keopsName(), 2, 0, (e, n) -> Ops.binary(op, e.get(0), e.get(1)));
        }
        for (ComponentOp op : ComponentOp.values()) {
            def(op.keopsName(), 1, 0, (e, n) -> Ops.componentReduce(op, e.get(0)));
        }
        def("IntCst", 0, 1, (e, n) -> Ops.constant(n[0]));
        def("IntInv", 0, 1, (e, n) -> Ops.constant(1.0 / n[0]));
        def("Zero", 0, 1, (e, n) -> Ops.zero(positive("Zero", n[0])));
        def("Pow", 1, 1, (e, n) -> Ops.pow(e.get(0), n[0]));
        def("Round", 1, 1, (e, n) -> Ops.round(e.get(0), n[0]));
        def("Mod", 3, 0, (e, n) -> Ops.mod(e.get(0), e.get(1), e.get(2)));
        def("Clamp", 3, 0, (e, n) -> Ops.clamp(e.get(0), e.get(1), e.get(2)));
        def("ClampInt", 1, 2, (e, n) -> Ops.clamp(e.get(0), Ops.constant(n[0]), Ops.constant(n[1])));
        def("IfElse", 3, 0, (e, n) -> Ops.ifElse(e.get(0), e.get(1), e.get(2)));
        def("SumT", 1, 1, (e, n) -> Ops.sumT(e.get(0), positive("SumT", n[0])));
        def("OneHot", 1, 1, (e, n) -> Ops.oneHot(e.get(0), positive("OneHot", n[0])));
        def("SqNorm2", 1, 0, (e, n) -> Ops.sqNorm2(e.get(0)));
        def("Norm2", 1, 0, (e, n) -> Ops.norm2(e.get(0)));
        def("Normalize", 1, 0, (e, n) -> Ops.normalize(e.get(0)));
        def("Scalprod", 2, 0, (e, n) -> Ops.scalarProduct(e.get(0), e.get(1)));
        def("SqDist", 2, 0, (e, n) -> Ops.sqDist(e.get(0), e.get(1)));
        def("WeightedSqNorm", 2, 0, (e, n) -> Ops.weightedSqNorm(e.get(0), e.get(1)));
        def("WeightedSqDist", 3, 0, (e, n) -> Ops.weightedSqDist(e.get(0), e.get(1), e.get(2)));
        def("Elem", 1, 1, (e, n) -> Ops.elem(e.get(0), n[0]));
        def("ElemT", 1, 2, (e, n) -> Ops.extractT(e.get(0), n[1], positive("ElemT", n[0])));
        def("Extract", 1, 2, (e, n) -> Ops.extract(e.get(0), n[0], positive("Extract", n[1])));
        def("ExtractT", 1, 2, (e, n) -> Ops.extractT(e.get(0), n[0], positive("ExtractT", n[1])));
        def("Concat", 2, 0, (e, n) -> Ops.concat(e.get(0), e.get(1)));
        def("MatVecMult", 2, 0, (e, n) -> Ops.matVecMult(e.get(0), e.get(1)));
        def("VecMatMult", 2, 0, (e, n) -> Ops.vecMatMult(e.get(0), e.get(1)));
        def("TensorProd", 2, 0, (e, n) -> Ops.tensorProd(e.get(0), e.get(1)));
        // autodiff (tier 2): the second operand must be a variable, checked by Resolver
        def("Grad", 3, 0, (e, n) -> Simplifier.simplify(Derivatives.grad(e.get(0), wrt(e), e.get(2))));
        def("Diff", 3, 0, (e, n) -> Simplifier.simplify(Derivatives.diff(e.get(0), wrt(e), e.get(2))));
        def("GradMatrix", 2, 0, (e, n) -> Simplifier.simplify(Derivatives.gradMatrix(e.get(0), wrt(e))));
        def("Divergence", 2, 0, (e, n) -> Simplifier.simplify(Derivatives.divergence(e.get(0), wrt(e))));
        def("Laplacian", 2, 0, (e, n) -> Simplifier.simplify(Derivatives.laplacian(e.get(0), wrt(e))));
    }

    /** The differentiation forms, whose second operand must be a variable (JK206 otherwise). */
    static final Set<String> WRT_VARIABLE = Set.of("Grad", "Diff", "GradMatrix", "Divergence", "Laplacian");

    private Functions() {
    }

    private static Expr.Var wrt(List<Expr> operands) {
        return (Expr.Var) operands.get(1);
    }

    private static void def(String name, int operands, int ints, Builder b) {
        if (TABLE.put(name, new Signature(name, operands, ints, b)) != null) {
            throw new IllegalStateException("duplicate function " + name);
        }
    }

    private static int positive(String fn, int d) {
        if (d < 1) {
            throw new org.jkeops.processor.ir.IndexRangeException(fn + " needs a dimension >= 1, got " + d);
        }
        return d;
    }

    /** Functions whose integer arguments are indices or sizes (bounded by Resolver.MAX_DIMENSION). */
    static final Set<String> SIZE_ARGUMENTS = Set.of("Zero", "SumT", "OneHot", "Elem", "ElemT", "Extract", "ExtractT",
            "Vi", "Vj", "Pm", "Var");

    static Signature lookup(String name) {
        return TABLE.get(name);
    }

    /** Every name that can be called, for "did you mean" suggestions. */
    static Set<String> names() {
        Set<String> all = new java.util.HashSet<>(TABLE.keySet());
        all.addAll(POSITIONAL);
        return all; // NearestName sorts its candidates itself
    }
}
