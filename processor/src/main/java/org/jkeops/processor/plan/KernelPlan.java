package org.jkeops.processor.plan;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.SumScheme;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.reduce.ReductionType;

/**
 * Everything an emitter needs to generate one kernel method, and nothing else: emitters never
 * look at {@code javax.lang.model} elements or at the formula text.
 *
 * @param kernelName    {@code Interface.method}, for messages at run time
 * @param methodName    the interface method's name
 * @param functionName  a name unique within the interface (overloads get a suffix)
 * @param precision     float32 or float64 data and arithmetic
 * @param reduction     the reduction
 * @param outer         the category indexing the output rows: I when reducing over j
 * @param k             K of the K reductions, else 0
 * @param sum           the sum scheme, never AUTO
 * @param params        every parameter of the method, in order
 * @param formula       the formula F after simplification
 * @param weight        the weight G, or null
 * @param program       F and G lowered to scalar code, CSE done
 * @param outParams     whether outputs are {@code @Out} parameters rather than a return value
 * @param fromBody      whether the formula is the body of a static method: the generated method
 *                      is then not an override, and scalar @Vi/@Vj parameters are arrays
 * @param sumRows       whether the facade sums the output rows into one row (the gradient of a
 *                      SUM with respect to a parameter): it returns {@code outputWidth()} values
 * @param source        the formula as the user wrote it (the {@code @Formula} text, a gradient's
 *                      formula, or the formula a method body was read as), for generated javadoc
 * @param partial       whether this is the {@link #partialCompanion} of a method: the same kernel
 *                      with the reduction's {@link ReductionType#partial} type, an entry of the
 *                      facade that is not in the interface
 */
public record KernelPlan(
        String kernelName,
        String methodName,
        String functionName,
        Precision precision,
        Reduction reduction,
        Category outer,
        int k,
        SumScheme sum,
        List<Param> params,
        Expr formula,
        Expr weight,
        Program program,
        boolean outParams,
        boolean fromBody,
        boolean sumRows,
        String source,
        boolean partial) {

    public KernelPlan {
        params = List.copyOf(params);
        source = source.strip().replaceAll("\\s+", " ");
        if (sum == SumScheme.AUTO) {
            throw new IllegalArgumentException("sum scheme must be resolved");
        }
        if (outer == Category.P) {
            throw new IllegalArgumentException("outer must be I or J");
        }
    }

    /** What a parameter is to the kernel. */
    public enum Role {
        /** A formula variable (@Vi, @Vj, @Pm, or declared by a Var form). */
        VARIABLE,
        /** The caller's array for the values of the reduction. */
        OUT_VALUES,
        /** The caller's array for the indices of the reduction. */
        OUT_INDICES,
        /** The block-sparsity pattern ({@code org.jkeops.runtime.Ranges}); null at run time means dense. */
        RANGES
    }

    /**
     * Where the facade gets a VARIABLE's array from. Kernels never see the difference: to them
     * every variable is an array of the precision's type.
     */
    public enum Source {
        /** The caller's array, passed through. */
        ARGUMENT,
        /**
         * The caller's {@code int[]} of arg indices (the gradient of a MIN / MAX / K_MIN),
         * checked and converted to the precision's type; indices are exact in float32 below
         * 2^24 and in float64 below 2^53.
         */
        INDICES,
        /**
         * No method parameter: the facade makes the column 0, 1, ..., rows - 1 of its axis, so
         * that a formula can compare the reduced index with arg indices.
         */
        INDEX_COLUMN
    }

    /**
     * One method parameter, or a variable the facade makes ({@link Source#INDEX_COLUMN}, after
     * the method's parameters).
     *
     * @param scalar true for a {@code float}/{@code double} @Pm (not an array)
     */
    public record Param(String name, int position, Role role, Category category, int dim, boolean scalar,
            Source source) {
        /** Whether the caller passes this parameter. */
        public boolean inSignature() {
            return source != Source.INDEX_COLUMN;
        }
    }

    /** The category reduced over. */
    public Category inner() {
        return outer == Category.I ? Category.J : Category.I;
    }

    /** The reduction's meaning and spellings, with this plan's parameters. */
    public ReductionType reductionType() {
        ReductionType type = ReductionType.of(reduction, sum, precision, k, weight != null);
        return partial ? type.partial() : type;
    }

    /**
     * The suffix of a partial companion's method and function names. A user may write it too
     * ({@code knn$part} beside {@code knn}): the processor gives such a method's neighbour a
     * function name whose companion name is free.
     */
    public static final String PARTIAL_SUFFIX = "$part";

    /**
     * The companion that outputs what a part of the reduced axis needs to merge (the reduction's
     * {@link ReductionType#partial} type: SUM_SOFTMAX_WEIGHT's rows with their normaliser, an
     * arg-only reduction's indices with their values), named
     * {@code <function>$part}; null where the finalized outputs suffice. Distributed engines run it
     * on their parts ({@code KernelMethod.callPart}). The companion returns its rows: its facade
     * method takes no {@code @Out} parameters ({@link #inSignature}), whose types are the method's
     * (an arg-only method's have no values). It keeps them in {@link #params} all the same: the
     * program's loads and the OpenCL loops' placeholders number the parameters by position.
     */
    public KernelPlan partialCompanion() {
        if (partial || reductionType().partial() == null) {
            return null;
        }
        String name = functionName + PARTIAL_SUFFIX;
        return new KernelPlan(kernelName, name, name, precision, reduction, outer, k, sum, params, formula, weight,
                program, false, fromBody, sumRows, source, true);
    }

    /**
     * Whether the facade method takes {@code prm}: every parameter the caller passes
     * ({@link Param#inSignature}) but the {@code @Out} ones of a plan that returns its outputs
     * (a partial companion's).
     */
    public boolean inSignature(Param prm) {
        return prm.inSignature() && (outParams || (prm.role() != Role.OUT_VALUES && prm.role() != Role.OUT_INDICES));
    }

    /** The plans of an interface and, after them, their partial companions: what the emitters generate. */
    public static List<KernelPlan> withCompanions(List<KernelPlan> plans) {
        return Stream.concat(plans.stream(), plans.stream().map(KernelPlan::partialCompanion).filter(Objects::nonNull))
                .toList();
    }

    /** Whether the reduction produces values (float or double). */
    public boolean hasValues() {
        return reductionType().hasValues();
    }

    /** Whether the reduction produces indices. */
    public boolean hasIndices() {
        return reductionType().hasIndices();
    }

    /** Whether backends may split the reduced index into parts merged from their finalized outputs. */
    public boolean splittable() {
        return reductionType().splittable();
    }

    /** Output elements per output row. */
    public int outputWidth() {
        return reductionType().outputWidth(formula.dim(), weight == null ? 0 : weight.dim());
    }

    /**
     * One line for generated comments: the formula as written and, when simplification changed
     * it, as simplified; {@code *}{@code /} is broken so that it cannot end a comment.
     */
    public String formulaDescription() {
        String simplified = org.jkeops.processor.ir.Printer.print(formula);
        String text = simplified.equals(source) ? source : source + " (simplified: " + simplified + ")";
        return text.replace("*/", "* /");
    }

    /** The {@code Ranges} parameter that makes the method block-sparse, or null. */
    public Param ranges() {
        return params.stream().filter(p -> p.role() == Role.RANGES).findFirst().orElse(null);
    }

    /** Whether the method takes a {@code Ranges} parameter. */
    public boolean blockSparse() {
        return ranges() != null;
    }

    /** The parameters that are formula variables of a category. */
    public List<Param> variables(Category c) {
        return params.stream().filter(p -> p.role() == Role.VARIABLE && p.category() == c).toList();
    }
}
