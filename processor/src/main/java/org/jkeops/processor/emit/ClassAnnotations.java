package org.jkeops.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The annotations on every class generated for an interface, decided from the interface by
 * {@code model.GeneratedAnnotations}.
 *
 * @param generated          whether to mark the classes {@code @javax.annotation.processing.Generated}:
 *                           not in a named module that does not read {@code java.compiler},
 *                           where the annotation type is not visible and the classes would not compile
 * @param suppressedWarnings the lint categories the user's declarations make the generated code
 *                           warn about ({@code deprecation} and {@code removal} for an Impl that
 *                           implements deprecated methods, {@code serial} for a Serializable
 *                           interface), so that a {@code -Werror} build stays clean
 */
public record ClassAnnotations(boolean generated, List<String> suppressedWarnings) {
    public ClassAnnotations {
        suppressedWarnings = List.copyOf(suppressedWarnings);
    }

    List<AnnotationSpec> specs() {
        List<AnnotationSpec> specs = new ArrayList<>();
        if (generated) {
            specs.add(KernelsEmitter.generated());
        }
        if (!suppressedWarnings.isEmpty()) {
            CodeBlock values = suppressedWarnings.stream().map(w -> CodeBlock.of("$S", w))
                    .collect(CodeBlock.joining(", ", suppressedWarnings.size() == 1 ? "" : "{", suppressedWarnings.size() == 1 ? "" : "}"));
            specs.add(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", values).build());
        }
        return specs;
    }
}
