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
 * The kernel methods of {@link Gauss} as data ({@code KernelMethod}), for distributed engines
 * such as {@code jkeops-spark}: one constant per method.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
public final class GaussMethods {
    /**
     * {@code Gauss.conv}: SUM over j.
     */
    public static final KernelMethod<float[]> CONV = new ConvMethod();

    /**
     * {@code Gauss.knn}: ARG_K_MIN over j.
     */
    public static final KernelMethod<int[]> KNN = new KnnMethod();

    private GaussMethods() {
    }

    private static final class ConvMethod extends KernelMethod<float[]> {
        private static final long serialVersionUID = 1L;

        ConvMethod() {
            super("Gauss.conv", List.of(
                            new KernelParam("x", KernelParam.Kind.VALUES, KernelParam.Axis.I, 3),
                            new KernelParam("y", KernelParam.Kind.VALUES, KernelParam.Axis.J, 3),
                            new KernelParam("b", KernelParam.Kind.VALUES, KernelParam.Axis.J, 1),
                            new KernelParam("g", KernelParam.Kind.SCALAR, KernelParam.Axis.P, 1)), "SUM", KernelParam.Axis.I, false, 1, 1, 0, true, false, true, false, false);
        }

        @Override
        public KernelOutput call(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "Gauss.conv: runtime");
            Objects.requireNonNull(args, "Gauss.conv: args");
            if (args.length != 4) {
                throw new IllegalArgumentException("Gauss.conv: expected 4 arguments, got " + args.length);
            }
            return new KernelOutput(new GaussImpl(runtime).conv(Args.arg(args, 0, float[].class, "Gauss.conv", "x"), Args.arg(args, 1, float[].class, "Gauss.conv", "y"), Args.arg(args, 2, float[].class, "Gauss.conv", "b"), Args.arg(args, 3, Float.class, "Gauss.conv", "g")), null);
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
            return CONV;
        }
    }

    private static final class KnnMethod extends KernelMethod<int[]> {
        private static final long serialVersionUID = 1L;

        KnnMethod() {
            super("Gauss.knn", List.of(
                            new KernelParam("x", KernelParam.Kind.VALUES, KernelParam.Axis.I, 3),
                            new KernelParam("y", KernelParam.Kind.VALUES, KernelParam.Axis.J, 3)), "ARG_K_MIN", KernelParam.Axis.I, false, 10, 10, 10, false, true, true, false, false);
        }

        @Override
        public KernelOutput call(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "Gauss.knn: runtime");
            Objects.requireNonNull(args, "Gauss.knn: args");
            if (args.length != 2) {
                throw new IllegalArgumentException("Gauss.knn: expected 2 arguments, got " + args.length);
            }
            return new KernelOutput(null, new GaussImpl(runtime).knn(Args.arg(args, 0, float[].class, "Gauss.knn", "x"), Args.arg(args, 1, float[].class, "Gauss.knn", "y")));
        }

        @Override
        public KernelOutput callPart(KernelRuntime runtime, Object[] args) {
            Objects.requireNonNull(runtime, "Gauss.knn: runtime");
            Objects.requireNonNull(args, "Gauss.knn: args");
            if (args.length != 2) {
                throw new IllegalArgumentException("Gauss.knn: expected 2 arguments, got " + args.length);
            }
            final FloatArgResult r = new GaussImpl(runtime).knn$part(Args.arg(args, 0, float[].class, "Gauss.knn", "x"), Args.arg(args, 1, float[].class, "Gauss.knn", "y"));
            return new KernelOutput(r.values(), r.indices());
        }

        @Override
        public void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex,
                int rows) {
            checkParts(valueParts, indexParts, out, outIndex, rows);
            SplitMerge.kMin((float[][]) valueParts, indexParts, new float[outIndex.length], outIndex, rows, 10, 1);
        }

        @Override
        public int[] result(KernelOutput output) {
            return output.indices();
        }

        private Object readResolve() {
            return KNN;
        }
    }
}
