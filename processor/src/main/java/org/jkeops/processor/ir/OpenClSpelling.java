package org.jkeops.processor.ir;

/**
 * How an operation is spelled in OpenCL C: an expression of its operand ({@code %s}, as
 * {@link String#format}), or a call of a helper function that every generated program defines
 * once per precision ({@code jk_<name>_f} / {@code jk_<name>_d}) from the body kept here, beside
 * the operation's other spellings. Helpers carry the values at 0, NaN and the infinities that C's
 * built-ins do not give (docs/FORMULAS.md, "Special values").
 */
public record OpenClSpelling(String format, Helper helper) {
    /**
     * A helper function of one operand {@code x}.
     *
     * @param name the name between {@code jk_} and the precision suffix
     * @param body the C expression it returns, in {@code x}, the same for both precisions
     */
    public record Helper(String name, String body) {
    }

    /** An expression of the operand, {@code %s} (or {@code %1$s}) where it goes. */
    static OpenClSpelling expression(String format) {
        return new OpenClSpelling(format, null);
    }

    /** A call of the helper {@code jk_<name>_f/d(x)} returning {@code body}. */
    static OpenClSpelling helper(String name, String body) {
        return new OpenClSpelling("jk_" + name + "_#(%s)", new Helper(name, body));
    }

    /** The spelling for the operand {@code a} in float32 or float64 code. */
    String of(String a, boolean isFloat) {
        return String.format(format, a).replace("#", isFloat ? "f" : "d");
    }
}
