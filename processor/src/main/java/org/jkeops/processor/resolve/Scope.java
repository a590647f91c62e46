package org.jkeops.processor.resolve;

import java.util.Collection;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.Expr;

/**
 * The names a formula can refer to: the method's annotated parameters (aliases) and, by position,
 * any parameter through KeOps' {@code Var(pos, dim, cat)} forms. Implemented by the model layer,
 * so that name resolution does not depend on {@code javax.lang.model}.
 */
public interface Scope {
    /** The variable an alias names, or null. */
    Expr.Var alias(String name);

    /**
     * Whether the kernel computes in float32 (its formula variables are {@code float} or
     * {@code float[]}), so that a literal beyond float32's range is an error.
     */
    boolean float32();

    /** All aliases, for "known names" in messages. */
    Collection<String> aliasNames();

    /**
     * For JK201, when {@code name} is no alias but a parameter of the method without an
     * annotation (the commonest slip: {@code float g} for {@code @Pm(1) float g}), what to say
     * about it instead of a nearest name; null when no such parameter has that name.
     */
    default String unannotatedParameter(String name) {
        return null;
    }

    /**
     * The variable at a parameter position, declaring it if the parameter has no annotation.
     *
     * @return the variable, or throws with a JK206 message (as {@link IllegalArgumentException}
     *         whose message is the detail) when the position, category or dimension does not fit
     */
    Expr.Var positional(int position, Category category, int dim);
}
