package org.jkeops.processor.passes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;
import org.jkeops.annotations.Formulas;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.ComponentOp;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.ir.ExpressionTooLargeException;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.Level;
import org.jkeops.processor.plan.Program;

/**
 * Lowers IR to a scalar {@link Program}: each vector operation becomes one instruction per
 * component. Value numbering makes this the CSE pass: an instruction already present (same
 * operation, same operands) is reused, and so is a whole subtree already lowered. Instructions
 * whose operands are all literals are folded. Each value gets the {@link Level} of its deepest
 * operand, which is what lets emitters hoist loop-invariant work.
 */
public final class Lowering {
    /**
     * Scalar instructions a program may have: every component of every vector operation is one, so
     * a formula of a few operations on vectors of 65,536 components has a few hundred thousand. More
     * is refused (JK208) before it runs javac out of memory: a Laplacian at D = 2,000 spells D^2.
     */
    public static final int MAX_INSTRUCTIONS = 1_000_000;

    private final Category outer;
    private final List<Program.Node> nodes = new ArrayList<>();
    private final Map<Instr, Integer> numbering = new HashMap<>();
    private final Map<Expr, List<Integer>> lowered = new HashMap<>();

    private Lowering(Category outer) {
        this.outer = outer;
    }

    /**
     * @param outer  the category of the output rows' variables (I when reducing over j)
     * @param weight the weight formula, or null
     */
    public static Program lower(Expr formula, Expr weight, Category outer) {
        Lowering l = new Lowering(outer);
        List<Integer> f = l.lower(formula);
        List<Integer> w = weight == null ? List.of() : l.lower(weight);
        return new Program(l.nodes, f, w);
    }

    private List<Integer> lower(Expr e) {
        List<Integer> done = lowered.get(e);
        if (done != null) {
            return done;
        }
        List<Integer> out = switch (e) {
            case Expr.Var v -> componentwise(v.dim(), k -> new Instr.Load(v.param(), k, v.category()));
            case Expr.Const c -> List.of(literal(c.value()));
            case Expr.Zero z -> Collections.nCopies(z.dim(), literal(0));
            case Expr.Unary u -> map(lower(u.arg()), a -> emit(new Instr.Un(u.op(), a)));
            case Expr.Binary b -> {
                List<Integer> l = lower(b.left());
                List<Integer> r = lower(b.right());
                yield componentwise(b.dim(), k -> new Instr.Bin(b.op(), at(l, k), at(r, k)));
            }
            case Expr.IfElse s -> {
                List<Integer> cond = lower(s.cond());
                List<Integer> t = lower(s.then());
                List<Integer> o = lower(s.otherwise());
                yield componentwise(s.dim(), k -> new Instr.Select(at(cond, k), at(t, k), at(o, k)));
            }
            case Expr.Clamp s -> {
                List<Integer> a = lower(s.arg());
                List<Integer> lo = lower(s.low());
                List<Integer> hi = lower(s.high());
                yield componentwise(s.dim(), k -> new Instr.Clamp(at(a, k), at(lo, k), at(hi, k)));
            }
            case Expr.Pow p -> map(lower(p.arg()), a -> emit(new Instr.PowInt(a, p.exponent())));
            case Expr.Round r -> map(lower(r.arg()), a -> emit(new Instr.RoundTo(a, r.digits())));
            case Expr.ComponentReduce r -> List.of(componentReduce(r.op(), lower(r.arg())));
            case Expr.SumT s -> Collections.nCopies(s.dim(), lower(s.arg()).get(0));
            case Expr.OneHot h -> {
                int r = emit(new Instr.RoundTo(lower(h.arg()).get(0), 0));
                yield componentwise(h.dim(), k -> new Instr.Bin(BinaryOp.EQ, r, literal(k)));
            }
            case Expr.Extract x -> List.copyOf(lower(x.arg()).subList(x.start(), x.start() + x.dim()));
            case Expr.ExtractT x -> {
                List<Integer> a = lower(x.arg());
                int zero = literal(0);
                yield ids(x.dim(), k -> k >= x.start() && k < x.start() + a.size() ? a.get(k - x.start()) : zero);
            }
            case Expr.Concat c -> Stream.concat(lower(c.left()).stream(), lower(c.right()).stream()).toList();
            case Expr.MatVecMult mv -> {
                List<Integer> a = lower(mv.matrix());
                List<Integer> b = lower(mv.vector());
                int p = b.size();
                yield ids(mv.dim(), row -> dot(a.subList(row * p, row * p + p), b));
            }
            case Expr.VecMatMult vm -> {
                List<Integer> b = lower(vm.vector());
                List<Integer> a = lower(vm.matrix());
                int p = vm.dim();
                // Component col is b's dot product with column col of the matrix.
                yield ids(p, col -> dot(b, ids(b.size(), k -> a.get(k * p + col))));
            }
            case Expr.TensorProd t -> {
                List<Integer> l = lower(t.left());
                List<Integer> r = lower(t.right());
                // Component k is left k / |r| times right k % |r|: the order of two nested loops.
                yield componentwise(t.dim(), k -> new Instr.Bin(BinaryOp.MUL, l.get(k / r.size()), r.get(k % r.size())));
            }
        };
        lowered.put(e, out);
        return out;
    }

    /**
     * Max, Min, ArgMax, ArgMin over components: the first best component wins ties, and a NaN
     * component wins over every number (the first NaN, like Java's Math.max), whatever its
     * position: after the plain comparison, a NaN candidate replaces a best that is not NaN.
     */
    private int componentReduce(ComponentOp op, List<Integer> a) {
        if (op == ComponentOp.SUM) {
            return pairwiseSum(a);
        }
        boolean max = op == ComponentOp.MAX || op == ComponentOp.ARG_MAX;
        boolean arg = op == ComponentOp.ARG_MAX || op == ComponentOp.ARG_MIN;
        int best = a.get(0);
        int index = arg ? literal(0) : -1;
        for (int k = 1; k < a.size(); k++) {
            int cand = a.get(k);
            int x = max ? best : cand;
            int y = max ? cand : best;
            int nanBest = emit(new Instr.Bin(BinaryOp.NE, best, best));
            int nanCand = emit(new Instr.Bin(BinaryOp.NE, cand, cand));
            if (arg) {
                index = emit(new Instr.IfLess(nanBest, nanCand, literal(k), emit(new Instr.IfLess(x, y, literal(k), index))));
            }
            best = emit(new Instr.IfLess(nanBest, nanCand, cand, emit(new Instr.IfLess(x, y, cand, best))));
        }
        return arg ? index : best;
    }

    private int dot(List<Integer> a, List<Integer> b) {
        return pairwiseSum(componentwise(a.size(), k -> new Instr.Bin(BinaryOp.MUL, a.get(k), b.get(k))));
    }

    /**
     * Sums components as a balanced tree rather than a running sum: the dependency chain is
     * log2(d) additions long instead of d - 1, which lets SIMD and OpenCL code overlap them, and
     * the rounding error grows with log d instead of d.
     */
    private int pairwiseSum(List<Integer> terms) {
        if (terms.size() == 1) {
            return terms.get(0);
        }
        int half = (terms.size() + 1) / 2;
        int left = pairwiseSum(terms.subList(0, half));
        int right = pairwiseSum(terms.subList(half, terms.size()));
        return emit(new Instr.Bin(BinaryOp.ADD, left, right));
    }

    private int literal(double v) {
        return emit(new Instr.Literal(v));
    }

    /** Adds an instruction unless an equal one exists; folds all-literal operations. */
    private int emit(Instr instr) {
        Instr folded = fold(instr);
        Integer id = numbering.get(folded);
        if (id != null) {
            return id;
        }
        int fresh = nodes.size();
        if (fresh >= MAX_INSTRUCTIONS) {
            throw new ExpressionTooLargeException("the formula lowers to more than " + MAX_INSTRUCTIONS
                    + " scalar operations (one per component of every vector operation)");
        }
        nodes.add(new Program.Node(fresh, folded, level(folded)));
        numbering.put(folded, fresh);
        return fresh;
    }

    private Instr fold(Instr instr) {
        return switch (instr) {
            case Instr.Un u when isLiteral(u.a()) -> new Instr.Literal(u.op().apply(value(u.a())));
            case Instr.Bin b when isLiteral(b.a()) && isLiteral(b.b()) ->
                    new Instr.Literal(b.op().apply(value(b.a()), value(b.b())));
            case Instr.Select s when isLiteral(s.cond()) -> nodes.get(value(s.cond()) >= 0 ? s.then() : s.otherwise()).instr();
            case Instr.IfLess l when isLiteral(l.a()) && isLiteral(l.b()) ->
                    nodes.get(value(l.a()) < value(l.b()) ? l.then() : l.otherwise()).instr();
            case Instr.Clamp c when isLiteral(c.a()) && isLiteral(c.low()) && isLiteral(c.high()) ->
                    new Instr.Literal(Formulas.clamp(value(c.a()), value(c.low()), value(c.high())));
            case Instr.PowInt p when isLiteral(p.a()) -> new Instr.Literal(Formulas.pow(value(p.a()), p.exponent()));
            case Instr.RoundTo r when isLiteral(r.a()) -> new Instr.Literal(Formulas.round(value(r.a()), r.digits()));
            default -> instr;
        };
    }

    private boolean isLiteral(int id) {
        return nodes.get(id).instr() instanceof Instr.Literal;
    }

    private double value(int id) {
        return ((Instr.Literal) nodes.get(id).instr()).value();
    }

    private Level level(Instr instr) {
        return switch (instr) {
            case Instr.Load l -> l.category() == Category.P ? Level.PARAM
                    : l.category() == outer ? Level.OUTER : Level.INNER;
            case Instr.Literal l -> Level.CONSTANT;
            default -> instr.operands().stream().map(id -> nodes.get(id).level()).max(Comparator.naturalOrder())
                    .orElseThrow();
        };
    }

    private static int at(List<Integer> comps, int k) {
        return comps.size() == 1 ? comps.get(0) : comps.get(k);
    }

    /** The ids id(0), ..., id(n - 1), computed in that order (which numbers the instructions they emit). */
    private static List<Integer> ids(int n, IntUnaryOperator id) {
        List<Integer> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(id.applyAsInt(k));
        }
        return c;
    }

    /** The instructions of an element-wise node, one per component ({@link #at} broadcasts dimension 1). */
    private List<Integer> componentwise(int dim, IntFunction<Instr> component) {
        return ids(dim, k -> emit(component.apply(k)));
    }

    private static List<Integer> map(List<Integer> a, IntUnaryOperator f) {
        return ids(a.size(), k -> f.applyAsInt(a.get(k)));
    }
}
