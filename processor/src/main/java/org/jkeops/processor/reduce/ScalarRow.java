package org.jkeops.processor.reduce;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import org.jkeops.processor.emit.JavaSpelling;
import org.jkeops.processor.ir.UnaryOp;
import org.jkeops.processor.plan.Precision;

/**
 * What the scalar Java dialect of a reduction needs for one output row.
 *
 * @param precision the kernel's precision
 * @param tag       distinguishes the state of rows computed together: "" in the scalar kernel
 *                  ({@code acc0}), the row's number in the SIMD kernel ({@code acc2_0})
 * @param values    the formula's components for the current pair, spelled
 * @param weights   the weight's components for the current pair (empty without a weight)
 * @param index     the reduced index of the current pair
 * @param outBase   the row's first element in the outputs
 * @param tail      whether this is the SIMD kernel's scalar tail: fewer pairs than one vector,
 *                  added directly to the state the lanes merged (no blocks, no compensation)
 */
public record ScalarRow(Precision precision, String tag, List<String> values, List<String> weights, String index,
        String outBase, boolean tail) implements Row {
    public ScalarRow {
        values = List.copyOf(values);
        weights = List.copyOf(weights);
    }

    /** A per-row state variable. */
    public String name(String base) {
        return base + tag;
    }

    /** A per-row, per-component state variable. */
    public String name(String base, int c) {
        return tag.isEmpty() ? base + c : base + tag + "_" + c;
    }

    /** Exp as the operation spells it in scalar Java. */
    CodeBlock exp(String x) {
        return JavaSpelling.unary(UnaryOp.EXP, x, isFloat());
    }

    /** Log as the operation spells it in scalar Java. */
    CodeBlock log(String x) {
        return JavaSpelling.unary(UnaryOp.LOG, x, isFloat());
    }

    /** The output element of component c. */
    String out(int c) {
        return c == 0 ? outBase : outBase + " + " + c;
    }
}
