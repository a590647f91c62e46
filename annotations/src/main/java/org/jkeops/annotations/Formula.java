package org.jkeops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The formula {@code F(p, x_i, y_j)} of a kernel method, in KeOps' text syntax (see
 * {@code FORMULAS.md}): {@code "Exp(-g * SqDist(x, y)) * b"}. Names are the method's parameters
 * annotated {@link Vi}, {@link Vj} or {@link Pm}, or KeOps' positional forms {@code Var(pos, dim,
 * cat)}, {@code Vi(pos, dim)}, {@code Vj(pos, dim)}, {@code Pm(pos, dim)} where {@code pos} is the
 * 0-based position of the parameter in the method's signature.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Formula {
    /** The formula text. */
    String value();
}
