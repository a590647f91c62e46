package org.jkeops.processor.model;

import javax.lang.model.element.AnnotationMirror;
import org.jkeops.annotations.Index;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.SumScheme;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.reduce.ReductionType;

/**
 * The reduction of a kernel method: its {@code @Reduce} (the defaults when absent), or the SUM a
 * {@code @Gradient} method generates.
 *
 * @param mirror     the {@code @Reduce} its errors point at; null for a gradient, which has none
 * @param k          K of the K reductions as written, 0 when absent
 * @param weightText the weight formula as written, empty when absent
 */
record ReductionSpec(AnnotationMirror mirror, Reduction reduction, Index over, SumScheme scheme, int k,
        String weightText) {

    /** The reduction a {@code @Reduce} annotation declares; null stands for the absent annotation. */
    static ReductionSpec read(AnnotationMirror reduce) {
        Object k = Annotations.value(reduce, "k");
        Object weight = Annotations.value(reduce, "weight");
        return new ReductionSpec(reduce,
                Reduction.valueOf(Annotations.enumName(reduce, "value", "SUM")),
                Index.valueOf(Annotations.enumName(reduce, "over", "J")),
                scheme(reduce),
                k == null ? 0 : (Integer) k,
                weight == null ? "" : (String) weight);
    }

    /** The SUM a gradient generates: over the axis its variable asks for, with the target's sum scheme. */
    static ReductionSpec gradient(GradientTarget target) {
        return new ReductionSpec(null, Reduction.SUM, target.reducedOver(), scheme(target.reduce()), 0, "");
    }

    private static SumScheme scheme(AnnotationMirror reduce) {
        return SumScheme.valueOf(Annotations.enumName(reduce, "sum", "AUTO"));
    }

    /** The category indexing the output rows: I when reducing over j. */
    Category outer() {
        return over == Index.J ? Category.I : Category.J;
    }

    /** The category reduced over. */
    Category inner() {
        return over == Index.J ? Category.J : Category.I;
    }

    /** The reduction's type for a precision (K as written: its own check reports K < 1). */
    ReductionType type(Precision precision) {
        return ReductionType.of(reduction, resolvedScheme(precision), precision, k, !weightText.isEmpty());
    }

    /** The sum scheme with AUTO decided: blocks for float32, direct for float64. */
    SumScheme resolvedScheme(Precision precision) {
        return scheme != SumScheme.AUTO ? scheme
                : precision == Precision.FLOAT ? SumScheme.BLOCK : SumScheme.DIRECT;
    }
}
