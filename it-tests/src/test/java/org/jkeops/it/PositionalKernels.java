package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/**
 * KeOps' positional variables Var(pos, dim, cat), Vi(pos, dim), Vj(pos, dim), Pm(pos, dim),
 * pos being the 0-based position of the method parameter; SUM over j, float32 and float64; and
 * parameter names that collide with the locals of generated code.
 */
@Kernels
public interface PositionalKernels {
    /** unannotated parameters declared by Var(pos, dim, cat) */
    @Formula("Var(0, 3, 0) - Var(1, 3, 1) * Var(2, 1, 2)")
    @Reduce(Reduction.SUM)
    float[] varForms(float[] a, float[] b, float[] c);

    @Formula("Var(0, 3, 0) - Var(1, 3, 1) * Var(2, 1, 2)")
    @Reduce(Reduction.SUM)
    double[] varForms(double[] a, double[] b, double[] c);

    /** unannotated parameters declared by Vi, Vj, Pm */
    @Formula("Vi(0, 2) * Vj(1, 2) + Pm(2, 2)")
    @Reduce(Reduction.SUM)
    float[] byCategory(float[] a, float[] b, float[] c);

    @Formula("Vi(0, 2) * Vj(1, 2) + Pm(2, 2)")
    @Reduce(Reduction.SUM)
    double[] byCategory(double[] a, double[] b, double[] c);

    /** a scalar parameter declared by Pm(pos, 1) */
    @Formula("Exp(-Pm(2, 1) * SqDist(Vi(0, 3), Vj(1, 3)))")
    @Reduce(Reduction.SUM)
    float[] scalarPm(float[] a, float[] b, float g);

    @Formula("Exp(-Pm(2, 1) * SqDist(Vi(0, 3), Vj(1, 3)))")
    @Reduce(Reduction.SUM)
    double[] scalarPm(double[] a, double[] b, double g);

    /** annotated parameters referred to by position, mixed with aliases */
    @Formula("SqDist(Vi(0, 3), y) * Var(2, 1, 1) + Var(3, 2, 1)")
    @Reduce(Reduction.SUM)
    float[] mixed(@Vi(3) float[] x, @Vj(3) float[] y, float[] b, float[] c);

    @Formula("SqDist(Vi(0, 3), y) * Var(2, 1, 1) + Var(3, 2, 1)")
    @Reduce(Reduction.SUM)
    double[] mixed(@Vi(3) double[] x, @Vj(3) double[] y, double[] b, double[] c);

    /** the j-variable comes first in the signature */
    @Formula("Vj(0, 2) - Vi(1, 2)")
    @Reduce(Reduction.SUM)
    float[] jFirst(float[] b, float[] a);

    @Formula("Vj(0, 2) - Vi(1, 2)")
    @Reduce(Reduction.SUM)
    double[] jFirst(double[] b, double[] a);

    /** parameter names that generated code also uses for its locals */
    @Formula("Exp(-n * SqDist(r, s)) * e + out * t1 - m")
    @Reduce(Reduction.SUM)
    float[] reservedNames(@Vi(2) float[] r, @Vj(2) float[] s, @Vj(1) float[] e, @Pm float n, @Vi(1) float[] out, @Pm(1) float[] t1, @Vj(1) float[] m);

    @Formula("Exp(-n * SqDist(r, s)) * e + out * t1 - m")
    @Reduce(Reduction.SUM)
    double[] reservedNames(@Vi(2) double[] r, @Vj(2) double[] s, @Vj(1) double[] e, @Pm double n, @Vi(1) double[] out, @Pm(1) double[] t1, @Vj(1) double[] m);
}

