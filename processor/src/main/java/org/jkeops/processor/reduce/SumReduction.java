package org.jkeops.processor.reduce;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jkeops.annotations.SumScheme;
import org.jkeops.processor.emit.RuntimeTypes;
import org.jkeops.processor.plan.Precision;

/**
 * SUM: init 0, fold {@code acc + v}, merge by addition, finalize the sum. The scheme says how
 * the additions round: BLOCK adds partial sums of {@link #BLOCK} pairs (the error grows with the
 * number of blocks, not of pairs), KAHAN carries a compensation, DIRECT adds in order, DOUBLE
 * accumulates float32 terms in float64.
 */
public record SumReduction(SumScheme scheme, Precision precision) implements ReductionType {
    /** Pairs per partial sum of the BLOCK scheme. */
    public static final int BLOCK = 256;

    public SumReduction {
        if (scheme == SumScheme.AUTO) {
            throw new IllegalArgumentException("unresolved sum scheme");
        }
    }

    /** The same sums over the D components of a wide output, kept in arrays ({@link WideSum}). */
    public WideSum wide(int dim) {
        return new WideSum(this, dim);
    }

    /** Not a float32 sum with the DOUBLE scheme: its float outputs would add a rounding per part. */
    @Override
    public boolean splittable() {
        return !(precision == Precision.FLOAT && scheme == SumScheme.DOUBLE);
    }

    @Override
    public boolean foldAdds() {
        return scheme == SumScheme.DIRECT || scheme == SumScheme.BLOCK;
    }

    @Override
    public boolean usesDouble() {
        return scheme == SumScheme.DOUBLE;
    }

    /** The BLOCK scheme: the scalar loop adds the pairs in blocks of {@link #BLOCK}, OpenCL per work-group tile. */
    @Override
    public boolean blocked() {
        return scheme == SumScheme.BLOCK;
    }

    private String accType(String t) {
        return scheme == SumScheme.DOUBLE ? "double" : t;
    }

    private String narrow(boolean isFloat) {
        return scheme == SumScheme.DOUBLE && isFloat ? "(float) " : "";
    }

    // ---- scalar Java --------------------------------------------------------------------------

    @Override
    public void scalarInit(CodeBlock.Builder b, ScalarRow row) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$L $L = 0", accType(row.t()), row.name("acc", c));
            if (scheme == SumScheme.KAHAN) {
                b.addStatement("$L $L = 0", row.t(), row.name("cmp", c));
            }
        }
    }

    @Override
    public void scalarFold(CodeBlock.Builder b, ScalarRow row) {
        for (int c = 0; c < row.dim(); c++) {
            String v = row.values().get(c);
            String acc = row.name("acc", c);
            if (scheme == SumScheme.DIRECT || scheme == SumScheme.DOUBLE || (row.tail() && scheme == SumScheme.BLOCK)) {
                b.addStatement("$L += $L", acc, v);
            } else if (scheme == SumScheme.BLOCK) {
                b.addStatement("$L += $L", row.name("blk", c), v);
            } else {
                kahanStep(b, row.t(), row.precision().boxName(), v, acc, row.name("cmp", c), row.name("ky", c),
                        row.name("kt", c));
            }
        }
    }

    /**
     * One compensated addition of {@code term} to the sum {@code acc} and its compensation
     * {@code cmp}, through the locals {@code ky} and {@code kt}: the one spelling of KAHAN's scalar
     * step, for the scalar fold, the SIMD lane merge and {@link WideSum}'s components.
     *
     * @param box the boxed type's name ({@code Float} or {@code Double}), for {@code isFinite}
     */
    static void kahanStep(CodeBlock.Builder b, String t, String box, String term, String acc, String cmp, String ky,
            String kt) {
        b.addStatement("final $L $L = $L - $L", t, ky, term, cmp);
        b.addStatement("final $L $L = $L + $L", t, kt, acc, ky);
        // An infinite running sum has no rounding error to carry: (inf - acc) - ky would be NaN or
        // inf and poison every later term.
        b.addStatement("$L = $L.isFinite($L) ? ($L - $L) - $L : 0", cmp, box, kt, kt, acc, ky);
        b.addStatement("$L = $L", acc, kt);
    }

    /** Opens a block of the BLOCK scheme: partial sums at 0. */
    @Override
    public void scalarBlockInit(CodeBlock.Builder b, ScalarRow row) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$L $L = 0", row.t(), row.name("blk", c));
        }
    }

    /** Closes a block of the BLOCK scheme: its partial sums added to the sums. */
    @Override
    public void scalarBlockEnd(CodeBlock.Builder b, ScalarRow row) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$L += $L", row.name("acc", c), row.name("blk", c));
        }
    }

    @Override
    public void scalarFinish(CodeBlock.Builder b, ScalarRow row) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("out[$L] = $L$L", row.out(c), narrow(row.isFloat()), row.name("acc", c));
        }
    }

    /** The sums, and KAHAN's compensations, which the SIMD tail carries on (its terms compensated too). */
    @Override
    public List<Slot> scalarState(ScalarRow row) {
        TypeName type = scheme == SumScheme.DOUBLE ? TypeName.DOUBLE : row.type();
        List<Slot> state = new ArrayList<>();
        for (int c = 0; c < row.dim(); c++) {
            state.add(new Slot(type, row.name("acc", c)));
            if (scheme == SumScheme.KAHAN) {
                state.add(new Slot(type, row.name("cmp", c)));
            }
        }
        return state;
    }

    // ---- Vector API lanes ---------------------------------------------------------------------

    /**
     * Whether the lane loop runs in tiles of {@link #BLOCK} pairs: the BLOCK scheme, and DOUBLE
     * in float64 (whose tiles' lane sums are added in order to the scalar sum).
     */
    @Override
    public boolean laneTiled() {
        return scheme == SumScheme.BLOCK || (scheme == SumScheme.DOUBLE && precision == Precision.DOUBLE);
    }

    @Override
    public void laneInit(CodeBlock.Builder b, LaneRow row) {
        for (int c = 0; c < row.dim(); c++) {
            if (scheme == SumScheme.DOUBLE) {
                b.addStatement("double $L = 0", row.state().name("acc", c));
                if (row.isFloat()) {
                    // float lanes widened to two double vectors: every term accumulates in float64
                    for (int h = 0; h < 2; h++) {
                        b.addStatement("$T $L_$L = ($T) $T.zero($L).convert($T.F2D, 0)", RuntimeTypes.DOUBLE_VECTOR,
                                row.name("dacc", c), h, RuntimeTypes.DOUBLE_VECTOR, row.vec(), row.species(),
                                RuntimeTypes.VECTOR_OPERATORS);
                    }
                }
            } else {
                b.addStatement("$T $L = $T.zero($L)", row.vec(), row.name("accv", c), row.vec(), row.species());
            }
            if (scheme == SumScheme.KAHAN) {
                b.addStatement("$T $L = $T.zero($L)", row.vec(), row.name("cmpv", c), row.vec(), row.species());
            }
        }
    }

    /** Opens a tile ({@link #laneTiled}): partial sums at 0. */
    @Override
    public void laneTileInit(CodeBlock.Builder b, LaneRow row) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$T $L = $T.zero($L)", row.vec(), row.name("blkv", c), row.vec(), row.species());
        }
    }

    /** Closes a tile: its partial sums added to the vector sums (BLOCK) or, lanes summed, to the scalar ones. */
    @Override
    public void laneTileEnd(CodeBlock.Builder b, LaneRow row) {
        if (scheme == SumScheme.BLOCK) {
            for (int c = 0; c < row.dim(); c++) {
                b.addStatement("$L = $L.add($L)", row.name("accv", c), row.name("accv", c), row.name("blkv", c));
            }
            return;
        }
        List<String> tileSums = IntStream.range(0, row.dim()).mapToObj(c -> row.name("tileSum", c)).toList();
        List<String> vectors = IntStream.range(0, row.dim()).mapToObj(c -> row.name("blkv", c)).toList();
        b.add("{\n$>");
        laneSums(b, row, tileSums, vectors);
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$L += $L", row.state().name("acc", c), tileSums.get(c));
        }
        b.add("$<}\n");
    }

    @Override
    public void laneFold(CodeBlock.Builder b, LaneRow row) {
        for (int c = 0; c < row.dim(); c++) {
            row.prepare().component(b, c);
            String v = row.values().get(c);
            String acc = row.name("accv", c);
            String blk = row.name("blkv", c);
            switch (scheme) {
                case BLOCK -> b.addStatement("$L = $L", blk, row.plus().of(c, blk));
                case DIRECT -> b.addStatement("$L = $L", acc, row.plus().of(c, acc));
                case DOUBLE -> {
                    if (row.isFloat()) {
                        for (int h = 0; h < 2; h++) {
                            String dacc = row.name("dacc", c) + "_" + h;
                            b.addStatement("$L = $L.add($L.convert($T.F2D, $L))", dacc, dacc, v,
                                    RuntimeTypes.VECTOR_OPERATORS, h);
                        }
                    } else {
                        b.addStatement("$L = $L.add($L)", blk, blk, v);
                    }
                }
                case KAHAN -> {
                    String ky = row.name("ky", c);
                    String kt = row.name("kt", c);
                    String cmp = row.name("cmpv", c);
                    b.addStatement("final $T $L = $L.sub($L)", row.vec(), ky, v, cmp);
                    b.addStatement("final $T $L = $L.add($L)", row.vec(), kt, acc, ky);
                    // lanes whose running sum is infinite carry no compensation (it would be NaN)
                    b.addStatement("$L = $T.zero($L).blend($L.sub($L).sub($L), $L.test($T.IS_FINITE))", cmp, row.vec(),
                            row.species(), kt, acc, ky, kt, RuntimeTypes.VECTOR_OPERATORS);
                    b.addStatement("$L = $L", acc, kt);
                }
                case AUTO -> throw new IllegalStateException("unresolved sum scheme");
            }
        }
    }

    @Override
    public void laneMerge(CodeBlock.Builder b, LaneRow row) {
        if (scheme == SumScheme.DOUBLE) {
            if (row.isFloat()) {
                for (int c = 0; c < row.dim(); c++) {
                    b.addStatement("$L += $T.sum($L_0) + $T.sum($L_1)", row.state().name("acc", c), RuntimeTypes.LANES,
                            row.name("dacc", c), RuntimeTypes.LANES, row.name("dacc", c));
                }
            }
            return;
        }
        if (scheme == SumScheme.KAHAN) {
            kahanLaneMerge(b, row);
            return;
        }
        List<String> targets = new ArrayList<>();
        List<String> vectors = new ArrayList<>();
        for (int c = 0; c < row.dim(); c++) {
            targets.add(row.state().name("acc", c));
            vectors.add(row.name("accv", c));
        }
        laneSums(b, row, targets, vectors);
    }

    /**
     * KAHAN: each lane's sum, then each lane's compensation (negated), added into the scalar sum
     * and compensation with the same compensated step as the fold ({@link #kahanStep}), lane 0 up;
     * the scalar tail goes on from them. Adding the lanes plainly lost what the compensations had
     * kept (1e8 and 39 ones in float32 gave 1e8 where the scalar backend gives 100000040). The
     * components' vectors are stored side by side and merged in one loop, for the reason
     * {@link #laneSums} gives.
     */
    private void kahanLaneMerge(CodeBlock.Builder b, LaneRow row) {
        String ln = LaneRow.SCRATCH;
        String lanes = row.species() + ".length()";
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$L.intoArray($L, $L)", row.name("accv", c), ln, scratchAt(2 * c, lanes));
            b.addStatement("$L.neg().intoArray($L, $L)", row.name("cmpv", c), ln, scratchAt(2 * c + 1, lanes));
        }
        b.beginControlFlow("for (int part = 0; part < $L * $L; part += 2 * $L)", 2 * row.dim(), lanes, lanes);
        b.addStatement("$L laneSum = 0", row.t());
        b.addStatement("$L laneCmp = 0", row.t());
        b.beginControlFlow("for (int term = part; term < part + 2 * $L; term++)", lanes);
        kahanStep(b, row.t(), row.precision().boxName(), ln + "[term]", "laneSum", "laneCmp", "ky", "kt");
        b.endControlFlow();
        b.addStatement("$L[part] = laneSum", ln);
        b.addStatement("$L[part + 1] = laneCmp", ln);
        b.endControlFlow();
        for (int c = 0; c < row.dim(); c++) {
            String at = scratchAt(2 * c, lanes);
            b.addStatement("$L $L = $L[$L]", row.t(), row.state().name("acc", c), ln, at);
            b.addStatement("$L $L = $L[$L]", row.t(), row.state().name("cmp", c), ln, c == 0 ? "1" : at + " + 1");
        }
    }

    /**
     * BLOCK and DIRECT merge a vector per component, KAHAN two, float64 DOUBLE a tile's partial sum
     * per component ({@link #laneTileEnd}); they are stored side by side. Float32 DOUBLE merges
     * through {@code Lanes.sum}.
     */
    @Override
    public int laneScratchVectors(LaneRow row) {
        return switch (scheme) {
            case BLOCK, DIRECT -> row.dim();
            case KAHAN -> 2 * row.dim();
            case DOUBLE -> row.isFloat() ? 1 : row.dim();
            case AUTO -> 1;
        };
    }

    /**
     * Declares each target as the sum of the lanes of its vector, lane 0 up (the order of
     * {@code Lanes.sum}), through the row kernel's scratch array ({@link LaneRow#SCRATCH}), with one
     * loop for them all: the vectors are stored side by side and summed in place. Why one loop: a
     * loop per vector gave the 12-column kernel of the spectral tutorial twelve more loops, each a
     * place where HotSpot compiled the method again for on-stack replacement while its first call
     * ran interpreted (seven compilations before the real one; the first call took 0.9-1.6 s, with
     * one loop 0.7-0.8 s). The sums are the same: each is its own chain over the lanes in order.
     */
    private static void laneSums(CodeBlock.Builder b, LaneRow row, List<String> targets, List<String> vectors) {
        String ln = LaneRow.SCRATCH;
        if (vectors.size() == 1) {
            b.addStatement("$L.intoArray($L, 0)", vectors.get(0), ln);
            b.addStatement("$L $L = $L[0]", row.t(), targets.get(0), ln);
            b.beginControlFlow("for (int lane = 1; lane < $L.length(); lane++)", row.species());
            b.addStatement("$L += $L[lane]", targets.get(0), ln);
            b.endControlFlow();
            return;
        }
        String lanes = row.species() + ".length()";
        for (int i = 0; i < vectors.size(); i++) {
            b.addStatement("$L.intoArray($L, $L)", vectors.get(i), ln, scratchAt(i, lanes));
        }
        b.beginControlFlow("for (int part = 0; part < $L * $L; part += $L)", vectors.size(), lanes, lanes);
        b.addStatement("$L laneSum = $L[part]", row.t(), ln);
        b.beginControlFlow("for (int lane = 1; lane < $L; lane++)", lanes);
        b.addStatement("laneSum += $L[part + lane]", ln);
        b.endControlFlow();
        b.addStatement("$L[part] = laneSum", ln);
        b.endControlFlow();
        for (int i = 0; i < vectors.size(); i++) {
            b.addStatement("$L $L = $L[$L]", row.t(), targets.get(i), ln, scratchAt(i, lanes));
        }
    }

    /** Where the i-th vector's lanes start in the scratch array. */
    private static String scratchAt(int i, String lanes) {
        return i == 0 ? "0" : i == 1 ? lanes : i + " * " + lanes;
    }

    // ---- carried lane state -------------------------------------------------------------------

    /** The vector sums (and Kahan compensations); not DOUBLE, whose float64 lanes and scalar sum are not carried. */
    @Override
    public boolean laneCarried() {
        return scheme != SumScheme.DOUBLE;
    }

    /** Per component: the vector sum, then the Kahan compensation (KAHAN) or the open block's partial sum (BLOCK). */
    @Override
    public int laneCarryValues(LaneRow row, int lanes) {
        return row.dim() * lanes * (scheme == SumScheme.KAHAN || scheme == SumScheme.BLOCK ? 2 : 1);
    }

    @Override
    public void laneTileSave(CodeBlock.Builder b, LaneRow row, String values, String valuesAt, int lanes) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$L.intoArray($L, $L + $L)", row.name("blkv", c), values, valuesAt, (row.dim() + c) * lanes);
        }
    }

    @Override
    public void laneTileRestore(CodeBlock.Builder b, LaneRow row, String values, String valuesAt, int lanes) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$L = $T.fromArray($L, $L, $L + $L)", row.name("blkv", c), row.vec(), row.species(), values,
                    valuesAt, (row.dim() + c) * lanes);
        }
    }

    @Override
    public void laneSave(CodeBlock.Builder b, LaneRow row, String values, String valuesAt, String ints, String intsAt,
            int lanes) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$L.intoArray($L, $L + $L)", row.name("accv", c), values, valuesAt, c * lanes);
            if (scheme == SumScheme.KAHAN) {
                b.addStatement("$L.intoArray($L, $L + $L)", row.name("cmpv", c), values, valuesAt, (row.dim() + c) * lanes);
            }
        }
    }

    @Override
    public void laneRestore(CodeBlock.Builder b, LaneRow row, String values, String valuesAt, String ints,
            String intsAt, int lanes) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$L = $T.fromArray($L, $L, $L + $L)", row.name("accv", c), row.vec(), row.species(), values,
                    valuesAt, c * lanes);
            if (scheme == SumScheme.KAHAN) {
                b.addStatement("$L = $T.fromArray($L, $L, $L + $L)", row.name("cmpv", c), row.vec(), row.species(), values,
                        valuesAt, (row.dim() + c) * lanes);
            }
        }
    }

    // ---- OpenCL C -----------------------------------------------------------------------------

    @Override
    public void clInit(ClRow row) {
        for (int c = 0; c < row.dim(); c++) {
            row.line(accType(row.t()) + " acc" + c + " = 0;");
            if (scheme == SumScheme.KAHAN) {
                row.line(row.t() + " cmp" + c + " = 0;");
            }
        }
    }

    @Override
    public void clFold(ClRow row) {
        for (int c = 0; c < row.dim(); c++) {
            String v = row.values().get(c);
            switch (scheme) {
                case BLOCK -> row.line("blk" + c + " += " + v + ";");
                case DIRECT, DOUBLE -> row.line("acc" + c + " += " + v + ";");
                case KAHAN -> row.line("{ const " + row.t() + " ky = " + v + " - cmp" + c + "; const " + row.t()
                        + " kt = acc" + c + " + ky; cmp" + c + " = isfinite(kt) ? (kt - acc" + c + ") - ky : 0; acc" + c
                        + " = kt; }");
                case AUTO -> throw new IllegalStateException("unresolved sum scheme");
            }
        }
    }

    /** Opens a block of the BLOCK scheme. */
    @Override
    public void clBlockInit(ClRow row) {
        for (int c = 0; c < row.dim(); c++) {
            row.line(row.t() + " blk" + c + " = 0;");
        }
    }

    /** Closes a block of the BLOCK scheme. */
    @Override
    public void clBlockEnd(ClRow row) {
        for (int c = 0; c < row.dim(); c++) {
            row.line("acc" + c + " += blk" + c + ";");
        }
    }

    @Override
    public void clFinish(ClRow row) {
        for (int c = 0; c < row.dim(); c++) {
            row.line("out[o + " + c + "] = " + narrow(row.isFloat()) + "acc" + c + ";");
            if (clWritesDoubleSums()) {
                row.line("outAcc[o + " + c + "] = acc" + c + ";");
            }
        }
    }

    /** A float32 sum in the DOUBLE scheme: its float64 sums, which split parts are merged from. */
    @Override
    public boolean clWritesDoubleSums() {
        return precision == Precision.FLOAT && scheme == SumScheme.DOUBLE;
    }

    // ---- host merge ---------------------------------------------------------------------------

    @Override
    public void splitMerge(CodeBlock.Builder b, String valueParts, String indexParts, String out, String outIndex,
            String rows, int dim) {
        b.addStatement("$T.$L($L, $L)", RuntimeTypes.SPLIT_MERGE, scheme == SumScheme.KAHAN ? "kahanSum" : "sum",
                valueParts, out);
    }

    /**
     * The float32 DOUBLE scheme's finalized parts merge too: added in float64 in part order and
     * rounded once, which differs from one pass by at most one float32 rounding per part.
     */
    @Override
    public boolean finalizedPartsMerge() {
        return true;
    }

    @Override
    public void finalizedPartsMerge(CodeBlock.Builder b, String valueParts, String indexParts, String out,
            String outIndex, String rows, int dim) {
        if (clWritesDoubleSums()) {
            b.addStatement("$T.sumInDouble($L, $L)", RuntimeTypes.SPLIT_MERGE, valueParts, out);
        } else {
            splitMerge(b, valueParts, indexParts, out, outIndex, rows, dim);
        }
    }

    /** The float32 DOUBLE scheme on OpenCL: the parts' float64 sums added, rounded once. */
    @Override
    public void clSplitMerge(CodeBlock.Builder b, String valueParts, String indexParts, String extraParts, String out,
            String outIndex, String scratch, String rows, int dim) {
        b.addStatement("$T.$L($L, $L)", RuntimeTypes.SPLIT_MERGE,
                scheme == SumScheme.KAHAN && !clWritesDoubleSums() ? "kahanSum" : "sum",
                clWritesDoubleSums() ? extraParts : valueParts, out);
    }
}
