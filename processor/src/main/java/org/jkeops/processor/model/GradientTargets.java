package org.jkeops.processor.model;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Gradient;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.ir.Category;

/**
 * Finds and checks the target of a {@code @Gradient} method: an abstract {@code @Formula} method
 * of the interface (or a superinterface), not overloaded, not itself a gradient, whose reduction
 * has a gradient (JK151, JK152), with {@code wrt} among its formula parameters (JK153).
 */
final class GradientTargets {
    private final Reporter reporter;

    GradientTargets(Reporter reporter) {
        this.reporter = reporter;
    }

    /** The checked target, or null after reporting a problem (or counting one its target reports). */
    GradientTarget find(TypeElement iface, ExecutableElement method, AnnotationMirror mirror) {
        String of = (String) Annotations.value(mirror, "of");
        ExecutableElement target = lookUp(iface, method, mirror, of);
        if (target == null) {
            return null;
        }
        AnnotationMirror reduce = Annotations.find(target, Reduce.class);
        ReductionSpec spec = ReductionSpec.read(reduce);
        GradientForm form = form(method, mirror, spec, of);
        if (form == null) {
            return null;
        }
        String wrt = (String) Annotations.value(mirror, "wrt");
        Category category = wrtCategory(method, mirror, target, wrt);
        if (category == null) {
            return null;
        }
        AnnotationMirror formula = Annotations.find(target, Formula.class);
        String weight = spec.weightText().isEmpty() ? null : spec.weightText();
        return new GradientTarget(target, formula, reduce, wrt, category, spec.over(), weight, form);
    }

    /** The one abstract {@code @Formula} method {@code of} names (JK151), or null after reporting. */
    private ExecutableElement lookUp(TypeElement iface, ExecutableElement method, AnnotationMirror mirror,
            String of) {
        String methodName = method.getSimpleName().toString();
        List<ExecutableElement> found = new ArrayList<>();
        collectMethods(iface, of, found, new HashSet<>());
        AnnotationValue ofValue = Annotations.explicit(mirror, "of");
        String problem = null;
        if (found.isEmpty()) {
            problem = "names no method of " + iface.getSimpleName();
        } else if (found.size() > 1) {
            problem = "is overloaded (" + found.size() + " methods); the target of a gradient must be a single method";
        } else if (Annotations.find(found.get(0), Gradient.class) != null) {
            problem = "is itself a @Gradient method; gradients of gradients are not supported";
        } else if (Annotations.find(found.get(0), Formula.class) == null
                || found.get(0).getModifiers().contains(Modifier.STATIC)) {
            problem = "is not an abstract @Formula method";
        }
        if (problem != null) {
            reporter.error(method, mirror, ofValue, Msg.GRADIENT_TARGET.format(methodName, of, problem));
            return null;
        }
        if (KernelMethodAnalyzer.javacReportsAnError(found.get(0))) {
            reporter.silentError();
            return null;
        }
        return found.get(0);
    }

    /** The category of the target's formula parameter {@code wrt} names, or null after reporting JK153. */
    private Category wrtCategory(ExecutableElement method, AnnotationMirror mirror, ExecutableElement target,
            String wrt) {
        List<String> names = new ArrayList<>();
        Category category = null;
        for (VariableElement p : target.getParameters()) {
            for (Class<? extends Annotation> a : List.of(Vi.class, Vj.class, Pm.class)) {
                if (Annotations.find(p, a) != null) {
                    names.add(p.getSimpleName().toString());
                    if (p.getSimpleName().contentEquals(wrt)) {
                        category = Category.ofKeopsName(a.getSimpleName());
                    }
                }
            }
        }
        if (category == null) {
            reporter.error(method, mirror, Annotations.explicit(mirror, "wrt"), Msg.GRADIENT_WRT.format(
                    method.getSimpleName().toString(), wrt, target.getSimpleName().toString(), String.join(", ", names)));
        }
        return category;
    }

    /**
     * How the target's reduction is differentiated; null after reporting that it has no
     * gradient (JK152), or when the target reports its own missing k or weight.
     */
    private GradientForm form(ExecutableElement method, AnnotationMirror mirror, ReductionSpec spec, String of) {
        boolean weighted = !spec.weightText().isEmpty();
        return switch (spec.reduction()) {
            case SUM -> new GradientForm.Sum();
            case LOG_SUM_EXP -> weighted ? new GradientForm.WeightedLogSumExp() : new GradientForm.LogSumExp();
            case SUM_SOFTMAX_WEIGHT -> weighted ? new GradientForm.SoftmaxWeight() : reportedByTarget();
            case MIN, MAX, MIN_ARG_MIN, MAX_ARG_MAX -> new GradientForm.ArgIndices(1);
            case K_MIN, K_MIN_ARG_K_MIN -> spec.k() >= 1 ? new GradientForm.ArgIndices(spec.k()) : reportedByTarget();
            case ARG_MIN -> noGradient(method, mirror, spec, of, Reduction.MIN);
            case ARG_MAX -> noGradient(method, mirror, spec, of, Reduction.MAX);
            case ARG_K_MIN -> noGradient(method, mirror, spec, of, Reduction.K_MIN);
        };
    }

    /** A target with its own error (a K reduction without k: JK140, a softmax without weight: JK143). */
    private GradientForm reportedByTarget() {
        reporter.silentError();
        return null;
    }

    /** Indices are piecewise constant: JK152 names the value reduction to differentiate instead. */
    private GradientForm noGradient(ExecutableElement method, AnnotationMirror mirror, ReductionSpec spec, String of,
            Reduction values) {
        reporter.error(method, mirror, Annotations.explicit(mirror, "of"), Msg.GRADIENT_OF_INDICES.format(
                method.getSimpleName().toString(), spec.reduction(), of, values));
        return null;
    }

    /** The abstract or static methods named {@code name} of an interface and its superinterfaces. */
    private static void collectMethods(TypeElement type, String name, List<ExecutableElement> found,
            Set<TypeElement> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (Element e : type.getEnclosedElements()) {
            if (e instanceof ExecutableElement m && e.getKind() == ElementKind.METHOD
                    && m.getSimpleName().contentEquals(name)
                    && (m.getModifiers().contains(Modifier.ABSTRACT) || m.getModifiers().contains(Modifier.STATIC))) {
                if (found.stream().noneMatch(f -> sameParameterTypes(f, m))) {
                    found.add(m);
                }
            }
        }
        for (TypeMirror sup : type.getInterfaces()) {
            if (sup instanceof DeclaredType d && d.asElement() instanceof TypeElement t) {
                collectMethods(t, name, found, seen);
            }
        }
    }

    /** Whether two methods have the same parameter types (an override seen twice). */
    private static boolean sameParameterTypes(ExecutableElement a, ExecutableElement b) {
        return a.getParameters().size() == b.getParameters().size() && IntStream.range(0, a.getParameters().size())
                .allMatch(k -> sameType(a.getParameters().get(k).asType(), b.getParameters().get(k).asType()));
    }

    /**
     * Whether two parameter types are the same, compared by kind, component and declaring
     * element: not by their printed forms, which carry type annotations.
     */
    private static boolean sameType(TypeMirror a, TypeMirror b) {
        if (a.getKind() != b.getKind()) {
            return false;
        }
        return switch (a.getKind()) {
            case ARRAY -> sameType(((ArrayType) a).getComponentType(), ((ArrayType) b).getComponentType());
            case DECLARED -> ((DeclaredType) a).asElement().equals(((DeclaredType) b).asElement());
            default -> a.getKind().isPrimitive() || a.toString().equals(b.toString());
        };
    }
}
