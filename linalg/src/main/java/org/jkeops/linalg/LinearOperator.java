package org.jkeops.linalg;

import java.util.Objects;

/**
 * A matrix known only through its products with vectors: {@code out = A · in}.
 *
 * <p>Kernel matrices are never stored (they are M × N and M, N reach millions), so solvers see them
 * the way scipy's {@code LinearOperator} does: a shape and a mat-vec. A generated kernel method
 * becomes an operator in one line,
 * <pre>{@code
 * LinearOperator k = LinearOperator.ofFloat(n, n, b -> gauss.conv(x, x, b, g)).named("K");
 * LinearOperator lNorm = LinearOperator.identity(n).minus(d.times(LinearOperator.symmetric(k)).times(d));
 * }</pre>
 * and the algebra ({@link #plus}, {@link #minus}, {@link #times}, {@link #scale}) builds new
 * operators lazily: nothing is applied until {@link #apply(double[], double[])} is called.
 *
 * <p>Operators are immutable; {@link #apply} allocates its own temporaries, so an operator may be
 * applied from several threads at once when its underlying function allows it.
 *
 * <p>Two precisions: the {@code double[]} path is what the solvers use; the {@code float[]} path lets
 * a float32 kernel run on its own arrays with no conversion. Each path converts to the other by
 * default, and only operators built on a function of that precision skip the conversion.
 *
 * <p>Blocks of k vectors (row-major n × k) go through {@link #applyBlock(double[], double[], int)}
 * and the whole algebra; an operator built on a block kernel
 * ({@link #ofFloat(int, int, FloatMatVec, int, FloatBlockMatVec)}) computes a block in one pass,
 * any other one column by column.
 *
 * <p>To write an operator by hand, extend this class and implement
 * {@link #compute(double[], double[])}; the public {@code apply} methods check the lengths first.
 */
public abstract class LinearOperator {

    private final int rows;
    private final int cols;

    /**
     * @param rows the length of the outputs, {@code >= 0}
     * @param cols the length of the inputs, {@code >= 0}
     */
    protected LinearOperator(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("shape " + rows + " x " + cols + " has a negative size");
        }
        this.rows = rows;
        this.cols = cols;
    }

    // ---------------------------------------------------------------- factories

    /**
     * An operator whose mat-vec is {@code f}, a float64 function returning a new array of length
     * {@code rows}. Its transpose is unknown unless it is wrapped by {@link #symmetric} or
     * {@link #withTranspose}.
     */
    public static LinearOperator of(int rows, int cols, DoubleMatVec f) {
        return new DoubleFunctionOperator(rows, cols, Objects.requireNonNull(f, "f"));
    }

    /**
     * An operator whose mat-vec is {@code f}, a float32 function such as a generated kernel method:
     * {@code LinearOperator.ofFloat(n, n, v -> gauss.conv(x, x, v, g))}. The {@code float[]} path
     * calls it directly; the {@code double[]} path converts in and out.
     */
    public static LinearOperator ofFloat(int rows, int cols, FloatMatVec f) {
        return new FloatFunctionOperator(rows, cols, Objects.requireNonNull(f, "f"));
    }

    /**
     * An operator with a float32 single-vector product and a float32 block product of width
     * {@code width}: typically two generated kernel methods that differ only in the {@code @Vj}
     * width of the weight,
     * <pre>{@code
     * LinearOperator k = LinearOperator.ofFloat(n, n, v -> g.conv(x, x, v, s), 10, b -> g.conv10(x, x, b, s));
     * }</pre>
     * {@link #applyBlock(float[], float[], int) applyBlock} with k columns then makes {@code k / width}
     * block passes; the remaining {@code k mod width} columns run as one zero-padded block pass
     * when there are at least 2 of them, else as a single pass. A kernel's width is fixed when it
     * is compiled, so declare the block kernel at the width the solver uses (the block size of
     * {@link Lobpcg}).
     */
    public static LinearOperator ofFloat(int rows, int cols, FloatMatVec single, int width, FloatBlockMatVec block) {
        return BlockFunctionOperator.floatKernels(rows, cols, Objects.requireNonNull(single, "single"), width,
                Objects.requireNonNull(block, "block"));
    }

    /** The float64 counterpart of {@link #ofFloat(int, int, FloatMatVec, int, FloatBlockMatVec)}. */
    public static LinearOperator of(int rows, int cols, DoubleMatVec single, int width, DoubleBlockMatVec block) {
        return BlockFunctionOperator.doubleKernels(rows, cols, Objects.requireNonNull(single, "single"), width,
                Objects.requireNonNull(block, "block"));
    }

    /** The diagonal matrix {@code diag(d)}; {@code d} is copied. */
    public static LinearOperator diag(double[] d) {
        Objects.requireNonNull(d, "d");
        return new DiagonalOperator(d.clone());
    }

    /** The n × n identity. */
    public static LinearOperator identity(int n) {
        return new IdentityOperator(n);
    }

    /**
     * Declares {@code op} symmetric, so that {@link #transpose()} is {@code op} itself and sums and
     * palindromic products such as {@code D · K · D} are known to be symmetric too. Nothing is
     * checked beyond the shape: the caller vouches for the symmetry (a kernel {@code k(x_i, x_j)}
     * with {@code k(x, y) = k(y, x)} on one point set is).
     */
    public static LinearOperator symmetric(LinearOperator op) {
        Objects.requireNonNull(op, "op");
        if (op.isSymmetric()) {
            return op;
        }
        if (op.rows != op.cols) {
            throw new IllegalArgumentException("op is " + op.shape() + "; only a square operator can be symmetric");
        }
        return new SymmetricOperator(op);
    }

    /**
     * Pairs {@code op} with its transpose, e.g. a kernel {@code K(x, y)} with {@code K(y, x)}, so
     * that {@link #transpose()} works on it and on expressions built from it.
     */
    public static LinearOperator withTranspose(LinearOperator op, LinearOperator transpose) {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(transpose, "transpose");
        if (transpose.rows != op.cols || transpose.cols != op.rows) {
            throw new IllegalArgumentException("transpose is " + transpose.shape() + ", expected "
                    + op.cols + " x " + op.rows + " (op is " + op.shape() + ")");
        }
        return new TransposePairOperator(op, transpose);
    }

    // ---------------------------------------------------------------- shape and application

    /** The length of the outputs. */
    public final int rows() {
        return rows;
    }

    /** The length of the inputs. */
    public final int cols() {
        return cols;
    }

    /** Computes {@code out = A · in}; {@code in} has length {@link #cols()}, {@code out} {@link #rows()}. */
    public final void apply(double[] in, double[] out) {
        checkApply(in, in == null ? -1 : in.length, out, out == null ? -1 : out.length);
        compute(in, out);
    }

    /** Returns {@code A · in} in a new array. */
    public final double[] apply(double[] in) {
        double[] out = new double[rows];
        apply(in, out);
        return out;
    }

    /** Computes {@code out = A · in} in float32, with no conversion when the kernel is float32. */
    public final void apply(float[] in, float[] out) {
        checkApply(in, in == null ? -1 : in.length, out, out == null ? -1 : out.length);
        compute(in, out);
    }

    /** Returns {@code A · in} in a new float array. */
    public final float[] apply(float[] in) {
        float[] out = new float[rows];
        apply(in, out);
        return out;
    }

    /**
     * Computes {@code out = A · in} for a block of k vectors: {@code in} is cols × k and
     * {@code out} rows × k, both row-major ({@code in[i * k + c]} is row i of column c). Column c of
     * {@code out} equals {@code apply} of column c of {@code in}; an operator built on a block
     * kernel makes one pass for the whole block, others make k single passes.
     *
     * @throws IllegalArgumentException when k &lt; 1 or a length is not cols × k / rows × k
     */
    public final void applyBlock(double[] in, double[] out, int k) {
        checkBlock(in == null ? -1 : in.length, out == null ? -1 : out.length, k, in, out);
        computeBlock(in, out, k);
    }

    /**
     * Returns {@code A · in} for a row-major cols × k block, in a new rows × k array.
     *
     * @throws IllegalArgumentException as {@link #applyBlock(double[], double[], int)}, and when rows × k
     *                                  elements exceed a Java array
     */
    public final double[] applyBlock(double[] in, int k) {
        double[] out = new double[resultLength(in, in == null ? -1 : in.length, k)];
        applyBlock(in, out, k);
        return out;
    }

    /** The float32 block product; no conversion when the block kernel is float32. */
    public final void applyBlock(float[] in, float[] out, int k) {
        checkBlock(in == null ? -1 : in.length, out == null ? -1 : out.length, k, in, out);
        computeBlock(in, out, k);
    }

    /**
     * Returns {@code A · in} for a row-major cols × k float block, in a new rows × k array.
     *
     * @throws IllegalArgumentException as {@link #applyBlock(float[], float[], int)}, and when rows × k
     *                                  elements exceed a Java array
     */
    public final float[] applyBlock(float[] in, int k) {
        float[] out = new float[resultLength(in, in == null ? -1 : in.length, k)];
        applyBlock(in, out, k);
        return out;
    }

    /**
     * The block product (lengths checked, arrays distinct, every element of {@code out} to be
     * written); by default k single products, column by column.
     */
    protected void computeBlock(double[] in, double[] out, int k) {
        BlockColumns.byColumns(this, in, out, k);
    }

    /** The float32 block product; by default the double path on converted copies. */
    protected void computeBlock(float[] in, float[] out, int k) {
        double[] result = new double[out.length];
        computeBlock(Conversions.toDouble(in), result, k);
        Conversions.copyToFloat(result, out);
    }

    /**
     * {@code out += sign · A in} on row-major blocks of k columns, for the terms of a sum after its
     * first. This default computes the product into a temporary block; the diagonal, identity and
     * product operators add in place (no temporary n × k block, one pass).
     */
    void accumulateBlock(double[] in, double[] out, int k, double sign) {
        double[] tmp = new double[out.length];
        computeBlock(in, tmp, k);
        RowBlocks.addScaled(out, tmp, sign, rows, k);
    }

    /** The operator this one only names or marks (symmetric): its products are the same. */
    LinearOperator unwrapped() {
        return this;
    }

    /**
     * The mat-vec itself. Lengths are already checked, {@code in} and {@code out} are distinct, and
     * every element of {@code out} must be written (it may hold garbage on entry).
     */
    protected abstract void compute(double[] in, double[] out);

    /** The float32 mat-vec; by default it runs the double path on converted copies. */
    protected void compute(float[] in, float[] out) {
        double[] result = new double[rows];
        compute(Conversions.toDouble(in), result);
        Conversions.copyToFloat(result, out);
    }

    // ---------------------------------------------------------------- algebra

    /** {@code this + other}; both must have the same shape. */
    public final LinearOperator plus(LinearOperator other) {
        return SumOperator.of(this, other, false);
    }

    /** {@code this - other}; both must have the same shape. */
    public final LinearOperator minus(LinearOperator other) {
        return SumOperator.of(this, other, true);
    }

    /** The composition {@code this · other}: {@code other} is applied first. */
    public final LinearOperator times(LinearOperator other) {
        return ProductOperator.of(this, other);
    }

    /** {@code factor · this}. */
    public final LinearOperator scale(double factor) {
        return ScaledOperator.of(factor, this);
    }

    /** The same operator, printed as {@code name} by {@link #toString()}. */
    public final LinearOperator named(String name) {
        return NamedOperator.of(this, name);
    }

    /**
     * The transpose, when the structure tells it: diagonals, the identity, operators marked by
     * {@link #symmetric} or {@link #withTranspose}, and sums, scalings and products of those.
     *
     * @throws UnsupportedOperationException when a part of this operator has no known transpose
     */
    public LinearOperator transpose() {
        if (isSymmetric()) {
            return this;
        }
        throw new UnsupportedOperationException("the transpose of " + this + " is unknown: mark a symmetric"
                + " operator with LinearOperator.symmetric(op), or give its transpose with"
                + " LinearOperator.withTranspose(op, transpose)");
    }

    /**
     * Whether this operator is known to be symmetric from its structure (never by probing it with
     * vectors). {@code false} means "not known", not "not symmetric".
     */
    public boolean isSymmetric() {
        return false;
    }

    /** Shape and structure, e.g. {@code (I - diag[1000] * K * diag[1000]) [1000 x 1000]}. */
    @Override
    public final String toString() {
        return describe() + " [" + shape() + "]";
    }

    /**
     * The structure printed by {@link #toString()}, without the shape. Sums print with their own
     * parentheses, so a description can be embedded in a product as it is.
     */
    protected String describe() {
        return getClass().getSimpleName();
    }

    /**
     * Whether {@code this} is known to equal {@code other}ᵀ: used to see that a product such as
     * {@code Aᵀ · K · A} is symmetric.
     */
    boolean isTransposeOf(LinearOperator other) {
        return this == other && isSymmetric();
    }

    final String shape() {
        return rows + " x " + cols;
    }

    /**
     * The length rows × k of the block {@code applyBlock(in, k)} returns, once {@code in} and k pass
     * the checks of {@code applyBlock(in, out, k)}: they come first so that a wrong length is named
     * as such, not reported as an overflow of rows × k by the allocation.
     */
    private int resultLength(Object in, int inLength, int k) {
        checkBlockInput(inLength, k, in);
        long length = (long) rows * k;
        if (length > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("applyBlock(in, k = " + k + ") would return rows x k = " + rows + " x " + k
                    + " = " + length + " elements, more than a Java array holds, for " + this);
        }
        return (int) length;
    }

    private void checkBlockInput(int inLength, int k, Object in) {
        Objects.requireNonNull(in, "in");
        if (k < 1) {
            throw new IllegalArgumentException("block width k = " + k + " must be >= 1");
        }
        if (inLength != (long) cols * k) {
            throw new IllegalArgumentException("in has length " + inLength + ", expected cols x k = " + cols + " x " + k
                    + " = " + (long) cols * k + " (a row-major block of k columns) for " + this);
        }
    }

    private void checkBlock(int inLength, int outLength, int k, Object in, Object out) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        checkBlockInput(inLength, k, in);
        if (outLength != (long) rows * k) {
            throw new IllegalArgumentException("out has length " + outLength + ", expected rows x k = " + rows + " x "
                    + k + " = " + (long) rows * k + " for " + this);
        }
        if (in == out) {
            throw new IllegalArgumentException("in and out are the same array; applyBlock needs two distinct arrays");
        }
    }

    private void checkApply(Object in, int inLength, Object out, int outLength) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        if (inLength != cols) {
            throw new IllegalArgumentException("in has length " + inLength + ", expected cols = " + cols);
        }
        if (outLength != rows) {
            throw new IllegalArgumentException("out has length " + outLength + ", expected rows = " + rows);
        }
        if (in == out) {
            throw new IllegalArgumentException("in and out are the same array; apply needs two distinct arrays");
        }
    }
}
