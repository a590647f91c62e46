package org.jkeops.processor.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Program;
import org.jkeops.processor.reduce.SumReduction;
import org.jkeops.processor.reduce.WideSum;

/**
 * A wide output: the D components of a formula that are one expression taken at components
 * {@code c0 + c} of its variables, around values that are the same for every component. The
 * gradient {@code Grad(Exp(-g * SqDist(x, y)) * b, x, e)} lowers to
 * {@code out[c] = (2 * (x[c] - y[c])) * f} with the per-pair scalar
 * {@code f = Exp(-g * SqDist(x, y)) * (e * b) * -g}; a kernel-weighted mean
 * {@code Exp(-SqDist(x, y)) * y} to {@code out[c] = f * y[c]}. Unrolled, such a formula spells D
 * accumulators and D folds per pair: from D ~ 100 the kernel methods fall off HotSpot's 8,000-byte
 * JIT limit, and at D = 784 (MNIST) javac rejects them ("code too large"). This finds the split,
 * so that emitters compute the per-pair part once (the {@link #invariants}, with their component
 * sums looped as usual) and then loop over c for the {@link #term} and the fold, keeping the
 * accumulators in arrays: the code no longer grows with D.
 *
 * <p>Only SUM reductions over the formula take this path ({@link #of}); every other reduction
 * wider than {@link KernelSize#MAX_UNROLLED_WIDTH} is rejected by the processor (JK208) before
 * any code is emitted.
 *
 * @param dim        D, the number of output components
 * @param term       the nodes of component 0 that depend on c, in order (operands first); the last
 *                   is the component's value
 * @param invariants the values the components use that do not depend on c (computed once per
 *                   pair, per row or per call, by their level)
 */
record WideOutput(int dim, List<Integer> term, Set<Integer> invariants) {
    /**
     * Output widths from which SUM kernels loop over the output components. Below it the
     * unrolled code is short (D accumulators in registers: the SIMD row method of the Gaussian
     * gradient is 4,590 bytes at D = 31, ~150 bytes per component, so past HotSpot's 8,000 near 55).
     * No golden kernel is this wide.
     */
    static final int MIN_DIM = 32;

    WideOutput {
        term = List.copyOf(term);
        invariants = Set.copyOf(invariants);
    }

    /** The plan's SUM over these components ({@link #of} takes only SUM plans). */
    WideSum sum(KernelPlan plan) {
        return ((SumReduction) plan.reductionType()).wide(dim);
    }

    /** The value of component c (spelled at c). */
    int termValue() {
        return term.get(term.size() - 1);
    }

    /** The wide output of a SUM plan at least {@link #MIN_DIM} wide, or null. */
    static WideOutput of(KernelPlan plan) {
        if (!(plan.reductionType() instanceof SumReduction) || plan.weight() != null) {
            return null;
        }
        return find(plan.program(), plan.program().formula(), MIN_DIM);
    }

    /**
     * The per-pair program: the plan's nodes with the invariants as its outputs, so that liveness
     * and {@link ComponentSums} see only what is computed once per pair.
     */
    Program scalarPart(Program program) {
        return new Program(program.nodes(), List.copyOf(new TreeSet<>(invariants)), List.of());
    }

    /** Whether every term node is a cheap element-wise operation or a load (a vector loop can spell it). */
    boolean vectorizable(Program program) {
        return term.stream().allMatch(id -> ComponentSums.laneOp(program.node(id).instr()));
    }

    /**
     * Declares the term's values at component {@code c} ({@code e<id>}), in scalar Java.
     *
     * @param load      spells a load of term 0 at the component expression given
     * @param invariant spells an invariant
     * @return the name of the component's value
     */
    String scalarTerm(CodeBlock.Builder b, Program program, String type, String c,
            BiFunction<Instr.Load, String, String> load, IntFunction<String> invariant, boolean isFloat) {
        CodeBlock value = ComponentSums.scalarTerm(b, program, term, invariants, type, c, load, invariant, isFloat);
        b.addStatement("final $L e$L = $L", type, termValue(), value);
        return "e" + termValue();
    }

    // ---- finding the template ------------------------------------------------------------------

    /** The wide output of {@code outputs} if every component follows component 0's template. */
    static WideOutput find(Program program, List<Integer> outputs, int minDim) {
        int dim = outputs.size();
        if (dim < Math.max(2, minDim)) {
            return null;
        }
        int f0 = outputs.get(0);
        List<Integer> term = new ArrayList<>();
        Set<Integer> invariants = new HashSet<>();
        if (!ComponentSums.classify(program, f0, outputs.get(1), term, invariants, false) || !term.contains(f0)) {
            return null;
        }
        for (int id : term) {
            if (invariants.contains(id)) {
                return null; // component 0 reads a value both as its own and as everyone's
            }
        }
        for (int c = 2; c < dim; c++) {
            if (!ComponentSums.same(program, f0, outputs.get(c), c, invariants)) {
                return null;
            }
        }
        return new WideOutput(dim, term, invariants);
    }
}
