package org.jkeops.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Precision;

/**
 * The SIMD kernel's entry method, which the facade calls: structure-of-arrays copies of the
 * reduced variables, the choice of vector width, and the split of the work into tasks (rows in
 * parallel; parts of j, merged by the reduction's host merge, for few rows; chunks of a block
 * for block-sparse calls). Also the signatures of the width classes' methods it calls.
 */
final class SimdEntry {
    private static final int[] WIDTHS = VectorJavaEmitter.WIDTHS;

    private final KernelPlan plan;
    private final SimdSchedule schedule;

    SimdEntry(KernelPlan plan, SimdSchedule schedule) {
        this.plan = plan;
        this.schedule = schedule;
    }

    private TypeName scalarType() {
        return plan.precision() == Precision.FLOAT ? TypeName.FLOAT : TypeName.DOUBLE;
    }

    boolean isInnerArray(KernelPlan.Param prm) {
        return prm.role() == KernelPlan.Role.VARIABLE && prm.category() == plan.inner();
    }

    static String soa(KernelPlan.Param prm) {
        return "soa" + prm.position();
    }

    // ---- the parameters: one model for the entry's and the width methods' signatures and calls

    /** What a call to a width method passes for one of its parameters. */
    private enum Pass {
        /** the caller's variable of the same name */
        SAME_NAME,
        /** the SoA copy of a reduced variable, or its gathered copy ({@link Call#soaSuffix}) */
        SOA,
        /** the first row, or the row */
        ROW_FROM,
        /** the end of the rows (range methods) */
        ROW_TO,
        OUT,
        OUT_INDEX,
        /** the tiled schedule's packed vectors: the entry's (per call or per part of j), or null where tasks pack their own */
        PACKED
    }

    /** Where a call's packed vectors come from. */
    private enum Packing {
        /** none: the task packs its columns (block-sparse) */
        TASK,
        /** packed once per call, for all tasks */
        ONCE,
        /** packed by the call itself for its part {@code [js, je)} */
        PART
    }

    /** One parameter: its type, its name, and what a call passes for it ({@code packed}: the vectors of a PACKED one). */
    private record Param(TypeName type, String name, Pass pass, PackedLoad packed) {
        Param(TypeName type, String name, Pass pass) {
            this(type, name, pass, null);
        }
    }

    /** One call of a width method: its rows, its outputs, the copies of the columns it reads. */
    private record Call(String from, String to, String out, String outIndex, String soaSuffix, Packing packing) {
        static Call rows(String from, String to) {
            return new Call(from, to, "out", "outIndex", "", Packing.TASK);
        }

        Call into(String values, String indices) {
            return new Call(from, to, values, indices, soaSuffix, packing);
        }

        Call gathered() {
            return new Call(from, to, out, outIndex, "g", packing);
        }

        Call packed(Packing how) {
            return new Call(from, to, out, outIndex, soaSuffix, how);
        }
    }

    /** The kernel's variables, as the entry takes them, or with the reduced ones as SoA copies. */
    private List<Param> variables(boolean soaColumns) {
        TypeName scalar = scalarType();
        List<Param> ps = new ArrayList<>();
        for (KernelPlan.Param prm : plan.params()) {
            if (soaColumns && isInnerArray(prm)) {
                ps.add(new Param(ArrayTypeName.of(ArrayTypeName.of(scalar)), soa(prm), Pass.SOA));
            } else if (prm.role() == KernelPlan.Role.VARIABLE) {
                ps.add(new Param(prm.scalar() ? scalar : ArrayTypeName.of(scalar), GeneratedNames.local(prm.name()),
                        Pass.SAME_NAME));
            }
        }
        return ps;
    }

    /** The output arrays: values and/or indices. */
    private List<Param> outputs() {
        List<Param> ps = new ArrayList<>();
        if (plan.hasValues()) {
            ps.add(new Param(ArrayTypeName.of(scalarType()), "out", Pass.OUT));
        }
        if (plan.hasIndices()) {
            ps.add(new Param(ArrayTypeName.of(TypeName.INT), "outIndex", Pass.OUT_INDEX));
        }
        return ps;
    }

    /**
     * Parameters of width-class methods: variables (inner arrays as SoA), the rows (a range, or
     * one row or block at {@code r}), the reduced index's interval, the outputs, and for range
     * methods the packed vectors ({@link #packedLoads}).
     */
    private List<Param> widthParams(boolean range) {
        List<Param> ps = variables(true);
        if (range) {
            ps.add(new Param(TypeName.INT, "r0", Pass.ROW_FROM));
            ps.add(new Param(TypeName.INT, "r1", Pass.ROW_TO));
        } else {
            ps.add(new Param(TypeName.INT, "r", Pass.ROW_FROM));
        }
        // The reduced index runs over [js, je): all of it, one part when j is split, or one
        // block-sparse sweep (in place, or over a block's gathered columns).
        ps.add(new Param(TypeName.INT, "js", Pass.SAME_NAME));
        ps.add(new Param(TypeName.INT, "je", Pass.SAME_NAME));
        ps.addAll(outputs());
        if (range) {
            for (PackedLoad load : packedLoads()) {
                ps.add(new Param(ArrayTypeName.of(scalarType()), load.name(), Pass.PACKED, load));
            }
        }
        return ps;
    }

    void kernelParams(MethodSpec.Builder m, boolean range) {
        widthParams(range).forEach(p -> m.addParameter(p.type(), p.name()));
    }

    /** The arguments of a call of a row or block method at row {@code r}, in its parameters' order. */
    CodeBlock kernelArgs(String row) {
        return args(false, Call.rows(row, null));
    }

    private CodeBlock args(boolean range, Call call) {
        List<CodeBlock> a = new ArrayList<>();
        for (Param p : widthParams(range)) {
            a.add(CodeBlock.of("$L", switch (p.pass()) {
                case SAME_NAME -> p.name();
                case SOA -> p.name() + call.soaSuffix();
                case ROW_FROM -> call.from();
                case ROW_TO -> call.to();
                case OUT -> call.out();
                case OUT_INDEX -> call.outIndex();
                case PACKED -> switch (call.packing()) {
                    case TASK -> "null";
                    case ONCE -> p.name();
                    case PART -> p.packed().packing(null, "js", "je");
                };
            }));
        }
        return CodeBlock.join(a, ", ");
    }

    /** A reduced variable's component that the tiled schedule reads packed (the entry packs it for dense calls). */
    private record PackedLoad(String key, Instr.Load load, int sumDim, KernelPlan.Param param,
            boolean floats) {
        String name() {
            return "pkc" + key;
        }

        /** Columns {@code [from, to)} packed from the row-major input, on {@code runtime}'s threads or (null) the caller's. */
        CodeBlock packing(String runtime, String from, String to) {
            return CodeBlock.of("$T.pack($L$L, $L, $L, $L, $L, $L, bits / $L)", RuntimeTypes.SOA, runtime == null ? "" : runtime + ", ",
                    GeneratedNames.local(param.name()), param.dim(), load.component(), sumDim, from, to, floats ? 32 : 64);
        }
    }

    /**
     * The tiled schedule's reduced variables that the entry packs: once per call for all tasks
     * (dense calls, where every task sweeps [0, cols)), or per part of a split j; none without a
     * tiled schedule. Block-sparse calls pass nulls, and their tasks pack their own columns.
     */
    private List<PackedLoad> packedLoads() {
        return schedule.tiled() == null ? List.of() : schedule.tiled().reducedLoads().stream()
                .map(r -> new PackedLoad(r.key(), r.load(), r.sum().dim(), plan.params().get(r.load().param()),
                        plan.precision() == Precision.FLOAT))
                .toList();
    }

    /**
     * Whether the kernel reads a reduced variable's columns ({@code Soa.columns}): always but for a
     * variable that only the tiled schedule's sums read (their loops and their scalar tails read
     * the packed vectors).
     */
    private boolean readAsColumns(KernelPlan.Param prm) {
        if (schedule.tiled() == null) {
            return true;
        }
        boolean[] live = schedule.tiled().live();
        return plan.program().nodes().stream().anyMatch(n -> live[n.id()] && n.instr() instanceof Instr.Load l
                && plan.params().get(l.param()).equals(prm));
    }

    /** Entry called by the facade: SoA copies, width choice, parallel split over rows. */
    MethodSpec entry() {
        TypeName scalar = scalarType();
        MethodSpec.Builder m = MethodSpec.methodBuilder(plan.functionName())
                .addModifiers(Modifier.STATIC)
                .addJavadoc("$L: $L over $L of $L, on the Vector API.\n", plan.kernelName(), plan.reduction(),
                        plan.inner() == Category.J ? "j" : "i", plan.formulaDescription())
                .addParameter(RuntimeTypes.KERNEL_RUNTIME, "runtime");
        variables(false).forEach(p -> m.addParameter(p.type(), p.name()));
        m.addParameter(TypeName.INT, "rows").addParameter(TypeName.INT, "cols");
        outputs().forEach(p -> m.addParameter(p.type(), p.name()));
        if (plan.blockSparse()) {
            m.addParameter(RuntimeTypes.RANGE_BLOCKS, "blocks");
        }
        CodeBlock.Builder b = CodeBlock.builder();
        for (KernelPlan.Param prm : plan.params()) {
            if (isInnerArray(prm) && readAsColumns(prm)) {
                b.addStatement("final $T $L = $T.columns($L, cols, $L)", ArrayTypeName.of(ArrayTypeName.of(scalar)),
                        soa(prm), RuntimeTypes.SOA, GeneratedNames.local(prm.name()), prm.dim());
            } else if (isInnerArray(prm)) {
                // Read through its packed vectors only (the entry packs them from the rows): columns
                // only for a block-sparse call, whose tasks pack their columns or a gathered copy.
                b.addStatement("final $T $L = $L", ArrayTypeName.of(ArrayTypeName.of(scalar)), soa(prm),
                        plan.blockSparse() ? CodeBlock.of("blocks != null ? $T.columns($L, cols, $L) : null", RuntimeTypes.SOA,
                                GeneratedNames.local(prm.name()), prm.dim()) : "null");
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
        for (PackedLoad p : packedLoads()) {
            // Straight from the rows, on the runtime's threads: the one copy of the variable a call makes.
            b.addStatement("final $T $L = $L", ArrayTypeName.of(scalar), p.name(), p.packing("runtime", "0", "cols"));
        }
        onWidth(b, bits -> b.addStatement("case $L -> runtime.parallelFor(rows, grain, (r0, r1) -> W$L.$L($L))", bits,
                bits, plan.functionName(), args(true, Call.rows("r0", "r1").packed(Packing.ONCE))));
        return m.addCode(b.build()).build();
    }

    /**
     * Block-sparse: tasks are chunks of rows of one block ({@code Parallel.blockTasks}); each
     * sweeps its block's column intervals. Rows of blocks without intervals get neutral outputs.
     */
    private void rangesEntry(CodeBlock.Builder b) {
        Call blockTask = Call.rows("tasks[3 * task + 1]", "tasks[3 * task + 2]");
        b.beginControlFlow("if (blocks != null)");
        b.addStatement("final int[] sl = blocks.slices()");
        b.addStatement("final int[] tasks = $T.blockTasks(blocks, runtime.threads(), $L)", RuntimeTypes.PARALLEL, rowsPerBlock());
        b.addStatement("final int grain = $T.taskGrain(tasks.length / 3, blocks.pairs(), runtime.threads())", RuntimeTypes.PARALLEL);
        onWidth(b, bits -> {
            b.add("case $L -> runtime.parallelFor(tasks.length / 3, grain, (c0, c1) -> {\n", bits).indent();
            // The gathered columns of a chunk's tasks share buffers, grown as needed: a new set per
            // block cost as much as the sweep on small clusters (allocation and zeroing).
            for (KernelPlan.Param prm : plan.params()) {
                if (isInnerArray(prm)) {
                    b.addStatement("$T $Lg = null", ArrayTypeName.of(ArrayTypeName.of(scalarType())), soa(prm));
                }
            }
            b.beginControlFlow("for (int task = c0; task < c1; task++)");
            b.addStatement("final int c = tasks[3 * task]");
            b.beginControlFlow("if (sl[c + 1] - sl[c] <= 1)");
            // One interval (or none): sweep it in place.
            b.addStatement("final int js = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c]] : 0");
            b.addStatement("final int je = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c] + 1] : 0");
            b.addStatement("W$L.$L($L)", bits, plan.functionName(), args(true, blockTask));
            b.nextControlFlow("else");
            // Several intervals: their columns copied side by side, one long sweep; positions
            // in the copy grow with j, so ties still go to the smallest index.
            for (KernelPlan.Param prm : plan.params()) {
                if (isInnerArray(prm)) {
                    b.addStatement("$Lg = $T.gather($L, blocks.intervals(), sl[c], sl[c + 1], $Lg)",
                            soa(prm), RuntimeTypes.SOA, soa(prm), soa(prm));
                }
            }
            b.addStatement("final int js = 0");
            b.addStatement("final int je = $T.gatheredLength(blocks.intervals(), sl[c], sl[c + 1])", RuntimeTypes.SOA);
            b.addStatement("W$L.$L($L)", bits, plan.functionName(), args(true, blockTask.gathered()));
            if (plan.hasIndices()) {
                b.addStatement("$T.ungatherIndices(outIndex, tasks[3 * task + 1] * $L, tasks[3 * task + 2] * $L, "
                        + "blocks.intervals(), sl[c], sl[c + 1])", RuntimeTypes.SOA, plan.outputWidth(), plan.outputWidth());
            }
            b.endControlFlow();
            b.endControlFlow();
            b.unindent().add("});\n");
        });
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
        onWidth(b, bits -> {
            b.add("case $L -> runtime.parallelFor(parts, 1, (p0, p1) -> {\n", bits).indent();
            b.beginControlFlow("for (int part = p0; part < p1; part++)");
            b.addStatement("final int js = (int) ((long) part * cols / parts)");
            b.addStatement("final int je = (int) ((long) (part + 1) * cols / parts)");
            b.addStatement("W$L.$L($L)", bits, plan.functionName(),
                    args(true, Call.rows("0", "rows").into("outParts[part]", "indexParts[part]").packed(Packing.PART)));
            b.endControlFlow();
            b.unindent().add("});\n");
        });
        plan.reductionType().splitMerge(b, "outParts", "indexParts", "out", "outIndex", "rows", plan.formula().dim());
        b.addStatement("return");
        b.endControlFlow();
    }

    /** {@code switch (bits)}: a case per vector width, spelled by {@code caseOf}, and an error otherwise. */
    static void onWidth(CodeBlock.Builder b, java.util.function.IntConsumer caseOf) {
        b.beginControlFlow("switch (bits)");
        for (int bits : WIDTHS) {
            caseOf.accept(bits);
        }
        b.addStatement("default -> throw new $T($S + bits)", IllegalStateException.class, "unsupported vector width: ");
        b.endControlFlow();
    }

    /**
     * The rows per register block as the entry method spells it: a number, or a choice on
     * {@code bits} when the widths differ (their register files do).
     */
    private String rowsPerBlock() {
        int[] rows = java.util.Arrays.stream(WIDTHS).map(schedule::rowsPerBlock).toArray();
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
