package golden;

import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jkeops.runtime.Args;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.KernelInfo;
import org.jkeops.runtime.KernelRuntime;

/**
 * Generated implementation of {@link Reductions}. Arguments are validated before any work;
 * the runtime chooses the backend of each call.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
public final class ReductionsImpl implements Reductions {
    private static final KernelInfo SOFT_MIN = new KernelInfo("Reductions.softMin", Set.of(Backend.SCALAR, Backend.SIMD));

    private static final KernelInfo SMOOTH = new KernelInfo("Reductions.smooth", Set.of(Backend.SCALAR, Backend.SIMD));

    private static final KernelInfo NEAREST = new KernelInfo("Reductions.nearest", Set.of(Backend.SCALAR, Backend.SIMD));

    private static final KernelInfo APPLY = new KernelInfo("Reductions.apply", Set.of(Backend.SCALAR, Backend.SIMD));

    private final KernelRuntime runtime;

    /**
     * Uses {@link KernelRuntime#shared()}, configured by system properties.
     */
    public ReductionsImpl() {
        this.runtime = null;
    }

    public ReductionsImpl(KernelRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    private KernelRuntime runtime() {
        return runtime != null ? runtime : KernelRuntime.shared();
    }

    /**
     * LOG_SUM_EXP of {@code (b - (p * Sum(Square((x - y)))))} over j.
     */
    @Override
    public double[] softMin(double[] x, double[] y, double[] b, double p) {
        final int m = Args.rows("x", x, 2);
        final int n = Args.rows("y", y, 2);
        Args.sameRows("N", "y", n, "b", Args.rows("b", b, 1));
        final int length = Args.outputLength("Reductions.softMin", m, 1);
        final double[] out = new double[length];
        final Backend backend = runtime().select(SOFT_MIN);
        switch (backend) {
            case SCALAR -> ReductionsScalarKernels.softMin(x, y, b, p, m, n, out);
            case SIMD -> ReductionsSimdKernels.softMin(runtime(), x, y, b, p, m, n, out);
            default -> throw new IllegalStateException("Reductions.softMin: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * SUM_SOFTMAX_WEIGHT of {@code (Minus(Sum(Square((x - y)))) * g)} over i.
     */
    @Override
    public double[] smooth(double[] x, double[] y, double[] v, double g) {
        final int n = Args.rows("y", y, 2);
        final int m = Args.rows("x", x, 2);
        Args.sameRows("M", "x", m, "v", Args.rows("v", v, 3));
        final int length = Args.outputLength("Reductions.smooth", n, 3);
        final double[] out = new double[length];
        final Backend backend = runtime().select(SMOOTH);
        switch (backend) {
            case SCALAR -> ReductionsScalarKernels.smooth(x, y, v, g, n, m, out);
            case SIMD -> ReductionsSimdKernels.smooth(runtime(), x, y, v, g, n, m, out);
            default -> throw new IllegalStateException("Reductions.smooth: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * MIN_ARG_MIN of {@code Sqrt(Sum(Square((x - y))))} over j.
     */
    @Override
    public DoubleArgResult nearest(double[] x, double[] y) {
        final int m = Args.rows("x", x, 3);
        final int n = Args.rows("y", y, 3);
        final int length = Args.outputLength("Reductions.nearest", m, 1);
        final double[] out = new double[length];
        final int[] outIndex = new int[length];
        final Backend backend = runtime().select(NEAREST);
        switch (backend) {
            case SCALAR -> ReductionsScalarKernels.nearest(x, y, m, n, out, outIndex);
            case SIMD -> ReductionsSimdKernels.nearest(runtime(), x, y, m, n, out, outIndex);
            default -> throw new IllegalStateException("Reductions.nearest: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return new DoubleArgResult(out, outIndex);
    }

    /**
     * SUM of {@code MatVecMult(A, (x - y))} over j.
     */
    @Override
    public void apply(float[] A, float[] x, float[] y, float[] out_) {
        final int m = Args.rows("x", x, 3);
        final int n = Args.rows("y", y, 3);
        Args.paramLength("A", A, 9);
        Args.outLength("out", Args.nonNull("out", out_).length, (long) m * 3, "M x 3");
        final Backend backend = runtime().select(APPLY);
        switch (backend) {
            case SCALAR -> ReductionsScalarKernels.apply(A, x, y, m, n, out_);
            case SIMD -> ReductionsSimdKernels.apply(runtime(), A, x, y, m, n, out_);
            default -> throw new IllegalStateException("Reductions.apply: the runtime chose a backend this kernel has no code for: " + backend);
        }
    }
}
