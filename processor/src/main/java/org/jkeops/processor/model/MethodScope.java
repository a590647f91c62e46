package org.jkeops.processor.model;

import java.util.Collection;
import java.util.List;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.resolve.Scope;

/** The names a kernel method's formulas see: aliases are the annotated parameters; Var forms may declare the others. */
final class MethodScope implements Scope {
    private final List<Slot> slots;
    private final String methodName;
    /** The reduced index as a variable, in the formula of a MIN / MAX / K_MIN gradient; else null. */
    private Expr.Var indexColumn;

    MethodScope(List<Slot> slots, String methodName) {
        this.slots = slots;
        this.methodName = methodName;
    }

    /**
     * Adds the reduced index of a MIN / MAX / K_MIN gradient's target as a variable of category
     * {@code reduced}, after the parameters; its name differs from every parameter's (underscores
     * appended), so it never shadows one.
     */
    Expr.Var addIndexColumn(Category reduced) {
        String name = "jk_index";
        while (isParameter(name)) {
            name += "_";
        }
        indexColumn = new Expr.Var(slots.size(), 1, reduced, name);
        return indexColumn;
    }

    /** The variable added by {@link #addIndexColumn}, or null. */
    Expr.Var indexColumn() {
        return indexColumn;
    }

    private boolean isParameter(String name) {
        return slots.stream().anyMatch(s -> s.name.equals(name));
    }

    @Override
    public Expr.Var alias(String name) {
        if (indexColumn != null && indexColumn.name().equals(name)) {
            return indexColumn;
        }
        return slots.stream().filter(s -> s.name.equals(name) && isAlias(s)).findFirst().map(Slot::var).orElse(null);
    }

    /**
     * Annotated parameters only: a parameter declared by a Var form is not a name, or
     * whether a name resolves would depend on where the Var form stands in the text.
     */
    private static boolean isAlias(Slot s) {
        return s.usable && !s.out && s.category != null && !s.declaredByVar;
    }

    /** A parameter with an error of its own, so that the formula need not report it unknown. */
    boolean isBrokenParameter(String name) {
        return slots.stream().anyMatch(s -> s.name.equals(name) && !s.usable);
    }

    /**
     * Whatever Var forms declared it: a Var form makes no name, so whether the name resolves does
     * not depend on where one stands in the text, and neither does this message.
     */
    @Override
    public String unannotatedParameter(String name) {
        boolean unannotated = slots.stream().anyMatch(s -> s.name.equals(name) && s.claimed.isEmpty() && !s.out && !s.ranges);
        return unannotated ? name + " is a parameter of " + methodName + " without @Vi, @Vj or @Pm, and a formula"
                + " names only annotated parameters" : null;
    }

    /** Float32 when every parameter that can be a formula variable is float (mixed precisions are JK125). */
    @Override
    public boolean float32() {
        List<Slot> variables = slots.stream().filter(s -> s.usable && !s.out && !s.indices && s.type.isFormulaType())
                .toList();
        return !variables.isEmpty() && variables.stream().allMatch(s -> s.type.precision() == Precision.FLOAT);
    }

    @Override
    public Collection<String> aliasNames() {
        return slots.stream().filter(MethodScope::isAlias).map(s -> s.name).toList();
    }

    @Override
    public Expr.Var positional(int position, Category category, int dim) {
        if (position < 0 || position >= slots.size()) {
            throw new IllegalArgumentException("parameter position " + position + " does not exist: "
                    + methodName + " has " + slots.size() + " parameters (positions from 0)");
        }
        Slot s = slots.get(position);
        String form = category.keopsName() + "(" + position + ", " + dim + ")";
        if (s.out) {
            throw new IllegalArgumentException(form + " refers to " + s.name + ", an @Out parameter");
        }
        if (s.ranges) {
            throw new IllegalArgumentException(form + " refers to " + s.name + ", the Ranges parameter");
        }
        if (!s.usable) {
            throw new IllegalArgumentException(form + " refers to " + s.name
                    + ", which cannot be a formula variable (see its own error)");
        }
        if (s.category == null) {
            if (s.type.isScalar() && (category != Category.P || dim != 1)) {
                throw new IllegalArgumentException(form + " refers to " + s.name + ", a scalar "
                        + s.type.precision().javaType() + ", which can only be Pm(" + position + ", 1)");
            }
            s.category = category;
            s.dim = dim;
            s.declaredByVar = true;
            return s.var();
        }
        if (s.category != category || s.dim != dim) {
            throw new IllegalArgumentException(form + " refers to " + s.name + ", which is "
                    + (s.declaredByVar ? "already used as " + s.category.keopsName() + "("
                    + position + ", " + s.dim + ")" : "declared " + s.declaration()));
        }
        return s.var();
    }
}
