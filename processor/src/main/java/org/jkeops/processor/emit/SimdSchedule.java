package org.jkeops.processor.emit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.UnaryOp;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Level;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.plan.Program;
import org.jkeops.processor.reduce.ReductionType;

/**
 * The decisions {@link VectorJavaEmitter} spells, made before anything is spelled: which values
 * depend on the output row, which are computed once and broadcast (hoisted out of the j-loop),
 * which products are fused into an FMA, and how many rows a register block holds at each vector
 * width. Pure: a plan in, decisions out.
 *
 * @param perRow               values that depend on the output row (OUTER, or INNER computed from OUTER values)
 * @param broadcast            values below INNER level that INNER code or the fold reads as vectors: hoisted
 *                             and broadcast
 * @param fused                products folded into the FMA of their only user (an addition, or the SUM fold)
 * @param loadedAtFold         shared (not per-row) loads of the reduced variable that only the SUM fold reads,
 *                             directly or through a product fused into it: a 10-column weight's columns.
 *                             Spelled just before the fold of the component that reads them, not with the
 *                             other shared values at the top of the loop, so that they are not all live
 *                             through the rows' transcendentals: measured on AVX-512 (AMD EPYC, 1 thread,
 *                             N = 10^4), a Gaussian times a 10-column weight took 0.059 s a pass instead of
 *                             0.078 s with its 10 columns loaded first
 * @param costs                what sizes a register block
 * @param sumOfTranscendentals whether the fold adds the formula's values (a SUM) and the formula has inline
 *                             transcendentals
 * @param tiled                the sums over components looped over d in register tiles ({@link TiledBlock}),
 *                             or null for the unrolled schedule
 * @param epilogue             the rest of the formula and the fold, per pair vector, in simple vector
 *                             operations (tiled schedule; 0 otherwise)
 */
record SimdSchedule(boolean[] perRow, boolean[] broadcast, boolean[] fused, boolean[] loadedAtFold, Costs costs,
        boolean sumOfTranscendentals, ComponentSums tiled, int epilogue) {

    /**
     * What sizes a register block.
     *
     * @param rowAtATime       the reduction keeps per-row buffers in memory: one row per block
     * @param rowWork          vector operations per row and pair (the j-loop's per-row work)
     * @param rowCode          the same, weighted by bytecode size
     * @param sharedCode       bytecode weight of the j-loop's work shared by the rows
     * @param perRowBroadcasts row values broadcast once and live through the loop, per row
     * @param constants        constants of the inline transcendental functions, live through the loop
     * @param accumulators     vector accumulators per row, live through the loop (the output's width)
     */
    record Costs(boolean rowAtATime, int rowWork, int rowCode, int sharedCode, int perRowBroadcasts, int constants,
            int accumulators) {
        /** The estimated bytecode of a loop body over {@code rows} rows of a block. */
        long loopCode(int rows) {
            return 16 * (sharedCode + (long) rows * rowCode);
        }
    }

    /** The loop code a row block may spell: well under HotSpot's 8000-byte limit for JIT compilation. */
    static final int LOOP_CODE_BUDGET = 6000;

    /**
     * A register tile of the tiled schedule: {@code rows} output rows times {@code vectors}
     * vectors of reduced lanes, whose partial sums stay in registers through the loop over d.
     * With {@code epilogueLoop}, the rest of the formula and the fold are spelled once per row,
     * in a loop over the tile's vectors that reads the sums back from a small array, instead of
     * once per pair vector ({@link TiledBlock}).
     */
    record Tile(int rows, int vectors, boolean epilogueLoop) {
        Tile(int rows, int vectors) {
            this(rows, vectors, false);
        }
    }

    /**
     * The tile for a register file: per component d the loop loads V vectors of the reduced
     * variable and broadcasts one row value at a time, for R * V FMAs into R * V accumulators.
     * Live through the loop: R * V accumulators, V loaded vectors, the broadcast value and the
     * term's temporaries; two registers are left to the JIT. Among the tiles that fit, the one
     * with the most FMAs per loaded vector, R * V / (R + V), then the most accumulators (more
     * independent FMA chains hide the FMA latency). AVX-512 (32 registers, SqDist: 1 temporary):
     * 6 x 4; AVX2 (16): 3 x 3.
     *
     * <p>The rest of the formula and the fold are spelled once per pair vector of a tile, R * V
     * times, and R more for the tile of one vector at the end of j: {@code epilogue} (in simple
     * vector operations, ~16 bytecode bytes each) times R * (V + 1), plus the loops over d, must
     * stay under {@link #TILE_CODE} bytes, so HotSpot compiles the method (8,000-byte limit). A
     * Gaussian's Exp makes the tile smaller; a kNN's compare does not.
     *
     * <p>With {@code streaming} (D >= {@link #STREAMING_DIM}: a task's packed vectors, N * D values,
     * outgrow the caches, and every row block reads them from memory or L2 again), the tile with
     * the most rows among those with at least 8 accumulators: traffic per FMA is 1 / R. There a
     * tile whose spelled epilogue would be too large (a Gaussian's Exp) of at most 2 vectors
     * spells it once per row in a loop over the vectors ({@link Tile#epilogueLoop}): at D >= 128
     * the sums' round trip through an array costs two memory operations per D FMAs. Without the
     * loop, the Gaussian's tile was 2 x 4; with it, 8 x 2 like a kNN's.
     */
    static Tile tile(int registers, int temps, int epilogue, boolean streaming) {
        Tile best = new Tile(1, 1);
        double bestScore = 0;
        for (int v = 1; v <= 4; v++) {
            for (int r = 1; r <= 8; r++) {
                if (r * v + v + 1 + temps > registers - 2) {
                    continue;
                }
                long loops = 2L * r * (v + 1) * (temps + 1) + 2L * (r + v);
                long code = 16L * ((long) r * (v + 1) * epilogue + loops);
                boolean loop = false;
                if (code > TILE_CODE && r * v > 1) {
                    // The full tile's epilogue once per row (in the loop over v), the last vectors' once more.
                    long looped = 16L * (2L * r * epilogue + loops + 2L * r * v);
                    if (!streaming || v > 2 || v == 1 || looped > TILE_CODE) {
                        continue;
                    }
                    loop = true;
                }
                double score = streaming ? (r * v >= 8 ? r + 0.01 * r * v : 0.001 * r * v) : (double) r * v / (r + v);
                if (score > bestScore + 1e-9
                        || (Math.abs(score - bestScore) <= 1e-9 && r * v > best.rows() * best.vectors())) {
                    best = new Tile(r, v, loop);
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** Bytecode budget of a tiled block's spelled tiles (HotSpot's limit is 8,000 bytes a method). */
    static final int TILE_CODE = 6500;

    /** The tile without a code budget, not streaming (tests). */
    static Tile tile(int registers, int temps) {
        return tile(registers, temps, 0, false);
    }

    /** The tile of the tiled schedule at a vector width. */
    Tile tile(int bits) {
        int temps = 1;
        for (ComponentSums.Sum s : tiled.sums()) {
            temps = Math.max(temps, s.term().size() - 3);
        }
        int dim = tiled.sums().stream().mapToInt(ComponentSums.Sum::dim).max().orElse(0);
        return tile(registers(bits), temps, epilogue, dim >= STREAMING_DIM);
    }

    /** From this many components, tiles favour rows over vectors (see {@link #tile(int, int, int, boolean)}). */
    static final int STREAMING_DIM = 128;

    /** Vector registers of the instruction set a width targets: AVX-512 has 32, AVX2 and NEON/SSE 16. */
    static int registers(int bits) {
        return bits >= 512 ? 32 : 16;
    }

    /**
     * Rows per register block for a vector width. A SUM of a formula with inline transcendentals
     * is budgeted for 16 registers at every width: their polynomials keep several temporaries
     * per row live, which the model below does not count, and more rows spilled. Measured on
     * AVX-512 (AMD EPYC, 2 threads, M = N = 10^4, benchmark runner): Gaussian D = 3, 4 rows
     * 2.87e9 pairs/s per thread against 3.08e9 with 1; its gradient 1.93e9 against 2.05e9; the
     * online LOG_SUM_EXP (not a SUM) gains from 4 rows: 1.56e9 against 1.10e9.
     */
    int rowsPerBlock(int bits) {
        if (tiled != null) {
            return tile(bits).rows();
        }
        return rowsPerBlock(costs, sumOfTranscendentals ? 16 : registers(bits));
    }

    /**
     * Rows per register block, from the per-row vector work, the vector registers the rows'
     * broadcast values and the transcendental constants keep live, and a bytecode budget.
     */
    static int rowsPerBlock(Costs c, int registers) {
        if (c.rowAtATime()) {
            return 1;
        }
        int r = c.rowWork() <= 16 ? 4 : c.rowWork() <= 64 ? 2 : 1;
        // Each row keeps its broadcast row values live through the loop; past (registers - 4) of
        // them, C2 spills and reloads them on every iteration (12 measured with 16 registers).
        while (r > 1 && (long) r * c.perRowBroadcasts() > registers - 4) {
            r /= 2;
        }
        // Inline transcendental functions keep their constants live too (a float32 Exp: 14):
        // measured on AVX2 (16 registers), a Gaussian at D = 3 ran 8% slower with 4 rows (12 row
        // broadcasts) than before Exp was inline, and 5% faster with 1 row; D = 1 is as fast at 4.
        // The budget, registers + 2 (C2 rematerializes a few constants), is 34 with AVX-512's 32.
        while (r > 1 && c.constants() > 0 && (long) r * c.perRowBroadcasts() + c.constants() > registers + 2) {
            r /= 2;
        }
        // Each row keeps one accumulator per output component live through the loop. A block of
        // rows whose accumulators take more than half the registers spills them: measured on
        // AVX-512 (AMD EPYC, 1 thread, N = 10^4), a Gaussian times a 10-column weight ran 2.4 x
        // slower with 2 rows (20 accumulators) than with 1.
        while (r > 1 && (long) r * c.accumulators() > registers / 2) {
            r /= 2;
        }
        // Keep the loop method well under HotSpot's 8000-byte limit for JIT compilation.
        while (r > 1 && c.loopCode(r) > LOOP_CODE_BUDGET) {
            r /= 2;
        }
        return r;
    }

    /** The schedule of a plan's SIMD kernel; {@code live} from {@link Liveness}. */
    static SimdSchedule of(KernelPlan plan, boolean[] live) {
        return of(plan, live, null);
    }

    /**
     * The tiled schedule: {@code live} is what the formula needs besides the sums' terms
     * ({@link ComponentSums#live()}); the sums' invariants are broadcast before the loops.
     */
    static SimdSchedule tiled(KernelPlan plan, ComponentSums sums) {
        return of(plan, sums.live(), sums);
    }

    private static SimdSchedule of(KernelPlan plan, boolean[] live, ComponentSums tiled) {
        Program program = plan.program();
        boolean isFloat = plan.precision() == Precision.FLOAT;
        int n = program.nodes().size();
        boolean[] perRow = new boolean[n];
        boolean[] broadcast = new boolean[n];
        for (Program.Node node : program.nodes()) {
            // A tiled sum is computed per row of the tile, even one of the reduced side alone
            // (SqNorm2(y)): its registers are the tile's, and the scalar tail loops it per row.
            boolean dep = node.level() == Level.OUTER
                    || (tiled != null && node.level() == Level.INNER && tiled.at(node.id()) != null);
            if (node.level() == Level.INNER) {
                for (int operand : node.instr().operands()) {
                    dep |= perRow[operand];
                    if (program.node(operand).level() != Level.INNER && live[node.id()]) {
                        broadcast[operand] = true;
                    }
                }
            }
            perRow[node.id()] = dep;
        }
        List<Integer> outputs = new ArrayList<>(program.formula());
        outputs.addAll(program.weight());
        for (int id : outputs) {
            if (program.node(id).level() != Level.INNER) {
                broadcast[id] = true;
            }
        }
        int[] uses = uses(program, live, outputs);
        boolean[] fused = fusions(plan.reductionType(), program, live, perRow, uses);
        if (tiled != null) {
            for (ComponentSums.Sum s : tiled.sums()) {
                for (int inv : s.invariants()) {
                    broadcast[inv] = true;
                }
                // The root is loaded from its tile, never computed from its operands.
                for (int operand : program.node(s.root()).instr().operands()) {
                    fused[operand] = false;
                }
            }
        }
        Costs costs = costs(plan, live, perRow, broadcast, isFloat);
        boolean[] loadedAtFold = tiled == null && plan.reductionType().foldAdds()
                ? loadedAtFold(program, live, perRow, fused, uses) : new boolean[n];
        return new SimdSchedule(perRow, broadcast, fused, loadedAtFold, costs,
                plan.reductionType().foldAdds() && costs.constants() > 0, tiled,
                tiled == null ? 0 : epilogue(plan, live, tiled, isFloat));
    }

    /**
     * The per-pair work besides the sums (their roots are loaded from registers): the formula's
     * other values, three operations per formula and weight component for the fold, its
     * exponential if it has one, and six for its bookkeeping (a K-min's test and branch).
     */
    private static int epilogue(KernelPlan plan, boolean[] live, ComponentSums tiled, boolean isFloat) {
        Program program = plan.program();
        int n = 6 + 3 * (program.formula().size() + program.weight().size()) + pairWeight(program, live, tiled, isFloat);
        if (plan.reductionType().usesExp()) {
            n += VectorTranscendentals.weight(UnaryOp.EXP, isFloat);
        }
        return n;
    }

    /**
     * The uses of each value: as an operand of a live node, and once per appearance among the
     * {@code outputs} (formula and weight components, read by the fold). Read by {@link #fusions}
     * and {@link #loadedAtFold}.
     */
    private static int[] uses(Program program, boolean[] live, List<Integer> outputs) {
        int[] uses = new int[program.nodes().size()];
        for (Program.Node node : program.nodes()) {
            if (live[node.id()]) {
                for (int operand : node.instr().operands()) {
                    uses[operand]++;
                }
            }
        }
        for (int id : outputs) {
            uses[id]++;
        }
        return uses;
    }

    /**
     * Products (a * b, a^2) whose only use is an addition at the same row dependence, or the SUM
     * fold, to be emitted as {@code a.fma(b, c)}: one rounding instead of two, and one
     * instruction instead of two on FMA hardware. {@code uses} from {@link #uses}.
     */
    private static boolean[] fusions(ReductionType reduction, Program program, boolean[] live, boolean[] perRow,
            int[] uses) {
        boolean[] fused = new boolean[program.nodes().size()];
        for (Program.Node node : program.nodes()) {
            if (live[node.id()] && node.level() == Level.INNER && node.instr() instanceof Instr.Bin b
                    && b.op() == BinaryOp.ADD) {
                if (fusable(program, b.a(), node.id(), uses, perRow, fused)) {
                    fused[b.a()] = true;
                } else if (fusable(program, b.b(), node.id(), uses, perRow, fused)) {
                    fused[b.b()] = true;
                }
            }
        }
        if (reduction.foldAdds()) {
            for (int id : program.formula()) {
                if (ComponentSums.isProduct(program.node(id).instr()) && program.node(id).level() == Level.INNER
                        && uses[id] == 1) {
                    fused[id] = true;
                }
            }
        }
        return fused;
    }

    /**
     * See {@link #loadedAtFold()}: loads whose every use ({@code uses} from {@link #uses}) is a
     * formula component or a product fused into one.
     */
    private static boolean[] loadedAtFold(Program program, boolean[] live, boolean[] perRow, boolean[] fused,
            int[] uses) {
        int n = program.nodes().size();
        int[] foldUses = new int[n];
        for (int id : program.formula()) {
            foldUses[id]++;
            if (fused[id]) {
                for (int operand : program.node(id).instr().operands()) {
                    foldUses[operand]++;
                }
            }
        }
        boolean[] at = new boolean[n];
        for (Program.Node node : program.nodes()) {
            int id = node.id();
            at[id] = live[id] && node.level() == Level.INNER && !perRow[id] && !fused[id]
                    && node.instr() instanceof Instr.Load && uses[id] > 0 && foldUses[id] == uses[id];
        }
        return at;
    }

    /**
     * The code weight of the live per-pair values outside the sums over components (which loop):
     * what a kernel spells once per pair, transcendental operations by their inline code's weight.
     */
    static int pairWeight(Program program, boolean[] live, ComponentSums sums, boolean isFloat) {
        int n = 0;
        for (Program.Node node : program.nodes()) {
            if (live[node.id()] && node.level() == Level.INNER && sums.at(node.id()) == null) {
                n += codeWeight(node.instr(), isFloat);
            }
        }
        return n;
    }

    /**
     * What a kernel's row method spells once per pair or once per row outside the component loops
     * ({@link KernelSize}): the per-row values are computed in the same method as the pair loop, as
     * scalars (one operation or Math call each, a transcendental included).
     */
    static int rowMethodWeight(Program program, boolean[] live, ComponentSums sums, boolean isFloat) {
        int n = 0;
        for (Program.Node node : program.nodes()) {
            if (live[node.id()] && sums.at(node.id()) == null) {
                // a per-row value is one scalar operation or Math call per row component, not inline vector code
                n += node.level() == Level.INNER ? codeWeight(node.instr(), isFloat) : node.level() == Level.OUTER ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean fusable(Program program, int id, int user, int[] uses, boolean[] perRow, boolean[] fused) {
        return ComponentSums.isProduct(program.node(id).instr()) && !fused[id] && uses[id] == 1
                && program.node(id).level() == Level.INNER && perRow[id] == perRow[user];
    }

    private static Costs costs(KernelPlan plan, boolean[] live, boolean[] perRow, boolean[] broadcast,
            boolean isFloat) {
        Program program = plan.program();
        ReductionType reduction = plan.reductionType();
        int rowWork = 0;
        int sharedCode = 0;
        int rowCode = 0;
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.level() == Level.INNER) {
                if (perRow[n.id()]) {
                    rowWork++;
                    rowCode += codeWeight(n.instr(), isFloat);
                } else {
                    sharedCode += codeWeight(n.instr(), isFloat);
                }
            }
        }
        rowWork += plan.outputWidth() * 3;
        rowCode += plan.outputWidth() * 3;
        if (reduction.usesExp()) {
            rowCode += VectorTranscendentals.weight(UnaryOp.EXP, isFloat);
        }
        int perRowBroadcasts = 0;
        for (Program.Node n : program.nodes()) {
            if (broadcast[n.id()] && perRow[n.id()]) {
                perRowBroadcasts++;
            }
        }
        return new Costs(reduction.rowAtATime(), rowWork, rowCode, sharedCode, perRowBroadcasts,
                transcendentalConstants(program, live, reduction, isFloat), plan.outputWidth());
    }

    /** Constants of the distinct transcendental operations the j-loop computes. */
    private static int transcendentalConstants(Program program, boolean[] live, ReductionType reduction,
            boolean isFloat) {
        Set<Object> ops = new HashSet<>();
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
        if (reduction.usesExp() && ops.add(UnaryOp.EXP)) {
            n += VectorTranscendentals.constants(UnaryOp.EXP, isFloat);
        }
        return n;
    }

    /** An instruction's vector code in simple operations (~16 bytes of bytecode each). */
    private static int codeWeight(Instr instr, boolean isFloat) {
        return switch (instr) {
            case Instr.Un u -> VectorTranscendentals.weight(u.op(), isFloat);
            case Instr.Bin bin -> VectorTranscendentals.weight(bin.op(), isFloat);
            default -> 1;
        };
    }
}
