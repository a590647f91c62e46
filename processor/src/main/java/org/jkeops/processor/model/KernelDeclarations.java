package org.jkeops.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Gradient;
import org.jkeops.annotations.Reduce;
import org.jkeops.processor.diag.Msg;

/**
 * Reads what a kernel method is from its method-level annotations and modifiers: a
 * {@code @Formula}, a static method's body or a {@code @Gradient}, and its reduction. Reports the
 * combinations that are not kernels (JK110, JK111, JK150, JK308) and the problems of a gradient's target.
 */
final class KernelDeclarations {
    private final Reporter reporter;
    private final GradientTargets targets;

    KernelDeclarations(Reporter reporter) {
        this.reporter = reporter;
        this.targets = new GradientTargets(reporter);
    }

    /** The declaration, or null after reporting why the method cannot be analysed further. */
    KernelDeclaration read(TypeElement iface, ExecutableElement method) {
        if (KernelMethodAnalyzer.javacReportsAnError(method)) {
            reporter.silentError();
            return null;
        }
        String methodName = method.getSimpleName().toString();
        String kernelName = iface.getSimpleName() + "." + methodName;
        AnnotationMirror formula = Annotations.find(method, Formula.class);
        boolean body = method.getModifiers().contains(Modifier.STATIC);
        if (body && formula != null) {
            reporter.error(method, Msg.BODY_STATIC_FORMULA, methodName);
            return null;
        }
        AnnotationMirror gradient = body ? null : Annotations.find(method, Gradient.class);
        AnnotationMirror reduce = Annotations.find(method, Reduce.class);
        if (gradient != null && (formula != null || reduce != null)) {
            String other = formula != null ? "Formula" : "Reduce";
            reporter.error(method, Msg.GRADIENT_WITH_FORMULA, methodName, other, other);
            return null;
        }
        if (formula == null && !body && gradient == null) {
            reporter.error(method, Msg.MISSING_FORMULA, methodName);
            return null;
        }
        if (!method.getTypeParameters().isEmpty()) {
            reporter.error(method, Msg.GENERIC_METHOD, methodName);
        }
        if (gradient != null) {
            GradientTarget target = targets.find(iface, method, gradient);
            return target == null ? null : new KernelDeclaration(method, kernelName,
                    new FormulaSource.Derived(gradient, target), ReductionSpec.gradient(target));
        }
        FormulaSource source = body ? new FormulaSource.Body() : new FormulaSource.Written(formula);
        return new KernelDeclaration(method, kernelName, source, ReductionSpec.read(reduce));
    }
}
