package org.jkeops.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import org.jkeops.annotations.SumScheme;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Level;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.plan.Program;
import org.jkeops.processor.reduce.SumReduction;
import org.jkeops.processor.reduce.WideSum;

/**
 * The SIMD kernel of a SUM over a {@link WideOutput} (the gradient of a Gaussian, a kernel-weighted
 * mean of a D-wide variable, {@code x - y}, ... at D >= {@link WideOutput#MIN_DIM}): the lanes run
 * over the components rather than over j. Per pair, the per-pair part is computed once, its sums
 * over components ({@code SqDist}) as vector loops over d of the row-major data; then one vector
 * loop over c adds the component values to the row's sums, kept in an array (lane k of a vector
 * is component c + k, so each component is added in the order of j, exactly like the scalar
 * kernel's, in the same scheme). The code is a few loops whatever D: every method stays far below
 * HotSpot's 8,000-byte limit, and the j side is read as the caller passed it (no structure-of-arrays
 * copy). The entry splits rows over threads, parts of j over threads for few rows, and block-sparse
 * calls into chunks of a block, like {@link SimdEntry}.
 */
final class WideSimdKernel {
    private final KernelPlan plan;
    private final WideOutput wide;
    private final WideSum sum;
    private final Program program;
    private final ComponentSums sums;
    private final boolean[] live;
    private final boolean isFloat;
    private final String t;
    private final ClassName vec;
    /** Whether the loop over c is vectorized (cheap template, and not float32 into float64 sums). */
    private final boolean lanes;

    private WideSimdKernel(KernelPlan plan, WideOutput wide) {
        this.plan = plan;
        this.wide = wide;
        this.sum = wide.sum(plan);
        this.program = plan.program();
        Program values = wide.scalarPart(program);
        ComponentSums found = ComponentSums.find(values, ScalarJavaEmitter.LOOP_MIN_DIM);
        this.sums = found.sums().isEmpty() ? null : found;
        this.live = sums == null ? Liveness.live(values) : sums.live();
        this.isFloat = plan.precision() == Precision.FLOAT;
        this.t = plan.precision().javaType();
        this.vec = isFloat ? RuntimeTypes.FLOAT_VECTOR : RuntimeTypes.DOUBLE_VECTOR;
        this.lanes = wide.vectorizable(program) && !(isFloat && sum.scheme() == SumScheme.DOUBLE);
    }

    /** Emits the kernel if the plan is a wide SUM; false otherwise (the row-blocked kernel then). */
    static boolean emit(KernelPlan plan, TypeSpec.Builder kernels, List<TypeSpec.Builder> widthClasses) {
        WideOutput wide = WideOutput.of(plan);
        if (wide == null) {
            return false;
        }
        WideSimdKernel k = new WideSimdKernel(plan, wide);
        kernels.addMethod(k.entry());
        for (int w = 0; w < VectorJavaEmitter.WIDTHS.length; w++) {
            widthClasses.get(w).addMethod(k.rows(VectorJavaEmitter.WIDTHS[w]));
        }
        return true;
    }

    private TypeName scalarType() {
        return isFloat ? TypeName.FLOAT : TypeName.DOUBLE;
    }

    private String sp() {
        return isFloat ? "FS" : "DS";
    }

    private KernelPlan.Param param(int position) {
        return plan.params().get(position);
    }

    private List<KernelPlan.Param> variables() {
        return plan.params().stream().filter(prm -> prm.role() == KernelPlan.Role.VARIABLE).toList();
    }

    /** The kernel's variables as parameters, as the facade passes them (the entry's and the rows' alike). */
    private void variableParams(MethodSpec.Builder m) {
        TypeName scalar = scalarType();
        variables().forEach(prm -> m.addParameter(prm.scalar() ? scalar : ArrayTypeName.of(scalar),
                GeneratedNames.local(prm.name())));
    }

    private String call(int bits, String rows, String intervals, String out) {
        String args = Stream.concat(variables().stream().map(prm -> GeneratedNames.local(prm.name())),
                Stream.of(rows, intervals, out)).collect(Collectors.joining(", "));
        return "W" + bits + "." + plan.functionName() + "(" + args + ")";
    }

    // ---- the entry -----------------------------------------------------------------------------

    private MethodSpec entry() {
        TypeName scalar = scalarType();
        MethodSpec.Builder m = MethodSpec.methodBuilder(plan.functionName())
                .addModifiers(Modifier.STATIC)
                .addJavadoc("$L: $L over $L of $L, on the Vector API, lanes over the $L output components.\n",
                        plan.kernelName(), plan.reduction(), plan.inner() == Category.J ? "j" : "i",
                        plan.formulaDescription(), wide.dim())
                .addParameter(RuntimeTypes.KERNEL_RUNTIME, "runtime");
        variableParams(m);
        m.addParameter(TypeName.INT, "rows").addParameter(TypeName.INT, "cols")
                .addParameter(ArrayTypeName.of(scalar), "out");
        if (plan.blockSparse()) {
            m.addParameter(RuntimeTypes.RANGE_BLOCKS, "blocks");
        }
        CodeBlock.Builder b = CodeBlock.builder();
        b.addStatement("final int bits = $T.bits(runtime.vectorBits())", RuntimeTypes.SIMD_SUPPORT);
        if (plan.blockSparse()) {
            // Tasks are chunks of rows of one block; each sweeps its block's column intervals.
            b.beginControlFlow("if (blocks != null)");
            b.addStatement("final int[] sl = blocks.slices()");
            b.addStatement("final int[] iv = blocks.intervals()");
            b.addStatement("final int[] tasks = $T.blockTasks(blocks, runtime.threads(), 1)", RuntimeTypes.PARALLEL);
            b.addStatement("final int grain = $T.taskGrain(tasks.length / 3, blocks.pairs(), runtime.threads())",
                    RuntimeTypes.PARALLEL);
            b.add("runtime.parallelFor(tasks.length / 3, grain, (c0, c1) -> {\n").indent();
            b.beginControlFlow("for (int task = c0; task < c1; task++)");
            b.addStatement("final int c = tasks[3 * task]");
            switchOnBits(b, "tasks[3 * task + 1], tasks[3 * task + 2]", "iv, sl[c], sl[c + 1]", "out");
            b.endControlFlow();
            b.unindent().add("});\n");
            b.addStatement("return");
            b.endControlFlow();
        }
        b.addStatement("final int[] all = {0, cols}");
        if (plan.splittable()) {
            // Few rows and many columns: each thread sums all rows over its part of j.
            b.beginControlFlow("if ($T.splitColumns(rows, cols, runtime.threads(), 1))", RuntimeTypes.PARALLEL);
            b.addStatement("final int parts = runtime.threads()");
            b.addStatement("final $T[][] outParts = new $T[parts][out.length]", scalar, scalar);
            b.add("runtime.parallelFor(parts, 1, (p0, p1) -> {\n").indent();
            b.beginControlFlow("for (int part = p0; part < p1; part++)");
            b.addStatement("final int[] iv = {(int) ((long) part * cols / parts), (int) ((long) (part + 1) * cols / parts)}");
            switchOnBits(b, "0, rows", "iv, 0, 1", "outParts[part]");
            b.endControlFlow();
            b.unindent().add("});\n");
            b.addStatement("$T.sum(outParts, out)", RuntimeTypes.SPLIT_MERGE);
            b.addStatement("return");
            b.endControlFlow();
        }
        b.addStatement("final int grain = $T.grain(rows, cols, runtime.threads(), 1)", RuntimeTypes.PARALLEL);
        b.add("runtime.parallelFor(rows, grain, (r0, r1) -> {\n").indent();
        switchOnBits(b, "r0, r1", "all, 0, 1", "out");
        b.unindent().add("});\n");
        return m.addCode(b.build()).build();
    }

    private void switchOnBits(CodeBlock.Builder b, String rows, String intervals, String out) {
        SimdEntry.onWidth(b, bits -> b.addStatement("case $L -> $L", bits, call(bits, rows, intervals, out)));
    }

    // ---- the rows ------------------------------------------------------------------------------

    /** Rows [r0, r1) over the column intervals {@code iv[2k], iv[2k + 1]} for k in [k0, k1). */
    private MethodSpec rows(int bits) {
        TypeName scalar = scalarType();
        MethodSpec.Builder m = MethodSpec.methodBuilder(plan.functionName()).addModifiers(Modifier.STATIC)
                .addJavadoc("Rows [r0, r1) over the column intervals [iv[2k], iv[2k + 1]), k0 <= k < k1.\n");
        variableParams(m);
        m.addParameter(TypeName.INT, "r0").addParameter(TypeName.INT, "r1")
                .addParameter(ArrayTypeName.of(TypeName.INT), "iv").addParameter(TypeName.INT, "k0")
                .addParameter(TypeName.INT, "k1").addParameter(ArrayTypeName.of(scalar), "out");
        int lanesPerVector = bits / (isFloat ? 32 : 64);
        CodeBlock.Builder b = CodeBlock.builder();
        sum.buffers(b);
        values(b, Level.PARAM, lanesPerVector);
        b.beginControlFlow("for (int r = r0; r < r1; r++)");
        values(b, Level.OUTER, lanesPerVector);
        sum.init(b);
        b.beginControlFlow("for (int k = k0; k < k1; k++)");
        b.addStatement("final int js = iv[2 * k]");
        b.addStatement("final int je = iv[2 * k + 1]");
        boolean blocked = sum.scheme() == SumScheme.BLOCK;
        if (blocked) {
            b.beginControlFlow("for (int s0 = js; s0 < je; s0 += $L)", SumReduction.BLOCK);
            b.addStatement("final int s1 = Math.min(je, s0 + $L)", SumReduction.BLOCK);
            sum.blockInit(b);
            b.beginControlFlow("for (int s = s0; s < s1; s++)");
        } else {
            b.beginControlFlow("for (int s = js; s < je; s++)");
        }
        values(b, Level.INNER, lanesPerVector);
        fold(b, lanesPerVector);
        b.endControlFlow();
        if (blocked) {
            sum.blockEnd(b);
            b.endControlFlow();
        }
        b.endControlFlow();
        sum.finish(b, "r * " + wide.dim());
        b.endControlFlow();
        return m.addCode(b.build()).build();
    }

    /** The per-pair part's values of a level, as scalars; sums over components as vector loops over d. */
    private void values(CodeBlock.Builder b, Level level, int lanesPerVector) {
        for (Program.Node n : program.nodes()) {
            if (n.level() != level || !live[n.id()] || ScalarJavaEmitter.inline(plan, n)) {
                continue;
            }
            ComponentSums.Sum s = sums == null ? null : sums.at(n.id());
            if (s != null) {
                vectorSum(b, s, "t" + n.id(), lanesPerVector);
                continue;
            }
            b.addStatement("final $L t$L = $L", t, n.id(),
                    ScalarJavaEmitter.spell(n.instr(), this::ref, l -> load(l, Integer.toString(l.component())), isFloat));
        }
    }

    /** A sum over components: lanes over d up to the last whole vector, then the remaining components. */
    private void vectorSum(CodeBlock.Builder b, ComponentSums.Sum s, String name, int lanesPerVector) {
        int bound = s.dim() - s.dim() % lanesPerVector;
        IntFunction<CodeBlock> inv = id -> CodeBlock.of("($L)", broadcast(id));
        b.addStatement("$T $Lv = $T.zero($L)", vec, name, vec, sp());
        b.beginControlFlow("for (int d = 0; d < $L; d += $L)", bound, lanesPerVector);
        CodeBlock top = vectorTerm(b, s.term(), s.invariants(), "d", inv, name + "v");
        b.addStatement("$Lv = $L", name, top);
        b.endControlFlow();
        b.addStatement("$L $L = $Lv.reduceLanes($T.ADD)", t, name, name, RuntimeTypes.VECTOR_OPERATORS);
        if (bound == s.dim()) {
            return;
        }
        b.beginControlFlow("for (int d = $L; d < $L; d++)", bound, s.dim());
        CodeBlock value = ComponentSums.scalarTerm(b, program, s.term(), s.invariants(), t, "d", this::load, this::ref,
                isFloat);
        b.addStatement("$L += $L", name, value);
        b.endControlFlow();
    }

    /**
     * Declares the vector values of template nodes at component {@code index} ({@code f<id>}).
     * With {@code accumulator}, the top node is returned as the accumulator plus it (a product fused
     * into an FMA); otherwise as its name.
     */
    private CodeBlock vectorTerm(CodeBlock.Builder b, List<Integer> term, java.util.Set<Integer> invariants, String index,
            IntFunction<CodeBlock> invariant, String accumulator) {
        IntFunction<CodeBlock> ref = id -> invariants.contains(id) ? invariant.apply(id) : CodeBlock.of("f$L", id);
        int top = term.get(term.size() - 1);
        for (int id : term) {
            Instr instr = program.node(id).instr();
            if (id == top && accumulator != null && ComponentSums.isProduct(instr)) {
                List<Integer> xy = ComponentSums.factors(instr);
                return CodeBlock.of("$L.fma($L, $L)", ref.apply(xy.get(0)), ref.apply(xy.get(1)), accumulator);
            }
            CodeBlock value = switch (instr) {
                case Instr.Load l -> CodeBlock.of("$T.fromArray($L, $L, $L)", vec, sp(),
                        GeneratedNames.local(param(l.param()).name()), base(l) + ComponentSums.at(l, index));
                case Instr.Un u -> JavaSpelling.vector(u.op(), ref.apply(u.a()));
                case Instr.Bin bin -> JavaSpelling.vector(bin.op(), ref.apply(bin.a()), ref.apply(bin.b()));
                default -> throw new IllegalStateException("not a lane operation: " + instr);
            };
            b.addStatement("final $T f$L = $L", vec, id, value);
        }
        return accumulator == null ? CodeBlock.of("f$L", top) : CodeBlock.of("$L.add(f$L)", accumulator, top);
    }

    /** Per pair: the components' values added to the row's sums, in lanes up to the last whole vector. */
    private void fold(CodeBlock.Builder b, int lanesPerVector) {
        int dim = wide.dim();
        int bound = lanes ? dim - dim % lanesPerVector : 0;
        java.util.function.Function<String, String> scalarTerm = c -> wide.scalarTerm(b, program, t, c, this::load,
                this::ref, isFloat);
        if (bound > 0) {
            // The per-pair and per-row invariants broadcast once per pair, before the lanes' loop.
            for (int id : new java.util.TreeSet<>(wide.invariants())) {
                if (!(program.node(id).instr() instanceof Instr.Literal)) {
                    b.addStatement("final $T w$L = $L", vec, id, broadcast(id));
                }
            }
            IntFunction<CodeBlock> inv = id -> program.node(id).instr() instanceof Instr.Literal
                    ? CodeBlock.of("($L)", broadcast(id)) : CodeBlock.of("w$L", id);
            b.beginControlFlow("for (int oc = 0; oc < $L; oc += $L)", bound, lanesPerVector);
            CodeBlock v = vectorTerm(b, wide.term(), wide.invariants(), "oc", inv, null);
            sum.laneFold(b, vec, sp(), v);
            b.endControlFlow();
        }
        if (bound < dim) {
            sum.fold(b, Integer.toString(bound), scalarTerm);
        }
    }

    // ---- spelling ------------------------------------------------------------------------------

    private String ref(int id) {
        return ScalarJavaEmitter.ref(plan, id);
    }

    /** The scalar value of node {@code id} in every lane. */
    private CodeBlock broadcast(int id) {
        return CodeBlock.of("$T.broadcast($L, $L)", vec, sp(), ref(id));
    }

    /** The first element of a load's row, followed by " + " (empty for parameters). */
    private String base(Instr.Load l) {
        KernelPlan.Param prm = param(l.param());
        if (l.category() == Category.P) {
            return "";
        }
        String row = l.category() == plan.outer() ? "r" : "s";
        return (prm.dim() == 1 ? row : row + " * " + prm.dim()) + " + ";
    }

    /** A component load at the component {@code component} spells. */
    private String load(Instr.Load l, String component) {
        return ScalarJavaEmitter.load(plan, l, component);
    }
}
