package org.jkeops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose abstract methods are kernel reductions. The jkeops annotation
 * processor generates {@code <Interface>Impl} next to it (for a nested interface
 * {@code Outer.Inner}: {@code Outer_InnerImpl}), with a public no-argument constructor that uses
 * {@code KernelRuntime.shared()} and one that takes a {@code KernelRuntime}.
 *
 * <p>Every abstract method must carry {@link Formula} and {@link Reduce}; default and static
 * methods are left alone.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Kernels {
}
