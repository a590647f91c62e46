package org.jkeops.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import org.jkeops.annotations.Reduction;
import org.jkeops.processor.plan.KernelPlan;

/**
 * The {@code merge} step of a split over j, spelled once for every backend that splits (SIMD
 * threads, OpenCL parts): a call to the matching {@code org.jkeops.cpu.SplitMerge} method on the
 * parts' finalized outputs.
 */
final class SplitMergeCalls {
    private static final ClassName SPLIT_MERGE = ClassName.get("org.jkeops.cpu", "SplitMerge");

    private SplitMergeCalls() {
    }

    /**
     * @param valueParts the {@code T[][]} of the parts' values
     * @param indexParts the {@code int[][]} of the parts' indices (unused without indices)
     * @param out        the values output
     * @param outIndex   the indices output (unused without indices)
     * @param rows       the output rows
     */
    static void emit(CodeBlock.Builder b, KernelPlan plan, String valueParts, String indexParts, String out,
            String outIndex, String rows) {
        switch (plan.reduction()) {
            case SUM -> b.addStatement("$T.sum($L, $L)", SPLIT_MERGE, valueParts, out);
            case MIN, MAX -> b.addStatement("$T.minMax($L, $L, $L)", SPLIT_MERGE, valueParts, out,
                    plan.reduction() == Reduction.MAX);
            case MIN_ARG_MIN, MAX_ARG_MAX -> b.addStatement("$T.argMinMax($L, $L, $L, $L, $L)", SPLIT_MERGE,
                    valueParts, indexParts, out, outIndex, plan.reduction() == Reduction.MAX_ARG_MAX);
            case K_MIN -> b.addStatement("$T.kMin($L, null, $L, null, $L, $L, $L)", SPLIT_MERGE, valueParts, out,
                    rows, plan.k(), plan.formula().dim());
            case K_MIN_ARG_K_MIN -> b.addStatement("$T.kMin($L, $L, $L, $L, $L, $L, $L)", SPLIT_MERGE, valueParts,
                    indexParts, out, outIndex, rows, plan.k(), plan.formula().dim());
            case LOG_SUM_EXP -> b.addStatement("$T.logSumExp($L, $L)", SPLIT_MERGE, valueParts, out);
            case ARG_MIN, ARG_MAX, ARG_K_MIN, SUM_SOFTMAX_WEIGHT ->
                    throw new IllegalStateException(plan.reduction() + " is not splittable");
        }
    }
}
