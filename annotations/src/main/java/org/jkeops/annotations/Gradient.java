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
 * types and annotations, in the same order) followed by the saved results of the forward pass
 * its reduction needs and the incoming gradient {@code e}, one row per output row of the target
 * ({@code @Vi} for a reduction over j).
 *
 * <p>For a target {@code out_i = sum_j F(x_i, y_j, p)} (SUM over j), with {@code @Vi(dimF) e}:
 * <ul>
 *   <li>{@code wrt} an i-variable x: {@code result_i = sum_j Grad(F, x, e_i)}, M x dim(x);</li>
 *   <li>{@code wrt} a j-variable y: {@code result_j = sum_i Grad(F, y, e_i)}, N x dim(y);</li>
 *   <li>{@code wrt} a parameter p: {@code result = sum_i sum_j Grad(F, p, e_i)}, dim(p) values.</li>
 * </ul>
 * The other reductions with a gradient, and their trailing parameters: LOG_SUM_EXP takes the
 * saved result {@code s} and {@code e} (of the weight's dimension when weighted); SUM_SOFTMAX_WEIGHT
 * the log-normalizer {@code lse} (dimension 1), {@code s} and {@code e}; MIN, MAX and K_MIN (also
 * with their indices) the saved arg indices {@code int[] idx} and {@code e}, K x dimF each for
 * K_MIN. ARG_MIN, ARG_MAX and ARG_K_MIN have none. The method returns {@code float[]} or
 * {@code double[]} (the target's precision). The README's "Gradients in formulas" gives each
 * gradient's formula.
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
