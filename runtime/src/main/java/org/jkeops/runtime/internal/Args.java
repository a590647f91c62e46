package org.jkeops.runtime.internal;

/**
 * Argument checks called by generated code before any computation. Every failure is an
 * {@link IllegalArgumentException} (or {@link NullPointerException} for a null array) naming the
 * parameter and the sizes seen: nothing reaches a kernel unchecked.
 */
public final class Args {
    private Args() {
    }

    /** Rows of a row-major {@code rows * dim} array: fails unless the length is a multiple of dim. */
    public static int rows(String param, float[] a, int dim) {
        return rows(param, nonNull(param, a).length, dim);
    }

    /** Rows of a row-major {@code rows * dim} array: fails unless the length is a multiple of dim. */
    public static int rows(String param, double[] a, int dim) {
        return rows(param, nonNull(param, a).length, dim);
    }

    /** Rows of a row-major {@code rows * dim} array of indices. */
    public static int rows(String param, int[] a, int dim) {
        return rows(param, nonNull(param, a).length, dim);
    }

    /**
     * Argument {@code position} of a {@code KernelMethod.call} as the parameter's type: an
     * {@link IllegalArgumentException} naming the kernel method, the parameter, the type expected
     * and the one passed (a {@code double[]} for a float32 kernel, a {@code Double} for a
     * {@code Float} scalar, a null scalar), instead of a bare ClassCastException or a
     * NullPointerException from unboxing. Null arrays and a null {@code Ranges} (dense) pass: the
     * kernel's own checks name the arrays.
     */
    public static <T> T arg(Object[] args, int position, Class<T> type, String method, String param) {
        Object a = args[position];
        if (a == null) {
            if (Number.class.isAssignableFrom(type)) { // a scalar parameter, unboxed by the call
                throw new IllegalArgumentException(method + ": " + param + " (argument " + position + ") is null, expected"
                        + " a " + type.getSimpleName());
            }
            return null;
        }
        if (!type.isInstance(a)) {
            throw new IllegalArgumentException(method + ": " + param + " (argument " + position + ") is a "
                    + a.getClass().getSimpleName() + ", expected a " + type.getSimpleName());
        }
        return type.cast(a);
    }

    /** Indices below this are exact in float32 (2^24): every int up to it is a float. */
    static final int FLOAT_EXACT_INDICES = 1 << 24;

    /**
     * The arg indices a gradient of a MIN / MAX / K_MIN takes, as float32 values for the
     * kernel: each must be -1 (no index, e.g. N = 0) or in [0, rows), and rows at most 2^24 so
     * that every index is exact.
     *
     * @param rows the number of rows of the axis the indices point into
     * @param axis "M" or "N", for messages
     */
    public static float[] indicesAsFloats(String param, int[] indices, int rows, String axis) {
        checkIndices(param, indices, rows, axis);
        String tooMany = floatIndexRowsProblem(rows, axis);
        if (tooMany != null) {
            throw new IllegalArgumentException(param + tooMany);
        }
        float[] values = new float[indices.length];
        for (int t = 0; t < indices.length; t++) {
            values[t] = indices[t];
        }
        return values;
    }

    /**
     * For a float32 kernel's arg indices into {@code rows} rows: {@code ": N = n rows is more than
     * float32 represents exactly as indices ..."} (after the parameter's name) when rows exceed
     * 2^24, else null; the one wording of the single-JVM call and of engines that check on their
     * driver (Spark, whose tasks see only a block of rows and so could not tell).
     */
    public static String floatIndexRowsProblem(int rows, String axis) {
        return rows <= FLOAT_EXACT_INDICES ? null : ": " + axis + " = " + rows + " rows is more than float32 "
                + "represents exactly as indices (2^24 = " + FLOAT_EXACT_INDICES + "); use float64 data for this gradient";
    }

    /** {@link #indicesAsFloats} for float64 kernels (every int is exact). */
    public static double[] indicesAsDoubles(String param, int[] indices, int rows, String axis) {
        checkIndices(param, indices, rows, axis);
        double[] values = new double[indices.length];
        for (int t = 0; t < indices.length; t++) {
            values[t] = indices[t];
        }
        return values;
    }

    private static void checkIndices(String param, int[] indices, int rows, String axis) {
        String problem = indexProblem(indices, rows, axis);
        if (problem != null) {
            throw new IllegalArgumentException(param + problem);
        }
    }

    /**
     * The first arg index that is neither -1 nor in [0, rows), as {@code "[t] = v is outside [0, N)
     * with N = n, and not -1 (no index)"} (after the parameter's name), or null: the one wording
     * of the single-JVM call and of engines that check on their driver (Spark).
     */
    public static String indexProblem(int[] indices, int rows, String axis) {
        for (int t = 0; t < indices.length; t++) {
            if (indices[t] < -1 || indices[t] >= rows) {
                return "[" + t + "] = " + indices[t] + " is outside [0, " + axis + ") with " + axis + " = " + rows
                        + ", and not -1 (no index)";
            }
        }
        return null;
    }

    /** 0, 1, ..., rows - 1 as float32 values (rows checked against 2^24 by {@link #indicesAsFloats}). */
    public static float[] indexColumnFloats(int rows) {
        float[] column = new float[rows];
        for (int t = 0; t < rows; t++) {
            column[t] = t;
        }
        return column;
    }

    /** 0, 1, ..., rows - 1 as float64 values. */
    public static double[] indexColumnDoubles(int rows) {
        double[] column = new double[rows];
        for (int t = 0; t < rows; t++) {
            column[t] = t;
        }
        return column;
    }

    private static int rows(String param, int length, int dim) {
        if (length % dim != 0) {
            throw new IllegalArgumentException(param + ": length " + length
                    + " is not a multiple of its dimension " + dim);
        }
        return length / dim;
    }

    /**
     * Fails unless two arrays on the same axis have the same number of rows.
     *
     * @param kernel the kernel method, {@code Interface.method}
     * @param axis   "M" for i-variables, "N" for j-variables
     */
    public static void sameRows(String kernel, String axis, String first, int firstRows, String other, int otherRows) {
        if (firstRows != otherRows) {
            throw new IllegalArgumentException(kernel + ": arrays indexed by " + (axis.equals("M") ? "i" : "j")
                    + " disagree on " + axis + ": " + first + " has " + firstRows + " rows, "
                    + other + " has " + otherRows + " rows");
        }
    }

    /** A {@code @Pm(dim)} array must have exactly dim elements. */
    public static void paramLength(String param, float[] a, int dim) {
        paramLength(param, nonNull(param, a).length, dim);
    }

    /** A {@code @Pm(dim)} array must have exactly dim elements. */
    public static void paramLength(String param, double[] a, int dim) {
        paramLength(param, nonNull(param, a).length, dim);
    }

    private static void paramLength(String param, int length, int dim) {
        if (length != dim) {
            throw new IllegalArgumentException(param + ": parameter of dimension " + dim
                    + " has length " + length);
        }
    }

    /** An {@code @Out} array must have exactly the output's length. */
    public static void outLength(String param, int length, long expected, String shape) {
        if (length != expected) {
            throw new IllegalArgumentException(param + ": output array has length " + length
                    + ", expected " + expected + " (" + shape + ")");
        }
    }

    /**
     * An {@code @Out} array must not be an input array: kernels read inputs while they write
     * outputs (in blocks, lanes and threads), so an alias gives wrong results, and different
     * ones on each backend.
     */
    public static void notAliased(String kernel, String out, Object outArray, String input, Object inputArray) {
        if (outArray == inputArray && outArray != null) {
            throw new IllegalArgumentException(kernel + ": @Out array " + out + " is the same array as input " + input
                    + "; pass a separate output array");
        }
    }

    /** Length of an output of {@code rows * width} elements, failing if it overflows an array. */
    public static int outputLength(String what, int rows, int width) {
        long len = (long) rows * width;
        if (len > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(what + ": output of " + rows + " x " + width
                    + " elements does not fit in a Java array");
        }
        return (int) len;
    }

    /** K reductions need K <= N when anything is reduced; N = 0 gives the neutral value. */
    public static void kFits(String kernel, int k, int reduced, String axis) {
        if (reduced > 0 && k > reduced) {
            throw new IllegalArgumentException(kernel + ": k = " + k + " is larger than " + axis + " = "
                    + reduced + ", the number of rows reduced over");
        }
    }

    /** Non-null or a {@link NullPointerException} naming the parameter. */
    public static <T> T nonNull(String param, T a) {
        if (a == null) {
            throw new NullPointerException(param + " is null");
        }
        return a;
    }
}
