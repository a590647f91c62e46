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
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.KernelInfo;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.internal.Args;
import org.jkeops.runtime.internal.DeviceLaunch;
import org.jkeops.runtime.internal.SplitMerge;

/**
 * Generated implementation of {@link Reductions}. Arguments are validated before any work;
 * the runtime chooses the backend of each call.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
public final class ReductionsImpl implements Reductions {
    private static final KernelInfo SOFT_MIN = new KernelInfo("Reductions.softMin", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL), true);

    private static final KernelInfo SMOOTH = new KernelInfo("Reductions.smooth", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL), true);

    private static final KernelInfo NEAREST = new KernelInfo("Reductions.nearest", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL), true);

    private static final KernelInfo APPLY = new KernelInfo("Reductions.apply", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo SMOOTH$PART = new KernelInfo("Reductions.smooth", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL), true);

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
     * The OpenCL C program of all kernels of this interface (class-path resource /META-INF/jkeops/opencl/golden.Reductions.cl).
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
        if (!List.of("softMin", "smooth", "nearest", "apply").contains(method)) {
            throw new IllegalArgumentException("no kernel method named '" + method + "' in Reductions; kernel methods: softMin, smooth, nearest, apply");
        }
        return OpenClProgram.SOURCE;
    }

    /**
     * LOG_SUM_EXP of {@code b - p * SqDist(x, y) (simplified: (b - (p * Sum(Square((x - y))))))} over j.
     */
    @Override
    public double[] softMin(double[] x_, double[] y_, double[] b_, double p_) {
        final int m = Args.rows("Reductions.softMin: x", x_, 2);
        final int n = Args.rows("Reductions.softMin: y", y_, 2);
        Args.sameRows("Reductions.softMin", "N", "y", n, "b", Args.rows("Reductions.softMin: b", b_, 1));
        final int length = Args.outputLength("Reductions.softMin", m, 1);
        final double[] out = new double[length];
        final Backend backend = runtime().select(ReductionsImpl.SOFT_MIN);
        switch (backend) {
            case SCALAR -> ReductionsScalarKernels.softMin(x_, y_, b_, p_, m, n, out);
            case SIMD -> ReductionsSimdKernels.softMin(runtime(), x_, y_, b_, p_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final double[] dv = parts == 1 ? out : new double[parts * len];
                device.launch(new DeviceLaunch("golden.Reductions", ReductionsImpl::openClProgram,
                        "jk_softMin", m, parts, true).in(x_).in(y_).in(b_).scalar(p_).scalar(m)
                        .scalar(n).scalar(partSize).out(dv).tileRows().localTile(16).localTile(8));
                if (parts > 1) {
                    final double[][] vp = new double[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.logSumExp(vp, out);
                }
            }
            default -> throw new IllegalStateException("Reductions.softMin: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * SUM_SOFTMAX_WEIGHT of {@code -SqDist(x, y) * g (simplified: (Minus(Sum(Square((x - y)))) * g))} over i.
     */
    @Override
    public double[] smooth(double[] x_, double[] y_, double[] v_, double g_) {
        final int n = Args.rows("Reductions.smooth: y", y_, 2);
        final int m = Args.rows("Reductions.smooth: x", x_, 2);
        Args.sameRows("Reductions.smooth", "M", "x", m, "v", Args.rows("Reductions.smooth: v", v_, 3));
        final int length = Args.outputLength("Reductions.smooth", n, 3);
        final double[] out = new double[length];
        final Backend backend = runtime().select(ReductionsImpl.SMOOTH);
        switch (backend) {
            case SCALAR -> ReductionsScalarKernels.smooth(x_, y_, v_, g_, n, m, out);
            case SIMD -> ReductionsSimdKernels.smooth(runtime(), x_, y_, v_, g_, n, m, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(n, m, len);
                final int partSize = Math.max(1, (m + parts - 1) / parts);
                final double[] dv = parts == 1 ? out : new double[parts * len];
                final double[] dn = new double[parts * 2 * n];
                device.launch(new DeviceLaunch("golden.Reductions", ReductionsImpl::openClProgram,
                        "jk_smooth", n, parts, true).in(x_).in(y_).in(v_).scalar(g_).scalar(n)
                        .scalar(m).scalar(partSize).out(dv).out(dn).tileRows().localTile(16)
                        .localTile(24));
                if (parts > 1) {
                    final double[][] vp = new double[parts][];
                    final double[][] np = new double[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                        np[p] = Arrays.copyOfRange(dn, p * 2 * n, (p + 1) * 2 * n);
                    }
                    SplitMerge.softmax(vp, np, out, n);
                }
            }
            default -> throw new IllegalStateException("Reductions.smooth: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * MIN_ARG_MIN of {@code Sqrt(Sum(Square(x - y))) (simplified: Sqrt(Sum(Square((x - y)))))} over j.
     */
    @Override
    public DoubleArgResult nearest(double[] x_, double[] y_) {
        final int m = Args.rows("Reductions.nearest: x", x_, 3);
        final int n = Args.rows("Reductions.nearest: y", y_, 3);
        final int length = Args.outputLength("Reductions.nearest", m, 1);
        final double[] out = new double[length];
        final int[] outIndex = new int[length];
        final Backend backend = runtime().select(ReductionsImpl.NEAREST);
        switch (backend) {
            case SCALAR -> ReductionsScalarKernels.nearest(x_, y_, m, n, out, outIndex);
            case SIMD -> ReductionsSimdKernels.nearest(runtime(), x_, y_, m, n, out, outIndex);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final double[] dv = parts == 1 ? out : new double[parts * len];
                final int[] di = parts == 1 ? outIndex : new int[parts * len];
                device.launch(new DeviceLaunch("golden.Reductions", ReductionsImpl::openClProgram,
                        "jk_nearest", m, parts, true).in(x_).in(y_).scalar(m).scalar(n)
                        .scalar(partSize).out(dv).out(di).tileRows().localTile(24));
                if (parts > 1) {
                    final double[][] vp = new double[parts][];
                    final int[][] ip = new int[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                        ip[p] = Arrays.copyOfRange(di, p * len, (p + 1) * len);
                    }
                    SplitMerge.argMinMax(vp, ip, out, outIndex, false);
                }
            }
            default -> throw new IllegalStateException("Reductions.nearest: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return new DoubleArgResult(out, outIndex);
    }

    /**
     * SUM of {@code MatVecMult(A, x - y) (simplified: MatVecMult(A, (x - y)))} over j.
     */
    @Override
    public void apply(float[] A_, float[] x_, float[] y_, float[] out_) {
        final int m = Args.rows("Reductions.apply: x", x_, 3);
        final int n = Args.rows("Reductions.apply: y", y_, 3);
        Args.paramLength("Reductions.apply: A", A_, 9);
        Args.outLength("Reductions.apply: out", Args.nonNull("Reductions.apply: out", out_).length, (long) m * 3, "M x 3");
        Args.notAliased("Reductions.apply", "out", out_, "A", A_);
        Args.notAliased("Reductions.apply", "out", out_, "x", x_);
        Args.notAliased("Reductions.apply", "out", out_, "y", y_);
        final Backend backend = runtime().select(ReductionsImpl.APPLY);
        switch (backend) {
            case SCALAR -> ReductionsScalarKernels.apply(A_, x_, y_, m, n, out_);
            case SIMD -> ReductionsSimdKernels.apply(runtime(), A_, x_, y_, m, n, out_);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out_.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out_ : new float[parts * len];
                device.launch(new DeviceLaunch("golden.Reductions", ReductionsImpl::openClProgram,
                        "jk_apply", m, parts, false).in(A_).in(x_).in(y_).scalar(m).scalar(n)
                        .scalar(partSize).out(dv).tileRows().localTile(12));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.kahanSum(vp, out_);
                }
            }
            default -> throw new IllegalStateException("Reductions.apply: the runtime chose a backend this kernel has no code for: " + backend);
        }
    }

    /**
     * SUM_SOFTMAX_WEIGHT of {@code -SqDist(x, y) * g (simplified: (Minus(Sum(Square((x - y)))) * g))} over i.
     *
     * <p>The partial companion of {@code Reductions.smooth}, for engines that run parts of the reduced axis
     * themselves ({@code KernelMethod.callPart}): each output row is the finalized values, then what they need to merge
     * (the running maximum m and the sum of exp(v - m)).
     */
    public double[] smooth$part(double[] x_, double[] y_, double[] v_, double g_) {
        final int n = Args.rows("Reductions.smooth: y", y_, 2);
        final int m = Args.rows("Reductions.smooth: x", x_, 2);
        Args.sameRows("Reductions.smooth", "M", "x", m, "v", Args.rows("Reductions.smooth: v", v_, 3));
        final int length = Args.outputLength("Reductions.smooth", n, 5);
        final double[] out = new double[length];
        final Backend backend = runtime().select(ReductionsImpl.SMOOTH$PART);
        switch (backend) {
            case SCALAR -> ReductionsScalarKernels.smooth$part(x_, y_, v_, g_, n, m, out);
            case SIMD -> ReductionsSimdKernels.smooth$part(runtime(), x_, y_, v_, g_, n, m, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = 1;
                final int partSize = Math.max(1, (m + parts - 1) / parts);
                final double[] dv = parts == 1 ? out : new double[parts * len];
                final double[] dn = new double[parts * 2 * n];
                device.launch(new DeviceLaunch("golden.Reductions", ReductionsImpl::openClProgram,
                        "jk_smooth_Spart", n, parts, true).in(x_).in(y_).in(v_).scalar(g_).scalar(n)
                        .scalar(m).scalar(partSize).out(dv).out(dn).tileRows().localTile(16)
                        .localTile(24));
            }
            default -> throw new IllegalStateException("Reductions.smooth: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * Loads the program source on first use only.
     */
    private static final class OpenClProgram {
        static final String SOURCE = load();

        private static String load() {
            try (InputStream in = ReductionsImpl.class.getResourceAsStream("/META-INF/jkeops/opencl/golden.Reductions.cl")) {
                if (in == null) {
                    throw new IllegalStateException("missing class-path resource /META-INF/jkeops/opencl/golden.Reductions.cl");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
