package org.jkeops.runtime;

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
     * @param axis "M" for i-variables, "N" for j-variables
     */
    public static void sameRows(String axis, String first, int firstRows, String other, int otherRows) {
        if (firstRows != otherRows) {
            throw new IllegalArgumentException("arrays indexed by " + (axis.equals("M") ? "i" : "j")
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
    public static void kFits(int k, int reduced, String axis) {
        if (reduced > 0 && k > reduced) {
            throw new IllegalArgumentException("k = " + k + " is larger than " + axis + " = "
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
