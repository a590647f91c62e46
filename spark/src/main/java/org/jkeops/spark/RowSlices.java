package org.jkeops.spark;

/**
 * Copies of row ranges of row-major arrays, and their concatenation back. Arrays are
 * {@code float[]}, {@code double[]} or {@code int[]}; a row is {@code dim} consecutive values.
 */
final class RowSlices {
    private RowSlices() {
    }

    /** Rows [r0, r1) of a rows x dim array, as a new array. */
    static Object slice(Object array, int dim, int r0, int r1) {
        int from = Math.multiplyExact(r0, dim);
        int to = Math.multiplyExact(r1, dim);
        return switch (array) {
            case float[] a -> java.util.Arrays.copyOfRange(a, from, to);
            case double[] a -> java.util.Arrays.copyOfRange(a, from, to);
            case int[] a -> java.util.Arrays.copyOfRange(a, from, to);
            default -> throw new IllegalArgumentException("not a float[], double[] or int[]: " + array.getClass());
        };
    }

    /** A new array of the parts one after the other ({@code like} gives the element type). */
    static Object concat(Object[] parts, Object like) {
        long total = 0;
        for (Object p : parts) {
            total += java.lang.reflect.Array.getLength(p);
        }
        Object out = newArray(like, Math.toIntExact(total));
        int at = 0;
        for (Object p : parts) {
            int n = java.lang.reflect.Array.getLength(p);
            System.arraycopy(p, 0, out, at, n);
            at += n;
        }
        return out;
    }

    static Object newArray(Object like, int length) {
        return switch (like) {
            case float[] a -> new float[length];
            case double[] a -> new double[length];
            case int[] a -> new int[length];
            default -> throw new IllegalArgumentException("not a float[], double[] or int[]: " + like.getClass());
        };
    }

    /** Array length in bytes, for the broadcast limit. */
    static long bytes(Object array) {
        return switch (array) {
            case float[] a -> 4L * a.length;
            case double[] a -> 8L * a.length;
            case int[] a -> 4L * a.length;
            default -> 0;
        };
    }
}
