package org.jkeops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a kernel method parameter as a parameter, the same for every (i, j): a scalar (dim 1) or an array of length dim. */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PARAMETER)
public @interface Pm {
    /** The dimension (vector length) of the variable. */
    int value() default 1;
}
