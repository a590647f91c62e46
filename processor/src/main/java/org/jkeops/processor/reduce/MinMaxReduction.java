package org.jkeops.processor.reduce;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import org.jkeops.processor.emit.RuntimeTypes;
import org.jkeops.processor.plan.Precision;

/**
 * MIN (or MAX): init +inf (-inf), fold keeps the smaller (larger) value, merge likewise,
 * finalize the value. A NaN never compares smaller, so it is skipped.
 */
public record MinMaxReduction(boolean max, Precision precision) implements ReductionType {
    @Override
    public boolean splittable() {
        return true;
    }

    private String better() {
        return max ? ">" : "<";
    }

    // ---- scalar Java --------------------------------------------------------------------------

    @Override
    public void scalarInit(CodeBlock.Builder b, ScalarRow row) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$L $L = $L", row.t(), row.name("acc", c), row.inf(!max));
        }
    }

    @Override
    public void scalarFold(CodeBlock.Builder b, ScalarRow row) {
        for (int c = 0; c < row.dim(); c++) {
            String v = row.values().get(c);
            b.beginControlFlow("if ($L $L $L)", v, better(), row.name("acc", c));
            b.addStatement("$L = $L", row.name("acc", c), v);
            b.endControlFlow();
        }
    }

    @Override
    public void scalarFinish(CodeBlock.Builder b, ScalarRow row) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("out[$L] = $L", row.out(c), row.name("acc", c));
        }
    }

    @Override
    public List<Slot> scalarState(ScalarRow row) {
        List<Slot> state = new ArrayList<>();
        for (int c = 0; c < row.dim(); c++) {
            state.add(new Slot(row.type(), row.name("acc", c)));
        }
        return state;
    }

    // ---- Vector API lanes ---------------------------------------------------------------------

    @Override
    public void laneInit(CodeBlock.Builder b, LaneRow row) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$T $L = $T.broadcast($L, $L)", row.vec(), row.name("accv", c), row.vec(), row.species(),
                    row.inf(!max));
        }
    }

    @Override
    public void laneFold(CodeBlock.Builder b, LaneRow row) {
        for (int c = 0; c < row.dim(); c++) {
            String v = row.values().get(c);
            String acc = row.name("accv", c);
            b.addStatement("$L = $L.blend($L, $L.compare($T.$L, $L))", acc, acc, v, v, RuntimeTypes.VECTOR_OPERATORS,
                    max ? "GT" : "LT", acc);
        }
    }

    @Override
    public void laneMerge(CodeBlock.Builder b, LaneRow row) {
        for (int c = 0; c < row.dim(); c++) {
            b.addStatement("$L $L = $L.reduceLanes($T.$L)", row.t(), row.state().name("acc", c), row.name("accv", c),
                    RuntimeTypes.VECTOR_OPERATORS, max ? "MAX" : "MIN");
        }
    }

    // ---- OpenCL C -----------------------------------------------------------------------------

    @Override
    public void clInit(ClRow row) {
        for (int c = 0; c < row.dim(); c++) {
            row.line(row.t() + " acc" + c + " = " + (max ? "(-INFINITY)" : "INFINITY") + ";");
        }
    }

    @Override
    public void clFold(ClRow row) {
        for (int c = 0; c < row.dim(); c++) {
            String v = row.values().get(c);
            row.line("if (" + v + " " + better() + " acc" + c + ") acc" + c + " = " + v + ";");
        }
    }

    @Override
    public void clFinish(ClRow row) {
        for (int c = 0; c < row.dim(); c++) {
            row.line("out[o + " + c + "] = acc" + c + ";");
        }
    }

    // ---- host merge ---------------------------------------------------------------------------

    @Override
    public void splitMerge(CodeBlock.Builder b, String valueParts, String indexParts, String out, String outIndex,
            String rows, int dim) {
        b.addStatement("$T.minMax($L, $L, $L)", RuntimeTypes.SPLIT_MERGE, valueParts, out, max);
    }
}
