package org.jkeops.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.Printer;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Level;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.plan.Program;

/**
 * Emits the scalar Java kernel of one {@link KernelPlan}: a static method computing output rows
 * {@code [0, rows)}, one plain loop over the reduced index. Loop-invariant values are hoisted by
 * {@link Level}. This is the reference path, so it favours clarity: every reduction is spelled
 * out as its {@code init} (before the inner loop), {@code fold} (per pair) and {@code finalize}
 * (writing the outputs); {@code merge} is not needed by a single sequential pass.
 */
public final class ScalarJavaEmitter {
    /** Block size of the BLOCK sum scheme: partial sums over this many pairs. */
    public static final int SUM_BLOCK = 256;

    static final ClassName SCALAR_MATH = ClassName.get("org.jkeops.runtime", "ScalarMath");
    static final ClassName K_SMALLEST = ClassName.get("org.jkeops.runtime", "KSmallest");

    private final KernelPlan plan;
    private final Program program;
    private final Precision p;
    private final boolean isFloat;
    private final String t;
    private final boolean[] live;

    private ScalarJavaEmitter(KernelPlan plan) {
        this.plan = plan;
        this.program = plan.program();
        this.p = plan.precision();
        this.isFloat = p == Precision.FLOAT;
        this.t = p.javaType();
        this.live = Liveness.live(program);
    }

    /** The kernel method; its parameters are the formula variables, row counts, then outputs. */
    public static MethodSpec emit(KernelPlan plan) {
        return new ScalarJavaEmitter(plan).method();
    }

    /** Arguments of the kernel method, in order, as the facade names them. */
    public static List<String> argumentNames(KernelPlan plan) {
        List<String> names = new java.util.ArrayList<>();
        for (KernelPlan.Param prm : plan.params()) {
            if (prm.role() == KernelPlan.Role.VARIABLE) {
                names.add(KernelsEmitter.kernelArgument(prm));
            }
        }
        names.add("rows");
        names.add("cols");
        if (plan.hasValues()) {
            names.add("out");
        }
        if (plan.hasIndices()) {
            names.add("outIndex");
        }
        return names;
    }

    private MethodSpec method() {
        TypeName scalar = isFloat ? TypeName.FLOAT : TypeName.DOUBLE;
        MethodSpec.Builder m = MethodSpec.methodBuilder(plan.functionName())
                .addModifiers(Modifier.STATIC)
                .addJavadoc("$L: $L over $L of $L$L.\n", plan.kernelName(), plan.reduction(),
                        plan.inner() == Category.J ? "j" : "i", Printer.print(plan.formula()),
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
            m.addParameter(KernelsEmitter.RANGE_BLOCKS, "blocks");
        }
        CodeBlock.Builder b = CodeBlock.builder();
        values(b, Level.PARAM);
        perCallState(b);
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
        init(b);
        if (ranges) {
            b.beginControlFlow("for (int k = sl[c]; k < sl[c + 1]; k++)");
            b.addStatement("final int js = iv[2 * k]");
            b.addStatement("final int je = iv[2 * k + 1]");
            js = "js";
            je = "je";
        }
        boolean blocked = plan.reduction() == org.jkeops.annotations.Reduction.SUM
                && plan.sum() == org.jkeops.annotations.SumScheme.BLOCK;
        if (blocked) {
            b.beginControlFlow("for (int s0 = $L; s0 < $L; s0 += $L)", js, je, SUM_BLOCK);
            b.addStatement("final int s1 = Math.min($L, s0 + $L)", je, SUM_BLOCK);
            for (int c = 0; c < plan.formula().dim(); c++) {
                b.addStatement("$L blk$L = 0", t, c);
            }
            b.beginControlFlow("for (int s = s0; s < s1; s++)");
        } else {
            b.beginControlFlow("for (int s = $L; s < $L; s++)", js, je);
        }
        values(b, Level.INNER);
        fold(b);
        b.endControlFlow();
        if (blocked) {
            for (int c = 0; c < plan.formula().dim(); c++) {
                b.addStatement("acc$L += blk$L", c, c);
            }
            b.endControlFlow();
        }
        if (ranges) {
            b.endControlFlow();
        }
        finish(b);
        b.endControlFlow();
        if (ranges) {
            b.endControlFlow();
        }
        return m.addCode(b.build()).build();
    }

    // ---- values --------------------------------------------------------------------------------

    private void values(CodeBlock.Builder b, Level level) {
        for (Program.Node n : program.nodes()) {
            if (n.level() != level || !live[n.id()] || inline(n)) {
                continue;
            }
            b.addStatement("final $L t$L = $L", t, n.id(), withImports(spell(n.instr())));
        }
    }

    /** Literals and scalar parameters are spelled in place rather than given a temporary. */
    private boolean inline(Program.Node n) {
        return n.instr() instanceof Instr.Literal
                || (n.instr() instanceof Instr.Load l && param(l.param()).scalar());
    }

    private KernelPlan.Param param(int position) {
        return plan.params().get(position);
    }

    private String ref(int id) {
        Program.Node n = program.node(id);
        if (n.instr() instanceof Instr.Literal lit) {
            String s = p.literal(lit.value());
            return lit.value() < 0 || (lit.value() == 0 && 1 / lit.value() < 0) ? "(" + s + ")" : s;
        }
        if (n.instr() instanceof Instr.Load l && param(l.param()).scalar()) {
            return GeneratedNames.local(param(l.param()).name());
        }
        return "t" + id;
    }

    private String spell(Instr instr) {
        return spell(instr, this::ref, this::load, isFloat);
    }

    private String load(Instr.Load l) {
        KernelPlan.Param prm = param(l.param());
        String name = GeneratedNames.local(prm.name());
        if (l.category() == Category.P) {
            return name + "[" + l.component() + "]";
        }
        String row = l.category() == plan.outer() ? "r" : "s";
        return name + "[" + (prm.dim() == 1 ? row : row + " * " + prm.dim())
                + (l.component() == 0 ? "" : " + " + l.component()) + "]";
    }

    /**
     * The scalar Java expression of an instruction, given how to spell operands and loads; shared
     * with the SIMD emitter's scalar tail so both paths compute the same thing.
     */
    static String spell(Instr instr, java.util.function.IntFunction<String> ref,
            java.util.function.Function<Instr.Load, String> load, boolean isFloat) {
        return switch (instr) {
            case Instr.Load l -> load.apply(l);
            case Instr.Literal lit -> (isFloat ? Precision.FLOAT : Precision.DOUBLE).literal(lit.value());
            case Instr.Un u -> u.op().java(ref.apply(u.a()), isFloat);
            case Instr.Bin bin -> bin.op().java(ref.apply(bin.a()), ref.apply(bin.b()), isFloat);
            case Instr.Select s -> ref.apply(s.cond()) + " >= 0 ? " + ref.apply(s.then()) + " : " + ref.apply(s.otherwise());
            case Instr.IfLess l -> ref.apply(l.a()) + " < " + ref.apply(l.b()) + " ? " + ref.apply(l.then())
                    + " : " + ref.apply(l.otherwise());
            case Instr.Clamp c -> "ScalarMath.clamp(" + ref.apply(c.a()) + ", " + ref.apply(c.low()) + ", "
                    + ref.apply(c.high()) + ")";
            case Instr.PowInt pw -> "ScalarMath.powi(" + ref.apply(pw.a()) + ", " + pw.exponent() + ")";
            case Instr.RoundTo rt -> "ScalarMath.round(" + ref.apply(rt.a()) + ", " + rt.digits() + ")";
        };
    }

    /**
     * Turns the helper classes named in a spelling ({@code ScalarMath.}, {@code VectorMath.},
     * {@code VectorOperators.}) into type references, so the generated file imports them.
     */
    static CodeBlock withImports(String spelled) {
        java.util.regex.Matcher m = HELPERS.matcher(spelled);
        CodeBlock.Builder c = CodeBlock.builder();
        int last = 0;
        while (m.find()) {
            c.add("$L", spelled.substring(last, m.start()));
            c.add("$T.", switch (m.group(1)) {
                case "ScalarMath" -> SCALAR_MATH;
                case "VectorMath" -> VECTOR_MATH;
                default -> VECTOR_OPERATORS;
            });
            last = m.end();
        }
        c.add("$L", spelled.substring(last));
        return c.build();
    }

    private static final java.util.regex.Pattern HELPERS =
            java.util.regex.Pattern.compile("\\b(ScalarMath|VectorMath|VectorOperators)\\.");
    static final ClassName VECTOR_MATH = ClassName.get("org.jkeops.cpu", "VectorMath");
    static final ClassName VECTOR_OPERATORS = ClassName.get("jdk.incubator.vector", "VectorOperators");

    // ---- reductions: init, fold, finalize --------------------------------------------------------

    private String inf(boolean positive) {
        return p.boxName() + (positive ? ".POSITIVE_INFINITY" : ".NEGATIVE_INFINITY");
    }

    private String exp(String x) {
        return isFloat ? "(float) Math.exp(" + x + ")" : "Math.exp(" + x + ")";
    }

    private String log(String x) {
        return isFloat ? "(float) Math.log(" + x + ")" : "Math.log(" + x + ")";
    }

    private int dim() {
        return plan.formula().dim();
    }

    /** State allocated once per call (the K reductions' sorted buffers). */
    private void perCallState(CodeBlock.Builder b) {
        switch (plan.reduction()) {
            case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN -> {
                b.addStatement("final $L[] kv = new $L[$L]", t, t, plan.k() * dim());
                b.addStatement("final int[] ki = new int[$L]", plan.k() * dim());
                b.addStatement("final int[] kn = new int[$L]", dim());
            }
            case SUM, MIN, MAX, ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX, LOG_SUM_EXP,
                    SUM_SOFTMAX_WEIGHT -> {
            }
        }
    }

    private void init(CodeBlock.Builder b) {
        int d = dim();
        switch (plan.reduction()) {
            case SUM -> {
                for (int c = 0; c < d; c++) {
                    b.addStatement("$L acc$L = 0", plan.sum() == org.jkeops.annotations.SumScheme.DOUBLE ? "double" : t, c);
                    if (plan.sum() == org.jkeops.annotations.SumScheme.KAHAN) {
                        b.addStatement("$L cmp$L = 0", t, c);
                    }
                }
            }
            case MIN, MAX -> {
                for (int c = 0; c < d; c++) {
                    b.addStatement("$L acc$L = $L", t, c, inf(plan.reduction() == org.jkeops.annotations.Reduction.MIN));
                }
            }
            case ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX -> {
                boolean min = plan.reduction() == org.jkeops.annotations.Reduction.ARG_MIN
                        || plan.reduction() == org.jkeops.annotations.Reduction.MIN_ARG_MIN;
                for (int c = 0; c < d; c++) {
                    b.addStatement("$L acc$L = $L", t, c, inf(min));
                    b.addStatement("int idx$L = -1", c);
                }
            }
            case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN -> b.addStatement("$T.reset(kv, ki, kn)", K_SMALLEST);
            case LOG_SUM_EXP, SUM_SOFTMAX_WEIGHT -> {
                b.addStatement("$L mx = $L", t, inf(false));
                if (plan.reduction() == org.jkeops.annotations.Reduction.SUM_SOFTMAX_WEIGHT) {
                    b.addStatement("$L sw = 0", t);
                }
                for (int c = 0; c < plan.outputWidth(); c++) {
                    b.addStatement("$L se$L = 0", t, c);
                }
            }
        }
    }

    private void fold(CodeBlock.Builder b) {
        List<Integer> f = program.formula();
        switch (plan.reduction()) {
            case SUM -> {
                for (int c = 0; c < f.size(); c++) {
                    String v = ref(f.get(c));
                    switch (plan.sum()) {
                        case BLOCK -> b.addStatement("blk$L += $L", c, v);
                        case DIRECT, DOUBLE -> b.addStatement("acc$L += $L", c, v);
                        case KAHAN -> {
                            b.addStatement("final $L ky$L = $L - cmp$L", t, c, v, c);
                            b.addStatement("final $L kt$L = acc$L + ky$L", t, c, c, c);
                            // an infinite running sum has no rounding error to carry: (inf - acc) - ky
                            // would be NaN or inf and poison every later term
                            b.addStatement("cmp$L = $L.isFinite(kt$L) ? (kt$L - acc$L) - ky$L : 0", c, isFloat ? "Float" : "Double", c, c, c, c);
                            b.addStatement("acc$L = kt$L", c, c);
                        }
                        case AUTO -> throw new IllegalStateException("unresolved sum scheme");
                    }
                }
            }
            case MIN, MAX -> {
                String cmp = plan.reduction() == org.jkeops.annotations.Reduction.MIN ? "<" : ">";
                for (int c = 0; c < f.size(); c++) {
                    String v = ref(f.get(c));
                    b.beginControlFlow("if ($L $L acc$L)", v, cmp, c);
                    b.addStatement("acc$L = $L", c, v);
                    b.endControlFlow();
                }
            }
            case ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX -> {
                boolean min = plan.reduction() == org.jkeops.annotations.Reduction.ARG_MIN
                        || plan.reduction() == org.jkeops.annotations.Reduction.MIN_ARG_MIN;
                for (int c = 0; c < f.size(); c++) {
                    String v = ref(f.get(c));
                    // The first non-NaN value is taken even if it equals the neutral value.
                    b.beginControlFlow("if ($L $L acc$L || (idx$L < 0 && $L == $L))", v, min ? "<" : ">", c, c, v, v);
                    b.addStatement("acc$L = $L", c, v);
                    b.addStatement("idx$L = s", c);
                    b.endControlFlow();
                }
            }
            case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN -> {
                for (int c = 0; c < f.size(); c++) {
                    b.addStatement("$T.offer(kv, ki, kn, $L, $L, $L, $L, s)", K_SMALLEST, plan.k(),
                            f.size(), c, ref(f.get(c)));
                }
            }
            case LOG_SUM_EXP, SUM_SOFTMAX_WEIGHT -> onlineExp(b);
        }
    }

    /** Online (max, shifted sums): rescale when a new maximum arrives; -inf terms add nothing. */
    private void onlineExp(CodeBlock.Builder b) {
        boolean softmax = plan.reduction() == org.jkeops.annotations.Reduction.SUM_SOFTMAX_WEIGHT;
        String v = ref(program.formula().get(0));
        List<Integer> w = program.weight();
        int width = plan.outputWidth();
        b.beginControlFlow("if ($L > mx)", v);
        b.addStatement("final $L sc = $L", t, exp("mx - " + v));
        if (softmax) {
            b.addStatement("sw = sw * sc + 1");
        }
        for (int c = 0; c < width; c++) {
            b.addStatement("se$L = se$L * sc + $L", c, c, w.isEmpty() ? "1" : ref(w.get(c)));
        }
        b.addStatement("mx = $L", v);
        b.nextControlFlow("else if ($L != $L)", v, inf(false));
        // a term equal to the maximum weighs 1: exp(v - mx) would be NaN for two +inf terms
        b.addStatement("final $L e = $L == mx ? 1 : $L", t, v, exp(v + " - mx"));
        if (softmax) {
            b.addStatement("sw += e");
        }
        for (int c = 0; c < width; c++) {
            b.addStatement("se$L += $L", c, w.isEmpty() ? "e" : "e * " + ref(w.get(c)));
        }
        b.endControlFlow();
    }

    private void finish(CodeBlock.Builder b) {
        int d = dim();
        int width = plan.outputWidth();
        String base = width == 1 ? "r" : "r * " + width;
        switch (plan.reduction()) {
            case SUM -> {
                for (int c = 0; c < d; c++) {
                    b.addStatement("out[$L] = $Lacc$L", at(base, c),
                            plan.sum() == org.jkeops.annotations.SumScheme.DOUBLE && isFloat ? "(float) " : "", c);
                }
            }
            case MIN, MAX -> {
                for (int c = 0; c < d; c++) {
                    b.addStatement("out[$L] = acc$L", at(base, c), c);
                }
            }
            case ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX -> {
                for (int c = 0; c < d; c++) {
                    if (plan.hasValues()) {
                        b.addStatement("out[$L] = acc$L", at(base, c), c);
                    }
                    b.addStatement("outIndex[$L] = idx$L", at(base, c), c);
                }
            }
            case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN -> {
                if (plan.hasValues()) {
                    b.addStatement("System.arraycopy(kv, 0, out, $L, $L)", base, width);
                }
                if (plan.hasIndices()) {
                    b.addStatement("System.arraycopy(ki, 0, outIndex, $L, $L)", base, width);
                }
            }
            case LOG_SUM_EXP -> {
                for (int c = 0; c < width; c++) {
                    // no terms: -inf + log(0) = -inf; NaN terms leave mx = -inf and se NaN: NaN
                    b.addStatement("out[$L] = mx + $L", at(base, c), log("se" + c));
                }
            }
            case SUM_SOFTMAX_WEIGHT -> {
                for (int c = 0; c < width; c++) {
                    // sw is 0 only with no terms; NaN terms make it NaN
                    b.addStatement("out[$L] = sw == 0 ? 0 : se$L / sw", at(base, c), c);
                }
            }
        }
    }

    private static String at(String base, int c) {
        return c == 0 ? base : base + " + " + c;
    }
}
