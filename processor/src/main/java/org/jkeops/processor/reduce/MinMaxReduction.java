package org.jkeops.processor.reduce;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import org.jkeops.processor.emit.RuntimeTypes;
import org.jkeops.processor.plan.Precision;

/**
 * MIN / MAX, ARG_MIN / ARG_MAX and MIN_ARG_MIN / MAX_ARG_MAX ({@code max}: the larger wins;
 * {@code hasValues} and {@code hasIndices}: what it outputs): init +inf (-inf for a maximum) and,
 * with indices, -1; fold keeps the better value and its index (a NaN never compares better, so it
 * is skipped; with indices the first non-NaN value is taken even if it equals the neutral one, so
 * an all-infinite row still gets an index); merge prefers the better value, then the smaller
 * index; finalize the values and the indices. Only the forms with values can be split on the CPU:
 * the merge compares values. OpenCL kernels always write the values, so that every form splits
 * there.
 */
public record MinMaxReduction(boolean max, boolean hasValues, boolean hasIndices, Precision precision)
        implements ReductionType {
    @Override
    public boolean splittable() {
        return hasValues;
    }

    @Override
    public boolean usesLaneIndex() {
        return hasIndices;
    }

    private String better() {
        return max ? ">" : "<";
    }

    // ---- scalar Java --------------------------------------------------------------------------

    @Override
    public void scalarInit(CodeBlock.Builder b, ScalarRow row) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$L $L = $L", row.t(), row.name("acc", c), row.inf(!max));
            if (hasIndices) {
                b.addStatement("int $L = -1", row.name("idx", c));
            }
        }
    }

    @Override
    public void scalarFold(CodeBlock.Builder b, ScalarRow row) {
        for (int c = 0; c < row.dim(); c++) {
            String v = row.values().get(c);
            String acc = row.name("acc", c);
            String idx = row.name("idx", c);
            if (hasIndices) {
                b.beginControlFlow("if ($L $L $L || ($L < 0 && $L == $L))", v, better(), acc, idx, v, v);
            } else {
                b.beginControlFlow("if ($L $L $L)", v, better(), acc);
            }
            b.addStatement("$L = $L", acc, v);
            if (hasIndices) {
                b.addStatement("$L = $L", idx, row.index());
            }
            b.endControlFlow();
        }
    }

    @Override
    public void scalarFinish(CodeBlock.Builder b, ScalarRow row) {
        for (int c = 0; c < row.dim(); c++) {
            if (hasValues) {
                b.addStatement("out[$L] = $L", row.out(c), row.name("acc", c));
            }
            if (hasIndices) {
                b.addStatement("outIndex[$L] = $L", row.out(c), row.name("idx", c));
            }
        }
    }

    @Override
    public List<Slot> scalarState(ScalarRow row) {
        List<Slot> state = new ArrayList<>();
        for (int c = 0; c < row.dim(); c++) {
            state.add(new Slot(row.type(), row.name("acc", c)));
            if (hasIndices) {
                state.add(new Slot(TypeName.INT, row.name("idx", c)));
            }
        }
        return state;
    }

    // ---- Vector API lanes ---------------------------------------------------------------------

    @Override
    public void laneInit(CodeBlock.Builder b, LaneRow row) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$T $L = $T.broadcast($L, $L)", row.vec(), row.name("accv", c), row.vec(), row.species(),
                    row.inf(!max));
            if (hasIndices) {
                b.addStatement("$T $L = $T.broadcast($L, -1)", RuntimeTypes.INT_VECTOR, row.name("idxv", c),
                        RuntimeTypes.INT_VECTOR, row.indexSpecies());
            }
        }
    }

    @Override
    public void laneFold(CodeBlock.Builder b, LaneRow row) {
        for (int c = 0; c < row.dim(); c++) {
            String v = row.values().get(c);
            String acc = row.name("accv", c);
            if (!hasIndices) {
                b.addStatement("$L = $L.blend($L, $L.compare($T.$L, $L))", acc, acc, v, v, RuntimeTypes.VECTOR_OPERATORS,
                        max ? "GT" : "LT", acc);
                continue;
            }
            String idx = row.name("idxv", c);
            String mk = row.name("mk", c);
            // A lane takes v if it beats the lane's best, or if the lane has nothing yet and v is
            // not NaN (so a first +inf still counts, as on the scalar path).
            b.addStatement("final $T<$T> $L = $L.compare($T.$L, $L).or($L.lt(0).cast($L).and($L.eq($L)))",
                    RuntimeTypes.VECTOR_MASK, row.box(), mk, v, RuntimeTypes.VECTOR_OPERATORS, max ? "GT" : "LT", acc,
                    idx, row.species(), v, v);
            b.addStatement("$L = $L.blend($L, $L)", acc, acc, v, mk);
            b.addStatement("$L = $L.blend(jv, $L.cast($L))", idx, idx, mk, row.indexSpecies());
        }
    }

    @Override
    public void laneMerge(CodeBlock.Builder b, LaneRow row) {
        for (int c = 0; c < row.dim(); c++) {
            String best = row.state().name("acc", c);
            if (!hasIndices) {
                b.addStatement("$L $L = $L.reduceLanes($T.$L)", row.t(), best, row.name("accv", c),
                        RuntimeTypes.VECTOR_OPERATORS, max ? "MAX" : "MIN");
                continue;
            }
            String bi = row.state().name("idx", c);
            b.addStatement("$L $L = $L", row.t(), best, row.inf(!max));
            b.addStatement("int $L = -1", bi);
            b.beginControlFlow("for (int l = 0; l < $L.length(); l++)", row.species());
            b.addStatement("final $L a = $L.lane(l)", row.t(), row.name("accv", c));
            b.addStatement("final int ix = $L.lane(l)", row.name("idxv", c));
            b.beginControlFlow("if (ix >= 0 && ($L < 0 || a $L $L || (a == $L && ix < $L)))", bi, better(), best, best,
                    bi);
            b.addStatement("$L = a", best);
            b.addStatement("$L = ix", bi);
            b.endControlFlow();
            b.endControlFlow();
        }
    }

    // ---- OpenCL C -----------------------------------------------------------------------------

    @Override
    public void clInit(ClRow row) {
        for (int c = 0; c < row.dim(); c++) {
            row.line(row.t() + " acc" + c + " = " + (max ? "(-INFINITY)" : "INFINITY") + ";");
            if (hasIndices) {
                row.line("int idx" + c + " = -1;");
            }
        }
    }

    @Override
    public void clFold(ClRow row) {
        for (int c = 0; c < row.dim(); c++) {
            String v = row.values().get(c);
            if (hasIndices) {
                row.line("if (" + v + " " + better() + " acc" + c + " || (idx" + c + " < 0 && !isnan(" + v + "))) { acc"
                        + c + " = " + v + "; idx" + c + " = s; }");
            } else {
                row.line("if (" + v + " " + better() + " acc" + c + ") acc" + c + " = " + v + ";");
            }
        }
    }

    /** The values too: parts of a split j are merged by comparing them. */
    @Override
    public boolean clWritesValues() {
        return true;
    }

    @Override
    public void clFinish(ClRow row) {
        for (int c = 0; c < row.dim(); c++) {
            row.line("out[o + " + c + "] = acc" + c + ";");
            if (hasIndices) {
                row.line("outIndex[o + " + c + "] = idx" + c + ";");
            }
        }
    }

    // ---- host merge ---------------------------------------------------------------------------

    /** ARG_MIN / ARG_MAX too: the OpenCL parts wrote their values into {@code scratch}. */
    @Override
    public void clSplitMerge(CodeBlock.Builder b, String valueParts, String indexParts, String extraParts, String out,
            String outIndex, String scratch, String rows, int dim) {
        merge(b, valueParts, indexParts, hasValues ? out : scratch, outIndex);
    }

    /** The one merge of every form: the values (finalized, or the scratch of an arg-only form) and the indices. */
    private void merge(CodeBlock.Builder b, String valueParts, String indexParts, String values, String outIndex) {
        if (hasIndices) {
            b.addStatement("$T.argMinMax($L, $L, $L, $L, $L)", RuntimeTypes.SPLIT_MERGE, valueParts, indexParts, values,
                    outIndex, max);
        } else {
            b.addStatement("$T.minMax($L, $L, $L)", RuntimeTypes.SPLIT_MERGE, valueParts, values, max);
        }
    }

    /** ARG_MIN / ARG_MAX: parts of the reduced axis keep their values to be compared (MIN_ARG_MIN / MAX_ARG_MAX). */
    @Override
    public ReductionType partial() {
        return hasValues ? null : new MinMaxReduction(max, true, true, precision);
    }

    @Override
    public void splitMerge(CodeBlock.Builder b, String valueParts, String indexParts, String out, String outIndex,
            String rows, int dim) {
        if (!hasValues) {
            throw new IllegalStateException("an arg-only reduction is not splittable");
        }
        merge(b, valueParts, indexParts, out, outIndex);
    }
}
