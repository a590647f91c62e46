package org.jkeops.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.resolve.FormulaException;
import org.jkeops.processor.resolve.Resolver;

/**
 * The resolve pass of a kernel method: its formula and weight as IR, from the {@code @Formula}
 * text, the static method's body or the {@code @Gradient} target, with JK2xx errors pointing at
 * the annotation value they come from.
 */
final class FormulaResolver {
    private final Reporter reporter;
    private final BodyReader bodies;
    private final GradientDerivation gradients;

    /**
     * @param bodies reads the formula of static methods from their body; null when there is none
     */
    FormulaResolver(Reporter reporter, BodyReader bodies) {
        this.reporter = reporter;
        this.bodies = bodies;
        this.gradients = new GradientDerivation(reporter);
    }

    /**
     * A kernel's formulas, each null where it did not resolve (after its error).
     *
     * @param text     the formula as the user wrote it: the @Formula text, the body, or what a
     *                 gradient computes in KeOps notation
     * @param complete whether every formula resolved, so that a parameter without a category is
     *                 an error rather than possibly declared by a Var form after a formula error
     */
    record Resolved(Expr formula, Expr weight, String text, boolean complete) {
    }

    /** The formulas, or null when a gradient's declaration does not fit its target (reported). */
    Resolved resolve(KernelDeclaration d, List<Slot> slots, MethodScope scope) {
        ExecutableElement method = d.method();
        String methodName = d.methodName();
        Expr formula;
        String text;
        switch (d.source()) {
            case FormulaSource.Body b -> {
                for (Slot s : slots) {
                    if (s.out && s.usable) {
                        reporter.error(s.element, Msg.BODY_OUT_PARAMETER, methodName, s.name);
                        s.usable = false;
                    }
                }
                BodyReader.Body read = bodies == null ? null : bodies.read(method, scope, reporter);
                if (bodies == null) {
                    reporter.error(method, Msg.BODY_UNAVAILABLE, methodName, "no body reader");
                }
                formula = read == null ? null : read.formula();
                text = read == null ? "" : read.text();
            }
            case FormulaSource.Derived g -> {
                GradientDerivation.Derived derived = gradients.derive(method, g.target(), slots, scope);
                if (derived == null) {
                    return null;
                }
                formula = derived.formula();
                text = derived.notation();
            }
            case FormulaSource.Written w -> {
                text = (String) Annotations.value(w.formula(), "value");
                formula = resolve(method, w.formula(), "value", text, scope, "the formula of " + methodName);
            }
        }
        boolean complete = formula != null || d.fromBody(); // a body declares no parameter
        Expr weight = null;
        ReductionSpec r = d.reduction();
        if (!r.weightText().isEmpty()) {
            weight = resolve(method, r.mirror(), "weight", r.weightText(), scope, "the weight of " + methodName);
            complete &= weight != null;
        }
        return new Resolved(formula, weight, text, complete);
    }

    private Expr resolve(ExecutableElement method, AnnotationMirror mirror, String member, String text,
            MethodScope scope, String where) {
        try {
            return Resolver.resolve(text, scope);
        } catch (FormulaException e) {
            if (e.msg() == Msg.UNKNOWN_NAME && scope.isBrokenParameter(String.valueOf(e.details().get(0)))) {
                return null; // the parameter's own error says what is wrong with it
            }
            reporter.error(method, mirror, Annotations.explicit(mirror, member), e.format(where, text));
            return null;
        }
    }
}
