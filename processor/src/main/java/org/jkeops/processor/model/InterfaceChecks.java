package org.jkeops.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;
import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Gradient;
import org.jkeops.annotations.Reduce;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.emit.GeneratedNames;
import org.jkeops.processor.emit.RuntimeTypes;

/**
 * Checks of a {@code @Kernels} interface that javac alone would report confusingly or not at all:
 * types and constants that hide names the generated code spells by their simple names (JK105),
 * default methods the generated Impl would override (JK115), and kernel annotations on methods
 * jkeops does not implement (JK113).
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
     * Names the Impl spells only where a type is expected (annotations, declarations, {@code new},
     * {@code catch}): a field of the same name cannot obscure a type there (JLS 6.4.2), so an
     * inherited constant of that name is harmless. Every other name may qualify a member access
     * ({@code Objects.requireNonNull}, {@code Backend.SCALAR}, {@code OpenClProgram.SOURCE}).
     */
    private static final Set<String> TYPE_CONTEXT_ONLY = Stream.concat(Stream.of("Override", "IOException",
            "InputStream", "UncheckedIOException", "String", "Object", "Void", "IllegalArgumentException",
            "IllegalStateException", "UnsupportedOperationException"), Stream.of(RuntimeTypes.GENERATED,
            RuntimeTypes.RANGES, RuntimeTypes.DEVICE_BACKEND, RuntimeTypes.DOUBLE_ARG_RESULT,
            RuntimeTypes.FLOAT_ARG_RESULT, RuntimeTypes.KERNEL_INFO, RuntimeTypes.DEVICE_LAUNCH)
            .map(ClassName::simpleName)).collect(Collectors.toUnmodifiableSet());
    /** The Impl's own nested class holding its OpenCL program, which an inherited constant of that name obscures. */
    private static final String OPENCL_PROGRAM_CLASS = "OpenClProgram";

    /**
     * The generated code spells java.lang and imported types, and its sibling generated classes
     * ({@code siblings}, qualified: {@code KScalarKernels}, {@code KSimdKernels}, {@code KMethods},
     * {@code KImpl}), by their simple names; a type that hides one would make it not compile, and
     * so would a field the Impl inherits from the interface ({@code String Objects} turns
     * {@code Objects.requireNonNull} into a field access). Reported at the hiding type or field
     * when it is in the sources, else at the interface.
     */
    public void hiddenNames(TypeElement iface, List<String> siblings) {
        Map<String, TypeElement> hiding = new LinkedHashMap<>();
        for (TypeElement t : ElementFilter.typesIn(elements.getPackageOf(iface).getEnclosedElements())) {
            hiding.putIfAbsent(t.getSimpleName().toString(), t);
        }
        Map<String, TypeElement> members = new LinkedHashMap<>();
        for (TypeElement t : ElementFilter.typesIn(elements.getAllMembers(iface))) {
            members.putIfAbsent(t.getSimpleName().toString(), t);
        }
        Map<String, VariableElement> fields = new LinkedHashMap<>();
        for (VariableElement f : ElementFilter.fieldsIn(elements.getAllMembers(iface))) {
            fields.putIfAbsent(f.getSimpleName().toString(), f);
        }
        Map<String, String> needed = new LinkedHashMap<>();
        for (String name : JAVA_LANG_NAMES) {
            needed.put(name, "java.lang." + name);
        }
        for (String qualified : IMPL_IMPORTS) {
            needed.putIfAbsent(qualified.substring(qualified.lastIndexOf('.') + 1), qualified);
        }
        for (String qualified : siblings) {
            needed.putIfAbsent(qualified.substring(qualified.lastIndexOf('.') + 1), qualified);
        }
        needed.putIfAbsent(OPENCL_PROGRAM_CLASS, "the nested class " + OPENCL_PROGRAM_CLASS + " of the Impl");
        for (Map.Entry<String, String> need : needed.entrySet()) {
            String name = need.getKey();
            VariableElement field = TYPE_CONTEXT_ONLY.contains(name) ? null : fields.get(name);
            if (field != null) {
                TypeElement owner = (TypeElement) field.getEnclosingElement();
                reporter.error(inSources(field) ? field : iface, Msg.HIDDEN_NAME, "constant",
                        owner.getQualifiedName() + "." + name, need.getValue(), iface.getQualifiedName(), name, "it");
                continue;
            }
            TypeElement t = name.equals(OPENCL_PROGRAM_CLASS) ? null : members.get(name);
            if (t == null && need.getValue().startsWith("java.lang.")) {
                t = hiding.get(name);
            }
            if (t == null || t.getQualifiedName().contentEquals(need.getValue())) {
                continue;
            }
            String kind = t.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
            reporter.error(inSources(t) ? t : iface, Msg.HIDDEN_NAME, kind, t.getQualifiedName(), need.getValue(),
                    iface.getQualifiedName(), name, t.equals(iface) ? "the interface" : "it");
        }
    }

    /**
     * The generated Impl declares {@code runtime()}, {@code openClSource(String)} and
     * {@code openClProgram()}; a default method of the interface with one of these signatures
     * (its own or inherited) would be overridden by a method that is private, static or of
     * another return type (javac rejects the Impl), or silently replaced by the Impl's
     * {@code openClSource}.
     */
    public void implMethodClashes(TypeElement iface, GeneratedNames names) {
        Map<String, List<String>> declared = Map.of("runtime", List.of(), "openClSource", List.of("java.lang.String"),
                "openClProgram", List.of());
        for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(iface))) {
            List<String> params = declared.get(m.getSimpleName().toString());
            if (params == null || !m.getModifiers().contains(Modifier.DEFAULT)
                    || !m.getParameters().stream().map(p -> erasure(p.asType())).toList().equals(params)) {
                continue;
            }
            TypeElement owner = (TypeElement) m.getEnclosingElement();
            String signature = m.getSimpleName() + "(" + String.join(", ", params) + ")";
            reporter.error(inSources(m) ? m : iface, Msg.IMPL_METHOD_CLASH, owner.getQualifiedName(), signature,
                    names.implName(), iface.getSimpleName());
        }
    }

    private String erasure(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString() : type.toString();
    }

    private boolean inSources(Element e) {
        JavaFileObject file = elements.getFileObjectOf(e);
        return file != null && file.getKind() == JavaFileObject.Kind.SOURCE;
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
