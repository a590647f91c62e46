package org.jkeops.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.jkeops.annotations.Reduction;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.emit.RuntimeTypes;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.plan.Precision;

/**
 * How a kernel method hands back its result: the return type or the {@code @Out} parameters its
 * reduction needs (JK130, JK131), a gradient's array (JK155), a body method's value (JK310).
 */
final class OutputChecks {

    private final Reporter reporter;

    OutputChecks(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Checks the outputs of a method of known precision; returns whether they are @Out parameters. */
    boolean check(KernelDeclaration d, List<Slot> slots, Precision precision, Expr formula) {
        ExecutableElement method = d.method();
        if (d.gradient() != null) {
            checkGradientReturn(method, d.gradient(), slots, precision);
            return false;
        }
        if (d.fromBody()) {
            checkBodyReturn(method, precision, formula);
            return false;
        }
        return checkOutputs(method, slots, d.reduction(), precision);
    }

    /** A gradient returns one row per i or j, or the parameter's values, in the target's precision. */
    private void checkGradientReturn(ExecutableElement method, GradientTarget g, List<Slot> slots, Precision p) {
        String expected = p.javaType() + "[]";
        if (ParamType.of(method.getReturnType()) != ParamType.array(p)) {
            Slot wrt = slots.stream().filter(s -> s.name.equals(g.wrt())).findFirst().orElseThrow();
            String shape = switch (g.wrtCategory()) {
                case I -> "M x " + wrt.dim + " values, one row per i";
                case J -> "N x " + wrt.dim + " values, one row per j";
                case P -> wrt.dim + (wrt.dim == 1 ? " value" : " values");
            };
            reporter.error(method, Msg.GRADIENT_RETURN, method.getSimpleName().toString(), expected, shape,
                    method.getReturnType());
        }
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
        ParamType type = ParamType.of(ret);
        boolean isArray = type == ParamType.array(precision);
        boolean isScalar = type == ParamType.scalar(precision);
        boolean ok = isArray || (dim <= 1 && isScalar);
        if (!ok) { // without a formula, neither a scalar nor an array
            reporter.error(method, Msg.BODY_RETURN_TYPE, method.getSimpleName(), dim, formula == null
                    ? scalar + " or " + array : dim == 1 ? scalar + " (or " + array + ")" : array, ret);
        }
    }

    /** Checks the return type or the @Out parameters; returns whether outputs are @Out. */
    private boolean checkOutputs(ExecutableElement method, List<Slot> slots, ReductionSpec spec, Precision p) {
        String methodName = method.getSimpleName().toString();
        Reduction r = spec.reduction();
        boolean values = spec.type(p).hasValues();
        boolean indices = spec.type(p).hasIndices();
        String valueArray = p.javaType() + "[]";
        List<Slot> outs = slots.stream().filter(s -> s.out).toList();
        TypeMirror ret = method.getReturnType();
        if (ret.getKind() == TypeKind.VOID) {
            if (outs.stream().anyMatch(s -> !s.usable)) {
                return true; // an @Out parameter has its own error
            }
            List<String> expected = new ArrayList<>();
            List<ParamType> expectedTypes = new ArrayList<>();
            if (values) {
                expected.add(valueArray);
                expectedTypes.add(ParamType.array(p));
            }
            if (indices) {
                expected.add("int[]");
                expectedTypes.add(ParamType.INT_ARRAY);
            }
            List<String> actual = outs.stream().map(s -> s.element.asType().toString()).toList();
            if (!outs.stream().map(s -> s.type).toList().equals(expectedTypes)) {
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
                ? (p == Precision.FLOAT ? RuntimeTypes.FLOAT_ARG_RESULT : RuntimeTypes.DOUBLE_ARG_RESULT).canonicalName()
                : values ? valueArray : "int[]";
        boolean right = values && indices ? ParamType.isClass(ret, expected)
                : ParamType.of(ret) == (values ? ParamType.array(p) : ParamType.INT_ARRAY);
        if (!right) {
            reporter.error(method, Msg.RETURN_TYPE, methodName, expected, r, p.javaType(), ret);
        }
        return false;
    }
}
