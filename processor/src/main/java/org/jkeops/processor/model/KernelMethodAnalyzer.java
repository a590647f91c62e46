package org.jkeops.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.ir.ExpressionTooLargeException;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Precision;

/**
 * Model and validation of one kernel method, in the order a reader follows: what the method
 * declares ({@link KernelDeclarations}), its parameters ({@link Parameters}), its formulas as IR
 * ({@link FormulaResolver}, with {@link GradientDerivation} for a {@code @Gradient}), the rules of
 * its reduction and outputs ({@link ReductionChecks}, {@link OutputChecks}), then the passes that
 * make the {@link KernelPlan} ({@link PlanBuilder}). Returns null after reporting every problem it
 * found; problems are independent where possible, so one compile shows them all.
 */
public final class KernelMethodAnalyzer {
    private final Reporter reporter;
    private final KernelDeclarations declarations;
    private final Parameters parameters;
    private final FormulaResolver formulas;
    private final ReductionChecks reductions;
    private final OutputChecks outputs;

    /**
     * @param bodies reads the formula of static methods from their body (the second front end);
     *               null when there is none
     */
    public KernelMethodAnalyzer(Reporter reporter, BodyReader bodies) {
        this.reporter = reporter;
        this.declarations = new KernelDeclarations(reporter);
        this.parameters = new Parameters(reporter);
        this.formulas = new FormulaResolver(reporter, bodies);
        this.reductions = new ReductionChecks(reporter);
        this.outputs = new OutputChecks(reporter);
    }

    /**
     * @param functionName unique name for the kernel inside the interface
     * @param dump         receives IR dumps when non-null
     * @return the plan, or null after reporting (or counting) an error
     */
    public KernelPlan analyze(TypeElement iface, ExecutableElement method, String functionName,
            StringBuilder dump) {
        int errorsBefore = reporter.errors();
        KernelDeclaration d = declarations.read(iface, method);
        if (d == null) {
            return null;
        }
        List<Slot> slots = parameters.read(method, d.fromBody(), d.takesArgIndices());
        MethodScope scope = new MethodScope(slots, d.methodName());
        FormulaResolver.Resolved resolved = formulas.resolve(d, slots, scope);
        if (resolved == null) {
            return null;
        }
        boolean undecided = parameters.requireCategories(slots, resolved.complete());
        reductions.check(method, d.reduction(), resolved.formula());
        Precision precision = parameters.precision(method, slots);
        reductions.checkAxes(method, d.reduction(), slots, undecided);
        boolean outParams = precision != null && outputs.check(d, slots, precision, resolved.formula());
        if (resolved.formula() == null && reporter.errors() == errorsBefore) {
            reporter.error(method, Msg.INTERNAL, method, "no formula and no error");
        }
        if (reporter.errors() > errorsBefore || resolved.formula() == null) {
            return null;
        }
        KernelPlan plan;
        String tooLarge;
        try {
            plan = PlanBuilder.build(d, functionName, slots, scope.indexColumn(), resolved, precision, outParams, dump);
            tooLarge = org.jkeops.processor.emit.KernelSize.tooLarge(plan);
        } catch (ExpressionTooLargeException e) {
            plan = null;
            tooLarge = e.getMessage();
        }
        if (tooLarge != null) {
            // At the formula: its @Formula value, the @Gradient, or the method whose body it is.
            String text = Msg.KERNEL_TOO_LARGE.format("the formula of " + d.methodName(), "column 1", tooLarge);
            switch (d.source()) {
                case FormulaSource.Written w -> reporter.error(method, w.formula(), Annotations.explicit(w.formula(), "value"),
                        text);
                case FormulaSource.Derived g -> reporter.error(method, g.gradient(), null, text);
                case FormulaSource.Body b -> reporter.error(method, null, null, text);
            }
            return null;
        }
        return plan;
    }

    /**
     * Whether the method's declaration has something javac could not resolve: a type, an
     * annotation, an annotation value. javac reports it; the analysis would only add confusing
     * messages (or read a value that is not there), so the method is skipped.
     */
    public static boolean javacReportsAnError(ExecutableElement method) {
        return erroneous(method.getReturnType())
                || method.getAnnotationMirrors().stream().anyMatch(Annotations::erroneous)
                || method.getParameters().stream().anyMatch(p -> erroneous(p.asType())
                        || p.getAnnotationMirrors().stream().anyMatch(Annotations::erroneous));
    }

    /**
     * Whether javac could not resolve the type or a type inside it: {@code doubel[]} is an array
     * of an error type, and kernel parameters are almost always arrays, so a typo in the element
     * type took the JK120 path beside javac's own error.
     */
    static boolean erroneous(TypeMirror type) {
        return switch (type.getKind()) {
            case ERROR -> true;
            case ARRAY -> erroneous(((ArrayType) type).getComponentType());
            case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().anyMatch(KernelMethodAnalyzer::erroneous);
            case WILDCARD -> {
                WildcardType w = (WildcardType) type;
                yield w.getExtendsBound() != null && erroneous(w.getExtendsBound())
                        || w.getSuperBound() != null && erroneous(w.getSuperBound());
            }
            default -> false;
        };
    }
}
