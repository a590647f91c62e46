package org.jkeops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an abstract method of a {@link Kernels} interface as the gradient of another kernel
 * method of the same interface, generated symbolically at build time. The method has no
 * {@link Formula}: its parameters are those of the target method {@link #of()} (same names,
 * types and annotations, in the same order) followed by the incoming gradient {@code e}, an
 * {@code @Vi(dimF)} array where dimF is the dimension of the target's formula.
 *
 * <p>For a target {@code out_i = sum_j F(x_i, y_j, p)} (SUM over j):
 * <ul>
 *   <li>{@code wrt} an i-variable x: {@code result_i = sum_j Grad(F, x, e_i)}, M x dim(x);</li>
 *   <li>{@code wrt} a j-variable y: {@code result_j = sum_i Grad(F, y, e_i)}, N x dim(y);</li>
 *   <li>{@code wrt} a parameter p: {@code result = sum_i sum_j Grad(F, p, e_i)}, dim(p) values.</li>
 * </ul>
 * The method returns {@code float[]} or {@code double[]} (the target's precision). Other
 * reductions of the target (LOG_SUM_EXP, SUM_SOFTMAX_WEIGHT, MIN/MAX...) are not supported yet.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Gradient {
    /** The name of the kernel method to differentiate: a {@code @Formula} method, not overloaded. */
    String of();

    /** The name of one of the target's formula parameters ({@code @Vi}, {@code @Vj} or {@code @Pm}). */
    String wrt();
}
