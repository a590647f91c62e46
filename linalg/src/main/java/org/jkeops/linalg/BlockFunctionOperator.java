package org.jkeops.linalg;

/**
 * An operator with a single-vector product and a block product of a fixed width w (typically two
 * generated kernel methods that differ only in the {@code @Vj} width of the weight). A block of k
 * columns runs as {@code k / w} block passes; the remaining {@code r = k mod w} columns run as one
 * zero-padded block pass when {@code r >= MIN_PADDED} and as r single passes otherwise: a pass of
 * width w shares the distance and the exponential of every pair between its columns, so it costs
 * far less than w single passes but more than one.
 */
final class BlockFunctionOperator extends LinearOperator {

    /** Fewer remaining columns than this run as single passes rather than one padded block pass. */
    static final int MIN_PADDED = 2;

    private final FloatMatVec floatSingle;
    private final FloatBlockMatVec floatBlock;
    private final DoubleMatVec doubleSingle;
    private final DoubleBlockMatVec doubleBlock;
    private final int width;
    /** The single-vector product: the operator {@link LinearOperator#ofFloat} / {@code of} would make of it. */
    private final LinearOperator single;

    private BlockFunctionOperator(int rows, int cols, int width, FloatMatVec fs, FloatBlockMatVec fb,
                                  DoubleMatVec ds, DoubleBlockMatVec db) {
        super(rows, cols);
        if (width < 1) {
            throw new IllegalArgumentException("block width = " + width + " must be >= 1");
        }
        this.width = width;
        this.floatSingle = fs;
        this.floatBlock = fb;
        this.doubleSingle = ds;
        this.doubleBlock = db;
        this.single = fs != null ? new FloatFunctionOperator(rows, cols, fs) : new DoubleFunctionOperator(rows, cols, ds);
    }

    static BlockFunctionOperator floatKernels(int rows, int cols, FloatMatVec single, int width, FloatBlockMatVec block) {
        return new BlockFunctionOperator(rows, cols, width, single, block, null, null);
    }

    static BlockFunctionOperator doubleKernels(int rows, int cols, DoubleMatVec single, int width, DoubleBlockMatVec block) {
        return new BlockFunctionOperator(rows, cols, width, null, null, single, block);
    }

    private boolean isFloat() {
        return floatSingle != null;
    }

    /**
     * Whether a float32 block product of k columns is one call of the block kernel: k is its
     * width, or fewer columns that {@link #computeBlock} pads with zeros to it ({@link #isBlockPass}).
     */
    boolean isOneFloatPass(int k) {
        return isFloat() && k <= width && isBlockPass(k);
    }

    /** Whether {@code count <= width} columns run as one (zero-padded) block pass rather than single passes. */
    private boolean isBlockPass(int count) {
        return count == width || count >= MIN_PADDED;
    }

    /** The block kernel's width: its blocks are rows x width. */
    int width() {
        return width;
    }

    /** One call of the float block kernel on a whole rows x width block, its result checked. */
    float[] applyFloatBlock(float[] in) {
        float[] result = floatBlock.apply(in);
        checkBlock(result == null ? -1 : result.length);
        return result;
    }

    @Override
    protected void compute(double[] in, double[] out) {
        single.compute(in, out);
    }

    @Override
    protected void compute(float[] in, float[] out) {
        single.compute(in, out);
    }

    @Override
    protected void computeBlock(double[] in, double[] out, int k) {
        if (isFloat()) {
            float[] result = new float[rows() * k];
            computeBlock(Conversions.toFloat(in), result, k);
            Conversions.copyToDouble(result, out);
            return;
        }
        double[] col = new double[rows()];
        inChunks(k, c -> {
            compute(BlockColumns.column(in, cols(), k, c), col);
            BlockColumns.setColumn(out, k, c, col);
        }, (from, count) -> {
            double[] result = doubleBlock.apply(count == width && k == width ? in
                    : BlockColumns.slice(in, cols(), k, from, count, width));
            checkBlock(result == null ? -1 : result.length);
            BlockColumns.unslice(result, rows(), width, count, out, k, from);
        });
    }

    @Override
    protected void computeBlock(float[] in, float[] out, int k) {
        if (!isFloat()) {
            super.computeBlock(in, out, k);
            return;
        }
        float[] col = new float[rows()];
        inChunks(k, c -> {
            compute(BlockColumns.column(in, cols(), k, c), col);
            BlockColumns.setColumn(out, k, c, col);
        }, (from, count) -> {
            float[] result = applyFloatBlock(count == width && k == width ? in
                    : BlockColumns.slice(in, cols(), k, from, count, width));
            BlockColumns.unslice(result, rows(), width, count, out, k, from);
        });
    }

    /** A block pass on columns [from, from + count), count &lt;= width. */
    private interface BlockPass {
        void run(int from, int count);
    }

    /** Splits k columns into block passes and single passes as the class comment says. */
    private void inChunks(int k, java.util.function.IntConsumer single, BlockPass block) {
        int from = 0;
        while (from < k) {
            int count = Math.min(width, k - from);
            if (isBlockPass(count)) {
                block.run(from, count);
            } else {
                for (int c = from; c < from + count; c++) {
                    single.accept(c);
                }
            }
            from += count;
        }
    }

    private void checkBlock(int length) {
        if (length < 0) {
            throw new IllegalStateException("the block function (width " + width + ") of " + this + " returned null");
        }
        if (length != (long) rows() * width) {
            throw new IllegalStateException("the block function (width " + width + ") of " + this
                    + " returned an array of length " + length + ", expected rows x width = " + rows() + " x " + width);
        }
    }

    @Override
    protected String describe() {
        return "op";
    }
}
