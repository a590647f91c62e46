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
 * Generated implementation of {@link AllReductions}. Arguments are validated before any work;
 * the runtime chooses the backend of each call.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
public final class AllReductionsImpl implements AllReductions {
    private static final KernelInfo SUM_BLOCK = new KernelInfo("AllReductions.sumBlock", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo SUM_DIRECT = new KernelInfo("AllReductions.sumDirect", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo SUM_DOUBLE = new KernelInfo("AllReductions.sumDouble", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL), true);

    private static final KernelInfo SUM_DOUBLE64 = new KernelInfo("AllReductions.sumDouble64", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL), true);

    private static final KernelInfo MIN = new KernelInfo("AllReductions.min", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo MAX = new KernelInfo("AllReductions.max", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo ARG_MAX = new KernelInfo("AllReductions.argMax", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo MAX_ARG_MAX = new KernelInfo("AllReductions.maxArgMax", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo K_MIN = new KernelInfo("AllReductions.kMin", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo K_MIN_ARG_KMIN = new KernelInfo("AllReductions.kMinArgKMin", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo WEIGHTED_LSE = new KernelInfo("AllReductions.weightedLse", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo SOFTMAX = new KernelInfo("AllReductions.softmax", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo ARG_MAX$PART = new KernelInfo("AllReductions.argMax", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo WEIGHTED_LSE$PART = new KernelInfo("AllReductions.weightedLse", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo SOFTMAX$PART = new KernelInfo("AllReductions.softmax", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private final KernelRuntime runtime;

    /**
     * Uses {@link KernelRuntime#shared()}, configured by system properties.
     */
    public AllReductionsImpl() {
        this.runtime = null;
    }

    public AllReductionsImpl(KernelRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    private KernelRuntime runtime() {
        return runtime != null ? runtime : KernelRuntime.shared();
    }

    /**
     * The OpenCL C program of all kernels of this interface (class-path resource /META-INF/jkeops/opencl/golden.AllReductions.cl).
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
        if (!List.of("sumBlock", "sumDirect", "sumDouble", "sumDouble64", "min", "max", "argMax", "maxArgMax", "kMin", "kMinArgKMin", "weightedLse", "softmax").contains(method)) {
            throw new IllegalArgumentException("no kernel method named '" + method + "' in AllReductions; kernel methods: sumBlock, sumDirect, sumDouble, sumDouble64, min, max, argMax, maxArgMax, kMin, kMinArgKMin, weightedLse, softmax");
        }
        return OpenClProgram.SOURCE;
    }

    /**
     * SUM of {@code x * y (simplified: (x * y))} over j.
     */
    @Override
    public float[] sumBlock(float[] x_, float[] y_) {
        final int m = Args.rows("AllReductions.sumBlock: x", x_, 2);
        final int n = Args.rows("AllReductions.sumBlock: y", y_, 2);
        final int length = Args.outputLength("AllReductions.sumBlock", m, 2);
        final float[] out = new float[length];
        final Backend backend = runtime().select(AllReductionsImpl.SUM_BLOCK);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.sumBlock(x_, y_, m, n, out);
            case SIMD -> AllReductionsSimdKernels.sumBlock(runtime(), x_, y_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_sumBlock", m, parts, false).in(x_)
                        .in(y_).scalar(m).scalar(n).scalar(partSize).out(dv).tileRows()
                        .localTile(8));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.sum(vp, out);
                }
            }
            default -> throw new IllegalStateException("AllReductions.sumBlock: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * SUM of {@code x * y (simplified: (x * y))} over j.
     */
    @Override
    public float[] sumDirect(float[] x_, float[] y_) {
        final int m = Args.rows("AllReductions.sumDirect: x", x_, 2);
        final int n = Args.rows("AllReductions.sumDirect: y", y_, 2);
        final int length = Args.outputLength("AllReductions.sumDirect", m, 2);
        final float[] out = new float[length];
        final Backend backend = runtime().select(AllReductionsImpl.SUM_DIRECT);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.sumDirect(x_, y_, m, n, out);
            case SIMD -> AllReductionsSimdKernels.sumDirect(runtime(), x_, y_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_sumDirect", m, parts, false).in(x_)
                        .in(y_).scalar(m).scalar(n).scalar(partSize).out(dv).tileRows()
                        .localTile(8));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.sum(vp, out);
                }
            }
            default -> throw new IllegalStateException("AllReductions.sumDirect: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * SUM of {@code x * y (simplified: (x * y))} over j.
     */
    @Override
    public float[] sumDouble(float[] x_, float[] y_) {
        final int m = Args.rows("AllReductions.sumDouble: x", x_, 2);
        final int n = Args.rows("AllReductions.sumDouble: y", y_, 2);
        final int length = Args.outputLength("AllReductions.sumDouble", m, 2);
        final float[] out = new float[length];
        final Backend backend = runtime().select(AllReductionsImpl.SUM_DOUBLE);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.sumDouble(x_, y_, m, n, out);
            case SIMD -> AllReductionsSimdKernels.sumDouble(runtime(), x_, y_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                final double[] dn = new double[parts * len];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_sumDouble", m, parts, true).in(x_)
                        .in(y_).scalar(m).scalar(n).scalar(partSize).out(dv).out(dn).tileRows()
                        .localTile(8));
                if (parts > 1) {
                    final double[][] np = new double[parts][];
                    for (int p = 0; p < parts; p++) {
                        np[p] = Arrays.copyOfRange(dn, p * len, (p + 1) * len);
                    }
                    SplitMerge.sum(np, out);
                }
            }
            default -> throw new IllegalStateException("AllReductions.sumDouble: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * SUM of {@code x * y (simplified: (x * y))} over j.
     */
    @Override
    public double[] sumDouble64(double[] x_, double[] y_) {
        final int m = Args.rows("AllReductions.sumDouble64: x", x_, 2);
        final int n = Args.rows("AllReductions.sumDouble64: y", y_, 2);
        final int length = Args.outputLength("AllReductions.sumDouble64", m, 2);
        final double[] out = new double[length];
        final Backend backend = runtime().select(AllReductionsImpl.SUM_DOUBLE64);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.sumDouble64(x_, y_, m, n, out);
            case SIMD -> AllReductionsSimdKernels.sumDouble64(runtime(), x_, y_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final double[] dv = parts == 1 ? out : new double[parts * len];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_sumDouble64", m, parts, true).in(x_)
                        .in(y_).scalar(m).scalar(n).scalar(partSize).out(dv).tileRows()
                        .localTile(16));
                if (parts > 1) {
                    final double[][] vp = new double[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.sum(vp, out);
                }
            }
            default -> throw new IllegalStateException("AllReductions.sumDouble64: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * MIN of {@code x - y (simplified: (x - y))} over j.
     */
    @Override
    public float[] min(float[] x_, float[] y_) {
        final int m = Args.rows("AllReductions.min: x", x_, 2);
        final int n = Args.rows("AllReductions.min: y", y_, 2);
        final int length = Args.outputLength("AllReductions.min", m, 2);
        final float[] out = new float[length];
        final Backend backend = runtime().select(AllReductionsImpl.MIN);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.min(x_, y_, m, n, out);
            case SIMD -> AllReductionsSimdKernels.min(runtime(), x_, y_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_min", m, parts, false).in(x_).in(y_)
                        .scalar(m).scalar(n).scalar(partSize).out(dv).tileRows().localTile(8));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.minMax(vp, out, false);
                }
            }
            default -> throw new IllegalStateException("AllReductions.min: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * MAX of {@code x - y (simplified: (x - y))} over j.
     */
    @Override
    public float[] max(float[] x_, float[] y_) {
        final int m = Args.rows("AllReductions.max: x", x_, 2);
        final int n = Args.rows("AllReductions.max: y", y_, 2);
        final int length = Args.outputLength("AllReductions.max", m, 2);
        final float[] out = new float[length];
        final Backend backend = runtime().select(AllReductionsImpl.MAX);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.max(x_, y_, m, n, out);
            case SIMD -> AllReductionsSimdKernels.max(runtime(), x_, y_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_max", m, parts, false).in(x_).in(y_)
                        .scalar(m).scalar(n).scalar(partSize).out(dv).tileRows().localTile(8));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.minMax(vp, out, true);
                }
            }
            default -> throw new IllegalStateException("AllReductions.max: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * ARG_MAX of {@code x - y (simplified: (x - y))} over j.
     */
    @Override
    public int[] argMax(float[] x_, float[] y_) {
        final int m = Args.rows("AllReductions.argMax: x", x_, 2);
        final int n = Args.rows("AllReductions.argMax: y", y_, 2);
        final int length = Args.outputLength("AllReductions.argMax", m, 2);
        final int[] outIndex = new int[length];
        final Backend backend = runtime().select(AllReductionsImpl.ARG_MAX);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.argMax(x_, y_, m, n, outIndex);
            case SIMD -> AllReductionsSimdKernels.argMax(runtime(), x_, y_, m, n, outIndex);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = outIndex.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = new float[parts * len];
                final int[] di = parts == 1 ? outIndex : new int[parts * len];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_argMax", m, parts, false).in(x_)
                        .in(y_).scalar(m).scalar(n).scalar(partSize).out(dv).out(di).tileRows()
                        .localTile(8));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    final int[][] ip = new int[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                        ip[p] = Arrays.copyOfRange(di, p * len, (p + 1) * len);
                    }
                    SplitMerge.argMinMax(vp, ip, new float[len], outIndex, true);
                }
            }
            default -> throw new IllegalStateException("AllReductions.argMax: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return outIndex;
    }

    /**
     * MAX_ARG_MAX of {@code x - y (simplified: (x - y))} over j.
     */
    @Override
    public FloatArgResult maxArgMax(float[] x_, float[] y_) {
        final int m = Args.rows("AllReductions.maxArgMax: x", x_, 2);
        final int n = Args.rows("AllReductions.maxArgMax: y", y_, 2);
        final int length = Args.outputLength("AllReductions.maxArgMax", m, 2);
        final float[] out = new float[length];
        final int[] outIndex = new int[length];
        final Backend backend = runtime().select(AllReductionsImpl.MAX_ARG_MAX);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.maxArgMax(x_, y_, m, n, out, outIndex);
            case SIMD -> AllReductionsSimdKernels.maxArgMax(runtime(), x_, y_, m, n, out, outIndex);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                final int[] di = parts == 1 ? outIndex : new int[parts * len];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_maxArgMax", m, parts, false).in(x_)
                        .in(y_).scalar(m).scalar(n).scalar(partSize).out(dv).out(di).tileRows()
                        .localTile(8));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    final int[][] ip = new int[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                        ip[p] = Arrays.copyOfRange(di, p * len, (p + 1) * len);
                    }
                    SplitMerge.argMinMax(vp, ip, out, outIndex, true);
                }
            }
            default -> throw new IllegalStateException("AllReductions.maxArgMax: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return new FloatArgResult(out, outIndex);
    }

    /**
     * K_MIN of {@code SqDist(x, y) (simplified: Sum(Square((x - y))))} over j.
     */
    @Override
    public float[] kMin(float[] x_, float[] y_) {
        final int m = Args.rows("AllReductions.kMin: x", x_, 2);
        final int n = Args.rows("AllReductions.kMin: y", y_, 2);
        Args.kFits("AllReductions.kMin", 3, n, "N");
        final int length = Args.outputLength("AllReductions.kMin", m, 3);
        final float[] out = new float[length];
        final Backend backend = runtime().select(AllReductionsImpl.K_MIN);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.kMin(x_, y_, m, n, out);
            case SIMD -> AllReductionsSimdKernels.kMin(runtime(), x_, y_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_kMin", m, parts, false).in(x_).in(y_)
                        .scalar(m).scalar(n).scalar(partSize).out(dv).tileRows().localTile(8));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.kMin(vp, null, out, null, m, 3, 1);
                }
            }
            default -> throw new IllegalStateException("AllReductions.kMin: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * K_MIN_ARG_K_MIN of {@code SqDist(x, y) (simplified: Sum(Square((x - y))))} over j.
     */
    @Override
    public FloatArgResult kMinArgKMin(float[] x_, float[] y_) {
        final int m = Args.rows("AllReductions.kMinArgKMin: x", x_, 2);
        final int n = Args.rows("AllReductions.kMinArgKMin: y", y_, 2);
        Args.kFits("AllReductions.kMinArgKMin", 3, n, "N");
        final int length = Args.outputLength("AllReductions.kMinArgKMin", m, 3);
        final float[] out = new float[length];
        final int[] outIndex = new int[length];
        final Backend backend = runtime().select(AllReductionsImpl.K_MIN_ARG_KMIN);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.kMinArgKMin(x_, y_, m, n, out, outIndex);
            case SIMD -> AllReductionsSimdKernels.kMinArgKMin(runtime(), x_, y_, m, n, out, outIndex);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                final int[] di = parts == 1 ? outIndex : new int[parts * len];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_kMinArgKMin", m, parts, false).in(x_)
                        .in(y_).scalar(m).scalar(n).scalar(partSize).out(dv).out(di).tileRows()
                        .localTile(8));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    final int[][] ip = new int[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                        ip[p] = Arrays.copyOfRange(di, p * len, (p + 1) * len);
                    }
                    SplitMerge.kMin(vp, ip, out, outIndex, m, 3, 1);
                }
            }
            default -> throw new IllegalStateException("AllReductions.kMinArgKMin: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return new FloatArgResult(out, outIndex);
    }

    /**
     * LOG_SUM_EXP of {@code -SqDist(x, y) (simplified: Minus(Sum(Square((x - y)))))} over j.
     */
    @Override
    public float[] weightedLse(float[] x_, float[] y_, float[] b_) {
        final int m = Args.rows("AllReductions.weightedLse: x", x_, 2);
        final int n = Args.rows("AllReductions.weightedLse: y", y_, 2);
        Args.sameRows("AllReductions.weightedLse", "N", "y", n, "b", Args.rows("AllReductions.weightedLse: b", b_, 2));
        final int length = Args.outputLength("AllReductions.weightedLse", m, 2);
        final float[] out = new float[length];
        final Backend backend = runtime().select(AllReductionsImpl.WEIGHTED_LSE);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.weightedLse(x_, y_, b_, m, n, out);
            case SIMD -> AllReductionsSimdKernels.weightedLse(runtime(), x_, y_, b_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                final float[] dn = new float[parts * 2 * len];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_weightedLse", m, parts, false).in(x_)
                        .in(y_).in(b_).scalar(m).scalar(n).scalar(partSize).out(dv).out(dn)
                        .tileRows().localTile(8).localTile(8));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    final float[][] np = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                        np[p] = Arrays.copyOfRange(dn, p * 2 * len, (p + 1) * 2 * len);
                    }
                    SplitMerge.logSumExpSums(np, out);
                }
            }
            default -> throw new IllegalStateException("AllReductions.weightedLse: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * SUM_SOFTMAX_WEIGHT of {@code -SqDist(x, y) * g (simplified: (Minus(Sum(Square((x - y)))) * g))} over j.
     */
    @Override
    public float[] softmax(float[] x_, float[] y_, float[] b_, float g_) {
        final int m = Args.rows("AllReductions.softmax: x", x_, 2);
        final int n = Args.rows("AllReductions.softmax: y", y_, 2);
        Args.sameRows("AllReductions.softmax", "N", "y", n, "b", Args.rows("AllReductions.softmax: b", b_, 1));
        final int length = Args.outputLength("AllReductions.softmax", m, 1);
        final float[] out = new float[length];
        final Backend backend = runtime().select(AllReductionsImpl.SOFTMAX);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.softmax(x_, y_, b_, g_, m, n, out);
            case SIMD -> AllReductionsSimdKernels.softmax(runtime(), x_, y_, b_, g_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                final float[] dn = new float[parts * 2 * m];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_softmax", m, parts, false).in(x_)
                        .in(y_).in(b_).scalar(g_).scalar(m).scalar(n).scalar(partSize).out(dv)
                        .out(dn).tileRows().localTile(8).localTile(4));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    final float[][] np = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                        np[p] = Arrays.copyOfRange(dn, p * 2 * m, (p + 1) * 2 * m);
                    }
                    SplitMerge.softmax(vp, np, out, m);
                }
            }
            default -> throw new IllegalStateException("AllReductions.softmax: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * ARG_MAX of {@code x - y (simplified: (x - y))} over j.
     *
     * <p>The partial companion of {@code AllReductions.argMax}, for engines that run parts of the reduced axis
     * themselves ({@code KernelMethod.callPart}): the values beside the indices, which the merge of parts compares, then drops.
     */
    public FloatArgResult argMax$part(float[] x_, float[] y_) {
        final int m = Args.rows("AllReductions.argMax: x", x_, 2);
        final int n = Args.rows("AllReductions.argMax: y", y_, 2);
        final int length = Args.outputLength("AllReductions.argMax", m, 2);
        final float[] out = new float[length];
        final int[] outIndex = new int[length];
        final Backend backend = runtime().select(AllReductionsImpl.ARG_MAX$PART);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.argMax$part(x_, y_, m, n, out, outIndex);
            case SIMD -> AllReductionsSimdKernels.argMax$part(runtime(), x_, y_, m, n, out, outIndex);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                final int[] di = parts == 1 ? outIndex : new int[parts * len];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_argMax_Spart", m, parts, false).in(x_)
                        .in(y_).scalar(m).scalar(n).scalar(partSize).out(dv).out(di).tileRows()
                        .localTile(8));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    final int[][] ip = new int[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                        ip[p] = Arrays.copyOfRange(di, p * len, (p + 1) * len);
                    }
                    SplitMerge.argMinMax(vp, ip, out, outIndex, true);
                }
            }
            default -> throw new IllegalStateException("AllReductions.argMax: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return new FloatArgResult(out, outIndex);
    }

    /**
     * LOG_SUM_EXP of {@code -SqDist(x, y) (simplified: Minus(Sum(Square((x - y)))))} over j.
     *
     * <p>The partial companion of {@code AllReductions.weightedLse}, for engines that run parts of the reduced axis
     * themselves ({@code KernelMethod.callPart}): each output row is the sums of exp(v - m) times the weight, not finalized (they may be
     * negative), then the running maximum m.
     */
    public float[] weightedLse$part(float[] x_, float[] y_, float[] b_) {
        final int m = Args.rows("AllReductions.weightedLse: x", x_, 2);
        final int n = Args.rows("AllReductions.weightedLse: y", y_, 2);
        Args.sameRows("AllReductions.weightedLse", "N", "y", n, "b", Args.rows("AllReductions.weightedLse: b", b_, 2));
        final int length = Args.outputLength("AllReductions.weightedLse", m, 3);
        final float[] out = new float[length];
        final Backend backend = runtime().select(AllReductionsImpl.WEIGHTED_LSE$PART);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.weightedLse$part(x_, y_, b_, m, n, out);
            case SIMD -> AllReductionsSimdKernels.weightedLse$part(runtime(), x_, y_, b_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = 1;
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_weightedLse_Spart", m, parts, false)
                        .in(x_).in(y_).in(b_).scalar(m).scalar(n).scalar(partSize).out(dv)
                        .tileRows().localTile(8).localTile(8));
            }
            default -> throw new IllegalStateException("AllReductions.weightedLse: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * SUM_SOFTMAX_WEIGHT of {@code -SqDist(x, y) * g (simplified: (Minus(Sum(Square((x - y)))) * g))} over j.
     *
     * <p>The partial companion of {@code AllReductions.softmax}, for engines that run parts of the reduced axis
     * themselves ({@code KernelMethod.callPart}): each output row is the finalized values, then what they need to merge
     * (the running maximum m and the sum of exp(v - m)).
     */
    public float[] softmax$part(float[] x_, float[] y_, float[] b_, float g_) {
        final int m = Args.rows("AllReductions.softmax: x", x_, 2);
        final int n = Args.rows("AllReductions.softmax: y", y_, 2);
        Args.sameRows("AllReductions.softmax", "N", "y", n, "b", Args.rows("AllReductions.softmax: b", b_, 1));
        final int length = Args.outputLength("AllReductions.softmax", m, 3);
        final float[] out = new float[length];
        final Backend backend = runtime().select(AllReductionsImpl.SOFTMAX$PART);
        switch (backend) {
            case SCALAR -> AllReductionsScalarKernels.softmax$part(x_, y_, b_, g_, m, n, out);
            case SIMD -> AllReductionsSimdKernels.softmax$part(runtime(), x_, y_, b_, g_, m, n, out);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                final int parts = 1;
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                final float[] dn = new float[parts * 2 * m];
                device.launch(new DeviceLaunch("golden.AllReductions",
                        AllReductionsImpl::openClProgram, "jk_softmax_Spart", m, parts, false)
                        .in(x_).in(y_).in(b_).scalar(g_).scalar(m).scalar(n).scalar(partSize)
                        .out(dv).out(dn).tileRows().localTile(8).localTile(4));
            }
            default -> throw new IllegalStateException("AllReductions.softmax: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * Loads the program source on first use only.
     */
    private static final class OpenClProgram {
        static final String SOURCE = load();

        private static String load() {
            try (InputStream in = AllReductionsImpl.class.getResourceAsStream("/META-INF/jkeops/opencl/golden.AllReductions.cl")) {
                if (in == null) {
                    throw new IllegalStateException("missing class-path resource /META-INF/jkeops/opencl/golden.AllReductions.cl");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
