package org.jkeops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a caller-supplied output array; the method then returns {@code void}. One {@code @Out}
 * array for a single-output reduction; two (values, then {@code int[]} indices) for
 * {@code MIN_ARG_MIN}, {@code MAX_ARG_MAX} and {@code K_MIN_ARG_K_MIN}. Its length must be exactly
 * the output size; every element is overwritten.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PARAMETER)
public @interface Out {
}
