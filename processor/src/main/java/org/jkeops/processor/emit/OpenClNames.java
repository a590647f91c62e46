package org.jkeops.processor.emit;

import org.jkeops.processor.plan.KernelPlan;

/**
 * The names of the {@code __kernel} functions in an interface's OpenCL program, which is one
 * program for all its methods: two equal names anywhere in it fail the whole program's build at
 * run time (every kernel of the interface then fails on OPENCL). A kernel's name is {@code jk_}
 * followed by its Java function name escaped so that no two functions, no block-sparse variant
 * ({@link #RANGES_SUFFIX}) and no helper function ({@code jk_<op>_f}, {@code jk_<op>_d}, see
 * {@link OpenClHelpers}) can share a name: letters, digits and non-ASCII letters stay, {@code _}
 * becomes {@code __} and {@code $} becomes {@code _S}. Read from the left, an escaped name is a
 * sequence of those tokens, so a single {@code _} followed by anything else ({@code _ranges},
 * {@code _f}, {@code _d}) ends it: {@code relu_d} is {@code jk_relu__d}, not the helper
 * {@code jk_relu_d}; {@code a$b} is {@code jk_a_Sb} and {@code a_b} {@code jk_a__b}.
 */
public final class OpenClNames {
    /** The kernel of a block-sparse launch: {@link #kernel} followed by this suffix. */
    public static final String RANGES_SUFFIX = "_ranges";

    private OpenClNames() {
    }

    /** The kernel function of a plan (a partial companion's function name is distinct already). */
    public static String kernel(KernelPlan plan) {
        return "jk_" + escape(plan.functionName());
    }

    /** The block-sparse kernel function of a plan. */
    public static String rangesKernel(KernelPlan plan) {
        return kernel(plan) + RANGES_SUFFIX;
    }

    static String escape(String javaName) {
        StringBuilder sb = new StringBuilder(javaName.length() + 4);
        javaName.codePoints().forEach(c -> {
            switch (c) {
                case '_' -> sb.append("__");
                case '$' -> sb.append("_S");
                default -> sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
