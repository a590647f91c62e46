package org.jkeops.cpu;

/**
 * Structure-of-arrays copies of row-major variables, so that SIMD kernels load consecutive rows
 * of one component as a vector. O(rows * dim) memory, made once per call.
 */
public final class Soa {
    private Soa() {
    }

    /** {@code a} as {@code dim} arrays of {@code rows} (a dim-1 array is returned as is). */
    public static float[][] columns(float[] a, int rows, int dim) {
        float[][] c = new float[dim][];
        if (dim == 1) {
            c[0] = a;
            return c;
        }
        for (int k = 0; k < dim; k++) {
            c[k] = new float[rows];
        }
        for (int r = 0; r < rows; r++) {
            int base = r * dim;
            for (int k = 0; k < dim; k++) {
                c[k][r] = a[base + k];
            }
        }
        return c;
    }

    /** {@code a} as {@code dim} arrays of {@code rows} (a dim-1 array is returned as is). */
    public static double[][] columns(double[] a, int rows, int dim) {
        double[][] c = new double[dim][];
        if (dim == 1) {
            c[0] = a;
            return c;
        }
        for (int k = 0; k < dim; k++) {
            c[k] = new double[rows];
        }
        for (int r = 0; r < rows; r++) {
            int base = r * dim;
            for (int k = 0; k < dim; k++) {
                c[k][r] = a[base + k];
            }
        }
        return c;
    }
}
