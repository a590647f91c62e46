package org.jkeops.processor.model;

import java.lang.annotation.Annotation;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotation mirrors by name. The processor reads values from mirrors rather than through
 * reflection proxies, so errors can point at the exact annotation value.
 */
final class Annotations {
    private Annotations() {
    }

    /** The mirror of annotation {@code type} on {@code e}, or null. */
    static AnnotationMirror find(Element e, Class<? extends Annotation> type) {
        String qualifiedName = type.getCanonicalName();
        return e.getAnnotationMirrors().stream().filter(m -> ((TypeElement) m.getAnnotationType().asElement())
                .getQualifiedName().contentEquals(qualifiedName)).findFirst().orElse(null);
    }

    /** The explicitly written value of an element of an annotation, or null. */
    static AnnotationValue explicit(AnnotationMirror m, String name) {
        return m == null ? null : m.getElementValues().entrySet().stream()
                .filter(en -> en.getKey().getSimpleName().contentEquals(name)).findFirst()
                .<AnnotationValue>map(Map.Entry::getValue).orElse(null);
    }

    /**
     * Whether javac could not resolve the annotation or one of its written values (an unknown
     * constant, a misspelt enum constant): javac reports that itself, and the value must not be
     * read. javac stands in a string {@code <error>} for such a value; a real string literal
     * prints quoted.
     */
    static boolean erroneous(AnnotationMirror m) {
        if (m.getAnnotationType().getKind() == TypeKind.ERROR) {
            return true;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> en
                : m.getElementValues().entrySet()) {
            Object v = en.getValue().getValue();
            TypeMirror expected = en.getKey().getReturnType();
            if (v instanceof String s && s.equals("<error>") && en.getValue().toString().equals("<error>")) {
                return true;
            }
            if (expected.getKind() == TypeKind.INT && !(v instanceof Integer)) {
                return true;
            }
            if (expected instanceof DeclaredType d && d.asElement().getKind() == ElementKind.ENUM
                    && !(v instanceof VariableElement)) {
                return true;
            }
        }
        return false;
    }

    /** The value of an element, explicit or default, or null when the annotation is absent. */
    static Object value(AnnotationMirror m, String name) {
        if (m == null) {
            return null;
        }
        AnnotationValue v = explicit(m, name);
        if (v != null) {
            return v.getValue();
        }
        for (Element member : m.getAnnotationType().asElement().getEnclosedElements()) {
            if (member instanceof ExecutableElement ex && ex.getSimpleName().contentEquals(name)
                    && ex.getDefaultValue() != null) {
                return ex.getDefaultValue().getValue();
            }
        }
        return null;
    }

    /** An enum-valued element's constant name (e.g. "SUM"), explicit or default. */
    static String enumName(AnnotationMirror m, String name, String fallback) {
        Object v = value(m, name);
        if (v == null) {
            return fallback;
        }
        return v instanceof VariableElement ve ? ve.getSimpleName().toString() : v.toString();
    }
}
