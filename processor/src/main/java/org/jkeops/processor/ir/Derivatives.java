package org.jkeops.processor.ir;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.IntStream;
import org.jkeops.processor.ir.Expr.Var;

/**
 * Symbolic automatic differentiation: the tier-2 forms {@code Grad}, {@code Diff},
 * {@code GradMatrix}, {@code Divergence} and {@code Laplacian} expanded into plain IR, so every
 * backend runs them with no other change. Reverse mode: each node passes the cotangent of its
 * value to its operands through its vector-Jacobian rule; the rules of the element-wise
 * operations live next to their meaning ({@link UnaryOp#vjp}, {@link BinaryOp#vjpLeft},
 * {@link BinaryOp#vjpRight}), those of the other records are in {@link #vjp}. Subtrees that do not
 * contain the variable are not visited, and every node is built through {@link Ops}, so the
 * result is already partly simplified; callers run {@code passes.Simplifier} on it.
 *
 * <p>Piecewise-constant operations (Step, Sign, Floor, Round, comparisons, ArgMin/ArgMax,
 * OneHot, the condition of IfElse) have derivative zero; Max/Min over components pass the
 * cotangent to the first component achieving the extremum (ties as ArgMax/ArgMin); Clamp passes it
 * to the operand where {@code low < f < high}, else to the bound that is selected.
 *
 * <p>A derivative repeats parts of its formula (the product rule), so nested derivatives grow
 * exponentially. The nodes are shared in memory, but the passes after this one walk trees: each
 * form refuses a formula, or a result, of more than {@link #MAX_TREE_SIZE} operations counted as a
 * tree ({@link ExpressionTooLargeException}, JK208), where six nested Laplacians of a Gaussian used
 * to run javac for minutes and out of memory. Sums and concatenations over the components are
 * balanced trees (GradMatrix, Divergence), so that D = 2,000 is not a chain 2,000 calls deep.
 */
public final class Derivatives {
    /** Operations, counted as a tree, in a formula to differentiate or in its derivative. */
    public static final long MAX_TREE_SIZE = 1_000_000;

    private Derivatives() {
    }

    /**
     * {@code Grad(f, v, e) = [df/dv]^T e}: dimension {@code v.dim()}; e has the dimension of f. The
     * result is Zero when f does not contain v.
     */
    public static Expr grad(Expr f, Var v, Expr e) {
        if (e.dim() != f.dim()) {
            throw new DimensionException("Grad needs an incoming gradient of the formula's dimension "
                    + f.dim() + ", got dimension " + e.dim());
        }
        return checked("Grad", back(checked("Grad", f), v, e));
    }

    /**
     * {@code Diff(f, v, u) = [df/dv] u} (Jacobian-vector product, dimension {@code f.dim()}); u has
     * the dimension of v. Computed as {@code Grad((Grad(f, v, w) | u), w, 1)} for a placeholder
     * variable w of f's dimension: {@code Grad(f, v, w)} is linear in w, so w disappears.
     */
    public static Expr diff(Expr f, Var v, Expr u) {
        if (u.dim() != v.dim()) {
            throw new DimensionException("Diff needs a direction of the variable's dimension "
                    + v.dim() + ", got dimension " + u.dim());
        }
        Var w = new Var(-1, f.dim(), Category.P, "$w");
        Expr vjp = checked("Diff", back(checked("Diff", f), v, w));
        Expr jvp = checked("Diff", back(Ops.scalarProduct(vjp, u), w, Ops.constant(1)));
        if (contains(jvp, w)) {
            throw new IllegalStateException("Diff: the placeholder survived in " + Printer.print(jvp));
        }
        return jvp;
    }

    /**
     * {@code GradMatrix(f, v)}: dimension {@code f.dim() * v.dim()}, row-major with one row per
     * component of f: entry {@code k * v.dim() + l} is {@code df_k / dv_l} (row k is the gradient of
     * f_k; as KeOps, the concatenation of {@code Grad(f, v, e_k)} over the unit vectors e_k).
     */
    public static Expr gradMatrix(Expr f, Var v) {
        checked("GradMatrix", f);
        return checked("GradMatrix", balanced(IntStream.range(0, f.dim()).mapToObj(k -> back(f, v, unit(k, f.dim()))).toList(),
                Ops::concat));
    }

    /** {@code Divergence(f, v) = sum_k df_k / dv_k}, a scalar; f and v have the same dimension. */
    public static Expr divergence(Expr f, Var v) {
        if (f.dim() != v.dim()) {
            throw new DimensionException("Divergence needs a formula of the variable's dimension "
                    + v.dim() + ", got dimension " + f.dim());
        }
        checked("Divergence", f);
        return checked("Divergence", balanced(IntStream.range(0, f.dim())
                .mapToObj(k -> Ops.elem(back(f, v, unit(k, f.dim())), k)).toList(), Ops::add));
    }

    /** {@code Laplacian(f, v) = sum_k d^2 f / dv_k^2} for a scalar f: {@code Divergence(Grad(f, v, 1), v)}. */
    public static Expr laplacian(Expr f, Var v) {
        if (f.dim() != 1) {
            throw new DimensionException("Laplacian needs a scalar formula, got dimension " + f.dim());
        }
        return divergence(checked("Laplacian", back(checked("Laplacian", f), v, Ops.constant(1))), v);
    }

    /** The parts combined pairwise, as a tree of depth log2(n) (in order: concatenation is not commutative). */
    private static Expr balanced(List<Expr> parts, BinaryOperator<Expr> combine) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int half = parts.size() / 2;
        return combine.apply(balanced(parts.subList(0, half), combine), balanced(parts.subList(half, parts.size()), combine));
    }

    /** f itself, unless it has more than {@link #MAX_TREE_SIZE} operations counted as a tree. */
    private static Expr checked(String form, Expr f) {
        long size = treeSize(f, new IdentityHashMap<>());
        if (size > MAX_TREE_SIZE) {
            throw new ExpressionTooLargeException(form + " expands to more than " + MAX_TREE_SIZE
                    + " operations (derivatives repeat their formula: nest fewer of them, or differentiate a smaller formula)");
        }
        return f;
    }

    /** Nodes of f counted as a tree, through shared nodes once each (capped just above the limit). */
    private static long treeSize(Expr f, Map<Expr, Long> memo) {
        Long known = memo.get(f);
        if (known != null) {
            return known;
        }
        long size = 1;
        for (Expr o : operands(f)) {
            size = Math.min(MAX_TREE_SIZE + 1, size + treeSize(o, memo));
        }
        memo.put(f, size);
        return size;
    }

    /** The unit vector e_k of dimension d (the scalar 1 when d = 1). */
    private static Expr unit(int k, int d) {
        return Ops.extractT(Ops.constant(1), k, d);
    }

    /** Whether f contains the variable v. */
    public static boolean contains(Expr f, Var v) {
        return f.equals(v) || Arrays.stream(operands(f)).anyMatch(o -> contains(o, v));
    }

    /** Accumulates {@code [df/dv]^T e} (dimension v) over the operands of f that contain v. */
    private static Expr back(Expr f, Var v, Expr e) {
        if (f instanceof Var x) {
            return x.equals(v) ? e : Ops.zero(v.dim());
        }
        Expr[] operands = operands(f);
        Expr total = null; // no contribution yet: a zero is absent from the sum, not an IEEE +0 added

        for (int k = 0; k < operands.length; k++) {
            Expr op = operands[k];
            if (!contains(op, v)) {
                continue;
            }
            Expr cot = vjp(f, k, e);
            if (Ops.isZero(cot)) {
                continue;
            }
            if (op.dim() == 1 && cot.dim() != 1) {
                cot = Ops.sum(cot); // the operand was broadcast
            }
            Expr term = back(op, v, cot);
            total = total == null || Ops.isZero(total) ? term : Ops.isZero(term) ? total : Ops.add(total, term);
        }
        return total == null ? Ops.zero(v.dim()) : total;
    }

    /** The formula operands of a record, in the order {@link #vjp} numbers them. */
    private static Expr[] operands(Expr f) {
        return switch (f) {
            case Expr.Var x -> new Expr[0];
            case Expr.Const c -> new Expr[0];
            case Expr.Zero z -> new Expr[0];
            case Expr.Unary u -> new Expr[] {u.arg()};
            case Expr.Binary b -> new Expr[] {b.left(), b.right()};
            case Expr.IfElse s -> new Expr[] {s.cond(), s.then(), s.otherwise()};
            case Expr.Clamp c -> new Expr[] {c.arg(), c.low(), c.high()};
            case Expr.Pow p -> new Expr[] {p.arg()};
            case Expr.Round r -> new Expr[] {r.arg()};
            case Expr.ComponentReduce r -> new Expr[] {r.arg()};
            case Expr.SumT s -> new Expr[] {s.arg()};
            case Expr.OneHot h -> new Expr[] {h.arg()};
            case Expr.Extract x -> new Expr[] {x.arg()};
            case Expr.ExtractT x -> new Expr[] {x.arg()};
            case Expr.Concat c -> new Expr[] {c.left(), c.right()};
            case Expr.MatVecMult m -> new Expr[] {m.matrix(), m.vector()};
            case Expr.VecMatMult m -> new Expr[] {m.vector(), m.matrix()};
            case Expr.TensorProd t -> new Expr[] {t.left(), t.right()};
        };
    }

    /**
     * The vector-Jacobian rule of every record: the cotangent of operand number {@code k} of f
     * (numbered as {@link #operands}) given the cotangent {@code e} of f. The result has the
     * operand's dimension, or f's dimension when the operand is a broadcast scalar (the caller
     * sums it).
     */
    public static Expr vjp(Expr f, int k, Expr e) {
        return switch (f) {
            case Expr.Var x -> e;
            case Expr.Const c -> throw new IllegalArgumentException("a constant has no operand");
            case Expr.Zero z -> throw new IllegalArgumentException("Zero has no operand");
            case Expr.Unary u -> u.op().vjp(u.arg(), e);
            case Expr.Binary b -> k == 0 ? b.op().vjpLeft(b.left(), b.right(), e)
                    : b.op().vjpRight(b.left(), b.right(), e);
            case Expr.IfElse s -> switch (k) {
                case 0 -> Ops.zero(s.dim());
                case 1 -> Ops.ifElse(s.cond(), e, Ops.zero(s.dim()));
                default -> Ops.ifElse(s.cond(), Ops.zero(s.dim()), e);
            };
            case Expr.Clamp c -> clamp(c, k, e);
            // n f^(n - 1)
            case Expr.Pow p -> Ops.mul(Ops.mul(Ops.constant(p.exponent()), Ops.pow(p.arg(), p.exponent() - 1)), e);
            case Expr.Round r -> Ops.zero(r.dim());
            case Expr.ComponentReduce r -> switch (r.op()) {
                case SUM -> Ops.sumT(e, r.arg().dim());
                case MAX -> Ops.mul(Ops.oneHot(Ops.componentReduce(ComponentOp.ARG_MAX, r.arg()), r.arg().dim()), e);
                case MIN -> Ops.mul(Ops.oneHot(Ops.componentReduce(ComponentOp.ARG_MIN, r.arg()), r.arg().dim()), e);
                case ARG_MAX, ARG_MIN -> Ops.zero(r.arg().dim());
            };
            case Expr.SumT s -> Ops.sum(e);
            case Expr.OneHot h -> Ops.constant(0);
            case Expr.Extract x -> Ops.extractT(e, x.start(), x.arg().dim());
            case Expr.ExtractT x -> Ops.extract(e, x.start(), x.arg().dim());
            case Expr.Concat c -> k == 0 ? Ops.extract(e, 0, c.left().dim())
                    : Ops.extract(e, c.left().dim(), c.right().dim());
            // r_i = sum_l A[i, l] b_l: dA = e (x) b, db = e^T A
            case Expr.MatVecMult m -> k == 0 ? Ops.tensorProd(e, m.vector()) : Ops.vecMatMult(e, m.matrix());
            // r_l = sum_i b_i A[i, l]: db = A e, dA = b (x) e
            case Expr.VecMatMult m -> k == 0 ? Ops.matVecMult(m.matrix(), e) : Ops.tensorProd(m.vector(), e);
            // r[i p + l] = a_i b_l: da = E b, db = a^T E (E: e as a dim a x dim b matrix)
            case Expr.TensorProd t -> k == 0 ? Ops.matVecMult(e, t.right()) : Ops.vecMatMult(t.left(), e);
        };
    }

    /**
     * {@code Clamp(f, lo, hi) = min(max(f, lo), hi)}: the cotangent goes to f where lo < f < hi, to lo
     * where f < lo < hi, to hi where the result is hi otherwise (f > hi, or lo >= hi).
     */
    private static Expr clamp(Expr.Clamp c, int k, Expr e) {
        Expr f = c.arg();
        Expr lo = c.low();
        Expr hi = c.high();
        return switch (k) {
            case 0 -> Ops.mul(Ops.mul(Ops.binary(BinaryOp.GT, f, lo), Ops.binary(BinaryOp.LT, f, hi)), e);
            case 1 -> Ops.mul(Ops.mul(Ops.binary(BinaryOp.LT, f, lo), Ops.binary(BinaryOp.LT, lo, hi)), e);
            default -> Ops.mul(Ops.sub(Ops.constant(1),
                    Ops.mul(Ops.binary(BinaryOp.LT, f, hi), Ops.binary(BinaryOp.LT, lo, hi))), e);
        };
    }
}
