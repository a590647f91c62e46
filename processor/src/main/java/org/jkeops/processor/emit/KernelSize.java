package org.jkeops.processor.emit;

import org.jkeops.annotations.SumScheme;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.plan.Program;
import org.jkeops.processor.reduce.SumReduction;

/**
 * Whether the kernels of a plan fit the limits of the JVM: javac's 64 KiB per method, and
 * HotSpot's 8,000 bytes per method above which the JIT does not compile it (the kernel then runs
 * interpreted, 30-65 times slower). The processor rejects what would not fit (JK208) instead of
 * letting javac fail with "code too large" or the kernel run silently slow.
 *
 * <p>What loops, and so fits at any dimension: sums over components of cheap element-wise terms
 * ({@link ComponentSums}, {@link ClComponentLoops}), and a SUM whose output components are one
 * expression of the components ({@link WideOutput}). What is unrolled grows with the dimension:
 * one accumulator and fold per output component for the other reductions (measured on the SIMD
 * kernels: ~110 bytes per component for MIN, ~180 for a SUM_SOFTMAX_WEIGHT weight; at 64
 * components the latter was 11,648 bytes), and every per-pair operation outside those loops.
 */
public final class KernelSize {
    /** Output (or weight) components a non-looping kernel may spell: 40 x ~180 bytes stays under 8,000 bytes. */
    public static final int MAX_UNROLLED_WIDTH = 40;
    /**
     * Per-pair and per-row operations outside the loops, each transcendental counted by its inline
     * code's weight: an unrolled SqDist of dimension 63 is ~190 (it stays unrolled in the scalar
     * kernel). Measured with javap on SIMD row methods: up to ~22 bytes per operation for cheap
     * ones with constants, ~17 per unit of an inline transcendental's weight (float64 Exp), less a
     * few hundred bytes that the count includes but the row method does not spell; 480 keeps every
     * accepted kernel's methods under 8,000 bytes (600, counting per-pair operations only, let 32
     * nested float32 Exp through at 8,052 bytes: a kernel HotSpot never compiled).
     */
    public static final int MAX_UNROLLED_WORK = 480;

    private KernelSize() {
    }

    /** Null when the plan's kernels fit; otherwise what is too large, for JK208. */
    public static String tooLarge(KernelPlan plan) {
        WideOutput wide = WideOutput.of(plan);
        if (wide != null && plan.sum() == SumScheme.KAHAN) {
            return "a SUM over an output of dimension " + wide.dim() + " (from " + WideOutput.MIN_DIM
                    + " components the output's sums are kept in the output row, where OpenCL has no room for KAHAN's"
                    + " compensations); use sum = BLOCK, DIRECT or DOUBLE";
        }
        int width = Math.max(plan.formula().dim(), plan.weight() == null ? 0 : plan.weight().dim());
        if (wide == null && width > MAX_UNROLLED_WIDTH) {
            return "the " + (plan.weight() != null && plan.weight().dim() == width ? "weight" : "formula")
                    + " has dimension " + width + " and the " + plan.reduction() + " reduction spells one accumulator per"
                    + " component (limit " + MAX_UNROLLED_WIDTH + ", the JIT's 8,000-byte method limit); only a SUM whose"
                    + " components are one expression of the variables' components (a kernel's gradient, a kernel-weighted"
                    + " sum of a variable, an element-wise formula) loops over them at any dimension";
        }
        int work = work(plan, wide);
        if (work > MAX_UNROLLED_WORK) {
            return "the formula spells about " + work + " operations per pair or row outside loops (limit " + MAX_UNROLLED_WORK
                    + ", the JIT's 8,000-byte method limit); only sums over components of +, -, *, squares and the like"
                    + " (SqDist, scalar products, WeightedSqDist, Sum(x * y)) loop over the components" + belowWide(plan, wide);
        }
        return null;
    }

    /**
     * For a SUM whose output would loop over its components if it were wide enough, what the
     * message adds: the wide-output loop's threshold (at D = 16 an element-wise output of a few
     * transcendentals is too large spelled out, and compiles at D = 32).
     */
    private static String belowWide(KernelPlan plan, WideOutput wide) {
        if (wide != null || !(plan.reductionType() instanceof SumReduction)
                || plan.weight() != null
                || WideOutput.find(plan.program(), plan.program().formula(), 2) == null) {
            return "";
        }
        return "; the SUM's " + plan.formula().dim() + " output components are one expression of the components, which"
                + " loops over them (the wide-output loop) from " + WideOutput.MIN_DIM + " components: pad the output to "
                + WideOutput.MIN_DIM + " components, or split the kernel";
    }

    /** The per-pair and per-row operations the kernels spell unrolled, transcendental ones by their weight. */
    static int work(KernelPlan plan, WideOutput wide) {
        Program program = plan.program();
        Program values = wide == null ? program : wide.scalarPart(program);
        // the row sums (SqNorm2(x)) loop once per row as the pair sums loop per pair: neither is counted
        ComponentSums sums = ComponentSums.find(values, ScalarJavaEmitter.LOOP_MIN_DIM, true, true);
        return SimdSchedule.rowMethodWeight(program, sums.live(), sums, plan.precision() == Precision.FLOAT);
    }
}
