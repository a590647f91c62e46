package org.jkeops.processor.model;

import java.util.EnumSet;
import java.util.Set;
import javax.lang.model.element.VariableElement;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.Expr;

/**
 * What the analysis knows about one method parameter. Mutable while the method is analysed: a
 * Var form of the formula may declare an unannotated parameter, and an error makes a parameter
 * unusable so that later checks do not report it again.
 */
final class Slot {
    final VariableElement element;
    final String name;
    final int position;
    final ParamType type;
    boolean out;
    /** The block-sparsity parameter ({@code org.jkeops.runtime.Ranges}): no formula variable. */
    boolean ranges;
    /** An {@code int[]} of arg indices, converted to the precision's type by the facade. */
    boolean indices;
    boolean usable = true;
    Category category;
    int dim;
    boolean declaredByVar;
    /** The categories its annotations claim, even when the parameter is unusable. */
    final Set<Category> claimed = EnumSet.noneOf(Category.class);

    Slot(VariableElement element, int position, ParamType type) {
        this.element = element;
        this.name = element.getSimpleName().toString();
        this.position = position;
        this.type = type;
    }

    Expr.Var var() {
        return new Expr.Var(position, dim, category, name);
    }

    String declaration() {
        return "@" + category.keopsName() + "(" + dim + ")";
    }

    /** A formula variable still waiting for its category (no annotation, no Var form yet). */
    boolean undeclared() {
        return usable && !out && !ranges && category == null;
    }
}
