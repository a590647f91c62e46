package org.jkeops.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.SumScheme;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.ir.Printer;
import org.jkeops.processor.resolve.Resolver;

/**
 * The rules of a kernel's reduction: K only for the K reductions (JK140, JK141), a weight only for
 * LOG_SUM_EXP and SUM_SOFTMAX_WEIGHT and always for the latter (JK142, JK143), their formula a
 * scalar (JK144), a sum scheme only for SUM (JK145), and a variable indexed by each axis (JK126,
 * JK127).
 */
final class ReductionChecks {
    private final Reporter reporter;

    ReductionChecks(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Checks K, the weight, the formula's dimension and the sum scheme; formula and weight may be null. */
    void check(ExecutableElement method, ReductionSpec spec, Expr formula) {
        AnnotationMirror reduce = spec.mirror();
        Reduction r = spec.reduction();
        int k = spec.k();
        boolean kReduction = r == Reduction.K_MIN || r == Reduction.ARG_K_MIN || r == Reduction.K_MIN_ARG_K_MIN;
        // k lists of the formula's dimension are unrolled in OpenCL registers: bounded like a dimension
        int maxK = Resolver.MAX_DIMENSION / Math.max(1, formula == null ? 1 : formula.dim());
        if (kReduction && (k < 1 || k > maxK)) {
            reporter.error(method, reduce, Annotations.explicit(reduce, "k"),
                    Msg.K_MISSING.format(r, maxK, Resolver.MAX_DIMENSION, k));
        } else if (!kReduction && k != 0) {
            reporter.error(method, reduce, Annotations.explicit(reduce, "k"), Msg.K_USELESS.format(k, r));
        }
        boolean weighted = r == Reduction.LOG_SUM_EXP || r == Reduction.SUM_SOFTMAX_WEIGHT;
        if (!spec.weightText().isEmpty() && !weighted) {
            reporter.error(method, reduce, Annotations.explicit(reduce, "weight"),
                    Msg.WEIGHT_WRONG_REDUCTION.format(r));
        }
        if (r == Reduction.SUM_SOFTMAX_WEIGHT && spec.weightText().isEmpty()) {
            reporter.error(method, reduce, null, Msg.WEIGHT_MISSING.format());
        }
        if (weighted && formula != null && formula.dim() != 1) {
            reporter.error(method, reduce, Annotations.explicit(reduce, "value"),
                    Msg.LSE_DIMENSION.format(r, Printer.print(formula), formula.dim()));
        }
        if (spec.scheme() != SumScheme.AUTO && r != Reduction.SUM) {
            reporter.error(method, reduce, Annotations.explicit(reduce, "sum"),
                    Msg.SUM_SCHEME_USELESS.format(spec.scheme(), r));
        }
    }

    /**
     * Checks that some parameter is indexed by the output rows (M or N of them) and some by the
     * reduced axis; a parameter's annotation counts even when the parameter is unusable.
     *
     * @param undecided whether categories are still unknown after a formula error: nothing to check
     */
    void checkAxes(ExecutableElement method, ReductionSpec spec, List<Slot> slots, boolean undecided) {
        if (undecided) {
            return;
        }
        Category outer = spec.outer();
        Category inner = spec.inner();
        String methodName = method.getSimpleName().toString();
        if (slots.stream().noneMatch(s -> s.category == outer || s.claimed.contains(outer))) {
            reporter.error(method, Msg.NO_OUTER_VARIABLE, methodName, "@" + outer.keopsName(),
                    outer == Category.I ? "M" : "N");
        }
        if (slots.stream().noneMatch(s -> s.category == inner || s.claimed.contains(inner))) {
            reporter.error(method, Msg.NO_INNER_VARIABLE, methodName, "@" + inner.keopsName(),
                    inner == Category.I ? "M" : "N");
        }
    }
}
