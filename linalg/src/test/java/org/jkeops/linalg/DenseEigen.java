package org.jkeops.linalg;

import java.util.Arrays;
import java.util.Comparator;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/** All eigenpairs of a stored symmetric matrix from Hipparchus, eigenvalues ascending. */
record DenseEigen(double[] values, double[][] vectors) {

    static DenseEigen of(double[][] a) {
        EigenDecompositionSymmetric e = new EigenDecompositionSymmetric(TestMatrices.matrix(a));
        int n = a.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(e::getEigenvalue));
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int i = 0; i < n; i++) {
            values[i] = e.getEigenvalue(order[i]);
            vectors[i] = e.getEigenvector(order[i]).toArray();
        }
        return new DenseEigen(values, vectors);
    }

    /** The k smallest eigenvalues. */
    double[] smallest(int k) {
        return Arrays.copyOfRange(values, 0, k);
    }

    /** The k largest eigenvalues, ascending. */
    double[] largest(int k) {
        return Arrays.copyOfRange(values, values.length - k, values.length);
    }

    double[] vector(int i) {
        return vectors[i];
    }
}
