package org.jkeops.processor.model;

import javax.lang.model.element.AnnotationMirror;

/** Where a kernel method's formula comes from. */
sealed interface FormulaSource {
    /** {@code @Formula("...")} on an abstract method: KeOps text. */
    record Written(AnnotationMirror formula) implements FormulaSource {
    }

    /** The body of a static method: Java statements read by the {@link BodyReader}. */
    record Body() implements FormulaSource {
    }

    /** {@code @Gradient} on an abstract method: derived from its target's formula. */
    record Derived(AnnotationMirror gradient, GradientTarget target) implements FormulaSource {
    }
}
