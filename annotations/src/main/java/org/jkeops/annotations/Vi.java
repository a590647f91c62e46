package org.jkeops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a kernel method parameter as an i-variable: row i of a {@code M * dim} row-major array. */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PARAMETER)
public @interface Vi {
    /** The dimension (vector length) of the variable. */
    int value() default 1;
}
