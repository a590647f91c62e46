package org.jkeops.processor.passes;

import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.ir.Ops;

/**
 * Rebuilds a formula bottom-up through the smart constructors of {@link Ops}, so that rules
 * enabled by a rewrite deeper in the tree (after autodiff, or after constants met) apply
 * everywhere. Runs to a fixed point: a tree is returned when one more rebuild leaves it equal.
 */
public final class Simplifier {
    private Simplifier() {
    }

    public static Expr simplify(Expr e) {
        Expr current = e;
        for (int round = 0; round < 16; round++) {
            Expr next = rebuild(current);
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return current;
    }

    private static Expr rebuild(Expr e) {
        return switch (e) {
            case Expr.Var v -> v;
            case Expr.Const c -> c;
            case Expr.Zero z -> z;
            case Expr.Unary u -> Ops.unary(u.op(), rebuild(u.arg()));
            case Expr.Binary b -> Ops.binary(b.op(), rebuild(b.left()), rebuild(b.right()));
            case Expr.IfElse s -> Ops.ifElse(rebuild(s.cond()), rebuild(s.then()), rebuild(s.otherwise()));
            case Expr.Clamp c -> Ops.clamp(rebuild(c.arg()), rebuild(c.low()), rebuild(c.high()));
            case Expr.Pow p -> Ops.pow(rebuild(p.arg()), p.exponent());
            case Expr.Round r -> Ops.round(rebuild(r.arg()), r.digits());
            case Expr.ComponentReduce r -> Ops.componentReduce(r.op(), rebuild(r.arg()));
            case Expr.SumT s -> Ops.sumT(rebuild(s.arg()), s.dim());
            case Expr.OneHot h -> Ops.oneHot(rebuild(h.arg()), h.dim());
            case Expr.Extract x -> Ops.extract(rebuild(x.arg()), x.start(), x.dim());
            case Expr.ExtractT x -> Ops.extractT(rebuild(x.arg()), x.start(), x.dim());
            case Expr.Concat c -> Ops.concat(rebuild(c.left()), rebuild(c.right()));
            case Expr.MatVecMult m -> Ops.matVecMult(rebuild(m.matrix()), rebuild(m.vector()));
            case Expr.VecMatMult m -> Ops.vecMatMult(rebuild(m.vector()), rebuild(m.matrix()));
            case Expr.TensorProd t -> Ops.tensorProd(rebuild(t.left()), rebuild(t.right()));
        };
    }
}
