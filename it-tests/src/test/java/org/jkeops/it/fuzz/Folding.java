package org.jkeops.it.fuzz;

import java.util.List;
import org.jkeops.it.fuzz.Ops.Kind;

/**
 * What the processor's smart constructors ({@code processor/.../ir/Ops}) make of a formula before
 * any kernel runs, where it changes special values: KeOps' zero propagation. A product with a
 * zero operand and a quotient with a zero numerator are zero whatever the other operand is (NaN
 * and infinities included), and so is everything those zeros propagate to, after constants are
 * folded in float64 (docs/FORMULAS.md, "Special values"). The rules are the smart constructors',
 * in their order, on the constant forms they produce: a scalar {@code Const}, a {@code Zero}
 * vector, a repeated scalar ({@code SumT} of a constant) and a {@code Concat}; anything else is
 * {@link Other}. The reference evaluates a formula whose form is zero as exact zeros (the sign of
 * a scalar zero kept), as every kernel computes it.
 */
final class Folding {
    private Folding() {
    }

    /** A subformula's simplified form, as far as constants go. */
    sealed interface Form permits Scalar, Zeros, Repeated, Pair, Other {
    }

    /** {@code Const(c)}, dimension 1. */
    record Scalar(double c) implements Form {
    }

    /** {@code Zero(d)}, d > 1. */
    record Zeros(int dim) implements Form {
    }

    /** {@code SumT(Const(c), d)}: c repeated, c not zero, d > 1. */
    record Repeated(double c, int dim) implements Form {
    }

    /** {@code Concat(left, right)}, not both zero. */
    record Pair(Form left, int leftDim, Form right, int rightDim) implements Form {
    }

    /** Anything else: not a constant. */
    enum Other implements Form {
        OTHER
    }

    /** The processor's form of {@code n}. */
    static Form form(Node n) {
        if (n instanceof Node.Literal l) {
            return new Scalar(l.value());
        }
        if (!(n instanceof Node.Op o)) {
            return Other.OTHER;
        }
        List<Node> a = o.args;
        return switch (o.kind) {
            case ADD, SUB, MUL, DIV, POWF, ATAN2 ->
                binary(o.kind, form(a.get(0)), a.get(0).dim, form(a.get(1)), a.get(1).dim, o.dim);
            case POW -> pow(form(a.get(0)), o.n, o.dim);
            case ROUND -> {
                Form f = form(a.get(0));
                yield f instanceof Scalar s ? new Scalar(Ops.apply(Kind.ROUND, o.n, s.c(), 0, 0)) : isZero(f) ? f : Other.OTHER;
            }
            case IFELSE -> {
                Form c = form(a.get(0));
                Form t = form(a.get(1));
                Form e = form(a.get(2));
                if (c instanceof Scalar s) {
                    yield s.c() >= 0 ? broadcast(t, a.get(1).dim, o.dim) : broadcast(e, a.get(2).dim, o.dim);
                }
                yield t != Other.OTHER && t.equals(e) ? broadcast(t, a.get(1).dim, o.dim) : Other.OTHER;
            }
            case CLAMP -> form(a.get(0)) instanceof Scalar x && form(a.get(1)) instanceof Scalar lo
                    && form(a.get(2)) instanceof Scalar hi ? new Scalar(Ops.apply(Kind.CLAMP, 0, x.c(), lo.c(), hi.c()))
                    : Other.OTHER;
            case SUM -> sum(form(a.get(0)), a.get(0).dim);
            case MAX, MIN -> {
                Form f = form(a.get(0));
                yield a.get(0).dim == 1 ? f : f instanceof Zeros ? new Scalar(0) : Other.OTHER;
            }
            case SQNORM2 -> sum(unary(Kind.SQUARE, 0, form(a.get(0))), a.get(0).dim);
            case NORM2 -> unary(Kind.SQRT, 0, sum(unary(Kind.SQUARE, 0, form(a.get(0))), a.get(0).dim));
            case DOT -> sum(binary(Kind.MUL, form(a.get(0)), a.get(0).dim, form(a.get(1)), a.get(1).dim, a.get(0).dim),
                    a.get(0).dim);
            case SQDIST -> sum(unary(Kind.SQUARE, 0, binary(Kind.SUB, form(a.get(0)), a.get(0).dim, form(a.get(1)),
                    a.get(1).dim, a.get(0).dim)), a.get(0).dim);
            case ELEM -> elem(form(a.get(0)), a.get(0).dim, o.n);
            case CONCAT -> {
                Form l = form(a.get(0));
                Form r = form(a.get(1));
                yield isPlusZero(l) && isPlusZero(r) ? zero(o.dim) : new Pair(l, a.get(0).dim, r, a.get(1).dim);
            }
            default -> unary(o.kind, o.n, form(a.get(0)));
        };
    }

    /**
     * Whether a form is a formula zero, as {@code Ops.isZero}: {@code Const(±0)}, {@code Zero(d)}
     * or -0 repeated ({@code -Zero(d)}).
     */
    static boolean isZero(Form f) {
        return f instanceof Zeros || f instanceof Scalar s && s.c() == 0 || f instanceof Repeated r && r.c() == 0;
    }

    /** +0 exactly, as {@code Ops.isPlusZero}: where a rewrite stands for a zero whose sign shows. */
    static boolean isPlusZero(Form f) {
        return f instanceof Zeros || f instanceof Scalar s && Double.doubleToRawLongBits(s.c()) == 0L;
    }

    /** -0 exactly: IEEE's additive identity. */
    private static boolean isMinusZero(Form f) {
        return f instanceof Scalar s && Double.doubleToRawLongBits(s.c()) == Double.doubleToRawLongBits(-0.0);
    }

    private static Form zero(int dim) {
        return dim == 1 ? new Scalar(0) : new Zeros(dim);
    }

    private static boolean isConst(Form f, double v) {
        return f instanceof Scalar s && s.c() == v;
    }

    private static Form sumT(Form f, int dim) {
        if (dim == 1) {
            return f;
        }
        if (isPlusZero(f)) {
            return zero(dim);
        }
        return f instanceof Scalar s ? new Repeated(s.c(), dim) : Other.OTHER;
    }

    private static Form broadcast(Form f, int fDim, int dim) {
        return fDim == dim ? f : sumT(f, dim);
    }

    private static Form unary(Kind k, int n, Form f) {
        if (f instanceof Scalar s) {
            return new Scalar(Ops.apply(k, n, s.c(), 0, 0));
        }
        if (f instanceof Zeros z) {
            // only an operation mapping +0 to +0 (bits) keeps Zero(d); -Zero(d) is -0 repeated
            double v = Ops.apply(k, n, 0, 0, 0);
            return Double.doubleToRawLongBits(v) == 0L ? f : sumT(new Scalar(v), z.dim());
        }
        if (f instanceof Repeated r) {
            return sumT(new Scalar(Ops.apply(k, n, r.c(), 0, 0)), r.dim());
        }
        return Other.OTHER;
    }

    private static Form pow(Form f, int n, int dim) {
        return switch (n) {
            case 0 -> broadcast(new Scalar(1), 1, dim);
            case 1 -> f;
            case 2 -> unary(Kind.SQUARE, 0, f);
            case -1 -> unary(Kind.INV, 0, f);
            default -> f instanceof Scalar s ? new Scalar(Ops.apply(Kind.POW, n, s.c(), 0, 0))
                    : isZero(f) && n > 0 ? f : Other.OTHER;
        };
    }

    /** Ops.binary: constants folded, then the zero and unit rules, then repeated scalars unwrapped. */
    private static Form binary(Kind k, Form a, int aDim, Form b, int bDim, int dim) {
        if (a instanceof Scalar x && b instanceof Scalar y) {
            return new Scalar(Ops.apply(k, 0, x.c(), y.c(), 0));
        }
        switch (k) {
            case ADD -> { // only -0 is exact for every operand: -0 + 0 is +0
                if (isMinusZero(a)) {
                    return broadcast(b, bDim, dim);
                }
                if (isMinusZero(b)) {
                    return broadcast(a, aDim, dim);
                }
            }
            case SUB -> { // a - (+0) = a and (-0) - b = -b for every operand
                if (isPlusZero(b)) {
                    return broadcast(a, aDim, dim);
                }
                if (isMinusZero(a)) {
                    return unary(Kind.NEG, 0, broadcast(b, bDim, dim));
                }
            }
            case MUL -> {
                if (isZero(a) || isZero(b)) {
                    return zero(dim);
                }
                if (isConst(a, 1)) {
                    return broadcast(b, bDim, dim);
                }
                if (isConst(b, 1)) {
                    return broadcast(a, aDim, dim);
                }
                if (isConst(a, -1)) {
                    return unary(Kind.NEG, 0, broadcast(b, bDim, dim));
                }
                if (isConst(b, -1)) {
                    return unary(Kind.NEG, 0, broadcast(a, aDim, dim));
                }
            }
            case DIV -> {
                if (isZero(a)) {
                    return zero(dim);
                }
                if (isConst(b, 1)) {
                    return broadcast(a, aDim, dim);
                }
            }
            default -> {
            }
        }
        if (a instanceof Repeated x && b instanceof Repeated y) {
            return sumT(binary(k, new Scalar(x.c()), 1, new Scalar(y.c()), 1, 1), dim);
        }
        if (a instanceof Repeated x && bDim == dim) {
            return binary(k, new Scalar(x.c()), 1, b, bDim, dim);
        }
        if (b instanceof Repeated y && aDim == dim) {
            return binary(k, a, aDim, new Scalar(y.c()), 1, dim);
        }
        return Other.OTHER;
    }

    /** Ops.componentReduce(SUM, f) of a formula of dimension {@code dim}. */
    private static Form sum(Form f, int dim) {
        if (dim == 1) {
            return f;
        }
        if (f instanceof Zeros) {
            return new Scalar(0);
        }
        return f instanceof Repeated r ? binary(Kind.MUL, new Scalar(r.c()), 1, new Scalar(dim), 1, 1) : Other.OTHER;
    }

    /** Ops.extract(f, k, 1) of a formula of dimension {@code dim}. */
    private static Form elem(Form f, int dim, int k) {
        if (dim == 1) {
            return f;
        }
        if (f instanceof Zeros) {
            return new Scalar(0);
        }
        if (f instanceof Repeated r) {
            return new Scalar(r.c());
        }
        if (f instanceof Pair p) {
            return k < p.leftDim() ? elem(p.left(), p.leftDim(), k) : elem(p.right(), p.rightDim(), k - p.leftDim());
        }
        return Other.OTHER;
    }
}
