package org.jkeops.processor.reduce;

import java.util.List;
import org.jkeops.processor.plan.Precision;

/**
 * What the OpenCL C dialect of a reduction needs for the output row of one work item.
 *
 * @param code      the program being written
 * @param indent    the indentation level of the step's lines
 * @param precision the kernel's precision
 * @param values    the formula's components for the current pair (index {@code s}), spelled
 * @param weights   the weight's components (empty without a weight)
 */
public record ClRow(StringBuilder code, int indent, Precision precision, List<String> values, List<String> weights)
        implements Row {
    public ClRow {
        values = List.copyOf(values);
        weights = List.copyOf(weights);
    }

    /** One line, {@code extra} levels deeper than the step. */
    void line(int extra, String text) {
        code.append("    ".repeat(indent + extra)).append(text).append('\n');
    }

    void line(String text) {
        line(0, text);
    }
}
