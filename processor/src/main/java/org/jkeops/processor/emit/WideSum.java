package org.jkeops.processor.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.function.Function;
import org.jkeops.annotations.SumScheme;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Precision;

/**
 * The SUM reduction of a {@link WideOutput} in scalar Java: the row's D sums in arrays rather
 * than D locals, each step a loop over the components. Per component it is exactly
 * {@code SumReduction}'s scalar dialect (the same scheme, the same order of additions), so a
 * wide kernel rounds like an unrolled one would. The arrays are allocated once per call (per
 * task in the SIMD kernel) and reset per row.
 */
final class WideSum {
    private final SumScheme scheme;
    private final int dim;
    private final boolean isFloat;
    private final String t;

    WideSum(KernelPlan plan, int dim) {
        this.scheme = plan.sum();
        this.dim = dim;
        this.isFloat = plan.precision() == Precision.FLOAT;
        this.t = plan.precision().javaType();
    }

    SumScheme scheme() {
        return scheme;
    }

    /** The type the sums are kept in: float64 in the DOUBLE scheme. */
    String accType() {
        return scheme == SumScheme.DOUBLE ? "double" : t;
    }

    /** The per-call arrays: the sums, the BLOCK scheme's partial sums, the KAHAN compensations. */
    void buffers(CodeBlock.Builder b) {
        b.addStatement("final $L[] acc = new $L[$L]", accType(), accType(), dim);
        if (scheme == SumScheme.BLOCK) {
            b.addStatement("final $L[] blk = new $L[$L]", t, t, dim);
        }
        if (scheme == SumScheme.KAHAN) {
            b.addStatement("final $L[] cmp = new $L[$L]", t, t, dim);
        }
    }

    /** Per row: every sum at 0. */
    void init(CodeBlock.Builder b) {
        b.addStatement("$T.fill(acc, 0)", java.util.Arrays.class);
        if (scheme == SumScheme.KAHAN) {
            b.addStatement("$T.fill(cmp, 0)", java.util.Arrays.class);
        }
    }

    /** Opens a block of the BLOCK scheme. */
    void blockInit(CodeBlock.Builder b) {
        b.addStatement("$T.fill(blk, 0)", java.util.Arrays.class);
    }

    /** Closes a block of the BLOCK scheme: its partial sums added to the sums. */
    void blockEnd(CodeBlock.Builder b) {
        b.beginControlFlow("for (int oc = 0; oc < $L; oc++)", dim);
        b.addStatement("acc[oc] += blk[oc]");
        b.endControlFlow();
    }

    /**
     * Per pair: the loop over the components, from {@code from} to D, adding each one's value
     * (declared by {@code term} at component {@code oc}, which returns its name; not {@code c}, the
     * block-sparse scalar kernel's block).
     *
     * @param from the first component: 0, or after the SIMD kernel's lanes (its scalar remainder,
     *             which continues per component exactly as the lanes did)
     */
    void fold(CodeBlock.Builder b, String from, Function<String, String> term) {
        b.beginControlFlow("for (int oc = $L; oc < $L; oc++)", from, dim);
        String v = term.apply("oc");
        switch (scheme) {
            case DIRECT, DOUBLE -> b.addStatement("acc[oc] += $L", v);
            case BLOCK -> b.addStatement("blk[oc] += $L", v);
            case KAHAN -> {
                b.addStatement("final $L ky = $L - cmp[oc]", t, v);
                b.addStatement("final $L kt = acc[oc] + ky", t);
                // An infinite running sum carries no rounding error (as SumReduction's fold).
                b.addStatement("cmp[oc] = $L.isFinite(kt) ? (kt - acc[oc]) - ky : 0", isFloat ? "Float" : "Double");
                b.addStatement("acc[oc] = kt");
            }
            case AUTO -> throw new IllegalStateException("unresolved sum scheme");
        }
        b.endControlFlow();
    }

    /** Per row: the sums written to the row's outputs from {@code outBase}. */
    void finish(CodeBlock.Builder b, String outBase) {
        b.beginControlFlow("for (int oc = 0; oc < $L; oc++)", dim);
        b.addStatement("out[$L + oc] = $Lacc[oc]", outBase, scheme == SumScheme.DOUBLE && isFloat ? "(float) " : "");
        b.endControlFlow();
    }
}
