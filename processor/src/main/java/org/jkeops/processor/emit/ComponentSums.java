package org.jkeops.processor.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.UnaryOp;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.Level;
import org.jkeops.processor.plan.Program;

/**
 * The sums over components a formula spends its time in: {@code SqDist(x, y)}, {@code (x | y)},
 * {@code WeightedSqDist(w, x - y)}, {@code Sum(x * y)}, {@code SqNorm2(x - y)}, ... Lowering spells
 * such a sum as a balanced tree of additions over D terms that are one expression taken at
 * components {@code c0 + d} of its variables (Lowering.pairwiseSum); this finds those trees, so that
 * emitters can loop over d instead of spelling D terms: the loop's code does not grow with D (javac's
 * 64 KiB and HotSpot's 8,000-byte limits), and the SIMD kernel can tile it like a GEMM
 * ({@link TiledBlock}).
 *
 * <p>A term qualifies when it is made of additions, subtractions, products, squares and the other
 * cheap element-wise operations of component loads (of the reduced variable for a sum per pair,
 * {@code SqNorm2(y)} included; of the output row's alone for a sum per row) and of values that do
 * not depend on d (literals, parameters, row values), computed before the loop.
 */
final class ComponentSums {
    /**
     * One sum over components.
     *
     * @param root       the value of the whole sum (the tree's top addition)
     * @param dim        D, the number of terms
     * @param term       the nodes of the first term (d = 0) that depend on d, in order (operands first);
     *                   the last is the term's value
     * @param invariants the values the terms use that do not depend on d (same node in every term)
     */
    record Sum(int root, int dim, List<Integer> term, Set<Integer> invariants) {
        int termValue() {
            return term.get(term.size() - 1);
        }
    }

    /** Largest D up to which every count of terms is tried, not only the variables' dimensions. */
    private static final int SCAN_ALL_MAX = 4096;

    private final Program program;
    private final List<Sum> sums;
    /** Sums over the components of the output row's variables alone ({@code SqNorm2(x)}), once per row. */
    private final List<Sum> rowSums;
    /** Values the rest of the formula needs, with the sums' roots as values of their own. */
    private final boolean[] live;

    private ComponentSums(Program program, List<Sum> sums, List<Sum> rowSums, boolean[] live) {
        this.program = program;
        this.sums = List.copyOf(sums);
        this.rowSums = List.copyOf(rowSums);
        this.live = live;
    }

    /** The sums over pairs' components (a row's and a column's variables). */
    List<Sum> sums() {
        return sums;
    }

    /** The row sums whose value is node {@code root}, or null. */
    Sum rowSumAt(int root) {
        for (Sum s : rowSums) {
            if (s.root() == root) {
                return s;
            }
        }
        return null;
    }

    /** Whether there is no sum to loop over, of pairs or of rows. */
    boolean isEmpty() {
        return sums.isEmpty() && rowSums.isEmpty();
    }

    boolean[] live() {
        return live.clone();
    }

    /**
     * A load of a reduced variable in a sum's term: what the tiled schedule packs, as {@code dim}
     * components from the load's; {@code key} names its packed vectors ({@code pk<key>}).
     */
    record ReducedLoad(Sum sum, int id, Instr.Load load, String key) {
    }

    /**
     * The loads of reduced (INNER) variables in the sums' terms, sum by sum, in term order, each
     * packing once: a load two sums share ({@code SqDist(x, y) * (x | y)} reads y in both) is packed
     * for the first, and the second reads those vectors. Shared at different dimensions, it is packed
     * once per dimension, and the key says which.
     */
    List<ReducedLoad> reducedLoads() {
        List<ReducedLoad> loads = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sum sum : sums) {
            for (int id : sum.term()) {
                if (program.node(id).instr() instanceof Instr.Load l && program.node(id).level() == Level.INNER) {
                    String key = packedKey(id, sum);
                    if (seen.add(key)) {
                        loads.add(new ReducedLoad(sum, id, l, key));
                    }
                }
            }
        }
        return loads;
    }

    /** What names the packed vectors of load {@code id} in {@code sum}: the id, with the sum's D where other sums pack it at another D. */
    String packedKey(int id, Sum sum) {
        for (Sum other : sums) {
            if (other.dim() != sum.dim() && other.term().contains(id)) {
                return id + "_" + sum.dim();
            }
        }
        return Integer.toString(id);
    }

    /** The sum, of pairs or of rows, whose value is node {@code root}, or null. */
    Sum at(int root) {
        for (Sum s : sums) {
            if (s.root() == root) {
                return s;
            }
        }
        return rowSumAt(root);
    }

    /** Per-pair values outside the sums (the formula's remainder after them). */
    int remainderWork() {
        int n = 0;
        for (Program.Node node : program.nodes()) {
            if (live[node.id()] && node.level() == Level.INNER && at(node.id()) == null) {
                n++;
            }
        }
        return n;
    }

    /**
     * The sums over at least {@code minDim} components that the formula's outputs reach (a sum
     * inside another's term is left to it), and what else the outputs need.
     */
    static ComponentSums find(Program program, int minDim) {
        return find(program, minDim, true, false);
    }

    /**
     * The sums over pairs' components ({@code pairs}) and/or those over the output row's variables
     * alone ({@code rows}: {@code SqNorm2(x)}, {@code (x | u)}, a cosine's norm), which an emitter
     * spells as a loop once per row: unrolled, such a sum is D statements per row of a block, and at
     * D = 256 a block of 8 rows was more code than javac allows in a method. A schedule that spells
     * the pair sums unrolled asks for the row sums only.
     */
    static ComponentSums find(Program program, int minDim, boolean pairs, boolean rows) {
        int n = program.nodes().size();
        Set<Integer> dims = variableDims(program);
        int maxDim = dims.stream().mapToInt(Integer::intValue).max().orElse(0);
        boolean[] live = Liveness.outputs(program);
        List<Sum> sums = new ArrayList<>();
        List<Sum> rowSums = new ArrayList<>();
        // Operands have smaller ids than their users: one backward sweep marks what is needed,
        // trying each needed per-pair addition as the root of a sum before looking inside it.
        for (int id = n - 1; id >= 0; id--) {
            if (!live[id]) {
                continue;
            }
            Sum sum = pairs ? match(program, id, minDim, dims, maxDim, Level.INNER) : null;
            Sum rowSum = sum == null && rows ? match(program, id, minDim, dims, maxDim, Level.OUTER) : null;
            if (rowSum != null) {
                rowSums.add(0, rowSum);
                for (int inv : rowSum.invariants()) {
                    live[inv] = true;
                }
                continue;
            }
            if (sum != null) {
                sums.add(0, sum);
                for (int inv : sum.invariants()) {
                    live[inv] = true;
                }
                continue;
            }
            for (int operand : program.node(id).instr().operands()) {
                live[operand] = true;
            }
        }
        return new ComponentSums(program, sums, rowSums, live);
    }

    /** The components each variable is loaded at, as a count (its dimension when all are loaded). */
    private static Set<Integer> variableDims(Program program) {
        java.util.Map<String, Integer> top = new java.util.HashMap<>();
        for (Program.Node x : program.nodes()) {
            if (x.instr() instanceof Instr.Load l) {
                top.merge(l.param() + "/" + l.category(), l.component() + 1, Math::max);
            }
        }
        return new HashSet<>(top.values());
    }

    /**
     * Candidate D: the variables' dimensions first (the usual sums), then, up to
     * {@link #SCAN_ALL_MAX} components, every other count (sums over a part, Extract): checking a
     * candidate walks up to D nodes, so scanning all of them at D = 65,536 took minutes for each
     * addition that is not a sum (the {@code SqDist(x, y) + eps} of a Laplace gradient).
     *
     * @param maxDim the largest component loaded, plus one: D is at most that
     */
    private static Sum match(Program program, int root, int minDim, Set<Integer> dims, int maxDim, Level level) {
        Program.Node node = program.node(root);
        if (node.level() != level || !(node.instr() instanceof Instr.Bin b) || b.op() != BinaryOp.ADD) {
            return null;
        }
        List<Integer> candidates = new ArrayList<>(new java.util.TreeSet<>(dims).descendingSet());
        if (maxDim <= SCAN_ALL_MAX) {
            for (int dim = maxDim; dim >= 2; dim--) {
                if (!dims.contains(dim)) {
                    candidates.add(dim);
                }
            }
        }
        for (int dim : candidates) {
            if (dim < Math.max(2, minDim)) {
                continue;
            }
            List<Integer> terms = new ArrayList<>(dim);
            if (!leaves(program, root, dim, terms)) {
                continue;
            }
            Sum sum = template(program, root, terms, level);
            if (sum != null) {
                return sum;
            }
        }
        return null;
    }

    /** The D terms of a balanced addition tree as Lowering.pairwiseSum builds it, or false. */
    private static boolean leaves(Program program, int id, int count, List<Integer> terms) {
        if (count == 1) {
            terms.add(id);
            return true;
        }
        if (!(program.node(id).instr() instanceof Instr.Bin b) || b.op() != BinaryOp.ADD) {
            return false;
        }
        int half = (count + 1) / 2;
        return leaves(program, b.a(), half, terms) && leaves(program, b.b(), count - half, terms);
    }

    /**
     * The first term as a template all others follow at components c0 + d, or null. A sum at INNER
     * level loads a column's variable (a distance, a dot product, a column's norm); one at OUTER
     * level, a row's variables only.
     */
    private static Sum template(Program program, int root, List<Integer> terms, Level level) {
        int t0 = terms.get(0);
        List<Integer> term = new ArrayList<>();
        Set<Integer> invariants = new HashSet<>();
        if (!classify(program, t0, terms.get(1), term, invariants, true)) {
            return null;
        }
        // A per-pair sum reads the reduced side, with or without the row's: SqNorm2(y), the
        // database norm of a cosine, is as long as SqDist(x, y) (spelled out, D = 300 was JK208).
        if (term.stream().noneMatch(id -> program.node(id).instr() instanceof Instr.Load
                && program.node(id).level() == level)) {
            return null;
        }
        for (int d = 1; d < terms.size(); d++) {
            if (!same(program, t0, terms.get(d), d, invariants)) {
                return null;
            }
        }
        return new Sum(root, terms.size(), List.copyOf(term), Set.copyOf(invariants));
    }

    /**
     * Sorts template 0's nodes into those that depend on the component and the invariants,
     * comparing with template 1 (component 1 further). For a sum's terms ({@code sumTerm}) the
     * template is made of loads and cheap element-wise operations only, and shares no per-pair
     * value (not worth a loop); a {@link WideOutput}'s may be any operations.
     */
    static boolean classify(Program program, int a, int b, List<Integer> term, Set<Integer> invariants,
            boolean sumTerm) {
        if (a == b) {
            if (sumTerm && program.node(a).level() == Level.INNER) {
                return false;
            }
            invariants.add(a);
            return true;
        }
        Instr ia = program.node(a).instr();
        Instr ib = program.node(b).instr();
        if (!shape(ia, ib, 1) || (sumTerm && !laneOp(ia))) {
            return false;
        }
        List<Integer> oa = ia.operands();
        List<Integer> ob = ib.operands();
        for (int k = 0; k < oa.size(); k++) {
            if (!classify(program, oa.get(k), ob.get(k), term, invariants, sumTerm)) {
                return false;
            }
        }
        if (!term.contains(a)) {
            term.add(a);
            term.sort(null);
        }
        return true;
    }

    /** A load or a cheap element-wise operation: one a vector loop spells. */
    static boolean laneOp(Instr i) {
        return switch (i) {
            case Instr.Load l -> true;
            case Instr.Un u -> !VectorTranscendentals.handles(u.op());
            case Instr.Bin b -> !VectorTranscendentals.handles(b.op());
            default -> false;
        };
    }

    /**
     * Whether node {@code b} is node {@code a} at components {@code c} further: the same operations
     * with the same constant fields, loads of the same variable {@code c} components apart, and the
     * same nodes where {@code a} is an invariant. Term d of a sum is term 0 at d; component c of a
     * {@link WideOutput} is component 0 at c.
     */
    static boolean same(Program program, int a, int b, int c, Set<Integer> invariants) {
        if (invariants.contains(a)) {
            return a == b;
        }
        Instr ia = program.node(a).instr();
        Instr ib = program.node(b).instr();
        if (!shape(ia, ib, c)) {
            return false;
        }
        List<Integer> oa = ia.operands();
        List<Integer> ob = ib.operands();
        for (int k = 0; k < oa.size(); k++) {
            if (!same(program, oa.get(k), ob.get(k), c, invariants)) {
                return false;
            }
        }
        return true;
    }

    /** Same operation with the same constant fields; loads of the same variable c components apart. */
    static boolean shape(Instr a, Instr b, int c) {
        return switch (a) {
            case Instr.Load la when b instanceof Instr.Load lb -> la.param() == lb.param()
                    && la.category() == lb.category() && lb.component() == la.component() + c;
            case Instr.Literal x -> false; // literals are shared (CSE) or differ: not a template
            case Instr.Un ua when b instanceof Instr.Un ub -> ua.op() == ub.op();
            case Instr.Bin ba when b instanceof Instr.Bin bb -> ba.op() == bb.op();
            case Instr.Select s when b instanceof Instr.Select -> true;
            case Instr.IfLess l when b instanceof Instr.IfLess -> true;
            case Instr.Clamp l when b instanceof Instr.Clamp -> true;
            case Instr.PowInt pa when b instanceof Instr.PowInt pb -> pa.exponent() == pb.exponent();
            case Instr.RoundTo ra when b instanceof Instr.RoundTo rb -> ra.digits() == rb.digits();
            default -> false;
        };
    }

    static boolean isProduct(Instr i) {
        return (i instanceof Instr.Bin b && b.op() == BinaryOp.MUL) || (i instanceof Instr.Un u && u.op() == UnaryOp.SQUARE);
    }

    /** The factors of a product ({@link #isProduct}): a and b of a * b, x twice of Square(x). */
    static List<Integer> factors(Instr product) {
        return product instanceof Instr.Bin bin ? List.of(bin.a(), bin.b()) : List.of(((Instr.Un) product).a(),
                ((Instr.Un) product).a());
    }

    /**
     * Declares {@code name} as the sum, by a scalar loop over d: the terms in order, one rounding
     * per addition ({@code fma}: the product of a product term fused into its addition, as the
     * SIMD lanes do).
     *
     * @param load      spells a component load of term 0 at the component expression given
     * @param invariant spells an invariant value
     */
    void scalarLoop(CodeBlock.Builder b, Sum sum, String name, String type, boolean fma,
            BiFunction<Instr.Load, String, String> load, IntFunction<String> invariant, boolean isFloat) {
        b.addStatement("$L $L = 0", type, name);
        b.beginControlFlow("for (int d = 0; d < $L; d++)", sum.dim());
        CodeBlock value = scalarTerm(b, program, sum.term(), sum.invariants(), type, "d", load, invariant, isFloat);
        Instr top = program.node(sum.termValue()).instr();
        if (fma && isProduct(top)) {
            IntFunction<String> ref = id -> sum.invariants().contains(id) ? invariant.apply(id) : "e" + id;
            List<Integer> xy = factors(top);
            b.addStatement("$L = Math.fma($L, $L, $L)", name, ref.apply(xy.get(0)), ref.apply(xy.get(1)), name);
        } else {
            b.addStatement("$L += $L", name, value);
        }
        b.endControlFlow();
    }

    /**
     * Declares, in scalar Java, the values {@code e<id>} of a template's nodes at component
     * {@code c} (an expression) but its last, and returns that one's code, the component's value:
     * the loops over the components of a sum, of a wide output and of their scalar remainders all
     * spell their terms so.
     *
     * @param term       the template's nodes that depend on the component, operands first
     * @param invariants the values it reads that do not ({@code invariant} spells them)
     * @param load       spells a component load of component 0 at the component expression given
     */
    static CodeBlock scalarTerm(CodeBlock.Builder b, Program program, List<Integer> term, Set<Integer> invariants,
            String type, String c, BiFunction<Instr.Load, String, String> load, IntFunction<String> invariant,
            boolean isFloat) {
        IntFunction<String> ref = id -> invariants.contains(id) ? invariant.apply(id) : "e" + id;
        CodeBlock value = null;
        for (int id : term) {
            Instr instr = program.node(id).instr();
            value = instr instanceof Instr.Load l
                    ? CodeBlock.of("$L", load.apply(l, at(l, c)))
                    : ScalarJavaEmitter.spell(instr, ref, l -> {
                        throw new IllegalStateException("load " + l);
                    }, isFloat);
            if (id != term.get(term.size() - 1)) {
                b.addStatement("final $L e$L = $L", type, id, value);
            }
        }
        return value;
    }

    /** The component a load of component 0 reads at component {@code c} (an expression). */
    static String at(Instr.Load l, String c) {
        return l.component() == 0 ? c : c + " + " + l.component();
    }
}
