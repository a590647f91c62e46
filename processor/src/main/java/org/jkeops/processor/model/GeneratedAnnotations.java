package org.jkeops.processor.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jkeops.processor.emit.ClassAnnotations;

/**
 * Decides the annotations of the classes generated for an interface ({@link ClassAnnotations})
 * from what the user declared, so that the generated code compiles and does not warn where the
 * interface itself does neither.
 */
public final class GeneratedAnnotations {
    /** The module of {@code javax.annotation.processing.Generated}. */
    static final String JAVA_COMPILER = "java.compiler";

    private GeneratedAnnotations() {
    }

    public static ClassAnnotations of(TypeElement iface, Elements elements, Types types) {
        List<String> suppressed = new ArrayList<>();
        // The Impl implements the interface and overrides its methods; the descriptors and kernels
        // name them: a deprecated interface or method makes each of these uses warn.
        boolean deprecated = false;
        boolean forRemoval = false;
        List<Element> declared = new ArrayList<>(ElementFilter.methodsIn(elements.getAllMembers(iface)));
        for (TypeMirror t : types.directSupertypes(iface.asType())) {
            declared.add(types.asElement(t));
        }
        declared.add(iface);
        for (Element e : declared) {
            if (e != null && elements.isDeprecated(e)) {
                Deprecated d = e.getAnnotation(Deprecated.class);
                if (d != null && d.forRemoval()) {
                    forRemoval = true;
                } else {
                    deprecated = true;
                }
            }
        }
        if (deprecated) {
            suppressed.add("deprecation");
        }
        if (forRemoval) {
            suppressed.add("removal");
        }
        TypeElement serializable = elements.getTypeElement("java.io.Serializable");
        if (serializable != null && types.isSubtype(iface.asType(), serializable.asType())) {
            suppressed.add("serial"); // the Impl: no serialVersionUID, a KernelRuntime field
        }
        return new ClassAnnotations(readsJavaCompiler(elements.getModuleOf(iface)), suppressed);
    }

    /**
     * Whether code in {@code module} can see {@code javax.annotation.processing.Generated}: in the
     * unnamed module (the class path), or in a named module that reads {@code java.compiler}, by a
     * {@code requires} of its own or through {@code requires transitive} ({@code requires java.se}).
     * A named module that does not read it cannot compile the annotation, so the generated classes
     * go without it.
     */
    static boolean readsJavaCompiler(ModuleElement module) {
        if (module == null || module.isUnnamed()) {
            return true;
        }
        Deque<ModuleElement> toVisit = new ArrayDeque<>();
        Set<ModuleElement> seen = new HashSet<>();
        for (ModuleElement.RequiresDirective r : ElementFilter.requiresIn(module.getDirectives())) {
            toVisit.add(r.getDependency());
        }
        while (!toVisit.isEmpty()) {
            ModuleElement m = toVisit.pop();
            if (!seen.add(m)) {
                continue;
            }
            if (m.getQualifiedName().contentEquals(JAVA_COMPILER)) {
                return true;
            }
            for (ModuleElement.RequiresDirective r : ElementFilter.requiresIn(m.getDirectives())) {
                if (r.isTransitive()) {
                    toVisit.add(r.getDependency());
                }
            }
        }
        return false;
    }
}
