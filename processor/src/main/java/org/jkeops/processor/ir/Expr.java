package org.jkeops.processor.ir;

/**
 * A formula: a tree of immutable records, each knowing its dimension. Records are built through
 * {@link Ops}, whose smart constructors check dimensions and simplify; the canonical constructors
 * only check invariants. Structural equality ({@code equals}) is what CSE relies on.
 */
public sealed interface Expr {
    /** The vector length of the value. */
    int dim();

    /** A method parameter: {@code param} is its position in the method signature. */
    record Var(int param, int dim, Category category, String name) implements Expr {
        public Var {
            positive(dim);
        }
    }

    /** A scalar constant; integers are exact (doubles hold them up to 2^53). */
    record Const(double value) implements Expr {
        public int dim() {
            return 1;
        }
    }

    /** The zero vector of a dimension >= 2 (the scalar zero is {@code Const(0)}). */
    record Zero(int dim) implements Expr {
        public Zero {
            if (dim < 2) {
                throw new IllegalArgumentException("Zero(" + dim + "): use Const(0)");
            }
        }
    }

    record Unary(UnaryOp op, Expr arg) implements Expr {
        public int dim() {
            return arg.dim();
        }
    }

    /** Element-wise; one operand may have dimension 1 and is broadcast. */
    record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
        public int dim() {
            return Math.max(left.dim(), right.dim());
        }
    }

    /** {@code IfElse(c, a, b)}: a where c >= 0, else b, element-wise with broadcasting. */
    record IfElse(Expr cond, Expr then, Expr otherwise) implements Expr {
        public int dim() {
            return Math.max(cond.dim(), Math.max(then.dim(), otherwise.dim()));
        }
    }

    /** {@code Clamp(f, a, b)}: min(max(f, a), b), element-wise with broadcasting. */
    record Clamp(Expr arg, Expr low, Expr high) implements Expr {
        public int dim() {
            return Math.max(arg.dim(), Math.max(low.dim(), high.dim()));
        }
    }

    /** {@code Pow(f, n)} for an integer n (negative allowed). */
    record Pow(Expr arg, int exponent) implements Expr {
        public int dim() {
            return arg.dim();
        }
    }

    /** {@code Round(f, d)}: rounded to d decimals, halves away from zero. */
    record Round(Expr arg, int digits) implements Expr {
        public int dim() {
            return arg.dim();
        }
    }

    /** {@code Sum/Max/Min/ArgMax/ArgMin(f)} over the components of f. */
    record ComponentReduce(ComponentOp op, Expr arg) implements Expr {
        public int dim() {
            return 1;
        }
    }

    /** {@code SumT(f, d)}: a scalar repeated d times. */
    record SumT(Expr arg, int dim) implements Expr {
        public SumT {
            positive(dim);
        }
    }

    /** {@code OneHot(f, d)}: 1 at the component round(f), 0 elsewhere. */
    record OneHot(Expr arg, int dim) implements Expr {
        public OneHot {
            positive(dim);
        }
    }

    /** {@code Extract(f, start, d)}: components [start, start + d). */
    record Extract(Expr arg, int start, int dim) implements Expr {
        public Extract {
            positive(dim);
        }
    }

    /** {@code ExtractT(f, start, d)}: f placed at [start, start + dim f) of a zero vector of dim d. */
    record ExtractT(Expr arg, int start, int dim) implements Expr {
        public ExtractT {
            positive(dim);
        }
    }

    record Concat(Expr left, Expr right) implements Expr {
        public int dim() {
            return left.dim() + right.dim();
        }
    }

    /** {@code MatVecMult(A, b)}: A is n x p row-major, b has dim p; the result has dim n. */
    record MatVecMult(Expr matrix, Expr vector) implements Expr {
        public int dim() {
            return matrix.dim() / vector.dim();
        }
    }

    /** {@code VecMatMult(b, A)}: b has dim n, A is n x p row-major; the result has dim p. */
    record VecMatMult(Expr vector, Expr matrix) implements Expr {
        public int dim() {
            return matrix.dim() / vector.dim();
        }
    }

    /** {@code TensorProd(f, g)}: the outer product, row-major (dim f x dim g). */
    record TensorProd(Expr left, Expr right) implements Expr {
        public int dim() {
            return left.dim() * right.dim();
        }
    }

    private static void positive(int dim) {
        if (dim < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, got " + dim);
        }
    }
}
