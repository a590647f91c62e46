package org.jkeops.processor.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.SumScheme;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.ir.Printer;
import org.jkeops.processor.passes.Lowering;
import org.jkeops.processor.passes.Simplifier;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.plan.Program;
import org.jkeops.processor.resolve.FormulaException;
import org.jkeops.processor.resolve.Resolver;
import org.jkeops.processor.resolve.Scope;

/**
 * Model and validation of one kernel method: reads its annotations and parameters, resolves its
 * formulas, checks every rule of the catalog, and returns the {@link KernelPlan}, or null after
 * reporting every problem it found. Problems are independent where possible, so one compile
 * shows them all.
 */
public final class KernelMethodAnalyzer {
    private static final String PKG = "org.jkeops.annotations.";
    private static final String RUNTIME = "org.jkeops.runtime.";

    private final Reporter reporter;
    private final BodyReader bodies;

    /** An analyzer for abstract {@code @Formula} methods only. */
    public KernelMethodAnalyzer(Reporter reporter) {
        this(reporter, null);
    }

    /**
     * @param bodies reads the formula of static methods from their body (the second front end);
     *               null when there is none
     */
    public KernelMethodAnalyzer(Reporter reporter, BodyReader bodies) {
        this.reporter = reporter;
        this.bodies = bodies;
    }

    /** Java types a parameter may have. */
    private enum ParamType {
        FLOAT_ARRAY, DOUBLE_ARRAY, FLOAT, DOUBLE, INT_ARRAY, RANGES, OTHER;

        boolean isFormulaType() {
            return this != INT_ARRAY && this != RANGES && this != OTHER;
        }

        Precision precision() {
            return this == FLOAT_ARRAY || this == FLOAT ? Precision.FLOAT : Precision.DOUBLE;
        }

        boolean isScalar() {
            return this == FLOAT || this == DOUBLE;
        }
    }

    /** What we know about a parameter while analysing. */
    private static final class Slot {
        final VariableElement element;
        final String name;
        final int position;
        final ParamType type;
        boolean out;
        /** The block-sparsity parameter ({@code org.jkeops.runtime.Ranges}): no formula variable. */
        boolean ranges;
        /** An {@code int[]} of arg indices, converted to the precision's type by the facade. */
        boolean indices;
        boolean usable = true;
        Category category;
        int dim;
        boolean declaredByVar;
        /** The categories its annotations claim, even when the parameter is unusable. */
        final Set<Category> claimed = EnumSet.noneOf(Category.class);

        Slot(VariableElement element, int position, ParamType type) {
            this.element = element;
            this.name = element.getSimpleName().toString();
            this.position = position;
            this.type = type;
        }

        Expr.Var var() {
            return new Expr.Var(position, dim, category, name);
        }

        String declaration() {
            return "@" + category.keopsName() + "(" + dim + ")";
        }
    }

    /**
     * @param functionName unique name for the kernel inside the interface
     * @param dump         receives IR dumps when non-null
     */
    public KernelPlan analyze(TypeElement iface, ExecutableElement method, String functionName,
            StringBuilder dump) {
        int errorsBefore = reporter.errors();
        if (javacReportsAnError(method)) {
            reporter.silentError();
            return null;
        }
        String methodName = method.getSimpleName().toString();
        String kernelName = iface.getSimpleName() + "." + methodName;
        AnnotationMirror formulaMirror = Annotations.find(method, PKG + "Formula");
        boolean body = method.getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
        if (body && formulaMirror != null) {
            reporter.error(method, Msg.BODY_STATIC_FORMULA, methodName);
            return null;
        }
        AnnotationMirror gradientMirror = body ? null : Annotations.find(method, PKG + "Gradient");
        AnnotationMirror reduceMirror = Annotations.find(method, PKG + "Reduce");
        if (gradientMirror != null && (formulaMirror != null || reduceMirror != null)) {
            String other = formulaMirror != null ? "Formula" : "Reduce";
            reporter.error(method, Msg.GRADIENT_WITH_FORMULA, methodName, other, other);
            return null;
        }
        if (formulaMirror == null && !body && gradientMirror == null) {
            reporter.error(method, Msg.MISSING_FORMULA, methodName);
            return null;
        }
        if (!method.getTypeParameters().isEmpty()) {
            reporter.error(method, Msg.GENERIC_METHOD, methodName);
        }
        GradientTarget gradient = null;
        if (gradientMirror != null) {
            gradient = gradientTarget(iface, method, gradientMirror);
            if (gradient == null) {
                return null;
            }
            reduceMirror = gradient.reduce;
        }
        Reduction reduction = Reduction.valueOf(Annotations.enumName(reduceMirror, "value", "SUM"));
        Index over = Index.valueOf(Annotations.enumName(reduceMirror, "over", "J"));
        SumScheme scheme = SumScheme.valueOf(Annotations.enumName(reduceMirror, "sum", "AUTO"));
        if (gradient != null) {
            // SUM over j: the gradient of out_i = sum_j F reduces over j for an i-variable, over i
            // for a j-variable, and like the target for a parameter (rows then summed in the
            // facade); a target over i is the mirror image. LOG_SUM_EXP (no weight) differentiates
            // to a SUM of Grad(F, v, e) * Exp(F - s), reduced the same way.
            over = switch (gradient.wrtCategory) {
                case I -> Index.J;
                case J -> Index.I;
                case P -> gradient.overI ? Index.I : Index.J;
            };
            reduction = Reduction.SUM;
            reduceMirror = null;
        }
        Object kValue = Annotations.value(reduceMirror, "k");
        int k = kValue == null ? 0 : (Integer) kValue;
        Object weightValue = Annotations.value(reduceMirror, "weight");
        String weightText = weightValue == null ? "" : (String) weightValue;

        List<Slot> slots = readParameters(method, body, gradient != null && gradient.argK > 0);

        // Formulas.
        MethodScope scope = new MethodScope(slots, methodName);
        String formulaText;
        Expr formula;
        if (body) {
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
            formulaText = read == null ? "" : read.text();
        } else if (gradient != null) {
            if (gradient.argK > 0) {
                // The reduced index of the target as a value, compared with the arg indices; its
                // name differs from every parameter's (underscores appended).
                java.util.Set<String> taken = new java.util.HashSet<>();
                slots.forEach(s -> taken.add(s.name));
                String name = "jk_index";
                while (taken.contains(name)) {
                    name += "_";
                }
                scope.indexColumn = new Expr.Var(slots.size(), 1, gradient.overI ? Category.I : Category.J, name);
            }
            formulaText = gradientFormula(method, gradient, slots, scope);
            if (formulaText == null) {
                return null;
            }
            formula = resolve(method, gradientMirror, "of", formulaText, scope,
                    "the gradient of " + gradient.method.getSimpleName());
        } else {
            formulaText = (String) Annotations.value(formulaMirror, "value");
            formula = resolve(method, formulaMirror, "value", formulaText, scope,
                    "the formula of " + methodName);
        }
        boolean formulasResolved = formula != null || body; // a body declares no parameter
        Expr weight = null;
        if (!weightText.isEmpty()) {
            weight = resolve(method, reduceMirror, "weight", weightText, scope,
                    "the weight of " + methodName);
            formulasResolved &= weight != null;
        }
        // When a formula did not resolve, a Var form after the error may have declared an
        // unannotated parameter: do not guess, the user sees the formula error first.
        boolean undecided = !formulasResolved
                && slots.stream().anyMatch(s -> s.usable && !s.out && !s.ranges && s.category == null);
        for (Slot s : slots) {
            if (s.usable && !s.out && !s.ranges && s.category == null) {
                if (!undecided) {
                    reporter.error(s.element, Msg.PARAM_NO_CATEGORY, s.name, s.position);
                }
                s.usable = false;
            }
        }

        checkReduction(method, reduceMirror, reduction, k, weightText, scheme, formula, weight);

        // Precision: one for all formula variables.
        Precision precision = null;
        Slot first = null;
        for (Slot s : slots) {
            if (s.usable && !s.out && !s.indices && s.category != null) {
                if (precision == null) {
                    precision = s.type.precision();
                    first = s;
                } else if (precision != s.type.precision()) {
                    reporter.error(method, Msg.MIXED_PRECISION, methodName, first.name,
                            first.type.precision().javaType(), s.name, s.type.precision().javaType());
                    break;
                }
            }
        }

        Category outer = over == Index.J ? Category.I : Category.J;
        Category inner = outer == Category.I ? Category.J : Category.I;
        if (!undecided && slots.stream().noneMatch(s -> s.category == outer || s.claimed.contains(outer))) {
            reporter.error(method, Msg.NO_OUTER_VARIABLE, methodName, "@" + outer.keopsName(),
                    outer == Category.I ? "M" : "N");
        }
        if (!undecided && slots.stream().noneMatch(s -> s.category == inner || s.claimed.contains(inner))) {
            reporter.error(method, Msg.NO_INNER_VARIABLE, methodName, "@" + inner.keopsName(),
                    inner == Category.I ? "M" : "N");
        }

        boolean outParams = false;
        if (precision != null && gradient != null) {
            String expected = precision.javaType() + "[]";
            if (!method.getReturnType().toString().equals(expected)) {
                String wrtName = gradient.wrt;
                Slot wrt = slots.stream().filter(s -> s.name.equals(wrtName)).findFirst().orElseThrow();
                String shape = switch (gradient.wrtCategory) {
                    case I -> "M x " + wrt.dim + " values, one row per i";
                    case J -> "N x " + wrt.dim + " values, one row per j";
                    case P -> wrt.dim + (wrt.dim == 1 ? " value" : " values");
                };
                reporter.error(method, Msg.GRADIENT_RETURN, methodName, expected, shape, method.getReturnType());
            }
        } else if (precision != null && body) {
            checkBodyReturn(method, precision, formula);
        } else if (precision != null) {
            outParams = checkOutputs(method, slots, reduction, precision);
        }

        if (formula == null && reporter.errors() == errorsBefore) {
            reporter.error(method, Msg.INTERNAL, method, "no formula and no error");
        }
        if (reporter.errors() > errorsBefore || formula == null) {
            return null;
        }

        SumScheme resolved = scheme != SumScheme.AUTO ? scheme
                : precision == Precision.FLOAT ? SumScheme.BLOCK : SumScheme.DIRECT;
        Expr simpleFormula = Simplifier.simplify(formula);
        Expr simpleWeight = weight == null ? null : Simplifier.simplify(weight);
        Program program = Lowering.lower(simpleFormula, simpleWeight, outer);
        if (dump != null) {
            dump.append("== ").append(kernelName).append(" (").append(functionName).append(") ==\n");
            dump.append(body ? "body:       " : "source:     ").append(formulaText).append('\n');
            dump.append("resolved:   ").append(Printer.print(formula)).append('\n');
            dump.append("simplified: ").append(Printer.print(simpleFormula)).append('\n');
            if (weight != null) {
                dump.append("weight:     ").append(Printer.print(simpleWeight)).append('\n');
            }
            dump.append("reduction:  ").append(reduction).append(" over ").append(over)
                    .append(k > 0 ? ", k = " + k : "").append(", sum ").append(resolved).append('\n');
            dump.append("lowered (").append(program.nodes().size()).append(" values):\n")
                    .append(program.listing()).append('\n');
        }
        List<KernelPlan.Param> params = new ArrayList<>();
        int outIndex = 0;
        for (Slot s : slots) {
            KernelPlan.Role role = KernelPlan.Role.VARIABLE;
            if (s.ranges) {
                role = KernelPlan.Role.RANGES;
            } else if (s.out) {
                boolean values = outIndex == 0 && KernelPlan.hasValues(reduction);
                role = values ? KernelPlan.Role.OUT_VALUES : KernelPlan.Role.OUT_INDICES;
                outIndex++;
            }
            // A scalar @Vi/@Vj of a body method is a variable of dimension 1: an array of M or N values.
            boolean scalar = s.type.isScalar() && s.category == Category.P;
            params.add(new KernelPlan.Param(s.name, s.position, role, s.category, s.dim, scalar,
                    s.indices ? KernelPlan.Source.INDICES : KernelPlan.Source.ARGUMENT));
        }
        if (scope.indexColumn != null) {
            Expr.Var ix = scope.indexColumn;
            params.add(new KernelPlan.Param(ix.name(), ix.param(), KernelPlan.Role.VARIABLE, ix.category(), 1,
                    false, KernelPlan.Source.INDEX_COLUMN));
        }
        return new KernelPlan(kernelName, methodName, functionName, precision, reduction, outer, k,
                resolved, params, simpleFormula, simpleWeight, program, outParams, body,
                gradient != null && gradient.wrtCategory == Category.P, formulaText);
    }

    /** The target of a {@code @Gradient} method and the category of the variable it differentiates. */
    private record GradientTarget(ExecutableElement method, AnnotationMirror formula, AnnotationMirror reduce,
            String wrt, Category wrtCategory, boolean logSumExp, boolean overI, String weight, boolean softmax,
            int argK) {
        /** The annotation of the saved result and the incoming gradient: one value per output row. */
        String rowAnnotation() {
            return overI ? "@Vj" : "@Vi";
        }
    }

    private static final List<String> CATEGORY_ANNOTATIONS = List.of("Vi", "Vj", "Pm", "Out");

    /**
     * Finds and checks the target of a {@code @Gradient} method: an abstract {@code @Formula}
     * method of the interface, not overloaded, SUM over j, with {@code wrt} among its formula
     * parameters. Null after reporting a problem.
     */
    private GradientTarget gradientTarget(TypeElement iface, ExecutableElement method, AnnotationMirror mirror) {
        String methodName = method.getSimpleName().toString();
        String of = (String) Annotations.value(mirror, "of");
        String wrt = (String) Annotations.value(mirror, "wrt");
        List<ExecutableElement> found = new ArrayList<>();
        collectMethods(iface, of, found, new java.util.HashSet<>());
        AnnotationValue ofValue = Annotations.explicit(mirror, "of");
        if (found.isEmpty()) {
            reporter.error(method, mirror, ofValue, Msg.GRADIENT_TARGET.format(methodName, of,
                    "names no method of " + iface.getSimpleName()));
            return null;
        }
        if (found.size() > 1) {
            reporter.error(method, mirror, ofValue, Msg.GRADIENT_TARGET.format(methodName, of,
                    "is overloaded (" + found.size() + " methods); the target of a gradient must be a single method"));
            return null;
        }
        ExecutableElement target = found.get(0);
        if (Annotations.find(target, PKG + "Gradient") != null) {
            reporter.error(method, mirror, ofValue, Msg.GRADIENT_TARGET.format(methodName, of,
                    "is itself a @Gradient method; gradients of gradients are not supported"));
            return null;
        }
        AnnotationMirror formula = Annotations.find(target, PKG + "Formula");
        if (formula == null || target.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)) {
            reporter.error(method, mirror, ofValue, Msg.GRADIENT_TARGET.format(methodName, of,
                    "is not an abstract @Formula method"));
            return null;
        }
        if (javacReportsAnError(target)) {
            reporter.silentError();
            return null;
        }
        AnnotationMirror reduce = Annotations.find(target, PKG + "Reduce");
        String r = Annotations.enumName(reduce, "value", "SUM");
        String over = Annotations.enumName(reduce, "over", "J");
        Object weight = Annotations.value(reduce, "weight");
        boolean weighted = weight != null && !((String) weight).isEmpty();
        boolean logSumExp = r.equals("LOG_SUM_EXP");
        boolean softmax = r.equals("SUM_SOFTMAX_WEIGHT");
        // MIN / MAX / K_MIN (alone or with their indices) differentiate through the arg indices.
        int argK = switch (r) {
            case "MIN", "MAX", "MIN_ARG_MIN", "MAX_ARG_MAX" -> 1;
            case "K_MIN", "K_MIN_ARG_K_MIN" -> {
                Object kValue = Annotations.value(reduce, "k");
                yield kValue == null ? 0 : Math.max(0, (Integer) kValue);
            }
            default -> 0;
        };
        if (argK == 0 && (r.equals("K_MIN") || r.equals("K_MIN_ARG_K_MIN"))) {
            reporter.silentError(); // the target reports its missing k
            return null;
        }
        if (r.equals("ARG_MIN") || r.equals("ARG_MAX") || r.equals("ARG_K_MIN")) {
            String values = switch (r) {
                case "ARG_MIN" -> "MIN";
                case "ARG_MAX" -> "MAX";
                default -> "K_MIN";
            };
            reporter.error(method, mirror, ofValue, Msg.GRADIENT_OF_INDICES.format(methodName, r, of, values));
            return null;
        }
        List<String> names = new ArrayList<>();
        Category category = null;
        for (VariableElement p : target.getParameters()) {
            for (String a : List.of("Vi", "Vj", "Pm")) {
                if (Annotations.find(p, PKG + a) != null) {
                    names.add(p.getSimpleName().toString());
                    if (p.getSimpleName().contentEquals(wrt)) {
                        category = switch (a) {
                            case "Vi" -> Category.I;
                            case "Vj" -> Category.J;
                            default -> Category.P;
                        };
                    }
                }
            }
        }
        if (category == null) {
            reporter.error(method, mirror, Annotations.explicit(mirror, "wrt"),
                    Msg.GRADIENT_WRT.format(methodName, wrt, of, String.join(", ", names)));
            return null;
        }
        return new GradientTarget(target, formula, reduce, wrt, category, logSumExp, over.equals("I"),
                weighted ? (String) weight : null, softmax, argK);
    }

    /** The abstract or static methods named {@code name} of an interface and its superinterfaces. */
    private static void collectMethods(TypeElement type, String name, List<ExecutableElement> found,
            Set<TypeElement> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (javax.lang.model.element.Element e : type.getEnclosedElements()) {
            if (e instanceof ExecutableElement m && e.getKind() == javax.lang.model.element.ElementKind.METHOD
                    && m.getSimpleName().contentEquals(name)
                    && (m.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)
                    || m.getModifiers().contains(javax.lang.model.element.Modifier.STATIC))) {
                if (found.stream().noneMatch(f -> sameParameterTypes(f, m))) {
                    found.add(m);
                }
            }
        }
        for (TypeMirror sup : type.getInterfaces()) {
            if (sup instanceof javax.lang.model.type.DeclaredType d && d.asElement() instanceof TypeElement t) {
                collectMethods(t, name, found, seen);
            }
        }
    }

    /** Whether two methods have the same parameter types (an override seen twice). */
    private static boolean sameParameterTypes(ExecutableElement a, ExecutableElement b) {
        return a.getParameters().stream().map(p -> p.asType().toString()).toList()
                .equals(b.getParameters().stream().map(p -> p.asType().toString()).toList());
    }

    /** A parameter as written: its category annotations, type and name, e.g. {@code @Vi(3) float[] x}. */
    private static String describe(VariableElement p) {
        StringBuilder b = new StringBuilder();
        for (String a : CATEGORY_ANNOTATIONS) {
            AnnotationMirror m = Annotations.find(p, PKG + a);
            if (m != null) {
                Object v = Annotations.value(m, "value");
                b.append('@').append(a).append(v == null ? "" : "(" + v + ")").append(' ');
            }
        }
        return b.append(p.asType()).append(' ').append(p.getSimpleName()).toString();
    }

    /**
     * What {@link #gradientFormula} found about a {@code @Gradient} method's declaration, for the
     * forms with saved results: the target's parameters as declared ({@code expected}), the
     * method's ({@code actual}), the message parts of JK154, the scalar type, the target's formula
     * and the first mismatch among the target's parameters (or null).
     */
    private record Declared(List<String> expected, List<String> actual, String prefix, String followedBy,
            String scalar, String targetText, String problem) {
    }

    /**
     * Checks the parameters of a {@code @Gradient} method against its target's and returns the
     * synthesised formula {@code Grad(<target formula>, <wrt>, <e>)}, or null after reporting.
     */
    private String gradientFormula(ExecutableElement method, GradientTarget g, List<Slot> slots, MethodScope scope) {
        String methodName = method.getSimpleName().toString();
        String of = g.method.getSimpleName().toString();
        List<String> expected = new ArrayList<>();
        for (VariableElement p : g.method.getParameters()) {
            if (Annotations.find(p, PKG + "Out") == null) {
                expected.add(describe(p));
            }
        }
        List<String> actual = method.getParameters().stream().map(KernelMethodAnalyzer::describe).toList();
        String scalar = slots.isEmpty() ? "float" : slots.get(0).type.precision().javaType();
        String targetText = (String) Annotations.value(g.formula, "value");
        String problem = null;
        int extra = g.softmax ? 3 : g.logSumExp || g.argK > 0 ? 2 : 1;
        if (actual.size() != expected.size() + extra) {
            problem = "it has " + actual.size() + " parameters, expected " + (expected.size() + extra);
        } else {
            for (int k = 0; k < expected.size() && problem == null; k++) {
                if (!actual.get(k).equals(expected.get(k))) {
                    problem = "parameter " + k + " is " + actual.get(k) + ", expected " + expected.get(k);
                }
            }
        }
        String prefix = String.join(", ", expected) + (expected.isEmpty() ? "" : ", ");
        String followedBy = g.softmax
                ? "the saved log-normalizer lse (log sum_j exp F, a LOG_SUM_EXP of the same formula), the saved forward result s and the incoming gradient e"
                : g.logSumExp ? "the saved forward result s and the incoming gradient e"
                : g.argK > 0 ? "the saved arg indices of the forward result (int[]) and the incoming gradient e"
                : "the incoming gradient";
        Declared declared = new Declared(expected, actual, prefix, followedBy, scalar, targetText, problem);
        if (g.argK > 0) {
            return argGradientFormula(method, g, slots, scope, declared);
        }
        if (g.softmax) {
            return softmaxGradientFormula(method, g, slots, scope, declared);
        }
        if (g.logSumExp) {
            // The output has one value per row, or dim G with a weight G: so do s and e.
            int width = 1;
            if (g.weight != null) {
                try {
                    width = Resolver.resolve(g.weight, scope).dim();
                } catch (FormulaException ex) {
                    String row = g.rowAnnotation();
                    unreadable(method, of, followedBy, prefix + row + "(dimG) " + scalar + "[] s, " + row + "(dimG) "
                            + scalar + "[] e", problem);
                    return null;
                }
            }
            String row = g.rowAnnotation();
            String signature = prefix + row + "(" + width + ") " + scalar + "[] s, " + row + "(" + width + ") " + scalar
                    + "[] e";
            if (problem == null) {
                String shape = row + "(" + width + ") " + scalar + "[]";
                problem = trailingProblem(method, actual, expected.size(),
                        List.of("the saved forward result", "the incoming gradient"), List.of(shape, shape), "");
            }
            if (problem != null) {
                reporter.error(method, Msg.GRADIENT_PARAMETERS, methodName, of, followedBy, signature, problem);
                return null;
            }
            Slot sv = slots.get(slots.size() - 2);
            Slot e = slots.get(slots.size() - 1);
            if (!sv.usable || !e.usable) {
                return null; // its own error
            }
            try {
                Resolver.resolve(targetText, scope);
            } catch (FormulaException ex) {
                reporter.silentError(); // the target reports its own formula
                return null;
            }
            if (g.weight != null) {
                // out_c = log sum_j exp(F) G_c: d out_c / dv = sum_j exp(F - out_c) (G_c dF/dv + dG_c/dv).
                // With w = e * exp(F - s) (per component c): Grad(F, v, w | G) + Grad(G, v, w).
                String w = "(" + e.name + " * Exp((" + targetText + ") - " + sv.name + "))";
                return "Grad((" + targetText + "), " + g.wrt + ", (" + w + " | (" + g.weight + "))) + Grad(("
                        + g.weight + "), " + g.wrt + ", " + w + ")";
            }
            // d/dv log sum_j exp(F_ij) = sum_j exp(F_ij - out_i) dF_ij/dv, out_i the saved result s.
            return "Grad(" + targetText + ", " + g.wrt + ", " + e.name + ") * Exp(" + targetText + " - "
                    + sv.name + ")";
        }
        String signature = prefix + g.rowAnnotation() + "(dimF) " + scalar + "[] e";
        if (problem != null) {
            reporter.error(method, Msg.GRADIENT_PARAMETERS, methodName, of, followedBy, signature, problem);
            return null;
        }
        Slot e = slots.get(slots.size() - 1);
        if (!e.usable) {
            return null; // its own error
        }
        Expr forward;
        try {
            forward = Resolver.resolve(targetText, scope);
        } catch (FormulaException ex) {
            reporter.silentError(); // the target reports its own formula
            return null;
        }
        int dim = forward.dim();
        String wanted = g.rowAnnotation() + "(" + dim + ") " + scalar + "[] " + e.name;
        if (!describe(e.element).equals(wanted)) {
            reporter.error(method, Msg.GRADIENT_PARAMETERS, methodName, of, followedBy,
                    signature.replace("dimF", String.valueOf(dim)),
                    "the incoming gradient is " + describe(e.element) + ", expected " + wanted
                            + " (the dimension of " + of + "'s formula)");
            return null;
        }
        return "Grad(" + targetText + ", " + g.wrt + ", " + e.name + ")";
    }

    /**
     * The target's formula (or weight) could not be read with this method's parameters. With
     * parameters that differ from the target's, that is this method's error (JK154, the
     * dimensions left symbolic); with the same parameters, the target reports its own error.
     */
    private void unreadable(ExecutableElement method, String of, String followedBy, String signature,
            String problem) {
        if (problem != null) {
            reporter.error(method, Msg.GRADIENT_PARAMETERS, method.getSimpleName().toString(), of, followedBy,
                    signature, problem);
        } else {
            reporter.silentError();
        }
    }

    /**
     * The first parameter after the target's that is not declared as wanted, described for
     * JK154 ("the saved forward result is @Vj(1) float[] s, expected @Vi(1) float[] s"), or null.
     * The caller has checked the parameter count.
     *
     * @param shapes per trailing parameter, its annotation and type, e.g. {@code @Vi(2) float[]}
     * @param note   appended to the description, e.g. where a dimension comes from
     */
    private static String trailingProblem(ExecutableElement method, List<String> actual, int from,
            List<String> roles, List<String> shapes, String note) {
        for (int k = from; k < actual.size(); k++) {
            String wanted = shapes.get(k - from) + " " + method.getParameters().get(k).getSimpleName();
            if (!actual.get(k).equals(wanted)) {
                return roles.get(k - from) + " is " + actual.get(k) + ", expected " + wanted + note;
            }
        }
        return null;
    }

    /**
     * The gradient of out_i = min_j F_ij (MIN, MAX; per component c) through the saved arg
     * indices: d out_ic = dF_c at the pair (i, idx_ic), so with the incoming gradient e the
     * kernel is the SUM over j of the terms Grad(F_c, v, e_c) where j = idx_c, a sum with one
     * nonzero term per row and component, reduced like a SUM's gradient. K_MIN has K terms per
     * component: its outputs and indices are laid out {@code [l * dimF + c]}. The reduced index j is a
     * variable the facade makes ({@link KernelPlan.Source#INDEX_COLUMN}); the caller's int[]
     * indices are converted to the precision's type ({@link KernelPlan.Source#INDICES}). An index
     * -1 (no j for that row) matches no j, so it contributes nothing.
     */
    private String argGradientFormula(ExecutableElement method, GradientTarget g, List<Slot> slots,
            MethodScope scope, Declared declared) {
        List<String> expected = declared.expected();
        List<String> actual = declared.actual();
        String prefix = declared.prefix();
        String followedBy = declared.followedBy();
        String scalar = declared.scalar();
        String targetText = declared.targetText();
        String problem = declared.problem();
        String methodName = method.getSimpleName().toString();
        String of = g.method.getSimpleName().toString();
        String row = g.rowAnnotation();
        int dim;
        try {
            dim = Resolver.resolve(targetText, scope).dim();
        } catch (FormulaException ex) {
            String w = g.argK > 1 ? g.argK + " x dimF" : "dimF";
            unreadable(method, of, followedBy, prefix + row + "(" + w + ") int[] idx, " + row + "(" + w + ") " + scalar
                    + "[] e", problem);
            return null;
        }
        int width = g.argK * dim;
        String signature = prefix + row + "(" + width + ") int[] idx, " + row + "(" + width + ") " + scalar + "[] e";
        if (problem == null) {
            problem = trailingProblem(method, actual, expected.size(),
                    List.of("the saved arg indices", "the incoming gradient"),
                    List.of(row + "(" + width + ") int[]", row + "(" + width + ") " + scalar + "[]"),
                    g.argK > 1 ? " (K x the dimension of " + of + "'s formula)" : " (the dimension of " + of
                            + "'s formula)");
        }
        if (problem != null) {
            reporter.error(method, Msg.GRADIENT_PARAMETERS, methodName, of, followedBy, signature, problem);
            return null;
        }
        Slot idx = slots.get(slots.size() - 2);
        Slot e = slots.get(slots.size() - 1);
        if (!idx.usable || !e.usable) {
            return null; // their own errors
        }
        String j = scope.indexColumn.name();
        List<String> terms = new ArrayList<>();
        for (int l = 0; l < g.argK; l++) {
            for (int c = 0; c < dim; c++) {
                int t = l * dim + c;
                String component = dim == 1 ? "(" + targetText + ")" : "Elem((" + targetText + "), " + c + ")";
                String index = width == 1 ? idx.name : "Elem(" + idx.name + ", " + t + ")";
                String incoming = width == 1 ? e.name : "Elem(" + e.name + ", " + t + ")";
                // Selected, not multiplied by the 0/1 indicator: a pair that is not the arg may
                // have an infinite or NaN derivative, and 0 * inf would poison the sum.
                terms.add("IfElse((" + j + " == " + index + ") - 0.5, Grad(" + component + ", " + g.wrt + ", "
                        + incoming + "), 0)");
            }
        }
        return String.join(" + ", terms);
    }

    /**
     * The gradient of out_i = sum_j p_ij G_ij (p_ij = exp(F_ij - lse_i), the softmax over j):
     * d out_c = sum_j p_ij (dG_c + (G_c - out_c) dF), so with the incoming gradient e the kernel is
     * the SUM of Exp(F - lse) * (Grad(G, v, e) + Grad(F, v, e | (G - s))), reduced like a SUM's
     * gradient. The normalizer lse is not in SUM_SOFTMAX_WEIGHT's output, hence a parameter.
     */
    private String softmaxGradientFormula(ExecutableElement method, GradientTarget g, List<Slot> slots,
            MethodScope scope, Declared declared) {
        List<String> expected = declared.expected();
        List<String> actual = declared.actual();
        String prefix = declared.prefix();
        String followedBy = declared.followedBy();
        String scalar = declared.scalar();
        String targetText = declared.targetText();
        String problem = declared.problem();
        String methodName = method.getSimpleName().toString();
        String of = g.method.getSimpleName().toString();
        String row = g.rowAnnotation();
        int width;
        try {
            Resolver.resolve(targetText, scope);
            width = Resolver.resolve(g.weight, scope).dim();
        } catch (FormulaException ex) {
            unreadable(method, of, followedBy, prefix + row + "(1) " + scalar + "[] lse, " + row + "(dimG) " + scalar
                    + "[] s, " + row + "(dimG) " + scalar + "[] e", problem);
            return null;
        }
        String signature = prefix + row + "(1) " + scalar + "[] lse, " + row + "(" + width + ") " + scalar + "[] s, "
                + row + "(" + width + ") " + scalar + "[] e";
        if (problem == null) {
            String shape = row + "(" + width + ") " + scalar + "[]";
            problem = trailingProblem(method, actual, expected.size(),
                    List.of("the saved log-normalizer", "the saved forward result", "the incoming gradient"),
                    List.of(row + "(1) " + scalar + "[]", shape, shape), "");
        }
        if (problem != null) {
            reporter.error(method, Msg.GRADIENT_PARAMETERS, methodName, of, followedBy, signature, problem);
            return null;
        }
        Slot lse = slots.get(slots.size() - 3);
        Slot sv = slots.get(slots.size() - 2);
        Slot e = slots.get(slots.size() - 1);
        if (!lse.usable || !sv.usable || !e.usable) {
            return null; // their own errors
        }
        return "Exp((" + targetText + ") - " + lse.name + ") * (Grad((" + g.weight + "), " + g.wrt + ", " + e.name
                + ") + Grad((" + targetText + "), " + g.wrt + ", (" + e.name + " | ((" + g.weight + ") - " + sv.name
                + "))))";
    }

    /**
     * A body method returns the formula's value for one pair: {@code float}/{@code double} for
     * dimension 1, else an array of the precision's type (also accepted for dimension 1).
     */
    private void checkBodyReturn(ExecutableElement method, Precision precision, Expr formula) {
        TypeMirror ret = method.getReturnType();
        String scalar = precision.javaType();
        String array = scalar + "[]";
        int dim = formula == null ? -1 : formula.dim();
        boolean ok = ret.toString().equals(array) || (dim <= 1 && ret.toString().equals(scalar));
        if (!ok && formula != null) {
            reporter.error(method, Msg.BODY_RETURN_TYPE, method.getSimpleName(), dim,
                    dim == 1 ? scalar + " (or " + array + ")" : array, ret);
        } else if (!ok && !ret.toString().equals(scalar) && !ret.toString().equals(array)) {
            reporter.error(method, Msg.BODY_RETURN_TYPE, method.getSimpleName(), dim,
                    scalar + " or " + array, ret);
        }
    }

    /**
     * Whether the method's declaration has something javac could not resolve: a type, an
     * annotation, an annotation value. javac reports it; the analysis would only add confusing
     * messages (or read a value that is not there), so the method is skipped.
     */
    public static boolean javacReportsAnError(ExecutableElement method) {
        if (method.getReturnType().getKind() == TypeKind.ERROR) {
            return true;
        }
        for (AnnotationMirror a : method.getAnnotationMirrors()) {
            if (Annotations.erroneous(a)) {
                return true;
            }
        }
        for (VariableElement p : method.getParameters()) {
            if (p.asType().getKind() == TypeKind.ERROR) {
                return true;
            }
            for (AnnotationMirror a : p.getAnnotationMirrors()) {
                if (Annotations.erroneous(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param indices whether {@code int[]} @Vi/@Vj parameters are allowed: the arg indices a
     *                gradient of a MIN / MAX / K_MIN takes (checked against the target later)
     */
    private List<Slot> readParameters(ExecutableElement method, boolean body, boolean indices) {
        List<Slot> slots = new ArrayList<>();
        List<? extends VariableElement> ps = method.getParameters();
        for (int pos = 0; pos < ps.size(); pos++) {
            VariableElement p = ps.get(pos);
            Slot s = new Slot(p, pos, typeOf(p.asType()));
            slots.add(s);
            Map<String, AnnotationMirror> found = new LinkedHashMap<>();
            for (String a : List.of("Vi", "Vj", "Pm", "Out")) {
                AnnotationMirror m = Annotations.find(p, PKG + a);
                if (m != null) {
                    found.put(a, m);
                }
            }
            for (String a : found.keySet()) {
                switch (a) {
                    case "Vi" -> s.claimed.add(Category.I);
                    case "Vj" -> s.claimed.add(Category.J);
                    case "Pm" -> s.claimed.add(Category.P);
                    default -> {
                    }
                }
            }
            if (s.type == ParamType.RANGES) {
                s.ranges = true;
                if (!found.isEmpty()) {
                    reporter.error(p, Msg.RANGES_ANNOTATED, s.name, found.keySet().iterator().next());
                    s.usable = false;
                } else if (body) {
                    reporter.error(p, Msg.RANGES_UNSUPPORTED, method.getSimpleName(), s.name,
                            "a static method's body is the formula of one pair (i, j); declare the kernel as an abstract @Formula method to make it block-sparse");
                    s.usable = false;
                }
                continue;
            }
            if (found.size() > 1) {
                reporter.error(p, Msg.DUPLICATE_ALIAS, s.name, "it carries " + String.join(" and ",
                        found.keySet().stream().map(n -> "@" + n).toList()));
                s.usable = false;
                s.out = found.containsKey("Out"); // so the output checks do not report it missing
                continue;
            }
            if (found.containsKey("Out")) {
                s.out = true;
                if (s.type != ParamType.FLOAT_ARRAY && s.type != ParamType.DOUBLE_ARRAY
                        && s.type != ParamType.INT_ARRAY) {
                    reporter.error(p, Msg.OUT_MISUSE, method.getSimpleName(), "@Out parameter "
                            + s.name + " must be a float[], double[] or int[], not " + p.asType());
                    s.usable = false;
                }
                continue;
            }
            s.indices = indices && s.type == ParamType.INT_ARRAY && (found.containsKey("Vi") || found.containsKey("Vj"));
            if (!s.type.isFormulaType() && !s.indices) {
                reporter.error(p, Msg.PARAM_TYPE, s.name, p.asType());
                s.usable = false;
                continue;
            }
            if (found.isEmpty()) {
                continue; // may be declared by a Var(pos, ...) form
            }
            String which = found.keySet().iterator().next();
            AnnotationMirror m = found.get(which);
            int dim = (Integer) Annotations.value(m, "value");
            s.category = switch (which) {
                case "Vi" -> Category.I;
                case "Vj" -> Category.J;
                default -> Category.P;
            };
            s.dim = dim;
            if (dim < 1) {
                reporter.error(p, Msg.BAD_DIMENSION, s.name, dim);
                s.usable = false;
            } else if (s.type.isScalar() && s.category != Category.P && !body) {
                reporter.error(p, Msg.PARAM_TYPE, s.name, p.asType());
                s.usable = false;
            } else if (s.type.isScalar() && s.category != Category.P && dim != 1) {
                reporter.error(p, Msg.BODY_SCALAR_DIMENSION, s.name, p.asType(), which, dim, p.asType());
                s.usable = false;
            } else if (s.type.isScalar() && dim != 1) {
                reporter.error(p, Msg.SCALAR_DIMENSION, s.name, p.asType(), dim, p.asType());
                s.usable = false;
            }
        }
        List<Slot> ranges = slots.stream().filter(s -> s.ranges).toList();
        if (ranges.size() > 1) {
            reporter.error(ranges.get(1).element, Msg.RANGES_TWICE, method.getSimpleName(), ranges.size(),
                    String.join(", ", ranges.stream().map(s -> s.name).toList()));
            ranges.forEach(s -> s.usable = false);
        }
        return slots;
    }

    private static ParamType typeOf(TypeMirror t) {
        if (t.getKind() == TypeKind.DECLARED && t.toString().equals(RUNTIME + "Ranges")) {
            return ParamType.RANGES;
        }
        if (t.getKind() == TypeKind.FLOAT) {
            return ParamType.FLOAT;
        }
        if (t.getKind() == TypeKind.DOUBLE) {
            return ParamType.DOUBLE;
        }
        if (t.getKind() == TypeKind.ARRAY) {
            TypeKind c = ((ArrayType) t).getComponentType().getKind();
            return switch (c) {
                case FLOAT -> ParamType.FLOAT_ARRAY;
                case DOUBLE -> ParamType.DOUBLE_ARRAY;
                case INT -> ParamType.INT_ARRAY;
                default -> ParamType.OTHER;
            };
        }
        return ParamType.OTHER;
    }

    private Expr resolve(ExecutableElement method, AnnotationMirror mirror, String member, String text,
            MethodScope scope, String where) {
        try {
            return Resolver.resolve(text, scope);
        } catch (FormulaException e) {
            if (e.msg() == Msg.UNKNOWN_NAME && scope.isBrokenParameter(String.valueOf(e.details().get(0)))) {
                return null; // the parameter's own error says what is wrong with it
            }
            reporter.error(method, mirror, Annotations.explicit(mirror, member), e.format(where));
            return null;
        }
    }

    private void checkReduction(ExecutableElement method, AnnotationMirror reduce, Reduction r, int k,
            String weightText, SumScheme scheme, Expr formula, Expr weight) {
        boolean kReduction = r == Reduction.K_MIN || r == Reduction.ARG_K_MIN || r == Reduction.K_MIN_ARG_K_MIN;
        if (kReduction && k < 1) {
            reporter.error(method, reduce, Annotations.explicit(reduce, "k"), Msg.K_MISSING.format(r, k));
        } else if (!kReduction && k != 0) {
            reporter.error(method, reduce, Annotations.explicit(reduce, "k"), Msg.K_USELESS.format(k, r));
        }
        boolean weighted = r == Reduction.LOG_SUM_EXP || r == Reduction.SUM_SOFTMAX_WEIGHT;
        if (!weightText.isEmpty() && !weighted) {
            reporter.error(method, reduce, Annotations.explicit(reduce, "weight"),
                    Msg.WEIGHT_WRONG_REDUCTION.format(r));
        }
        if (r == Reduction.SUM_SOFTMAX_WEIGHT && weightText.isEmpty()) {
            reporter.error(method, reduce, null, Msg.WEIGHT_MISSING.format());
        }
        if (weighted && formula != null && formula.dim() != 1) {
            reporter.error(method, reduce, Annotations.explicit(reduce, "value"),
                    Msg.LSE_DIMENSION.format(r, Printer.print(formula), formula.dim()));
        }
        if (scheme != SumScheme.AUTO && r != Reduction.SUM) {
            reporter.error(method, reduce, Annotations.explicit(reduce, "sum"),
                    Msg.SUM_SCHEME_USELESS.format(scheme, r));
        }
    }

    /** Checks the return type or the @Out parameters; returns whether outputs are @Out. */
    private boolean checkOutputs(ExecutableElement method, List<Slot> slots, Reduction r, Precision p) {
        String methodName = method.getSimpleName().toString();
        boolean values = KernelPlan.hasValues(r);
        boolean indices = KernelPlan.hasIndices(r);
        String valueArray = p.javaType() + "[]";
        List<Slot> outs = slots.stream().filter(s -> s.out).toList();
        TypeMirror ret = method.getReturnType();
        if (ret.getKind() == TypeKind.VOID) {
            if (outs.stream().anyMatch(s -> !s.usable)) {
                return true; // an @Out parameter has its own error
            }
            List<String> expected = new ArrayList<>();
            if (values) {
                expected.add(valueArray);
            }
            if (indices) {
                expected.add("int[]");
            }
            List<String> actual = outs.stream().map(s -> s.element.asType().toString()).toList();
            if (!actual.equals(expected)) {
                reporter.error(method, Msg.OUT_MISUSE, methodName, "it returns void, so " + r + " on "
                        + p.javaType() + " data needs @Out parameters of types " + expected
                        + " in that order, found " + actual);
            }
            return true;
        }
        if (!outs.isEmpty()) {
            reporter.error(method, Msg.OUT_MISUSE, methodName,
                    "@Out parameters need a void return type, but it returns " + ret);
            return false;
        }
        String expected = values && indices
                ? RUNTIME + (p == Precision.FLOAT ? "FloatArgResult" : "DoubleArgResult")
                : values ? valueArray : "int[]";
        if (!ret.toString().equals(expected)) {
            reporter.error(method, Msg.RETURN_TYPE, methodName, expected, r, p.javaType(), ret);
        }
        return false;
    }

    /** Aliases are the annotated parameters; Var forms may declare the others. */
    private static final class MethodScope implements Scope {
        private final List<Slot> slots;
        private final String methodName;
        /** The reduced index as a variable, in the formula of a MIN / MAX / K_MIN gradient; else null. */
        Expr.Var indexColumn;

        MethodScope(List<Slot> slots, String methodName) {
            this.slots = slots;
            this.methodName = methodName;
        }

        @Override
        public Expr.Var alias(String name) {
            if (indexColumn != null && indexColumn.name().equals(name)) {
                return indexColumn;
            }
            for (Slot s : slots) {
                if (s.name.equals(name) && isAlias(s)) {
                    return s.var();
                }
            }
            return null;
        }

        /**
         * Annotated parameters only: a parameter declared by a Var form is not a name, or
         * whether a name resolves would depend on where the Var form stands in the text.
         */
        private static boolean isAlias(Slot s) {
            return s.usable && !s.out && s.category != null && !s.declaredByVar;
        }

        /** A parameter with an error of its own, so that the formula need not report it unknown. */
        boolean isBrokenParameter(String name) {
            return slots.stream().anyMatch(s -> s.name.equals(name) && !s.usable);
        }

        @Override
        public Collection<String> aliasNames() {
            return slots.stream().filter(MethodScope::isAlias).map(s -> s.name).toList();
        }

        @Override
        public Expr.Var positional(int position, Category category, int dim) {
            if (position < 0 || position >= slots.size()) {
                throw new IllegalArgumentException("parameter position " + position + " does not exist: "
                        + methodName + " has " + slots.size() + " parameters (positions from 0)");
            }
            Slot s = slots.get(position);
            String form = category.keopsName() + "(" + position + ", " + dim + ")";
            if (s.out) {
                throw new IllegalArgumentException(form + " refers to " + s.name + ", an @Out parameter");
            }
            if (s.ranges) {
                throw new IllegalArgumentException(form + " refers to " + s.name + ", the Ranges parameter");
            }
            if (!s.usable) {
                throw new IllegalArgumentException(form + " refers to " + s.name
                        + ", which cannot be a formula variable (see its own error)");
            }
            if (s.category == null) {
                if (s.type.isScalar() && (category != Category.P || dim != 1)) {
                    throw new IllegalArgumentException(form + " refers to " + s.name + ", a scalar "
                            + s.type.precision().javaType() + ", which can only be Pm(" + position + ", 1)");
                }
                s.category = category;
                s.dim = dim;
                s.declaredByVar = true;
                return s.var();
            }
            if (s.category != category || s.dim != dim) {
                throw new IllegalArgumentException(form + " refers to " + s.name + ", which is "
                        + (s.declaredByVar ? "already used as " + s.category.keopsName() + "("
                        + position + ", " + s.dim + ")" : "declared " + s.declaration()));
            }
            return s.var();
        }
    }
}
