package golden;

import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jkeops.runtime.FloatArgResult;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;
import org.jkeops.runtime.KernelParam;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.internal.Args;
import org.jkeops.runtime.internal.SplitMerge;

/**
 * The kernel methods of {@link AllReductions} as data ({@code KernelMethod}), for distributed engines
 * such as {@code jkeops-spark}: one constant per method.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
public final class AllReductionsMethods {
    /**
     * {@code AllReductions.sumBlock}: SUM over j.
     */
    public static final KernelMethod<float[]> SUM_BLOCK = new SumBlockMethod();

    /**
     * {@code AllReductions.sumDirect}: SUM over j.
     */
    public static final KernelMethod<float[]> SUM_DIRECT = new SumDirectMethod();

    /**
     * {@code AllReductions.sumDouble}: SUM over j.
     */
    public static final KernelMethod<float[]> SUM_DOUBLE = new SumDoubleMethod();

    /**
     * {@code AllReductions.sumDouble64}: SUM over j.
     */
    public static final KernelMethod<double[]> SUM_DOUBLE64 = new SumDouble64Method();

    /**
     * {@code AllReductions.min}: MIN over j.
     */
    public static final KernelMethod<float[]> MIN = new MinMethod();

    /**
     * {@code AllReductions.max}: MAX over j.
     */
    public static final KernelMethod<float[]> MAX = new MaxMethod();

    /**
     * {@code AllReductions.argMax}: ARG_MAX over j.
     */
    public static final KernelMethod<int[]> ARG_MAX = new ArgMaxMethod();

    /**
     * {@code AllReductions.maxArgMax}: MAX_ARG_MAX over j.
     */
    public static final KernelMethod<FloatArgResult> MAX_ARG_MAX = new MaxArgMaxMethod();

    /**
     * {@code AllReductions.kMin}: K_MIN over j.
     */
    public static final KernelMethod<float[]> K_MIN = new KMinMethod();

    /**
     * {@code AllReductions.kMinArgKMin}: K_MIN_ARG_K_MIN over j.
     */
    public static final KernelMethod<FloatArgResult> K_MIN_ARG_KMIN = new KMinArgKMinMethod();

    /**
     * {@code AllReductions.weightedLse}: LOG_SUM_EXP over j.
     */
    public static final KernelMethod<float[]> WEIGHTED_LSE = new WeightedLseMethod();

    /**
     * {@code AllReductions.softmax}: SUM_SOFTMAX_WEIGHT over j.
     */
    public static final KernelMethod<float[]> SOFTMAX = new SoftmaxMethod();

    private AllReductionsMethods() {
    }

    private static final class SumBlockMethod extends KernelMethod<float[]> {
        private static final long serialVersionUID = 1L;

        SumBlockMethod() {
            super("AllReductions.sumBlock", List.of(
                            new KernelParam("x", KernelParam.Kind.VALUES, KernelParam.Axis.I, 2),
                            new KernelParam("y", KernelParam.Kind.VALUES, KernelParam.Axis.J, 2)), "SUM", KernelParam.Axis.I, false, 2, 2, 0, true, false, true, false, false);
        }

        @Override
        public KernelOutput call(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.sumBlock: runtime");
            Objects.requireNonNull(args, "AllReductions.sumBlock: args");
            if (args.length != 2) {
                throw new IllegalArgumentException("AllReductions.sumBlock: expected 2 arguments, got " + args.length);
            }
            return new KernelOutput(new AllReductionsImpl(runtime).sumBlock(Args.arg(args, 0, float[].class, "AllReductions.sumBlock", "x"), Args.arg(args, 1, float[].class, "AllReductions.sumBlock", "y")), null);
        }

        @Override
        public void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex,
                int rows) {
            checkParts(valueParts, indexParts, out, outIndex, rows);
            SplitMerge.sum((float[][]) valueParts, (float[]) out);
        }

        @Override
        public float[] result(KernelOutput output) {
            return (float[]) output.values();
        }

        private Object readResolve() {
            return SUM_BLOCK;
        }
    }

    private static final class SumDirectMethod extends KernelMethod<float[]> {
        private static final long serialVersionUID = 1L;

        SumDirectMethod() {
            super("AllReductions.sumDirect", List.of(
                            new KernelParam("x", KernelParam.Kind.VALUES, KernelParam.Axis.I, 2),
                            new KernelParam("y", KernelParam.Kind.VALUES, KernelParam.Axis.J, 2)), "SUM", KernelParam.Axis.I, false, 2, 2, 0, true, false, true, false, false);
        }

        @Override
        public KernelOutput call(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.sumDirect: runtime");
            Objects.requireNonNull(args, "AllReductions.sumDirect: args");
            if (args.length != 2) {
                throw new IllegalArgumentException("AllReductions.sumDirect: expected 2 arguments, got " + args.length);
            }
            return new KernelOutput(new AllReductionsImpl(runtime).sumDirect(Args.arg(args, 0, float[].class, "AllReductions.sumDirect", "x"), Args.arg(args, 1, float[].class, "AllReductions.sumDirect", "y")), null);
        }

        @Override
        public void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex,
                int rows) {
            checkParts(valueParts, indexParts, out, outIndex, rows);
            SplitMerge.sum((float[][]) valueParts, (float[]) out);
        }

        @Override
        public float[] result(KernelOutput output) {
            return (float[]) output.values();
        }

        private Object readResolve() {
            return SUM_DIRECT;
        }
    }

    private static final class SumDoubleMethod extends KernelMethod<float[]> {
        private static final long serialVersionUID = 1L;

        SumDoubleMethod() {
            super("AllReductions.sumDouble", List.of(
                            new KernelParam("x", KernelParam.Kind.VALUES, KernelParam.Axis.I, 2),
                            new KernelParam("y", KernelParam.Kind.VALUES, KernelParam.Axis.J, 2)), "SUM", KernelParam.Axis.I, false, 2, 2, 0, true, false, true, false, false);
        }

        @Override
        public KernelOutput call(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.sumDouble: runtime");
            Objects.requireNonNull(args, "AllReductions.sumDouble: args");
            if (args.length != 2) {
                throw new IllegalArgumentException("AllReductions.sumDouble: expected 2 arguments, got " + args.length);
            }
            return new KernelOutput(new AllReductionsImpl(runtime).sumDouble(Args.arg(args, 0, float[].class, "AllReductions.sumDouble", "x"), Args.arg(args, 1, float[].class, "AllReductions.sumDouble", "y")), null);
        }

        @Override
        public void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex,
                int rows) {
            checkParts(valueParts, indexParts, out, outIndex, rows);
            SplitMerge.sumInDouble((float[][]) valueParts, (float[]) out);
        }

        @Override
        public float[] result(KernelOutput output) {
            return (float[]) output.values();
        }

        private Object readResolve() {
            return SUM_DOUBLE;
        }
    }

    private static final class SumDouble64Method extends KernelMethod<double[]> {
        private static final long serialVersionUID = 1L;

        SumDouble64Method() {
            super("AllReductions.sumDouble64", List.of(
                            new KernelParam("x", KernelParam.Kind.VALUES, KernelParam.Axis.I, 2),
                            new KernelParam("y", KernelParam.Kind.VALUES, KernelParam.Axis.J, 2)), "SUM", KernelParam.Axis.I, true, 2, 2, 0, true, false, true, false, false);
        }

        @Override
        public KernelOutput call(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.sumDouble64: runtime");
            Objects.requireNonNull(args, "AllReductions.sumDouble64: args");
            if (args.length != 2) {
                throw new IllegalArgumentException("AllReductions.sumDouble64: expected 2 arguments, got " + args.length);
            }
            return new KernelOutput(new AllReductionsImpl(runtime).sumDouble64(Args.arg(args, 0, double[].class, "AllReductions.sumDouble64", "x"), Args.arg(args, 1, double[].class, "AllReductions.sumDouble64", "y")), null);
        }

        @Override
        public void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex,
                int rows) {
            checkParts(valueParts, indexParts, out, outIndex, rows);
            SplitMerge.sum((double[][]) valueParts, (double[]) out);
        }

        @Override
        public double[] result(KernelOutput output) {
            return (double[]) output.values();
        }

        private Object readResolve() {
            return SUM_DOUBLE64;
        }
    }

    private static final class MinMethod extends KernelMethod<float[]> {
        private static final long serialVersionUID = 1L;

        MinMethod() {
            super("AllReductions.min", List.of(
                            new KernelParam("x", KernelParam.Kind.VALUES, KernelParam.Axis.I, 2),
                            new KernelParam("y", KernelParam.Kind.VALUES, KernelParam.Axis.J, 2)), "MIN", KernelParam.Axis.I, false, 2, 2, 0, true, false, true, false, false);
        }

        @Override
        public KernelOutput call(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.min: runtime");
            Objects.requireNonNull(args, "AllReductions.min: args");
            if (args.length != 2) {
                throw new IllegalArgumentException("AllReductions.min: expected 2 arguments, got " + args.length);
            }
            return new KernelOutput(new AllReductionsImpl(runtime).min(Args.arg(args, 0, float[].class, "AllReductions.min", "x"), Args.arg(args, 1, float[].class, "AllReductions.min", "y")), null);
        }

        @Override
        public void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex,
                int rows) {
            checkParts(valueParts, indexParts, out, outIndex, rows);
            SplitMerge.minMax((float[][]) valueParts, (float[]) out, false);
        }

        @Override
        public float[] result(KernelOutput output) {
            return (float[]) output.values();
        }

        private Object readResolve() {
            return MIN;
        }
    }

    private static final class MaxMethod extends KernelMethod<float[]> {
        private static final long serialVersionUID = 1L;

        MaxMethod() {
            super("AllReductions.max", List.of(
                            new KernelParam("x", KernelParam.Kind.VALUES, KernelParam.Axis.I, 2),
                            new KernelParam("y", KernelParam.Kind.VALUES, KernelParam.Axis.J, 2)), "MAX", KernelParam.Axis.I, false, 2, 2, 0, true, false, true, false, false);
        }

        @Override
        public KernelOutput call(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.max: runtime");
            Objects.requireNonNull(args, "AllReductions.max: args");
            if (args.length != 2) {
                throw new IllegalArgumentException("AllReductions.max: expected 2 arguments, got " + args.length);
            }
            return new KernelOutput(new AllReductionsImpl(runtime).max(Args.arg(args, 0, float[].class, "AllReductions.max", "x"), Args.arg(args, 1, float[].class, "AllReductions.max", "y")), null);
        }

        @Override
        public void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex,
                int rows) {
            checkParts(valueParts, indexParts, out, outIndex, rows);
            SplitMerge.minMax((float[][]) valueParts, (float[]) out, true);
        }

        @Override
        public float[] result(KernelOutput output) {
            return (float[]) output.values();
        }

        private Object readResolve() {
            return MAX;
        }
    }

    private static final class ArgMaxMethod extends KernelMethod<int[]> {
        private static final long serialVersionUID = 1L;

        ArgMaxMethod() {
            super("AllReductions.argMax", List.of(
                            new KernelParam("x", KernelParam.Kind.VALUES, KernelParam.Axis.I, 2),
                            new KernelParam("y", KernelParam.Kind.VALUES, KernelParam.Axis.J, 2)), "ARG_MAX", KernelParam.Axis.I, false, 2, 2, 0, false, true, true, false, false);
        }

        @Override
        public KernelOutput call(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.argMax: runtime");
            Objects.requireNonNull(args, "AllReductions.argMax: args");
            if (args.length != 2) {
                throw new IllegalArgumentException("AllReductions.argMax: expected 2 arguments, got " + args.length);
            }
            return new KernelOutput(null, new AllReductionsImpl(runtime).argMax(Args.arg(args, 0, float[].class, "AllReductions.argMax", "x"), Args.arg(args, 1, float[].class, "AllReductions.argMax", "y")));
        }

        @Override
        public KernelOutput callPart(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.argMax: runtime");
            Objects.requireNonNull(args, "AllReductions.argMax: args");
            if (args.length != 2) {
                throw new IllegalArgumentException("AllReductions.argMax: expected 2 arguments, got " + args.length);
            }
            final FloatArgResult r = new AllReductionsImpl(runtime).argMax$part(Args.arg(args, 0, float[].class, "AllReductions.argMax", "x"), Args.arg(args, 1, float[].class, "AllReductions.argMax", "y"));
            return new KernelOutput(r.values(), r.indices());
        }

        @Override
        public void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex,
                int rows) {
            checkParts(valueParts, indexParts, out, outIndex, rows);
            SplitMerge.argMinMax((float[][]) valueParts, indexParts, new float[outIndex.length], outIndex, true);
        }

        @Override
        public int[] result(KernelOutput output) {
            return output.indices();
        }

        private Object readResolve() {
            return ARG_MAX;
        }
    }

    private static final class MaxArgMaxMethod extends KernelMethod<FloatArgResult> {
        private static final long serialVersionUID = 1L;

        MaxArgMaxMethod() {
            super("AllReductions.maxArgMax", List.of(
                            new KernelParam("x", KernelParam.Kind.VALUES, KernelParam.Axis.I, 2),
                            new KernelParam("y", KernelParam.Kind.VALUES, KernelParam.Axis.J, 2)), "MAX_ARG_MAX", KernelParam.Axis.I, false, 2, 2, 0, true, true, true, false, false);
        }

        @Override
        public KernelOutput call(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.maxArgMax: runtime");
            Objects.requireNonNull(args, "AllReductions.maxArgMax: args");
            if (args.length != 2) {
                throw new IllegalArgumentException("AllReductions.maxArgMax: expected 2 arguments, got " + args.length);
            }
            final FloatArgResult r = new AllReductionsImpl(runtime).maxArgMax(Args.arg(args, 0, float[].class, "AllReductions.maxArgMax", "x"), Args.arg(args, 1, float[].class, "AllReductions.maxArgMax", "y"));
            return new KernelOutput(r.values(), r.indices());
        }

        @Override
        public void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex,
                int rows) {
            checkParts(valueParts, indexParts, out, outIndex, rows);
            SplitMerge.argMinMax((float[][]) valueParts, indexParts, (float[]) out, outIndex, true);
        }

        @Override
        public FloatArgResult result(KernelOutput output) {
            return new FloatArgResult((float[]) output.values(), output.indices());
        }

        private Object readResolve() {
            return MAX_ARG_MAX;
        }
    }

    private static final class KMinMethod extends KernelMethod<float[]> {
        private static final long serialVersionUID = 1L;

        KMinMethod() {
            super("AllReductions.kMin", List.of(
                            new KernelParam("x", KernelParam.Kind.VALUES, KernelParam.Axis.I, 2),
                            new KernelParam("y", KernelParam.Kind.VALUES, KernelParam.Axis.J, 2)), "K_MIN", KernelParam.Axis.I, false, 3, 3, 3, true, false, true, false, false);
        }

        @Override
        public KernelOutput call(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.kMin: runtime");
            Objects.requireNonNull(args, "AllReductions.kMin: args");
            if (args.length != 2) {
                throw new IllegalArgumentException("AllReductions.kMin: expected 2 arguments, got " + args.length);
            }
            return new KernelOutput(new AllReductionsImpl(runtime).kMin(Args.arg(args, 0, float[].class, "AllReductions.kMin", "x"), Args.arg(args, 1, float[].class, "AllReductions.kMin", "y")), null);
        }

        @Override
        public void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex,
                int rows) {
            checkParts(valueParts, indexParts, out, outIndex, rows);
            SplitMerge.kMin((float[][]) valueParts, null, (float[]) out, null, rows, 3, 1);
        }

        @Override
        public float[] result(KernelOutput output) {
            return (float[]) output.values();
        }

        private Object readResolve() {
            return K_MIN;
        }
    }

    private static final class KMinArgKMinMethod extends KernelMethod<FloatArgResult> {
        private static final long serialVersionUID = 1L;

        KMinArgKMinMethod() {
            super("AllReductions.kMinArgKMin", List.of(
                            new KernelParam("x", KernelParam.Kind.VALUES, KernelParam.Axis.I, 2),
                            new KernelParam("y", KernelParam.Kind.VALUES, KernelParam.Axis.J, 2)), "K_MIN_ARG_K_MIN", KernelParam.Axis.I, false, 3, 3, 3, true, true, true, false, false);
        }

        @Override
        public KernelOutput call(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.kMinArgKMin: runtime");
            Objects.requireNonNull(args, "AllReductions.kMinArgKMin: args");
            if (args.length != 2) {
                throw new IllegalArgumentException("AllReductions.kMinArgKMin: expected 2 arguments, got " + args.length);
            }
            final FloatArgResult r = new AllReductionsImpl(runtime).kMinArgKMin(Args.arg(args, 0, float[].class, "AllReductions.kMinArgKMin", "x"), Args.arg(args, 1, float[].class, "AllReductions.kMinArgKMin", "y"));
            return new KernelOutput(r.values(), r.indices());
        }

        @Override
        public void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex,
                int rows) {
            checkParts(valueParts, indexParts, out, outIndex, rows);
            SplitMerge.kMin((float[][]) valueParts, indexParts, (float[]) out, outIndex, rows, 3, 1);
        }

        @Override
        public FloatArgResult result(KernelOutput output) {
            return new FloatArgResult((float[]) output.values(), output.indices());
        }

        private Object readResolve() {
            return K_MIN_ARG_KMIN;
        }
    }

    private static final class WeightedLseMethod extends KernelMethod<float[]> {
        private static final long serialVersionUID = 1L;

        WeightedLseMethod() {
            super("AllReductions.weightedLse", List.of(
                            new KernelParam("x", KernelParam.Kind.VALUES, KernelParam.Axis.I, 2),
                            new KernelParam("y", KernelParam.Kind.VALUES, KernelParam.Axis.J, 2),
                            new KernelParam("b", KernelParam.Kind.VALUES, KernelParam.Axis.J, 2)), "LOG_SUM_EXP", KernelParam.Axis.I, false, 2, 3, 0, true, false, true, false, false);
        }

        @Override
        public KernelOutput call(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.weightedLse: runtime");
            Objects.requireNonNull(args, "AllReductions.weightedLse: args");
            if (args.length != 3) {
                throw new IllegalArgumentException("AllReductions.weightedLse: expected 3 arguments, got " + args.length);
            }
            return new KernelOutput(new AllReductionsImpl(runtime).weightedLse(Args.arg(args, 0, float[].class, "AllReductions.weightedLse", "x"), Args.arg(args, 1, float[].class, "AllReductions.weightedLse", "y"), Args.arg(args, 2, float[].class, "AllReductions.weightedLse", "b")), null);
        }

        @Override
        public KernelOutput callPart(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.weightedLse: runtime");
            Objects.requireNonNull(args, "AllReductions.weightedLse: args");
            if (args.length != 3) {
                throw new IllegalArgumentException("AllReductions.weightedLse: expected 3 arguments, got " + args.length);
            }
            return new KernelOutput(new AllReductionsImpl(runtime).weightedLse$part(Args.arg(args, 0, float[].class, "AllReductions.weightedLse", "x"), Args.arg(args, 1, float[].class, "AllReductions.weightedLse", "y"), Args.arg(args, 2, float[].class, "AllReductions.weightedLse", "b")), null);
        }

        @Override
        public void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex,
                int rows) {
            checkParts(valueParts, indexParts, out, outIndex, rows);
            SplitMerge.logSumExpPartials((float[][]) valueParts, (float[]) out, rows);
        }

        @Override
        public float[] result(KernelOutput output) {
            return (float[]) output.values();
        }

        private Object readResolve() {
            return WEIGHTED_LSE;
        }
    }

    private static final class SoftmaxMethod extends KernelMethod<float[]> {
        private static final long serialVersionUID = 1L;

        SoftmaxMethod() {
            super("AllReductions.softmax", List.of(
                            new KernelParam("x", KernelParam.Kind.VALUES, KernelParam.Axis.I, 2),
                            new KernelParam("y", KernelParam.Kind.VALUES, KernelParam.Axis.J, 2),
                            new KernelParam("b", KernelParam.Kind.VALUES, KernelParam.Axis.J, 1),
                            new KernelParam("g", KernelParam.Kind.SCALAR, KernelParam.Axis.P, 1)), "SUM_SOFTMAX_WEIGHT", KernelParam.Axis.I, false, 1, 3, 0, true, false, true, false, false);
        }

        @Override
        public KernelOutput call(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.softmax: runtime");
            Objects.requireNonNull(args, "AllReductions.softmax: args");
            if (args.length != 4) {
                throw new IllegalArgumentException("AllReductions.softmax: expected 4 arguments, got " + args.length);
            }
            return new KernelOutput(new AllReductionsImpl(runtime).softmax(Args.arg(args, 0, float[].class, "AllReductions.softmax", "x"), Args.arg(args, 1, float[].class, "AllReductions.softmax", "y"), Args.arg(args, 2, float[].class, "AllReductions.softmax", "b"), Args.arg(args, 3, Float.class, "AllReductions.softmax", "g")), null);
        }

        @Override
        public KernelOutput callPart(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "AllReductions.softmax: runtime");
            Objects.requireNonNull(args, "AllReductions.softmax: args");
            if (args.length != 4) {
                throw new IllegalArgumentException("AllReductions.softmax: expected 4 arguments, got " + args.length);
            }
            return new KernelOutput(new AllReductionsImpl(runtime).softmax$part(Args.arg(args, 0, float[].class, "AllReductions.softmax", "x"), Args.arg(args, 1, float[].class, "AllReductions.softmax", "y"), Args.arg(args, 2, float[].class, "AllReductions.softmax", "b"), Args.arg(args, 3, Float.class, "AllReductions.softmax", "g")), null);
        }

        @Override
        public void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex,
                int rows) {
            checkParts(valueParts, indexParts, out, outIndex, rows);
            SplitMerge.softmaxPartials((float[][]) valueParts, (float[]) out, rows);
        }

        @Override
        public float[] result(KernelOutput output) {
            return (float[]) output.values();
        }

        private Object readResolve() {
            return SOFTMAX;
        }
    }
}
