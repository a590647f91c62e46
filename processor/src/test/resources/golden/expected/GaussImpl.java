package golden;

import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jkeops.runtime.Args;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelInfo;
import org.jkeops.runtime.KernelRuntime;

/**
 * Generated implementation of {@link Gauss}. Arguments are validated before any work;
 * the runtime chooses the backend of each call.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
public final class GaussImpl implements Gauss {
    private static final KernelInfo CONV = new KernelInfo("Gauss.conv", Set.of(Backend.SCALAR, Backend.SIMD));

    private static final KernelInfo KNN = new KernelInfo("Gauss.knn", Set.of(Backend.SCALAR, Backend.SIMD));

    private final KernelRuntime runtime;

    /**
     * Uses {@link KernelRuntime#shared()}, configured by system properties.
     */
    public GaussImpl() {
        this.runtime = null;
    }

    public GaussImpl(KernelRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    private KernelRuntime runtime() {
        return runtime != null ? runtime : KernelRuntime.shared();
    }

    /**
     * SUM of {@code (Exp((Minus(g) * Sum(Square((x - y))))) * b)} over j.
     */
    @Override
    public float[] conv(float[] x, float[] y, float[] b, float g) {
        final int m = Args.rows("x", x, 3);
        final int n = Args.rows("y", y, 3);
        Args.sameRows("N", "y", n, "b", Args.rows("b", b, 1));
        final int length = Args.outputLength("Gauss.conv", m, 1);
        final float[] out = new float[length];
        final Backend backend = runtime().select(CONV);
        switch (backend) {
            case SCALAR -> GaussScalarKernels.conv(x, y, b, g, m, n, out);
            case SIMD -> GaussSimdKernels.conv(runtime(), x, y, b, g, m, n, out);
            default -> throw new IllegalStateException("Gauss.conv: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * ARG_K_MIN of {@code Sum(Square((x - y)))} over j.
     */
    @Override
    public int[] knn(float[] x, float[] y) {
        final int m = Args.rows("x", x, 3);
        final int n = Args.rows("y", y, 3);
        Args.kFits(10, n, "N");
        final int length = Args.outputLength("Gauss.knn", m, 10);
        final int[] outIndex = new int[length];
        final Backend backend = runtime().select(KNN);
        switch (backend) {
            case SCALAR -> GaussScalarKernels.knn(x, y, m, n, outIndex);
            case SIMD -> GaussSimdKernels.knn(runtime(), x, y, m, n, outIndex);
            default -> throw new IllegalStateException("Gauss.knn: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return outIndex;
    }
}
