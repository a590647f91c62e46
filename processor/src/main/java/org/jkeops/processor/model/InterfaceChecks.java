package org.jkeops.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;
import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Gradient;
import org.jkeops.annotations.Reduce;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.emit.RuntimeTypes;

/**
 * Checks of a {@code @Kernels} interface that javac alone would report confusingly or not at all:
 * types that hide names the generated code spells by their simple names (JK105), and kernel
 * annotations on methods jkeops does not implement (JK113).
 */
public final class InterfaceChecks {
    private final Elements elements;
    private final Reporter reporter;

    public InterfaceChecks(Elements elements, Reporter reporter) {
        this.elements = elements;
        this.reporter = reporter;
    }

    /**
     * java.lang types the generated classes (the Impl, the Methods descriptors, the scalar and SIMD kernels) name by their
     * simple name: a type of the same name in the package, or a member type of the interface
     * (which the Impl inherits), hides them.
     */
    private static final List<String> JAVA_LANG_NAMES = List.of("Math", "String", "Float", "Double", "Integer", "Long",
            "Object", "System", "Override", "Void", "IllegalArgumentException", "IllegalStateException",
            "UnsupportedOperationException");
    /**
     * Types the generated Impl imports: a member type of the interface, which the Impl inherits,
     * hides an import (a type of the package does not).
     */
    private static final List<String> IMPL_IMPORTS = Stream.concat(Stream.of("java.util.Arrays", "java.util.List",
            "java.util.Objects", "java.util.Set", "java.io.IOException", "java.io.InputStream", "java.io.UncheckedIOException",
            "java.nio.charset.StandardCharsets"), Stream.of(RuntimeTypes.GENERATED, RuntimeTypes.RANGES, RuntimeTypes.BACKEND,
            RuntimeTypes.DEVICE_BACKEND, RuntimeTypes.DOUBLE_ARG_RESULT, RuntimeTypes.FLOAT_ARG_RESULT, RuntimeTypes.KERNEL_INFO,
            RuntimeTypes.KERNEL_RUNTIME, RuntimeTypes.ARGS, RuntimeTypes.DEVICE_LAUNCH, RuntimeTypes.RANGE_BLOCKS,
            RuntimeTypes.SPLIT_MERGE).map(ClassName::canonicalName)).toList();

    /**
     * The generated code spells java.lang and imported types by their simple names; a type that
     * hides one would make it not compile. Reported at the hiding type when it is in the sources,
     * else at the interface.
     */
    public void hiddenNames(TypeElement iface) {
        Map<String, TypeElement> hiding = new LinkedHashMap<>();
        for (TypeElement t : ElementFilter.typesIn(elements.getPackageOf(iface).getEnclosedElements())) {
            hiding.putIfAbsent(t.getSimpleName().toString(), t);
        }
        Map<String, TypeElement> members = new LinkedHashMap<>();
        for (TypeElement t : ElementFilter.typesIn(elements.getAllMembers(iface))) {
            members.putIfAbsent(t.getSimpleName().toString(), t);
        }
        Map<String, String> needed = new LinkedHashMap<>();
        for (String name : JAVA_LANG_NAMES) {
            needed.put(name, "java.lang." + name);
        }
        for (String qualified : IMPL_IMPORTS) {
            needed.putIfAbsent(qualified.substring(qualified.lastIndexOf('.') + 1), qualified);
        }
        for (Map.Entry<String, String> need : needed.entrySet()) {
            String name = need.getKey();
            TypeElement t = members.get(name);
            if (t == null && need.getValue().startsWith("java.lang.")) {
                t = hiding.get(name);
            }
            if (t == null || t.getQualifiedName().contentEquals(need.getValue())) {
                continue;
            }
            JavaFileObject file = elements.getFileObjectOf(t);
            boolean inSources = file != null && file.getKind() == JavaFileObject.Kind.SOURCE;
            String kind = t.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
            reporter.error(inSources ? t : iface, Msg.HIDDEN_NAME, kind, t.getQualifiedName(), need.getValue(),
                    iface.getQualifiedName(), name, t.equals(iface) ? "the interface" : "it");
        }
    }

    /**
     * Kernels are the abstract methods (a @Formula or a @Gradient) and the static @Reduce methods
     * (the body is the formula). The same annotations on a method with a body that is not a
     * kernel (default, private) or @Gradient on a static method would be ignored without a word.
     */
    public void ignoredAnnotations(TypeElement iface) {
        for (ExecutableElement m : ElementFilter.methodsIn(iface.getEnclosedElements())) {
            Set<Modifier> mods = m.getModifiers();
            if (mods.contains(Modifier.ABSTRACT)) {
                continue;
            }
            boolean isStatic = mods.contains(Modifier.STATIC);
            String kind = isStatic ? "static" : mods.contains(Modifier.DEFAULT) ? "default" : "private";
            boolean gradient = m.getAnnotation(Gradient.class) != null;
            if (isStatic) {
                if (gradient) {
                    reporter.error(m, Msg.IGNORED_ANNOTATION, kind, m.getSimpleName(), "@Gradient", kind,
                            "jkeops generates a gradient's implementation, so a @Gradient method is abstract: "
                                    + "remove static and the body");
                }
                continue; // @Reduce: a body kernel; @Formula: JK308
            }
            List<String> found = new ArrayList<>();
            if (m.getAnnotation(Formula.class) != null) {
                found.add("@Formula");
            }
            if (m.getAnnotation(Reduce.class) != null) {
                found.add("@Reduce");
            }
            if (gradient) {
                found.add("@Gradient");
            }
            if (!found.isEmpty()) {
                reporter.error(m, Msg.IGNORED_ANNOTATION, kind, m.getSimpleName(), String.join(" and ", found), kind,
                        "jkeops implements abstract methods (from their @Formula or @Gradient) and static @Reduce "
                                + "methods (whose body is the formula): remove the body"
                                + (kind.equals("default") ? " and default" : " and private")
                                + " to make it abstract, make it a static @Reduce method, or remove "
                                + String.join(" and ", found));
            }
        }
    }
}
