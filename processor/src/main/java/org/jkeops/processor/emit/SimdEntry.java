package org.jkeops.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.reduce.ReductionType;

/**
 * The SIMD kernel's entry method, which the facade calls: structure-of-arrays copies of the
 * reduced variables, the choice of vector width, and the split of the work into tasks (rows in
 * parallel; parts of j, merged by the reduction's host merge, for few rows; chunks of a block
 * for block-sparse calls). Also the signatures of the width classes' methods it calls.
 */
final class SimdEntry {
    private static final int[] WIDTHS = VectorJavaEmitter.WIDTHS;

    private final KernelPlan plan;
    private final ReductionType reduction;
    private final SimdSchedule schedule;

    SimdEntry(KernelPlan plan, SimdSchedule schedule) {
        this.plan = plan;
        this.reduction = plan.reductionType();
        this.schedule = schedule;
    }

    private TypeName scalarType() {
        return plan.precision() == Precision.FLOAT ? TypeName.FLOAT : TypeName.DOUBLE;
    }

    private int dim() {
        return plan.formula().dim();
    }

    boolean isInnerArray(KernelPlan.Param prm) {
        return prm.role() == KernelPlan.Role.VARIABLE && prm.category() == plan.inner();
    }

    static String soa(KernelPlan.Param prm) {
        return "soa" + prm.position();
    }

    /** Parameters of width-class methods: variables (inner arrays as SoA), then row range and outputs. */
    void kernelParams(MethodSpec.Builder m, boolean range) {
        TypeName scalar = scalarType();
        for (KernelPlan.Param prm : plan.params()) {
            if (prm.role() != KernelPlan.Role.VARIABLE) {
                continue;
            }
            if (isInnerArray(prm)) {
                m.addParameter(ArrayTypeName.of(ArrayTypeName.of(scalar)), soa(prm));
            } else {
                m.addParameter(prm.scalar() ? scalar : ArrayTypeName.of(scalar), GeneratedNames.local(prm.name()));
            }
        }
        if (range) {
            m.addParameter(TypeName.INT, "r0").addParameter(TypeName.INT, "r1");
        } else {
            m.addParameter(TypeName.INT, "r");
        }
        // The reduced index runs over [js, je): all of it, one part when j is split, or one
        // block-sparse sweep (in place, or over a block's gathered columns).
        m.addParameter(TypeName.INT, "js").addParameter(TypeName.INT, "je");
        if (plan.hasValues()) {
            m.addParameter(ArrayTypeName.of(scalar), "out");
        }
        if (plan.hasIndices()) {
            m.addParameter(ArrayTypeName.of(TypeName.INT), "outIndex");
        }
        if (range) {
            for (String name : packedOnce()) {
                m.addParameter(ArrayTypeName.of(scalarType()), name);
            }
        }
    }

    /**
     * The tiled schedule's reduced variables packed once per call for all tasks (dense calls,
     * where every task sweeps [0, cols)); null in the other calls, whose tasks pack their own part.
     */
    private java.util.List<String> packedOnce() {
        List<String> names = new ArrayList<>();
        if (schedule.tiled() != null) {
            for (ComponentSums.Sum sum : schedule.tiled().sums()) {
                for (int id : sum.term()) {
                    if (plan.program().node(id).instr() instanceof org.jkeops.processor.plan.Instr.Load
                            && plan.program().node(id).level() == org.jkeops.processor.plan.Level.INNER) {
                        names.add("pkc" + id);
                    }
                }
            }
        }
        return names;
    }

    /** The packed-once arguments of a range call: the arrays in dense calls, else nulls. */
    private String packedArgs(boolean dense) {
        return packedOnce().stream().map(n -> ", " + (dense ? n : "null")).reduce("", String::concat);
    }

    String kernelArgs(String rowArgs) {
        return kernelArgs(rowArgs, "out", "outIndex");
    }

    String kernelArgs(String rowArgs, String outName, String indexName) {
        return kernelArgs(rowArgs, outName, indexName, "");
    }

    /** @param soaSuffix appended to the names of the SoA columns (gathered copies) */
    String kernelArgs(String rowArgs, String outName, String indexName, String soaSuffix) {
        List<String> a = new ArrayList<>();
        for (KernelPlan.Param prm : plan.params()) {
            if (prm.role() == KernelPlan.Role.VARIABLE) {
                a.add(isInnerArray(prm) ? soa(prm) + soaSuffix : GeneratedNames.local(prm.name()));
            }
        }
        a.add(rowArgs);
        a.add("js");
        a.add("je");
        if (plan.hasValues()) {
            a.add(outName);
        }
        if (plan.hasIndices()) {
            a.add(indexName);
        }
        return String.join(", ", a);
    }

    /** Entry called by the facade: SoA copies, width choice, parallel split over rows. */
    MethodSpec entry() {
        TypeName scalar = scalarType();
        MethodSpec.Builder m = MethodSpec.methodBuilder(plan.functionName())
                .addModifiers(Modifier.STATIC)
                .addJavadoc("$L: $L over $L of $L, on the Vector API.\n", plan.kernelName(), plan.reduction(),
                        plan.inner() == Category.J ? "j" : "i", plan.formulaDescription())
                .addParameter(RuntimeTypes.KERNEL_RUNTIME, "runtime");
        for (KernelPlan.Param prm : plan.params()) {
            if (prm.role() == KernelPlan.Role.VARIABLE) {
                m.addParameter(prm.scalar() ? scalar : ArrayTypeName.of(scalar), GeneratedNames.local(prm.name()));
            }
        }
        m.addParameter(TypeName.INT, "rows").addParameter(TypeName.INT, "cols");
        if (plan.hasValues()) {
            m.addParameter(ArrayTypeName.of(scalar), "out");
        }
        if (plan.hasIndices()) {
            m.addParameter(ArrayTypeName.of(TypeName.INT), "outIndex");
        }
        if (plan.blockSparse()) {
            m.addParameter(RuntimeTypes.RANGE_BLOCKS, "blocks");
        }
        CodeBlock.Builder b = CodeBlock.builder();
        for (KernelPlan.Param prm : plan.params()) {
            if (isInnerArray(prm)) {
                b.addStatement("final $T $L = $T.columns($L, cols, $L)", ArrayTypeName.of(ArrayTypeName.of(scalar)),
                        soa(prm), RuntimeTypes.SOA, GeneratedNames.local(prm.name()), prm.dim());
            }
        }
        b.addStatement("final int bits = $T.bits(runtime.vectorBits())", RuntimeTypes.SIMD_SUPPORT);
        if (plan.blockSparse()) {
            rangesEntry(b);
        }
        if (plan.splittable()) {
            splitEntry(b);
        }
        b.addStatement("final int js = 0");
        b.addStatement("final int je = cols");
        b.addStatement("final int grain = $T.grain(rows, cols, runtime.threads(), $L)", RuntimeTypes.PARALLEL, rowsPerBlock());
        if (schedule.tiled() != null) {
            for (ComponentSums.Sum sum : schedule.tiled().sums()) {
                for (int id : sum.term()) {
                    if (plan.program().node(id).instr() instanceof org.jkeops.processor.plan.Instr.Load l
                            && plan.program().node(id).level() == org.jkeops.processor.plan.Level.INNER) {
                        b.addStatement("final $T pkc$L = $T.packVectors($L, $L, $L, 0, cols, bits / $L)",
                                ArrayTypeName.of(scalarType()), id, RuntimeTypes.SOA, soa(plan.params().get(l.param())),
                                l.component(), sum.dim(), plan.precision() == Precision.FLOAT ? 32 : 64);
                    }
                }
            }
        }
        b.beginControlFlow("switch (bits)");
        for (int bits : WIDTHS) {
            b.addStatement("case $L -> runtime.parallelFor(rows, grain, (r0, r1) -> W$L.$L($L$L))", bits, bits,
                    plan.functionName(), kernelArgs("r0, r1"), packedArgs(true));
        }
        b.addStatement("default -> throw new $T($S + bits)", IllegalStateException.class, "unsupported vector width: ");
        b.endControlFlow();
        return m.addCode(b.build()).build();
    }

    /**
     * Block-sparse: tasks are chunks of rows of one block ({@code Parallel.blockTasks}); each
     * sweeps its block's column intervals. Rows of blocks without intervals get neutral outputs.
     */
    private void rangesEntry(CodeBlock.Builder b) {
        b.beginControlFlow("if (blocks != null)");
        b.addStatement("final int[] sl = blocks.slices()");
        b.addStatement("final int[] tasks = $T.blockTasks(blocks, runtime.threads(), $L)", RuntimeTypes.PARALLEL, rowsPerBlock());
        b.addStatement("final int grain = $T.taskGrain(tasks.length / 3, blocks.pairs(), runtime.threads())", RuntimeTypes.PARALLEL);
        b.beginControlFlow("switch (bits)");
        for (int bits : WIDTHS) {
            b.add("case $L -> runtime.parallelFor(tasks.length / 3, grain, (c0, c1) -> {\n", bits).indent();
            b.beginControlFlow("for (int task = c0; task < c1; task++)");
            b.addStatement("final int c = tasks[3 * task]");
            b.beginControlFlow("if (sl[c + 1] - sl[c] <= 1)");
            // One interval (or none): sweep it in place.
            b.addStatement("final int js = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c]] : 0");
            b.addStatement("final int je = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c] + 1] : 0");
            b.addStatement("W$L.$L($L$L)", bits, plan.functionName(), kernelArgs("tasks[3 * task + 1], tasks[3 * task + 2]"),
                    packedArgs(false));
            b.nextControlFlow("else");
            // Several intervals: their columns copied side by side, one long sweep; positions
            // in the copy grow with j, so ties still go to the smallest index.
            for (KernelPlan.Param prm : plan.params()) {
                if (isInnerArray(prm)) {
                    b.addStatement("final $T $Lg = $T.gather($L, blocks.intervals(), sl[c], sl[c + 1])",
                            ArrayTypeName.of(ArrayTypeName.of(scalarType())), soa(prm), RuntimeTypes.SOA, soa(prm));
                }
            }
            b.addStatement("final int js = 0");
            b.addStatement("final int je = $T.gatheredLength(blocks.intervals(), sl[c], sl[c + 1])", RuntimeTypes.SOA);
            b.addStatement("W$L.$L($L)", bits, plan.functionName(),
                    kernelArgs("tasks[3 * task + 1], tasks[3 * task + 2]", "out", "outIndex", "g") + packedArgs(false));
            if (plan.hasIndices()) {
                b.addStatement("$T.ungatherIndices(outIndex, tasks[3 * task + 1] * $L, tasks[3 * task + 2] * $L, "
                        + "blocks.intervals(), sl[c], sl[c + 1])", RuntimeTypes.SOA, plan.outputWidth(), plan.outputWidth());
            }
            b.endControlFlow();
            b.endControlFlow();
            b.unindent().add("});\n");
        }
        b.addStatement("default -> throw new $T($S + bits)", IllegalStateException.class, "unsupported vector width: ");
        b.endControlFlow();
        b.addStatement("return");
        b.endControlFlow();
    }

    /**
     * Few rows and many columns: every thread reduces all rows over its own part of j into
     * outputs of its own, then {@code SplitMerge} merges them in part order.
     */
    private void splitEntry(CodeBlock.Builder b) {
        TypeName scalar = scalarType();
        b.beginControlFlow("if ($T.splitColumns(rows, cols, runtime.threads(), $L))", RuntimeTypes.PARALLEL, rowsPerBlock());
        b.addStatement("final int parts = runtime.threads()");
        b.addStatement("final $T[][] outParts = new $T[parts][out.length]", scalar, scalar);
        if (plan.hasIndices()) {
            b.addStatement("final int[][] indexParts = new int[parts][outIndex.length]");
        }
        b.beginControlFlow("switch (bits)");
        for (int bits : WIDTHS) {
            b.add("case $L -> runtime.parallelFor(parts, 1, (p0, p1) -> {\n", bits).indent();
            b.beginControlFlow("for (int part = p0; part < p1; part++)");
            b.addStatement("final int js = (int) ((long) part * cols / parts)");
            b.addStatement("final int je = (int) ((long) (part + 1) * cols / parts)");
            b.addStatement("W$L.$L($L)", bits, plan.functionName(),
                    kernelArgs("0, rows", "outParts[part]", "indexParts[part]") + packedArgs(false));
            b.endControlFlow();
            b.unindent().add("});\n");
        }
        b.addStatement("default -> throw new $T($S + bits)", IllegalStateException.class, "unsupported vector width: ");
        b.endControlFlow();
        reduction.splitMerge(b, "outParts", "indexParts", "out", "outIndex", "rows", dim());
        b.addStatement("return");
        b.endControlFlow();
    }

    /**
     * The rows per register block as the entry method spells it: a number, or a choice on
     * {@code bits} when the widths differ (their register files do).
     */
    private String rowsPerBlock() {
        int[] rows = new int[WIDTHS.length];
        for (int w = 0; w < WIDTHS.length; w++) {
            rows[w] = schedule.rowsPerBlock(WIDTHS[w]);
        }
        if (java.util.Arrays.stream(rows).distinct().count() == 1) {
            return Integer.toString(rows[0]);
        }
        int otherwise = rows[WIDTHS.length - 1];
        StringBuilder choice = new StringBuilder("(");
        for (int w = 0; w < WIDTHS.length - 1; w++) {
            if (rows[w] != otherwise) {
                choice.append("bits == ").append(WIDTHS[w]).append(" ? ").append(rows[w]).append(" : ");
            }
        }
        return choice.append(otherwise).append(")").toString();
    }
}
