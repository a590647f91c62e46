package org.jkeops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The reduction applied to the formula of a kernel method. */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Reduce {
    /** Which reduction. */
    Reduction value() default Reduction.SUM;

    /** The index reduced over: {@link Index#J} (output indexed by i) or {@link Index#I}. */
    Index over() default Index.J;

    /** K for {@code K_MIN}, {@code ARG_K_MIN} and {@code K_MIN_ARG_K_MIN}; must be 0 otherwise. */
    int k() default 0;

    /**
     * The weight formula G of {@code SUM_SOFTMAX_WEIGHT} (required) and of {@code LOG_SUM_EXP}
     * (optional: log sum exp(F) G); must be empty for every other reduction.
     */
    String weight() default "";

    /** How float sums accumulate; {@link SumScheme#AUTO} is BLOCK for float32, DIRECT for float64. */
    SumScheme sum() default SumScheme.AUTO;
}
