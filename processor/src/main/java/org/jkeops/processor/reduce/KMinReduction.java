package org.jkeops.processor.reduce;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jkeops.processor.emit.RuntimeTypes;
import org.jkeops.processor.plan.Precision;

/**
 * K_MIN / ARG_K_MIN / K_MIN_ARG_K_MIN: init empty sorted buffers of K (value, index) per
 * component, fold offers a pair (kept if among the K smallest, ties ordered by index, NaN
 * skipped: {@code KSmallest.offer}), merge offers one part's K to another in part order,
 * finalize copies the buffers (k-major: element {@code k * dim + c}). The SIMD lanes fold in
 * tiles and offer a tile's candidates after its loop ({@link #laneTiled}).
 */
public record KMinReduction(int k, boolean values, boolean indices, Precision precision) implements ReductionType {
    @Override
    public boolean hasValues() {
        return values;
    }

    @Override
    public boolean hasIndices() {
        return indices;
    }

    /** Not ARG_K_MIN: without values, parts cannot be compared. */
    @Override
    public boolean splittable() {
        return values;
    }

    @Override
    public int outputWidth(int dim, int weightDim) {
        return k * dim;
    }

    /** The sorted buffers live in memory: blocking rows in registers gains nothing. */
    @Override
    public boolean rowAtATime() {
        return true;
    }

    // ---- scalar Java --------------------------------------------------------------------------

    @Override
    public void scalarBuffers(CodeBlock.Builder b, ScalarRow row) {
        sortedBuffers(row).forEach(a -> a.declare(b));
    }

    /** A row's sorted K-lists: values and indices (k-major), and each component's count. */
    private List<RowBuffer> sortedBuffers(ScalarRow row) {
        int n = k * row.dim();
        return List.of(new RowBuffer(row.type(), row.name("kv"), n, true), new RowBuffer(TypeName.INT, row.name("ki"), n, true),
                new RowBuffer(TypeName.INT, row.name("kn"), row.dim(), true));
    }

    private static String buffers(ScalarRow row) {
        return row.name("kv") + ", " + row.name("ki") + ", " + row.name("kn");
    }

    @Override
    public void scalarInit(CodeBlock.Builder b, ScalarRow row) {
        b.addStatement("$T.reset($L)", RuntimeTypes.K_SMALLEST, buffers(row));
    }

    @Override
    public void scalarFold(CodeBlock.Builder b, ScalarRow row) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$T.offer($L, $L, $L, $L, $L, $L)", RuntimeTypes.K_SMALLEST, buffers(row), k, row.dim(), c,
                    row.values().get(c), row.index());
        }
    }

    @Override
    public void scalarFinish(CodeBlock.Builder b, ScalarRow row) {
        int width = k * row.dim();
        if (values) {
            b.addStatement("System.arraycopy($L, 0, out, $L, $L)", row.name("kv"), row.outBase(), width);
        }
        if (indices) {
            b.addStatement("System.arraycopy($L, 0, outIndex, $L, $L)", row.name("ki"), row.outBase(), width);
        }
    }

    @Override
    public List<Slot> scalarState(ScalarRow row) {
        return List.of();
    }

    // ---- Vector API lanes ---------------------------------------------------------------------

    /**
     * Per row, the scalar dialect's sorted buffers (the tail continues from them), and per component
     * a tile's values ({@link SumReduction#BLOCK} pairs, the lanes' only).
     */
    @Override
    public List<RowBuffer> laneBuffers(LaneRow row) {
        List<RowBuffer> buffers = new ArrayList<>(sortedBuffers(row.state()));
        IntStream.range(0, row.dim()).forEachOrdered(
                c -> buffers.add(new RowBuffer(row.type(), row.name("kb", c), SumReduction.BLOCK, false)));
        return buffers;
    }

    /** Per row, the buffers emptied and per component the K-th smallest value so far ({@code thr}). */
    @Override
    public void laneInit(CodeBlock.Builder b, LaneRow row) {
        scalarInit(b, row.state());
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$L $L = $L", row.t(), row.name("thr", c), row.inf(true));
        }
    }

    /**
     * The lane loop runs in tiles: the hot loop only stores each vector of values into the tile
     * and notes whether a lane beat the threshold; the rare insertions happen after the tile's
     * loop ({@link #laneTileEnd}). With the insertions inside the vector loop, how C2 compiled
     * that loop depended on the profile of the rare branch (whether it inlined
     * {@code KSmallest.offer}), which left each JVM in one of two speeds, 1.0e9 or 3.4e9 pairs per
     * CPU-second (docs/PERFORMANCE.md); the loop now has no call and no branch but its own.
     */
    @Override
    public boolean laneTiled() {
        return true;
    }

    /** Opens a tile: no lane has beaten a threshold yet. */
    @Override
    public void laneTileInit(CodeBlock.Builder b, LaneRow row) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("boolean $L = false", row.name("hit", c));
        }
    }

    /** The vector into the tile at {@code j - j0}; whether a lane beats the threshold, without a branch. */
    @Override
    public void laneFold(CodeBlock.Builder b, LaneRow row) {
        for (int c = 0; c < row.dim(); c++) {
            String v = row.values().get(c);
            b.addStatement("$L.intoArray($L, j - j0)", v, row.name("kb", c));
            b.addStatement("$L |= $L.lt($L).anyTrue()", row.name("hit", c), v, row.name("thr", c));
        }
    }

    /**
     * Closes tile {@code [j0, j1)}: where a lane beat the threshold the tile had at its start, or
     * the buffer is not full yet (every non-NaN value enters then, +inf included), the tile's
     * vectors go through the insertion as the loop used to, in order and against the threshold
     * as it falls. A tile where no lane beat its starting threshold would have offered nothing
     * (the threshold only falls after an offer), so the pairs offered, and the K-lists with
     * their ties by index, are exactly those of an insertion inside the loop.
     */
    @Override
    public void laneTileEnd(CodeBlock.Builder b, LaneRow row) {
        ScalarRow s = row.state();
        for (int c = 0; c < row.dim(); c++) {
            String kb = row.name("kb", c);
            String thr = row.name("thr", c);
            String open = s.name("kn") + "[" + c + "] < " + k;
            b.beginControlFlow("if ($L || $L)", row.name("hit", c), open);
            b.beginControlFlow("for (int jr = j0; jr < j1; jr += $L.length())", row.species());
            b.addStatement("final $T kw = $T.fromArray($L, $L, jr - j0)", row.vec(), row.vec(), row.species(), kb);
            b.addStatement("final $T<$T> mk = $L ? kw.eq(kw) : kw.lt($L)", RuntimeTypes.VECTOR_MASK, row.box(), open, thr);
            // The lanes leave through the tile array and the mask's bits: lane(l) and
            // laneIsSet(l) with a variable l are not intrinsics (they box the vector).
            b.beginControlFlow("if (mk.anyTrue())");
            b.beginControlFlow("for (long bits = mk.toLong(); bits != 0; bits &= bits - 1)");
            b.addStatement("final int l = Long.numberOfTrailingZeros(bits)");
            b.addStatement("$T.offer($L, $L, $L, $L, $L[jr - j0 + l], jr + l)", RuntimeTypes.K_SMALLEST, buffers(s), k,
                    row.dim(), c, kb);
            b.endControlFlow();
            b.addStatement("$L = $L[$L]", thr, s.name("kv"), (k - 1) * row.dim() + c);
            b.endControlFlow();
            b.endControlFlow();
            b.endControlFlow();
        }
    }

    /** Nothing: the tiles offered their pairs to the scalar buffers as they closed. */
    @Override
    public void laneMerge(CodeBlock.Builder b, LaneRow row) {
    }

    // ---- carried lane state -------------------------------------------------------------------

    /** The sorted buffers (values, indices, counts); the thresholds are their K-th values. */
    @Override
    public boolean laneCarried() {
        return true;
    }

    @Override
    public int laneCarryValues(LaneRow row, int lanes) {
        return k * row.dim();
    }

    @Override
    public int laneCarryInts(LaneRow row) {
        return k * row.dim() + row.dim();
    }

    @Override
    public void laneSave(CodeBlock.Builder b, LaneRow row, String values, String valuesAt, String ints, String intsAt,
            int lanes) {
        ScalarRow s = row.state();
        int n = k * row.dim();
        b.addStatement("System.arraycopy($L, 0, $L, $L, $L)", s.name("kv"), values, valuesAt, n);
        b.addStatement("System.arraycopy($L, 0, $L, $L, $L)", s.name("ki"), ints, intsAt, n);
        b.addStatement("System.arraycopy($L, 0, $L, $L + $L, $L)", s.name("kn"), ints, intsAt, n, row.dim());
    }

    /**
     * No: a chunk that ends inside a tile closes it there (its pairs offered then, in the same
     * order), so the offers are those of one sweep; one spelling of the tile's end per row.
     */
    @Override
    public boolean laneTileCarried() {
        return false;
    }

    /**
     * The buffers back, and each threshold as the fold left it: the K-th value after the last
     * insertion (infinite before any, as the reset buffer's), read only once K values are in.
     */
    @Override
    public void laneRestore(CodeBlock.Builder b, LaneRow row, String values, String valuesAt, String ints,
            String intsAt, int lanes) {
        ScalarRow s = row.state();
        int n = k * row.dim();
        b.addStatement("System.arraycopy($L, $L, $L, 0, $L)", values, valuesAt, s.name("kv"), n);
        b.addStatement("System.arraycopy($L, $L, $L, 0, $L)", ints, intsAt, s.name("ki"), n);
        b.addStatement("System.arraycopy($L, $L + $L, $L, 0, $L)", ints, intsAt, n, s.name("kn"), row.dim());
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$L = $L[$L]", row.name("thr", c), s.name("kv"), (k - 1) * row.dim() + c);
        }
    }

    // ---- OpenCL C -----------------------------------------------------------------------------

    /**
     * The sorted (value, index) lists live in registers: one pair of variables per rank and
     * component ({@code kv<c>_<q>}, {@code ki<c>_<q>}), every access at a compile-time index. A
     * private array indexed at run time would be placed in local memory (slow on NVIDIA GPUs).
     * An empty rank has index -1 and sorts after every value.
     */
    @Override
    public void clInit(ClRow row) {
        for (int c = 0; c < row.dim(); c++) {
            for (int q = 0; q < k; q++) {
                row.line(row.t() + " " + kv(c, q) + " = INFINITY; int " + ki(c, q) + " = -1;");
            }
        }
    }

    private static String kv(int c, int q) {
        return "kv" + c + "_" + q;
    }

    private static String ki(int c, int q) {
        return "ki" + c + "_" + q;
    }

    /** Whether (value, index) {@code (v, j)} comes before rank {@code q} of component {@code c}, as in KSmallest.offer. */
    private static String before(String v, String j, int c, int q) {
        return "(" + ki(c, q) + " < 0 || " + v + " < " + kv(c, q) + " || (" + v + " == " + kv(c, q) + " && " + j
                + " < " + ki(c, q) + "))";
    }

    /**
     * A pair among the K smallest replaces the last rank, then moves up by compare-and-swap of
     * neighbours (a fixed sequence of K - 1 steps, no data-dependent loop); NaN is skipped.
     */
    @Override
    public void clFold(ClRow row) {
        for (int c = 0; c < row.dim(); c++) {
            String v = row.values().get(c);
            row.line("if (!isnan(" + v + ") && " + before(v, "s", c, k - 1) + ") {");
            row.line(1, kv(c, k - 1) + " = " + v + "; " + ki(c, k - 1) + " = s;");
            for (int q = k - 1; q > 0; q--) {
                row.line(1, "if (" + before(kv(c, q), ki(c, q), c, q - 1) + ") { const " + row.t() + " tv = " + kv(c, q)
                        + "; const int tj = " + ki(c, q) + "; " + kv(c, q) + " = " + kv(c, q - 1) + "; " + ki(c, q) + " = "
                        + ki(c, q - 1) + "; " + kv(c, q - 1) + " = tv; " + ki(c, q - 1) + " = tj; }");
            }
            row.line("}");
        }
    }

    /** Written k-major (element {@code q * dim + c}); the values also for ARG_K_MIN, whose parts are merged by value. */
    @Override
    public void clFinish(ClRow row) {
        for (int q = 0; q < k; q++) {
            for (int c = 0; c < row.dim(); c++) {
                int at = q * row.dim() + c;
                row.line("out[o + " + at + "] = " + kv(c, q) + ";");
                if (indices) {
                    row.line("outIndex[o + " + at + "] = " + ki(c, q) + ";");
                }
            }
        }
    }

    @Override
    public boolean clWritesValues() {
        return true;
    }

    // ---- host merge ---------------------------------------------------------------------------

    @Override
    public void splitMerge(CodeBlock.Builder b, String valueParts, String indexParts, String out, String outIndex,
            String rows, int dim) {
        if (!values) {
            throw new IllegalStateException("ARG_K_MIN is not splittable");
        }
        b.addStatement("$T.kMin($L, $L, $L, $L, $L, $L, $L)", RuntimeTypes.SPLIT_MERGE, valueParts,
                indices ? indexParts : "null", out, indices ? outIndex : "null", rows, k, dim);
    }

    /** ARG_K_MIN: parts of the reduced axis keep their values to be compared (K_MIN_ARG_K_MIN). */
    @Override
    public ReductionType partial() {
        return indices && !values ? new KMinReduction(k, true, true, precision) : null;
    }

    /** ARG_K_MIN too: the OpenCL parts wrote their values into {@code scratch}. */
    @Override
    public void clSplitMerge(CodeBlock.Builder b, String valueParts, String indexParts, String extraParts, String out,
            String outIndex, String scratch, String rows, int dim) {
        b.addStatement("$T.kMin($L, $L, $L, $L, $L, $L, $L)", RuntimeTypes.SPLIT_MERGE, valueParts,
                indices ? indexParts : "null", values ? out : scratch, indices ? outIndex : "null", rows, k, dim);
    }
}
