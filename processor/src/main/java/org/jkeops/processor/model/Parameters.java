package org.jkeops.processor.model;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.jkeops.annotations.Out;
import org.jkeops.annotations.Pm;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.resolve.Resolver;

/**
 * The parameters of a kernel method: reads each one's type and annotations into a {@link Slot}
 * (JK12x and the Ranges rules), and, once the formulas are resolved, checks that every formula
 * variable got a category and that all share one precision.
 */
final class Parameters {
    /** The annotations that give a parameter its role, in the order their conflicts are named. */
    static final List<Class<? extends Annotation>> ROLE_ANNOTATIONS = List.of(Vi.class, Vj.class, Pm.class, Out.class);

    private final Reporter reporter;

    Parameters(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * @param body    whether the method is a static method whose body is the formula
     * @param indices whether {@code int[]} @Vi/@Vj parameters are allowed: the arg indices a
     *                gradient of a MIN / MAX / K_MIN takes (checked against the target later)
     */
    List<Slot> read(ExecutableElement method, boolean body, boolean indices) {
        List<Slot> slots = new ArrayList<>();
        List<? extends VariableElement> ps = method.getParameters();
        for (int pos = 0; pos < ps.size(); pos++) {
            Slot s = new Slot(ps.get(pos), pos, ParamType.of(ps.get(pos).asType()));
            slots.add(s);
            read(method, s, body, indices);
        }
        List<Slot> ranges = slots.stream().filter(s -> s.ranges).toList();
        if (ranges.size() > 1) {
            reporter.error(ranges.get(1).element, Msg.RANGES_TWICE, method.getSimpleName(), ranges.size(),
                    String.join(", ", ranges.stream().map(s -> s.name).toList()));
            ranges.forEach(s -> s.usable = false);
        }
        return slots;
    }

    private void read(ExecutableElement method, Slot s, boolean body, boolean indices) {
        VariableElement p = s.element;
        Map<Class<? extends Annotation>, AnnotationMirror> found = new LinkedHashMap<>();
        for (Class<? extends Annotation> a : ROLE_ANNOTATIONS) {
            AnnotationMirror m = Annotations.find(p, a);
            if (m != null) {
                found.put(a, m);
                if (a != Out.class) {
                    s.claimed.add(Category.ofKeopsName(a.getSimpleName()));
                }
            }
        }
        if (s.type == ParamType.RANGES) {
            s.ranges = true;
            if (!found.isEmpty()) {
                reporter.error(p, Msg.RANGES_ANNOTATED, s.name, found.keySet().iterator().next().getSimpleName());
                s.usable = false;
            } else if (body) {
                reporter.error(p, Msg.RANGES_UNSUPPORTED, method.getSimpleName(), s.name,
                        "a static method's body is the formula of one pair (i, j); declare the kernel as an abstract @Formula method to make it block-sparse");
                s.usable = false;
            }
            return;
        }
        if (found.size() > 1) {
            reporter.error(p, Msg.DUPLICATE_ALIAS, s.name, "it carries " + String.join(" and ",
                    found.keySet().stream().map(n -> "@" + n.getSimpleName()).toList()));
            s.usable = false;
            s.out = found.containsKey(Out.class); // so the output checks do not report it missing
            return;
        }
        if (found.containsKey(Out.class)) {
            s.out = true;
            if (!s.type.isOutputArray()) {
                reporter.error(p, Msg.OUT_MISUSE, method.getSimpleName(), "@Out parameter "
                        + s.name + " must be a float[], double[] or int[], not " + p.asType());
                s.usable = false;
            }
            return;
        }
        s.indices = indices && s.type == ParamType.INT_ARRAY && (found.containsKey(Vi.class) || found.containsKey(Vj.class));
        if (!s.type.isFormulaType() && !s.indices) {
            reporter.error(p, Msg.PARAM_TYPE, s.name, p.asType());
            s.usable = false;
            return;
        }
        if (found.isEmpty()) {
            return; // may be declared by a Var(pos, ...) form
        }
        Class<? extends Annotation> annotation = found.keySet().iterator().next();
        String which = annotation.getSimpleName();
        int dim = (Integer) Annotations.value(found.get(annotation), "value");
        s.category = Category.ofKeopsName(which);
        s.dim = dim;
        if (dim < 1 || dim > Resolver.MAX_DIMENSION) {
            reporter.error(p, Msg.BAD_DIMENSION, s.name, Resolver.MAX_DIMENSION, dim);
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

    /**
     * Reports every formula parameter that neither an annotation nor a Var form declared, and
     * makes it unusable. When a formula did not resolve, a Var form after the error may have
     * declared it: nothing is reported then (the user sees the formula error first).
     *
     * @return whether the categories are undecided: a formula did not resolve and some
     *         parameter has no category, so the checks that count categories must not run
     */
    boolean requireCategories(List<Slot> slots, boolean formulasResolved) {
        boolean undecided = !formulasResolved && slots.stream().anyMatch(Slot::undeclared);
        for (Slot s : slots) {
            if (s.undeclared()) {
                if (!undecided) {
                    reporter.error(s.element, Msg.PARAM_NO_CATEGORY, s.name, s.position);
                }
                s.usable = false;
            }
        }
        return undecided;
    }

    /** The one precision of all formula variables (JK121 when they mix), or null when there is none. */
    Precision precision(ExecutableElement method, List<Slot> slots) {
        Precision precision = null;
        Slot first = null;
        for (Slot s : slots) {
            if (s.usable && !s.out && !s.indices && s.category != null) {
                if (precision == null) {
                    precision = s.type.precision();
                    first = s;
                } else if (precision != s.type.precision()) {
                    reporter.error(method, Msg.MIXED_PRECISION, method.getSimpleName().toString(), first.name,
                            first.type.precision().javaType(), s.name, s.type.precision().javaType());
                    break;
                }
            }
        }
        return precision;
    }
}
