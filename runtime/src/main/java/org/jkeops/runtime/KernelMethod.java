package org.jkeops.runtime;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A kernel method as data: its parameters' roles and shapes, its reduction, and the means to run
 * the generated kernel and to merge partial results, so that a distributed engine
 * ({@code jkeops-spark}) runs any kernel method with no code written for it and no reflection.
 * The processor generates one per kernel method, as a constant of {@code <Interface>Methods}
 * ({@code GaussMethods.CONV}); instances are stateless apart from these facts and serializable
 * (executors need the generated classes on their class path).
 *
 * @param <R> what the interface method returns ({@code float[]}, {@code int[]},
 *            {@code FloatArgResult}, ...; {@code Void} for {@code @Out} methods)
 */
public abstract class KernelMethod<R> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final KernelParam[] params; // an array: List is not Serializable to javac's lint
    private final String reduction;
    private final KernelParam.Axis outer;
    private final boolean usesDouble;
    private final int outputWidth;
    private final int partWidth;
    private final int k;
    private final boolean hasValues;
    private final boolean hasIndices;
    private final boolean splittable;
    private final boolean sumsRows;
    private final boolean outParams;

    /** Called by generated code only. */
    protected KernelMethod(String name, List<KernelParam> params, String reduction, KernelParam.Axis outer,
            boolean usesDouble, int outputWidth, int partWidth, int k, boolean hasValues, boolean hasIndices, boolean splittable,
            boolean sumsRows, boolean outParams) {
        this.name = Objects.requireNonNull(name, "name");
        this.params = params.toArray(new KernelParam[0]);
        this.reduction = Objects.requireNonNull(reduction, "reduction");
        this.outer = Objects.requireNonNull(outer, "outer");
        this.usesDouble = usesDouble;
        this.outputWidth = outputWidth;
        this.partWidth = partWidth;
        this.k = k;
        this.hasValues = hasValues;
        this.hasIndices = hasIndices;
        this.splittable = splittable;
        this.sumsRows = sumsRows;
        this.outParams = outParams;
    }

    /** {@code Interface.method}, as in every run-time message about this kernel. */
    public final String name() {
        return name;
    }

    /** The parameters the caller passes, in the method's order. */
    public final List<KernelParam> params() {
        return List.of(params);
    }

    /** The reduction's name ({@code SUM}, {@code ARG_K_MIN}, ...). */
    public final String reduction() {
        return reduction;
    }

    /** The axis output rows are indexed by: I for a reduction over j, J for one over i. */
    public final KernelParam.Axis outer() {
        return outer;
    }

    /** The axis reduced over. */
    public final KernelParam.Axis inner() {
        return outer == KernelParam.Axis.I ? KernelParam.Axis.J : KernelParam.Axis.I;
    }

    /** Whether the data and outputs are float64 ({@code double[]}); else float32. */
    public final boolean usesDouble() {
        return usesDouble;
    }

    /** Output values (or indices) per output row. */
    public final int outputWidth() {
        return outputWidth;
    }

    /**
     * Values per output row of {@link #callPart}: {@link #outputWidth()}, plus what a part's rows
     * carry for {@link #mergeParts} beyond the finalized values (SUM_SOFTMAX_WEIGHT: 2, its
     * normaliser). An arg-only reduction's parts carry their values in an array of their own
     * ({@link KernelOutput#values()}), as wide as the indices.
     */
    public final int partWidth() {
        return partWidth;
    }

    /** K of the K reductions, else 0: every part of the reduced axis needs at least K rows. */
    public final int k() {
        return k;
    }

    public final boolean hasValues() {
        return hasValues;
    }

    public final boolean hasIndices() {
        return hasIndices;
    }

    /**
     * Whether the reduced axis may be cut into parts whose outputs ({@link #callPart}'s)
     * {@link #mergeParts} merges: every reduction the processor generates.
     * {@code SUM_SOFTMAX_WEIGHT} merges through its parts' normalisers, which {@link #callPart}
     * returns beside the values; the arg-only reductions (ARG_MIN, ARG_MAX, ARG_K_MIN) through
     * their parts' values, which {@link #callPart} returns beside the indices and the merge drops.
     * A float32 sum in the DOUBLE scheme merges, in float64 and rounded once: one float32 rounding
     * more per part than the single pass.
     */
    public final boolean splittable() {
        return splittable;
    }

    /**
     * Whether the method sums its output rows into one row of {@link #outputWidth()} values (the
     * gradient with respect to a parameter): partial results over disjoint rows then add.
     */
    public final boolean sumsRows() {
        return sumsRows;
    }

    /** Whether outputs are {@code @Out} parameters (the method returns nothing). */
    public final boolean outParams() {
        return outParams;
    }

    /**
     * Calls the generated kernel on {@code runtime}: {@code args} in the method's order (scalars
     * boxed; {@code @Out} arrays allocated by the caller). The generated method validates them.
     */
    public abstract KernelOutput call(KernelRuntime runtime, Object[] args);

    /**
     * Runs the kernel on a part of the reduced axis ({@code args} as for {@link #call}, {@code @Out}
     * arrays of rows x {@link #partWidth()}), for {@link #mergeParts}: the finalized outputs, or
     * where those do not merge alone the generated partial companion's, which returns its own
     * arrays (the {@code @Out} arrays stay untouched): SUM_SOFTMAX_WEIGHT's rows are the finalized
     * values followed by the normaliser; ARG_MIN / ARG_MAX / ARG_K_MIN's the indices with their
     * values (MIN_ARG_MIN / MAX_ARG_MAX / K_MIN_ARG_K_MIN).
     */
    public KernelOutput callPart(KernelRuntime runtime, Object[] args) {
        return call(runtime, args);
    }

    /**
     * Merges the outputs of {@link #callPart} on parts of the reduced axis, given in part order
     * with global indices, by the reduction's own rule: the {@code SplitMerge} call the SIMD
     * threads and the OpenCL split use.
     *
     * @param valueParts {@code float[][]} or {@code double[][]}, one output per part, rows x
     *                   {@link #partWidth()} (an arg-only reduction's too: its parts' values)
     * @param indexParts one index output per part (null without indices)
     * @param out        {@code float[]} or {@code double[]} of rows x width (null without values)
     * @param outIndex   rows x width (null without indices)
     * @throws UnsupportedOperationException unless {@link #splittable()}
     */
    public abstract void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex, int rows);

    /**
     * Checks the arguments of {@link #mergeParts} before it reads them (the generated merges call
     * this first): at least one part; each part of values {@code rows} x {@link #partWidth()} (an
     * arg-only reduction's, rows x {@link #outputWidth()}) of this method's precision; as many
     * index parts as value parts, and index parts and outputs of rows x {@link #outputWidth()}.
     *
     * @throws IllegalArgumentException naming this method, the argument and the sizes seen
     */
    protected final void checkParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex, int rows) {
        if (rows < 0) {
            throw badParts("rows = " + rows + " is negative");
        }
        long width = (long) rows * outputWidth;
        long partLength = hasValues ? (long) rows * partWidth : width;
        String type = usesDouble ? "double[][]" : "float[][]";
        if (!(usesDouble ? valueParts instanceof double[][] : valueParts instanceof float[][])) {
            throw badParts("valueParts must be a " + type + ", got " + describe(valueParts));
        }
        int parts = java.lang.reflect.Array.getLength(valueParts);
        if (parts == 0) {
            throw badParts("valueParts holds no part");
        }
        for (int p = 0; p < parts; p++) {
            Object part = java.lang.reflect.Array.get(valueParts, p);
            if (part == null || java.lang.reflect.Array.getLength(part) != partLength) {
                throw badParts("valueParts[" + p + "] has " + (part == null ? "null" : java.lang.reflect.Array.getLength(part)
                        + " values") + ", expected rows x width = " + rows + " x " + (partLength / Math.max(1, rows))
                        + " = " + partLength);
            }
        }
        if (hasValues) {
            Class<?> outType = usesDouble ? double[].class : float[].class;
            if (!outType.isInstance(out) || java.lang.reflect.Array.getLength(out) != width) {
                throw badParts("out must be a " + outType.getSimpleName() + " of rows x " + outputWidth + " = " + width
                        + ", got " + describe(out));
            }
        }
        if (hasIndices) {
            if (indexParts == null || indexParts.length != parts) {
                throw badParts("indexParts must hold one part per value part (" + parts + "), got "
                        + (indexParts == null ? "null" : indexParts.length + " parts"));
            }
            for (int p = 0; p < parts; p++) {
                if (indexParts[p] == null || indexParts[p].length != width) {
                    throw badParts("indexParts[" + p + "] has " + (indexParts[p] == null ? "null" : indexParts[p].length
                            + " indices") + ", expected rows x " + outputWidth + " = " + width);
                }
            }
            if (outIndex == null || outIndex.length != width) {
                throw badParts("outIndex must be an int[] of rows x " + outputWidth + " = " + width + ", got "
                        + describe(outIndex));
            }
        }
    }

    private IllegalArgumentException badParts(String problem) {
        return new IllegalArgumentException(name + ".mergeParts: " + problem);
    }

    private static String describe(Object array) {
        return array == null ? "null" : array.getClass().isArray()
                ? array.getClass().getSimpleName().replace("[]", "") + "[" + java.lang.reflect.Array.getLength(array) + "]"
                        + (array.getClass().getComponentType().isArray() ? "[]" : "")
                : array.getClass().getSimpleName();
    }

    /** The method's return value made of an output ({@code null} for {@code @Out} methods). */
    public abstract R result(KernelOutput output);

    @Override
    public String toString() {
        return name + " (" + reduction + " over " + inner().name().toLowerCase(java.util.Locale.ROOT) + ", "
                + (usesDouble ? "float64" : "float32") + ")";
    }
}
