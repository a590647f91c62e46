package org.jkeops.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.SumScheme;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.Printer;
import org.jkeops.processor.ir.UnaryOp;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Level;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.plan.Program;

/**
 * Emits the Java Vector API kernels of one {@link KernelPlan}, for 128-, 256- and 512-bit
 * species (each in its own nested class so that the species is a {@code static final}
 * constant, which the JIT needs to intrinsify). The shape follows Lucene's Panama code:
 *
 * <ul>
 * <li>rows of the output in blocks of R (register blocking: every j-vector loaded once is used
 *     for R rows), then single rows;
 * <li>j in vectors of the species' lanes up to {@code loopBound}, with no masks in the hot loop,
 *     then a scalar tail spelled like the scalar kernel;
 * <li>one accumulator vector per row and component, lanes merged once per row;
 * <li>values invariant in j (parameters, the row's variables) computed as scalars and broadcast
 *     before the loop; j-variables read from structure-of-arrays copies.
 * </ul>
 *
 * Each reduction spells its four steps in lanes: {@code init} (neutral vectors), {@code fold}
 * (per j-vector), {@code merge} (lanes into one scalar state: once per row, then the scalar
 * tail folds into it) and {@code finalize} (writing the outputs).
 */
public final class VectorJavaEmitter {
    /** Widths generated, widest first. */
    public static final int[] WIDTHS = {512, 256, 128};

    private static final ClassName FLOAT_VECTOR = ClassName.get("jdk.incubator.vector", "FloatVector");
    private static final ClassName DOUBLE_VECTOR = ClassName.get("jdk.incubator.vector", "DoubleVector");
    private static final ClassName INT_VECTOR = ClassName.get("jdk.incubator.vector", "IntVector");
    private static final ClassName VECTOR_SPECIES = ClassName.get("jdk.incubator.vector", "VectorSpecies");
    private static final ClassName VECTOR_MASK = ClassName.get("jdk.incubator.vector", "VectorMask");
    private static final ClassName VECTOR_OPERATORS = ClassName.get("jdk.incubator.vector", "VectorOperators");
    private static final ClassName SOA = ClassName.get("org.jkeops.cpu", "Soa");
    /** Lane sums in a fixed order: reduceLanes(ADD) rounds differently before and after C2. */
    private static final ClassName LANES = ClassName.get("org.jkeops.cpu", "Lanes");
    private static final ClassName SIMD_SUPPORT = ClassName.get("org.jkeops.cpu", "SimdSupport");
    private static final ClassName PARALLEL = ClassName.get("org.jkeops.cpu", "Parallel");
    private static final ClassName RUNTIME = ClassName.get("org.jkeops.runtime", "KernelRuntime");

    private final KernelPlan plan;
    private final Program program;
    private final Precision p;
    private final boolean isFloat;
    private final String t;
    private final ClassName vec;
    private final boolean[] live;
    /** Values that depend on the output row (OUTER, or INNER computed from OUTER values). */
    private final boolean[] perRow;
    /** Values below INNER level that INNER code or the fold reads as vectors. */
    private final boolean[] broadcast;
    private final int rowsPerBlock;
    /** Products folded into the FMA of their only user (an addition, or the SUM fold). */
    private final boolean[] fused;

    private VectorJavaEmitter(KernelPlan plan) {
        this.plan = plan;
        this.program = plan.program();
        this.p = plan.precision();
        this.isFloat = p == Precision.FLOAT;
        this.t = p.javaType();
        this.vec = isFloat ? FLOAT_VECTOR : DOUBLE_VECTOR;
        this.live = Liveness.live(program);
        int n = program.nodes().size();
        this.perRow = new boolean[n];
        this.broadcast = new boolean[n];
        for (Program.Node node : program.nodes()) {
            boolean dep = node.level() == Level.OUTER;
            if (node.level() == Level.INNER) {
                for (int operand : operands(node.instr())) {
                    dep |= perRow[operand];
                    if (program.node(operand).level() != Level.INNER && live[node.id()]) {
                        broadcast[operand] = true;
                    }
                }
            }
            perRow[node.id()] = dep;
        }
        for (int id : outputs()) {
            if (program.node(id).level() != Level.INNER) {
                broadcast[id] = true;
            }
        }
        this.fused = new boolean[n];
        chooseFusions();
        this.rowsPerBlock = chooseRowsPerBlock();
    }

    /**
     * Marks products (a * b, a^2) whose only use is an addition at the same row dependence, or
     * the SUM fold, to be emitted as {@code a.fma(b, c)}: one rounding instead of two, and one
     * instruction instead of two on FMA hardware.
     */
    private void chooseFusions() {
        int[] uses = new int[program.nodes().size()];
        for (Program.Node node : program.nodes()) {
            if (live[node.id()]) {
                for (int operand : operands(node.instr())) {
                    uses[operand]++;
                }
            }
        }
        for (int id : outputs()) {
            uses[id]++;
        }
        for (Program.Node node : program.nodes()) {
            if (live[node.id()] && node.level() == Level.INNER && node.instr() instanceof Instr.Bin b
                    && b.op() == org.jkeops.processor.ir.BinaryOp.ADD) {
                if (fusableInto(b.a(), node.id(), uses)) {
                    fused[b.a()] = true;
                } else if (fusableInto(b.b(), node.id(), uses)) {
                    fused[b.b()] = true;
                }
            }
        }
        boolean sumFold = plan.reduction() == Reduction.SUM
                && (plan.sum() == SumScheme.DIRECT || plan.sum() == SumScheme.BLOCK);
        if (sumFold) {
            for (int id : program.formula()) {
                if (isProduct(id) && program.node(id).level() == Level.INNER && uses[id] == 1) {
                    fused[id] = true;
                }
            }
        }
    }

    private boolean isProduct(int id) {
        Instr i = program.node(id).instr();
        return (i instanceof Instr.Bin b && b.op() == org.jkeops.processor.ir.BinaryOp.MUL)
                || (i instanceof Instr.Un u && u.op() == org.jkeops.processor.ir.UnaryOp.SQUARE);
    }

    private boolean fusableInto(int id, int user, int[] uses) {
        return isProduct(id) && !fused[id] && uses[id] == 1 && program.node(id).level() == Level.INNER
                && perRow[id] == perRow[user];
    }

    /** {@code a.fma(b, addend)} for a fused product. */
    private String fma(int product, String addend, int q) {
        return switch (program.node(product).instr()) {
            case Instr.Bin b -> vectorRef(b.a(), q) + ".fma(" + vectorRef(b.b(), q) + ", " + addend + ")";
            case Instr.Un u -> vectorRef(u.a(), q) + ".fma(" + vectorRef(u.a(), q) + ", " + addend + ")";
            default -> throw new IllegalStateException("not a product: " + product);
        };
    }

    /** The nested classes and entry method of one kernel, added to the SIMD kernels class. */
    public static void emit(KernelPlan plan, TypeSpec.Builder kernels, List<TypeSpec.Builder> widthClasses) {
        VectorJavaEmitter e = new VectorJavaEmitter(plan);
        kernels.addMethod(e.entry());
        for (int w = 0; w < WIDTHS.length; w++) {
            e.addWidthMethods(widthClasses.get(w), WIDTHS[w]);
        }
    }

    /** The class body shared by a width: its species constants. */
    public static TypeSpec.Builder widthClass(int bits, boolean usesFloat, boolean usesDouble) {
        TypeSpec.Builder c = TypeSpec.classBuilder("W" + bits)
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Kernels with $L-bit vectors.\n", bits);
        if (usesFloat) {
            c.addField(com.palantir.javapoet.FieldSpec.builder(
                    ParameterizedTypeName.get(VECTOR_SPECIES, ClassName.get(Float.class)), "FS",
                    Modifier.STATIC, Modifier.FINAL).initializer("$T.SPECIES_$L", FLOAT_VECTOR, bits).build());
            c.addField(com.palantir.javapoet.FieldSpec.builder(
                    ParameterizedTypeName.get(VECTOR_SPECIES, ClassName.get(Integer.class)), "FIS",
                    Modifier.STATIC, Modifier.FINAL).initializer("$T.SPECIES_$L", INT_VECTOR, bits).build());
        }
        if (usesDouble) {
            c.addField(com.palantir.javapoet.FieldSpec.builder(
                    ParameterizedTypeName.get(VECTOR_SPECIES, ClassName.get(Double.class)), "DS",
                    Modifier.STATIC, Modifier.FINAL).initializer("$T.SPECIES_$L", DOUBLE_VECTOR, bits).build());
            c.addField(com.palantir.javapoet.FieldSpec.builder(
                    ParameterizedTypeName.get(VECTOR_SPECIES, ClassName.get(Integer.class)), "DIS",
                    Modifier.STATIC, Modifier.FINAL).initializer("$T.SPECIES_$L", INT_VECTOR, bits / 2).build());
        }
        c.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        return c;
    }

    // ---- structure ----------------------------------------------------------------------------

    private String sp() {
        return isFloat ? "FS" : "DS";
    }

    private String isp() {
        return isFloat ? "FIS" : "DIS";
    }

    private TypeName scalarType() {
        return isFloat ? TypeName.FLOAT : TypeName.DOUBLE;
    }

    private List<Integer> outputs() {
        List<Integer> o = new ArrayList<>(program.formula());
        o.addAll(program.weight());
        return o;
    }

    private int dim() {
        return plan.formula().dim();
    }

    private KernelPlan.Param param(int position) {
        return plan.params().get(position);
    }

    private boolean isInnerArray(KernelPlan.Param prm) {
        return prm.role() == KernelPlan.Role.VARIABLE && prm.category() == plan.inner();
    }

    private static String soa(KernelPlan.Param prm) {
        return "soa" + prm.position();
    }

    private static String column(int position, int component) {
        return "col" + position + "_" + component;
    }

    /** Rows per register block, from the per-row vector work and a bytecode budget. */
    private int chooseRowsPerBlock() {
        switch (plan.reduction()) {
            case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN -> {
                return 1;
            }
            case SUM, MIN, MAX, ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX, LOG_SUM_EXP,
                    SUM_SOFTMAX_WEIGHT -> {
            }
        }
        int shared = 0;
        int rowWork = 0;
        // the same counts, each instruction weighted by its size in bytecode
        int sharedCode = 0;
        int rowCode = 0;
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.level() == Level.INNER) {
                if (perRow[n.id()]) {
                    rowWork++;
                    rowCode += codeWeight(n.instr());
                } else {
                    shared++;
                    sharedCode += codeWeight(n.instr());
                }
            }
        }
        rowWork += plan.outputWidth() * 3;
        rowCode += plan.outputWidth() * 3;
        if (plan.reduction() == Reduction.LOG_SUM_EXP || plan.reduction() == Reduction.SUM_SOFTMAX_WEIGHT) {
            rowCode += VectorTranscendentals.weight(UnaryOp.EXP, isFloat);
        }
        int r = rowWork <= 16 ? 4 : rowWork <= 64 ? 2 : 1;
        // Each row keeps its broadcast row values live through the loop; past ~12 vector
        // registers for them, C2 spills and reloads them on every iteration.
        int perRowBroadcasts = 0;
        for (Program.Node n : program.nodes()) {
            if (broadcast[n.id()] && perRow[n.id()]) {
                perRowBroadcasts++;
            }
        }
        while (r > 1 && (long) r * perRowBroadcasts > 12) {
            r /= 2;
        }
        // Inline transcendental functions keep their constants live too (a float32 Exp: 14):
        // measured on AVX2 (16 registers), a Gaussian at D = 3 ran 8% slower with 4 rows (12 row
        // broadcasts) than before Exp was inline, and 5% faster with 1 row; D = 1 is as fast at 4.
        int constants = transcendentalConstants();
        while (r > 1 && constants > 0 && (long) r * perRowBroadcasts + constants > 18) {
            r /= 2;
        }
        // Keep the loop method well under HotSpot's 8000-byte limit for JIT compilation.
        while (r > 1 && 16 * (sharedCode + (long) r * rowCode) > 6000) {
            r /= 2;
        }
        return r;
    }

    /** Constants of the distinct transcendental operations the j-loop computes. */
    private int transcendentalConstants() {
        java.util.Set<Object> ops = new java.util.HashSet<>();
        int n = 0;
        for (Program.Node node : program.nodes()) {
            if (live[node.id()] && node.level() == Level.INNER) {
                if (node.instr() instanceof Instr.Un u && ops.add(u.op())) {
                    n += VectorTranscendentals.constants(u.op(), isFloat);
                } else if (node.instr() instanceof Instr.Bin bin && ops.add(bin.op())) {
                    n += VectorTranscendentals.constants(bin.op(), isFloat);
                }
            }
        }
        if ((plan.reduction() == Reduction.LOG_SUM_EXP || plan.reduction() == Reduction.SUM_SOFTMAX_WEIGHT)
                && ops.add(UnaryOp.EXP)) {
            n += VectorTranscendentals.constants(UnaryOp.EXP, isFloat);
        }
        return n;
    }

    /** An instruction's vector code in simple operations (~16 bytes of bytecode each). */
    private int codeWeight(Instr instr) {
        return switch (instr) {
            case Instr.Un u -> VectorTranscendentals.weight(u.op(), isFloat);
            case Instr.Bin bin -> VectorTranscendentals.weight(bin.op(), isFloat);
            case Instr.Load l -> 1;
            case Instr.Literal l -> 1;
            case Instr.Select sel -> 1;
            case Instr.IfLess l -> 1;
            case Instr.Clamp c -> 1;
            case Instr.PowInt pw -> 1;
            case Instr.RoundTo rt -> 1;
        };
    }

    /** Parameters of width-class methods: variables (inner arrays as SoA), then row range and outputs. */
    private void kernelParams(MethodSpec.Builder m, boolean range) {
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
    }

    private String kernelArgs(String rowArgs) {
        return kernelArgs(rowArgs, "out", "outIndex");
    }

    private String kernelArgs(String rowArgs, String outName, String indexName) {
        return kernelArgs(rowArgs, outName, indexName, "");
    }

    /** @param soaSuffix appended to the names of the SoA columns (gathered copies) */
    private String kernelArgs(String rowArgs, String outName, String indexName, String soaSuffix) {
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
    private MethodSpec entry() {
        TypeName scalar = scalarType();
        MethodSpec.Builder m = MethodSpec.methodBuilder(plan.functionName())
                .addModifiers(Modifier.STATIC)
                .addJavadoc("$L: $L over $L of $L, on the Vector API.\n", plan.kernelName(), plan.reduction(),
                        plan.inner() == Category.J ? "j" : "i", Printer.print(plan.formula()))
                .addParameter(RUNTIME, "runtime");
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
            m.addParameter(KernelsEmitter.RANGE_BLOCKS, "blocks");
        }
        CodeBlock.Builder b = CodeBlock.builder();
        for (KernelPlan.Param prm : plan.params()) {
            if (isInnerArray(prm)) {
                b.addStatement("final $T $L = $T.columns($L, cols, $L)", ArrayTypeName.of(ArrayTypeName.of(scalar)),
                        soa(prm), SOA, GeneratedNames.local(prm.name()), prm.dim());
            }
        }
        b.addStatement("final int bits = $T.bits(runtime.vectorBits())", SIMD_SUPPORT);
        if (plan.blockSparse()) {
            rangesEntry(b);
        }
        if (plan.splittable()) {
            splitEntry(b);
        }
        b.addStatement("final int js = 0");
        b.addStatement("final int je = cols");
        b.addStatement("final int grain = $T.grain(rows, cols, runtime.threads(), $L)", PARALLEL, rowsPerBlock);
        b.beginControlFlow("switch (bits)");
        for (int bits : WIDTHS) {
            b.addStatement("case $L -> runtime.parallelFor(rows, grain, (r0, r1) -> W$L.$L($L))", bits, bits,
                    plan.functionName(), kernelArgs("r0, r1"));
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
        b.addStatement("final int[] tasks = $T.blockTasks(blocks, runtime.threads(), $L)", PARALLEL, rowsPerBlock);
        b.addStatement("final int grain = $T.taskGrain(tasks.length / 3, blocks.pairs(), runtime.threads())", PARALLEL);
        b.beginControlFlow("switch (bits)");
        for (int bits : WIDTHS) {
            b.add("case $L -> runtime.parallelFor(tasks.length / 3, grain, (c0, c1) -> {\n", bits).indent();
            b.beginControlFlow("for (int task = c0; task < c1; task++)");
            b.addStatement("final int c = tasks[3 * task]");
            b.beginControlFlow("if (sl[c + 1] - sl[c] <= 1)");
            // One interval (or none): sweep it in place.
            b.addStatement("final int js = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c]] : 0");
            b.addStatement("final int je = sl[c + 1] > sl[c] ? blocks.intervals()[2 * sl[c] + 1] : 0");
            b.addStatement("W$L.$L($L)", bits, plan.functionName(), kernelArgs("tasks[3 * task + 1], tasks[3 * task + 2]"));
            b.nextControlFlow("else");
            // Several intervals: their columns copied side by side, one long sweep; positions
            // in the copy grow with j, so ties still go to the smallest index.
            for (KernelPlan.Param prm : plan.params()) {
                if (isInnerArray(prm)) {
                    b.addStatement("final $T $Lg = $T.gather($L, blocks.intervals(), sl[c], sl[c + 1])",
                            ArrayTypeName.of(ArrayTypeName.of(scalarType())), soa(prm), SOA, soa(prm));
                }
            }
            b.addStatement("final int js = 0");
            b.addStatement("final int je = $T.gatheredLength(blocks.intervals(), sl[c], sl[c + 1])", SOA);
            b.addStatement("W$L.$L($L)", bits, plan.functionName(),
                    kernelArgs("tasks[3 * task + 1], tasks[3 * task + 2]", "out", "outIndex", "g"));
            if (plan.hasIndices()) {
                b.addStatement("$T.ungatherIndices(outIndex, tasks[3 * task + 1] * $L, tasks[3 * task + 2] * $L, "
                        + "blocks.intervals(), sl[c], sl[c + 1])", SOA, plan.outputWidth(), plan.outputWidth());
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
        b.beginControlFlow("if ($T.splitColumns(rows, cols, runtime.threads(), $L))", PARALLEL, rowsPerBlock);
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
                    kernelArgs("0, rows", "outParts[part]", "indexParts[part]"));
            b.endControlFlow();
            b.unindent().add("});\n");
        }
        b.addStatement("default -> throw new $T($S + bits)", IllegalStateException.class, "unsupported vector width: ");
        b.endControlFlow();
        SplitMergeCalls.emit(b, plan, "outParts", "indexParts", "out", "outIndex", "rows");
        b.addStatement("return");
        b.endControlFlow();
    }

    private void addWidthMethods(TypeSpec.Builder c, int bits) {
        String fn = plan.functionName();
        MethodSpec.Builder range = MethodSpec.methodBuilder(fn).addModifiers(Modifier.STATIC);
        kernelParams(range, true);
        CodeBlock.Builder rb = CodeBlock.builder();
        rb.addStatement("int r = r0");
        if (rowsPerBlock > 1) {
            rb.beginControlFlow("for (; r + $L <= r1; r += $L)", rowsPerBlock, rowsPerBlock);
            rb.addStatement("$L$L($L)", fn, "Rows" + rowsPerBlock, kernelArgs("r"));
            rb.endControlFlow();
        }
        rb.beginControlFlow("for (; r < r1; r++)");
        rb.addStatement("$LRow($L)", fn, kernelArgs("r"));
        rb.endControlFlow();
        c.addMethod(range.addCode(rb.build()).build());
        if (rowsPerBlock > 1) {
            c.addMethod(block(fn + "Rows" + rowsPerBlock, rowsPerBlock));
            c.addMethod(tail(fn + "Rows" + rowsPerBlock + "Tail", rowsPerBlock));
        }
        c.addMethod(block(fn + "Row", 1));
        c.addMethod(tail(fn + "RowTail", 1));
    }

    // ---- one block of R rows ------------------------------------------------------------------

    private MethodSpec block(String name, int rows) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("Output rows [r, r + $L).\n", rows);
        kernelParams(m, false);
        CodeBlock.Builder b = CodeBlock.builder();
        // Once per block: parameters, columns, broadcasts of parameter-level values.
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.level() == Level.PARAM && !inlineScalar(n)) {
                b.addStatement("final $L t$L = $L", t, n.id(), ScalarJavaEmitter.withImports(scalar(n.instr(), -1)));
            }
        }
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.instr() instanceof Instr.Load l && l.category() == plan.inner()) {
                String col = column(l.param(), l.component());
                b.addStatement("final $T $L = $L[$L]", ArrayTypeName.of(scalarType()), col, soa(param(l.param())),
                        l.component());
            }
        }
        for (Program.Node n : program.nodes()) {
            if (broadcast[n.id()] && !perRow[n.id()]) {
                b.addStatement("final $T b$L = $T.broadcast($L, $L)", vec, n.id(), vec, sp(), scalarRef(n.id(), -1));
            }
        }
        for (int q = 0; q < rows; q++) {
            for (Program.Node n : program.nodes()) {
                if (live[n.id()] && n.level() == Level.OUTER && !inlineScalar(n)) {
                    b.addStatement("final $L t$L_$L = $L", t, n.id(), q,
                            ScalarJavaEmitter.withImports(scalar(n.instr(), q)));
                }
            }
            for (Program.Node n : program.nodes()) {
                if (broadcast[n.id()] && perRow[n.id()]) {
                    b.addStatement("final $T b$L_$L = $T.broadcast($L, t$L_$L)", vec, n.id(), q, vec, sp(), n.id(), q);
                }
            }
        }
        for (int q = 0; q < rows; q++) {
            init(b, q);
        }
        if (usesLaneIndex()) {
            b.addStatement("final $T iota = $T.zero($L).addIndex(1)", INT_VECTOR, INT_VECTOR, isp());
        }
        b.addStatement("final int bound = js + $L.loopBound(je - js)", sp());
        boolean tiled = plan.reduction() == Reduction.SUM
                && (plan.sum() == SumScheme.BLOCK || (plan.sum() == SumScheme.DOUBLE && !isFloat));
        if (tiled) {
            b.beginControlFlow("for (int j0 = js; j0 < bound; j0 += $L)", ScalarJavaEmitter.SUM_BLOCK);
            b.addStatement("final int j1 = Math.min(bound, j0 + $L)", ScalarJavaEmitter.SUM_BLOCK);
            for (int q = 0; q < rows; q++) {
                for (int c = 0; c < dim(); c++) {
                    b.addStatement("$T blk$L_$L = $T.zero($L)", vec, q, c, vec, sp());
                }
            }
            b.beginControlFlow("for (int j = j0; j < j1; j += $L.length())", sp());
        } else {
            b.beginControlFlow("for (int j = js; j < bound; j += $L.length())", sp());
        }
        if (usesLaneIndex()) {
            b.addStatement("final $T jv = iota.add(j)", INT_VECTOR);
        }
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.level() == Level.INNER && !perRow[n.id()] && !fused[n.id()]) {
                emitVector(b, n.instr(), "v" + n.id(), -1);
            }
        }
        for (int q = 0; q < rows; q++) {
            for (Program.Node n : program.nodes()) {
                if (live[n.id()] && n.level() == Level.INNER && perRow[n.id()] && !fused[n.id()]) {
                    emitVector(b, n.instr(), "v" + n.id() + "_" + q, q);
                }
            }
            fold(b, q);
        }
        b.endControlFlow();
        if (tiled) {
            for (int q = 0; q < rows; q++) {
                for (int c = 0; c < dim(); c++) {
                    if (plan.sum() == SumScheme.BLOCK) {
                        b.addStatement("acc$L_$L = acc$L_$L.add(blk$L_$L)", q, c, q, c, q, c);
                    } else {
                        b.addStatement("sum$L_$L += $T.sum(blk$L_$L)", q, c, LANES, q, c);
                    }
                }
            }
            b.endControlFlow();
        }
        for (int q = 0; q < rows; q++) {
            merge(b, q);
        }
        // The scalar tail and the outputs are in a method of their own, so that the vector
        // loop's method stays small enough for the JIT (HotSpot skips methods over 8000 bytes).
        List<String[]> state = stateVariables(rows);
        long doubles = state.stream().filter(v -> !v[0].equals("int")).count();
        long ints = state.size() - doubles;
        b.addStatement("final double[] st = new double[$L]", doubles);
        b.addStatement("final int[] ist = new int[$L]", ints);
        int di = 0;
        int ii = 0;
        for (String[] v : state) {
            if (v[0].equals("int")) {
                b.addStatement("ist[$L] = $L", ii++, v[1]);
            } else {
                b.addStatement("st[$L] = $L", di++, v[1]);
            }
        }
        b.addStatement("$LTail($L, bound, st, ist$L)", name, kernelArgs("r"), kArrays(rows));
        return m.addCode(b.build()).build();
    }

    /** The K reductions' per-row buffers, passed to the tail method as they are. */
    private String kArrays(int rows) {
        if (!isK()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int q = 0; q < rows; q++) {
            sb.append(", kv").append(q).append(", ki").append(q).append(", kn").append(q);
        }
        return sb.toString();
    }

    private boolean isK() {
        return switch (plan.reduction()) {
            case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN -> true;
            case SUM, MIN, MAX, ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX, LOG_SUM_EXP, SUM_SOFTMAX_WEIGHT -> false;
        };
    }

    /** The scalar state of every row after the lane merge: {type, name}. */
    private List<String[]> stateVariables(int rows) {
        List<String[]> v = new ArrayList<>();
        for (int q = 0; q < rows; q++) {
            for (int c = 0; c < dim() && !isK() && plan.reduction() != Reduction.LOG_SUM_EXP
                    && plan.reduction() != Reduction.SUM_SOFTMAX_WEIGHT; c++) {
                switch (plan.reduction()) {
                    case SUM -> v.add(new String[] {plan.sum() == SumScheme.DOUBLE ? "double" : t, "sum" + q + "_" + c});
                    case MIN, MAX -> v.add(new String[] {t, "best" + q + "_" + c});
                    case ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX -> {
                        v.add(new String[] {t, "best" + q + "_" + c});
                        v.add(new String[] {"int", "bi" + q + "_" + c});
                    }
                    case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN, LOG_SUM_EXP, SUM_SOFTMAX_WEIGHT -> {
                    }
                }
            }
            if (plan.reduction() == Reduction.LOG_SUM_EXP || plan.reduction() == Reduction.SUM_SOFTMAX_WEIGHT) {
                v.add(new String[] {t, "mx" + q});
                if (plan.reduction() == Reduction.SUM_SOFTMAX_WEIGHT) {
                    v.add(new String[] {t, "sw" + q});
                }
                for (int c = 0; c < plan.outputWidth(); c++) {
                    v.add(new String[] {t, "se" + q + "_" + c});
                }
            }
        }
        return v;
    }

    /** The scalar tail (j from bound to cols) of R rows, then their outputs. */
    private MethodSpec tail(String name, int rows) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("Scalar tail and outputs of rows [r, r + $L), from the state the vector loop left.\n", rows);
        kernelParams(m, false);
        m.addParameter(TypeName.INT, "bound")
                .addParameter(ArrayTypeName.of(TypeName.DOUBLE), "st")
                .addParameter(ArrayTypeName.of(TypeName.INT), "ist");
        if (isK()) {
            for (int q = 0; q < rows; q++) {
                m.addParameter(ArrayTypeName.of(scalarType()), "kv" + q)
                        .addParameter(ArrayTypeName.of(TypeName.INT), "ki" + q)
                        .addParameter(ArrayTypeName.of(TypeName.INT), "kn" + q);
            }
        }
        CodeBlock.Builder b = CodeBlock.builder();
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.level() == Level.PARAM && !inlineScalar(n)) {
                b.addStatement("final $L t$L = $L", t, n.id(), ScalarJavaEmitter.withImports(scalar(n.instr(), -1)));
            }
        }
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.instr() instanceof Instr.Load l && l.category() == plan.inner()) {
                b.addStatement("final $T $L = $L[$L]", ArrayTypeName.of(scalarType()), column(l.param(), l.component()),
                        soa(param(l.param())), l.component());
            }
        }
        for (int q = 0; q < rows; q++) {
            for (Program.Node n : program.nodes()) {
                if (live[n.id()] && n.level() == Level.OUTER && !inlineScalar(n)) {
                    b.addStatement("final $L t$L_$L = $L", t, n.id(), q,
                            ScalarJavaEmitter.withImports(scalar(n.instr(), q)));
                }
            }
        }
        int di = 0;
        int ii = 0;
        for (String[] v : stateVariables(rows)) {
            if (v[0].equals("int")) {
                b.addStatement("int $L = ist[$L]", v[1], ii++);
            } else {
                b.addStatement("$L $L = $Lst[$L]", v[0], v[1], v[0].equals("double") ? "" : "(" + v[0] + ") ", di++);
            }
        }
        b.beginControlFlow("for (int j = bound; j < je; j++)");
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.level() == Level.INNER && !perRow[n.id()]) {
                b.addStatement("final $L u$L = $L", t, n.id(), ScalarJavaEmitter.withImports(scalar(n.instr(), -1)));
            }
        }
        for (int q = 0; q < rows; q++) {
            for (Program.Node n : program.nodes()) {
                if (live[n.id()] && n.level() == Level.INNER && perRow[n.id()]) {
                    b.addStatement("final $L u$L_$L = $L", t, n.id(), q, ScalarJavaEmitter.withImports(scalar(n.instr(), q)));
                }
            }
            tailFold(b, q);
        }
        b.endControlFlow();
        for (int q = 0; q < rows; q++) {
            finish(b, q);
        }
        return m.addCode(b.build()).build();
    }

    private boolean usesLaneIndex() {
        return switch (plan.reduction()) {
            case ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX -> true;
            case SUM, MIN, MAX, K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN, LOG_SUM_EXP, SUM_SOFTMAX_WEIGHT -> false;
        };
    }

    // ---- spelling values ----------------------------------------------------------------------

    private boolean inlineScalar(Program.Node n) {
        return n.instr() instanceof Instr.Literal
                || (n.instr() instanceof Instr.Load l && param(l.param()).scalar());
    }

    private static String suffix(int q) {
        return q < 0 ? "" : "_" + q;
    }

    /** The scalar name of a value for row q: temporaries below INNER, tail values at INNER. */
    private String scalarRef(int id, int q) {
        Program.Node n = program.node(id);
        if (n.instr() instanceof Instr.Literal lit) {
            String s = p.literal(lit.value());
            return lit.value() < 0 || (lit.value() == 0 && 1 / lit.value() < 0) ? "(" + s + ")" : s;
        }
        if (n.instr() instanceof Instr.Load l && param(l.param()).scalar()) {
            return GeneratedNames.local(param(l.param()).name());
        }
        String prefix = n.level() == Level.INNER ? "u" : "t";
        return prefix + id + (perRow[id] ? suffix(q) : "");
    }

    /** The vector name of a value for row q. */
    private String vectorRef(int id, int q) {
        Program.Node n = program.node(id);
        String prefix = n.level() == Level.INNER ? "v" : "b";
        return prefix + id + (perRow[id] ? suffix(q) : "");
    }

    private String scalar(Instr instr, int q) {
        return ScalarJavaEmitter.spell(instr, id -> scalarRef(id, q), l -> scalarLoad(l, q), isFloat);
    }

    private String scalarLoad(Instr.Load l, int q) {
        KernelPlan.Param prm = param(l.param());
        String name = GeneratedNames.local(prm.name());
        if (l.category() == Category.P) {
            return name + "[" + l.component() + "]";
        }
        if (l.category() == plan.inner()) {
            return column(l.param(), l.component()) + "[j]";
        }
        String row = q <= 0 ? "r" : "(r + " + q + ")";
        return name + "[" + (prm.dim() == 1 ? row : row + " * " + prm.dim())
                + (l.component() == 0 ? "" : " + " + l.component()) + "]";
    }

    /**
     * Declares {@code name} as the vector value of an instruction for row q. The transcendental
     * operations ({@link VectorTranscendentals}) take several statements, spelled in place rather
     * than through a helper method so that the JIT sees constant species and never boxes the
     * vectors; everything else is one expression.
     */
    private void emitVector(CodeBlock.Builder b, Instr instr, String name, int q) {
        if (instr instanceof Instr.Un u && VectorTranscendentals.handles(u.op())) {
            emitCode(b, VectorTranscendentals.unary(u.op(), vectorRef(u.a(), q), name, isFloat, sp()), name);
        } else if (instr instanceof Instr.Bin bin && VectorTranscendentals.handles(bin.op())) {
            emitCode(b, VectorTranscendentals.binary(bin.op(), vectorRef(bin.a(), q), vectorRef(bin.b(), q), name,
                    isFloat, sp()), name);
        } else {
            b.addStatement("final $T $L = $L", vec, name, ScalarJavaEmitter.withImports(vector(instr, q)));
        }
    }

    private void emitCode(CodeBlock.Builder b, VectorTranscendentals.Code code, String name) {
        for (String st : code.statements()) {
            b.addStatement("$L", ScalarJavaEmitter.withImports(st));
        }
        b.addStatement("final $T $L = $L", vec, name, ScalarJavaEmitter.withImports(code.result()));
    }

    private String vector(Instr instr, int q) {
        java.util.function.IntFunction<String> ref = id -> vectorRef(id, q);
        return switch (instr) {
            case Instr.Load l -> (isFloat ? "FloatVector" : "DoubleVector") + ".fromArray(" + sp() + ", "
                    + column(l.param(), l.component()) + ", j)";
            case Instr.Literal lit -> throw new IllegalStateException("literals are never per-pair values");
            case Instr.Un u -> u.op().vector(ref.apply(u.a()));
            case Instr.Bin bin when fused[bin.a()] -> fma(bin.a(), ref.apply(bin.b()), q);
            case Instr.Bin bin when fused[bin.b()] -> fma(bin.b(), ref.apply(bin.a()), q);
            case Instr.Bin bin -> bin.op().vector(ref.apply(bin.a()), ref.apply(bin.b()));
            // Spelled in place, not through VectorMath: HotSpot does not always inline a helper
            // into a large kernel method, and a vector crossing a call that is not inlined is
            // boxed (an IfElse through a VectorMath helper ran 12 times slower than in place).
            case Instr.Select s -> ref.apply(s.otherwise()) + ".blend(" + ref.apply(s.then()) + ", "
                    + ref.apply(s.cond()) + ".compare(VectorOperators.GE, 0))";
            case Instr.IfLess l -> ref.apply(l.otherwise()) + ".blend(" + ref.apply(l.then()) + ", "
                    + ref.apply(l.a()) + ".lt(" + ref.apply(l.b()) + "))";
            case Instr.Clamp c -> ref.apply(c.a()) + ".max(" + ref.apply(c.low()) + ").min(" + ref.apply(c.high()) + ")";
            case Instr.PowInt pw when Math.abs(pw.exponent()) <= 4 -> powChain(ref.apply(pw.a()), pw.exponent());
            case Instr.PowInt pw -> "VectorMath.powi(" + ref.apply(pw.a()) + ", " + pw.exponent() + ")";
            case Instr.RoundTo rt -> "VectorMath.round(" + ref.apply(rt.a()) + ", " + rt.digits() + ")";
        };
    }

    /** v^n for |n| <= 4 as a chain of multiplications (and one division for n < 0), in place. */
    private static String powChain(String v, int n) {
        if (n == 0) {
            return v + ".broadcast(1)";
        }
        StringBuilder chain = new StringBuilder(v);
        for (int k = 1; k < Math.abs(n); k++) {
            chain.append(".mul(").append(v).append(')');
        }
        return n > 0 ? chain.toString() : v + ".broadcast(1).div(" + chain + ")";
    }

    /** The j-vector of output component c (formula) for row q. */
    private String fv(int c, int q) {
        return vectorRef(program.formula().get(c), q);
    }

    private String fs(int c, int q) {
        return scalarRef(program.formula().get(c), q);
    }

    private String inf(boolean positive) {
        return p.boxName() + (positive ? ".POSITIVE_INFINITY" : ".NEGATIVE_INFINITY");
    }

    private String exp(String x) {
        return isFloat ? "(float) Math.exp(" + x + ")" : "Math.exp(" + x + ")";
    }

    private String log(String x) {
        return isFloat ? "(float) Math.log(" + x + ")" : "Math.log(" + x + ")";
    }

    private String rowBase(int q) {
        int w = plan.outputWidth();
        String row = q == 0 ? "r" : "(r + " + q + ")";
        return w == 1 ? row : row + " * " + w;
    }

    private static String at(String base, int c) {
        return c == 0 ? base : base + " + " + c;
    }

    private static List<Integer> operands(Instr instr) {
        return switch (instr) {
            case Instr.Load l -> List.of();
            case Instr.Literal l -> List.of();
            case Instr.Un u -> List.of(u.a());
            case Instr.Bin b -> List.of(b.a(), b.b());
            case Instr.Select s -> List.of(s.cond(), s.then(), s.otherwise());
            case Instr.IfLess l -> List.of(l.a(), l.b(), l.then(), l.otherwise());
            case Instr.Clamp c -> List.of(c.a(), c.low(), c.high());
            case Instr.PowInt pw -> List.of(pw.a());
            case Instr.RoundTo rt -> List.of(rt.a());
        };
    }

    // ---- reductions in lanes: init, fold, merge, tail fold, finalize ------------------------

    private boolean argMin() {
        return plan.reduction() == Reduction.ARG_MIN || plan.reduction() == Reduction.MIN_ARG_MIN;
    }

    private void init(CodeBlock.Builder b, int q) {
        int d = dim();
        switch (plan.reduction()) {
            case SUM -> {
                for (int c = 0; c < d; c++) {
                    if (plan.sum() == SumScheme.DOUBLE) {
                        b.addStatement("double sum$L_$L = 0", q, c);
                        if (isFloat) {
                            // float lanes widened to two double vectors: every term accumulates in float64
                            for (int h = 0; h < 2; h++) {
                                b.addStatement("$T dacc$L_$L_$L = ($T) $T.zero($L).convert($T.F2D, 0)", DOUBLE_VECTOR,
                                        q, c, h, DOUBLE_VECTOR, vec, sp(), VECTOR_OPERATORS);
                            }
                        }
                    } else {
                        b.addStatement("$T acc$L_$L = $T.zero($L)", vec, q, c, vec, sp());
                    }
                    if (plan.sum() == SumScheme.KAHAN) {
                        b.addStatement("$T cmp$L_$L = $T.zero($L)", vec, q, c, vec, sp());
                    }
                }
            }
            case MIN, MAX -> {
                for (int c = 0; c < d; c++) {
                    b.addStatement("$T acc$L_$L = $T.broadcast($L, $L)", vec, q, c, vec, sp(),
                            inf(plan.reduction() == Reduction.MIN));
                }
            }
            case ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX -> {
                for (int c = 0; c < d; c++) {
                    b.addStatement("$T acc$L_$L = $T.broadcast($L, $L)", vec, q, c, vec, sp(), inf(argMin()));
                    b.addStatement("$T idx$L_$L = $T.broadcast($L, -1)", INT_VECTOR, q, c, INT_VECTOR, isp());
                }
            }
            case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN -> {
                b.addStatement("final $L[] kv$L = new $L[$L]", t, q, t, plan.k() * d);
                b.addStatement("final int[] ki$L = new int[$L]", q, plan.k() * d);
                b.addStatement("final int[] kn$L = new int[$L]", q, d);
                b.addStatement("$T.reset(kv$L, ki$L, kn$L)", ScalarJavaEmitter.K_SMALLEST, q, q, q);
                for (int c = 0; c < d; c++) {
                    b.addStatement("$L thr$L_$L = $L", t, q, c, inf(true));
                }
            }
            case LOG_SUM_EXP, SUM_SOFTMAX_WEIGHT -> {
                b.addStatement("$T mxv$L = $T.broadcast($L, $L)", vec, q, vec, sp(), inf(false));
                if (plan.reduction() == Reduction.SUM_SOFTMAX_WEIGHT) {
                    b.addStatement("$T swv$L = $T.zero($L)", vec, q, vec, sp());
                }
                for (int c = 0; c < plan.outputWidth(); c++) {
                    b.addStatement("$T sev$L_$L = $T.zero($L)", vec, q, c, vec, sp());
                }
            }
        }
    }

    private void fold(CodeBlock.Builder b, int q) {
        int d = dim();
        switch (plan.reduction()) {
            case SUM -> {
                for (int c = 0; c < d; c++) {
                    String v = fv(c, q);
                    int id = program.formula().get(c);
                    switch (plan.sum()) {
                        case BLOCK -> b.addStatement("blk$L_$L = $L", q, c,
                                fused[id] ? fma(id, "blk" + q + "_" + c, q) : "blk" + q + "_" + c + ".add(" + v + ")");
                        case DOUBLE -> {
                            if (isFloat) {
                                for (int h = 0; h < 2; h++) {
                                    b.addStatement("dacc$L_$L_$L = dacc$L_$L_$L.add($L.convert($T.F2D, $L))", q, c, h, q, c, h,
                                            v, VECTOR_OPERATORS, h);
                                }
                            } else {
                                b.addStatement("blk$L_$L = blk$L_$L.add($L)", q, c, q, c, v);
                            }
                        }
                        case DIRECT -> b.addStatement("acc$L_$L = $L", q, c,
                                fused[id] ? fma(id, "acc" + q + "_" + c, q) : "acc" + q + "_" + c + ".add(" + v + ")");
                        case KAHAN -> {
                            b.addStatement("final $T ky$L_$L = $L.sub(cmp$L_$L)", vec, q, c, v, q, c);
                            b.addStatement("final $T kt$L_$L = acc$L_$L.add(ky$L_$L)", vec, q, c, q, c, q, c);
                            // lanes whose running sum is infinite carry no compensation (it would be NaN)
                            b.addStatement("cmp$L_$L = $T.zero($L).blend(kt$L_$L.sub(acc$L_$L).sub(ky$L_$L), kt$L_$L.test($T.IS_FINITE))",
                                    q, c, vec, sp(), q, c, q, c, q, c, q, c, VECTOR_OPERATORS);
                            b.addStatement("acc$L_$L = kt$L_$L", q, c, q, c);
                        }
                        case AUTO -> throw new IllegalStateException("unresolved sum scheme");
                    }
                }
            }
            case MIN, MAX -> {
                for (int c = 0; c < d; c++) {
                    String v = fv(c, q);
                    b.addStatement("acc$L_$L = acc$L_$L.blend($L, $L.compare($T.$L, acc$L_$L))", q, c, q, c, v, v,
                            VECTOR_OPERATORS, plan.reduction() == Reduction.MIN ? "LT" : "GT", q, c);
                }
            }
            case ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX -> {
                for (int c = 0; c < d; c++) {
                    String v = fv(c, q);
                    // A lane takes v if it beats the lane's best, or if the lane has nothing yet
                    // and v is not NaN (so a first +inf still counts, as on the scalar path).
                    b.addStatement("final $T<$T> mk$L_$L = $L.compare($T.$L, acc$L_$L).or(idx$L_$L.lt(0).cast($L).and($L.eq($L)))",
                            VECTOR_MASK, ClassName.get(isFloat ? Float.class : Double.class), q, c, v, VECTOR_OPERATORS,
                            argMin() ? "LT" : "GT", q, c, q, c, sp(), v, v);
                    b.addStatement("acc$L_$L = acc$L_$L.blend($L, mk$L_$L)", q, c, q, c, v, q, c);
                    b.addStatement("idx$L_$L = idx$L_$L.blend(jv, mk$L_$L.cast($L))", q, c, q, c, q, c, isp());
                }
            }
            case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN -> {
                for (int c = 0; c < d; c++) {
                    String v = fv(c, q);
                    b.addStatement("final $T<$T> mk$L_$L = kn$L[$L] < $L ? $L.eq($L) : $L.lt(thr$L_$L)", VECTOR_MASK,
                            ClassName.get(isFloat ? Float.class : Double.class), q, c, q, c, plan.k(), v, v, v, q, c);
                    b.beginControlFlow("if (mk$L_$L.anyTrue())", q, c);
                    b.beginControlFlow("for (int l = 0; l < $L.length(); l++)", sp());
                    b.beginControlFlow("if (mk$L_$L.laneIsSet(l))", q, c);
                    b.addStatement("$T.offer(kv$L, ki$L, kn$L, $L, $L, $L, $L.lane(l), j + l)", ScalarJavaEmitter.K_SMALLEST,
                            q, q, q, plan.k(), d, c, v);
                    b.endControlFlow();
                    b.endControlFlow();
                    b.addStatement("thr$L_$L = kv$L[$L]", q, c, q, (plan.k() - 1) * d + c);
                    b.endControlFlow();
                }
            }
            case LOG_SUM_EXP, SUM_SOFTMAX_WEIGHT -> {
                // One exp per pair: with e = exp(min(v, m) - max(v, m)), a new maximum rescales
                // the sums (s * e + w), an old one adds (s + e * w); -inf terms add nothing.
                String v = fv(0, q);
                b.addStatement("final $T<$T> up$L = $L.compare($T.GT, mxv$L)", VECTOR_MASK,
                        ClassName.get(isFloat ? Float.class : Double.class), q, v, VECTOR_OPERATORS, q);
                b.addStatement("final $T<$T> keep$L = $L.eq($L)", VECTOR_MASK,
                        ClassName.get(isFloat ? Float.class : Double.class), q, v, inf(false));
                // a term equal to the lane's maximum weighs 1 (inf - inf would be NaN for two +inf)
                b.addStatement("final $T ed$L = $L.min(mxv$L).sub($L.max(mxv$L)).blend(0, $L.eq(mxv$L))", vec, q, v, q, v, q, v, q);
                emitCode(b, VectorTranscendentals.unary(UnaryOp.EXP, "ed" + q, "e" + q, isFloat, sp()), "e" + q);
                if (plan.reduction() == Reduction.SUM_SOFTMAX_WEIGHT) {
                    b.addStatement("swv$L = swv$L.add(e$L).blend(swv$L.fma(e$L, $T.broadcast($L, 1)), up$L).blend(swv$L, keep$L)",
                            q, q, q, q, q, vec, sp(), q, q, q);
                }
                List<Integer> w = program.weight();
                for (int c = 0; c < plan.outputWidth(); c++) {
                    if (w.isEmpty()) {
                        b.addStatement("sev$L_$L = sev$L_$L.add(e$L).blend(sev$L_$L.fma(e$L, $T.broadcast($L, 1)), up$L).blend(sev$L_$L, keep$L)",
                                q, c, q, c, q, q, c, q, vec, sp(), q, q, c, q);
                    } else {
                        String g = vectorRef(w.get(c), q);
                        b.addStatement("sev$L_$L = e$L.fma($L, sev$L_$L).blend(sev$L_$L.fma(e$L, $L), up$L).blend(sev$L_$L, keep$L)",
                                q, c, q, g, q, c, q, c, q, g, q, q, c, q);
                    }
                }
                b.addStatement("mxv$L = mxv$L.blend($L, up$L)", q, q, v, q);
            }
        }
    }

    /** Lanes into one scalar state per row; the scalar tail continues from it. */
    private void merge(CodeBlock.Builder b, int q) {
        int d = dim();
        switch (plan.reduction()) {
            case SUM -> {
                for (int c = 0; c < d; c++) {
                    switch (plan.sum()) {
                        case BLOCK, DIRECT -> b.addStatement("$L sum$L_$L = $T.sum(acc$L_$L)", t, q, c, LANES, q, c);
                        case KAHAN -> b.addStatement("$L sum$L_$L = $T.sum(acc$L_$L) - $T.sum(cmp$L_$L)",
                                t, q, c, LANES, q, c, LANES, q, c);
                        case DOUBLE -> {
                            if (isFloat) {
                                b.addStatement("sum$L_$L += $T.sum(dacc$L_$L_0) + $T.sum(dacc$L_$L_1)",
                                        q, c, LANES, q, c, LANES, q, c);
                            }
                        }
                        case AUTO -> throw new IllegalStateException("unresolved sum scheme");
                    }
                }
            }
            case MIN, MAX -> {
                for (int c = 0; c < d; c++) {
                    b.addStatement("$L best$L_$L = acc$L_$L.reduceLanes($T.$L)", t, q, c, q, c, VECTOR_OPERATORS,
                            plan.reduction() == Reduction.MIN ? "MIN" : "MAX");
                }
            }
            case ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX -> {
                String cmp = argMin() ? "<" : ">";
                for (int c = 0; c < d; c++) {
                    b.addStatement("$L best$L_$L = $L", t, q, c, inf(argMin()));
                    b.addStatement("int bi$L_$L = -1", q, c);
                    b.beginControlFlow("for (int l = 0; l < $L.length(); l++)", sp());
                    b.addStatement("final $L a = acc$L_$L.lane(l)", t, q, c);
                    b.addStatement("final int ix = idx$L_$L.lane(l)", q, c);
                    b.beginControlFlow("if (ix >= 0 && (bi$L_$L < 0 || a $L best$L_$L || (a == best$L_$L && ix < bi$L_$L)))",
                            q, c, cmp, q, c, q, c, q, c);
                    b.addStatement("best$L_$L = a", q, c);
                    b.addStatement("bi$L_$L = ix", q, c);
                    b.endControlFlow();
                    b.endControlFlow();
                }
            }
            case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN -> {
            }
            case LOG_SUM_EXP, SUM_SOFTMAX_WEIGHT -> {
                boolean softmax = plan.reduction() == Reduction.SUM_SOFTMAX_WEIGHT;
                b.addStatement("$L mx$L = mxv$L.reduceLanes($T.MAX)", t, q, q, VECTOR_OPERATORS);
                if (softmax) {
                    b.addStatement("$L sw$L = 0", t, q);
                }
                for (int c = 0; c < plan.outputWidth(); c++) {
                    b.addStatement("$L se$L_$L = 0", t, q, c);
                }
                b.beginControlFlow("for (int l = 0; l < $L.length(); l++)", sp());
                b.addStatement("final $L ml = mxv$L.lane(l)", t, q);
                b.addStatement("final $L f = ml == mx$L ? 1 : $L", t, q, exp("ml - mx" + q));
                if (softmax) {
                    b.addStatement("sw$L += swv$L.lane(l) * f", q, q);
                }
                for (int c = 0; c < plan.outputWidth(); c++) {
                    b.addStatement("se$L_$L += sev$L_$L.lane(l) * f", q, c, q, c);
                }
                b.endControlFlow();
            }
        }
    }

    private void tailFold(CodeBlock.Builder b, int q) {
        int d = dim();
        switch (plan.reduction()) {
            case SUM -> {
                for (int c = 0; c < d; c++) {
                    b.addStatement("sum$L_$L += $L", q, c, fs(c, q));
                }
            }
            case MIN, MAX -> {
                for (int c = 0; c < d; c++) {
                    b.beginControlFlow("if ($L $L best$L_$L)", fs(c, q), plan.reduction() == Reduction.MIN ? "<" : ">", q, c);
                    b.addStatement("best$L_$L = $L", q, c, fs(c, q));
                    b.endControlFlow();
                }
            }
            case ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX -> {
                for (int c = 0; c < d; c++) {
                    String u = fs(c, q);
                    b.beginControlFlow("if ($L $L best$L_$L || (bi$L_$L < 0 && $L == $L))", u, argMin() ? "<" : ">",
                            q, c, q, c, u, u);
                    b.addStatement("best$L_$L = $L", q, c, u);
                    b.addStatement("bi$L_$L = j", q, c);
                    b.endControlFlow();
                }
            }
            case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN -> {
                for (int c = 0; c < d; c++) {
                    b.addStatement("$T.offer(kv$L, ki$L, kn$L, $L, $L, $L, $L, j)", ScalarJavaEmitter.K_SMALLEST, q, q, q,
                            plan.k(), d, c, fs(c, q));
                }
            }
            case LOG_SUM_EXP, SUM_SOFTMAX_WEIGHT -> {
                boolean softmax = plan.reduction() == Reduction.SUM_SOFTMAX_WEIGHT;
                String v = fs(0, q);
                List<Integer> w = program.weight();
                b.beginControlFlow("if ($L > mx$L)", v, q);
                b.addStatement("final $L sc = $L", t, exp("mx" + q + " - " + v));
                if (softmax) {
                    b.addStatement("sw$L = sw$L * sc + 1", q, q);
                }
                for (int c = 0; c < plan.outputWidth(); c++) {
                    b.addStatement("se$L_$L = se$L_$L * sc + $L", q, c, q, c, w.isEmpty() ? "1" : scalarRef(w.get(c), q));
                }
                b.addStatement("mx$L = $L", q, v);
                b.nextControlFlow("else if ($L != $L)", v, inf(false));
                b.addStatement("final $L e = $L == mx$L ? 1 : $L", t, v, q, exp(v + " - mx" + q));
                if (softmax) {
                    b.addStatement("sw$L += e", q);
                }
                for (int c = 0; c < plan.outputWidth(); c++) {
                    b.addStatement("se$L_$L += $L", q, c, w.isEmpty() ? "e" : "e * " + scalarRef(w.get(c), q));
                }
                b.endControlFlow();
            }
        }
    }

    private void finish(CodeBlock.Builder b, int q) {
        int d = dim();
        String base = rowBase(q);
        switch (plan.reduction()) {
            case SUM -> {
                for (int c = 0; c < d; c++) {
                    b.addStatement("out[$L] = $Lsum$L_$L", at(base, c),
                            plan.sum() == SumScheme.DOUBLE && isFloat ? "(float) " : "", q, c);
                }
            }
            case MIN, MAX -> {
                for (int c = 0; c < d; c++) {
                    b.addStatement("out[$L] = best$L_$L", at(base, c), q, c);
                }
            }
            case ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX -> {
                for (int c = 0; c < d; c++) {
                    if (plan.hasValues()) {
                        b.addStatement("out[$L] = best$L_$L", at(base, c), q, c);
                    }
                    b.addStatement("outIndex[$L] = bi$L_$L", at(base, c), q, c);
                }
            }
            case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN -> {
                if (plan.hasValues()) {
                    b.addStatement("System.arraycopy(kv$L, 0, out, $L, $L)", q, base, plan.outputWidth());
                }
                if (plan.hasIndices()) {
                    b.addStatement("System.arraycopy(ki$L, 0, outIndex, $L, $L)", q, base, plan.outputWidth());
                }
            }
            case LOG_SUM_EXP -> {
                for (int c = 0; c < plan.outputWidth(); c++) {
                    b.addStatement("out[$L] = mx$L + $L", at(base, c), q, log("se" + q + "_" + c));
                }
            }
            case SUM_SOFTMAX_WEIGHT -> {
                for (int c = 0; c < plan.outputWidth(); c++) {
                    b.addStatement("out[$L] = sw$L == 0 ? 0 : se$L_$L / sw$L", at(base, c), q, q, c, q);
                }
            }
        }
    }
}
