package org.jkeops.processor.reduce;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.function.Function;
import org.jkeops.annotations.SumScheme;
import org.jkeops.processor.emit.RuntimeTypes;
import org.jkeops.processor.plan.Precision;

/**
 * The SUM reduction over the D components of a wide output ({@code emit/WideOutput}), made by
 * {@link SumReduction#wide}: the row's D sums in arrays rather than D locals, each step a loop
 * over the components. Per component its Java dialects are exactly {@link SumReduction}'s sum (the
 * same scheme, the same order of additions), so a wide kernel rounds like an unrolled one would; in
 * OpenCL every scheme adds each pair to the sum directly (see the OpenCL section). Its three
 * dialects: scalar Java (the scalar kernels, and the SIMD kernel's components after its last whole
 * vector), Vector API lanes over the components ({@link #laneFold}), OpenCL C (the sums in the
 * work-item's output row, {@link #clInit}).
 */
public final class WideSum {
    private final SumReduction sum;
    private final int dim;
    private final boolean isFloat;
    private final String t;

    WideSum(SumReduction sum, int dim) {
        this.sum = sum;
        this.dim = dim;
        this.isFloat = sum.precision() == Precision.FLOAT;
        this.t = sum.precision().javaType();
    }

    public SumScheme scheme() {
        return sum.scheme();
    }

    /** The type the sums are kept in: float64 in the DOUBLE scheme. */
    private String accType() {
        return scheme() == SumScheme.DOUBLE ? "double" : t;
    }

    // ---- scalar Java --------------------------------------------------------------------------

    /** The per-call arrays (per task in the SIMD kernel): the sums, the BLOCK scheme's partial sums, the KAHAN compensations. */
    public void buffers(CodeBlock.Builder b) {
        b.addStatement("final $L[] acc = new $L[$L]", accType(), accType(), dim);
        if (scheme() == SumScheme.BLOCK) {
            b.addStatement("final $L[] blk = new $L[$L]", t, t, dim);
        }
        if (scheme() == SumScheme.KAHAN) {
            b.addStatement("final $L[] cmp = new $L[$L]", t, t, dim);
        }
    }

    /** Per row: every sum at 0. */
    public void init(CodeBlock.Builder b) {
        b.addStatement("$T.fill(acc, 0)", java.util.Arrays.class);
        if (scheme() == SumScheme.KAHAN) {
            b.addStatement("$T.fill(cmp, 0)", java.util.Arrays.class);
        }
    }

    /** Opens a block of the BLOCK scheme. */
    public void blockInit(CodeBlock.Builder b) {
        b.addStatement("$T.fill(blk, 0)", java.util.Arrays.class);
    }

    /** Closes a block of the BLOCK scheme: its partial sums added to the sums. */
    public void blockEnd(CodeBlock.Builder b) {
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
    public void fold(CodeBlock.Builder b, String from, Function<String, String> term) {
        b.beginControlFlow("for (int oc = $L; oc < $L; oc++)", from, dim);
        String v = term.apply("oc");
        switch (scheme()) {
            case DIRECT, DOUBLE -> b.addStatement("acc[oc] += $L", v);
            case BLOCK -> b.addStatement("blk[oc] += $L", v);
            case KAHAN -> SumReduction.kahanStep(b, t, isFloat ? "Float" : "Double", v, "acc[oc]", "cmp[oc]", "ky", "kt");
            case AUTO -> throw new IllegalStateException("unresolved sum scheme");
        }
        b.endControlFlow();
    }

    /** Per row: the sums written to the row's outputs from {@code outBase}. */
    public void finish(CodeBlock.Builder b, String outBase) {
        b.beginControlFlow("for (int oc = 0; oc < $L; oc++)", dim);
        b.addStatement("out[$L + oc] = $Lacc[oc]", outBase, scheme() == SumScheme.DOUBLE && isFloat ? "(float) " : "");
        b.endControlFlow();
    }

    // ---- Vector API lanes ---------------------------------------------------------------------

    /**
     * Per pair, inside the loop over the components' vectors at {@code oc}: the vector {@code value}
     * added to the sums there, lane by lane as {@link #fold} adds each component (not with the
     * DOUBLE scheme of float32 terms: those components are summed by {@link #fold} alone).
     *
     * @param vec     the vector type of the values
     * @param species the species constant
     */
    public void laneFold(CodeBlock.Builder b, ClassName vec, String species, CodeBlock value) {
        if (scheme() == SumScheme.DOUBLE && isFloat) {
            throw new IllegalStateException("float32 terms summed in float64 have no lane fold");
        }
        if (scheme() == SumScheme.KAHAN) {
            b.addStatement("final $T a = $T.fromArray($L, acc, oc)", vec, vec, species);
            b.addStatement("final $T ky = $L.sub($T.fromArray($L, cmp, oc))", vec, value, vec, species);
            b.addStatement("final $T kt = a.add(ky)", vec);
            // lanes whose running sum is infinite carry no compensation (as the scalar fold)
            b.addStatement("$T.zero($L).blend(kt.sub(a).sub(ky), kt.test($T.IS_FINITE)).intoArray(cmp, oc)", vec, species,
                    RuntimeTypes.VECTOR_OPERATORS);
            b.addStatement("kt.intoArray(acc, oc)");
        } else {
            String target = scheme() == SumScheme.BLOCK ? "blk" : "acc";
            b.addStatement("$T.fromArray($L, $L, oc).add($L).intoArray($L, oc)", vec, species, target, value, target);
        }
    }

    // ---- OpenCL C -----------------------------------------------------------------------------
    // Each work-item keeps its row's D sums in its own output row from o (float64 sums of a
    // float32 DOUBLE scheme in outAcc): no private array (registers) grows with D. Each pair is
    // added to the sums directly, also in the BLOCK scheme (no per-tile partial sums at this
    // width: their D values would need another array); the processor rejects KAHAN at these widths.

    /** The array the sums are kept in: {@code outAcc} for float64 sums of float32 terms, else {@code out}. */
    private String clAcc() {
        return sum.clWritesDoubleSums() ? "outAcc" : "out";
    }

    /** Per row (an active work-item's, from its output offset {@code o}): every sum at 0. */
    public String clInit() {
        return "for (int oc = 0; oc < " + dim + "; oc++) " + clAcc() + "[o + oc] = 0;";
    }

    /** Per pair, inside the loop over the components at {@code oc}: the value added to its sum. */
    public String clFold(String value) {
        return clAcc() + "[o + oc] += " + value + ";";
    }

    /** Per row: the float64 sums narrowed into the outputs, or null where the sums are the outputs. */
    public String clFinish() {
        return sum.clWritesDoubleSums() ? "for (int oc = 0; oc < " + dim + "; oc++) out[o + oc] = (float) outAcc[o + oc];"
                : null;
    }
}
