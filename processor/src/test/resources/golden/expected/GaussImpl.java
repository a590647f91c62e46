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
import org.jkeops.runtime.FloatArgResult;
import org.jkeops.runtime.KernelInfo;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.internal.Args;
import org.jkeops.runtime.internal.DeviceLaunch;
import org.jkeops.runtime.internal.SplitMerge;

/**
 * Generated implementation of {@link Gauss}. Arguments are validated before any work;
 * the runtime chooses the backend of each call.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
public final class GaussImpl implements Gauss {
    private static final KernelInfo CONV = new KernelInfo("Gauss.conv", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo KNN = new KernelInfo("Gauss.knn", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo KNN$PART = new KernelInfo("Gauss.knn", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

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
     * The OpenCL C program of all kernels of this interface (class-path resource /META-INF/jkeops/opencl/golden.Gauss.cl).
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
        if (!List.of("conv", "knn").contains(method)) {
            throw new IllegalArgumentException("no kernel method named '" + method + "' in Gauss; kernel methods: conv, knn");
        }
        return OpenClProgram.SOURCE;
    }

    /**
     * SUM of {@code Exp(-g * SqDist(x, y)) * b (simplified: (Exp((Minus(g) * Sum(Square((x - y))))) * b))} over j.
     */
    @Override
    public float[] conv(float[] x_, float[] y_, float[] b_, float g_) {
        final int m = Args.rows("Gauss.conv: x", x_, 3);
        final int n = Args.rows("Gauss.conv: y", y_, 3);
        Args.sameRows("Gauss.conv", "N", "y", n, "b", Args.rows("Gauss.conv: b", b_, 1));
        final int length = Args.outputLength("Gauss.conv", m, 1);
        final float[] out = new float[length];
        final Backend backend = runtime().select(GaussImpl.CONV);
        switch (backend) {
            case SCALAR -> GaussScalarKernels.conv(x_, y_, b_, g_, m, n, out);
            case SIMD -> GaussSimdKernels.conv(runtime(), x_, y_, b_, g_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                device.launch(new DeviceLaunch("golden.Gauss", GaussImpl::openClProgram, "jk_conv",
                        m, parts, false).in(x_).in(y_).in(b_).scalar(g_).scalar(m).scalar(n)
                        .scalar(partSize).out(dv).tileRows().localTile(12).localTile(4));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.sum(vp, out);
                }
            }
            default -> throw new IllegalStateException("Gauss.conv: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * ARG_K_MIN of {@code SqDist(x, y) (simplified: Sum(Square((x - y))))} over j.
     */
    @Override
    public int[] knn(float[] x_, float[] y_) {
        final int m = Args.rows("Gauss.knn: x", x_, 3);
        final int n = Args.rows("Gauss.knn: y", y_, 3);
        Args.kFits("Gauss.knn", 10, n, "N");
        final int length = Args.outputLength("Gauss.knn", m, 10);
        final int[] outIndex = new int[length];
        final Backend backend = runtime().select(GaussImpl.KNN);
        switch (backend) {
            case SCALAR -> GaussScalarKernels.knn(x_, y_, m, n, outIndex);
            case SIMD -> GaussSimdKernels.knn(runtime(), x_, y_, m, n, outIndex);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = outIndex.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = new float[parts * len];
                final int[] di = parts == 1 ? outIndex : new int[parts * len];
                device.launch(new DeviceLaunch("golden.Gauss", GaussImpl::openClProgram, "jk_knn",
                        m, parts, false).in(x_).in(y_).scalar(m).scalar(n).scalar(partSize).out(dv)
                        .out(di).tileRows().localTile(12));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    final int[][] ip = new int[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                        ip[p] = Arrays.copyOfRange(di, p * len, (p + 1) * len);
                    }
                    SplitMerge.kMin(vp, ip, new float[len], outIndex, m, 10, 1);
                }
            }
            default -> throw new IllegalStateException("Gauss.knn: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return outIndex;
    }

    /**
     * ARG_K_MIN of {@code SqDist(x, y) (simplified: Sum(Square((x - y))))} over j.
     *
     * <p>The partial companion of {@code Gauss.knn}, for engines that run parts of the reduced axis
     * themselves ({@code KernelMethod.callPart}): the values beside the indices, which the merge of parts compares, then drops.
     */
    public FloatArgResult knn$part(float[] x_, float[] y_) {
        final int m = Args.rows("Gauss.knn: x", x_, 3);
        final int n = Args.rows("Gauss.knn: y", y_, 3);
        Args.kFits("Gauss.knn", 10, n, "N");
        final int length = Args.outputLength("Gauss.knn", m, 10);
        final float[] out = new float[length];
        final int[] outIndex = new int[length];
        final Backend backend = runtime().select(GaussImpl.KNN$PART);
        switch (backend) {
            case SCALAR -> GaussScalarKernels.knn$part(x_, y_, m, n, out, outIndex);
            case SIMD -> GaussSimdKernels.knn$part(runtime(), x_, y_, m, n, out, outIndex);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                final int[] di = parts == 1 ? outIndex : new int[parts * len];
                device.launch(new DeviceLaunch("golden.Gauss", GaussImpl::openClProgram,
                        "jk_knn_Spart", m, parts, false).in(x_).in(y_).scalar(m).scalar(n)
                        .scalar(partSize).out(dv).out(di).tileRows().localTile(12));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    final int[][] ip = new int[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                        ip[p] = Arrays.copyOfRange(di, p * len, (p + 1) * len);
                    }
                    SplitMerge.kMin(vp, ip, out, outIndex, m, 10, 1);
                }
            }
            default -> throw new IllegalStateException("Gauss.knn: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return new FloatArgResult(out, outIndex);
    }

    /**
     * Loads the program source on first use only.
     */
    private static final class OpenClProgram {
        static final String SOURCE = load();

        private static String load() {
            try (InputStream in = GaussImpl.class.getResourceAsStream("/META-INF/jkeops/opencl/golden.Gauss.cl")) {
                if (in == null) {
                    throw new IllegalStateException("missing class-path resource /META-INF/jkeops/opencl/golden.Gauss.cl");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
