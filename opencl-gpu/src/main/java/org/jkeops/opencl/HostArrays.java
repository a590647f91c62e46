package org.jkeops.opencl;

import org.jocl.Pointer;
import org.jocl.Sizeof;

/** The primitive arrays a {@link org.jkeops.runtime.internal.DeviceLaunch} may carry: float[], double[], int[]. */
final class HostArrays {
    private HostArrays() {
    }

    static int length(Object array) {
        return switch (array) {
            case float[] a -> a.length;
            case double[] a -> a.length;
            case int[] a -> a.length;
            default -> throw unsupported(array);
        };
    }

    static long elementBytes(Object array) {
        return switch (array) {
            case float[] a -> Sizeof.cl_float;
            case double[] a -> Sizeof.cl_double;
            case int[] a -> Sizeof.cl_int;
            default -> throw unsupported(array);
        };
    }

    static long bytes(Object array) {
        return elementBytes(array) * length(array);
    }

    static Pointer pointer(Object array) {
        return switch (array) {
            case float[] a -> Pointer.to(a);
            case double[] a -> Pointer.to(a);
            case int[] a -> Pointer.to(a);
            default -> throw unsupported(array);
        };
    }

    private static IllegalArgumentException unsupported(Object array) {
        return new IllegalArgumentException("unsupported array type " + array.getClass().getName()
                + " (expected float[], double[] or int[])");
    }
}
