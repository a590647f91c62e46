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
 * Generated implementation of {@link Gradients}. Arguments are validated before any work;
 * the runtime chooses the backend of each call.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
public final class GradientsImpl implements Gradients {
    private static final KernelInfo GAUSS = new KernelInfo("Gradients.gauss", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo GAUSS_DY = new KernelInfo("Gradients.gaussDy", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo GAUSS_DG = new KernelInfo("Gradients.gaussDg", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo SOFT_MIN = new KernelInfo("Gradients.softMin", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL), true);

    private static final KernelInfo SOFT_MIN_DX = new KernelInfo("Gradients.softMinDx", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL), true);

    private static final KernelInfo NEAREST = new KernelInfo("Gradients.nearest", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo NEAREST_DX = new KernelInfo("Gradients.nearestDx", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private final KernelRuntime runtime;

    /**
     * Uses {@link KernelRuntime#shared()}, configured by system properties.
     */
    public GradientsImpl() {
        this.runtime = null;
    }

    public GradientsImpl(KernelRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    private KernelRuntime runtime() {
        return runtime != null ? runtime : KernelRuntime.shared();
    }

    /**
     * The OpenCL C program of all kernels of this interface (class-path resource /META-INF/jkeops/opencl/golden.Gradients.cl).
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
        if (!List.of("gauss", "gaussDy", "gaussDg", "softMin", "softMinDx", "nearest", "nearestDx").contains(method)) {
            throw new IllegalArgumentException("no kernel method named '" + method + "' in Gradients; kernel methods: gauss, gaussDy, gaussDg, softMin, softMinDx, nearest, nearestDx");
        }
        return OpenClProgram.SOURCE;
    }

    /**
     * SUM of {@code Exp(-g * SqDist(x, y)) * b (simplified: (Exp((Minus(g) * Sum(Square((x - y))))) * b))} over j.
     */
    @Override
    public float[] gauss(float[] x_, float[] y_, float[] b_, float g_) {
        final int m = Args.rows("Gradients.gauss: x", x_, 3);
        final int n = Args.rows("Gradients.gauss: y", y_, 3);
        Args.sameRows("Gradients.gauss", "N", "y", n, "b", Args.rows("Gradients.gauss: b", b_, 2));
        final int length = Args.outputLength("Gradients.gauss", m, 2);
        final float[] out = new float[length];
        final Backend backend = runtime().select(GradientsImpl.GAUSS);
        switch (backend) {
            case SCALAR -> GradientsScalarKernels.gauss(x_, y_, b_, g_, m, n, out);
            case SIMD -> GradientsSimdKernels.gauss(runtime(), x_, y_, b_, g_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                device.launch(new DeviceLaunch("golden.Gradients", GradientsImpl::openClProgram,
                        "jk_gauss", m, parts, false).in(x_).in(y_).in(b_).scalar(g_).scalar(m)
                        .scalar(n).scalar(partSize).out(dv).tileRows().localTile(12).localTile(8));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.sum(vp, out);
                }
            }
            default -> throw new IllegalStateException("Gradients.gauss: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * SUM of {@code @Gradient(of = "gauss", wrt = "y"): Grad(F, y, e) with F = Exp(-g * SqDist(x, y)) * b (simplified: Minus(((2 * (x - y)) * ((Exp((Minus(g) * Sum(Square((x - y))))) * Sum((e * b))) * Minus(g)))))} over i.
     */
    @Override
    public float[] gaussDy(float[] x_, float[] y_, float[] b_, float g_, float[] e_) {
        final int n = Args.rows("Gradients.gaussDy: y", y_, 3);
        Args.sameRows("Gradients.gaussDy", "N", "y", n, "b", Args.rows("Gradients.gaussDy: b", b_, 2));
        final int m = Args.rows("Gradients.gaussDy: x", x_, 3);
        Args.sameRows("Gradients.gaussDy", "M", "x", m, "e", Args.rows("Gradients.gaussDy: e", e_, 2));
        final int length = Args.outputLength("Gradients.gaussDy", n, 3);
        final float[] out = new float[length];
        final Backend backend = runtime().select(GradientsImpl.GAUSS_DY);
        switch (backend) {
            case SCALAR -> GradientsScalarKernels.gaussDy(x_, y_, b_, g_, e_, n, m, out);
            case SIMD -> GradientsSimdKernels.gaussDy(runtime(), x_, y_, b_, g_, e_, n, m, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(n, m, len);
                final int partSize = Math.max(1, (m + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                device.launch(new DeviceLaunch("golden.Gradients", GradientsImpl::openClProgram,
                        "jk_gaussDy", n, parts, false).in(x_).in(y_).in(b_).scalar(g_).in(e_)
                        .scalar(n).scalar(m).scalar(partSize).out(dv).tileRows().localTile(12)
                        .localTile(8));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.sum(vp, out);
                }
            }
            default -> throw new IllegalStateException("Gradients.gaussDy: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * SUM of {@code @Gradient(of = "gauss", wrt = "g"): Grad(F, g, e) with F = Exp(-g * SqDist(x, y)) * b (simplified: Minus(((Exp((Minus(g) * Sum(Square((x - y))))) * Sum((e * b))) * Sum(Square((x - y))))))} over j, then summed over i.
     */
    @Override
    public float[] gaussDg(float[] x_, float[] y_, float[] b_, float g_, float[] e_) {
        final int m = Args.rows("Gradients.gaussDg: x", x_, 3);
        Args.sameRows("Gradients.gaussDg", "M", "x", m, "e", Args.rows("Gradients.gaussDg: e", e_, 2));
        final int n = Args.rows("Gradients.gaussDg: y", y_, 3);
        Args.sameRows("Gradients.gaussDg", "N", "y", n, "b", Args.rows("Gradients.gaussDg: b", b_, 2));
        final int length = Args.outputLength("Gradients.gaussDg", m, 1);
        final float[] out = new float[length];
        final Backend backend = runtime().select(GradientsImpl.GAUSS_DG);
        switch (backend) {
            case SCALAR -> GradientsScalarKernels.gaussDg(x_, y_, b_, g_, e_, m, n, out);
            case SIMD -> GradientsSimdKernels.gaussDg(runtime(), x_, y_, b_, g_, e_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                device.launch(new DeviceLaunch("golden.Gradients", GradientsImpl::openClProgram,
                        "jk_gaussDg", m, parts, false).in(x_).in(y_).in(b_).scalar(g_).in(e_)
                        .scalar(m).scalar(n).scalar(partSize).out(dv).tileRows().localTile(12)
                        .localTile(8));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.sum(vp, out);
                }
            }
            default -> throw new IllegalStateException("Gradients.gaussDg: the runtime chose a backend this kernel has no code for: " + backend);
        }
        final double[] gradTotal = new double[1];
        for (int r = 0; r < m; r++) {
            for (int l = 0; l < 1; l++) {
                gradTotal[l] += out[r * 1 + l];
            }
        }
        final float[] gradResult = new float[1];
        for (int l = 0; l < 1; l++) {
            gradResult[l] = (float) gradTotal[l];
        }
        return gradResult;
    }

    /**
     * LOG_SUM_EXP of {@code b - p * SqDist(x, y) (simplified: (b - (p * Sum(Square((x - y))))))} over j.
     */
    @Override
    public double[] softMin(double[] x_, double[] y_, double[] b_, double p_) {
        final int m = Args.rows("Gradients.softMin: x", x_, 2);
        final int n = Args.rows("Gradients.softMin: y", y_, 2);
        Args.sameRows("Gradients.softMin", "N", "y", n, "b", Args.rows("Gradients.softMin: b", b_, 1));
        final int length = Args.outputLength("Gradients.softMin", m, 1);
        final double[] out = new double[length];
        final Backend backend = runtime().select(GradientsImpl.SOFT_MIN);
        switch (backend) {
            case SCALAR -> GradientsScalarKernels.softMin(x_, y_, b_, p_, m, n, out);
            case SIMD -> GradientsSimdKernels.softMin(runtime(), x_, y_, b_, p_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final double[] dv = parts == 1 ? out : new double[parts * len];
                device.launch(new DeviceLaunch("golden.Gradients", GradientsImpl::openClProgram,
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
            default -> throw new IllegalStateException("Gradients.softMin: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * SUM of {@code @Gradient(of = "softMin", wrt = "x"): Grad(F, x, e) * Exp(F - s) with F = b - p * SqDist(x, y) (simplified: (((2 * (x - y)) * (Minus(e) * p)) * Exp(((b - (p * Sum(Square((x - y))))) - s))))} over j.
     */
    @Override
    public double[] softMinDx(double[] x_, double[] y_, double[] b_, double p_, double[] s_,
            double[] e_) {
        final int m = Args.rows("Gradients.softMinDx: x", x_, 2);
        Args.sameRows("Gradients.softMinDx", "M", "x", m, "s", Args.rows("Gradients.softMinDx: s", s_, 1));
        Args.sameRows("Gradients.softMinDx", "M", "x", m, "e", Args.rows("Gradients.softMinDx: e", e_, 1));
        final int n = Args.rows("Gradients.softMinDx: y", y_, 2);
        Args.sameRows("Gradients.softMinDx", "N", "y", n, "b", Args.rows("Gradients.softMinDx: b", b_, 1));
        final int length = Args.outputLength("Gradients.softMinDx", m, 2);
        final double[] out = new double[length];
        final Backend backend = runtime().select(GradientsImpl.SOFT_MIN_DX);
        switch (backend) {
            case SCALAR -> GradientsScalarKernels.softMinDx(x_, y_, b_, p_, s_, e_, m, n, out);
            case SIMD -> GradientsSimdKernels.softMinDx(runtime(), x_, y_, b_, p_, s_, e_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final double[] dv = parts == 1 ? out : new double[parts * len];
                device.launch(new DeviceLaunch("golden.Gradients", GradientsImpl::openClProgram,
                        "jk_softMinDx", m, parts, true).in(x_).in(y_).in(b_).scalar(p_).in(s_)
                        .in(e_).scalar(m).scalar(n).scalar(partSize).out(dv).tileRows()
                        .localTile(16).localTile(8));
                if (parts > 1) {
                    final double[][] vp = new double[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.sum(vp, out);
                }
            }
            default -> throw new IllegalStateException("Gradients.softMinDx: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * MIN of {@code SqDist(x, y) (simplified: Sum(Square((x - y))))} over j.
     */
    @Override
    public float[] nearest(float[] x_, float[] y_) {
        final int m = Args.rows("Gradients.nearest: x", x_, 3);
        final int n = Args.rows("Gradients.nearest: y", y_, 3);
        final int length = Args.outputLength("Gradients.nearest", m, 1);
        final float[] out = new float[length];
        final Backend backend = runtime().select(GradientsImpl.NEAREST);
        switch (backend) {
            case SCALAR -> GradientsScalarKernels.nearest(x_, y_, m, n, out);
            case SIMD -> GradientsSimdKernels.nearest(runtime(), x_, y_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                device.launch(new DeviceLaunch("golden.Gradients", GradientsImpl::openClProgram,
                        "jk_nearest", m, parts, false).in(x_).in(y_).scalar(m).scalar(n)
                        .scalar(partSize).out(dv).tileRows().localTile(12));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.minMax(vp, out, false);
                }
            }
            default -> throw new IllegalStateException("Gradients.nearest: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * SUM of {@code @Gradient(of = "nearest", wrt = "x"): Sum over c < dimF, t = c of IfElse((j == idx_t) - 0.5, Grad(F_c, x, e_t), 0) with F = SqDist(x, y) (simplified: IfElse(((jk_index == idx) - 0.5), ((2 * (x - y)) * e), 0))} over j.
     */
    @Override
    public float[] nearestDx(float[] x_, float[] y_, int[] idx_, float[] e_) {
        final int m = Args.rows("Gradients.nearestDx: x", x_, 3);
        Args.sameRows("Gradients.nearestDx", "M", "x", m, "e", Args.rows("Gradients.nearestDx: e", e_, 1));
        Args.sameRows("Gradients.nearestDx", "M", "x", m, "idx", Args.rows("Gradients.nearestDx: idx", idx_, 1));
        final int n = Args.rows("Gradients.nearestDx: y", y_, 3);
        final float[] idx_$values = Args.indicesAsFloats("Gradients.nearestDx: idx", idx_, n, "N");
        final float[] jk_index_ = Args.indexColumnFloats(n);
        final int length = Args.outputLength("Gradients.nearestDx", m, 3);
        final float[] out = new float[length];
        final Backend backend = runtime().select(GradientsImpl.NEAREST_DX);
        switch (backend) {
            case SCALAR -> GradientsScalarKernels.nearestDx(x_, y_, idx_$values, e_, jk_index_, m, n, out);
            case SIMD -> GradientsSimdKernels.nearestDx(runtime(), x_, y_, idx_$values, e_, jk_index_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                device.launch(new DeviceLaunch("golden.Gradients", GradientsImpl::openClProgram,
                        "jk_nearestDx", m, parts, false).in(x_).in(y_).in(idx_$values).in(e_)
                        .in(jk_index_).scalar(m).scalar(n).scalar(partSize).out(dv).tileRows()
                        .localTile(12).localTile(4));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.sum(vp, out);
                }
            }
            default -> throw new IllegalStateException("Gradients.nearestDx: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * Loads the program source on first use only.
     */
    private static final class OpenClProgram {
        static final String SOURCE = load();

        private static String load() {
            try (InputStream in = GradientsImpl.class.getResourceAsStream("/META-INF/jkeops/opencl/golden.Gradients.cl")) {
                if (in == null) {
                    throw new IllegalStateException("missing class-path resource /META-INF/jkeops/opencl/golden.Gradients.cl");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
