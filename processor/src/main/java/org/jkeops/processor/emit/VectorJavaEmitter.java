package org.jkeops.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.stream.IntStream;
import javax.lang.model.element.Modifier;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Level;
import org.jkeops.processor.plan.Program;
import org.jkeops.processor.reduce.LaneRow;
import org.jkeops.processor.reduce.RowBuffer;
import org.jkeops.processor.reduce.ReductionType;
import org.jkeops.processor.reduce.Slot;

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
 * Formulas whose work is sums over many components take the register-tiled loop over the
 * components instead ({@link ComponentSums} finds the sums, {@link TiledBlock} spells the loop);
 * the header, the footer and the scalar tail (a loop over d for the sums) are shared.
 *
 * <p>What is decided before spelling (rows per block at each width, hoisting, FMA fusions) is in
 * {@link SimdSchedule}; the entry method and the width methods' signatures in {@link SimdEntry};
 * the reduction's steps in {@code org.jkeops.processor.reduce}: lanes in the vector loop
 * ({@code init}, {@code fold}, {@code merge} into the scalar state), its scalar dialect in the
 * tail ({@code fold} from the merged state, {@code finalize}); the names and expressions of the
 * values in {@link SimdValues}. This class spells the row kernels: the range method, the blocks of
 * R rows and their scalar tails.
 */
public final class VectorJavaEmitter {
    /** Widths generated, widest first. */
    public static final int[] WIDTHS = {512, 256, 128};

    private final KernelPlan plan;
    private final ReductionType reduction;
    private final Program program;
    private final boolean[] live;
    /** Values that depend on the output row (the schedule's decision, as the next two). */
    private final boolean[] perRow;
    /** Values below INNER level that INNER code or the fold reads as vectors: hoisted and broadcast. */
    private final boolean[] broadcast;
    /** Products folded into the FMA of their only user. */
    private final boolean[] fused;
    /** Rows per block, fusions and what is hoisted: decided before anything is spelled. */
    private final SimdSchedule schedule;
    /** The sums over the output row's components that {@link #rowValues} loops over d, or null. */
    private final ComponentSums rowSums;
    /** The entry method and the signatures of the width classes' methods. */
    private final SimdEntry entry;
    /** The values' names and expressions, scalar and vector, for each row of a block. */
    private final SimdValues values;

    /**
     * Sums over fewer components stay unrolled: measured on AVX-512 (AMD EPYC, see
     * docs/PERFORMANCE.md), the tiled loop overtakes the unrolled one between D = 8 and 16.
     */
    static final int TILED_MIN_DIM = 16;
    /** The tiled loop's remainder (per-pair values besides the sums) at most this many values. */
    static final int TILED_MAX_REMAINDER = 64;

    private VectorJavaEmitter(KernelPlan plan, boolean tiledAllowed) {
        this.plan = plan;
        this.reduction = plan.reductionType();
        this.program = plan.program();
        ComponentSums sums = tiledAllowed ? ComponentSums.find(program, TILED_MIN_DIM, true, true) : null;
        if (sums != null && !sums.sums().isEmpty() && sums.remainderWork() <= TILED_MAX_REMAINDER) {
            this.live = sums.live();
            this.schedule = SimdSchedule.tiled(plan, sums);
            this.rowSums = sums;
        } else {
            // Pair sums stay unrolled here; row sums still loop once per row (D statements per row
            // of a block: Exp(-SqNorm2(x) * g) * b at D = 1,000 was "code too large").
            ComponentSums rows = ComponentSums.find(program, TILED_MIN_DIM, false, true);
            this.rowSums = rows.isEmpty() ? null : rows;
            this.live = rowSums == null ? Liveness.live(program) : rows.live();
            this.schedule = SimdSchedule.of(plan, live);
        }
        this.perRow = schedule.perRow();
        this.broadcast = schedule.broadcast();
        this.fused = schedule.fused();
        this.entry = new SimdEntry(plan, schedule);
        this.values = new SimdValues(plan, live, schedule);
    }

    /**
     * The nested classes and entry method of one kernel, added to the SIMD kernels class.
     *
     * @param tiledAllowed whether sums over many components may be tiled ({@link TiledBlock});
     *                     false keeps the unrolled schedule (processor option {@code jkeops.unrolledSimd})
     */
    public static void emit(KernelPlan plan, TypeSpec.Builder kernels, List<TypeSpec.Builder> widthClasses,
            boolean tiledAllowed) {
        VectorJavaEmitter e = new VectorJavaEmitter(plan, tiledAllowed);
        kernels.addMethod(e.entry.entry());
        for (int w = 0; w < WIDTHS.length; w++) {
            e.addWidthMethods(widthClasses.get(w), WIDTHS[w]);
        }
    }

    /** The class body shared by a width: its species constants. */
    public static TypeSpec.Builder widthClass(int bits, boolean usesFloat, boolean usesDouble) {
        TypeSpec.Builder c = TypeSpec.classBuilder("W" + bits)
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Kernels with $L-bit vectors.\n", bits);
        // The int species index the lanes of a float (double) vector: as many lanes, so half the
        // bits for double.
        if (usesFloat) {
            c.addField(species("FS", Float.class, RuntimeTypes.FLOAT_VECTOR, bits));
            c.addField(species("FIS", Integer.class, RuntimeTypes.INT_VECTOR, bits));
        }
        if (usesDouble) {
            c.addField(species("DS", Double.class, RuntimeTypes.DOUBLE_VECTOR, bits));
            c.addField(species("DIS", Integer.class, RuntimeTypes.INT_VECTOR, bits / 2));
        }
        c.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        return c;
    }

    /** {@code static final VectorSpecies<Float> FS = FloatVector.SPECIES_512}, and the like. */
    private static FieldSpec species(String name, Class<?> element, ClassName vector, int bits) {
        return FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.VECTOR_SPECIES, ClassName.get(element)), name,
                Modifier.STATIC, Modifier.FINAL).initializer("$T.SPECIES_$L", vector, bits).build();
    }

    // ---- the range method: its row blocks, then single rows --------------------------------

    private void addWidthMethods(TypeSpec.Builder c, int bits) {
        int rowsPerBlock = schedule.rowsPerBlock(bits);
        String fn = plan.functionName();
        MethodSpec.Builder range = MethodSpec.methodBuilder(fn).addModifiers(Modifier.STATIC);
        entry.kernelParams(range, true);
        CodeBlock.Builder rb = CodeBlock.builder();
        // The scalar state a block hands to its tail method: allocated once per task, not per block.
        List<Slot> state = scalarState(rowsPerBlock);
        long doubles = state.stream().filter(v -> !v.isInt()).count();
        rb.addStatement("final double[] st = new double[$L]", doubles);
        rb.addStatement("final int[] ist = new int[$L]", state.size() - doubles);
        int scratchVectors = reduction.laneScratchVectors(values.laneRow(0)); // every row of a block merges alike
        rb.addStatement("final $T $L = new $T[$L$L.length()]", ArrayTypeName.of(values.scalarType()), LaneRow.SCRATCH,
                values.scalarType(), scratchVectors == 1 ? "" : scratchVectors + " * ", values.sp());
        laneBuffers(rowsPerBlock).forEach(a -> a.declare(rb));
        RowBufferGroups blockGroups = new RowBufferGroups(laneBuffers(rowsPerBlock));
        RowBufferGroups rowGroups = new RowBufferGroups(laneBuffers(1));
        if (rowsPerBlock > 1) {
            blockGroups.declare(rb, Integer.toString(rowsPerBlock));
        }
        rowGroups.declare(rb, "1");
        rb.addStatement("int r = r0");
        TiledBlock tiled = schedule.tiled() == null ? null : new TiledBlock(values, schedule, bits);
        if (tiled != null) {
            tiled.prelude(rb);
        }
        String packed = tiled == null ? "" : tiled.args();
        if (tiled != null) {
            tiled.chunksOpen(rb);
        }
        if (rowsPerBlock > 1) {
            rb.beginControlFlow("for (; r + $L <= r1; r += $L)", rowsPerBlock, rowsPerBlock);
            rb.addStatement("$L$L($L, st, ist, $L$L$L)", fn, "Rows" + rowsPerBlock, entry.kernelArgs("r"),
                    LaneRow.SCRATCH, blockGroups.args(Integer.toString(rowsPerBlock)), packed);
            rb.endControlFlow();
        }
        rb.beginControlFlow("for (; r < r1; r++)");
        rb.addStatement("$LRow($L, st, ist, $L$L$L)", fn, entry.kernelArgs("r"), LaneRow.SCRATCH, rowGroups.args("1"), packed);
        rb.endControlFlow();
        if (tiled != null) {
            tiled.chunksClose(rb);
        }
        c.addMethod(range.addCode(rb.build()).build());
        if (rowsPerBlock > 1) {
            c.addMethod(block(fn + "Rows" + rowsPerBlock, rowsPerBlock, tiled));
            c.addMethod(tail(fn + "Rows" + rowsPerBlock + "Tail", rowsPerBlock, tiled));
        }
        c.addMethod(block(fn + "Row", 1, tiled));
        c.addMethod(tail(fn + "RowTail", 1, tiled));
    }

    // ---- one block of R rows ------------------------------------------------------------------

    private MethodSpec block(String name, int rows, TiledBlock tiled) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("Output rows [r, r + $L).\n", rows);
        entry.kernelParams(m, false);
        m.addParameter(ArrayTypeName.of(TypeName.DOUBLE), "st").addParameter(ArrayTypeName.of(TypeName.INT), "ist")
                .addParameter(ArrayTypeName.of(values.scalarType()), LaneRow.SCRATCH);
        RowBufferGroups groups = new RowBufferGroups(laneBuffers(rows));
        groups.params(m);
        CodeBlock.Builder b = CodeBlock.builder();
        groups.unpack(b, false);
        header(b, rows);
        if (tiled != null) {
            tiled.params(m);
            tiled.loop(b, rows);
        } else {
            unrolledLoop(b, rows);
        }
        footer(b, name, rows, tiled == null ? "" : tiled.packedArgs());
        return m.addCode(b.build()).build();
    }

    /** Once per block: parameters, columns, row values and the broadcasts of all of them. */
    private void header(CodeBlock.Builder b, int rows) {
        parametersAndColumns(b);
        for (Program.Node n : program.nodes()) {
            if (broadcast[n.id()] && !perRow[n.id()]) {
                b.addStatement("final $T b$L = $T.broadcast($L, $L)", values.vec(), n.id(), values.vec(), values.sp(),
                        values.scalarRef(n.id(), -1));
            }
        }
        for (int q = 0; q < rows; q++) {
            rowValues(b, q);
            for (Program.Node n : program.nodes()) {
                if (broadcast[n.id()] && perRow[n.id()]) {
                    b.addStatement("final $T b$L_$L = $T.broadcast($L, t$L_$L)", values.vec(), n.id(), q, values.vec(),
                            values.sp(), n.id(), q);
                }
            }
        }
    }

    /** The parameter-level values as scalars and the j-variables' columns, as a block and its tail read them. */
    private void parametersAndColumns(CodeBlock.Builder b) {
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.level() == Level.PARAM && !ScalarJavaEmitter.inline(plan, n)) {
                b.addStatement("final $L t$L = $L", values.t(), n.id(), values.scalar(n.instr(), -1));
            }
        }
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.instr() instanceof Instr.Load l && l.category() == plan.inner()) {
                b.addStatement("final $T $L = $L[$L]", ArrayTypeName.of(values.scalarType()),
                        SimdValues.column(l.param(), l.component()), SimdEntry.soa(values.param(l.param())), l.component());
            }
        }
    }

    /** Row q's values below INNER level, as scalars; the row sums in a loop over d. */
    private void rowValues(CodeBlock.Builder b, int q) {
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.level() == Level.OUTER && !ScalarJavaEmitter.inline(plan, n)) {
                ComponentSums.Sum rowSum = rowSums == null ? null : rowSums.rowSumAt(n.id());
                if (rowSum != null) {
                    rowSums.scalarLoop(b, rowSum, values.scalarRef(n.id(), q), values.t(), false,
                            (l, c) -> values.scalarLoad(l, q, c), id -> values.scalarRef(id, q), values.isFloat());
                    continue;
                }
                b.addStatement("final $L t$L_$L = $L", values.t(), n.id(), q, values.scalar(n.instr(), q));
            }
        }
    }

    /** The unrolled loop: one vector of pairs at a time, every component spelled. */
    private void unrolledLoop(CodeBlock.Builder b, int rows) {
        IntStream.range(0, rows).forEachOrdered(q -> reduction.laneInit(b, values.laneRow(q)));
        if (reduction.usesLaneIndex()) {
            b.addStatement("final $T iota = $T.zero($L).addIndex(1)", RuntimeTypes.INT_VECTOR, RuntimeTypes.INT_VECTOR,
                    values.isp());
        }
        b.addStatement("final int bound = js + $L.loopBound(je - js)", values.sp());
        if (!reduction.laneTiled()) {
            b.beginControlFlow("for (int j = js; j < bound; j += $L.length())", values.sp());
            pairs(b, rows, false);
            b.endControlFlow();
            return;
        }
        SpeculativeExp.tiles(b, SpeculativeExp.applies(program, live, values.isFloat(), schedule.costs(), rows),
                speculative -> tile(b, rows, speculative),
                () -> IntStream.range(0, rows).forEachOrdered(q -> reduction.laneTileEnd(b, values.laneRow(q))));
    }

    /** One tile's partial sums declared and its loop over j, its Exps speculative or not. */
    private void tile(CodeBlock.Builder b, int rows, boolean speculative) {
        IntStream.range(0, rows).forEachOrdered(q -> reduction.laneTileInit(b, values.laneRow(q)));
        if (speculative) {
            SpeculativeExp.declareArgs(b);
        }
        b.beginControlFlow("for (int j = j0; j < j1; j += $L.length())", values.sp());
        pairs(b, rows, speculative);
        b.endControlFlow();
    }

    /**
     * The body of the loop over j: one vector of pairs, every row's values and folds.
     *
     * @param speculativeExp whether Exp is spelled without its range handling ({@link SpeculativeExp})
     */
    private void pairs(CodeBlock.Builder b, int rows, boolean speculativeExp) {
        if (reduction.usesLaneIndex()) {
            b.addStatement("final $T jv = iota.add(j)", RuntimeTypes.INT_VECTOR);
        }
        boolean[] atFold = schedule.loadedAtFold();
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.level() == Level.INNER && !perRow[n.id()] && !fused[n.id()] && !atFold[n.id()]) {
                values.emitVector(b, n.instr(), "v" + n.id(), -1, speculativeExp);
            }
        }
        boolean[] loaded = new boolean[atFold.length];
        LaneRow.Prepare loadsAtFold = (code, c) -> {
            for (int id : foldReads(program.formula().get(c))) {
                if (atFold[id] && !loaded[id]) {
                    values.emitVector(code, program.node(id).instr(), "v" + id, -1, speculativeExp);
                    loaded[id] = true;
                }
            }
        };
        for (int q = 0; q < rows; q++) {
            for (Program.Node n : program.nodes()) {
                if (live[n.id()] && n.level() == Level.INNER && perRow[n.id()] && !fused[n.id()]) {
                    values.emitVector(b, n.instr(), "v" + n.id() + "_" + q, q, speculativeExp);
                }
            }
            reduction.laneFold(b, values.laneRow(q, loadsAtFold));
        }
    }

    /** The values a formula component's fold reads: itself, or the operands of the product fused into it. */
    private List<Integer> foldReads(int component) {
        return fused[component] ? program.node(component).instr().operands() : List.of(component);
    }

    /** After the loop: the lanes merged, the scalar state handed to the tail method. */
    private void footer(CodeBlock.Builder b, String name, int rows, String packed) {
        IntStream.range(0, rows).forEachOrdered(q -> reduction.laneMerge(b, values.laneRow(q)));
        // The scalar tail and the outputs are in a method of their own, so that the vector
        // loop's method stays small enough for the JIT (HotSpot skips methods over 8000 bytes).
        int di = 0;
        int ii = 0;
        for (Slot v : scalarState(rows)) {
            if (v.isInt()) {
                b.addStatement("ist[$L] = $L", ii++, v.name());
            } else {
                b.addStatement("st[$L] = $L", di++, v.name());
            }
        }
        b.addStatement("$LTail($L, bound, st, ist$L$L)", name, entry.kernelArgs("r"), new RowBufferGroups(laneBuffers(rows)).args(""),
                packed);
    }

    /** The scalar state of every row after the lane merge. */
    private List<Slot> scalarState(int rows) {
        return IntStream.range(0, rows).mapToObj(q -> reduction.scalarState(values.scalarRow(q)))
                .flatMap(List::stream).toList();
    }

    /** The rows' buffers, allocated once per task and passed to the block (and tail) methods as they are. */
    private List<RowBuffer> laneBuffers(int rows) {
        return IntStream.range(0, rows).mapToObj(q -> reduction.laneBuffers(values.laneRow(q)))
                .flatMap(List::stream).toList();
    }

    /** The scalar tail (j from bound to cols) of R rows, then their outputs. */
    private MethodSpec tail(String name, int rows, TiledBlock tiled) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("Scalar tail and outputs of rows [r, r + $L), from the state the vector loop left.\n", rows);
        entry.kernelParams(m, false);
        m.addParameter(TypeName.INT, "bound")
                .addParameter(ArrayTypeName.of(TypeName.DOUBLE), "st")
                .addParameter(ArrayTypeName.of(TypeName.INT), "ist");
        RowBufferGroups groups = new RowBufferGroups(laneBuffers(rows));
        groups.params(m);
        if (tiled != null) {
            tiled.packedParams(m);
        }
        CodeBlock.Builder b = CodeBlock.builder();
        groups.unpack(b, true);
        parametersAndColumns(b);
        for (int q = 0; q < rows; q++) {
            rowValues(b, q);
        }
        int di = 0;
        int ii = 0;
        for (Slot v : scalarState(rows)) {
            if (v.isInt()) {
                b.addStatement("int $L = ist[$L]", v.name(), ii++);
            } else {
                b.addStatement("$T $L = $Lst[$L]", v.type(), v.name(), v.type().equals(TypeName.DOUBLE) ? "" : "(" + v.type() + ") ",
                        di++);
            }
        }
        b.beginControlFlow("for (int j = bound; j < je; j++)");
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.level() == Level.INNER && !perRow[n.id()]) {
                b.addStatement("final $L u$L = $L", values.t(), n.id(), values.scalar(n.instr(), -1));
            }
        }
        for (int q = 0; q < rows; q++) {
            for (Program.Node n : program.nodes()) {
                if (live[n.id()] && n.level() == Level.INNER && perRow[n.id()]) {
                    ComponentSums.Sum sum = schedule.tiled() == null ? null : schedule.tiled().at(n.id());
                    if (sum != null) {
                        tailSum(b, tiled, sum, q);
                    } else {
                        b.addStatement("final $L u$L_$L = $L", values.t(), n.id(), q, values.scalar(n.instr(), q));
                    }
                }
            }
            reduction.scalarFold(b, values.scalarRow(q));
        }
        b.endControlFlow();
        IntStream.range(0, rows).forEachOrdered(q -> reduction.scalarFinish(b, values.scalarRow(q)));
        return m.addCode(b.build()).build();
    }

    /** A sum over components in the scalar tail: a loop over d, products fused like the lanes'; y packed. */
    private void tailSum(CodeBlock.Builder b, TiledBlock tiled, ComponentSums.Sum sum, int q) {
        String row = q == 0 ? "r" : "(r + " + q + ")";
        schedule.tiled().scalarLoop(b, sum, "u" + sum.root() + "_" + q, values.t(), true, (l, comp) -> {
            KernelPlan.Param prm = values.param(l.param());
            return switch (l.category()) {
                case P -> GeneratedNames.local(prm.name()) + "[" + comp + "]";
                case I, J -> l.category() == plan.inner() ? tiled.packedAt(sum, l)
                        : GeneratedNames.local(prm.name()) + "[" + row + " * " + prm.dim() + " + " + comp + "]";
            };
        }, id -> values.scalarRef(id, q), values.isFloat());
    }
}
