package org.jkeops.processor.reduce;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.List;
import org.jkeops.processor.emit.RuntimeTypes;
import org.jkeops.processor.plan.Precision;

/**
 * What the Vector API dialect of a reduction needs for one output row of a register block.
 *
 * @param precision the kernel's precision
 * @param q         the row within the block; its vector state is named {@code accv<q>_<c>}
 * @param values    the formula's components as vectors of pairs, spelled
 * @param weights   the weight's components as vectors (empty without a weight)
 * @param plus      spells {@code acc + value c}, fusing the value's product into an FMA when the
 *                  schedule chose to
 * @param exp       declares a vector exponential in place
 * @param state     the row's scalar state, which {@code merge} declares and the scalar tail continues
 * @param prepare   declares the vectors component c's value reads, where the schedule left them to the
 *                  fold (a SUM's fold calls it before each component; a no-op for other values)
 */
public record LaneRow(Precision precision, int q, List<String> values, List<String> weights, Plus plus,
        VectorExp exp, ScalarRow state, Prepare prepare) implements Row {
    public LaneRow {
        values = List.copyOf(values);
        weights = List.copyOf(weights);
    }

    /** Spells the vector sum of an accumulator and a component of the formula. */
    @FunctionalInterface
    public interface Plus {
        String of(int component, String accumulator);
    }

    /** Declares, before the fold of component c, the vectors its value reads that are not declared yet. */
    @FunctionalInterface
    public interface Prepare {
        void component(CodeBlock.Builder b, int c);
    }

    /** Declares {@code name} as the vector exponential of the vector {@code x}. */
    @FunctionalInterface
    public interface VectorExp {
        void declare(CodeBlock.Builder b, String x, String name);
    }

    /**
     * The row kernels' scratch array of lanes ({@link ReductionType#laneScratchVectors} vectors side
     * by side), allocated once per task and passed to every block: lanes are summed in place through
     * it ({@code intoArray}, then lane 0 up), not
     * through a helper method, which HotSpot does not inline into a large kernel method
     * ({@code NodeCountInliningCutoff}), so that every call boxed its vector and allocated an array.
     */
    public static final String SCRATCH = "ln";

    /** A per-row vector variable. */
    String name(String base) {
        return base + q;
    }

    /** A per-row, per-component vector variable. */
    String name(String base, int c) {
        return base + q + "_" + c;
    }

    ClassName vec() {
        return isFloat() ? RuntimeTypes.FLOAT_VECTOR : RuntimeTypes.DOUBLE_VECTOR;
    }

    ClassName box() {
        return ClassName.get(isFloat() ? Float.class : Double.class);
    }

    /** The species constant of the values. */
    String species() {
        return isFloat() ? "FS" : "DS";
    }

    /** The species constant of int vectors with as many lanes. */
    String indexSpecies() {
        return isFloat() ? "FIS" : "DIS";
    }
}
