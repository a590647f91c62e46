package org.jkeops.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import org.jkeops.annotations.Index;
import org.jkeops.processor.ir.Category;

/**
 * The target of a {@code @Gradient} method, checked by {@link GradientTargets}.
 *
 * @param method      the target kernel method
 * @param formula     its {@code @Formula}
 * @param reduce      its {@code @Reduce}, or null (a SUM over j)
 * @param wrt         the name of the variable differentiated
 * @param wrtCategory that variable's category
 * @param over        the index the target reduces over
 * @param weightText  the target's weight formula, or null when it has none
 * @param form        how the gradient differentiates the target's reduction
 */
record GradientTarget(ExecutableElement method, AnnotationMirror formula, AnnotationMirror reduce, String wrt,
        Category wrtCategory, Index over, String weightText, GradientForm form) {

    String name() {
        return method.getSimpleName().toString();
    }

    String formulaText() {
        return (String) Annotations.value(formula, "value");
    }

    /**
     * The index the generated SUM reduces over. Differentiating out_i = sum_j F reduces over j for
     * an i-variable, over i for a j-variable, and like the target for a parameter (the rows are
     * then summed in the facade); a target over i is the mirror image.
     */
    Index reducedOver() {
        return switch (wrtCategory) {
            case I -> Index.J;
            case J -> Index.I;
            case P -> over;
        };
    }

    /** The annotation of the saved results and the incoming gradient: one value per output row. */
    String rowAnnotation() {
        return over == Index.I ? "@Vj" : "@Vi";
    }

    /** The category of the index the target reduces: compared with the arg indices of a MIN / MAX / K_MIN. */
    Category reducedIndex() {
        return over == Index.I ? Category.I : Category.J;
    }
}
