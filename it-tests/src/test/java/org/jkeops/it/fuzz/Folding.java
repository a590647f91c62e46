package org.jkeops.it.fuzz;

import org.jkeops.it.fuzz.Ops.Kind;

/**
 * What the processor's smart constructors ({@code processor/.../ir/Ops}) make of a formula before
 * any kernel runs, where it changes special values: KeOps' zero propagation. A product with a
 * zero operand and a quotient with a zero numerator are zero whatever the other operand is (NaN
 * and infinities included), and so is everything those zeros propagate through, after constants
 * are folded in float64 (docs/FORMULAS.md, "Special values"). The reference evaluates a formula
 * the processor reduces to zero as exact zeros, as every kernel computes it.
 */
final class Folding {
    private Folding() {
    }

    /** Whether the processor simplifies {@code n} to zero (Const(0) or Zero(d)). */
    static boolean zero(Node n) {
        if (n.dim == 1) {
            Double c = constant(n);
            return c != null && c == 0;
        }
        if (!(n instanceof Node.Op o)) {
            return false;
        }
        return switch (o.kind) {
            case CONCAT, ADD, SUB -> zero(o.args.get(0)) && zero(o.args.get(1));
            case MUL -> zero(o.args.get(0)) || zero(o.args.get(1));
            case DIV -> zero(o.args.get(0));
            case ROUND -> zero(o.args.get(0));
            case POW -> o.n > 0 && zero(o.args.get(0));
            case IFELSE -> {
                Double cond = o.args.get(0).dim == 1 ? constant(o.args.get(0)) : null;
                yield cond != null && zero(cond >= 0 ? o.args.get(1) : o.args.get(2));
            }
            case CLAMP -> false;
            default -> o.kind.arity == 1 && zero(o.args.get(0)) && Ops.apply(o.kind, o.n, 0, 0, 0) == 0;
        };
    }

    /**
     * The value of {@code n} (dimension 1) if the processor folds it to a constant, else null:
     * operations of constants folded in float64 (a binary operation of two constants before the
     * zero rules, as the smart constructors do), zeros propagated.
     */
    static Double constant(Node n) {
        if (n instanceof Node.Literal l) {
            return l.value();
        }
        if (!(n instanceof Node.Op o) || o.dim != 1) {
            return null;
        }
        Node a = o.args.get(0);
        return switch (o.kind) {
            case ADD, SUB, MUL, DIV, POWF, ATAN2 -> {
                Double x = constant(a);
                Double y = constant(o.args.get(1));
                if (x != null && y != null) {
                    yield Ops.apply(o.kind, 0, x, y, 0);
                }
                yield switch (o.kind) {
                    case ADD -> isZero(x) ? y : isZero(y) ? x : null;
                    case SUB -> isZero(y) ? x : isZero(x) && y != null ? -y : null;
                    case MUL -> isZero(x) || isZero(y) ? Double.valueOf(0) : null;
                    case DIV -> isZero(x) ? Double.valueOf(0) : null;
                    default -> null;
                };
            }
            case IFELSE -> {
                Double cond = constant(a);
                if (cond != null) {
                    yield constant(cond >= 0 ? o.args.get(1) : o.args.get(2));
                }
                // equal branches are the formula: constants equal as records compare doubles
                Double then = constant(o.args.get(1));
                yield then != null && then.equals(constant(o.args.get(2))) ? then : null;
            }
            case CLAMP -> {
                Double x = constant(a);
                Double lo = constant(o.args.get(1));
                Double hi = constant(o.args.get(2));
                yield x != null && lo != null && hi != null ? Ops.apply(o.kind, 0, x, lo, hi) : null;
            }
            case POW -> {
                if (o.n == 0) {
                    yield 1.0; // Pow(f, 0) is the constant 1, whatever f
                }
                Double x = constant(a);
                yield x == null ? null : Ops.apply(o.kind, o.n, x, 0, 0);
            }
            // the reductions over the components of a vector: of a zero vector, zero
            case SUM, MAX, MIN, SQNORM2, NORM2 -> zero(a) ? Double.valueOf(0) : null;
            case DOT -> zero(a) || zero(o.args.get(1)) ? Double.valueOf(0) : null;
            case SQDIST -> zero(a) && zero(o.args.get(1)) ? Double.valueOf(0) : null;
            case ELEM -> {
                if (a instanceof Node.Op c && c.kind == Kind.CONCAT) {
                    yield constant(c.args.get(o.n)); // Elem of a Concat is that side's component
                }
                yield zero(a) ? Double.valueOf(0) : null;
            }
            default -> {
                Double x = constant(a);
                yield x == null ? null : Ops.apply(o.kind, o.n, x, 0, 0);
            }
        };
    }

    private static boolean isZero(Double v) {
        return v != null && v == 0;
    }
}
