package org.jkeops.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Gradient;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Reduce;
import org.jkeops.processor.body.JavacBodyReader;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.emit.AsciiSource;
import org.jkeops.processor.emit.ClassAnnotations;
import org.jkeops.processor.emit.GeneratedNames;
import org.jkeops.processor.emit.KernelsEmitter;
import org.jkeops.processor.emit.ParameterSlots;
import org.jkeops.processor.emit.RuntimeTypes;
import org.jkeops.processor.model.BodyReader;
import org.jkeops.processor.model.GeneratedAnnotations;
import org.jkeops.processor.model.InterfaceChecks;
import org.jkeops.processor.model.KernelMethodAnalyzer;
import org.jkeops.processor.model.Reporter;
import org.jkeops.processor.plan.KernelPlan;

/**
 * The jkeops annotation processor. For each {@code @Kernels} interface: model and validate every
 * abstract method ({@link KernelMethodAnalyzer}), and only if the whole interface is free of
 * errors, emit its implementation ({@link KernelsEmitter}). Errors go through the catalog
 * ({@link Msg}); an unexpected exception becomes a JK900 error on the interface, never a
 * compiler crash.
 *
 * <p>Static methods of the interface annotated {@code @Reduce} are kernels too: their Java body is
 * the formula, read by the second front end ({@link JavacBodyReader}).
 *
 * <p>Option {@code -Ajkeops.dumpIr=true} writes each interface's formulas after every pass to
 * {@code META-INF/jkeops/ir/<package>.<Interface>.txt} in the class output.
 */
@AutoService(Processor.class)
public final class JKeOpsProcessor extends AbstractProcessor {
    static final String KERNELS = Kernels.class.getCanonicalName();
    static final String ANNOTATIONS_PACKAGE = Kernels.class.getPackageName();
    static final String DUMP_OPTION = "jkeops.dumpIr";
    /**
     * A regular expression: SIMD kernels whose name ({@code Interface.method}, nested interfaces
     * as {@code Outer.Inner.method}) matches it keep the unrolled schedule where the tiled one
     * would apply (to compare the two; see docs/PERFORMANCE.md).
     */
    static final String UNROLLED_SIMD_OPTION = "jkeops.unrolledSimd";

    /** Interfaces whose declarations javac could not resolve yet, by qualified name. */
    private final Set<String> deferred = new java.util.LinkedHashSet<>();
    /** The body front end, created on first use. */
    private BodyReader bodies;

    @Override
    public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
        super.init(env);
        bodies = null;
    }

    private BodyReader bodies() {
        if (bodies == null) {
            bodies = JavacBodyReader.create(processingEnv);
        }
        return bodies;
    }

    /**
     * Every jkeops annotation, not only {@code @Kernels}: javac's {@code -Xlint:processing} warns
     * about annotations that no processor claims, which failed every {@code -Werror} build. They
     * have SOURCE retention and mean nothing to another processor, so {@link #process} claims them;
     * and {@code @Generated}, which the classes it generates carry, in the round that compiles them.
     * The price of claiming (javac's rule): a processor for {@code "*"} that comes after this one on
     * the processor path is not called in a round whose only annotations are claimed ones.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ANNOTATIONS_PACKAGE + ".*", RuntimeTypes.GENERATED.canonicalName());
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(DUMP_OPTION, UNROLLED_SIMD_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement kernels = processingEnv.getElementUtils().getTypeElement(KERNELS);
        if (kernels == null) {
            return false;
        }
        List<Element> todo = new ArrayList<>(round.getElementsAnnotatedWith(kernels));
        for (String name : deferred) {
            TypeElement t = processingEnv.getElementUtils().getTypeElement(name);
            if (t != null && !todo.contains(t)) {
                todo.add(t);
            }
        }
        deferred.clear();
        for (Element e : todo) {
            Reporter reporter = new Reporter(processingEnv.getMessager());
            try {
                if (!round.processingOver() && e instanceof TypeElement t && hasUnresolvedMethod(t)) {
                    // A type or constant it uses may be generated by another processor in this
                    // round: look again next round. If it never appears, javac reports it.
                    deferred.add(t.getQualifiedName().toString());
                    continue;
                }
                processInterface(e, reporter);
            } catch (RuntimeException | LinkageError | StackOverflowError ex) {
                StringWriter trace = new StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                reporter.error(e, Msg.INTERNAL, e, ex + "\n" + trace);
            }
        }
        return claims(annotations, round);
    }

    /**
     * Whether to claim the round's annotations (a processor claims all or none): when every one
     * is a jkeops annotation, which only this processor reads, or {@code @Generated} on classes
     * this processor generated only. Another {@code @Generated} is left to other processors.
     */
    private boolean claims(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement a : annotations) {
            if (processingEnv.getElementUtils().getPackageOf(a).getQualifiedName().contentEquals(ANNOTATIONS_PACKAGE)) {
                continue;
            }
            if (!a.getQualifiedName().contentEquals(RuntimeTypes.GENERATED.canonicalName())
                    || !round.getElementsAnnotatedWith(a).stream().allMatch(e -> generatedHere(e, a))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code e} carries {@code @Generated(JKeOpsProcessor)}. */
    private static boolean generatedHere(Element e, TypeElement generated) {
        return e.getAnnotationMirrors().stream()
                .filter(m -> m.getAnnotationType().asElement().equals(generated))
                .flatMap(m -> m.getElementValues().entrySet().stream())
                .filter(v -> v.getKey().getSimpleName().contentEquals("value"))
                .anyMatch(v -> v.getValue().getValue() instanceof List<?> values
                        && values.stream().anyMatch(x -> String.valueOf(((javax.lang.model.element.AnnotationValue) x)
                                .getValue()).equals(KernelsEmitter.PROCESSOR)));
    }

    private void processInterface(Element e, Reporter reporter) {
        if (e.getKind() != ElementKind.INTERFACE) {
            reporter.error(e, Msg.NOT_AN_INTERFACE, e.getSimpleName(), kindWithArticle(e.getKind()));
            return;
        }
        TypeElement iface = (TypeElement) e;
        if (!iface.getTypeParameters().isEmpty()) {
            reporter.error(iface, Msg.GENERIC_INTERFACE, iface.getSimpleName());
        }
        for (Element x = iface; x instanceof TypeElement; x = x.getEnclosingElement()) {
            if (x.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.error(iface, Msg.PRIVATE_INTERFACE, iface.getSimpleName());
                break;
            }
        }
        if (iface.getModifiers().contains(Modifier.SEALED) && !permitsImpl(iface)) {
            GeneratedNames names = names(iface);
            reporter.error(iface, Msg.SEALED_INTERFACE, iface.getSimpleName(),
                    (names.packageName().isEmpty() ? "" : names.packageName() + ".") + names.implName());
        }
        InterfaceChecks checks = new InterfaceChecks(processingEnv.getElementUtils(), reporter);
        checks.ignoredAnnotations(iface);
        checks.hiddenNames(iface, names(iface).generatedClasses());
        checks.implMethodClashes(iface, names(iface));
        List<ExecutableElement> methods = new ArrayList<>();
        for (ExecutableElement m : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(iface))) {
            if (m.getModifiers().contains(Modifier.ABSTRACT)
                    && m.getEnclosingElement().getKind() == ElementKind.INTERFACE
                    && !isObjectMethod(m)) {
                if (inheritedFromClassFile(iface, m)) {
                    reporter.error(iface, Msg.SEPARATELY_COMPILED, iface.getSimpleName(), m.getSimpleName(),
                            ((TypeElement) m.getEnclosingElement()).getQualifiedName(), iface.getSimpleName());
                    continue;
                }
                methods.add(m);
            }
        }
        methods.addAll(bodyMethods(iface));
        Map<String, Integer> counts = new HashMap<>();
        for (ExecutableElement m : methods) {
            counts.merge(m.getSimpleName().toString(), 1, Integer::sum);
        }
        // A companion's method in the Impl must not be, or override, a method of the interface.
        Set<String> memberNames = ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(iface)).stream()
                .map(m -> m.getSimpleName().toString()).collect(Collectors.toSet());
        boolean dump = Boolean.parseBoolean(processingEnv.getOptions().getOrDefault(DUMP_OPTION, "false"));
        StringBuilder dumpText = dump ? new StringBuilder() : null;
        KernelMethodAnalyzer analyzer = new KernelMethodAnalyzer(reporter,
                bodyMethods(iface).isEmpty() ? null : bodies());
        List<KernelPlan> plans = new ArrayList<>();
        Map<KernelPlan, ExecutableElement> declarations = new java.util.IdentityHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> usedFunctions = new HashSet<>();
        Set<String> usedConstants = new HashSet<>();
        for (ExecutableElement m : methods) {
            String name = m.getSimpleName().toString();
            int ordinal = seen.merge(name, 1, Integer::sum) - 1;
            String base = counts.get(name) == 1 ? name : name + "_" + ordinal;
            // Overloads (conv_0) may meet a method really named conv_0, gaussSum and gauss_sum
            // share the constant GAUSS_SUM, and knn's partial companion knn$part may meet a method
            // really named knn$part: every kernel and its companion get names of their own.
            String function = base;
            for (int n = 1; functionTaken(function, usedFunctions, usedConstants, memberNames); n++) {
                function = base + "_" + n;
            }
            for (String f : List.of(function, function + KernelPlan.PARTIAL_SUFFIX)) {
                usedFunctions.add(f);
                usedConstants.add(GeneratedNames.constantName(f));
            }
            KernelPlan plan = analyzer.analyze(iface, m, function, dumpText);
            if (plan != null) {
                plans.add(plan);
                declarations.put(plan, m);
            }
        }
        checkFacadeSignatures(iface, plans, declarations, reporter);
        checkDefaultMethodsReplaced(iface, plans, reporter);
        if (reporter.errors() > 0) {
            return; // never generate for an element with errors
        }
        // Generated beside the methods: the entries engines run on parts of the reduced axis.
        plans = KernelPlan.withCompanions(plans);
        GeneratedNames names = names(iface);
        if (dumpText != null) {
            writeDump(iface, names, dumpText.toString(), reporter);
        }
        String option = processingEnv.getOptions().getOrDefault(UNROLLED_SIMD_OPTION, "(?!)");
        Pattern unrolled;
        try {
            unrolled = Pattern.compile(option);
        } catch (PatternSyntaxException ex) {
            reporter.error(iface, Msg.BAD_OPTION, UNROLLED_SIMD_OPTION, option, ex.getDescription(), iface.getSimpleName());
            unrolled = Pattern.compile("(?!)");
        }
        ClassAnnotations annotations = GeneratedAnnotations.of(iface, processingEnv.getElementUtils(),
                processingEnv.getTypeUtils());
        List<JavaFile> files = KernelsEmitter.emit(names, annotations, plans, iface, unrolled.asMatchPredicate());
        if (tooManySlots(files, names, annotations, plans, declarations, iface, unrolled, reporter)) {
            return;
        }
        try {
            FileObject cl = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    KernelsEmitter.openClResource(names), iface);
            // UTF-8 whatever javac's -encoding (openWriter's charset): the generated OpenClProgram
            // reads it as UTF-8, and a non-ASCII kernel name read otherwise is not the one launched.
            try (Writer w = new java.io.OutputStreamWriter(cl.openOutputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
                w.write(org.jkeops.processor.emit.OpenClEmitter.program(names.interfaceName(), plans));
            }
        } catch (FilerException ex) {
            // Two interfaces with the same flat name: the generated Impl clashes too (JK103).
            reporter.error(iface, Msg.GENERATED_NAME_CLASH, iface.getQualifiedName(),
                    (names.packageName().isEmpty() ? "" : names.packageName() + ".") + names.implName(), ex.getMessage());
            return;
        } catch (IOException ex) {
            reporter.error(iface, Msg.INTERNAL, iface, "cannot write " + KernelsEmitter.openClResource(names) + ": " + ex);
            return;
        }
        for (JavaFile file : files) {
            try {
                writeSource(file);
            } catch (FilerException ex) {
                // Outer.Gauss and a top-level Outer_Gauss both give Outer_GaussImpl; so does a
                // hand-written GaussImpl next to Gauss. javac's Filer knows what exists.
                String type = (file.packageName().isEmpty() ? "" : file.packageName() + ".") + file.typeSpec().name();
                reporter.error(iface, Msg.GENERATED_NAME_CLASH, iface.getQualifiedName(), type, ex.getMessage());
                return;
            } catch (IOException ex) {
                reporter.error(iface, Msg.INTERNAL, iface, "cannot write " + file.typeSpec().name() + ": " + ex);
            }
        }
    }

    /**
     * Whether a generated method needs more parameter slots than the JVM allows (JK128, at each
     * kernel method whose code has one): its parameters are within the limit, the generated
     * methods add their own. Each kernel is emitted alone to find which, only when one exceeds it.
     */
    private static boolean tooManySlots(List<JavaFile> files, GeneratedNames names, ClassAnnotations annotations,
            List<KernelPlan> plans, Map<KernelPlan, ExecutableElement> declarations, TypeElement iface, Pattern unrolled,
            Reporter reporter) {
        if (files.stream().allMatch(f -> ParameterSlots.widest(f.typeSpec()).slots() <= ParameterSlots.LIMIT)) {
            return false;
        }
        boolean reported = false;
        for (KernelPlan plan : plans) {
            ExecutableElement method = declarations.get(plan);
            if (method == null) {
                continue; // a partial companion, emitted with its method
            }
            ParameterSlots.Widest widest = KernelsEmitter.emit(names, annotations, KernelPlan.withCompanions(List.of(plan)),
                            iface, unrolled.asMatchPredicate()).stream()
                    .map(f -> ParameterSlots.widest(f.typeSpec()))
                    .max(java.util.Comparator.comparingInt(ParameterSlots.Widest::slots)).orElseThrow();
            if (widest.slots() > ParameterSlots.LIMIT) {
                reporter.error(method, Msg.PARAMETER_SLOTS, method.getSimpleName(), widest.slots(), widest.method(),
                        ParameterSlots.LIMIT);
                reported = true;
            }
        }
        return reported;
    }

    /**
     * Writes a generated class as {@link JavaFile#writeTo(javax.annotation.processing.Filer)}
     * does, in ASCII ({@link AsciiSource}): the Filer writes in javac's {@code -encoding}, where a
     * non-ASCII name may not exist.
     */
    private void writeSource(JavaFile file) throws IOException {
        String name = (file.packageName().isEmpty() ? "" : file.packageName() + ".") + file.typeSpec().name();
        javax.tools.JavaFileObject source = processingEnv.getFiler().createSourceFile(name,
                file.typeSpec().originatingElements().toArray(Element[]::new));
        try (Writer w = source.openWriter()) {
            w.write(AsciiSource.of(file.toString()));
        }
    }

    /**
     * Whether a function name, or the name of its partial companion (whether or not it will have
     * one), is another kernel's function or constant, or the companion's is the name of a method of
     * the interface (a kernel's, or a default method's, which the companion would override).
     */
    private static boolean functionTaken(String function, Set<String> functions, Set<String> constants,
            Set<String> methodNames) {
        String part = function + KernelPlan.PARTIAL_SUFFIX;
        return functions.contains(function) || constants.contains(GeneratedNames.constantName(function))
                || functions.contains(part) || constants.contains(GeneratedNames.constantName(part))
                || methodNames.contains(part);
    }

    /**
     * The static methods of the interface that are kernels: annotated {@code @Reduce} (their body
     * is the formula) or {@code @Formula} (an error the analyzer reports). Static interface methods
     * are not inherited, so only the interface's own.
     */
    private static List<ExecutableElement> bodyMethods(TypeElement iface) {
        return ElementFilter.methodsIn(iface.getEnclosedElements()).stream()
                .filter(m -> m.getModifiers().contains(Modifier.STATIC)
                        && (m.getAnnotation(Reduce.class) != null || m.getAnnotation(Formula.class) != null))
                .toList();
    }

    /**
     * A body method's generated method takes arrays where the static method takes scalars, so it
     * may have the signature of another generated method: javac would reject the Impl.
     */
    private static void checkFacadeSignatures(TypeElement iface, List<KernelPlan> plans,
            Map<KernelPlan, ExecutableElement> declarations, Reporter reporter) {
        Map<String, KernelPlan> seen = new HashMap<>();
        for (KernelPlan plan : plans) {
            String sig = facadeSignature(plan);
            KernelPlan other = seen.putIfAbsent(sig, plan);
            if (other != null && !plan.fromBody() && !other.fromBody()) {
                // Two abstract methods only clash when inherited from two superinterfaces
                // (interface K extends A1, A2), each with its own @Formula: Java sees one method.
                List<String> both = Stream.of(declarations.get(other), declarations.get(plan))
                        .map(JKeOpsProcessor::qualifiedMethod).sorted().toList();
                reporter.error(iface, Msg.INHERITED_SIGNATURE_CLASH, both.get(0), both.get(1), sig,
                        iface.getSimpleName(), plan.methodName(), iface.getSimpleName());
            } else if (other != null) {
                KernelPlan body = plan.fromBody() ? plan : other;
                ExecutableElement element = ElementFilter.methodsIn(iface.getEnclosedElements()).stream()
                        .filter(m -> m.getModifiers().contains(Modifier.STATIC)
                                && m.getSimpleName().contentEquals(body.methodName()))
                        .findFirst().orElse(null);
                reporter.error(element != null ? element : iface, Msg.BODY_SIGNATURE_CLASH, body.methodName(), sig,
                        iface.getSimpleName());
            }
        }
    }

    /**
     * A body method's generated method takes arrays, so it may have the signature of a default
     * method of the interface, which the Impl would then override: javac rejects the Impl when the
     * return types differ, and with the same return type the user's method is silently replaced
     * by the kernel (a call through the interface runs the kernel).
     */
    private void checkDefaultMethodsReplaced(TypeElement iface, List<KernelPlan> plans, Reporter reporter) {
        var types = processingEnv.getTypeUtils();
        for (ExecutableElement d : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(iface))) {
            if (!d.getModifiers().contains(Modifier.DEFAULT)) {
                continue;
            }
            String sig = d.getParameters().stream().map(p -> types.erasure(p.asType()).toString())
                    .collect(Collectors.joining(", ", d.getSimpleName() + "(", ")"));
            for (KernelPlan plan : plans) {
                if (plan.fromBody() && facadeSignature(plan).equals(sig)) {
                    javax.tools.JavaFileObject file = processingEnv.getElementUtils().getFileObjectOf(d);
                    boolean inSources = file != null && file.getKind() == javax.tools.JavaFileObject.Kind.SOURCE;
                    reporter.error(inSources ? d : iface, Msg.BODY_REPLACES_DEFAULT, plan.methodName(), sig,
                            ((TypeElement) d.getEnclosingElement()).getQualifiedName(), d.getSimpleName());
                }
            }
        }
    }

    /** The signature of a plan's generated method, as javac prints it: {@code f(double[], double)}. */
    private static String facadeSignature(KernelPlan plan) {
        String scalar = plan.precision().javaType();
        return plan.params().stream().filter(KernelPlan.Param::inSignature).map(p -> switch (p.role()) {
            case VARIABLE -> p.scalar() ? scalar : scalar + "[]";
            case OUT_VALUES -> scalar + "[]";
            case OUT_INDICES -> "int[]";
            case RANGES -> RuntimeTypes.RANGES.canonicalName();
        }).collect(Collectors.joining(", ", plan.methodName() + "(", ")"));
    }

    /**
     * An abstract method inherited from a type javac read from a class file, with no @Formula or
     * @Gradient in sight: these annotations have SOURCE retention, so a kernel method compiled
     * separately (an earlier build, another module) looks unannotated.
     */
    private boolean inheritedFromClassFile(TypeElement iface, ExecutableElement m) {
        if (m.getEnclosingElement().equals(iface) || m.getAnnotation(Formula.class) != null
                || m.getAnnotation(Gradient.class) != null) {
            return false;
        }
        javax.tools.JavaFileObject file = processingEnv.getElementUtils().getFileObjectOf(m.getEnclosingElement());
        return file != null && file.getKind() == javax.tools.JavaFileObject.Kind.CLASS;
    }

    /** {@code A1.conv}: the declaring type's simple name and the method's. */
    private static String qualifiedMethod(ExecutableElement m) {
        return m == null ? "?" : m.getEnclosingElement().getSimpleName() + "." + m.getSimpleName();
    }

    /**
     * An interface may redeclare {@code toString()}, {@code equals(Object)} or {@code hashCode()}
     * (for documentation): such methods are abstract in the interface, but every class inherits
     * them from {@code Object}, so they are not kernels.
     */
    private boolean isObjectMethod(ExecutableElement m) {
        TypeElement object = processingEnv.getElementUtils().getTypeElement("java.lang.Object");
        var types = processingEnv.getTypeUtils();
        List<? extends VariableElement> params = m.getParameters();
        return ElementFilter.methodsIn(object.getEnclosedElements()).stream()
                .filter(o -> o.getModifiers().contains(Modifier.PUBLIC) && o.getSimpleName().equals(m.getSimpleName())
                        && o.getParameters().size() == params.size())
                .anyMatch(o -> IntStream.range(0, params.size()).allMatch(k -> types.isSameType(
                        types.erasure(o.getParameters().get(k).asType()), types.erasure(params.get(k).asType()))));
    }

    private boolean hasUnresolvedMethod(TypeElement t) {
        return t.getKind() == ElementKind.INTERFACE && Stream.concat(
                ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(t)).stream()
                        .filter(m -> m.getModifiers().contains(Modifier.ABSTRACT)),
                bodyMethods(t).stream()).anyMatch(KernelMethodAnalyzer::javacReportsAnError);
    }

    /**
     * Whether a sealed interface lists the generated class among its permitted subtypes (it may:
     * the generated class is final and in the interface's package). Before it is generated, javac
     * knows it only by the name written in the permits clause.
     */
    private boolean permitsImpl(TypeElement iface) {
        GeneratedNames names = names(iface);
        String qualified = (names.packageName().isEmpty() ? "" : names.packageName() + ".") + names.implName();
        return iface.getPermittedSubclasses().stream().map(Object::toString)
                .anyMatch(t -> t.equals(qualified) || t.equals(names.implName()));
    }

    /** "a class", "an enum", "an annotation type", ... */
    private static String kindWithArticle(ElementKind kind) {
        String name = kind.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    private GeneratedNames names(TypeElement iface) {
        PackageElement pkg = processingEnv.getElementUtils().getPackageOf(iface);
        String qualified = iface.getQualifiedName().toString();
        String pkgName = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
        String relative = pkgName.isEmpty() ? qualified : qualified.substring(pkgName.length() + 1);
        return new GeneratedNames(pkgName, relative);
    }

    private void writeDump(TypeElement iface, GeneratedNames names, String text, Reporter reporter) {
        String file = (names.packageName().isEmpty() ? "" : names.packageName() + ".") + names.flatName() + ".txt";
        try {
            FileObject out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    "META-INF/jkeops/ir/" + file, iface);
            try (Writer w = new java.io.OutputStreamWriter(out.openOutputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
                w.write(text);
            }
            reporter.note(iface, "jkeops: IR dump written to META-INF/jkeops/ir/" + file);
        } catch (IOException ex) {
            reporter.warning(iface, Msg.IR_DUMP_FAILED.format(iface, ex));
        }
    }
}
