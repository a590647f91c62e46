package org.jkeops.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.Printer;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Level;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.plan.Program;
import org.jkeops.processor.reduce.ReductionType;
import org.jkeops.processor.reduce.ScalarRow;
import org.jkeops.processor.reduce.SumReduction;
import org.jkeops.processor.reduce.WideSum;

/**
 * Emits the scalar Java kernel of one {@link KernelPlan}: a static method computing output rows
 * {@code [0, rows)}, one plain loop over the reduced index. Loop-invariant values are hoisted by
 * {@link Level}. This is the reference path, so it favours clarity: every reduction is spelled
 * out as its {@code init} (before the inner loop), {@code fold} (per pair) and {@code finalize}
 * (writing the outputs); {@code merge} is not needed by a single sequential pass.
 */
public final class ScalarJavaEmitter {
    private final KernelPlan plan;
    private final Program program;
    private final Precision p;
    private final boolean isFloat;
    private final String t;
    private final boolean[] live;
    /** Sums over many components, spelled as loops over d rather than unrolled (or null). */
    private final ComponentSums sums;
    /** The output components as one template over c (a wide SUM), or null: then D folds are spelled. */
    private final WideOutput wide;

    /**
     * Sums over this many components or more are loops: unrolled, a D = 256 kernel fell off
     * HotSpot's 8,000-byte JIT limit and D = 784 off javac's 64 KiB method limit.
     */
    static final int LOOP_MIN_DIM = 64;

    private ScalarJavaEmitter(KernelPlan plan) {
        this.plan = plan;
        this.program = plan.program();
        this.p = plan.precision();
        this.isFloat = p == Precision.FLOAT;
        this.t = p.javaType();
        this.wide = WideOutput.of(plan);
        // A wide output's components are spelled in its loop over c: only its invariants are values.
        Program values = wide == null ? program : wide.scalarPart(program);
        ComponentSums found = ComponentSums.find(values, LOOP_MIN_DIM, true, true);
        this.sums = found.isEmpty() ? null : found;
        this.live = sums == null ? Liveness.live(values) : sums.live();
    }

    /** The kernel method; its parameters are the formula variables, row counts, then outputs. */
    public static MethodSpec emit(KernelPlan plan) {
        return new ScalarJavaEmitter(plan).method();
    }

    /**
     * Arguments of the kernel method, in order: the facade's names of the variables, then the
     * expressions given for the row counts and the outputs (a mutable list, for the caller to extend).
     */
    public static List<String> arguments(KernelPlan plan, String rows, String cols, String out, String outIndex) {
        List<String> names = new java.util.ArrayList<>();
        for (KernelPlan.Param prm : plan.params()) {
            if (prm.role() == KernelPlan.Role.VARIABLE) {
                names.add(KernelsEmitter.kernelArgument(prm));
            }
        }
        names.addAll(List.of(rows, cols));
        if (plan.hasValues()) {
            names.add(out);
        }
        if (plan.hasIndices()) {
            names.add(outIndex);
        }
        return names;
    }

    private MethodSpec method() {
        TypeName scalar = isFloat ? TypeName.FLOAT : TypeName.DOUBLE;
        MethodSpec.Builder m = MethodSpec.methodBuilder(plan.functionName())
                .addModifiers(Modifier.STATIC)
                .addJavadoc("$L: $L over $L of $L$L.\n", plan.kernelName(), plan.reduction(),
                        plan.inner() == Category.J ? "j" : "i", plan.formulaDescription(),
                        plan.weight() == null ? "" : ", weight " + Printer.print(plan.weight()));
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
        boolean ranges = plan.blockSparse();
        if (ranges) {
            m.addParameter(RuntimeTypes.RANGE_BLOCKS, "blocks");
        }
        CodeBlock.Builder b = CodeBlock.builder();
        ReductionType reduction = plan.reductionType();
        Steps row = steps(reduction);
        values(b, Level.PARAM);
        row.buffers().accept(b);
        String js = "0";
        String je = "cols";
        if (ranges) {
            // Every row lies in one block (gaps are blocks without intervals: neutral outputs).
            b.addStatement("final int[] bnd = blocks.bounds()");
            b.addStatement("final int[] sl = blocks.slices()");
            b.addStatement("final int[] iv = blocks.intervals()");
            b.beginControlFlow("for (int c = 0; c < blocks.blocks(); c++)");
            b.beginControlFlow("for (int r = bnd[c]; r < bnd[c + 1]; r++)");
        } else {
            b.beginControlFlow("for (int r = 0; r < rows; r++)");
        }
        values(b, Level.OUTER);
        row.init().accept(b);
        if (ranges) {
            b.beginControlFlow("for (int k = sl[c]; k < sl[c + 1]; k++)");
            b.addStatement("final int js = iv[2 * k]");
            b.addStatement("final int je = iv[2 * k + 1]");
            js = "js";
            je = "je";
        }
        boolean blocked = reduction.blocked();
        if (blocked) {
            b.beginControlFlow("for (int s0 = $L; s0 < $L; s0 += $L)", js, je, SumReduction.BLOCK);
            b.addStatement("final int s1 = Math.min($L, s0 + $L)", je, SumReduction.BLOCK);
            row.blockInit().accept(b);
            b.beginControlFlow("for (int s = s0; s < s1; s++)");
        } else {
            b.beginControlFlow("for (int s = $L; s < $L; s++)", js, je);
        }
        values(b, Level.INNER);
        row.fold().accept(b);
        b.endControlFlow();
        if (blocked) {
            row.blockEnd().accept(b);
            b.endControlFlow();
        }
        if (ranges) {
            b.endControlFlow();
        }
        row.finish().accept(b);
        b.endControlFlow();
        if (ranges) {
            b.endControlFlow();
        }
        return m.addCode(b.build()).build();
    }

    // ---- values --------------------------------------------------------------------------------

    private void values(CodeBlock.Builder b, Level level) {
        for (Program.Node n : program.nodes()) {
            if (n.level() != level || !live[n.id()] || inline(plan, n)) {
                continue;
            }
            ComponentSums.Sum sum = sums == null ? null : sums.at(n.id());
            if (sum != null) {
                sums.scalarLoop(b, sum, "t" + n.id(), t, false, this::load, this::ref, isFloat);
                continue;
            }
            b.addStatement("final $L t$L = $L", t, n.id(), spell(n.instr()));
        }
    }

    /**
     * Literals and scalar parameters are spelled in place ({@link #ref}) rather than given a
     * temporary; shared with the SIMD kernels.
     */
    static boolean inline(KernelPlan plan, Program.Node n) {
        return n.instr() instanceof Instr.Literal
                || (n.instr() instanceof Instr.Load l && plan.params().get(l.param()).scalar());
    }

    private String ref(int id) {
        return ref(plan, id);
    }

    /**
     * The scalar name of a value: literals and scalar parameters inline, the others {@code t<id>};
     * shared with the SIMD kernels' scalar values and the wide SIMD kernel, whose per-pair values
     * are the same scalars.
     */
    static String ref(KernelPlan plan, int id) {
        Program.Node n = plan.program().node(id);
        if (n.instr() instanceof Instr.Literal lit) {
            return literal(plan.precision(), lit.value());
        }
        if (n.instr() instanceof Instr.Load l && plan.params().get(l.param()).scalar()) {
            return GeneratedNames.local(plan.params().get(l.param()).name());
        }
        return "t" + id;
    }

    /** A literal as an operand: in parentheses when negative (also -0.0), so that {@code x - (-1.0)} parses. */
    static String literal(Precision p, double value) {
        String s = p.literal(value);
        return value < 0 || (value == 0 && 1 / value < 0) ? "(" + s + ")" : s;
    }

    private CodeBlock spell(Instr instr) {
        return spell(instr, this::ref, this::load, isFloat);
    }

    private String load(Instr.Load l) {
        return load(l, Integer.toString(l.component()));
    }

    private String load(Instr.Load l, String component) {
        return load(plan, l, component);
    }

    /** A component load, at the component {@code component} spells (a number, or an expression of d or c). */
    static String load(KernelPlan plan, Instr.Load l, String component) {
        KernelPlan.Param prm = plan.params().get(l.param());
        String name = GeneratedNames.local(prm.name());
        if (l.category() == Category.P) {
            return name + "[" + component + "]";
        }
        String row = l.category() == plan.outer() ? "r" : "s";
        return name + "[" + (prm.dim() == 1 ? row : row + " * " + prm.dim())
                + (component.equals("0") ? "" : " + " + component) + "]";
    }

    /**
     * The scalar Java expression of an instruction, given how to spell operands and loads; shared
     * with the SIMD emitter's scalar tail so both paths compute the same thing.
     */
    static CodeBlock spell(Instr instr, java.util.function.IntFunction<String> ref,
            java.util.function.Function<Instr.Load, String> load, boolean isFloat) {
        return switch (instr) {
            case Instr.Load l -> CodeBlock.of("$L", load.apply(l));
            case Instr.Literal lit -> CodeBlock.of("$L", (isFloat ? Precision.FLOAT : Precision.DOUBLE).literal(lit.value()));
            case Instr.Un u -> JavaSpelling.unary(u.op(), ref.apply(u.a()), isFloat);
            case Instr.Bin bin -> JavaSpelling.binary(bin.op(), ref.apply(bin.a()), ref.apply(bin.b()), isFloat);
            case Instr.Select s -> CodeBlock.of("$L >= 0 ? $L : $L", ref.apply(s.cond()), ref.apply(s.then()),
                    ref.apply(s.otherwise()));
            case Instr.IfLess l -> CodeBlock.of("$L < $L ? $L : $L", ref.apply(l.a()), ref.apply(l.b()),
                    ref.apply(l.then()), ref.apply(l.otherwise()));
            case Instr.Clamp c -> CodeBlock.of("$T.clamp($L, $L, $L)", RuntimeTypes.SCALAR_MATH, ref.apply(c.a()),
                    ref.apply(c.low()), ref.apply(c.high()));
            case Instr.PowInt pw -> CodeBlock.of("$T.powi($L, $L)", RuntimeTypes.SCALAR_MATH, ref.apply(pw.a()),
                    pw.exponent());
            case Instr.RoundTo rt -> CodeBlock.of("$T.round($L, $L)", RuntimeTypes.SCALAR_MATH, ref.apply(rt.a()),
                    rt.digits());
        };
    }

    // ---- the reduction's scalar dialect --------------------------------------------------------

    /** The reduction's steps for the current row, each writing into the builder it is given. */
    private record Steps(Consumer<CodeBlock.Builder> buffers, Consumer<CodeBlock.Builder> init,
            Consumer<CodeBlock.Builder> blockInit, Consumer<CodeBlock.Builder> fold,
            Consumer<CodeBlock.Builder> blockEnd, Consumer<CodeBlock.Builder> finish) {
    }

    /** The steps per component (the reduction's scalar dialect) or looped over a wide output. */
    private Steps steps(ReductionType r) {
        if (wide == null) {
            ScalarRow row = row();
            return new Steps(b -> r.scalarBuffers(b, row), b -> r.scalarInit(b, row), b -> r.scalarBlockInit(b, row),
                    b -> r.scalarFold(b, row), b -> r.scalarBlockEnd(b, row), b -> r.scalarFinish(b, row));
        }
        WideSum sum = wide.sum(plan);
        return new Steps(sum::buffers, sum::init, sum::blockInit,
                b -> sum.fold(b, "0", c -> wide.scalarTerm(b, program, t, c, this::load, this::ref, isFloat)),
                sum::blockEnd, b -> sum.finish(b, "r * " + wide.dim()));
    }

    /** The reduction's view of the row: its values, weights and where its outputs go. */
    private ScalarRow row() {
        int width = plan.outputWidth();
        return new ScalarRow(p, "", program.formula().stream().map(this::ref).toList(),
                program.weight().stream().map(this::ref).toList(), "s", width == 1 ? "r" : "r * " + width, false);
    }
}
