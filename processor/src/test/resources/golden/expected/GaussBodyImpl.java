package golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.DeviceBackend;
import org.jkeops.runtime.KernelInfo;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.internal.Args;
import org.jkeops.runtime.internal.DeviceLaunch;
import org.jkeops.runtime.internal.SplitMerge;

/**
 * Generated implementation of {@link GaussBody}. Arguments are validated before any work;
 * the runtime chooses the backend of each call.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
public final class GaussBodyImpl implements GaussBody {
    private static final KernelInfo CONV = new KernelInfo("GaussBody.conv", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private final KernelRuntime runtime;

    /**
     * Uses {@link KernelRuntime#shared()}, configured by system properties.
     */
    public GaussBodyImpl() {
        this.runtime = null;
    }

    public GaussBodyImpl(KernelRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    private KernelRuntime runtime() {
        return runtime != null ? runtime : KernelRuntime.shared();
    }

    /**
     * The OpenCL C program of all kernels of this interface (class-path resource /META-INF/jkeops/opencl/golden.GaussBody.cl).
     */
    static String openClProgram() {
        return OpenClProgram.SOURCE;
    }

    /**
     * The OpenCL C source that runs for a kernel method: the program of this interface, which
     * holds one {@code __kernel} per method.
     *
     * @throws IllegalArgumentException for a name that is not a kernel method
     */
    public String openClSource(String method) {
        Objects.requireNonNull(method, "method");
        if (!List.of("conv").contains(method)) {
            throw new IllegalArgumentException("no kernel method named '" + method + "' in GaussBody; kernel methods: conv");
        }
        return OpenClProgram.SOURCE;
    }

    /**
     * SUM of {@code return exp(-g * sqDist(x, y)) * b; (simplified: (Exp((Minus(g) * Sum(Square((x - y))))) * b))} over j.
     *
     * <p>Generated from the body of the static method {@code GaussBody.conv}, which computes the formula for
     * one pair (i, j). This method is not an override (static interface methods are not inherited):
     * call it on {@code GaussBodyImpl}. Scalar {@code @Vi}/{@code @Vj} parameters become arrays of one value
     * per row; {@code @Pm} scalars stay scalars.
     * @param x_ x (M x 3, row-major)
     * @param y_ y (N x 3, row-major)
     * @param b_ b (N x 1, row-major)
     * @param g_ g (scalar)
     */
    public float[] conv(float[] x_, float[] y_, float[] b_, float g_) {
        final int m = Args.rows("GaussBody.conv: x", x_, 3);
        final int n = Args.rows("GaussBody.conv: y", y_, 3);
        Args.sameRows("GaussBody.conv", "N", "y", n, "b", Args.rows("GaussBody.conv: b", b_, 1));
        final int length = Args.outputLength("GaussBody.conv", m, 1);
        final float[] out = new float[length];
        final Backend backend = runtime().select(GaussBodyImpl.CONV);
        switch (backend) {
            case SCALAR -> GaussBodyScalarKernels.conv(x_, y_, b_, g_, m, n, out);
            case SIMD -> GaussBodySimdKernels.conv(runtime(), x_, y_, b_, g_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                device.launch(new DeviceLaunch("golden.GaussBody", GaussBodyImpl::openClProgram,
                        "jk_conv", m, parts, false).in(x_).in(y_).in(b_).scalar(g_).scalar(m)
                        .scalar(n).scalar(partSize).out(dv).tileRows().localTile(12).localTile(4));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.sum(vp, out);
                }
            }
            default -> throw new IllegalStateException("GaussBody.conv: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * Loads the program source on first use only.
     */
    private static final class OpenClProgram {
        static final String SOURCE = load();

        private static String load() {
            try (InputStream in = GaussBodyImpl.class.getResourceAsStream("/META-INF/jkeops/opencl/golden.GaussBody.cl")) {
                if (in == null) {
                    throw new IllegalStateException("missing class-path resource /META-INF/jkeops/opencl/golden.GaussBody.cl");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
