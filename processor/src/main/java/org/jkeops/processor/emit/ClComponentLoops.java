package org.jkeops.processor.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.ComponentOp;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.passes.Lowering;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Level;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.plan.Program;

/**
 * The large-dimension schedule of the OpenCL kernels: a sum over the components of an
 * element-wise formula of dimension {@link #MIN_DIM} or more ({@code SqDist(x, y)},
 * {@code (x | y)}, {@code Sum(x * y)}, {@code WeightedSqDist} with a diagonal weight, ...) becomes
 * a real loop over the component d, reading the j side from the work group's local tile, instead
 * of one statement per component. Kernels of D = 128 to 1024 then stay a few dozen lines, compile
 * quickly, and run as a GEMM-like loop: per pair, one pass over d with a load of x[i, d] (the
 * item's own row, cached) and y[j, d] (the same local address for every item of the group: a
 * broadcast, without bank conflicts at any D).
 *
 * <p>How: each such sum is replaced in the formula by a placeholder variable of dimension 1 (a
 * parameter number past the kernel's own) of the deepest category it reads, the rest is lowered
 * as usual, and the emitter spells a placeholder's load as the accumulator {@code r<k>} that the
 * loop before it computed. Sums of the same level and dimension share one loop. The sum runs in
 * the order of d with the kernel's precision, where the unrolled code adds pairwise: results differ
 * by rounding only.
 */
final class ClComponentLoops {
    /** Smallest dimension looped; below it the unrolled code is short and keeps the pairs' values in registers. */
    static final int MIN_DIM = 32;

    private final KernelPlan plan;
    private final boolean isFloat;
    private final String t;
    /** The looped sums, in order: the placeholder of sum k is parameter {@code base + k}. */
    private final Map<Expr, Expr.Var> placeholders = new LinkedHashMap<>();
    private final int base;
    private final Program program;

    /** The loops of a plan (none when no sum qualifies: then {@link #program()} is the plan's). */
    ClComponentLoops(KernelPlan plan) {
        this.plan = plan;
        this.isFloat = plan.precision() == Precision.FLOAT;
        this.t = plan.precision().javaType();
        this.base = plan.params().size();
        Expr formula = replace(plan.formula());
        Expr weight = plan.weight() == null ? null : replace(plan.weight());
        this.program = placeholders.isEmpty() ? plan.program() : Lowering.lower(formula, weight, plan.outer());
    }

    /** Whether any sum is looped. */
    boolean any() {
        return !placeholders.isEmpty();
    }

    /** The program the kernel spells: the plan's, with the looped sums as placeholder loads. */
    Program program() {
        return program;
    }

    /** The accumulator a placeholder load stands for, or null for a real load. */
    String accumulator(Instr.Load load) {
        return load.param() >= base ? "r" + (load.param() - base) : null;
    }

    // ---- the rewrite ---------------------------------------------------------------------------

    private Expr replace(Expr e) {
        return switch (e) {
            case Expr.Var v -> v;
            case Expr.Const c -> c;
            case Expr.Zero z -> z;
            case Expr.ComponentReduce r when r.op() == ComponentOp.SUM && r.arg().dim() >= MIN_DIM
                    && elementwise(r.arg(), r.arg().dim()) -> placeholders.computeIfAbsent(r.arg(),
                            a -> new Expr.Var(base + placeholders.size(), 1, category(a), "$r" + placeholders.size()));
            case Expr.ComponentReduce r -> new Expr.ComponentReduce(r.op(), replace(r.arg()));
            case Expr.Unary u -> new Expr.Unary(u.op(), replace(u.arg()));
            case Expr.Binary b -> new Expr.Binary(b.op(), replace(b.left()), replace(b.right()));
            case Expr.IfElse s -> new Expr.IfElse(replace(s.cond()), replace(s.then()), replace(s.otherwise()));
            case Expr.Clamp c -> new Expr.Clamp(replace(c.arg()), replace(c.low()), replace(c.high()));
            case Expr.Pow p -> new Expr.Pow(replace(p.arg()), p.exponent());
            case Expr.Round r -> new Expr.Round(replace(r.arg()), r.digits());
            case Expr.SumT s -> new Expr.SumT(replace(s.arg()), s.dim());
            case Expr.OneHot h -> new Expr.OneHot(replace(h.arg()), h.dim());
            case Expr.Extract x -> new Expr.Extract(replace(x.arg()), x.start(), x.dim());
            case Expr.ExtractT x -> new Expr.ExtractT(replace(x.arg()), x.start(), x.dim());
            case Expr.Concat c -> new Expr.Concat(replace(c.left()), replace(c.right()));
            case Expr.MatVecMult m -> new Expr.MatVecMult(replace(m.matrix()), replace(m.vector()));
            case Expr.VecMatMult m -> new Expr.VecMatMult(replace(m.vector()), replace(m.matrix()));
            case Expr.TensorProd p -> new Expr.TensorProd(replace(p.left()), replace(p.right()));
        };
    }

    /** Whether every component d of {@code e} is the same expression of the components d of variables (or of scalars). */
    private static boolean elementwise(Expr e, int dim) {
        return switch (e) {
            case Expr.Var v -> v.dim() == dim || v.dim() == 1;
            case Expr.Const c -> true;
            case Expr.Unary u -> elementwise(u.arg(), dim);
            case Expr.Binary b -> elementwise(b.left(), dim) && elementwise(b.right(), dim);
            case Expr.Pow p -> elementwise(p.arg(), dim);
            default -> false;
        };
    }

    /** The deepest category an expression reads: where its loop runs. */
    private Category category(Expr e) {
        List<Category> found = new ArrayList<>();
        vars(e, found);
        if (found.contains(plan.inner())) {
            return plan.inner();
        }
        return found.contains(plan.outer()) ? plan.outer() : Category.P;
    }

    private static void vars(Expr e, List<Category> out) {
        switch (e) {
            case Expr.Var v -> out.add(v.category());
            case Expr.Unary u -> vars(u.arg(), out);
            case Expr.Binary b -> {
                vars(b.left(), out);
                vars(b.right(), out);
            }
            case Expr.Pow p -> vars(p.arg(), out);
            default -> {
            }
        }
    }

    private Level level(Category c) {
        return c == Category.P ? Level.PARAM : c == plan.outer() ? Level.OUTER : Level.INNER;
    }

    // ---- the loops -----------------------------------------------------------------------------

    /** Rows of j whose pair sums one pass over d computes together ({@link #emitBlocked}). */
    static final int J_BLOCK = 4;

    /** Whether some looped sum reads the reduced variables (then the pair loop is blocked). */
    boolean innerLoops() {
        return placeholders.values().stream().anyMatch(v -> level(v.category()) == Level.INNER);
    }

    /**
     * Emits the loops of the sums of one level, before that level's values: one loop per
     * dimension, each component's operations spelled once (shared operands computed once).
     */
    void emit(StringBuilder sb, int indent, Level level) {
        emit(sb, indent, level, 0);
    }

    /**
     * The inner loops for {@link #J_BLOCK} rows of j at once, {@code jb} to {@code jb + J_BLOCK - 1}
     * of the tile: a register-blocked micro-kernel in which x[i, d] (and whatever depends on the
     * row only) is loaded once per d for all of them, into accumulators {@code r<k>_<b>} that
     * {@link #bind} later names {@code r<k>} for row b. Each row's sums add the components in the
     * same order as {@link #emit}: blocking changes no result.
     */
    void emitBlocked(StringBuilder sb, int indent) {
        emit(sb, indent, Level.INNER, J_BLOCK);
    }

    /** Names the accumulators of row {@code b} of a block {@code r<k>} for the values that follow. */
    void bind(StringBuilder sb, int indent, int b) {
        for (Expr.Var v : placeholders.values()) {
            if (level(v.category()) == Level.INNER) {
                OpenClEmitter.line(sb, indent, "const " + t + " " + name(v) + " = " + name(v) + "_" + b + ";");
            }
        }
    }

    private void emit(StringBuilder sb, int indent, Level level, int block) {
        Map<Integer, List<Map.Entry<Expr, Expr.Var>>> byDim = new LinkedHashMap<>();
        for (Map.Entry<Expr, Expr.Var> e : placeholders.entrySet()) {
            if (level(e.getValue().category()) == level) {
                byDim.computeIfAbsent(e.getKey().dim(), d -> new ArrayList<>()).add(e);
            }
        }
        int lanes = Math.max(block, 1);
        for (Map.Entry<Integer, List<Map.Entry<Expr, Expr.Var>>> group : byDim.entrySet()) {
            int dim = group.getKey();
            for (Map.Entry<Expr, Expr.Var> e : group.getValue()) {
                for (int b = 0; b < lanes; b++) {
                    OpenClEmitter.line(sb, indent, t + " " + name(e.getValue()) + (block > 0 ? "_" + b : "") + " = 0;");
                }
            }
            OpenClEmitter.line(sb, indent, "for (int d = 0; d < " + dim + "; d++) {");
            Map<String, String> spelled = new HashMap<>();
            List<String> body = new ArrayList<>();
            for (Map.Entry<Expr, Expr.Var> e : group.getValue()) {
                for (int b = 0; b < lanes; b++) {
                    String term = spell(e.getKey(), block > 0 ? b : -1, spelled, body);
                    body.add(name(e.getValue()) + (block > 0 ? "_" + b : "") + " += " + term + ";");
                }
            }
            body.forEach(s -> OpenClEmitter.line(sb, indent + 1, s));
            OpenClEmitter.line(sb, indent, "}");
        }
    }

    private String name(Expr.Var placeholder) {
        return "r" + (placeholder.param() - base);
    }

    /**
     * Spells component d of {@code e} for row {@code b} of a block of j ({@code -1}: row
     * {@code jj}); operations become named values in {@code body}, shared between the rows when
     * they do not read the reduced variables.
     */
    private String spell(Expr e, int b, Map<String, String> spelled, List<String> body) {
        int lane = category(e) == plan.inner() ? b : -1; // reads a reduced variable: differs between rows of j
        String key = lane + ":" + e;
        String done = spelled.get(key);
        if (done != null) {
            return done;
        }
        String text = switch (e) {
            case Expr.Var v -> load(v, lane);
            case Expr.Const c -> OpenClEmitter.literal(c.value(), isFloat);
            case Expr.Unary u -> u.op().openCl(spell(u.arg(), lane, spelled, body), isFloat);
            case Expr.Binary x -> x.op() == BinaryOp.POWF
                    ? OpenClHelpers.powf(isFloat, spell(x.left(), lane, spelled, body), spell(x.right(), lane, spelled, body))
                    : x.op().openCl(spell(x.left(), lane, spelled, body), spell(x.right(), lane, spelled, body));
            case Expr.Pow p -> "pown(" + spell(p.arg(), lane, spelled, body) + ", " + p.exponent() + ")";
            default -> throw new IllegalStateException("not element-wise: " + e);
        };
        if (e instanceof Expr.Const || e instanceof Expr.Var v && v.dim() == 1 && plan.params().get(v.param()).scalar()) {
            spelled.put(key, text);
            return text;
        }
        String named = "u" + body.size();
        body.add("const " + t + " " + named + " = " + text + ";");
        spelled.put(key, named);
        return named;
    }

    /** Component d of a variable (component 0 of a broadcast one of dimension 1), for row {@code b} of a block. */
    private String load(Expr.Var v, int b) {
        KernelPlan.Param p = plan.params().get(v.param());
        String at = v.dim() == 1 ? "0" : "d";
        if (v.category() == Category.P) {
            return p.scalar() ? OpenClEmitter.cName(p) : OpenClEmitter.cName(p) + "[" + at + "]";
        }
        if (v.category() == plan.outer()) {
            return OpenClEmitter.cName(p) + "[ri * " + v.dim() + " + " + at + "]";
        }
        String row = b < 0 ? "jj" : "(jb + " + b + ")";
        return OpenClEmitter.tile(p) + "[" + row + " * " + v.dim() + " + " + at + "]";
    }
}
