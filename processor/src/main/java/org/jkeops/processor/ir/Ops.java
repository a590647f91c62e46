package org.jkeops.processor.ir;

import org.jkeops.annotations.Formulas;
import org.jkeops.processor.ir.Expr.Binary;
import org.jkeops.processor.ir.Expr.Clamp;
import org.jkeops.processor.ir.Expr.ComponentReduce;
import org.jkeops.processor.ir.Expr.Concat;
import org.jkeops.processor.ir.Expr.Const;
import org.jkeops.processor.ir.Expr.Extract;
import org.jkeops.processor.ir.Expr.ExtractT;
import org.jkeops.processor.ir.Expr.IfElse;
import org.jkeops.processor.ir.Expr.MatVecMult;
import org.jkeops.processor.ir.Expr.OneHot;
import org.jkeops.processor.ir.Expr.Pow;
import org.jkeops.processor.ir.Expr.Round;
import org.jkeops.processor.ir.Expr.SumT;
import org.jkeops.processor.ir.Expr.TensorProd;
import org.jkeops.processor.ir.Expr.Unary;
import org.jkeops.processor.ir.Expr.VecMatMult;
import org.jkeops.processor.ir.Expr.Zero;

/**
 * Smart constructors: the only way the compiler builds formulas. Each checks its operands'
 * dimensions (throwing {@link DimensionException} or {@link IndexRangeException} with a readable
 * message) and applies local simplifications: constant folding, zero propagation (KeOps'
 * convention: {@code 0 * f = 0} whatever f is), neutral elements, double negation. Composite
 * operations of FORMULAS.md ({@code SqDist}, {@code Normalize}, {@code WeightedSqNorm}, ...) are
 * defined here in terms of the core records, so each has exactly one definition.
 */
public final class Ops {
    private Ops() {
    }

    // ---- leaves ------------------------------------------------------------------------------

    public static Expr constant(double value) {
        return new Const(value);
    }

    /** The zero vector; {@code Const(0)} for dimension 1. */
    public static Expr zero(int dim) {
        return dim == 1 ? new Const(0) : new Zero(dim);
    }

    /** A formula zero, +0 or -0: what the formula-zero rule of products and quotients absorbs. */
    public static boolean isZero(Expr e) {
        return e instanceof Zero || (e instanceof Const c && c.value() == 0)
                || (e instanceof SumT s && isZero(s.arg())); // -Zero(d): -0 repeated
    }

    /**
     * +0 exactly ({@code Zero(d)} is +0): what a rewrite may stand for where the sign of a zero
     * shows (IEEE: {@code -0 + 0 = +0}, {@code -(+0) = -0}).
     */
    public static boolean isPlusZero(Expr e) {
        return e instanceof Zero || (e instanceof Const c && Double.doubleToRawLongBits(c.value()) == 0L);
    }

    /** -0 exactly: the additive identity of IEEE arithmetic ({@code a + (-0) = a} for every a, -0 included). */
    private static boolean isMinusZero(Expr e) {
        return e instanceof Const c && Double.doubleToRawLongBits(c.value()) == Double.doubleToRawLongBits(-0.0);
    }

    private static boolean isConst(Expr e, double v) {
        return e instanceof Const c && c.value() == v;
    }

    /** e at dimension d: itself, or a scalar repeated. */
    public static Expr broadcast(Expr e, int d) {
        if (e.dim() == d) {
            return e;
        }
        if (e.dim() != 1) {
            throw new DimensionException("cannot broadcast a vector of dimension " + e.dim() + " to " + d);
        }
        return sumT(e, d);
    }

    private static int broadcastDim(String op, Expr... operands) {
        int d = 1;
        for (Expr e : operands) {
            if (e.dim() != 1) {
                if (d != 1 && d != e.dim()) {
                    StringBuilder dims = new StringBuilder();
                    for (Expr o : operands) {
                        dims.append(dims.length() == 0 ? "" : " and ").append(o.dim());
                    }
                    throw new DimensionException(op + " needs operands of equal dimension, or of "
                            + "dimension 1, but got dimensions " + dims);
                }
                d = e.dim();
            }
        }
        return d;
    }

    // ---- element-wise --------------------------------------------------------------------------

    public static Expr unary(UnaryOp op, Expr a) {
        if (a instanceof Const c) {
            return constant(op.apply(c.value()));
        }
        // only an operation mapping +0 to +0 (bits, not ==): -Zero(d) is -0 in every component
        if (a instanceof Zero z && Double.doubleToRawLongBits(op.apply(0.0)) == 0L) {
            return z;
        }
        if (a instanceof Zero z) {
            return sumT(constant(op.apply(0.0)), z.dim());
        }
        if (a instanceof SumT s) {
            return sumT(unary(op, s.arg()), s.dim());
        }
        if (a instanceof Unary u) {
            if (op == UnaryOp.NEG && u.op() == UnaryOp.NEG) {
                return u.arg();
            }
            if ((op == UnaryOp.SQUARE || op == UnaryOp.ABS) && u.op() == UnaryOp.NEG) {
                return unary(op, u.arg());
            }
        }
        return new Unary(op, a);
    }

    public static Expr neg(Expr a) {
        return unary(UnaryOp.NEG, a);
    }

    public static Expr binary(BinaryOp op, Expr a, Expr b) {
        int d = broadcastDim(op.keopsName(), a, b);
        if (a instanceof Const ca && b instanceof Const cb) {
            return constant(op.apply(ca.value(), cb.value()));
        }
        switch (op) {
            case ADD -> {
                // only -0 is exact for every operand: -0 + 0 is +0, so a + 0 is not a
                if (isMinusZero(a)) {
                    return broadcast(b, d);
                }
                if (isMinusZero(b)) {
                    return broadcast(a, d);
                }
                if (b instanceof Unary u && u.op() == UnaryOp.NEG) {
                    return binary(BinaryOp.SUB, a, u.arg());
                }
            }
            case SUB -> {
                // a - (+0) = a + (-0) = a and (-0) - b = -b for every operand; a - (-0) and 0 - b are not
                if (isPlusZero(b)) {
                    return broadcast(a, d);
                }
                if (isMinusZero(a)) {
                    return neg(broadcast(b, d));
                }
                if (b instanceof Unary u && u.op() == UnaryOp.NEG) {
                    return binary(BinaryOp.ADD, a, u.arg());
                }
            }
            case MUL -> {
                if (isZero(a) || isZero(b)) {
                    return zero(d);
                }
                if (isConst(a, 1)) {
                    return broadcast(b, d);
                }
                if (isConst(b, 1)) {
                    return broadcast(a, d);
                }
                if (isConst(a, -1)) {
                    return neg(broadcast(b, d));
                }
                if (isConst(b, -1)) {
                    return neg(broadcast(a, d));
                }
                if (a instanceof Unary ua && ua.op() == UnaryOp.NEG
                        && b instanceof Unary ub && ub.op() == UnaryOp.NEG) {
                    return binary(BinaryOp.MUL, ua.arg(), ub.arg());
                }
            }
            case DIV -> {
                if (isZero(a)) {
                    return zero(d);
                }
                if (isConst(b, 1)) {
                    return broadcast(a, d);
                }
            }
            case POWF, ATAN2, EQ, NE, LT, LE, GT, GE -> {
            }
        }
        if (a instanceof SumT sa && b instanceof SumT sb) {
            return sumT(binary(op, sa.arg(), sb.arg()), d);
        }
        // a repeated scalar against a vector of its dimension: broadcasting does the repeat
        if (a instanceof SumT sa && b.dim() == d) {
            return binary(op, sa.arg(), b);
        }
        if (b instanceof SumT sb && a.dim() == d) {
            return binary(op, a, sb.arg());
        }
        // zero outside the placed block stays zero (0 * f = 0): multiply the block only
        if (op == BinaryOp.MUL && a instanceof ExtractT xa) {
            return extractT(mul(xa.arg(), b.dim() == 1 ? b : extract(b, xa.start(), xa.arg().dim())), xa.start(), d);
        }
        if (op == BinaryOp.MUL && b instanceof ExtractT xb) {
            return extractT(mul(a.dim() == 1 ? a : extract(a, xb.start(), xb.arg().dim()), xb.arg()), xb.start(), d);
        }
        return new Binary(op, a, b);
    }

    public static Expr add(Expr a, Expr b) {
        return binary(BinaryOp.ADD, a, b);
    }

    public static Expr sub(Expr a, Expr b) {
        return binary(BinaryOp.SUB, a, b);
    }

    public static Expr mul(Expr a, Expr b) {
        return binary(BinaryOp.MUL, a, b);
    }

    public static Expr div(Expr a, Expr b) {
        return binary(BinaryOp.DIV, a, b);
    }

    public static Expr square(Expr a) {
        return unary(UnaryOp.SQUARE, a);
    }

    public static Expr pow(Expr a, int n) {
        return switch (n) {
            case 0 -> broadcast(constant(1), a.dim());
            case 1 -> a;
            case 2 -> square(a);
            case -1 -> unary(UnaryOp.INV, a);
            default -> a instanceof Const c ? constant(Formulas.pow(c.value(), n))
                    : isZero(a) && n > 0 ? a : new Pow(a, n);
        };
    }

    public static Expr round(Expr a, int digits) {
        if (a instanceof Const c) {
            return constant(Formulas.round(c.value(), digits));
        }
        return isZero(a) ? a : new Round(a, digits);
    }

    public static Expr ifElse(Expr cond, Expr then, Expr otherwise) {
        int d = broadcastDim("IfElse", cond, then, otherwise);
        if (cond instanceof Const c) {
            return broadcast(c.value() >= 0 ? then : otherwise, d);
        }
        if (then.equals(otherwise)) {
            return broadcast(then, d);
        }
        return new IfElse(cond, then, otherwise);
    }

    public static Expr clamp(Expr a, Expr low, Expr high) {
        broadcastDim("Clamp", a, low, high);
        if (a instanceof Const ca && low instanceof Const cl && high instanceof Const ch) {
            return constant(Formulas.clamp(ca.value(), cl.value(), ch.value()));
        }
        return new Clamp(a, low, high);
    }

    /** {@code Mod(x, n, d) = x - n * Floor((x - d) / n)}. */
    public static Expr mod(Expr x, Expr n, Expr d) {
        return sub(x, mul(n, unary(UnaryOp.FLOOR, div(sub(x, d), n))));
    }

    // ---- over the components of one vector -------------------------------------------------

    public static Expr componentReduce(ComponentOp op, Expr a) {
        if (a.dim() == 1) {
            return switch (op) {
                case SUM, MAX, MIN -> a;
                case ARG_MAX, ARG_MIN -> constant(0);
            };
        }
        if (a instanceof Zero) {
            return constant(0);
        }
        if (op == ComponentOp.SUM && a instanceof SumT s) {
            return mul(s.arg(), constant(s.dim()));
        }
        return new ComponentReduce(op, a);
    }

    public static Expr sum(Expr a) {
        return componentReduce(ComponentOp.SUM, a);
    }

    public static Expr sumT(Expr a, int d) {
        if (a.dim() != 1) {
            throw new DimensionException("SumT needs a scalar, got dimension " + a.dim());
        }
        if (d == 1) {
            return a;
        }
        if (isPlusZero(a)) {
            return zero(d);
        }
        return new SumT(a, d);
    }

    public static Expr oneHot(Expr a, int d) {
        if (a.dim() != 1) {
            throw new DimensionException("OneHot needs a scalar, got dimension " + a.dim());
        }
        return new OneHot(a, d);
    }

    public static Expr sqNorm2(Expr a) {
        return sum(square(a));
    }

    public static Expr norm2(Expr a) {
        return unary(UnaryOp.SQRT, sqNorm2(a));
    }

    public static Expr normalize(Expr a) {
        return mul(a, unary(UnaryOp.RSQRT, sqNorm2(a)));
    }

    public static Expr scalarProduct(Expr a, Expr b) {
        sameDim("scalar product (a | b)", a, b);
        return sum(mul(a, b));
    }

    public static Expr sqDist(Expr a, Expr b) {
        sameDim("SqDist", a, b);
        return sqNorm2(sub(a, b));
    }

    /** s of dim 1: isotropic; of dim f: diagonal; of dim f^2: a full (symmetric) matrix. */
    public static Expr weightedSqNorm(Expr s, Expr f) {
        int d = f.dim();
        if (s.dim() == 1) {
            return mul(s, sqNorm2(f));
        }
        if (s.dim() == d) {
            return sum(mul(s, square(f)));
        }
        if (s.dim() == d * d) {
            return sum(mul(f, matVecMult(s, f)));
        }
        throw new DimensionException("WeightedSqNorm needs a weight of dimension 1, " + d + " or "
                + d * d + " for a vector of dimension " + d + ", got " + s.dim());
    }

    public static Expr weightedSqDist(Expr s, Expr f, Expr g) {
        sameDim("WeightedSqDist", f, g);
        return weightedSqNorm(s, sub(f, g));
    }

    // ---- indexing ------------------------------------------------------------------------------

    public static Expr extract(Expr a, int start, int d) {
        if (start < 0 || d < 1 || start + d > a.dim()) {
            throw new IndexRangeException("components [" + start + ", " + (start + d)
                    + ") are outside a vector of dimension " + a.dim());
        }
        if (start == 0 && d == a.dim()) {
            return a;
        }
        if (a instanceof Zero) {
            return zero(d);
        }
        if (a instanceof SumT s) {
            return sumT(s.arg(), d);
        }
        if (a instanceof ExtractT x) {
            int s = x.start();
            int n = x.arg().dim();
            if (start >= s && start + d <= s + n) {
                return extract(x.arg(), start - s, d);
            }
            if (start + d <= s || start >= s + n) {
                return zero(d);
            }
        }
        if (a instanceof Concat c) {
            int l = c.left().dim();
            if (start + d <= l) {
                return extract(c.left(), start, d);
            }
            if (start >= l) {
                return extract(c.right(), start - l, d);
            }
        }
        return new Extract(a, start, d);
    }

    public static Expr elem(Expr a, int m) {
        return extract(a, m, 1);
    }

    public static Expr extractT(Expr a, int start, int d) {
        if (start < 0 || start + a.dim() > d) {
            throw new IndexRangeException("a vector of dimension " + a.dim() + " placed at " + start
                    + " does not fit in dimension " + d);
        }
        if (start == 0 && d == a.dim()) {
            return a;
        }
        if (isPlusZero(a)) {
            return zero(d);
        }
        return new ExtractT(a, start, d);
    }

    public static Expr concat(Expr a, Expr b) {
        exactDimension("Concat", (long) a.dim() + b.dim(), a, b);
        if (isPlusZero(a) && isPlusZero(b)) {
            return zero(a.dim() + b.dim());
        }
        return new Concat(a, b);
    }

    // ---- small linear algebra --------------------------------------------------------------

    public static Expr matVecMult(Expr matrix, Expr vector) {
        checkMatrix("MatVecMult", matrix, vector, matrix.dim() + " and " + vector.dim());
        return isZero(matrix) || isZero(vector) ? zero(matrix.dim() / vector.dim()) : new MatVecMult(matrix, vector);
    }

    public static Expr vecMatMult(Expr vector, Expr matrix) {
        checkMatrix("VecMatMult", matrix, vector, vector.dim() + " and " + matrix.dim());
        return isZero(matrix) || isZero(vector) ? zero(matrix.dim() / vector.dim()) : new VecMatMult(vector, matrix);
    }

    /** A matrix times a vector needs the matrix's dimension to be a multiple of the vector's. */
    private static void checkMatrix(String fn, Expr matrix, Expr vector, String dims) {
        if (matrix.dim() % vector.dim() != 0) {
            throw new DimensionException(fn + " needs a matrix whose dimension is a multiple of the vector's: got " + dims);
        }
    }

    public static Expr tensorProd(Expr a, Expr b) {
        exactDimension("TensorProd", (long) a.dim() * b.dim(), a, b);
        if (isZero(a) || isZero(b)) {
            return zero(a.dim() * b.dim());
        }
        if (a.dim() == 1 || b.dim() == 1) {
            return mul(a, b);
        }
        return new TensorProd(a, b);
    }

    /**
     * A dimension computed from two operands' must be an int: past it, {@code dim()} would wrap
     * around (TensorProd of two 65536-vectors has dimension 0) and slip past later size limits.
     */
    private static void exactDimension(String op, long dim, Expr a, Expr b) {
        if (dim > Integer.MAX_VALUE) {
            throw new IndexRangeException(op + " of dimensions " + a.dim() + " and " + b.dim() + " would have dimension "
                    + dim + ", beyond the int range");
        }
    }

    private static void sameDim(String op, Expr a, Expr b) {
        if (a.dim() != b.dim()) {
            throw new DimensionException(op + " needs operands of equal dimension, but got dimensions "
                    + a.dim() + " and " + b.dim());
        }
    }
}
