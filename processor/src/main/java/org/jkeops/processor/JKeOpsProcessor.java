package org.jkeops.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.emit.GeneratedNames;
import org.jkeops.processor.emit.KernelsEmitter;
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
 * <p>Option {@code -Ajkeops.dumpIr=true} writes each interface's formulas after every pass to
 * {@code META-INF/jkeops/ir/<package>.<Interface>.txt} in the class output.
 */
@AutoService(Processor.class)
public final class JKeOpsProcessor extends AbstractProcessor {
    static final String KERNELS = "org.jkeops.annotations.Kernels";
    static final String DUMP_OPTION = "jkeops.dumpIr";

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(KERNELS);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(DUMP_OPTION);
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
        for (Element e : round.getElementsAnnotatedWith(kernels)) {
            Reporter reporter = new Reporter(processingEnv.getMessager());
            try {
                processInterface(e, reporter);
            } catch (RuntimeException | LinkageError | StackOverflowError ex) {
                StringWriter trace = new StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                reporter.error(e, Msg.INTERNAL, e, ex + "\n" + trace);
            }
        }
        return false;
    }

    private void processInterface(Element e, Reporter reporter) {
        if (e.getKind() != ElementKind.INTERFACE) {
            reporter.error(e, Msg.NOT_AN_INTERFACE, e.getSimpleName(), e.getKind().toString().toLowerCase(java.util.Locale.ROOT));
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
        List<ExecutableElement> methods = new ArrayList<>();
        for (ExecutableElement m : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(iface))) {
            if (m.getModifiers().contains(Modifier.ABSTRACT)
                    && m.getEnclosingElement().getKind() == ElementKind.INTERFACE) {
                methods.add(m);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (ExecutableElement m : methods) {
            counts.merge(m.getSimpleName().toString(), 1, Integer::sum);
        }
        boolean dump = Boolean.parseBoolean(processingEnv.getOptions().getOrDefault(DUMP_OPTION, "false"));
        StringBuilder dumpText = dump ? new StringBuilder() : null;
        KernelMethodAnalyzer analyzer = new KernelMethodAnalyzer(reporter);
        List<KernelPlan> plans = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ExecutableElement m : methods) {
            String name = m.getSimpleName().toString();
            int ordinal = seen.merge(name, 1, Integer::sum) - 1;
            String function = counts.get(name) == 1 ? name : name + "_" + ordinal;
            KernelPlan plan = analyzer.analyze(iface, m, function, dumpText);
            if (plan != null) {
                plans.add(plan);
            }
        }
        if (reporter.errors() > 0) {
            return; // never generate for an element with errors
        }
        GeneratedNames names = names(iface);
        if (dumpText != null) {
            writeDump(iface, names, dumpText.toString(), reporter);
        }
        for (JavaFile file : KernelsEmitter.emit(names, plans, iface)) {
            try {
                file.writeTo(processingEnv.getFiler());
            } catch (IOException ex) {
                reporter.error(iface, Msg.INTERNAL, iface, "cannot write " + file.typeSpec().name() + ": " + ex);
            }
        }
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
            try (Writer w = out.openWriter()) {
                w.write(text);
            }
            reporter.note(iface, "jkeops: IR dump written to META-INF/jkeops/ir/" + file);
        } catch (IOException ex) {
            reporter.warning(iface, Msg.IR_DUMP_FAILED.format(iface, ex));
        }
    }
}
