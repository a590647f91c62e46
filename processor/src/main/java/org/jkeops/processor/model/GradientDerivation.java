package org.jkeops.processor.model;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.jkeops.annotations.Out;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.model.GradientForm.Dims;
import org.jkeops.processor.model.GradientForm.Part;
import org.jkeops.processor.resolve.FormulaException;
import org.jkeops.processor.resolve.Resolver;

/**
 * Checks a {@code @Gradient} method's parameters against its target's (JK154): the target's, as
 * declared, then the trailing parameters its {@link GradientForm} names, whose dimensions come
 * from the target's formula or weight. Then derives its formula from the target's formula and
 * weight, resolved with the gradient method's own parameters.
 */
final class GradientDerivation {
    private final Reporter reporter;

    GradientDerivation(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * The formula of a gradient kernel and what it computes in KeOps notation.
     *
     * @param formula null when the variable differentiated is a parameter with an error of its own
     */
    record Derived(Expr formula, String notation) {
    }

    /** What the checks compare: the target's parameters and the method's, as written. */
    private record Declared(ExecutableElement method, GradientTarget target, List<String> expected,
            List<String> actual, String prefix, String row, String scalar) {
        /** The parameters the method must take, with the trailing dimensions known so far. */
        String signature(Dims dims) {
            return prefix + String.join(", ", target.form().contract().trailing().stream()
                    .map(t -> t.shape(row, scalar, dims) + " " + t.name()).toList());
        }

        /**
         * The first trailing parameter that is not declared as wanted, described for JK154 ("the
         * saved forward result is @Vj(1) float[] s, expected @Vi(1) float[] s"), or null. The
         * parameter count is right.
         */
        String trailingProblem(Dims dims) {
            GradientForm.Contract contract = target.form().contract();
            for (int k = expected.size(); k < actual.size(); k++) {
                GradientForm.Trailing t = contract.trailing().get(k - expected.size());
                String wanted = t.shape(row, scalar, dims) + " " + method.getParameters().get(k).getSimpleName();
                if (!actual.get(k).equals(wanted)) {
                    return t.role() + " is " + actual.get(k) + ", expected " + wanted
                            + String.format(contract.shapeNote(), target.name());
                }
            }
            return null;
        }
    }

    /** The target's formula F and weight G as read so far with the gradient method's parameters. */
    private static final class TargetParts {
        private final GradientTarget target;
        private final MethodScope scope;
        Expr f;
        Expr w;

        TargetParts(GradientTarget target, MethodScope scope) {
            this.target = target;
            this.scope = scope;
        }

        /** Reads the parts not read yet. */
        void read(Set<Part> parts) throws FormulaException {
            if (parts.contains(Part.FORMULA) && f == null) {
                f = Resolver.resolve(target.formulaText(), scope);
            }
            if (parts.contains(Part.WEIGHT) && w == null) {
                w = Resolver.resolve(target.weightText(), scope);
            }
        }

        boolean have(Set<Part> parts) {
            return (f != null || !parts.contains(Part.FORMULA)) && (w != null || !parts.contains(Part.WEIGHT));
        }

        Dims dims() {
            return new Dims(f == null ? null : f.dim(), w == null ? null : w.dim());
        }
    }

    /**
     * The gradient's formula, or null after reporting a problem with the declaration (or
     * counting one that the target or a parameter reports itself). The trailing parameters are
     * checked as soon as the parts their dimensions come from are read, and again once all are.
     */
    Derived derive(ExecutableElement method, GradientTarget g, List<Slot> slots, MethodScope scope) {
        GradientForm.Contract contract = g.form().contract();
        Expr.Var index = g.form() instanceof GradientForm.ArgIndices ? scope.addIndexColumn(g.reducedIndex()) : null;
        Declared declared = declared(method, g, slots);
        TargetParts parts = new TargetParts(g, scope);
        String problem = countProblem(declared, contract.trailing().size());
        try {
            parts.read(contract.readFirst());
        } catch (FormulaException ex) {
            // Unreadable with these parameters: with parameters that differ from the target's,
            // that is this method's error (dimensions left symbolic); else the target reports it.
            return problem != null ? report(declared, parts.dims(), problem) : reportedElsewhere();
        }
        if (problem == null && parts.have(contract.shapedBy())) {
            problem = declared.trailingProblem(parts.dims());
        }
        if (problem != null) {
            return report(declared, parts.dims(), problem);
        }
        List<Slot> trailing = slots.subList(slots.size() - contract.trailing().size(), slots.size());
        if (trailing.stream().anyMatch(s -> !s.usable)) {
            return null; // their own errors
        }
        try {
            parts.read(contract.uses());
        } catch (FormulaException ex) {
            return reportedElsewhere(); // the target reports its own formula
        }
        problem = declared.trailingProblem(parts.dims());
        if (problem != null) {
            return report(declared, parts.dims(), problem);
        }
        if (contract.scalarFormula() && parts.f.dim() != 1) {
            return reportedElsewhere(); // the target reports its formula's dimension (JK144)
        }
        String notation = notation(g, trailing);
        Expr.Var wrt = scope.alias(g.wrt());
        if (wrt == null) {
            return new Derived(null, notation); // a parameter with an error of its own
        }
        List<Expr.Var> vars = trailing.stream().map(Slot::var).toList();
        return new Derived(g.form().formula(new GradientForm.Inputs(parts.f, parts.w, wrt, vars, index)), notation);
    }

    private static Declared declared(ExecutableElement method, GradientTarget g, List<Slot> slots) {
        List<String> expected = g.method().getParameters().stream()
                .filter(p -> Annotations.find(p, Out.class) == null)
                .map(GradientDerivation::describe).toList();
        List<String> actual = method.getParameters().stream().map(GradientDerivation::describe).toList();
        String scalar = slots.isEmpty() ? "float" : slots.get(0).type.precision().javaType();
        String prefix = String.join(", ", expected) + (expected.isEmpty() ? "" : ", ");
        return new Declared(method, g, expected, actual, prefix, g.rowAnnotation(), scalar);
    }

    /** A wrong parameter count, or the first of the target's parameters declared otherwise; else null. */
    private static String countProblem(Declared d, int trailing) {
        if (d.actual().size() != d.expected().size() + trailing) {
            return "it has " + d.actual().size() + " parameters, expected " + (d.expected().size() + trailing);
        }
        for (int k = 0; k < d.expected().size(); k++) {
            if (!d.actual().get(k).equals(d.expected().get(k))) {
                return "parameter " + (k + 1) + " is " + d.actual().get(k) + ", expected " + d.expected().get(k);
            }
        }
        return null;
    }

    /** JK154 with the parameters expected, as far as their dimensions are known; null to return. */
    private Derived report(Declared d, Dims dims, String problem) {
        reporter.error(d.method(), Msg.GRADIENT_PARAMETERS, d.method().getSimpleName().toString(), d.target().name(),
                d.target().form().contract().followedBy(), d.signature(dims), problem);
        return null;
    }

    /** An error the target reports itself, counted here so that nothing is generated; null to return. */
    private Derived reportedElsewhere() {
        reporter.silentError();
        return null;
    }

    /** What the gradient computes, e.g. {@code @Gradient(of = "lse", wrt = "x"): Grad(F, x, e) * Exp(F - s) with F = ...}. */
    private static String notation(GradientTarget g, List<Slot> trailing) {
        List<String> names = trailing.stream().map(s -> s.name).toList();
        return "@Gradient(of = \"" + g.name() + "\", wrt = \"" + g.wrt() + "\"): " + g.form().notation(g.wrt(), names)
                + " with F = " + g.formulaText()
                + (g.form().contract().uses().contains(Part.WEIGHT) ? ", G = " + g.weightText() : "");
    }

    /** A parameter as written: its role annotations, type and name, e.g. {@code @Vi(3) float[] x}. */
    private static String describe(VariableElement p) {
        StringBuilder b = new StringBuilder();
        for (Class<? extends Annotation> a : Parameters.ROLE_ANNOTATIONS) {
            AnnotationMirror m = Annotations.find(p, a);
            if (m != null) {
                Object v = Annotations.value(m, "value");
                b.append('@').append(a.getSimpleName()).append(v == null ? "" : "(" + v + ")").append(' ');
            }
        }
        return b.append(p.asType()).append(' ').append(p.getSimpleName()).toString();
    }
}
