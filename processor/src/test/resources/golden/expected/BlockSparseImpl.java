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
import org.jkeops.runtime.Ranges;
import org.jkeops.runtime.internal.Args;
import org.jkeops.runtime.internal.DeviceLaunch;
import org.jkeops.runtime.internal.RangeBlocks;
import org.jkeops.runtime.internal.SplitMerge;

/**
 * Generated implementation of {@link BlockSparse}. Arguments are validated before any work;
 * the runtime chooses the backend of each call.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
public final class BlockSparseImpl implements BlockSparse {
    private static final KernelInfo CONV = new KernelInfo("BlockSparse.conv", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private static final KernelInfo NEAREST = new KernelInfo("BlockSparse.nearest", Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL), true);

    private final KernelRuntime runtime;

    /**
     * Uses {@link KernelRuntime#shared()}, configured by system properties.
     */
    public BlockSparseImpl() {
        this.runtime = null;
    }

    public BlockSparseImpl(KernelRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    private KernelRuntime runtime() {
        return runtime != null ? runtime : KernelRuntime.shared();
    }

    /**
     * The OpenCL C program of all kernels of this interface (class-path resource /META-INF/jkeops/opencl/golden.BlockSparse.cl).
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
        if (!List.of("conv", "nearest").contains(method)) {
            throw new IllegalArgumentException("no kernel method named '" + method + "' in BlockSparse; kernel methods: conv, nearest");
        }
        return OpenClProgram.SOURCE;
    }

    /**
     * SUM of {@code Exp(-g * SqDist(x, y)) * b (simplified: (Exp((Minus(g) * Sum(Square((x - y))))) * b))} over j.
     */
    @Override
    public float[] conv(float[] x_, float[] y_, float[] b_, float g_, Ranges ranges_) {
        final int m = Args.rows("BlockSparse.conv: x", x_, 2);
        final int n = Args.rows("BlockSparse.conv: y", y_, 2);
        Args.sameRows("BlockSparse.conv", "N", "y", n, "b", Args.rows("BlockSparse.conv: b", b_, 1));
        final int length = Args.outputLength("BlockSparse.conv", m, 1);
        final float[] out = new float[length];
        final RangeBlocks blocks = ranges_ == null ? null : ranges_.blocksOverJ("BlockSparse.conv: ranges", m, n);
        final Backend backend = runtime().select(BlockSparseImpl.CONV);
        switch (backend) {
            case SCALAR -> BlockSparseScalarKernels.conv(x_, y_, b_, g_, m, n, out, blocks != null ? blocks : RangeBlocks.dense(m, n));
            case SIMD -> BlockSparseSimdKernels.conv(runtime(), x_, y_, b_, g_, m, n, out, blocks);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                if (blocks != null) {
                    device.launch(new DeviceLaunch("golden.BlockSparse",
                            BlockSparseImpl::openClProgram, "jk_conv_ranges", m, 1, false).in(x_)
                            .in(y_).in(b_).scalar(g_).scalar(m).scalar(n).blocks(blocks).out(out)
                            .tileRows().localTile(8).localTile(4));
                    break;
                }
                final int parts = device.splitParts(m, n, len);
                final int partSize = Math.max(1, (n + parts - 1) / parts);
                final float[] dv = parts == 1 ? out : new float[parts * len];
                device.launch(new DeviceLaunch("golden.BlockSparse", BlockSparseImpl::openClProgram,
                        "jk_conv", m, parts, false).in(x_).in(y_).in(b_).scalar(g_).scalar(m)
                        .scalar(n).scalar(partSize).out(dv).tileRows().localTile(8).localTile(4));
                if (parts > 1) {
                    final float[][] vp = new float[parts][];
                    for (int p = 0; p < parts; p++) {
                        vp[p] = Arrays.copyOfRange(dv, p * len, (p + 1) * len);
                    }
                    SplitMerge.sum(vp, out);
                }
            }
            default -> throw new IllegalStateException("BlockSparse.conv: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return out;
    }

    /**
     * MIN_ARG_MIN of {@code SqDist(x, y) (simplified: Sum(Square((x - y))))} over i.
     */
    @Override
    public DoubleArgResult nearest(double[] x_, double[] y_, Ranges ranges_) {
        final int n = Args.rows("BlockSparse.nearest: y", y_, 3);
        final int m = Args.rows("BlockSparse.nearest: x", x_, 3);
        final int length = Args.outputLength("BlockSparse.nearest", n, 1);
        final double[] out = new double[length];
        final int[] outIndex = new int[length];
        final RangeBlocks blocks = ranges_ == null ? null : ranges_.blocksOverI("BlockSparse.nearest: ranges", m, n);
        final Backend backend = runtime().select(BlockSparseImpl.NEAREST);
        switch (backend) {
            case SCALAR -> BlockSparseScalarKernels.nearest(x_, y_, n, m, out, outIndex, blocks != null ? blocks : RangeBlocks.dense(n, m));
            case SIMD -> BlockSparseSimdKernels.nearest(runtime(), x_, y_, n, m, out, outIndex, blocks);
            case OPENCL -> {
                final DeviceBackend device = runtime().device(Backend.OPENCL);
                final int len = out.length;
                if (blocks != null) {
                    device.launch(new DeviceLaunch("golden.BlockSparse",
                            BlockSparseImpl::openClProgram, "jk_nearest_ranges", n, 1, true).in(x_)
                            .in(y_).scalar(n).scalar(m).blocks(blocks).out(out).out(outIndex)
                            .tileRows().localTile(24));
                    break;
                }
                final int parts = device.splitParts(n, m, len);
                final int partSize = Math.max(1, (m + parts - 1) / parts);
                final double[] dv = parts == 1 ? out : new double[parts * len];
                final int[] di = parts == 1 ? outIndex : new int[parts * len];
                device.launch(new DeviceLaunch("golden.BlockSparse", BlockSparseImpl::openClProgram,
                        "jk_nearest", n, parts, true).in(x_).in(y_).scalar(n).scalar(m)
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
            default -> throw new IllegalStateException("BlockSparse.nearest: the runtime chose a backend this kernel has no code for: " + backend);
        }
        return new DoubleArgResult(out, outIndex);
    }

    /**
     * Loads the program source on first use only.
     */
    private static final class OpenClProgram {
        static final String SOURCE = load();

        private static String load() {
            try (InputStream in = BlockSparseImpl.class.getResourceAsStream("/META-INF/jkeops/opencl/golden.BlockSparse.cl")) {
                if (in == null) {
                    throw new IllegalStateException("missing class-path resource /META-INF/jkeops/opencl/golden.BlockSparse.cl");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
