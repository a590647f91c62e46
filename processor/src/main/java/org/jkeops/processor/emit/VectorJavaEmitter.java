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
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.UnaryOp;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Level;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.plan.Program;
import org.jkeops.processor.reduce.LaneRow;
import org.jkeops.processor.reduce.ReductionType;
import org.jkeops.processor.reduce.ScalarRow;
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
 * tail ({@code fold} from the merged state, {@code finalize}). This class spells the row kernels
 * and the values.
 */
public final class VectorJavaEmitter {
    /** Widths generated, widest first. */
    public static final int[] WIDTHS = {512, 256, 128};

    private final KernelPlan plan;
    private final ReductionType reduction;
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
    /** Rows per block, fusions and what is hoisted: decided before anything is spelled. */
    private final SimdSchedule schedule;
    /** The entry method and the signatures of the width classes' methods. */
    private final SimdEntry entry;
    /** Products folded into the FMA of their only user (an addition, or the SUM fold). */
    private final boolean[] fused;

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
        this.p = plan.precision();
        this.isFloat = p == Precision.FLOAT;
        this.t = p.javaType();
        this.vec = isFloat ? RuntimeTypes.FLOAT_VECTOR : RuntimeTypes.DOUBLE_VECTOR;
        ComponentSums sums = tiledAllowed ? ComponentSums.find(program, TILED_MIN_DIM) : null;
        if (sums != null && !sums.sums().isEmpty() && sums.remainderWork() <= TILED_MAX_REMAINDER) {
            this.live = sums.live();
            this.schedule = SimdSchedule.tiled(plan, sums);
        } else {
            this.live = Liveness.live(program);
            this.schedule = SimdSchedule.of(plan, live);
        }
        this.perRow = schedule.perRow();
        this.broadcast = schedule.broadcast();
        this.fused = schedule.fused();
        this.entry = new SimdEntry(plan, schedule);
    }

    /** {@code a.fma(b, addend)} for a fused product. */
    private String fma(int product, String addend, int q) {
        return switch (program.node(product).instr()) {
            case Instr.Bin b -> vectorRef(b.a(), q) + ".fma(" + vectorRef(b.b(), q) + ", " + addend + ")";
            case Instr.Un u -> vectorRef(u.a(), q) + ".fma(" + vectorRef(u.a(), q) + ", " + addend + ")";
            default -> throw new IllegalStateException("not a product: " + product);
        };
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
        if (usesFloat) {
            c.addField(com.palantir.javapoet.FieldSpec.builder(
                    ParameterizedTypeName.get(RuntimeTypes.VECTOR_SPECIES, ClassName.get(Float.class)), "FS",
                    Modifier.STATIC, Modifier.FINAL).initializer("$T.SPECIES_$L", RuntimeTypes.FLOAT_VECTOR, bits).build());
            c.addField(com.palantir.javapoet.FieldSpec.builder(
                    ParameterizedTypeName.get(RuntimeTypes.VECTOR_SPECIES, ClassName.get(Integer.class)), "FIS",
                    Modifier.STATIC, Modifier.FINAL).initializer("$T.SPECIES_$L", RuntimeTypes.INT_VECTOR, bits).build());
        }
        if (usesDouble) {
            c.addField(com.palantir.javapoet.FieldSpec.builder(
                    ParameterizedTypeName.get(RuntimeTypes.VECTOR_SPECIES, ClassName.get(Double.class)), "DS",
                    Modifier.STATIC, Modifier.FINAL).initializer("$T.SPECIES_$L", RuntimeTypes.DOUBLE_VECTOR, bits).build());
            c.addField(com.palantir.javapoet.FieldSpec.builder(
                    ParameterizedTypeName.get(RuntimeTypes.VECTOR_SPECIES, ClassName.get(Integer.class)), "DIS",
                    Modifier.STATIC, Modifier.FINAL).initializer("$T.SPECIES_$L", RuntimeTypes.INT_VECTOR, bits / 2).build());
        }
        c.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        return c;
    }

    // ---- structure ----------------------------------------------------------------------------

    String sp() {
        return isFloat ? "FS" : "DS";
    }

    KernelPlan plan() {
        return plan;
    }

    boolean isFloat() {
        return isFloat;
    }

    String t() {
        return t;
    }

    ClassName vec() {
        return vec;
    }

    boolean[] live() {
        return live;
    }

    boolean[] perRow() {
        return perRow;
    }

    boolean[] fused() {
        return fused;
    }

    private String isp() {
        return isFloat ? "FIS" : "DIS";
    }

    TypeName scalarType() {
        return isFloat ? TypeName.FLOAT : TypeName.DOUBLE;
    }

    private int dim() {
        return plan.formula().dim();
    }

    KernelPlan.Param param(int position) {
        return plan.params().get(position);
    }

    private static String column(int position, int component) {
        return "col" + position + "_" + component;
    }

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
        rb.addStatement("int r = r0");
        TiledBlock tiled = schedule.tiled() == null ? null : new TiledBlock(this, schedule, bits);
        if (tiled != null) {
            tiled.prelude(rb);
        }
        String packed = tiled == null ? "" : tiled.args();
        if (tiled != null) {
            tiled.chunksOpen(rb);
        }
        if (rowsPerBlock > 1) {
            rb.beginControlFlow("for (; r + $L <= r1; r += $L)", rowsPerBlock, rowsPerBlock);
            rb.addStatement("$L$L($L, st, ist$L)", fn, "Rows" + rowsPerBlock, entry.kernelArgs("r"), packed);
            rb.endControlFlow();
        }
        rb.beginControlFlow("for (; r < r1; r++)");
        rb.addStatement("$LRow($L, st, ist$L)", fn, entry.kernelArgs("r"), packed);
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
        m.addParameter(ArrayTypeName.of(TypeName.DOUBLE), "st").addParameter(ArrayTypeName.of(TypeName.INT), "ist");
        CodeBlock.Builder b = CodeBlock.builder();
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
        // Once per block: parameters, columns, broadcasts of parameter-level values.
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.level() == Level.PARAM && !inlineScalar(n)) {
                b.addStatement("final $L t$L = $L", t, n.id(), scalar(n.instr(), -1));
            }
        }
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.instr() instanceof Instr.Load l && l.category() == plan.inner()) {
                String col = column(l.param(), l.component());
                b.addStatement("final $T $L = $L[$L]", ArrayTypeName.of(scalarType()), col, SimdEntry.soa(param(l.param())),
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
                            scalar(n.instr(), q));
                }
            }
            for (Program.Node n : program.nodes()) {
                if (broadcast[n.id()] && perRow[n.id()]) {
                    b.addStatement("final $T b$L_$L = $T.broadcast($L, t$L_$L)", vec, n.id(), q, vec, sp(), n.id(), q);
                }
            }
        }
    }

    /** The unrolled loop: one vector of pairs at a time, every component spelled. */
    private void unrolledLoop(CodeBlock.Builder b, int rows) {
        for (int q = 0; q < rows; q++) {
            reduction.laneInit(b, laneRow(q));
        }
        if (reduction.usesLaneIndex()) {
            b.addStatement("final $T iota = $T.zero($L).addIndex(1)", RuntimeTypes.INT_VECTOR, RuntimeTypes.INT_VECTOR, isp());
        }
        b.addStatement("final int bound = js + $L.loopBound(je - js)", sp());
        if (!reduction.laneTiled()) {
            b.beginControlFlow("for (int j = js; j < bound; j += $L.length())", sp());
            pairs(b, rows);
            b.endControlFlow();
            return;
        }
        SpeculativeExp.tiles(b, SpeculativeExp.applies(program, live, isFloat, schedule.costs(), rows),
                speculative -> tile(b, rows, speculative), () -> {
                    for (int q = 0; q < rows; q++) {
                        reduction.laneTileEnd(b, laneRow(q));
                    }
                });
    }

    /** Whether Exp is spelled without its range handling, its arguments tracked ({@link SpeculativeExp}). */
    private boolean speculativeExp;

    /** One tile's partial sums declared and its loop over j, its Exps speculative or not. */
    private void tile(CodeBlock.Builder b, int rows, boolean speculative) {
        for (int q = 0; q < rows; q++) {
            reduction.laneTileInit(b, laneRow(q));
        }
        if (speculative) {
            SpeculativeExp.declareArgs(b);
        }
        b.beginControlFlow("for (int j = j0; j < j1; j += $L.length())", sp());
        speculativeExp = speculative;
        pairs(b, rows);
        speculativeExp = false;
        b.endControlFlow();
    }

    /** The body of the loop over j: one vector of pairs, every row's values and folds. */
    private void pairs(CodeBlock.Builder b, int rows) {
        if (reduction.usesLaneIndex()) {
            b.addStatement("final $T jv = iota.add(j)", RuntimeTypes.INT_VECTOR);
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
            reduction.laneFold(b, laneRow(q));
        }
    }

    /** After the loop: the lanes merged, the scalar state handed to the tail method. */
    private void footer(CodeBlock.Builder b, String name, int rows, String packed) {
        for (int q = 0; q < rows; q++) {
            reduction.laneMerge(b, laneRow(q));
        }
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
        StringBuilder buffers = new StringBuilder();
        for (Slot buffer : laneBuffers(rows)) {
            buffers.append(", ").append(buffer.name());
        }
        b.addStatement("$LTail($L, bound, st, ist$L$L)", name, entry.kernelArgs("r"), buffers, packed);
    }

    /** The scalar state of every row after the lane merge. */
    private List<Slot> scalarState(int rows) {
        List<Slot> state = new ArrayList<>();
        for (int q = 0; q < rows; q++) {
            state.addAll(reduction.scalarState(scalarRow(q)));
        }
        return state;
    }

    /** The rows' buffers the lanes and the tail share, passed to the tail method as they are. */
    private List<Slot> laneBuffers(int rows) {
        List<Slot> buffers = new ArrayList<>();
        for (int q = 0; q < rows; q++) {
            buffers.addAll(reduction.laneBuffers(scalarRow(q)));
        }
        return buffers;
    }

    /** The scalar tail (j from bound to cols) of R rows, then their outputs. */
    private MethodSpec tail(String name, int rows, TiledBlock tiled) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("Scalar tail and outputs of rows [r, r + $L), from the state the vector loop left.\n", rows);
        entry.kernelParams(m, false);
        m.addParameter(TypeName.INT, "bound")
                .addParameter(ArrayTypeName.of(TypeName.DOUBLE), "st")
                .addParameter(ArrayTypeName.of(TypeName.INT), "ist");
        for (Slot buffer : laneBuffers(rows)) {
            m.addParameter(buffer.type(), buffer.name());
        }
        if (tiled != null) {
            tiled.packedParams(m);
        }
        CodeBlock.Builder b = CodeBlock.builder();
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.level() == Level.PARAM && !inlineScalar(n)) {
                b.addStatement("final $L t$L = $L", t, n.id(), scalar(n.instr(), -1));
            }
        }
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.instr() instanceof Instr.Load l && l.category() == plan.inner()) {
                b.addStatement("final $T $L = $L[$L]", ArrayTypeName.of(scalarType()), column(l.param(), l.component()),
                        SimdEntry.soa(param(l.param())), l.component());
            }
        }
        for (int q = 0; q < rows; q++) {
            for (Program.Node n : program.nodes()) {
                if (live[n.id()] && n.level() == Level.OUTER && !inlineScalar(n)) {
                    b.addStatement("final $L t$L_$L = $L", t, n.id(), q,
                            scalar(n.instr(), q));
                }
            }
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
                b.addStatement("final $L u$L = $L", t, n.id(), scalar(n.instr(), -1));
            }
        }
        for (int q = 0; q < rows; q++) {
            for (Program.Node n : program.nodes()) {
                if (live[n.id()] && n.level() == Level.INNER && perRow[n.id()]) {
                    ComponentSums.Sum sum = schedule.tiled() == null ? null : schedule.tiled().at(n.id());
                    if (sum != null) {
                        tailSum(b, tiled, sum, q);
                    } else {
                        b.addStatement("final $L u$L_$L = $L", t, n.id(), q, scalar(n.instr(), q));
                    }
                }
            }
            reduction.scalarFold(b, scalarRow(q));
        }
        b.endControlFlow();
        for (int q = 0; q < rows; q++) {
            reduction.scalarFinish(b, scalarRow(q));
        }
        return m.addCode(b.build()).build();
    }

    /** A sum over components in the scalar tail: a loop over d, products fused like the lanes'; y packed. */
    private void tailSum(CodeBlock.Builder b, TiledBlock tiled, ComponentSums.Sum sum, int q) {
        String row = q == 0 ? "r" : "(r + " + q + ")";
        schedule.tiled().scalarLoop(b, sum, "u" + sum.root() + "_" + q, t, true, (l, comp) -> {
            KernelPlan.Param prm = param(l.param());
            return switch (l.category()) {
                case P -> GeneratedNames.local(prm.name()) + "[" + comp + "]";
                case I, J -> l.category() == plan.inner() ? tiled.packedAt(sum, l)
                        : GeneratedNames.local(prm.name()) + "[" + row + " * " + prm.dim() + " + " + comp + "]";
            };
        }, id -> scalarRef(id, q), isFloat);
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
            return ScalarJavaEmitter.literal(p, lit.value());
        }
        if (n.instr() instanceof Instr.Load l && param(l.param()).scalar()) {
            return GeneratedNames.local(param(l.param()).name());
        }
        String prefix = n.level() == Level.INNER ? "u" : "t";
        return prefix + id + (perRow[id] ? suffix(q) : "");
    }

    /** The vector name of a value for row q. */
    String vectorRef(int id, int q) {
        Program.Node n = program.node(id);
        String prefix = n.level() == Level.INNER ? "v" : "b";
        return prefix + id + (perRow[id] ? suffix(q) : "");
    }

    private CodeBlock scalar(Instr instr, int q) {
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
    void emitVector(CodeBlock.Builder b, Instr instr, String name, int q) {
        if (speculativeExp && instr instanceof Instr.Un u && u.op() == UnaryOp.EXP) {
            SpeculativeExp.track(b, vectorRef(u.a(), q));
            emitCode(b, VectorTranscendentals.expInRange(vectorRef(u.a(), q), name, isFloat, sp()), name,
                    "Exp(" + vectorRef(u.a(), q) + ") in range");
        } else if (instr instanceof Instr.Un u && VectorTranscendentals.handles(u.op())) {
            emitCode(b, VectorTranscendentals.unary(u.op(), vectorRef(u.a(), q), name, isFloat, sp()), name,
                    u.op().keopsName() + "(" + vectorRef(u.a(), q) + ")");
        } else if (instr instanceof Instr.Bin bin && VectorTranscendentals.handles(bin.op())) {
            emitCode(b, VectorTranscendentals.binary(bin.op(), vectorRef(bin.a(), q), vectorRef(bin.b(), q), name,
                    isFloat, sp()), name, bin.op().keopsName() + "(" + vectorRef(bin.a(), q) + ", " + vectorRef(bin.b(), q) + ")");
        } else {
            b.addStatement("final $T $L = $L", vec, name, vector(instr, q));
        }
    }

    /** Declares {@code name} as the result of inline code, after a comment saying what it computes. */
    private void emitCode(CodeBlock.Builder b, VectorTranscendentals.Code code, String name, String computes) {
        b.add("// $L = $L, inline (see VectorTranscendentals)\n", name, computes);
        for (CodeBlock st : code.statements()) {
            b.addStatement("$L", st);
        }
        b.addStatement("final $T $L = $L", vec, name, code.result());
    }

    private CodeBlock vector(Instr instr, int q) {
        java.util.function.IntFunction<String> ref = id -> vectorRef(id, q);
        return switch (instr) {
            case Instr.Load l -> CodeBlock.of("$T.fromArray($L, $L, j)", vec, sp(), column(l.param(), l.component()));
            case Instr.Literal lit -> throw new IllegalStateException("literals are never per-pair values");
            case Instr.Un u -> JavaSpelling.vector(u.op(), ref.apply(u.a()));
            case Instr.Bin bin when fused[bin.a()] -> CodeBlock.of("$L", fma(bin.a(), ref.apply(bin.b()), q));
            case Instr.Bin bin when fused[bin.b()] -> CodeBlock.of("$L", fma(bin.b(), ref.apply(bin.a()), q));
            case Instr.Bin bin -> JavaSpelling.vector(bin.op(), ref.apply(bin.a()), ref.apply(bin.b()));
            // Spelled in place, not through VectorMath: HotSpot does not always inline a helper
            // into a large kernel method, and a vector crossing a call that is not inlined is
            // boxed (an IfElse through a VectorMath helper ran 12 times slower than in place).
            case Instr.Select s -> CodeBlock.of("$L.blend($L, $L.compare($T.GE, 0))", ref.apply(s.otherwise()),
                    ref.apply(s.then()), ref.apply(s.cond()), RuntimeTypes.VECTOR_OPERATORS);
            case Instr.IfLess l -> CodeBlock.of("$L.blend($L, $L.lt($L))", ref.apply(l.otherwise()), ref.apply(l.then()),
                    ref.apply(l.a()), ref.apply(l.b()));
            case Instr.Clamp c -> CodeBlock.of("$L.max($L).min($L)", ref.apply(c.a()), ref.apply(c.low()), ref.apply(c.high()));
            case Instr.PowInt pw when Math.abs(pw.exponent()) <= 4 -> CodeBlock.of("$L", powChain(ref.apply(pw.a()), pw.exponent()));
            case Instr.PowInt pw -> CodeBlock.of("$T.powi($L, $L)", RuntimeTypes.VECTOR_MATH, ref.apply(pw.a()), pw.exponent());
            case Instr.RoundTo rt -> CodeBlock.of("$T.round($L, $L)", RuntimeTypes.VECTOR_MATH, ref.apply(rt.a()), rt.digits());
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

    private String rowBase(int q) {
        int w = plan.outputWidth();
        String row = q == 0 ? "r" : "(r + " + q + ")";
        return w == 1 ? row : row + " * " + w;
    }

    // ---- the reduction's dialects: lanes in the vector loop, scalar Java in the tail ----------

    /** Row q's scalar state, as the lane merge leaves it and the scalar tail continues it. */
    private ScalarRow scalarRow(int q) {
        return new ScalarRow(p, String.valueOf(q), program.formula().stream().map(id -> scalarRef(id, q)).toList(),
                program.weight().stream().map(id -> scalarRef(id, q)).toList(), "j", rowBase(q), true);
    }

    /** Row q of a register block, for the lane dialect. */
    LaneRow laneRow(int q) {
        List<Integer> f = program.formula();
        return new LaneRow(p, q, f.stream().map(id -> vectorRef(id, q)).toList(),
                program.weight().stream().map(id -> vectorRef(id, q)).toList(),
                (c, acc) -> fused[f.get(c)] ? fma(f.get(c), acc, q) : acc + ".add(" + vectorRef(f.get(c), q) + ")",
                (b, x, name) -> emitCode(b, VectorTranscendentals.unary(UnaryOp.EXP, x, name, isFloat, sp()), name,
                        "Exp(" + x + ")"),
                scalarRow(q));
    }
}
