package org.jkeops.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Level;
import org.jkeops.processor.plan.Program;
import org.jkeops.processor.reduce.ReductionType;
import org.jkeops.processor.reduce.SumReduction;

/**
 * The register-tiled ("GEMM-like") loop of a SIMD row block, for formulas whose work is sums over
 * many components ({@link ComponentSums}): for a tile of R output rows and V vectors of reduced
 * lanes, a loop over the components d loads V vectors of the reduced variable's component d
 * (packed vector by vector, component after component: {@code Soa.pack} from the row-major input
 * once per dense call, or per part of j; {@code Soa.packVectors} from the columns per block-sparse task),
 * broadcasts each row's component d, and accumulates R * V partial sums in registers; then the
 * rest of the formula and the reduction's lane fold take the R * V sums as they are, in
 * registers. The code does not grow with D; it grows with R * V times the rest of the formula,
 * which {@link SimdSchedule#tile} budgets.
 *
 * <p>Each term is computed exactly as written ({@code SqDist}: a subtraction and an FMA per
 * component, like KeOps), not through {@code |x|^2 + |y|^2 - 2 x.y}, which is one FMA per
 * component but cancels for near points, the ones a kNN is about. On AMD Zen 4 the subtractions
 * go to the FP adders, beside the FMA pipes.
 *
 * <p>Sums are added in order of d, one rounding per component (the unrolled schedule adds them as
 * a balanced tree): the error bound grows with D rather than log D.
 */
final class TiledBlock {
    /** The values' names and expressions, shared with the rest of the row kernel. */
    private final SimdValues simd;
    private final KernelPlan plan;
    private final Program program;
    private final ReductionType reduction;
    private final ComponentSums sums;
    private final SimdSchedule.Tile tile;
    /** Lanes per vector. */
    private final int lanes;
    /** Whether the block sweeps j in chunks, carrying the reduction's lane state ({@link #chunksOpen}). */
    private final boolean carried;

    TiledBlock(SimdValues simd, SimdSchedule schedule, int bits) {
        this.simd = simd;
        this.plan = simd.plan();
        this.program = plan.program();
        this.reduction = plan.reductionType();
        this.sums = schedule.tiled();
        this.tile = schedule.tile(bits);
        this.lanes = bits / (simd.isFloat() ? 32 : 64);
        // Only where the packed vectors outgrow the caches (D >= 128, as the streaming tiles): at
        // D = 16 a chunk's restarts cost more than L2 saves (kNN 1.1e9 -> 7.8e8 pairs/s, 1 thread).
        int dim = sums.sums().stream().mapToInt(ComponentSums.Sum::dim).max().orElse(0);
        this.carried = reduction.laneCarried() && dim >= SimdSchedule.STREAMING_DIM;
    }

    /** Per task (the range method), before its row blocks: the packed vectors of each sum's reduced variable. */
    void prelude(CodeBlock.Builder b) {
        for (ComponentSums.ReducedLoad r : sums.reducedLoads()) {
            // Packed by the entry for dense calls (once) and split-j parts (per part);
            // a block-sparse task packs its columns or their gathered copy here.
            b.addStatement("final $L[] pk$L = pkc$L != null ? pkc$L : $T.packVectors($L, $L, $L, js, je, $L)", simd.t(),
                    r.key(), r.key(), r.key(), RuntimeTypes.SOA, SimdEntry.soa(simd.param(r.load().param())),
                    r.load().component(), r.sum().dim(), lanes);
        }
    }

    /**
     * The packed vectors and the chunk of j to sweep, {@code [cs, ce)}, as parameters of the block
     * methods; with a carried state, its arrays and the block's first row in them.
     */
    void params(MethodSpec.Builder m) {
        packedParams(m);
        m.addParameter(com.palantir.javapoet.TypeName.INT, "cs").addParameter(com.palantir.javapoet.TypeName.INT, "ce");
        if (carried) {
            m.addParameter(ArrayTypeName.of(simd.scalarType()), "cv")
                    .addParameter(ArrayTypeName.of(com.palantir.javapoet.TypeName.INT), "ci")
                    .addParameter(com.palantir.javapoet.TypeName.INT, "co");
        }
    }

    /** The packed vectors as parameters of the tail methods, which read the tail's columns there. */
    void packedParams(MethodSpec.Builder m) {
        for (String name : packed()) {
            m.addParameter(ArrayTypeName.of(simd.scalarType()), name);
        }
    }

    /** The arguments for {@link #packedParams}. */
    String packedArgs() {
        return packed().stream().map(n -> ", " + n).reduce("", String::concat);
    }

    /**
     * Component d of column j of the reduced variable that {@code l} loads in {@code sum}'s term,
     * read from its packed vectors: the scalar tail's read (the last, zero-padded vector holds the
     * columns past the whole vectors), so that a variable only the sums read needs no columns.
     */
    String packedAt(ComponentSums.Sum sum, Instr.Load l) {
        for (int id : sum.term()) {
            if (l.equals(program.node(id).instr()) && program.node(id).level() == Level.INNER) {
                return "pk" + sums.packedKey(id, sum) + "[((j - js) / " + lanes + " * " + sum.dim() + " + d) * " + lanes + " + (j - js) % " + lanes + "]";
            }
        }
        throw new IllegalStateException("not a load of the sum's term: " + l);
    }

    /** The arguments of the block methods for {@link #params}, in the range method (row {@code r}). */
    String args() {
        return packedArgs() + ", cs, ce"
                + (carried ? ", cv, ci, r - r0" : "");
    }

    /**
     * Opens, in the range method and before its loops over register blocks, the loop over chunks
     * of j: all of the task's blocks sweep chunk {@code [cs, ce)} (a few hundred KB of packed
     * vectors, {@code Parallel.jChunk}) before the next, so the packed vectors come from the L2
     * cache, not from memory, for all but the first block. Each block saves its rows' lane state
     * at the end of a chunk and restores it at the start of the next (exactly: chunks are whole
     * multiples of the lanes and the reductions' blocks are kept on their grid, so the result is
     * that of one sweep); only the last chunk runs the
     * block's footer (lane merge, scalar tail, outputs). Without a carried state, one chunk.
     */
    void chunksOpen(CodeBlock.Builder b) {
        if (!carried) {
            b.addStatement("final int cs = js");
            b.addStatement("final int ce = je");
            return;
        }
        long bytesPerColumn = sums.reducedLoads().stream().mapToLong(r -> (long) r.sum().dim() * (simd.isFloat() ? 4 : 8))
                .sum();
        int values = reduction.laneCarryValues(simd.laneRow(0), lanes);
        int ints = reduction.laneCarryInts(simd.laneRow(0));
        // Chunks of whole tiles (any multiple of the lanes gives the same result).
        b.addStatement("final int chunk = $T.jChunk(je - js, $LL, $L)", RuntimeTypes.PARALLEL, bytesPerColumn,
                lanes * tile.vectors());
        // The vector loop's end: chunks cover [js, vb), the scalar tail the rest (last chunk).
        b.addStatement("final int vb = js + (je - js) / $L * $L", lanes, lanes);
        b.addStatement("final $L[] cv = chunk < vb - js ? new $L[(r1 - r0) * $L] : null", simd.t(), simd.t(), Math.max(values, 1));
        b.addStatement("final int[] ci = chunk < vb - js ? new int[(r1 - r0) * $L] : null", Math.max(ints, 1));
        b.beginControlFlow("for (int cs = js; ; cs += chunk)");
        b.addStatement("final int ce = (int) Math.min(vb, (long) cs + chunk)");
        b.addStatement("r = r0");
    }

    /** Closes {@link #chunksOpen}'s loop, after the loops over register blocks. */
    void chunksClose(CodeBlock.Builder b) {
        if (!carried) {
            return;
        }
        b.beginControlFlow("if (ce >= vb)");
        b.addStatement("break");
        b.endControlFlow();
        b.endControlFlow();
    }

    /** Where row q's carried values and ints start in {@code cv} and {@code ci}. */
    private String carryAt(int q, int perRow) {
        return "(co + " + q + ") * " + perRow;
    }

    private List<String> packed() {
        return sums.reducedLoads().stream().map(r -> "pk" + r.key()).toList();
    }

    /** The loop over the reduced index of rows [r, r + rows), between the block's header and footer. */
    void loop(CodeBlock.Builder b, int rows) {
        int vectors = tile.vectors();
        if (tile.epilogueLoop()) {
            b.addStatement("final $L[] tb = new $L[$L]", simd.t(), simd.t(), sums.sums().size() * rows * vectors * lanes);
        }
        IntStream.range(0, rows).forEachOrdered(q -> reduction.laneInit(b, simd.laneRow(q)));
        if (reduction.usesLaneIndex()) {
            b.addStatement("final $T iota = $T.zero($L).addIndex(1)", RuntimeTypes.INT_VECTOR, RuntimeTypes.INT_VECTOR,
                    simd.isp());
        }
        List<ComponentSums.Sum> all = sums.sums();
        java.util.Set<Integer> rowLoads = new java.util.HashSet<>();   // two sums may read the same row load
        for (ComponentSums.Sum sum : all) {
            for (int id : sum.term()) {
                if (program.node(id).instr() instanceof Instr.Load l && program.node(id).level() == Level.OUTER
                        && rowLoads.add(id)) {
                    int dim = simd.param(l.param()).dim();
                    for (int q = 0; q < rows; q++) {
                        b.addStatement("final int xo$L_$L = $L * $L + $L", id, q, q == 0 ? "r" : "(r + " + q + ")", dim,
                                l.component());
                    }
                }
            }
        }
        int values = carried ? reduction.laneCarryValues(simd.laneRow(0), lanes) : 0;
        int ints = carried ? reduction.laneCarryInts(simd.laneRow(0)) : 0;
        if (carried) {
            // A chunk after the first: the state the previous chunk left.
            b.beginControlFlow("if (cs > js)");
            IntStream.range(0, rows).forEachOrdered(q -> reduction.laneRestore(b, simd.laneRow(q), "cv",
                    carryAt(q, values), "ci", carryAt(q, ints), lanes));
            b.endControlFlow();
        }
        b.addStatement("final int bound = js + $L.loopBound(je - js)", simd.sp());
        b.addStatement("final int cEnd = Math.min(ce, bound)");
        boolean tiled = reduction.laneTiled();
        boolean tileCarried = carried && reduction.laneTileCarried();
        if (tiled) {
            // The reduction's blocks of pairs lie on a grid from js, whatever the chunks: a chunk
            // may open or close inside a block, whose partial state is then carried too.
            b.beginControlFlow("for (int j0 = cs; j0 < cEnd; )");
            b.addStatement("final int j1 = Math.min(cEnd, js + ((j0 - js) / $L + 1) * $L)", SumReduction.BLOCK,
                    SumReduction.BLOCK);
            IntStream.range(0, rows).forEachOrdered(q -> reduction.laneTileInit(b, simd.laneRow(q)));
            if (tileCarried) {
                b.beginControlFlow("if ((j0 - js) % $L != 0)", SumReduction.BLOCK);
                IntStream.range(0, rows).forEachOrdered(
                        q -> reduction.laneTileRestore(b, simd.laneRow(q), "cv", carryAt(q, values), lanes));
                b.endControlFlow();
            }
        } else {
            b.addStatement("final int j0 = cs");
            b.addStatement("final int j1 = cEnd");
        }
        b.beginControlFlow("for (int jt = j0; jt < j1; )");
        if (vectors == 1) {
            b.addStatement("final int nv = 1");
            tileOf(b, rows, 1, "jt");
        } else {
            b.addStatement("final int nv = Math.min($L, (j1 - jt) / $L)", vectors, lanes);
            b.beginControlFlow("if (nv == $L)", vectors);
            tileOf(b, rows, vectors, "jt");
            b.nextControlFlow("else");
            // Fewer than V vectors left before j1: one vector at a time, still R rows.
            b.beginControlFlow("for (int v = 0; v < nv; v++)");
            b.addStatement("final int jw = jt + v * $L", lanes);
            tileOf(b, rows, 1, "jw");
            b.endControlFlow();
            b.endControlFlow();
        }
        b.addStatement("jt += nv * $L", lanes);
        b.endControlFlow();
        if (tiled) {
            if (tileCarried) {
                // The chunk ends inside a block: its partial state goes on to the next chunk.
                b.beginControlFlow("if ((j1 - js) % $L != 0 && j1 < bound)", SumReduction.BLOCK);
                IntStream.range(0, rows).forEachOrdered(
                        q -> reduction.laneTileSave(b, simd.laneRow(q), "cv", carryAt(q, values), lanes));
                b.nextControlFlow("else");
            }
            IntStream.range(0, rows).forEachOrdered(q -> reduction.laneTileEnd(b, simd.laneRow(q)));
            if (tileCarried) {
                b.endControlFlow();
            }
            b.addStatement("j0 = j1");
            b.endControlFlow();
        }
        if (carried) {
            // Not the last chunk: the state saved for the next, no footer yet.
            b.beginControlFlow("if (cEnd < bound)");
            IntStream.range(0, rows).forEachOrdered(q -> reduction.laneSave(b, simd.laneRow(q), "cv",
                    carryAt(q, values), "ci", carryAt(q, ints), lanes));
            b.addStatement("return");
            b.endControlFlow();
        }
    }

    /** One tile of rows x vectors from column {@code j}: the sums by loops over d, then the rest per pair vector. */
    private void tileOf(CodeBlock.Builder b, int rows, int vectors, String j) {
        List<ComponentSums.Sum> all = sums.sums();
        for (int k = 0; k < all.size(); k++) {
            dLoop(b, k, rows, vectors, j);
        }
        if (tile.epilogueLoop() && vectors > 1) {
            epilogueLoop(b, rows, vectors, j);
            return;
        }
        for (int q = 0; q < rows; q++) {
            for (int v = 0; v < vectors; v++) {
                // A scope per pair vector: the rest of the formula and the fold declare the same names.
                b.add("{\n").indent();
                int row = q;
                int vector = v;
                restAndFold(b, q, v == 0 ? j : j + " + " + v * lanes, k -> CodeBlock.of("a$L_$L_$L", k, row, vector));
                b.unindent().add("}\n");
            }
        }
    }

    /** The rest of the formula and the fold of row q at column {@code j}, given its sums' vectors. */
    private void restAndFold(CodeBlock.Builder b, int q, String j, IntFunction<CodeBlock> sumAt) {
        b.addStatement("final int j = $L", j);
        if (reduction.usesLaneIndex()) {
            b.addStatement("final $T jv = iota.add(j)", RuntimeTypes.INT_VECTOR);
        }
        List<ComponentSums.Sum> all = sums.sums();
        for (int k = 0; k < all.size(); k++) {
            b.addStatement("final $T $L = $L", simd.vec(), simd.vectorRef(all.get(k).root(), q), sumAt.apply(k));
        }
        boolean[] live = simd.live();
        for (Program.Node n : program.nodes()) {
            if (live[n.id()] && n.level() == Level.INNER && sums.at(n.id()) == null && !simd.fused()[n.id()]) {
                simd.emitVector(b, n.instr(), simd.vectorRef(n.id(), q), q);
            }
        }
        reduction.laneFold(b, simd.laneRow(q));
    }

    /**
     * The rest of the formula and the fold of a full tile, spelled once per row in a loop over its
     * vectors: the sums go to {@code tb} (sum, row, vector) and come back one vector at a time.
     */
    private void epilogueLoop(CodeBlock.Builder b, int rows, int vectors, String j) {
        List<ComponentSums.Sum> all = sums.sums();
        for (int k = 0; k < all.size(); k++) {
            for (int q = 0; q < rows; q++) {
                for (int v = 0; v < vectors; v++) {
                    b.addStatement("a$L_$L_$L.intoArray(tb, $L)", k, q, v, ((k * rows + q) * vectors + v) * lanes);
                }
            }
        }
        for (int q = 0; q < rows; q++) {
            b.beginControlFlow("for (int v = 0; v < $L; v++)", vectors);
            int row = q;
            restAndFold(b, q, j + " + v * " + lanes, k -> CodeBlock.of("$T.fromArray($L, tb, $L + v * $L)", simd.vec(),
                    simd.sp(), (k * rows + row) * vectors * lanes, lanes));
            b.endControlFlow();
        }
    }

    /** Whether a sum before sum k in the same tile reads load {@code id} from the same packed vectors (its pb offsets are declared). */
    private boolean packedBefore(int k, int id) {
        String key = sums.packedKey(id, sums.sums().get(k));
        for (int earlier = 0; earlier < k; earlier++) {
            ComponentSums.Sum other = sums.sums().get(earlier);
            if (other.term().contains(id) && sums.packedKey(id, other).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Sum k of rows x vectors pairs from column {@code j}, into registers {@code a<k>_<q>_<v>}, by a loop over d. */
    private void dLoop(CodeBlock.Builder b, int k, int rows, int vectors, String j) {
        ComponentSums.Sum sum = sums.sums().get(k);
        for (int q = 0; q < rows; q++) {
            for (int v = 0; v < vectors; v++) {
                b.addStatement("$T a$L_$L_$L = $T.zero($L)", simd.vec(), k, q, v, simd.vec(), simd.sp());
            }
        }
        for (int id : sum.term()) {
            if (program.node(id).instr() instanceof Instr.Load && program.node(id).level() == Level.INNER
                    && !packedBefore(k, id)) {
                for (int v = 0; v < vectors; v++) {
                    b.addStatement("final int pb$L_$L = ($L - js) * $L$L", sums.packedKey(id, sum), v, j, sum.dim(),
                            v == 0 ? "" : " + " + v * sum.dim() * lanes);
                }
            }
        }
        b.beginControlFlow("for (int d = 0; d < $L; d++)", sum.dim());
        // What every row and vector shares: parameter components, the reduced variable's vectors.
        for (int id : sum.term()) {
            if (program.node(id).instr() instanceof Instr.Load l) {
                String comp = l.component() == 0 ? "d" : "d + " + l.component();
                KernelPlan.Param prm = simd.param(l.param());
                switch (program.node(id).level()) {
                    case PARAM -> b.addStatement("final $T e$L = $T.broadcast($L, $L[$L])", simd.vec(), id, simd.vec(), simd.sp(),
                            GeneratedNames.local(prm.name()), comp);
                    case INNER -> {
                        for (int v = 0; v < vectors; v++) {
                            b.addStatement("final $T e$L_v$L = $T.fromArray($L, pk$L, pb$L_$L + d * $L)", simd.vec(), id, v,
                                    simd.vec(), simd.sp(), sums.packedKey(id, sum), sums.packedKey(id, sum), v, lanes);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        int top = sum.termValue();
        for (int q = 0; q < rows; q++) {
            for (int id : sum.term()) {
                if (program.node(id).instr() instanceof Instr.Load l && program.node(id).level() == Level.OUTER) {
                    b.addStatement("final $T e$L_q$L = $T.broadcast($L, $L[xo$L_$L + d])", simd.vec(), id, q, simd.vec(), simd.sp(),
                            GeneratedNames.local(simd.param(l.param()).name()), id, q);
                }
            }
            for (int v = 0; v < vectors; v++) {
                final int qq = q;
                final int vv = v;
                java.util.function.IntFunction<String> ref = id -> termRef(sum, id, qq, vv);
                String acc = "a" + k + "_" + q + "_" + v;
                for (int id : sum.term()) {
                    Instr instr = program.node(id).instr();
                    if (instr instanceof Instr.Load) {
                        continue;
                    }
                    if (id == top && ComponentSums.isProduct(instr)) {
                        List<Integer> xy = ComponentSums.factors(instr);
                        b.addStatement("$L = $L.fma($L, $L)", acc, ref.apply(xy.get(0)), ref.apply(xy.get(1)), acc);
                    } else {
                        CodeBlock value = switch (instr) {
                            case Instr.Un u -> JavaSpelling.vector(u.op(), ref.apply(u.a()));
                            case Instr.Bin bin -> JavaSpelling.vector(bin.op(), ref.apply(bin.a()), ref.apply(bin.b()));
                            default -> throw new IllegalStateException("not a term operation: " + instr);
                        };
                        if (id == top) {
                            b.addStatement("$L = $L.add($L)", acc, acc, value);
                        } else {
                            b.addStatement("final $T $L = $L", simd.vec(), ref.apply(id), value);
                        }
                    }
                }
                if (program.node(top).instr() instanceof Instr.Load) {
                    b.addStatement("$L = $L.add($L)", acc, acc, ref.apply(top));
                }
            }
        }
        b.endControlFlow();
    }

    /** A value of the term inside the loop over d, for row q and vector v. */
    private String termRef(ComponentSums.Sum sum, int id, int q, int v) {
        if (sum.invariants().contains(id)) {
            return simd.vectorRef(id, q);
        }
        if (program.node(id).instr() instanceof Instr.Load) {
            return switch (program.node(id).level()) {
                case PARAM -> "e" + id;
                case OUTER -> "e" + id + "_q" + q;
                default -> "e" + id + "_v" + v;
            };
        }
        return "e" + id + "_" + q + "_" + v;
    }
}
