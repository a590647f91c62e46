package org.jkeops.examples;

import static org.jkeops.annotations.Formulas.exp;
import static org.jkeops.annotations.Formulas.sqDist;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/**
 * The same Gaussian convolution a_i = sum_j exp(-g |x_i - y_j|^2) b_j written both ways: as a
 * KeOps {@code @Formula} string on an abstract method, and as the Java body of a static method
 * (the formula library {@link org.jkeops.annotations.Formulas}). Both give the same IR, hence the
 * same generated kernels in {@code GaussTwoFormsImpl}; the static method also runs as plain Java
 * for one pair (i, j). See {@link TwoFormsExample}.
 */
@Kernels
public interface GaussTwoForms {
    /** The string form: generated as the override {@code GaussTwoFormsImpl.convString}. */
    @Formula("Exp(-g * SqDist(x, y)) * b")
    @Reduce(Reduction.SUM)
    float[] convString(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm(1) float g);

    /**
     * The body form: one pair (i, j) in plain Java; generated as the public instance method
     * {@code GaussTwoFormsImpl.conv(float[] x, float[] y, float[] b, float g)} (not an override:
     * static interface methods are not inherited, so call it on the Impl type).
     */
    @Reduce(Reduction.SUM)
    static float conv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj float b, @Pm float g) {
        return exp(-g * sqDist(x, y)) * b;
    }
}
