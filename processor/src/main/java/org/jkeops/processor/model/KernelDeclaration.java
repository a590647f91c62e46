package org.jkeops.processor.model;

import javax.lang.model.element.ExecutableElement;
import org.jkeops.processor.ir.Category;

/**
 * A kernel method as declared, before its parameters and formulas are read.
 *
 * @param kernelName {@code Interface.method}
 * @param source     where its formula comes from
 * @param reduction  its reduction
 */
record KernelDeclaration(ExecutableElement method, String kernelName, FormulaSource source,
        ReductionSpec reduction) {

    String methodName() {
        return method.getSimpleName().toString();
    }

    /** Whether the formula is the body of a static method. */
    boolean fromBody() {
        return source instanceof FormulaSource.Body;
    }

    /** The target of a {@code @Gradient} method, else null. */
    GradientTarget gradient() {
        return source instanceof FormulaSource.Derived d ? d.target() : null;
    }

    /** Whether {@code int[]} arg indices may be formula variables: the gradient of a MIN / MAX / K_MIN. */
    boolean takesArgIndices() {
        return gradient() != null && gradient().form() instanceof GradientForm.ArgIndices;
    }

    /** Whether the facade sums the output rows into one: the gradient with respect to a parameter. */
    boolean sumsRows() {
        return gradient() != null && gradient().wrtCategory() == Category.P;
    }
}
