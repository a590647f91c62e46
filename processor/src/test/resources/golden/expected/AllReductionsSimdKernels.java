package golden;

import javax.annotation.processing.Generated;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.jkeops.cpu.SimdSupport;
import org.jkeops.cpu.internal.Lanes;
import org.jkeops.cpu.internal.Parallel;
import org.jkeops.cpu.internal.Soa;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.internal.KSmallest;
import org.jkeops.runtime.internal.SplitMerge;

/**
 * Vector API kernels of {@link AllReductions}, one nested class per vector width.
 */
@Generated("org.jkeops.processor.JKeOpsProcessor")
final class AllReductionsSimdKernels {
    private AllReductionsSimdKernels() {
    }

    /**
     * AllReductions.sumBlock: SUM over j of x * y (simplified: (x * y)), on the Vector API.
     */
    static void sumBlock(KernelRuntime runtime, float[] x_, float[] y_, int rows, int cols,
            float[] out) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 4)) {
            final int parts = runtime.threads();
            final float[][] outParts = new float[parts][out.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.sumBlock(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.sumBlock(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.sumBlock(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            SplitMerge.sum(outParts, out);
            return;
        }
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 4);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.sumBlock(x_, soa1, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.sumBlock(x_, soa1, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.sumBlock(x_, soa1, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * AllReductions.sumDirect: SUM over j of x * y (simplified: (x * y)), on the Vector API.
     */
    static void sumDirect(KernelRuntime runtime, float[] x_, float[] y_, int rows, int cols,
            float[] out) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 4)) {
            final int parts = runtime.threads();
            final float[][] outParts = new float[parts][out.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.sumDirect(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.sumDirect(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.sumDirect(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            SplitMerge.sum(outParts, out);
            return;
        }
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 4);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.sumDirect(x_, soa1, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.sumDirect(x_, soa1, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.sumDirect(x_, soa1, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * AllReductions.sumDouble: SUM over j of x * y (simplified: (x * y)), on the Vector API.
     */
    static void sumDouble(KernelRuntime runtime, float[] x_, float[] y_, int rows, int cols,
            float[] out) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 4);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.sumDouble(x_, soa1, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.sumDouble(x_, soa1, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.sumDouble(x_, soa1, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * AllReductions.sumDouble64: SUM over j of x * y (simplified: (x * y)), on the Vector API.
     */
    static void sumDouble64(KernelRuntime runtime, double[] x_, double[] y_, int rows, int cols,
            double[] out) {
        final double[][] soa1 = Soa.columns(y_, cols, 2);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 4)) {
            final int parts = runtime.threads();
            final double[][] outParts = new double[parts][out.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.sumDouble64(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.sumDouble64(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.sumDouble64(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            SplitMerge.sum(outParts, out);
            return;
        }
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 4);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.sumDouble64(x_, soa1, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.sumDouble64(x_, soa1, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.sumDouble64(x_, soa1, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * AllReductions.min: MIN over j of x - y (simplified: (x - y)), on the Vector API.
     */
    static void min(KernelRuntime runtime, float[] x_, float[] y_, int rows, int cols,
            float[] out) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 4)) {
            final int parts = runtime.threads();
            final float[][] outParts = new float[parts][out.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.min(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.min(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.min(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            SplitMerge.minMax(outParts, out, false);
            return;
        }
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 4);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.min(x_, soa1, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.min(x_, soa1, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.min(x_, soa1, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * AllReductions.max: MAX over j of x - y (simplified: (x - y)), on the Vector API.
     */
    static void max(KernelRuntime runtime, float[] x_, float[] y_, int rows, int cols,
            float[] out) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 4)) {
            final int parts = runtime.threads();
            final float[][] outParts = new float[parts][out.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.max(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.max(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.max(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            SplitMerge.minMax(outParts, out, true);
            return;
        }
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 4);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.max(x_, soa1, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.max(x_, soa1, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.max(x_, soa1, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * AllReductions.argMax: ARG_MAX over j of x - y (simplified: (x - y)), on the Vector API.
     */
    static void argMax(KernelRuntime runtime, float[] x_, float[] y_, int rows, int cols,
            int[] outIndex) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 4);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.argMax(x_, soa1, r0, r1, js, je, outIndex));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.argMax(x_, soa1, r0, r1, js, je, outIndex));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.argMax(x_, soa1, r0, r1, js, je, outIndex));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * AllReductions.maxArgMax: MAX_ARG_MAX over j of x - y (simplified: (x - y)), on the Vector API.
     */
    static void maxArgMax(KernelRuntime runtime, float[] x_, float[] y_, int rows, int cols,
            float[] out, int[] outIndex) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 4)) {
            final int parts = runtime.threads();
            final float[][] outParts = new float[parts][out.length];
            final int[][] indexParts = new int[parts][outIndex.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.maxArgMax(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.maxArgMax(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.maxArgMax(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            SplitMerge.argMinMax(outParts, indexParts, out, outIndex, true);
            return;
        }
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 4);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.maxArgMax(x_, soa1, r0, r1, js, je, out, outIndex));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.maxArgMax(x_, soa1, r0, r1, js, je, out, outIndex));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.maxArgMax(x_, soa1, r0, r1, js, je, out, outIndex));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * AllReductions.kMin: K_MIN over j of SqDist(x, y) (simplified: Sum(Square((x - y)))), on the Vector API.
     */
    static void kMin(KernelRuntime runtime, float[] x_, float[] y_, int rows, int cols,
            float[] out) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 1)) {
            final int parts = runtime.threads();
            final float[][] outParts = new float[parts][out.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.kMin(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.kMin(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.kMin(x_, soa1, 0, rows, js, je, outParts[part]);
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            SplitMerge.kMin(outParts, null, out, null, rows, 3, 1);
            return;
        }
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 1);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.kMin(x_, soa1, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.kMin(x_, soa1, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.kMin(x_, soa1, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * AllReductions.kMinArgKMin: K_MIN_ARG_K_MIN over j of SqDist(x, y) (simplified: Sum(Square((x - y)))), on the Vector API.
     */
    static void kMinArgKMin(KernelRuntime runtime, float[] x_, float[] y_, int rows, int cols,
            float[] out, int[] outIndex) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 1)) {
            final int parts = runtime.threads();
            final float[][] outParts = new float[parts][out.length];
            final int[][] indexParts = new int[parts][outIndex.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.kMinArgKMin(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.kMinArgKMin(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.kMinArgKMin(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            SplitMerge.kMin(outParts, indexParts, out, outIndex, rows, 3, 1);
            return;
        }
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 1);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.kMinArgKMin(x_, soa1, r0, r1, js, je, out, outIndex));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.kMinArgKMin(x_, soa1, r0, r1, js, je, out, outIndex));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.kMinArgKMin(x_, soa1, r0, r1, js, je, out, outIndex));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * AllReductions.weightedLse: LOG_SUM_EXP over j of -SqDist(x, y) (simplified: Minus(Sum(Square((x - y))))), on the Vector API.
     */
    static void weightedLse(KernelRuntime runtime, float[] x_, float[] y_, float[] b_, int rows,
            int cols, float[] out) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final float[][] soa2 = Soa.columns(b_, cols, 2);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), (bits == 512 ? 4 : 2));
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.weightedLse(x_, soa1, soa2, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.weightedLse(x_, soa1, soa2, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.weightedLse(x_, soa1, soa2, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * AllReductions.softmax: SUM_SOFTMAX_WEIGHT over j of -SqDist(x, y) * g (simplified: (Minus(Sum(Square((x - y)))) * g)), on the Vector API.
     */
    static void softmax(KernelRuntime runtime, float[] x_, float[] y_, float[] b_, float g_,
            int rows, int cols, float[] out) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final float[][] soa2 = Soa.columns(b_, cols, 1);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), (bits == 512 ? 4 : 2));
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.softmax(x_, soa1, soa2, g_, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.softmax(x_, soa1, soa2, g_, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.softmax(x_, soa1, soa2, g_, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * AllReductions.argMax: ARG_MAX over j of x - y (simplified: (x - y)), on the Vector API.
     */
    static void argMax$part(KernelRuntime runtime, float[] x_, float[] y_, int rows, int cols,
            float[] out, int[] outIndex) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        if (Parallel.splitColumns(rows, cols, runtime.threads(), 4)) {
            final int parts = runtime.threads();
            final float[][] outParts = new float[parts][out.length];
            final int[][] indexParts = new int[parts][outIndex.length];
            switch (bits) {
                case 512 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W512.argMax$part(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                case 256 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W256.argMax$part(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                case 128 -> runtime.parallelFor(parts, 1, (p0, p1) -> {
                    for (int part = p0; part < p1; part++) {
                        final int js = (int) ((long) part * cols / parts);
                        final int je = (int) ((long) (part + 1) * cols / parts);
                        W128.argMax$part(x_, soa1, 0, rows, js, je, outParts[part], indexParts[part]);
                    }
                });
                default -> throw new IllegalStateException("unsupported vector width: " + bits);
            }
            SplitMerge.argMinMax(outParts, indexParts, out, outIndex, true);
            return;
        }
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), 4);
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.argMax$part(x_, soa1, r0, r1, js, je, out, outIndex));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.argMax$part(x_, soa1, r0, r1, js, je, out, outIndex));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.argMax$part(x_, soa1, r0, r1, js, je, out, outIndex));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * AllReductions.weightedLse: LOG_SUM_EXP over j of -SqDist(x, y) (simplified: Minus(Sum(Square((x - y))))), on the Vector API.
     */
    static void weightedLse$part(KernelRuntime runtime, float[] x_, float[] y_, float[] b_,
            int rows, int cols, float[] out) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final float[][] soa2 = Soa.columns(b_, cols, 2);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), (bits == 512 ? 4 : 2));
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.weightedLse$part(x_, soa1, soa2, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.weightedLse$part(x_, soa1, soa2, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.weightedLse$part(x_, soa1, soa2, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * AllReductions.softmax: SUM_SOFTMAX_WEIGHT over j of -SqDist(x, y) * g (simplified: (Minus(Sum(Square((x - y)))) * g)), on the Vector API.
     */
    static void softmax$part(KernelRuntime runtime, float[] x_, float[] y_, float[] b_, float g_,
            int rows, int cols, float[] out) {
        final float[][] soa1 = Soa.columns(y_, cols, 2);
        final float[][] soa2 = Soa.columns(b_, cols, 1);
        final int bits = SimdSupport.bits(runtime.vectorBits());
        final int js = 0;
        final int je = cols;
        final int grain = Parallel.grain(rows, cols, runtime.threads(), (bits == 512 ? 4 : 2));
        switch (bits) {
            case 512 -> runtime.parallelFor(rows, grain, (r0, r1) -> W512.softmax$part(x_, soa1, soa2, g_, r0, r1, js, je, out));
            case 256 -> runtime.parallelFor(rows, grain, (r0, r1) -> W256.softmax$part(x_, soa1, soa2, g_, r0, r1, js, je, out));
            case 128 -> runtime.parallelFor(rows, grain, (r0, r1) -> W128.softmax$part(x_, soa1, soa2, g_, r0, r1, js, je, out));
            default -> throw new IllegalStateException("unsupported vector width: " + bits);
        }
    }

    /**
     * Kernels with 512-bit vectors.
     */
    static final class W512 {
        static final VectorSpecies<Float> FS = FloatVector.SPECIES_512;

        static final VectorSpecies<Integer> FIS = IntVector.SPECIES_512;

        static final VectorSpecies<Double> DS = DoubleVector.SPECIES_512;

        static final VectorSpecies<Integer> DIS = IntVector.SPECIES_256;

        private W512() {
        }

        static void sumBlock(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[2 * FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                sumBlockRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                sumBlockRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void sumBlockRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            FloatVector accv1_0 = FloatVector.zero(FS);
            FloatVector accv1_1 = FloatVector.zero(FS);
            FloatVector accv2_0 = FloatVector.zero(FS);
            FloatVector accv2_1 = FloatVector.zero(FS);
            FloatVector accv3_0 = FloatVector.zero(FS);
            FloatVector accv3_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                FloatVector blkv0_0 = FloatVector.zero(FS);
                FloatVector blkv0_1 = FloatVector.zero(FS);
                FloatVector blkv1_0 = FloatVector.zero(FS);
                FloatVector blkv1_1 = FloatVector.zero(FS);
                FloatVector blkv2_0 = FloatVector.zero(FS);
                FloatVector blkv2_1 = FloatVector.zero(FS);
                FloatVector blkv3_0 = FloatVector.zero(FS);
                FloatVector blkv3_1 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                    blkv0_0 = b0_0.fma(v2, blkv0_0);
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                    blkv0_1 = b1_0.fma(v3, blkv0_1);
                    blkv1_0 = b0_1.fma(v2, blkv1_0);
                    blkv1_1 = b1_1.fma(v3, blkv1_1);
                    blkv2_0 = b0_2.fma(v2, blkv2_0);
                    blkv2_1 = b1_2.fma(v3, blkv2_1);
                    blkv3_0 = b0_3.fma(v2, blkv3_0);
                    blkv3_1 = b1_3.fma(v3, blkv3_1);
                }
                accv0_0 = accv0_0.add(blkv0_0);
                accv0_1 = accv0_1.add(blkv0_1);
                accv1_0 = accv1_0.add(blkv1_0);
                accv1_1 = accv1_1.add(blkv1_1);
                accv2_0 = accv2_0.add(blkv2_0);
                accv2_1 = accv2_1.add(blkv2_1);
                accv3_0 = accv3_0.add(blkv3_0);
                accv3_1 = accv3_1.add(blkv3_1);
            }
            accv0_0.intoArray(ln, 0);
            accv0_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc0_0 = ln[0];
            float acc0_1 = ln[FS.length()];
            accv1_0.intoArray(ln, 0);
            accv1_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc1_0 = ln[0];
            float acc1_1 = ln[FS.length()];
            accv2_0.intoArray(ln, 0);
            accv2_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc2_0 = ln[0];
            float acc2_1 = ln[FS.length()];
            accv3_0.intoArray(ln, 0);
            accv3_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc3_0 = ln[0];
            float acc3_1 = ln[FS.length()];
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            sumBlockRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void sumBlockRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            float acc1_0 = (float) st[2];
            float acc1_1 = (float) st[3];
            float acc2_0 = (float) st[4];
            float acc2_1 = (float) st[5];
            float acc3_0 = (float) st[6];
            float acc3_1 = (float) st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
                final float u4_1 = t0_1 * u2;
                final float u5_1 = t1_1 * u3;
                acc1_0 += u4_1;
                acc1_1 += u5_1;
                final float u4_2 = t0_2 * u2;
                final float u5_2 = t1_2 * u3;
                acc2_0 += u4_2;
                acc2_1 += u5_2;
                final float u4_3 = t0_3 * u2;
                final float u5_3 = t1_3 * u3;
                acc3_0 += u4_3;
                acc3_1 += u5_3;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void sumBlockRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                FloatVector blkv0_0 = FloatVector.zero(FS);
                FloatVector blkv0_1 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                    blkv0_0 = b0_0.fma(v2, blkv0_0);
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                    blkv0_1 = b1_0.fma(v3, blkv0_1);
                }
                accv0_0 = accv0_0.add(blkv0_0);
                accv0_1 = accv0_1.add(blkv0_1);
            }
            accv0_0.intoArray(ln, 0);
            accv0_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc0_0 = ln[0];
            float acc0_1 = ln[FS.length()];
            st[0] = acc0_0;
            st[1] = acc0_1;
            sumBlockRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void sumBlockRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void sumDirect(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[2 * FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                sumDirectRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                sumDirectRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void sumDirectRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            FloatVector accv1_0 = FloatVector.zero(FS);
            FloatVector accv1_1 = FloatVector.zero(FS);
            FloatVector accv2_0 = FloatVector.zero(FS);
            FloatVector accv2_1 = FloatVector.zero(FS);
            FloatVector accv3_0 = FloatVector.zero(FS);
            FloatVector accv3_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                accv0_0 = b0_0.fma(v2, accv0_0);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                accv0_1 = b1_0.fma(v3, accv0_1);
                accv1_0 = b0_1.fma(v2, accv1_0);
                accv1_1 = b1_1.fma(v3, accv1_1);
                accv2_0 = b0_2.fma(v2, accv2_0);
                accv2_1 = b1_2.fma(v3, accv2_1);
                accv3_0 = b0_3.fma(v2, accv3_0);
                accv3_1 = b1_3.fma(v3, accv3_1);
            }
            accv0_0.intoArray(ln, 0);
            accv0_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc0_0 = ln[0];
            float acc0_1 = ln[FS.length()];
            accv1_0.intoArray(ln, 0);
            accv1_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc1_0 = ln[0];
            float acc1_1 = ln[FS.length()];
            accv2_0.intoArray(ln, 0);
            accv2_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc2_0 = ln[0];
            float acc2_1 = ln[FS.length()];
            accv3_0.intoArray(ln, 0);
            accv3_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc3_0 = ln[0];
            float acc3_1 = ln[FS.length()];
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            sumDirectRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void sumDirectRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            float acc1_0 = (float) st[2];
            float acc1_1 = (float) st[3];
            float acc2_0 = (float) st[4];
            float acc2_1 = (float) st[5];
            float acc3_0 = (float) st[6];
            float acc3_1 = (float) st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
                final float u4_1 = t0_1 * u2;
                final float u5_1 = t1_1 * u3;
                acc1_0 += u4_1;
                acc1_1 += u5_1;
                final float u4_2 = t0_2 * u2;
                final float u5_2 = t1_2 * u3;
                acc2_0 += u4_2;
                acc2_1 += u5_2;
                final float u4_3 = t0_3 * u2;
                final float u5_3 = t1_3 * u3;
                acc3_0 += u4_3;
                acc3_1 += u5_3;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void sumDirectRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                accv0_0 = b0_0.fma(v2, accv0_0);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                accv0_1 = b1_0.fma(v3, accv0_1);
            }
            accv0_0.intoArray(ln, 0);
            accv0_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc0_0 = ln[0];
            float acc0_1 = ln[FS.length()];
            st[0] = acc0_0;
            st[1] = acc0_1;
            sumDirectRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void sumDirectRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void sumDouble(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                sumDoubleRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                sumDoubleRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void sumDoubleRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            double acc0_0 = 0;
            DoubleVector dacc0_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc0_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc0_1 = 0;
            DoubleVector dacc0_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc0_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc1_0 = 0;
            DoubleVector dacc1_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc1_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc1_1 = 0;
            DoubleVector dacc1_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc1_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc2_0 = 0;
            DoubleVector dacc2_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc2_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc2_1 = 0;
            DoubleVector dacc2_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc2_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc3_0 = 0;
            DoubleVector dacc3_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc3_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc3_1 = 0;
            DoubleVector dacc3_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc3_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.mul(v2);
                final FloatVector v5_0 = b1_0.mul(v3);
                dacc0_0_0 = dacc0_0_0.add(v4_0.convert(VectorOperators.F2D, 0));
                dacc0_0_1 = dacc0_0_1.add(v4_0.convert(VectorOperators.F2D, 1));
                dacc0_1_0 = dacc0_1_0.add(v5_0.convert(VectorOperators.F2D, 0));
                dacc0_1_1 = dacc0_1_1.add(v5_0.convert(VectorOperators.F2D, 1));
                final FloatVector v4_1 = b0_1.mul(v2);
                final FloatVector v5_1 = b1_1.mul(v3);
                dacc1_0_0 = dacc1_0_0.add(v4_1.convert(VectorOperators.F2D, 0));
                dacc1_0_1 = dacc1_0_1.add(v4_1.convert(VectorOperators.F2D, 1));
                dacc1_1_0 = dacc1_1_0.add(v5_1.convert(VectorOperators.F2D, 0));
                dacc1_1_1 = dacc1_1_1.add(v5_1.convert(VectorOperators.F2D, 1));
                final FloatVector v4_2 = b0_2.mul(v2);
                final FloatVector v5_2 = b1_2.mul(v3);
                dacc2_0_0 = dacc2_0_0.add(v4_2.convert(VectorOperators.F2D, 0));
                dacc2_0_1 = dacc2_0_1.add(v4_2.convert(VectorOperators.F2D, 1));
                dacc2_1_0 = dacc2_1_0.add(v5_2.convert(VectorOperators.F2D, 0));
                dacc2_1_1 = dacc2_1_1.add(v5_2.convert(VectorOperators.F2D, 1));
                final FloatVector v4_3 = b0_3.mul(v2);
                final FloatVector v5_3 = b1_3.mul(v3);
                dacc3_0_0 = dacc3_0_0.add(v4_3.convert(VectorOperators.F2D, 0));
                dacc3_0_1 = dacc3_0_1.add(v4_3.convert(VectorOperators.F2D, 1));
                dacc3_1_0 = dacc3_1_0.add(v5_3.convert(VectorOperators.F2D, 0));
                dacc3_1_1 = dacc3_1_1.add(v5_3.convert(VectorOperators.F2D, 1));
            }
            acc0_0 += Lanes.sum(dacc0_0_0) + Lanes.sum(dacc0_0_1);
            acc0_1 += Lanes.sum(dacc0_1_0) + Lanes.sum(dacc0_1_1);
            acc1_0 += Lanes.sum(dacc1_0_0) + Lanes.sum(dacc1_0_1);
            acc1_1 += Lanes.sum(dacc1_1_0) + Lanes.sum(dacc1_1_1);
            acc2_0 += Lanes.sum(dacc2_0_0) + Lanes.sum(dacc2_0_1);
            acc2_1 += Lanes.sum(dacc2_1_0) + Lanes.sum(dacc2_1_1);
            acc3_0 += Lanes.sum(dacc3_0_0) + Lanes.sum(dacc3_0_1);
            acc3_1 += Lanes.sum(dacc3_1_0) + Lanes.sum(dacc3_1_1);
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            sumDoubleRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void sumDoubleRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            double acc0_0 = st[0];
            double acc0_1 = st[1];
            double acc1_0 = st[2];
            double acc1_1 = st[3];
            double acc2_0 = st[4];
            double acc2_1 = st[5];
            double acc3_0 = st[6];
            double acc3_1 = st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
                final float u4_1 = t0_1 * u2;
                final float u5_1 = t1_1 * u3;
                acc1_0 += u4_1;
                acc1_1 += u5_1;
                final float u4_2 = t0_2 * u2;
                final float u5_2 = t1_2 * u3;
                acc2_0 += u4_2;
                acc2_1 += u5_2;
                final float u4_3 = t0_3 * u2;
                final float u5_3 = t1_3 * u3;
                acc3_0 += u4_3;
                acc3_1 += u5_3;
            }
            out[r * 2] = (float) acc0_0;
            out[r * 2 + 1] = (float) acc0_1;
            out[(r + 1) * 2] = (float) acc1_0;
            out[(r + 1) * 2 + 1] = (float) acc1_1;
            out[(r + 2) * 2] = (float) acc2_0;
            out[(r + 2) * 2 + 1] = (float) acc2_1;
            out[(r + 3) * 2] = (float) acc3_0;
            out[(r + 3) * 2 + 1] = (float) acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void sumDoubleRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            double acc0_0 = 0;
            DoubleVector dacc0_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc0_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc0_1 = 0;
            DoubleVector dacc0_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc0_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.mul(v2);
                final FloatVector v5_0 = b1_0.mul(v3);
                dacc0_0_0 = dacc0_0_0.add(v4_0.convert(VectorOperators.F2D, 0));
                dacc0_0_1 = dacc0_0_1.add(v4_0.convert(VectorOperators.F2D, 1));
                dacc0_1_0 = dacc0_1_0.add(v5_0.convert(VectorOperators.F2D, 0));
                dacc0_1_1 = dacc0_1_1.add(v5_0.convert(VectorOperators.F2D, 1));
            }
            acc0_0 += Lanes.sum(dacc0_0_0) + Lanes.sum(dacc0_0_1);
            acc0_1 += Lanes.sum(dacc0_1_0) + Lanes.sum(dacc0_1_1);
            st[0] = acc0_0;
            st[1] = acc0_1;
            sumDoubleRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void sumDoubleRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            double acc0_0 = st[0];
            double acc0_1 = st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
            }
            out[r * 2] = (float) acc0_0;
            out[r * 2 + 1] = (float) acc0_1;
        }

        static void sumDouble64(double[] x_, double[][] soa1, int r0, int r1, int js, int je,
                double[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final double[] ln = new double[2 * DS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                sumDouble64Rows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                sumDouble64Row(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void sumDouble64Rows4(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t0_0 = x_[r * 2];
            final double t1_0 = x_[r * 2 + 1];
            final DoubleVector b0_0 = DoubleVector.broadcast(DS, t0_0);
            final DoubleVector b1_0 = DoubleVector.broadcast(DS, t1_0);
            final double t0_1 = x_[(r + 1) * 2];
            final double t1_1 = x_[(r + 1) * 2 + 1];
            final DoubleVector b0_1 = DoubleVector.broadcast(DS, t0_1);
            final DoubleVector b1_1 = DoubleVector.broadcast(DS, t1_1);
            final double t0_2 = x_[(r + 2) * 2];
            final double t1_2 = x_[(r + 2) * 2 + 1];
            final DoubleVector b0_2 = DoubleVector.broadcast(DS, t0_2);
            final DoubleVector b1_2 = DoubleVector.broadcast(DS, t1_2);
            final double t0_3 = x_[(r + 3) * 2];
            final double t1_3 = x_[(r + 3) * 2 + 1];
            final DoubleVector b0_3 = DoubleVector.broadcast(DS, t0_3);
            final DoubleVector b1_3 = DoubleVector.broadcast(DS, t1_3);
            double acc0_0 = 0;
            double acc0_1 = 0;
            double acc1_0 = 0;
            double acc1_1 = 0;
            double acc2_0 = 0;
            double acc2_1 = 0;
            double acc3_0 = 0;
            double acc3_1 = 0;
            final int bound = js + DS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                DoubleVector blkv0_0 = DoubleVector.zero(DS);
                DoubleVector blkv0_1 = DoubleVector.zero(DS);
                DoubleVector blkv1_0 = DoubleVector.zero(DS);
                DoubleVector blkv1_1 = DoubleVector.zero(DS);
                DoubleVector blkv2_0 = DoubleVector.zero(DS);
                DoubleVector blkv2_1 = DoubleVector.zero(DS);
                DoubleVector blkv3_0 = DoubleVector.zero(DS);
                DoubleVector blkv3_1 = DoubleVector.zero(DS);
                for (int j = j0; j < j1; j += DS.length()) {
                    final DoubleVector v2 = DoubleVector.fromArray(DS, col1_0, j);
                    final DoubleVector v3 = DoubleVector.fromArray(DS, col1_1, j);
                    final DoubleVector v4_0 = b0_0.mul(v2);
                    final DoubleVector v5_0 = b1_0.mul(v3);
                    blkv0_0 = blkv0_0.add(v4_0);
                    blkv0_1 = blkv0_1.add(v5_0);
                    final DoubleVector v4_1 = b0_1.mul(v2);
                    final DoubleVector v5_1 = b1_1.mul(v3);
                    blkv1_0 = blkv1_0.add(v4_1);
                    blkv1_1 = blkv1_1.add(v5_1);
                    final DoubleVector v4_2 = b0_2.mul(v2);
                    final DoubleVector v5_2 = b1_2.mul(v3);
                    blkv2_0 = blkv2_0.add(v4_2);
                    blkv2_1 = blkv2_1.add(v5_2);
                    final DoubleVector v4_3 = b0_3.mul(v2);
                    final DoubleVector v5_3 = b1_3.mul(v3);
                    blkv3_0 = blkv3_0.add(v4_3);
                    blkv3_1 = blkv3_1.add(v5_3);
                }
                {
                    blkv0_0.intoArray(ln, 0);
                    blkv0_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum0_0 = ln[0];
                    double tileSum0_1 = ln[DS.length()];
                    acc0_0 += tileSum0_0;
                    acc0_1 += tileSum0_1;
                }
                {
                    blkv1_0.intoArray(ln, 0);
                    blkv1_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum1_0 = ln[0];
                    double tileSum1_1 = ln[DS.length()];
                    acc1_0 += tileSum1_0;
                    acc1_1 += tileSum1_1;
                }
                {
                    blkv2_0.intoArray(ln, 0);
                    blkv2_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum2_0 = ln[0];
                    double tileSum2_1 = ln[DS.length()];
                    acc2_0 += tileSum2_0;
                    acc2_1 += tileSum2_1;
                }
                {
                    blkv3_0.intoArray(ln, 0);
                    blkv3_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum3_0 = ln[0];
                    double tileSum3_1 = ln[DS.length()];
                    acc3_0 += tileSum3_0;
                    acc3_1 += tileSum3_1;
                }
            }
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            sumDouble64Rows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void sumDouble64Rows4Tail(double[] x_, double[][] soa1, int r, int js,
                int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t0_0 = x_[r * 2];
            final double t1_0 = x_[r * 2 + 1];
            final double t0_1 = x_[(r + 1) * 2];
            final double t1_1 = x_[(r + 1) * 2 + 1];
            final double t0_2 = x_[(r + 2) * 2];
            final double t1_2 = x_[(r + 2) * 2 + 1];
            final double t0_3 = x_[(r + 3) * 2];
            final double t1_3 = x_[(r + 3) * 2 + 1];
            double acc0_0 = st[0];
            double acc0_1 = st[1];
            double acc1_0 = st[2];
            double acc1_1 = st[3];
            double acc2_0 = st[4];
            double acc2_1 = st[5];
            double acc3_0 = st[6];
            double acc3_1 = st[7];
            for (int j = bound; j < je; j++) {
                final double u2 = col1_0[j];
                final double u3 = col1_1[j];
                final double u4_0 = t0_0 * u2;
                final double u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
                final double u4_1 = t0_1 * u2;
                final double u5_1 = t1_1 * u3;
                acc1_0 += u4_1;
                acc1_1 += u5_1;
                final double u4_2 = t0_2 * u2;
                final double u5_2 = t1_2 * u3;
                acc2_0 += u4_2;
                acc2_1 += u5_2;
                final double u4_3 = t0_3 * u2;
                final double u5_3 = t1_3 * u3;
                acc3_0 += u4_3;
                acc3_1 += u5_3;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void sumDouble64Row(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t0_0 = x_[r * 2];
            final double t1_0 = x_[r * 2 + 1];
            final DoubleVector b0_0 = DoubleVector.broadcast(DS, t0_0);
            final DoubleVector b1_0 = DoubleVector.broadcast(DS, t1_0);
            double acc0_0 = 0;
            double acc0_1 = 0;
            final int bound = js + DS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                DoubleVector blkv0_0 = DoubleVector.zero(DS);
                DoubleVector blkv0_1 = DoubleVector.zero(DS);
                for (int j = j0; j < j1; j += DS.length()) {
                    final DoubleVector v2 = DoubleVector.fromArray(DS, col1_0, j);
                    final DoubleVector v3 = DoubleVector.fromArray(DS, col1_1, j);
                    final DoubleVector v4_0 = b0_0.mul(v2);
                    final DoubleVector v5_0 = b1_0.mul(v3);
                    blkv0_0 = blkv0_0.add(v4_0);
                    blkv0_1 = blkv0_1.add(v5_0);
                }
                {
                    blkv0_0.intoArray(ln, 0);
                    blkv0_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum0_0 = ln[0];
                    double tileSum0_1 = ln[DS.length()];
                    acc0_0 += tileSum0_0;
                    acc0_1 += tileSum0_1;
                }
            }
            st[0] = acc0_0;
            st[1] = acc0_1;
            sumDouble64RowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void sumDouble64RowTail(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int bound, double[] st, int[] ist) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t0_0 = x_[r * 2];
            final double t1_0 = x_[r * 2 + 1];
            double acc0_0 = st[0];
            double acc0_1 = st[1];
            for (int j = bound; j < je; j++) {
                final double u2 = col1_0[j];
                final double u3 = col1_1[j];
                final double u4_0 = t0_0 * u2;
                final double u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void min(float[] x_, float[][] soa1, int r0, int r1, int js, int je, float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                minRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                minRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void minRows4(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                accv0_0 = accv0_0.blend(v4_0, v4_0.compare(VectorOperators.LT, accv0_0));
                accv0_1 = accv0_1.blend(v5_0, v5_0.compare(VectorOperators.LT, accv0_1));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                accv1_0 = accv1_0.blend(v4_1, v4_1.compare(VectorOperators.LT, accv1_0));
                accv1_1 = accv1_1.blend(v5_1, v5_1.compare(VectorOperators.LT, accv1_1));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                accv2_0 = accv2_0.blend(v4_2, v4_2.compare(VectorOperators.LT, accv2_0));
                accv2_1 = accv2_1.blend(v5_2, v5_2.compare(VectorOperators.LT, accv2_1));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                accv3_0 = accv3_0.blend(v4_3, v4_3.compare(VectorOperators.LT, accv3_0));
                accv3_1 = accv3_1.blend(v5_3, v5_3.compare(VectorOperators.LT, accv3_1));
            }
            float acc0_0 = accv0_0.reduceLanes(VectorOperators.MIN);
            float acc0_1 = accv0_1.reduceLanes(VectorOperators.MIN);
            float acc1_0 = accv1_0.reduceLanes(VectorOperators.MIN);
            float acc1_1 = accv1_1.reduceLanes(VectorOperators.MIN);
            float acc2_0 = accv2_0.reduceLanes(VectorOperators.MIN);
            float acc2_1 = accv2_1.reduceLanes(VectorOperators.MIN);
            float acc3_0 = accv3_0.reduceLanes(VectorOperators.MIN);
            float acc3_1 = accv3_1.reduceLanes(VectorOperators.MIN);
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            minRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void minRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            float acc1_0 = (float) st[2];
            float acc1_1 = (float) st[3];
            float acc2_0 = (float) st[4];
            float acc2_1 = (float) st[5];
            float acc3_0 = (float) st[6];
            float acc3_1 = (float) st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 < acc0_0) {
                    acc0_0 = u4_0;
                }
                if (u5_0 < acc0_1) {
                    acc0_1 = u5_0;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 < acc1_0) {
                    acc1_0 = u4_1;
                }
                if (u5_1 < acc1_1) {
                    acc1_1 = u5_1;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 < acc2_0) {
                    acc2_0 = u4_2;
                }
                if (u5_2 < acc2_1) {
                    acc2_1 = u5_2;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 < acc3_0) {
                    acc3_0 = u4_3;
                }
                if (u5_3 < acc3_1) {
                    acc3_1 = u5_3;
                }
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void minRow(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                accv0_0 = accv0_0.blend(v4_0, v4_0.compare(VectorOperators.LT, accv0_0));
                accv0_1 = accv0_1.blend(v5_0, v5_0.compare(VectorOperators.LT, accv0_1));
            }
            float acc0_0 = accv0_0.reduceLanes(VectorOperators.MIN);
            float acc0_1 = accv0_1.reduceLanes(VectorOperators.MIN);
            st[0] = acc0_0;
            st[1] = acc0_1;
            minRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void minRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 < acc0_0) {
                    acc0_0 = u4_0;
                }
                if (u5_0 < acc0_1) {
                    acc0_1 = u5_0;
                }
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void max(float[] x_, float[][] soa1, int r0, int r1, int js, int je, float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                maxRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                maxRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void maxRows4(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                accv0_0 = accv0_0.blend(v4_0, v4_0.compare(VectorOperators.GT, accv0_0));
                accv0_1 = accv0_1.blend(v5_0, v5_0.compare(VectorOperators.GT, accv0_1));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                accv1_0 = accv1_0.blend(v4_1, v4_1.compare(VectorOperators.GT, accv1_0));
                accv1_1 = accv1_1.blend(v5_1, v5_1.compare(VectorOperators.GT, accv1_1));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                accv2_0 = accv2_0.blend(v4_2, v4_2.compare(VectorOperators.GT, accv2_0));
                accv2_1 = accv2_1.blend(v5_2, v5_2.compare(VectorOperators.GT, accv2_1));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                accv3_0 = accv3_0.blend(v4_3, v4_3.compare(VectorOperators.GT, accv3_0));
                accv3_1 = accv3_1.blend(v5_3, v5_3.compare(VectorOperators.GT, accv3_1));
            }
            float acc0_0 = accv0_0.reduceLanes(VectorOperators.MAX);
            float acc0_1 = accv0_1.reduceLanes(VectorOperators.MAX);
            float acc1_0 = accv1_0.reduceLanes(VectorOperators.MAX);
            float acc1_1 = accv1_1.reduceLanes(VectorOperators.MAX);
            float acc2_0 = accv2_0.reduceLanes(VectorOperators.MAX);
            float acc2_1 = accv2_1.reduceLanes(VectorOperators.MAX);
            float acc3_0 = accv3_0.reduceLanes(VectorOperators.MAX);
            float acc3_1 = accv3_1.reduceLanes(VectorOperators.MAX);
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            maxRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void maxRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            float acc1_0 = (float) st[2];
            float acc1_1 = (float) st[3];
            float acc2_0 = (float) st[4];
            float acc2_1 = (float) st[5];
            float acc3_0 = (float) st[6];
            float acc3_1 = (float) st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0) {
                    acc0_0 = u4_0;
                }
                if (u5_0 > acc0_1) {
                    acc0_1 = u5_0;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 > acc1_0) {
                    acc1_0 = u4_1;
                }
                if (u5_1 > acc1_1) {
                    acc1_1 = u5_1;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 > acc2_0) {
                    acc2_0 = u4_2;
                }
                if (u5_2 > acc2_1) {
                    acc2_1 = u5_2;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 > acc3_0) {
                    acc3_0 = u4_3;
                }
                if (u5_3 > acc3_1) {
                    acc3_1 = u5_3;
                }
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void maxRow(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                accv0_0 = accv0_0.blend(v4_0, v4_0.compare(VectorOperators.GT, accv0_0));
                accv0_1 = accv0_1.blend(v5_0, v5_0.compare(VectorOperators.GT, accv0_1));
            }
            float acc0_0 = accv0_0.reduceLanes(VectorOperators.MAX);
            float acc0_1 = accv0_1.reduceLanes(VectorOperators.MAX);
            st[0] = acc0_0;
            st[1] = acc0_1;
            maxRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void maxRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0) {
                    acc0_0 = u4_0;
                }
                if (u5_0 > acc0_1) {
                    acc0_1 = u5_0;
                }
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void argMax(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                int[] outIndex) {
            final double[] st = new double[8];
            final int[] ist = new int[8];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                argMaxRows4(x_, soa1, r, js, je, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                argMaxRow(x_, soa1, r, js, je, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void argMaxRows4(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final VectorMask<Float> mk1_0 = v4_1.compare(VectorOperators.GT, accv1_0).or(idxv1_0.lt(0).cast(FS).and(v4_1.eq(v4_1)));
                accv1_0 = accv1_0.blend(v4_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(FIS));
                final VectorMask<Float> mk1_1 = v5_1.compare(VectorOperators.GT, accv1_1).or(idxv1_1.lt(0).cast(FS).and(v5_1.eq(v5_1)));
                accv1_1 = accv1_1.blend(v5_1, mk1_1);
                idxv1_1 = idxv1_1.blend(jv, mk1_1.cast(FIS));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                final VectorMask<Float> mk2_0 = v4_2.compare(VectorOperators.GT, accv2_0).or(idxv2_0.lt(0).cast(FS).and(v4_2.eq(v4_2)));
                accv2_0 = accv2_0.blend(v4_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(FIS));
                final VectorMask<Float> mk2_1 = v5_2.compare(VectorOperators.GT, accv2_1).or(idxv2_1.lt(0).cast(FS).and(v5_2.eq(v5_2)));
                accv2_1 = accv2_1.blend(v5_2, mk2_1);
                idxv2_1 = idxv2_1.blend(jv, mk2_1.cast(FIS));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                final VectorMask<Float> mk3_0 = v4_3.compare(VectorOperators.GT, accv3_0).or(idxv3_0.lt(0).cast(FS).and(v4_3.eq(v4_3)));
                accv3_0 = accv3_0.blend(v4_3, mk3_0);
                idxv3_0 = idxv3_0.blend(jv, mk3_0.cast(FIS));
                final VectorMask<Float> mk3_1 = v5_3.compare(VectorOperators.GT, accv3_1).or(idxv3_1.lt(0).cast(FS).and(v5_3.eq(v5_3)));
                accv3_1 = accv3_1.blend(v5_3, mk3_1);
                idxv3_1 = idxv3_1.blend(jv, mk3_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            float acc1_0 = Float.NEGATIVE_INFINITY;
            int idx1_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_0.lane(l);
                final int ix = idxv1_0.lane(l);
                if (ix >= 0 && (idx1_0 < 0 || a > acc1_0 || (a == acc1_0 && ix < idx1_0))) {
                    acc1_0 = a;
                    idx1_0 = ix;
                }
            }
            float acc1_1 = Float.NEGATIVE_INFINITY;
            int idx1_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_1.lane(l);
                final int ix = idxv1_1.lane(l);
                if (ix >= 0 && (idx1_1 < 0 || a > acc1_1 || (a == acc1_1 && ix < idx1_1))) {
                    acc1_1 = a;
                    idx1_1 = ix;
                }
            }
            float acc2_0 = Float.NEGATIVE_INFINITY;
            int idx2_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_0.lane(l);
                final int ix = idxv2_0.lane(l);
                if (ix >= 0 && (idx2_0 < 0 || a > acc2_0 || (a == acc2_0 && ix < idx2_0))) {
                    acc2_0 = a;
                    idx2_0 = ix;
                }
            }
            float acc2_1 = Float.NEGATIVE_INFINITY;
            int idx2_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_1.lane(l);
                final int ix = idxv2_1.lane(l);
                if (ix >= 0 && (idx2_1 < 0 || a > acc2_1 || (a == acc2_1 && ix < idx2_1))) {
                    acc2_1 = a;
                    idx2_1 = ix;
                }
            }
            float acc3_0 = Float.NEGATIVE_INFINITY;
            int idx3_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_0.lane(l);
                final int ix = idxv3_0.lane(l);
                if (ix >= 0 && (idx3_0 < 0 || a > acc3_0 || (a == acc3_0 && ix < idx3_0))) {
                    acc3_0 = a;
                    idx3_0 = ix;
                }
            }
            float acc3_1 = Float.NEGATIVE_INFINITY;
            int idx3_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_1.lane(l);
                final int ix = idxv3_1.lane(l);
                if (ix >= 0 && (idx3_1 < 0 || a > acc3_1 || (a == acc3_1 && ix < idx3_1))) {
                    acc3_1 = a;
                    idx3_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            st[2] = acc1_0;
            ist[2] = idx1_0;
            st[3] = acc1_1;
            ist[3] = idx1_1;
            st[4] = acc2_0;
            ist[4] = idx2_0;
            st[5] = acc2_1;
            ist[5] = idx2_1;
            st[6] = acc3_0;
            ist[6] = idx3_0;
            st[7] = acc3_1;
            ist[7] = idx3_1;
            argMaxRows4Tail(x_, soa1, r, js, je, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void argMaxRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            float acc1_0 = (float) st[2];
            int idx1_0 = ist[2];
            float acc1_1 = (float) st[3];
            int idx1_1 = ist[3];
            float acc2_0 = (float) st[4];
            int idx2_0 = ist[4];
            float acc2_1 = (float) st[5];
            int idx2_1 = ist[5];
            float acc3_0 = (float) st[6];
            int idx3_0 = ist[6];
            float acc3_1 = (float) st[7];
            int idx3_1 = ist[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 > acc1_0 || (idx1_0 < 0 && u4_1 == u4_1)) {
                    acc1_0 = u4_1;
                    idx1_0 = j;
                }
                if (u5_1 > acc1_1 || (idx1_1 < 0 && u5_1 == u5_1)) {
                    acc1_1 = u5_1;
                    idx1_1 = j;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 > acc2_0 || (idx2_0 < 0 && u4_2 == u4_2)) {
                    acc2_0 = u4_2;
                    idx2_0 = j;
                }
                if (u5_2 > acc2_1 || (idx2_1 < 0 && u5_2 == u5_2)) {
                    acc2_1 = u5_2;
                    idx2_1 = j;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 > acc3_0 || (idx3_0 < 0 && u4_3 == u4_3)) {
                    acc3_0 = u4_3;
                    idx3_0 = j;
                }
                if (u5_3 > acc3_1 || (idx3_1 < 0 && u5_3 == u5_3)) {
                    acc3_1 = u5_3;
                    idx3_1 = j;
                }
            }
            outIndex[r * 2] = idx0_0;
            outIndex[r * 2 + 1] = idx0_1;
            outIndex[(r + 1) * 2] = idx1_0;
            outIndex[(r + 1) * 2 + 1] = idx1_1;
            outIndex[(r + 2) * 2] = idx2_0;
            outIndex[(r + 2) * 2 + 1] = idx2_1;
            outIndex[(r + 3) * 2] = idx3_0;
            outIndex[(r + 3) * 2 + 1] = idx3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void argMaxRow(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            argMaxRowTail(x_, soa1, r, js, je, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void argMaxRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
            }
            outIndex[r * 2] = idx0_0;
            outIndex[r * 2 + 1] = idx0_1;
        }

        static void maxArgMax(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out, int[] outIndex) {
            final double[] st = new double[8];
            final int[] ist = new int[8];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                maxArgMaxRows4(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                maxArgMaxRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void maxArgMaxRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final VectorMask<Float> mk1_0 = v4_1.compare(VectorOperators.GT, accv1_0).or(idxv1_0.lt(0).cast(FS).and(v4_1.eq(v4_1)));
                accv1_0 = accv1_0.blend(v4_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(FIS));
                final VectorMask<Float> mk1_1 = v5_1.compare(VectorOperators.GT, accv1_1).or(idxv1_1.lt(0).cast(FS).and(v5_1.eq(v5_1)));
                accv1_1 = accv1_1.blend(v5_1, mk1_1);
                idxv1_1 = idxv1_1.blend(jv, mk1_1.cast(FIS));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                final VectorMask<Float> mk2_0 = v4_2.compare(VectorOperators.GT, accv2_0).or(idxv2_0.lt(0).cast(FS).and(v4_2.eq(v4_2)));
                accv2_0 = accv2_0.blend(v4_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(FIS));
                final VectorMask<Float> mk2_1 = v5_2.compare(VectorOperators.GT, accv2_1).or(idxv2_1.lt(0).cast(FS).and(v5_2.eq(v5_2)));
                accv2_1 = accv2_1.blend(v5_2, mk2_1);
                idxv2_1 = idxv2_1.blend(jv, mk2_1.cast(FIS));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                final VectorMask<Float> mk3_0 = v4_3.compare(VectorOperators.GT, accv3_0).or(idxv3_0.lt(0).cast(FS).and(v4_3.eq(v4_3)));
                accv3_0 = accv3_0.blend(v4_3, mk3_0);
                idxv3_0 = idxv3_0.blend(jv, mk3_0.cast(FIS));
                final VectorMask<Float> mk3_1 = v5_3.compare(VectorOperators.GT, accv3_1).or(idxv3_1.lt(0).cast(FS).and(v5_3.eq(v5_3)));
                accv3_1 = accv3_1.blend(v5_3, mk3_1);
                idxv3_1 = idxv3_1.blend(jv, mk3_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            float acc1_0 = Float.NEGATIVE_INFINITY;
            int idx1_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_0.lane(l);
                final int ix = idxv1_0.lane(l);
                if (ix >= 0 && (idx1_0 < 0 || a > acc1_0 || (a == acc1_0 && ix < idx1_0))) {
                    acc1_0 = a;
                    idx1_0 = ix;
                }
            }
            float acc1_1 = Float.NEGATIVE_INFINITY;
            int idx1_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_1.lane(l);
                final int ix = idxv1_1.lane(l);
                if (ix >= 0 && (idx1_1 < 0 || a > acc1_1 || (a == acc1_1 && ix < idx1_1))) {
                    acc1_1 = a;
                    idx1_1 = ix;
                }
            }
            float acc2_0 = Float.NEGATIVE_INFINITY;
            int idx2_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_0.lane(l);
                final int ix = idxv2_0.lane(l);
                if (ix >= 0 && (idx2_0 < 0 || a > acc2_0 || (a == acc2_0 && ix < idx2_0))) {
                    acc2_0 = a;
                    idx2_0 = ix;
                }
            }
            float acc2_1 = Float.NEGATIVE_INFINITY;
            int idx2_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_1.lane(l);
                final int ix = idxv2_1.lane(l);
                if (ix >= 0 && (idx2_1 < 0 || a > acc2_1 || (a == acc2_1 && ix < idx2_1))) {
                    acc2_1 = a;
                    idx2_1 = ix;
                }
            }
            float acc3_0 = Float.NEGATIVE_INFINITY;
            int idx3_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_0.lane(l);
                final int ix = idxv3_0.lane(l);
                if (ix >= 0 && (idx3_0 < 0 || a > acc3_0 || (a == acc3_0 && ix < idx3_0))) {
                    acc3_0 = a;
                    idx3_0 = ix;
                }
            }
            float acc3_1 = Float.NEGATIVE_INFINITY;
            int idx3_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_1.lane(l);
                final int ix = idxv3_1.lane(l);
                if (ix >= 0 && (idx3_1 < 0 || a > acc3_1 || (a == acc3_1 && ix < idx3_1))) {
                    acc3_1 = a;
                    idx3_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            st[2] = acc1_0;
            ist[2] = idx1_0;
            st[3] = acc1_1;
            ist[3] = idx1_1;
            st[4] = acc2_0;
            ist[4] = idx2_0;
            st[5] = acc2_1;
            ist[5] = idx2_1;
            st[6] = acc3_0;
            ist[6] = idx3_0;
            st[7] = acc3_1;
            ist[7] = idx3_1;
            maxArgMaxRows4Tail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void maxArgMaxRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            float acc1_0 = (float) st[2];
            int idx1_0 = ist[2];
            float acc1_1 = (float) st[3];
            int idx1_1 = ist[3];
            float acc2_0 = (float) st[4];
            int idx2_0 = ist[4];
            float acc2_1 = (float) st[5];
            int idx2_1 = ist[5];
            float acc3_0 = (float) st[6];
            int idx3_0 = ist[6];
            float acc3_1 = (float) st[7];
            int idx3_1 = ist[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 > acc1_0 || (idx1_0 < 0 && u4_1 == u4_1)) {
                    acc1_0 = u4_1;
                    idx1_0 = j;
                }
                if (u5_1 > acc1_1 || (idx1_1 < 0 && u5_1 == u5_1)) {
                    acc1_1 = u5_1;
                    idx1_1 = j;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 > acc2_0 || (idx2_0 < 0 && u4_2 == u4_2)) {
                    acc2_0 = u4_2;
                    idx2_0 = j;
                }
                if (u5_2 > acc2_1 || (idx2_1 < 0 && u5_2 == u5_2)) {
                    acc2_1 = u5_2;
                    idx2_1 = j;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 > acc3_0 || (idx3_0 < 0 && u4_3 == u4_3)) {
                    acc3_0 = u4_3;
                    idx3_0 = j;
                }
                if (u5_3 > acc3_1 || (idx3_1 < 0 && u5_3 == u5_3)) {
                    acc3_1 = u5_3;
                    idx3_1 = j;
                }
            }
            out[r * 2] = acc0_0;
            outIndex[r * 2] = idx0_0;
            out[r * 2 + 1] = acc0_1;
            outIndex[r * 2 + 1] = idx0_1;
            out[(r + 1) * 2] = acc1_0;
            outIndex[(r + 1) * 2] = idx1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            outIndex[(r + 1) * 2 + 1] = idx1_1;
            out[(r + 2) * 2] = acc2_0;
            outIndex[(r + 2) * 2] = idx2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            outIndex[(r + 2) * 2 + 1] = idx2_1;
            out[(r + 3) * 2] = acc3_0;
            outIndex[(r + 3) * 2] = idx3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
            outIndex[(r + 3) * 2 + 1] = idx3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void maxArgMaxRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            maxArgMaxRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void maxArgMaxRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
            }
            out[r * 2] = acc0_0;
            outIndex[r * 2] = idx0_0;
            out[r * 2 + 1] = acc0_1;
            outIndex[r * 2 + 1] = idx0_1;
        }

        static void kMin(float[] x_, float[][] soa1, int r0, int r1, int js, int je, float[] out) {
            final double[] st = new double[0];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            final float[] kv0 = new float[3];
            final int[] ki0 = new int[3];
            final int[] kn0 = new int[1];
            final float[] kb0_0 = new float[256];
            final float[][] rbFloat1 = {kv0, kb0_0};
            final int[][] rbInt1 = {ki0, kn0};
            int r = r0;
            for (; r < r1; r++) {
                kMinRow(x_, soa1, r, js, je, out, st, ist, ln, rbFloat1, rbInt1);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void kMinRow(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln, float[][] rbFloat, int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final float[] kb0_0 = rbFloat[1];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                boolean hit0_0 = false;
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v4_0 = b0_0.sub(v2);
                    final FloatVector v5_0 = b1_0.sub(v3);
                    final FloatVector v7_0 = v5_0.mul(v5_0);
                    final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                    v8_0.intoArray(kb0_0, j - j0);
                    hit0_0 |= v8_0.lt(thr0_0).anyTrue();
                }
                if (hit0_0 || kn0[0] < 3) {
                    for (int jr = j0; jr < j1; jr += FS.length()) {
                        final FloatVector kw = FloatVector.fromArray(FS, kb0_0, jr - j0);
                        final VectorMask<Float> mk = kn0[0] < 3 ? kw.eq(kw) : kw.lt(thr0_0);
                        if (mk.anyTrue()) {
                            for (long bits = mk.toLong(); bits != 0; bits &= bits - 1) {
                                final int l = Long.numberOfTrailingZeros(bits);
                                KSmallest.offer(kv0, ki0, kn0, 3, 1, 0, kb0_0[jr - j0 + l], jr + l);
                            }
                            thr0_0 = kv0[2];
                        }
                    }
                }
            }
            kMinRowTail(x_, soa1, r, js, je, out, bound, st, ist, rbFloat, rbInt);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void kMinRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist, float[][] rbFloat, int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                KSmallest.offer(kv0, ki0, kn0, 3, 1, 0, u8_0, j);
            }
            System.arraycopy(kv0, 0, out, r * 3, 3);
        }

        static void kMinArgKMin(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out, int[] outIndex) {
            final double[] st = new double[0];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            final float[] kv0 = new float[3];
            final int[] ki0 = new int[3];
            final int[] kn0 = new int[1];
            final float[] kb0_0 = new float[256];
            final float[][] rbFloat1 = {kv0, kb0_0};
            final int[][] rbInt1 = {ki0, kn0};
            int r = r0;
            for (; r < r1; r++) {
                kMinArgKMinRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln, rbFloat1, rbInt1);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void kMinArgKMinRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final float[] kb0_0 = rbFloat[1];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                boolean hit0_0 = false;
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v4_0 = b0_0.sub(v2);
                    final FloatVector v5_0 = b1_0.sub(v3);
                    final FloatVector v7_0 = v5_0.mul(v5_0);
                    final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                    v8_0.intoArray(kb0_0, j - j0);
                    hit0_0 |= v8_0.lt(thr0_0).anyTrue();
                }
                if (hit0_0 || kn0[0] < 3) {
                    for (int jr = j0; jr < j1; jr += FS.length()) {
                        final FloatVector kw = FloatVector.fromArray(FS, kb0_0, jr - j0);
                        final VectorMask<Float> mk = kn0[0] < 3 ? kw.eq(kw) : kw.lt(thr0_0);
                        if (mk.anyTrue()) {
                            for (long bits = mk.toLong(); bits != 0; bits &= bits - 1) {
                                final int l = Long.numberOfTrailingZeros(bits);
                                KSmallest.offer(kv0, ki0, kn0, 3, 1, 0, kb0_0[jr - j0 + l], jr + l);
                            }
                            thr0_0 = kv0[2];
                        }
                    }
                }
            }
            kMinArgKMinRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist, rbFloat, rbInt);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void kMinArgKMinRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                KSmallest.offer(kv0, ki0, kn0, 3, 1, 0, u8_0, j);
            }
            System.arraycopy(kv0, 0, out, r * 3, 3);
            System.arraycopy(ki0, 0, outIndex, r * 3, 3);
        }

        static void weightedLse(float[] x_, float[][] soa1, float[][] soa2, int r0, int r1, int js,
                int je, float[] out) {
            final double[] st = new double[12];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                weightedLseRows4(x_, soa1, soa2, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                weightedLseRow(x_, soa1, soa2, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void weightedLseRows4(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector sev0_1 = FloatVector.zero(FS);
            FloatVector mxv1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev1_0 = FloatVector.zero(FS);
            FloatVector sev1_1 = FloatVector.zero(FS);
            FloatVector mxv2 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev2_0 = FloatVector.zero(FS);
            FloatVector sev2_1 = FloatVector.zero(FS);
            FloatVector mxv3 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev3_0 = FloatVector.zero(FS);
            FloatVector sev3_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v10 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v11 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final VectorMask<Float> up0 = v9_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v9_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v9_0.min(mxv0).sub(v9_0.max(mxv0)).blend(0, v9_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                sev0_0 = e0.fma(v10, sev0_0).blend(sev0_0.fma(e0, v10), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v11, sev0_1).blend(sev0_1.fma(e0, v11), up0).blend(sev0_1, keep0);
                mxv0 = mxv0.blend(v9_0, up0);
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final FloatVector v7_1 = v5_1.mul(v5_1);
                final FloatVector v8_1 = v4_1.fma(v4_1, v7_1);
                final FloatVector v9_1 = v8_1.neg();
                final VectorMask<Float> up1 = v9_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Float> keep1 = v9_1.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed1 = v9_1.min(mxv1).sub(v9_1.max(mxv1)).blend(0, v9_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.442695f, 1.2582912E7f);
                final var e1k1 = e1k0.sub(1.2582912E7f);
                final var e1k2 = e1k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed1);
                final var e1k3 = e1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e1k2);
                final var e1k4 = e1k3.fma(0.0013933751f, 0.008369237f);
                final var e1k5 = e1k4.fma(e1k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e1k6 = e1k5.fma(e1k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e1k7 = e1k6.fma(e1k3, FloatVector.broadcast(FS, 0.5f));
                final var e1k8 = e1k7.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k9 = e1k8.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k10 = e1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e1k11 = e1k9.reinterpretAsInts().add(e1k10).reinterpretAsFloats();
                final FloatVector e1 = ed1.mul(Float.POSITIVE_INFINITY).blend(e1k11, ed1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed1.lt(-87.33654f));
                sev1_0 = e1.fma(v10, sev1_0).blend(sev1_0.fma(e1, v10), up1).blend(sev1_0, keep1);
                sev1_1 = e1.fma(v11, sev1_1).blend(sev1_1.fma(e1, v11), up1).blend(sev1_1, keep1);
                mxv1 = mxv1.blend(v9_1, up1);
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                final FloatVector v7_2 = v5_2.mul(v5_2);
                final FloatVector v8_2 = v4_2.fma(v4_2, v7_2);
                final FloatVector v9_2 = v8_2.neg();
                final VectorMask<Float> up2 = v9_2.compare(VectorOperators.GT, mxv2);
                final VectorMask<Float> keep2 = v9_2.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed2 = v9_2.min(mxv2).sub(v9_2.max(mxv2)).blend(0, v9_2.eq(mxv2));
                // e2 = Exp(ed2), inline (see VectorTranscendentals)
                final var e2k0 = ed2.fma(1.442695f, 1.2582912E7f);
                final var e2k1 = e2k0.sub(1.2582912E7f);
                final var e2k2 = e2k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed2);
                final var e2k3 = e2k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e2k2);
                final var e2k4 = e2k3.fma(0.0013933751f, 0.008369237f);
                final var e2k5 = e2k4.fma(e2k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e2k6 = e2k5.fma(e2k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e2k7 = e2k6.fma(e2k3, FloatVector.broadcast(FS, 0.5f));
                final var e2k8 = e2k7.fma(e2k3, FloatVector.broadcast(FS, 1.0f));
                final var e2k9 = e2k8.fma(e2k3, FloatVector.broadcast(FS, 1.0f));
                final var e2k10 = e2k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e2k11 = e2k9.reinterpretAsInts().add(e2k10).reinterpretAsFloats();
                final FloatVector e2 = ed2.mul(Float.POSITIVE_INFINITY).blend(e2k11, ed2.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed2.lt(-87.33654f));
                sev2_0 = e2.fma(v10, sev2_0).blend(sev2_0.fma(e2, v10), up2).blend(sev2_0, keep2);
                sev2_1 = e2.fma(v11, sev2_1).blend(sev2_1.fma(e2, v11), up2).blend(sev2_1, keep2);
                mxv2 = mxv2.blend(v9_2, up2);
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                final FloatVector v7_3 = v5_3.mul(v5_3);
                final FloatVector v8_3 = v4_3.fma(v4_3, v7_3);
                final FloatVector v9_3 = v8_3.neg();
                final VectorMask<Float> up3 = v9_3.compare(VectorOperators.GT, mxv3);
                final VectorMask<Float> keep3 = v9_3.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed3 = v9_3.min(mxv3).sub(v9_3.max(mxv3)).blend(0, v9_3.eq(mxv3));
                // e3 = Exp(ed3), inline (see VectorTranscendentals)
                final var e3k0 = ed3.fma(1.442695f, 1.2582912E7f);
                final var e3k1 = e3k0.sub(1.2582912E7f);
                final var e3k2 = e3k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed3);
                final var e3k3 = e3k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e3k2);
                final var e3k4 = e3k3.fma(0.0013933751f, 0.008369237f);
                final var e3k5 = e3k4.fma(e3k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e3k6 = e3k5.fma(e3k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e3k7 = e3k6.fma(e3k3, FloatVector.broadcast(FS, 0.5f));
                final var e3k8 = e3k7.fma(e3k3, FloatVector.broadcast(FS, 1.0f));
                final var e3k9 = e3k8.fma(e3k3, FloatVector.broadcast(FS, 1.0f));
                final var e3k10 = e3k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e3k11 = e3k9.reinterpretAsInts().add(e3k10).reinterpretAsFloats();
                final FloatVector e3 = ed3.mul(Float.POSITIVE_INFINITY).blend(e3k11, ed3.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed3.lt(-87.33654f));
                sev3_0 = e3.fma(v10, sev3_0).blend(sev3_0.fma(e3, v10), up3).blend(sev3_0, keep3);
                sev3_1 = e3.fma(v11, sev3_1).blend(sev3_1.fma(e3, v11), up3).blend(sev3_1, keep3);
                mxv3 = mxv3.blend(v9_3, up3);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float se0_0 = 0;
            float se0_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
            }
            float mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            float se1_0 = 0;
            float se1_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv1.lane(l);
                final float f = ml == mx1 ? 1 : (float) Math.exp(ml - mx1);
                se1_0 += sev1_0.lane(l) * f;
                se1_1 += sev1_1.lane(l) * f;
            }
            float mx2 = mxv2.reduceLanes(VectorOperators.MAX);
            float se2_0 = 0;
            float se2_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv2.lane(l);
                final float f = ml == mx2 ? 1 : (float) Math.exp(ml - mx2);
                se2_0 += sev2_0.lane(l) * f;
                se2_1 += sev2_1.lane(l) * f;
            }
            float mx3 = mxv3.reduceLanes(VectorOperators.MAX);
            float se3_0 = 0;
            float se3_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv3.lane(l);
                final float f = ml == mx3 ? 1 : (float) Math.exp(ml - mx3);
                se3_0 += sev3_0.lane(l) * f;
                se3_1 += sev3_1.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            st[2] = se0_1;
            st[3] = mx1;
            st[4] = se1_0;
            st[5] = se1_1;
            st[6] = mx2;
            st[7] = se2_0;
            st[8] = se2_1;
            st[9] = mx3;
            st[10] = se3_0;
            st[11] = se3_1;
            weightedLseRows4Tail(x_, soa1, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void weightedLseRows4Tail(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float mx0 = (float) st[0];
            float se0_0 = (float) st[1];
            float se0_1 = (float) st[2];
            float mx1 = (float) st[3];
            float se1_0 = (float) st[4];
            float se1_1 = (float) st[5];
            float mx2 = (float) st[6];
            float se2_0 = (float) st[7];
            float se2_1 = (float) st[8];
            float mx3 = (float) st[9];
            float se3_0 = (float) st[10];
            float se3_1 = (float) st[11];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u10 = col2_0[j];
                final float u11 = col2_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                if (u9_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u9_0);
                    se0_0 = se0_0 * sc + u10;
                    se0_1 = se0_1 * sc + u11;
                    mx0 = u9_0;
                } else if (u9_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_0 == mx0 ? 1 : (float) Math.exp(u9_0 - mx0);
                    se0_0 += e * u10;
                    se0_1 += e * u11;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                final float u6_1 = u4_1 * u4_1;
                final float u7_1 = u5_1 * u5_1;
                final float u8_1 = u6_1 + u7_1;
                final float u9_1 = -u8_1;
                if (u9_1 > mx1) {
                    final float sc = (float) Math.exp(mx1 - u9_1);
                    se1_0 = se1_0 * sc + u10;
                    se1_1 = se1_1 * sc + u11;
                    mx1 = u9_1;
                } else if (u9_1 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_1 == mx1 ? 1 : (float) Math.exp(u9_1 - mx1);
                    se1_0 += e * u10;
                    se1_1 += e * u11;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                final float u6_2 = u4_2 * u4_2;
                final float u7_2 = u5_2 * u5_2;
                final float u8_2 = u6_2 + u7_2;
                final float u9_2 = -u8_2;
                if (u9_2 > mx2) {
                    final float sc = (float) Math.exp(mx2 - u9_2);
                    se2_0 = se2_0 * sc + u10;
                    se2_1 = se2_1 * sc + u11;
                    mx2 = u9_2;
                } else if (u9_2 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_2 == mx2 ? 1 : (float) Math.exp(u9_2 - mx2);
                    se2_0 += e * u10;
                    se2_1 += e * u11;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                final float u6_3 = u4_3 * u4_3;
                final float u7_3 = u5_3 * u5_3;
                final float u8_3 = u6_3 + u7_3;
                final float u9_3 = -u8_3;
                if (u9_3 > mx3) {
                    final float sc = (float) Math.exp(mx3 - u9_3);
                    se3_0 = se3_0 * sc + u10;
                    se3_1 = se3_1 * sc + u11;
                    mx3 = u9_3;
                } else if (u9_3 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_3 == mx3 ? 1 : (float) Math.exp(u9_3 - mx3);
                    se3_0 += e * u10;
                    se3_1 += e * u11;
                }
            }
            out[r * 2] = mx0 + (float) Math.log(se0_0);
            out[r * 2 + 1] = mx0 + (float) Math.log(se0_1);
            out[(r + 1) * 2] = mx1 + (float) Math.log(se1_0);
            out[(r + 1) * 2 + 1] = mx1 + (float) Math.log(se1_1);
            out[(r + 2) * 2] = mx2 + (float) Math.log(se2_0);
            out[(r + 2) * 2 + 1] = mx2 + (float) Math.log(se2_1);
            out[(r + 3) * 2] = mx3 + (float) Math.log(se3_0);
            out[(r + 3) * 2 + 1] = mx3 + (float) Math.log(se3_1);
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void weightedLseRow(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector sev0_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v10 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v11 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final VectorMask<Float> up0 = v9_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v9_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v9_0.min(mxv0).sub(v9_0.max(mxv0)).blend(0, v9_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                sev0_0 = e0.fma(v10, sev0_0).blend(sev0_0.fma(e0, v10), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v11, sev0_1).blend(sev0_1.fma(e0, v11), up0).blend(sev0_1, keep0);
                mxv0 = mxv0.blend(v9_0, up0);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float se0_0 = 0;
            float se0_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            st[2] = se0_1;
            weightedLseRowTail(x_, soa1, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void weightedLseRowTail(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float mx0 = (float) st[0];
            float se0_0 = (float) st[1];
            float se0_1 = (float) st[2];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u10 = col2_0[j];
                final float u11 = col2_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                if (u9_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u9_0);
                    se0_0 = se0_0 * sc + u10;
                    se0_1 = se0_1 * sc + u11;
                    mx0 = u9_0;
                } else if (u9_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_0 == mx0 ? 1 : (float) Math.exp(u9_0 - mx0);
                    se0_0 += e * u10;
                    se0_1 += e * u11;
                }
            }
            out[r * 2] = mx0 + (float) Math.log(se0_0);
            out[r * 2 + 1] = mx0 + (float) Math.log(se0_1);
        }

        static void softmax(float[] x_, float[][] soa1, float[][] soa2, float g_, int r0, int r1,
                int js, int je, float[] out) {
            final double[] st = new double[12];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                softmaxRows4(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                softmaxRow(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void softmaxRows4(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b10 = FloatVector.broadcast(FS, g_);
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv0 = FloatVector.zero(FS);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector mxv1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv1 = FloatVector.zero(FS);
            FloatVector sev1_0 = FloatVector.zero(FS);
            FloatVector mxv2 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv2 = FloatVector.zero(FS);
            FloatVector sev2_0 = FloatVector.zero(FS);
            FloatVector mxv3 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv3 = FloatVector.zero(FS);
            FloatVector sev3_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final FloatVector v11_0 = v9_0.mul(b10);
                final VectorMask<Float> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v11_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, FloatVector.broadcast(FS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final FloatVector v7_1 = v5_1.mul(v5_1);
                final FloatVector v8_1 = v4_1.fma(v4_1, v7_1);
                final FloatVector v9_1 = v8_1.neg();
                final FloatVector v11_1 = v9_1.mul(b10);
                final VectorMask<Float> up1 = v11_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Float> keep1 = v11_1.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed1 = v11_1.min(mxv1).sub(v11_1.max(mxv1)).blend(0, v11_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.442695f, 1.2582912E7f);
                final var e1k1 = e1k0.sub(1.2582912E7f);
                final var e1k2 = e1k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed1);
                final var e1k3 = e1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e1k2);
                final var e1k4 = e1k3.fma(0.0013933751f, 0.008369237f);
                final var e1k5 = e1k4.fma(e1k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e1k6 = e1k5.fma(e1k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e1k7 = e1k6.fma(e1k3, FloatVector.broadcast(FS, 0.5f));
                final var e1k8 = e1k7.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k9 = e1k8.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k10 = e1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e1k11 = e1k9.reinterpretAsInts().add(e1k10).reinterpretAsFloats();
                final FloatVector e1 = ed1.mul(Float.POSITIVE_INFINITY).blend(e1k11, ed1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed1.lt(-87.33654f));
                swv1 = swv1.add(e1).blend(swv1.fma(e1, FloatVector.broadcast(FS, 1)), up1).blend(swv1, keep1);
                sev1_0 = e1.fma(v12, sev1_0).blend(sev1_0.fma(e1, v12), up1).blend(sev1_0, keep1);
                mxv1 = mxv1.blend(v11_1, up1);
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                final FloatVector v7_2 = v5_2.mul(v5_2);
                final FloatVector v8_2 = v4_2.fma(v4_2, v7_2);
                final FloatVector v9_2 = v8_2.neg();
                final FloatVector v11_2 = v9_2.mul(b10);
                final VectorMask<Float> up2 = v11_2.compare(VectorOperators.GT, mxv2);
                final VectorMask<Float> keep2 = v11_2.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed2 = v11_2.min(mxv2).sub(v11_2.max(mxv2)).blend(0, v11_2.eq(mxv2));
                // e2 = Exp(ed2), inline (see VectorTranscendentals)
                final var e2k0 = ed2.fma(1.442695f, 1.2582912E7f);
                final var e2k1 = e2k0.sub(1.2582912E7f);
                final var e2k2 = e2k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed2);
                final var e2k3 = e2k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e2k2);
                final var e2k4 = e2k3.fma(0.0013933751f, 0.008369237f);
                final var e2k5 = e2k4.fma(e2k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e2k6 = e2k5.fma(e2k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e2k7 = e2k6.fma(e2k3, FloatVector.broadcast(FS, 0.5f));
                final var e2k8 = e2k7.fma(e2k3, FloatVector.broadcast(FS, 1.0f));
                final var e2k9 = e2k8.fma(e2k3, FloatVector.broadcast(FS, 1.0f));
                final var e2k10 = e2k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e2k11 = e2k9.reinterpretAsInts().add(e2k10).reinterpretAsFloats();
                final FloatVector e2 = ed2.mul(Float.POSITIVE_INFINITY).blend(e2k11, ed2.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed2.lt(-87.33654f));
                swv2 = swv2.add(e2).blend(swv2.fma(e2, FloatVector.broadcast(FS, 1)), up2).blend(swv2, keep2);
                sev2_0 = e2.fma(v12, sev2_0).blend(sev2_0.fma(e2, v12), up2).blend(sev2_0, keep2);
                mxv2 = mxv2.blend(v11_2, up2);
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                final FloatVector v7_3 = v5_3.mul(v5_3);
                final FloatVector v8_3 = v4_3.fma(v4_3, v7_3);
                final FloatVector v9_3 = v8_3.neg();
                final FloatVector v11_3 = v9_3.mul(b10);
                final VectorMask<Float> up3 = v11_3.compare(VectorOperators.GT, mxv3);
                final VectorMask<Float> keep3 = v11_3.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed3 = v11_3.min(mxv3).sub(v11_3.max(mxv3)).blend(0, v11_3.eq(mxv3));
                // e3 = Exp(ed3), inline (see VectorTranscendentals)
                final var e3k0 = ed3.fma(1.442695f, 1.2582912E7f);
                final var e3k1 = e3k0.sub(1.2582912E7f);
                final var e3k2 = e3k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed3);
                final var e3k3 = e3k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e3k2);
                final var e3k4 = e3k3.fma(0.0013933751f, 0.008369237f);
                final var e3k5 = e3k4.fma(e3k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e3k6 = e3k5.fma(e3k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e3k7 = e3k6.fma(e3k3, FloatVector.broadcast(FS, 0.5f));
                final var e3k8 = e3k7.fma(e3k3, FloatVector.broadcast(FS, 1.0f));
                final var e3k9 = e3k8.fma(e3k3, FloatVector.broadcast(FS, 1.0f));
                final var e3k10 = e3k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e3k11 = e3k9.reinterpretAsInts().add(e3k10).reinterpretAsFloats();
                final FloatVector e3 = ed3.mul(Float.POSITIVE_INFINITY).blend(e3k11, ed3.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed3.lt(-87.33654f));
                swv3 = swv3.add(e3).blend(swv3.fma(e3, FloatVector.broadcast(FS, 1)), up3).blend(swv3, keep3);
                sev3_0 = e3.fma(v12, sev3_0).blend(sev3_0.fma(e3, v12), up3).blend(sev3_0, keep3);
                mxv3 = mxv3.blend(v11_3, up3);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float sw0 = 0;
            float se0_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
            }
            float mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            float sw1 = 0;
            float se1_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv1.lane(l);
                final float f = ml == mx1 ? 1 : (float) Math.exp(ml - mx1);
                sw1 += swv1.lane(l) * f;
                se1_0 += sev1_0.lane(l) * f;
            }
            float mx2 = mxv2.reduceLanes(VectorOperators.MAX);
            float sw2 = 0;
            float se2_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv2.lane(l);
                final float f = ml == mx2 ? 1 : (float) Math.exp(ml - mx2);
                sw2 += swv2.lane(l) * f;
                se2_0 += sev2_0.lane(l) * f;
            }
            float mx3 = mxv3.reduceLanes(VectorOperators.MAX);
            float sw3 = 0;
            float se3_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv3.lane(l);
                final float f = ml == mx3 ? 1 : (float) Math.exp(ml - mx3);
                sw3 += swv3.lane(l) * f;
                se3_0 += sev3_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            st[3] = mx1;
            st[4] = sw1;
            st[5] = se1_0;
            st[6] = mx2;
            st[7] = sw2;
            st[8] = se2_0;
            st[9] = mx3;
            st[10] = sw3;
            st[11] = se3_0;
            softmaxRows4Tail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void softmaxRows4Tail(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float mx0 = (float) st[0];
            float sw0 = (float) st[1];
            float se0_0 = (float) st[2];
            float mx1 = (float) st[3];
            float sw1 = (float) st[4];
            float se1_0 = (float) st[5];
            float mx2 = (float) st[6];
            float sw2 = (float) st[7];
            float se2_0 = (float) st[8];
            float mx3 = (float) st[9];
            float sw3 = (float) st[10];
            float se3_0 = (float) st[11];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u12 = col2_0[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                final float u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    mx0 = u11_0;
                } else if (u11_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_0 == mx0 ? 1 : (float) Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                final float u6_1 = u4_1 * u4_1;
                final float u7_1 = u5_1 * u5_1;
                final float u8_1 = u6_1 + u7_1;
                final float u9_1 = -u8_1;
                final float u11_1 = u9_1 * g_;
                if (u11_1 > mx1) {
                    final float sc = (float) Math.exp(mx1 - u11_1);
                    sw1 = sw1 * sc + 1;
                    se1_0 = se1_0 * sc + u12;
                    mx1 = u11_1;
                } else if (u11_1 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_1 == mx1 ? 1 : (float) Math.exp(u11_1 - mx1);
                    sw1 += e;
                    se1_0 += e * u12;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                final float u6_2 = u4_2 * u4_2;
                final float u7_2 = u5_2 * u5_2;
                final float u8_2 = u6_2 + u7_2;
                final float u9_2 = -u8_2;
                final float u11_2 = u9_2 * g_;
                if (u11_2 > mx2) {
                    final float sc = (float) Math.exp(mx2 - u11_2);
                    sw2 = sw2 * sc + 1;
                    se2_0 = se2_0 * sc + u12;
                    mx2 = u11_2;
                } else if (u11_2 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_2 == mx2 ? 1 : (float) Math.exp(u11_2 - mx2);
                    sw2 += e;
                    se2_0 += e * u12;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                final float u6_3 = u4_3 * u4_3;
                final float u7_3 = u5_3 * u5_3;
                final float u8_3 = u6_3 + u7_3;
                final float u9_3 = -u8_3;
                final float u11_3 = u9_3 * g_;
                if (u11_3 > mx3) {
                    final float sc = (float) Math.exp(mx3 - u11_3);
                    sw3 = sw3 * sc + 1;
                    se3_0 = se3_0 * sc + u12;
                    mx3 = u11_3;
                } else if (u11_3 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_3 == mx3 ? 1 : (float) Math.exp(u11_3 - mx3);
                    sw3 += e;
                    se3_0 += e * u12;
                }
            }
            out[r] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[(r + 1)] = sw1 == 0 ? 0 : se1_0 / sw1;
            out[(r + 2)] = sw2 == 0 ? 0 : se2_0 / sw2;
            out[(r + 3)] = sw3 == 0 ? 0 : se3_0 / sw3;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void softmaxRow(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b10 = FloatVector.broadcast(FS, g_);
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv0 = FloatVector.zero(FS);
            FloatVector sev0_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final FloatVector v11_0 = v9_0.mul(b10);
                final VectorMask<Float> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v11_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, FloatVector.broadcast(FS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float sw0 = 0;
            float se0_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            softmaxRowTail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void softmaxRowTail(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float mx0 = (float) st[0];
            float sw0 = (float) st[1];
            float se0_0 = (float) st[2];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u12 = col2_0[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                final float u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    mx0 = u11_0;
                } else if (u11_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_0 == mx0 ? 1 : (float) Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                }
            }
            out[r] = sw0 == 0 ? 0 : se0_0 / sw0;
        }

        static void argMax$part(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out, int[] outIndex) {
            final double[] st = new double[8];
            final int[] ist = new int[8];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                argMax$partRows4(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                argMax$partRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void argMax$partRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final VectorMask<Float> mk1_0 = v4_1.compare(VectorOperators.GT, accv1_0).or(idxv1_0.lt(0).cast(FS).and(v4_1.eq(v4_1)));
                accv1_0 = accv1_0.blend(v4_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(FIS));
                final VectorMask<Float> mk1_1 = v5_1.compare(VectorOperators.GT, accv1_1).or(idxv1_1.lt(0).cast(FS).and(v5_1.eq(v5_1)));
                accv1_1 = accv1_1.blend(v5_1, mk1_1);
                idxv1_1 = idxv1_1.blend(jv, mk1_1.cast(FIS));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                final VectorMask<Float> mk2_0 = v4_2.compare(VectorOperators.GT, accv2_0).or(idxv2_0.lt(0).cast(FS).and(v4_2.eq(v4_2)));
                accv2_0 = accv2_0.blend(v4_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(FIS));
                final VectorMask<Float> mk2_1 = v5_2.compare(VectorOperators.GT, accv2_1).or(idxv2_1.lt(0).cast(FS).and(v5_2.eq(v5_2)));
                accv2_1 = accv2_1.blend(v5_2, mk2_1);
                idxv2_1 = idxv2_1.blend(jv, mk2_1.cast(FIS));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                final VectorMask<Float> mk3_0 = v4_3.compare(VectorOperators.GT, accv3_0).or(idxv3_0.lt(0).cast(FS).and(v4_3.eq(v4_3)));
                accv3_0 = accv3_0.blend(v4_3, mk3_0);
                idxv3_0 = idxv3_0.blend(jv, mk3_0.cast(FIS));
                final VectorMask<Float> mk3_1 = v5_3.compare(VectorOperators.GT, accv3_1).or(idxv3_1.lt(0).cast(FS).and(v5_3.eq(v5_3)));
                accv3_1 = accv3_1.blend(v5_3, mk3_1);
                idxv3_1 = idxv3_1.blend(jv, mk3_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            float acc1_0 = Float.NEGATIVE_INFINITY;
            int idx1_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_0.lane(l);
                final int ix = idxv1_0.lane(l);
                if (ix >= 0 && (idx1_0 < 0 || a > acc1_0 || (a == acc1_0 && ix < idx1_0))) {
                    acc1_0 = a;
                    idx1_0 = ix;
                }
            }
            float acc1_1 = Float.NEGATIVE_INFINITY;
            int idx1_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_1.lane(l);
                final int ix = idxv1_1.lane(l);
                if (ix >= 0 && (idx1_1 < 0 || a > acc1_1 || (a == acc1_1 && ix < idx1_1))) {
                    acc1_1 = a;
                    idx1_1 = ix;
                }
            }
            float acc2_0 = Float.NEGATIVE_INFINITY;
            int idx2_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_0.lane(l);
                final int ix = idxv2_0.lane(l);
                if (ix >= 0 && (idx2_0 < 0 || a > acc2_0 || (a == acc2_0 && ix < idx2_0))) {
                    acc2_0 = a;
                    idx2_0 = ix;
                }
            }
            float acc2_1 = Float.NEGATIVE_INFINITY;
            int idx2_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_1.lane(l);
                final int ix = idxv2_1.lane(l);
                if (ix >= 0 && (idx2_1 < 0 || a > acc2_1 || (a == acc2_1 && ix < idx2_1))) {
                    acc2_1 = a;
                    idx2_1 = ix;
                }
            }
            float acc3_0 = Float.NEGATIVE_INFINITY;
            int idx3_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_0.lane(l);
                final int ix = idxv3_0.lane(l);
                if (ix >= 0 && (idx3_0 < 0 || a > acc3_0 || (a == acc3_0 && ix < idx3_0))) {
                    acc3_0 = a;
                    idx3_0 = ix;
                }
            }
            float acc3_1 = Float.NEGATIVE_INFINITY;
            int idx3_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_1.lane(l);
                final int ix = idxv3_1.lane(l);
                if (ix >= 0 && (idx3_1 < 0 || a > acc3_1 || (a == acc3_1 && ix < idx3_1))) {
                    acc3_1 = a;
                    idx3_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            st[2] = acc1_0;
            ist[2] = idx1_0;
            st[3] = acc1_1;
            ist[3] = idx1_1;
            st[4] = acc2_0;
            ist[4] = idx2_0;
            st[5] = acc2_1;
            ist[5] = idx2_1;
            st[6] = acc3_0;
            ist[6] = idx3_0;
            st[7] = acc3_1;
            ist[7] = idx3_1;
            argMax$partRows4Tail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void argMax$partRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            float acc1_0 = (float) st[2];
            int idx1_0 = ist[2];
            float acc1_1 = (float) st[3];
            int idx1_1 = ist[3];
            float acc2_0 = (float) st[4];
            int idx2_0 = ist[4];
            float acc2_1 = (float) st[5];
            int idx2_1 = ist[5];
            float acc3_0 = (float) st[6];
            int idx3_0 = ist[6];
            float acc3_1 = (float) st[7];
            int idx3_1 = ist[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 > acc1_0 || (idx1_0 < 0 && u4_1 == u4_1)) {
                    acc1_0 = u4_1;
                    idx1_0 = j;
                }
                if (u5_1 > acc1_1 || (idx1_1 < 0 && u5_1 == u5_1)) {
                    acc1_1 = u5_1;
                    idx1_1 = j;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 > acc2_0 || (idx2_0 < 0 && u4_2 == u4_2)) {
                    acc2_0 = u4_2;
                    idx2_0 = j;
                }
                if (u5_2 > acc2_1 || (idx2_1 < 0 && u5_2 == u5_2)) {
                    acc2_1 = u5_2;
                    idx2_1 = j;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 > acc3_0 || (idx3_0 < 0 && u4_3 == u4_3)) {
                    acc3_0 = u4_3;
                    idx3_0 = j;
                }
                if (u5_3 > acc3_1 || (idx3_1 < 0 && u5_3 == u5_3)) {
                    acc3_1 = u5_3;
                    idx3_1 = j;
                }
            }
            out[r * 2] = acc0_0;
            outIndex[r * 2] = idx0_0;
            out[r * 2 + 1] = acc0_1;
            outIndex[r * 2 + 1] = idx0_1;
            out[(r + 1) * 2] = acc1_0;
            outIndex[(r + 1) * 2] = idx1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            outIndex[(r + 1) * 2 + 1] = idx1_1;
            out[(r + 2) * 2] = acc2_0;
            outIndex[(r + 2) * 2] = idx2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            outIndex[(r + 2) * 2 + 1] = idx2_1;
            out[(r + 3) * 2] = acc3_0;
            outIndex[(r + 3) * 2] = idx3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
            outIndex[(r + 3) * 2 + 1] = idx3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void argMax$partRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            argMax$partRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void argMax$partRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
            }
            out[r * 2] = acc0_0;
            outIndex[r * 2] = idx0_0;
            out[r * 2 + 1] = acc0_1;
            outIndex[r * 2 + 1] = idx0_1;
        }

        static void weightedLse$part(float[] x_, float[][] soa1, float[][] soa2, int r0, int r1,
                int js, int je, float[] out) {
            final double[] st = new double[12];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                weightedLse$partRows4(x_, soa1, soa2, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                weightedLse$partRow(x_, soa1, soa2, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void weightedLse$partRows4(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector sev0_1 = FloatVector.zero(FS);
            FloatVector mxv1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev1_0 = FloatVector.zero(FS);
            FloatVector sev1_1 = FloatVector.zero(FS);
            FloatVector mxv2 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev2_0 = FloatVector.zero(FS);
            FloatVector sev2_1 = FloatVector.zero(FS);
            FloatVector mxv3 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev3_0 = FloatVector.zero(FS);
            FloatVector sev3_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v10 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v11 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final VectorMask<Float> up0 = v9_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v9_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v9_0.min(mxv0).sub(v9_0.max(mxv0)).blend(0, v9_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                sev0_0 = e0.fma(v10, sev0_0).blend(sev0_0.fma(e0, v10), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v11, sev0_1).blend(sev0_1.fma(e0, v11), up0).blend(sev0_1, keep0);
                mxv0 = mxv0.blend(v9_0, up0);
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final FloatVector v7_1 = v5_1.mul(v5_1);
                final FloatVector v8_1 = v4_1.fma(v4_1, v7_1);
                final FloatVector v9_1 = v8_1.neg();
                final VectorMask<Float> up1 = v9_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Float> keep1 = v9_1.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed1 = v9_1.min(mxv1).sub(v9_1.max(mxv1)).blend(0, v9_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.442695f, 1.2582912E7f);
                final var e1k1 = e1k0.sub(1.2582912E7f);
                final var e1k2 = e1k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed1);
                final var e1k3 = e1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e1k2);
                final var e1k4 = e1k3.fma(0.0013933751f, 0.008369237f);
                final var e1k5 = e1k4.fma(e1k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e1k6 = e1k5.fma(e1k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e1k7 = e1k6.fma(e1k3, FloatVector.broadcast(FS, 0.5f));
                final var e1k8 = e1k7.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k9 = e1k8.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k10 = e1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e1k11 = e1k9.reinterpretAsInts().add(e1k10).reinterpretAsFloats();
                final FloatVector e1 = ed1.mul(Float.POSITIVE_INFINITY).blend(e1k11, ed1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed1.lt(-87.33654f));
                sev1_0 = e1.fma(v10, sev1_0).blend(sev1_0.fma(e1, v10), up1).blend(sev1_0, keep1);
                sev1_1 = e1.fma(v11, sev1_1).blend(sev1_1.fma(e1, v11), up1).blend(sev1_1, keep1);
                mxv1 = mxv1.blend(v9_1, up1);
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                final FloatVector v7_2 = v5_2.mul(v5_2);
                final FloatVector v8_2 = v4_2.fma(v4_2, v7_2);
                final FloatVector v9_2 = v8_2.neg();
                final VectorMask<Float> up2 = v9_2.compare(VectorOperators.GT, mxv2);
                final VectorMask<Float> keep2 = v9_2.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed2 = v9_2.min(mxv2).sub(v9_2.max(mxv2)).blend(0, v9_2.eq(mxv2));
                // e2 = Exp(ed2), inline (see VectorTranscendentals)
                final var e2k0 = ed2.fma(1.442695f, 1.2582912E7f);
                final var e2k1 = e2k0.sub(1.2582912E7f);
                final var e2k2 = e2k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed2);
                final var e2k3 = e2k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e2k2);
                final var e2k4 = e2k3.fma(0.0013933751f, 0.008369237f);
                final var e2k5 = e2k4.fma(e2k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e2k6 = e2k5.fma(e2k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e2k7 = e2k6.fma(e2k3, FloatVector.broadcast(FS, 0.5f));
                final var e2k8 = e2k7.fma(e2k3, FloatVector.broadcast(FS, 1.0f));
                final var e2k9 = e2k8.fma(e2k3, FloatVector.broadcast(FS, 1.0f));
                final var e2k10 = e2k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e2k11 = e2k9.reinterpretAsInts().add(e2k10).reinterpretAsFloats();
                final FloatVector e2 = ed2.mul(Float.POSITIVE_INFINITY).blend(e2k11, ed2.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed2.lt(-87.33654f));
                sev2_0 = e2.fma(v10, sev2_0).blend(sev2_0.fma(e2, v10), up2).blend(sev2_0, keep2);
                sev2_1 = e2.fma(v11, sev2_1).blend(sev2_1.fma(e2, v11), up2).blend(sev2_1, keep2);
                mxv2 = mxv2.blend(v9_2, up2);
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                final FloatVector v7_3 = v5_3.mul(v5_3);
                final FloatVector v8_3 = v4_3.fma(v4_3, v7_3);
                final FloatVector v9_3 = v8_3.neg();
                final VectorMask<Float> up3 = v9_3.compare(VectorOperators.GT, mxv3);
                final VectorMask<Float> keep3 = v9_3.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed3 = v9_3.min(mxv3).sub(v9_3.max(mxv3)).blend(0, v9_3.eq(mxv3));
                // e3 = Exp(ed3), inline (see VectorTranscendentals)
                final var e3k0 = ed3.fma(1.442695f, 1.2582912E7f);
                final var e3k1 = e3k0.sub(1.2582912E7f);
                final var e3k2 = e3k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed3);
                final var e3k3 = e3k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e3k2);
                final var e3k4 = e3k3.fma(0.0013933751f, 0.008369237f);
                final var e3k5 = e3k4.fma(e3k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e3k6 = e3k5.fma(e3k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e3k7 = e3k6.fma(e3k3, FloatVector.broadcast(FS, 0.5f));
                final var e3k8 = e3k7.fma(e3k3, FloatVector.broadcast(FS, 1.0f));
                final var e3k9 = e3k8.fma(e3k3, FloatVector.broadcast(FS, 1.0f));
                final var e3k10 = e3k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e3k11 = e3k9.reinterpretAsInts().add(e3k10).reinterpretAsFloats();
                final FloatVector e3 = ed3.mul(Float.POSITIVE_INFINITY).blend(e3k11, ed3.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed3.lt(-87.33654f));
                sev3_0 = e3.fma(v10, sev3_0).blend(sev3_0.fma(e3, v10), up3).blend(sev3_0, keep3);
                sev3_1 = e3.fma(v11, sev3_1).blend(sev3_1.fma(e3, v11), up3).blend(sev3_1, keep3);
                mxv3 = mxv3.blend(v9_3, up3);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float se0_0 = 0;
            float se0_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
            }
            float mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            float se1_0 = 0;
            float se1_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv1.lane(l);
                final float f = ml == mx1 ? 1 : (float) Math.exp(ml - mx1);
                se1_0 += sev1_0.lane(l) * f;
                se1_1 += sev1_1.lane(l) * f;
            }
            float mx2 = mxv2.reduceLanes(VectorOperators.MAX);
            float se2_0 = 0;
            float se2_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv2.lane(l);
                final float f = ml == mx2 ? 1 : (float) Math.exp(ml - mx2);
                se2_0 += sev2_0.lane(l) * f;
                se2_1 += sev2_1.lane(l) * f;
            }
            float mx3 = mxv3.reduceLanes(VectorOperators.MAX);
            float se3_0 = 0;
            float se3_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv3.lane(l);
                final float f = ml == mx3 ? 1 : (float) Math.exp(ml - mx3);
                se3_0 += sev3_0.lane(l) * f;
                se3_1 += sev3_1.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            st[2] = se0_1;
            st[3] = mx1;
            st[4] = se1_0;
            st[5] = se1_1;
            st[6] = mx2;
            st[7] = se2_0;
            st[8] = se2_1;
            st[9] = mx3;
            st[10] = se3_0;
            st[11] = se3_1;
            weightedLse$partRows4Tail(x_, soa1, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void weightedLse$partRows4Tail(float[] x_, float[][] soa1, float[][] soa2,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float mx0 = (float) st[0];
            float se0_0 = (float) st[1];
            float se0_1 = (float) st[2];
            float mx1 = (float) st[3];
            float se1_0 = (float) st[4];
            float se1_1 = (float) st[5];
            float mx2 = (float) st[6];
            float se2_0 = (float) st[7];
            float se2_1 = (float) st[8];
            float mx3 = (float) st[9];
            float se3_0 = (float) st[10];
            float se3_1 = (float) st[11];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u10 = col2_0[j];
                final float u11 = col2_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                if (u9_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u9_0);
                    se0_0 = se0_0 * sc + u10;
                    se0_1 = se0_1 * sc + u11;
                    mx0 = u9_0;
                } else if (u9_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_0 == mx0 ? 1 : (float) Math.exp(u9_0 - mx0);
                    se0_0 += e * u10;
                    se0_1 += e * u11;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                final float u6_1 = u4_1 * u4_1;
                final float u7_1 = u5_1 * u5_1;
                final float u8_1 = u6_1 + u7_1;
                final float u9_1 = -u8_1;
                if (u9_1 > mx1) {
                    final float sc = (float) Math.exp(mx1 - u9_1);
                    se1_0 = se1_0 * sc + u10;
                    se1_1 = se1_1 * sc + u11;
                    mx1 = u9_1;
                } else if (u9_1 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_1 == mx1 ? 1 : (float) Math.exp(u9_1 - mx1);
                    se1_0 += e * u10;
                    se1_1 += e * u11;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                final float u6_2 = u4_2 * u4_2;
                final float u7_2 = u5_2 * u5_2;
                final float u8_2 = u6_2 + u7_2;
                final float u9_2 = -u8_2;
                if (u9_2 > mx2) {
                    final float sc = (float) Math.exp(mx2 - u9_2);
                    se2_0 = se2_0 * sc + u10;
                    se2_1 = se2_1 * sc + u11;
                    mx2 = u9_2;
                } else if (u9_2 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_2 == mx2 ? 1 : (float) Math.exp(u9_2 - mx2);
                    se2_0 += e * u10;
                    se2_1 += e * u11;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                final float u6_3 = u4_3 * u4_3;
                final float u7_3 = u5_3 * u5_3;
                final float u8_3 = u6_3 + u7_3;
                final float u9_3 = -u8_3;
                if (u9_3 > mx3) {
                    final float sc = (float) Math.exp(mx3 - u9_3);
                    se3_0 = se3_0 * sc + u10;
                    se3_1 = se3_1 * sc + u11;
                    mx3 = u9_3;
                } else if (u9_3 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_3 == mx3 ? 1 : (float) Math.exp(u9_3 - mx3);
                    se3_0 += e * u10;
                    se3_1 += e * u11;
                }
            }
            out[r * 3] = se0_0;
            out[r * 3 + 1] = se0_1;
            out[r * 3 + 2] = mx0;
            out[(r + 1) * 3] = se1_0;
            out[(r + 1) * 3 + 1] = se1_1;
            out[(r + 1) * 3 + 2] = mx1;
            out[(r + 2) * 3] = se2_0;
            out[(r + 2) * 3 + 1] = se2_1;
            out[(r + 2) * 3 + 2] = mx2;
            out[(r + 3) * 3] = se3_0;
            out[(r + 3) * 3 + 1] = se3_1;
            out[(r + 3) * 3 + 2] = mx3;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void weightedLse$partRow(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector sev0_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v10 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v11 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final VectorMask<Float> up0 = v9_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v9_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v9_0.min(mxv0).sub(v9_0.max(mxv0)).blend(0, v9_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                sev0_0 = e0.fma(v10, sev0_0).blend(sev0_0.fma(e0, v10), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v11, sev0_1).blend(sev0_1.fma(e0, v11), up0).blend(sev0_1, keep0);
                mxv0 = mxv0.blend(v9_0, up0);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float se0_0 = 0;
            float se0_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            st[2] = se0_1;
            weightedLse$partRowTail(x_, soa1, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void weightedLse$partRowTail(float[] x_, float[][] soa1, float[][] soa2,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float mx0 = (float) st[0];
            float se0_0 = (float) st[1];
            float se0_1 = (float) st[2];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u10 = col2_0[j];
                final float u11 = col2_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                if (u9_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u9_0);
                    se0_0 = se0_0 * sc + u10;
                    se0_1 = se0_1 * sc + u11;
                    mx0 = u9_0;
                } else if (u9_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_0 == mx0 ? 1 : (float) Math.exp(u9_0 - mx0);
                    se0_0 += e * u10;
                    se0_1 += e * u11;
                }
            }
            out[r * 3] = se0_0;
            out[r * 3 + 1] = se0_1;
            out[r * 3 + 2] = mx0;
        }

        static void softmax$part(float[] x_, float[][] soa1, float[][] soa2, float g_, int r0,
                int r1, int js, int je, float[] out) {
            final double[] st = new double[12];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                softmax$partRows4(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                softmax$partRow(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void softmax$partRows4(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b10 = FloatVector.broadcast(FS, g_);
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv0 = FloatVector.zero(FS);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector mxv1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv1 = FloatVector.zero(FS);
            FloatVector sev1_0 = FloatVector.zero(FS);
            FloatVector mxv2 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv2 = FloatVector.zero(FS);
            FloatVector sev2_0 = FloatVector.zero(FS);
            FloatVector mxv3 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv3 = FloatVector.zero(FS);
            FloatVector sev3_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final FloatVector v11_0 = v9_0.mul(b10);
                final VectorMask<Float> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v11_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, FloatVector.broadcast(FS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final FloatVector v7_1 = v5_1.mul(v5_1);
                final FloatVector v8_1 = v4_1.fma(v4_1, v7_1);
                final FloatVector v9_1 = v8_1.neg();
                final FloatVector v11_1 = v9_1.mul(b10);
                final VectorMask<Float> up1 = v11_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Float> keep1 = v11_1.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed1 = v11_1.min(mxv1).sub(v11_1.max(mxv1)).blend(0, v11_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.442695f, 1.2582912E7f);
                final var e1k1 = e1k0.sub(1.2582912E7f);
                final var e1k2 = e1k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed1);
                final var e1k3 = e1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e1k2);
                final var e1k4 = e1k3.fma(0.0013933751f, 0.008369237f);
                final var e1k5 = e1k4.fma(e1k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e1k6 = e1k5.fma(e1k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e1k7 = e1k6.fma(e1k3, FloatVector.broadcast(FS, 0.5f));
                final var e1k8 = e1k7.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k9 = e1k8.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k10 = e1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e1k11 = e1k9.reinterpretAsInts().add(e1k10).reinterpretAsFloats();
                final FloatVector e1 = ed1.mul(Float.POSITIVE_INFINITY).blend(e1k11, ed1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed1.lt(-87.33654f));
                swv1 = swv1.add(e1).blend(swv1.fma(e1, FloatVector.broadcast(FS, 1)), up1).blend(swv1, keep1);
                sev1_0 = e1.fma(v12, sev1_0).blend(sev1_0.fma(e1, v12), up1).blend(sev1_0, keep1);
                mxv1 = mxv1.blend(v11_1, up1);
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                final FloatVector v7_2 = v5_2.mul(v5_2);
                final FloatVector v8_2 = v4_2.fma(v4_2, v7_2);
                final FloatVector v9_2 = v8_2.neg();
                final FloatVector v11_2 = v9_2.mul(b10);
                final VectorMask<Float> up2 = v11_2.compare(VectorOperators.GT, mxv2);
                final VectorMask<Float> keep2 = v11_2.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed2 = v11_2.min(mxv2).sub(v11_2.max(mxv2)).blend(0, v11_2.eq(mxv2));
                // e2 = Exp(ed2), inline (see VectorTranscendentals)
                final var e2k0 = ed2.fma(1.442695f, 1.2582912E7f);
                final var e2k1 = e2k0.sub(1.2582912E7f);
                final var e2k2 = e2k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed2);
                final var e2k3 = e2k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e2k2);
                final var e2k4 = e2k3.fma(0.0013933751f, 0.008369237f);
                final var e2k5 = e2k4.fma(e2k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e2k6 = e2k5.fma(e2k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e2k7 = e2k6.fma(e2k3, FloatVector.broadcast(FS, 0.5f));
                final var e2k8 = e2k7.fma(e2k3, FloatVector.broadcast(FS, 1.0f));
                final var e2k9 = e2k8.fma(e2k3, FloatVector.broadcast(FS, 1.0f));
                final var e2k10 = e2k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e2k11 = e2k9.reinterpretAsInts().add(e2k10).reinterpretAsFloats();
                final FloatVector e2 = ed2.mul(Float.POSITIVE_INFINITY).blend(e2k11, ed2.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed2.lt(-87.33654f));
                swv2 = swv2.add(e2).blend(swv2.fma(e2, FloatVector.broadcast(FS, 1)), up2).blend(swv2, keep2);
                sev2_0 = e2.fma(v12, sev2_0).blend(sev2_0.fma(e2, v12), up2).blend(sev2_0, keep2);
                mxv2 = mxv2.blend(v11_2, up2);
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                final FloatVector v7_3 = v5_3.mul(v5_3);
                final FloatVector v8_3 = v4_3.fma(v4_3, v7_3);
                final FloatVector v9_3 = v8_3.neg();
                final FloatVector v11_3 = v9_3.mul(b10);
                final VectorMask<Float> up3 = v11_3.compare(VectorOperators.GT, mxv3);
                final VectorMask<Float> keep3 = v11_3.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed3 = v11_3.min(mxv3).sub(v11_3.max(mxv3)).blend(0, v11_3.eq(mxv3));
                // e3 = Exp(ed3), inline (see VectorTranscendentals)
                final var e3k0 = ed3.fma(1.442695f, 1.2582912E7f);
                final var e3k1 = e3k0.sub(1.2582912E7f);
                final var e3k2 = e3k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed3);
                final var e3k3 = e3k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e3k2);
                final var e3k4 = e3k3.fma(0.0013933751f, 0.008369237f);
                final var e3k5 = e3k4.fma(e3k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e3k6 = e3k5.fma(e3k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e3k7 = e3k6.fma(e3k3, FloatVector.broadcast(FS, 0.5f));
                final var e3k8 = e3k7.fma(e3k3, FloatVector.broadcast(FS, 1.0f));
                final var e3k9 = e3k8.fma(e3k3, FloatVector.broadcast(FS, 1.0f));
                final var e3k10 = e3k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e3k11 = e3k9.reinterpretAsInts().add(e3k10).reinterpretAsFloats();
                final FloatVector e3 = ed3.mul(Float.POSITIVE_INFINITY).blend(e3k11, ed3.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed3.lt(-87.33654f));
                swv3 = swv3.add(e3).blend(swv3.fma(e3, FloatVector.broadcast(FS, 1)), up3).blend(swv3, keep3);
                sev3_0 = e3.fma(v12, sev3_0).blend(sev3_0.fma(e3, v12), up3).blend(sev3_0, keep3);
                mxv3 = mxv3.blend(v11_3, up3);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float sw0 = 0;
            float se0_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
            }
            float mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            float sw1 = 0;
            float se1_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv1.lane(l);
                final float f = ml == mx1 ? 1 : (float) Math.exp(ml - mx1);
                sw1 += swv1.lane(l) * f;
                se1_0 += sev1_0.lane(l) * f;
            }
            float mx2 = mxv2.reduceLanes(VectorOperators.MAX);
            float sw2 = 0;
            float se2_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv2.lane(l);
                final float f = ml == mx2 ? 1 : (float) Math.exp(ml - mx2);
                sw2 += swv2.lane(l) * f;
                se2_0 += sev2_0.lane(l) * f;
            }
            float mx3 = mxv3.reduceLanes(VectorOperators.MAX);
            float sw3 = 0;
            float se3_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv3.lane(l);
                final float f = ml == mx3 ? 1 : (float) Math.exp(ml - mx3);
                sw3 += swv3.lane(l) * f;
                se3_0 += sev3_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            st[3] = mx1;
            st[4] = sw1;
            st[5] = se1_0;
            st[6] = mx2;
            st[7] = sw2;
            st[8] = se2_0;
            st[9] = mx3;
            st[10] = sw3;
            st[11] = se3_0;
            softmax$partRows4Tail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void softmax$partRows4Tail(float[] x_, float[][] soa1, float[][] soa2,
                float g_, int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float mx0 = (float) st[0];
            float sw0 = (float) st[1];
            float se0_0 = (float) st[2];
            float mx1 = (float) st[3];
            float sw1 = (float) st[4];
            float se1_0 = (float) st[5];
            float mx2 = (float) st[6];
            float sw2 = (float) st[7];
            float se2_0 = (float) st[8];
            float mx3 = (float) st[9];
            float sw3 = (float) st[10];
            float se3_0 = (float) st[11];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u12 = col2_0[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                final float u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    mx0 = u11_0;
                } else if (u11_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_0 == mx0 ? 1 : (float) Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                final float u6_1 = u4_1 * u4_1;
                final float u7_1 = u5_1 * u5_1;
                final float u8_1 = u6_1 + u7_1;
                final float u9_1 = -u8_1;
                final float u11_1 = u9_1 * g_;
                if (u11_1 > mx1) {
                    final float sc = (float) Math.exp(mx1 - u11_1);
                    sw1 = sw1 * sc + 1;
                    se1_0 = se1_0 * sc + u12;
                    mx1 = u11_1;
                } else if (u11_1 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_1 == mx1 ? 1 : (float) Math.exp(u11_1 - mx1);
                    sw1 += e;
                    se1_0 += e * u12;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                final float u6_2 = u4_2 * u4_2;
                final float u7_2 = u5_2 * u5_2;
                final float u8_2 = u6_2 + u7_2;
                final float u9_2 = -u8_2;
                final float u11_2 = u9_2 * g_;
                if (u11_2 > mx2) {
                    final float sc = (float) Math.exp(mx2 - u11_2);
                    sw2 = sw2 * sc + 1;
                    se2_0 = se2_0 * sc + u12;
                    mx2 = u11_2;
                } else if (u11_2 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_2 == mx2 ? 1 : (float) Math.exp(u11_2 - mx2);
                    sw2 += e;
                    se2_0 += e * u12;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                final float u6_3 = u4_3 * u4_3;
                final float u7_3 = u5_3 * u5_3;
                final float u8_3 = u6_3 + u7_3;
                final float u9_3 = -u8_3;
                final float u11_3 = u9_3 * g_;
                if (u11_3 > mx3) {
                    final float sc = (float) Math.exp(mx3 - u11_3);
                    sw3 = sw3 * sc + 1;
                    se3_0 = se3_0 * sc + u12;
                    mx3 = u11_3;
                } else if (u11_3 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_3 == mx3 ? 1 : (float) Math.exp(u11_3 - mx3);
                    sw3 += e;
                    se3_0 += e * u12;
                }
            }
            out[r * 3] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[r * 3 + 1] = mx0;
            out[r * 3 + 2] = sw0;
            out[(r + 1) * 3] = sw1 == 0 ? 0 : se1_0 / sw1;
            out[(r + 1) * 3 + 1] = mx1;
            out[(r + 1) * 3 + 2] = sw1;
            out[(r + 2) * 3] = sw2 == 0 ? 0 : se2_0 / sw2;
            out[(r + 2) * 3 + 1] = mx2;
            out[(r + 2) * 3 + 2] = sw2;
            out[(r + 3) * 3] = sw3 == 0 ? 0 : se3_0 / sw3;
            out[(r + 3) * 3 + 1] = mx3;
            out[(r + 3) * 3 + 2] = sw3;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void softmax$partRow(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b10 = FloatVector.broadcast(FS, g_);
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv0 = FloatVector.zero(FS);
            FloatVector sev0_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final FloatVector v11_0 = v9_0.mul(b10);
                final VectorMask<Float> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v11_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, FloatVector.broadcast(FS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float sw0 = 0;
            float se0_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            softmax$partRowTail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void softmax$partRowTail(float[] x_, float[][] soa1, float[][] soa2,
                float g_, int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float mx0 = (float) st[0];
            float sw0 = (float) st[1];
            float se0_0 = (float) st[2];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u12 = col2_0[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                final float u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    mx0 = u11_0;
                } else if (u11_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_0 == mx0 ? 1 : (float) Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                }
            }
            out[r * 3] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[r * 3 + 1] = mx0;
            out[r * 3 + 2] = sw0;
        }
    }

    /**
     * Kernels with 256-bit vectors.
     */
    static final class W256 {
        static final VectorSpecies<Float> FS = FloatVector.SPECIES_256;

        static final VectorSpecies<Integer> FIS = IntVector.SPECIES_256;

        static final VectorSpecies<Double> DS = DoubleVector.SPECIES_256;

        static final VectorSpecies<Integer> DIS = IntVector.SPECIES_128;

        private W256() {
        }

        static void sumBlock(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[2 * FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                sumBlockRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                sumBlockRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void sumBlockRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            FloatVector accv1_0 = FloatVector.zero(FS);
            FloatVector accv1_1 = FloatVector.zero(FS);
            FloatVector accv2_0 = FloatVector.zero(FS);
            FloatVector accv2_1 = FloatVector.zero(FS);
            FloatVector accv3_0 = FloatVector.zero(FS);
            FloatVector accv3_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                FloatVector blkv0_0 = FloatVector.zero(FS);
                FloatVector blkv0_1 = FloatVector.zero(FS);
                FloatVector blkv1_0 = FloatVector.zero(FS);
                FloatVector blkv1_1 = FloatVector.zero(FS);
                FloatVector blkv2_0 = FloatVector.zero(FS);
                FloatVector blkv2_1 = FloatVector.zero(FS);
                FloatVector blkv3_0 = FloatVector.zero(FS);
                FloatVector blkv3_1 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                    blkv0_0 = b0_0.fma(v2, blkv0_0);
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                    blkv0_1 = b1_0.fma(v3, blkv0_1);
                    blkv1_0 = b0_1.fma(v2, blkv1_0);
                    blkv1_1 = b1_1.fma(v3, blkv1_1);
                    blkv2_0 = b0_2.fma(v2, blkv2_0);
                    blkv2_1 = b1_2.fma(v3, blkv2_1);
                    blkv3_0 = b0_3.fma(v2, blkv3_0);
                    blkv3_1 = b1_3.fma(v3, blkv3_1);
                }
                accv0_0 = accv0_0.add(blkv0_0);
                accv0_1 = accv0_1.add(blkv0_1);
                accv1_0 = accv1_0.add(blkv1_0);
                accv1_1 = accv1_1.add(blkv1_1);
                accv2_0 = accv2_0.add(blkv2_0);
                accv2_1 = accv2_1.add(blkv2_1);
                accv3_0 = accv3_0.add(blkv3_0);
                accv3_1 = accv3_1.add(blkv3_1);
            }
            accv0_0.intoArray(ln, 0);
            accv0_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc0_0 = ln[0];
            float acc0_1 = ln[FS.length()];
            accv1_0.intoArray(ln, 0);
            accv1_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc1_0 = ln[0];
            float acc1_1 = ln[FS.length()];
            accv2_0.intoArray(ln, 0);
            accv2_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc2_0 = ln[0];
            float acc2_1 = ln[FS.length()];
            accv3_0.intoArray(ln, 0);
            accv3_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc3_0 = ln[0];
            float acc3_1 = ln[FS.length()];
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            sumBlockRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void sumBlockRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            float acc1_0 = (float) st[2];
            float acc1_1 = (float) st[3];
            float acc2_0 = (float) st[4];
            float acc2_1 = (float) st[5];
            float acc3_0 = (float) st[6];
            float acc3_1 = (float) st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
                final float u4_1 = t0_1 * u2;
                final float u5_1 = t1_1 * u3;
                acc1_0 += u4_1;
                acc1_1 += u5_1;
                final float u4_2 = t0_2 * u2;
                final float u5_2 = t1_2 * u3;
                acc2_0 += u4_2;
                acc2_1 += u5_2;
                final float u4_3 = t0_3 * u2;
                final float u5_3 = t1_3 * u3;
                acc3_0 += u4_3;
                acc3_1 += u5_3;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void sumBlockRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                FloatVector blkv0_0 = FloatVector.zero(FS);
                FloatVector blkv0_1 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                    blkv0_0 = b0_0.fma(v2, blkv0_0);
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                    blkv0_1 = b1_0.fma(v3, blkv0_1);
                }
                accv0_0 = accv0_0.add(blkv0_0);
                accv0_1 = accv0_1.add(blkv0_1);
            }
            accv0_0.intoArray(ln, 0);
            accv0_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc0_0 = ln[0];
            float acc0_1 = ln[FS.length()];
            st[0] = acc0_0;
            st[1] = acc0_1;
            sumBlockRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void sumBlockRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void sumDirect(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[2 * FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                sumDirectRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                sumDirectRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void sumDirectRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            FloatVector accv1_0 = FloatVector.zero(FS);
            FloatVector accv1_1 = FloatVector.zero(FS);
            FloatVector accv2_0 = FloatVector.zero(FS);
            FloatVector accv2_1 = FloatVector.zero(FS);
            FloatVector accv3_0 = FloatVector.zero(FS);
            FloatVector accv3_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                accv0_0 = b0_0.fma(v2, accv0_0);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                accv0_1 = b1_0.fma(v3, accv0_1);
                accv1_0 = b0_1.fma(v2, accv1_0);
                accv1_1 = b1_1.fma(v3, accv1_1);
                accv2_0 = b0_2.fma(v2, accv2_0);
                accv2_1 = b1_2.fma(v3, accv2_1);
                accv3_0 = b0_3.fma(v2, accv3_0);
                accv3_1 = b1_3.fma(v3, accv3_1);
            }
            accv0_0.intoArray(ln, 0);
            accv0_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc0_0 = ln[0];
            float acc0_1 = ln[FS.length()];
            accv1_0.intoArray(ln, 0);
            accv1_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc1_0 = ln[0];
            float acc1_1 = ln[FS.length()];
            accv2_0.intoArray(ln, 0);
            accv2_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc2_0 = ln[0];
            float acc2_1 = ln[FS.length()];
            accv3_0.intoArray(ln, 0);
            accv3_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc3_0 = ln[0];
            float acc3_1 = ln[FS.length()];
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            sumDirectRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void sumDirectRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            float acc1_0 = (float) st[2];
            float acc1_1 = (float) st[3];
            float acc2_0 = (float) st[4];
            float acc2_1 = (float) st[5];
            float acc3_0 = (float) st[6];
            float acc3_1 = (float) st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
                final float u4_1 = t0_1 * u2;
                final float u5_1 = t1_1 * u3;
                acc1_0 += u4_1;
                acc1_1 += u5_1;
                final float u4_2 = t0_2 * u2;
                final float u5_2 = t1_2 * u3;
                acc2_0 += u4_2;
                acc2_1 += u5_2;
                final float u4_3 = t0_3 * u2;
                final float u5_3 = t1_3 * u3;
                acc3_0 += u4_3;
                acc3_1 += u5_3;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void sumDirectRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                accv0_0 = b0_0.fma(v2, accv0_0);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                accv0_1 = b1_0.fma(v3, accv0_1);
            }
            accv0_0.intoArray(ln, 0);
            accv0_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc0_0 = ln[0];
            float acc0_1 = ln[FS.length()];
            st[0] = acc0_0;
            st[1] = acc0_1;
            sumDirectRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void sumDirectRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void sumDouble(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                sumDoubleRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                sumDoubleRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void sumDoubleRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            double acc0_0 = 0;
            DoubleVector dacc0_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc0_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc0_1 = 0;
            DoubleVector dacc0_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc0_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc1_0 = 0;
            DoubleVector dacc1_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc1_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc1_1 = 0;
            DoubleVector dacc1_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc1_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc2_0 = 0;
            DoubleVector dacc2_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc2_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc2_1 = 0;
            DoubleVector dacc2_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc2_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc3_0 = 0;
            DoubleVector dacc3_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc3_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc3_1 = 0;
            DoubleVector dacc3_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc3_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.mul(v2);
                final FloatVector v5_0 = b1_0.mul(v3);
                dacc0_0_0 = dacc0_0_0.add(v4_0.convert(VectorOperators.F2D, 0));
                dacc0_0_1 = dacc0_0_1.add(v4_0.convert(VectorOperators.F2D, 1));
                dacc0_1_0 = dacc0_1_0.add(v5_0.convert(VectorOperators.F2D, 0));
                dacc0_1_1 = dacc0_1_1.add(v5_0.convert(VectorOperators.F2D, 1));
                final FloatVector v4_1 = b0_1.mul(v2);
                final FloatVector v5_1 = b1_1.mul(v3);
                dacc1_0_0 = dacc1_0_0.add(v4_1.convert(VectorOperators.F2D, 0));
                dacc1_0_1 = dacc1_0_1.add(v4_1.convert(VectorOperators.F2D, 1));
                dacc1_1_0 = dacc1_1_0.add(v5_1.convert(VectorOperators.F2D, 0));
                dacc1_1_1 = dacc1_1_1.add(v5_1.convert(VectorOperators.F2D, 1));
                final FloatVector v4_2 = b0_2.mul(v2);
                final FloatVector v5_2 = b1_2.mul(v3);
                dacc2_0_0 = dacc2_0_0.add(v4_2.convert(VectorOperators.F2D, 0));
                dacc2_0_1 = dacc2_0_1.add(v4_2.convert(VectorOperators.F2D, 1));
                dacc2_1_0 = dacc2_1_0.add(v5_2.convert(VectorOperators.F2D, 0));
                dacc2_1_1 = dacc2_1_1.add(v5_2.convert(VectorOperators.F2D, 1));
                final FloatVector v4_3 = b0_3.mul(v2);
                final FloatVector v5_3 = b1_3.mul(v3);
                dacc3_0_0 = dacc3_0_0.add(v4_3.convert(VectorOperators.F2D, 0));
                dacc3_0_1 = dacc3_0_1.add(v4_3.convert(VectorOperators.F2D, 1));
                dacc3_1_0 = dacc3_1_0.add(v5_3.convert(VectorOperators.F2D, 0));
                dacc3_1_1 = dacc3_1_1.add(v5_3.convert(VectorOperators.F2D, 1));
            }
            acc0_0 += Lanes.sum(dacc0_0_0) + Lanes.sum(dacc0_0_1);
            acc0_1 += Lanes.sum(dacc0_1_0) + Lanes.sum(dacc0_1_1);
            acc1_0 += Lanes.sum(dacc1_0_0) + Lanes.sum(dacc1_0_1);
            acc1_1 += Lanes.sum(dacc1_1_0) + Lanes.sum(dacc1_1_1);
            acc2_0 += Lanes.sum(dacc2_0_0) + Lanes.sum(dacc2_0_1);
            acc2_1 += Lanes.sum(dacc2_1_0) + Lanes.sum(dacc2_1_1);
            acc3_0 += Lanes.sum(dacc3_0_0) + Lanes.sum(dacc3_0_1);
            acc3_1 += Lanes.sum(dacc3_1_0) + Lanes.sum(dacc3_1_1);
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            sumDoubleRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void sumDoubleRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            double acc0_0 = st[0];
            double acc0_1 = st[1];
            double acc1_0 = st[2];
            double acc1_1 = st[3];
            double acc2_0 = st[4];
            double acc2_1 = st[5];
            double acc3_0 = st[6];
            double acc3_1 = st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
                final float u4_1 = t0_1 * u2;
                final float u5_1 = t1_1 * u3;
                acc1_0 += u4_1;
                acc1_1 += u5_1;
                final float u4_2 = t0_2 * u2;
                final float u5_2 = t1_2 * u3;
                acc2_0 += u4_2;
                acc2_1 += u5_2;
                final float u4_3 = t0_3 * u2;
                final float u5_3 = t1_3 * u3;
                acc3_0 += u4_3;
                acc3_1 += u5_3;
            }
            out[r * 2] = (float) acc0_0;
            out[r * 2 + 1] = (float) acc0_1;
            out[(r + 1) * 2] = (float) acc1_0;
            out[(r + 1) * 2 + 1] = (float) acc1_1;
            out[(r + 2) * 2] = (float) acc2_0;
            out[(r + 2) * 2 + 1] = (float) acc2_1;
            out[(r + 3) * 2] = (float) acc3_0;
            out[(r + 3) * 2 + 1] = (float) acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void sumDoubleRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            double acc0_0 = 0;
            DoubleVector dacc0_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc0_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc0_1 = 0;
            DoubleVector dacc0_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc0_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.mul(v2);
                final FloatVector v5_0 = b1_0.mul(v3);
                dacc0_0_0 = dacc0_0_0.add(v4_0.convert(VectorOperators.F2D, 0));
                dacc0_0_1 = dacc0_0_1.add(v4_0.convert(VectorOperators.F2D, 1));
                dacc0_1_0 = dacc0_1_0.add(v5_0.convert(VectorOperators.F2D, 0));
                dacc0_1_1 = dacc0_1_1.add(v5_0.convert(VectorOperators.F2D, 1));
            }
            acc0_0 += Lanes.sum(dacc0_0_0) + Lanes.sum(dacc0_0_1);
            acc0_1 += Lanes.sum(dacc0_1_0) + Lanes.sum(dacc0_1_1);
            st[0] = acc0_0;
            st[1] = acc0_1;
            sumDoubleRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void sumDoubleRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            double acc0_0 = st[0];
            double acc0_1 = st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
            }
            out[r * 2] = (float) acc0_0;
            out[r * 2 + 1] = (float) acc0_1;
        }

        static void sumDouble64(double[] x_, double[][] soa1, int r0, int r1, int js, int je,
                double[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final double[] ln = new double[2 * DS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                sumDouble64Rows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                sumDouble64Row(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void sumDouble64Rows4(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t0_0 = x_[r * 2];
            final double t1_0 = x_[r * 2 + 1];
            final DoubleVector b0_0 = DoubleVector.broadcast(DS, t0_0);
            final DoubleVector b1_0 = DoubleVector.broadcast(DS, t1_0);
            final double t0_1 = x_[(r + 1) * 2];
            final double t1_1 = x_[(r + 1) * 2 + 1];
            final DoubleVector b0_1 = DoubleVector.broadcast(DS, t0_1);
            final DoubleVector b1_1 = DoubleVector.broadcast(DS, t1_1);
            final double t0_2 = x_[(r + 2) * 2];
            final double t1_2 = x_[(r + 2) * 2 + 1];
            final DoubleVector b0_2 = DoubleVector.broadcast(DS, t0_2);
            final DoubleVector b1_2 = DoubleVector.broadcast(DS, t1_2);
            final double t0_3 = x_[(r + 3) * 2];
            final double t1_3 = x_[(r + 3) * 2 + 1];
            final DoubleVector b0_3 = DoubleVector.broadcast(DS, t0_3);
            final DoubleVector b1_3 = DoubleVector.broadcast(DS, t1_3);
            double acc0_0 = 0;
            double acc0_1 = 0;
            double acc1_0 = 0;
            double acc1_1 = 0;
            double acc2_0 = 0;
            double acc2_1 = 0;
            double acc3_0 = 0;
            double acc3_1 = 0;
            final int bound = js + DS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                DoubleVector blkv0_0 = DoubleVector.zero(DS);
                DoubleVector blkv0_1 = DoubleVector.zero(DS);
                DoubleVector blkv1_0 = DoubleVector.zero(DS);
                DoubleVector blkv1_1 = DoubleVector.zero(DS);
                DoubleVector blkv2_0 = DoubleVector.zero(DS);
                DoubleVector blkv2_1 = DoubleVector.zero(DS);
                DoubleVector blkv3_0 = DoubleVector.zero(DS);
                DoubleVector blkv3_1 = DoubleVector.zero(DS);
                for (int j = j0; j < j1; j += DS.length()) {
                    final DoubleVector v2 = DoubleVector.fromArray(DS, col1_0, j);
                    final DoubleVector v3 = DoubleVector.fromArray(DS, col1_1, j);
                    final DoubleVector v4_0 = b0_0.mul(v2);
                    final DoubleVector v5_0 = b1_0.mul(v3);
                    blkv0_0 = blkv0_0.add(v4_0);
                    blkv0_1 = blkv0_1.add(v5_0);
                    final DoubleVector v4_1 = b0_1.mul(v2);
                    final DoubleVector v5_1 = b1_1.mul(v3);
                    blkv1_0 = blkv1_0.add(v4_1);
                    blkv1_1 = blkv1_1.add(v5_1);
                    final DoubleVector v4_2 = b0_2.mul(v2);
                    final DoubleVector v5_2 = b1_2.mul(v3);
                    blkv2_0 = blkv2_0.add(v4_2);
                    blkv2_1 = blkv2_1.add(v5_2);
                    final DoubleVector v4_3 = b0_3.mul(v2);
                    final DoubleVector v5_3 = b1_3.mul(v3);
                    blkv3_0 = blkv3_0.add(v4_3);
                    blkv3_1 = blkv3_1.add(v5_3);
                }
                {
                    blkv0_0.intoArray(ln, 0);
                    blkv0_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum0_0 = ln[0];
                    double tileSum0_1 = ln[DS.length()];
                    acc0_0 += tileSum0_0;
                    acc0_1 += tileSum0_1;
                }
                {
                    blkv1_0.intoArray(ln, 0);
                    blkv1_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum1_0 = ln[0];
                    double tileSum1_1 = ln[DS.length()];
                    acc1_0 += tileSum1_0;
                    acc1_1 += tileSum1_1;
                }
                {
                    blkv2_0.intoArray(ln, 0);
                    blkv2_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum2_0 = ln[0];
                    double tileSum2_1 = ln[DS.length()];
                    acc2_0 += tileSum2_0;
                    acc2_1 += tileSum2_1;
                }
                {
                    blkv3_0.intoArray(ln, 0);
                    blkv3_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum3_0 = ln[0];
                    double tileSum3_1 = ln[DS.length()];
                    acc3_0 += tileSum3_0;
                    acc3_1 += tileSum3_1;
                }
            }
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            sumDouble64Rows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void sumDouble64Rows4Tail(double[] x_, double[][] soa1, int r, int js,
                int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t0_0 = x_[r * 2];
            final double t1_0 = x_[r * 2 + 1];
            final double t0_1 = x_[(r + 1) * 2];
            final double t1_1 = x_[(r + 1) * 2 + 1];
            final double t0_2 = x_[(r + 2) * 2];
            final double t1_2 = x_[(r + 2) * 2 + 1];
            final double t0_3 = x_[(r + 3) * 2];
            final double t1_3 = x_[(r + 3) * 2 + 1];
            double acc0_0 = st[0];
            double acc0_1 = st[1];
            double acc1_0 = st[2];
            double acc1_1 = st[3];
            double acc2_0 = st[4];
            double acc2_1 = st[5];
            double acc3_0 = st[6];
            double acc3_1 = st[7];
            for (int j = bound; j < je; j++) {
                final double u2 = col1_0[j];
                final double u3 = col1_1[j];
                final double u4_0 = t0_0 * u2;
                final double u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
                final double u4_1 = t0_1 * u2;
                final double u5_1 = t1_1 * u3;
                acc1_0 += u4_1;
                acc1_1 += u5_1;
                final double u4_2 = t0_2 * u2;
                final double u5_2 = t1_2 * u3;
                acc2_0 += u4_2;
                acc2_1 += u5_2;
                final double u4_3 = t0_3 * u2;
                final double u5_3 = t1_3 * u3;
                acc3_0 += u4_3;
                acc3_1 += u5_3;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void sumDouble64Row(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t0_0 = x_[r * 2];
            final double t1_0 = x_[r * 2 + 1];
            final DoubleVector b0_0 = DoubleVector.broadcast(DS, t0_0);
            final DoubleVector b1_0 = DoubleVector.broadcast(DS, t1_0);
            double acc0_0 = 0;
            double acc0_1 = 0;
            final int bound = js + DS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                DoubleVector blkv0_0 = DoubleVector.zero(DS);
                DoubleVector blkv0_1 = DoubleVector.zero(DS);
                for (int j = j0; j < j1; j += DS.length()) {
                    final DoubleVector v2 = DoubleVector.fromArray(DS, col1_0, j);
                    final DoubleVector v3 = DoubleVector.fromArray(DS, col1_1, j);
                    final DoubleVector v4_0 = b0_0.mul(v2);
                    final DoubleVector v5_0 = b1_0.mul(v3);
                    blkv0_0 = blkv0_0.add(v4_0);
                    blkv0_1 = blkv0_1.add(v5_0);
                }
                {
                    blkv0_0.intoArray(ln, 0);
                    blkv0_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum0_0 = ln[0];
                    double tileSum0_1 = ln[DS.length()];
                    acc0_0 += tileSum0_0;
                    acc0_1 += tileSum0_1;
                }
            }
            st[0] = acc0_0;
            st[1] = acc0_1;
            sumDouble64RowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void sumDouble64RowTail(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int bound, double[] st, int[] ist) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t0_0 = x_[r * 2];
            final double t1_0 = x_[r * 2 + 1];
            double acc0_0 = st[0];
            double acc0_1 = st[1];
            for (int j = bound; j < je; j++) {
                final double u2 = col1_0[j];
                final double u3 = col1_1[j];
                final double u4_0 = t0_0 * u2;
                final double u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void min(float[] x_, float[][] soa1, int r0, int r1, int js, int je, float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                minRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                minRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void minRows4(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                accv0_0 = accv0_0.blend(v4_0, v4_0.compare(VectorOperators.LT, accv0_0));
                accv0_1 = accv0_1.blend(v5_0, v5_0.compare(VectorOperators.LT, accv0_1));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                accv1_0 = accv1_0.blend(v4_1, v4_1.compare(VectorOperators.LT, accv1_0));
                accv1_1 = accv1_1.blend(v5_1, v5_1.compare(VectorOperators.LT, accv1_1));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                accv2_0 = accv2_0.blend(v4_2, v4_2.compare(VectorOperators.LT, accv2_0));
                accv2_1 = accv2_1.blend(v5_2, v5_2.compare(VectorOperators.LT, accv2_1));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                accv3_0 = accv3_0.blend(v4_3, v4_3.compare(VectorOperators.LT, accv3_0));
                accv3_1 = accv3_1.blend(v5_3, v5_3.compare(VectorOperators.LT, accv3_1));
            }
            float acc0_0 = accv0_0.reduceLanes(VectorOperators.MIN);
            float acc0_1 = accv0_1.reduceLanes(VectorOperators.MIN);
            float acc1_0 = accv1_0.reduceLanes(VectorOperators.MIN);
            float acc1_1 = accv1_1.reduceLanes(VectorOperators.MIN);
            float acc2_0 = accv2_0.reduceLanes(VectorOperators.MIN);
            float acc2_1 = accv2_1.reduceLanes(VectorOperators.MIN);
            float acc3_0 = accv3_0.reduceLanes(VectorOperators.MIN);
            float acc3_1 = accv3_1.reduceLanes(VectorOperators.MIN);
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            minRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void minRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            float acc1_0 = (float) st[2];
            float acc1_1 = (float) st[3];
            float acc2_0 = (float) st[4];
            float acc2_1 = (float) st[5];
            float acc3_0 = (float) st[6];
            float acc3_1 = (float) st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 < acc0_0) {
                    acc0_0 = u4_0;
                }
                if (u5_0 < acc0_1) {
                    acc0_1 = u5_0;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 < acc1_0) {
                    acc1_0 = u4_1;
                }
                if (u5_1 < acc1_1) {
                    acc1_1 = u5_1;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 < acc2_0) {
                    acc2_0 = u4_2;
                }
                if (u5_2 < acc2_1) {
                    acc2_1 = u5_2;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 < acc3_0) {
                    acc3_0 = u4_3;
                }
                if (u5_3 < acc3_1) {
                    acc3_1 = u5_3;
                }
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void minRow(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                accv0_0 = accv0_0.blend(v4_0, v4_0.compare(VectorOperators.LT, accv0_0));
                accv0_1 = accv0_1.blend(v5_0, v5_0.compare(VectorOperators.LT, accv0_1));
            }
            float acc0_0 = accv0_0.reduceLanes(VectorOperators.MIN);
            float acc0_1 = accv0_1.reduceLanes(VectorOperators.MIN);
            st[0] = acc0_0;
            st[1] = acc0_1;
            minRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void minRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 < acc0_0) {
                    acc0_0 = u4_0;
                }
                if (u5_0 < acc0_1) {
                    acc0_1 = u5_0;
                }
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void max(float[] x_, float[][] soa1, int r0, int r1, int js, int je, float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                maxRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                maxRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void maxRows4(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                accv0_0 = accv0_0.blend(v4_0, v4_0.compare(VectorOperators.GT, accv0_0));
                accv0_1 = accv0_1.blend(v5_0, v5_0.compare(VectorOperators.GT, accv0_1));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                accv1_0 = accv1_0.blend(v4_1, v4_1.compare(VectorOperators.GT, accv1_0));
                accv1_1 = accv1_1.blend(v5_1, v5_1.compare(VectorOperators.GT, accv1_1));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                accv2_0 = accv2_0.blend(v4_2, v4_2.compare(VectorOperators.GT, accv2_0));
                accv2_1 = accv2_1.blend(v5_2, v5_2.compare(VectorOperators.GT, accv2_1));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                accv3_0 = accv3_0.blend(v4_3, v4_3.compare(VectorOperators.GT, accv3_0));
                accv3_1 = accv3_1.blend(v5_3, v5_3.compare(VectorOperators.GT, accv3_1));
            }
            float acc0_0 = accv0_0.reduceLanes(VectorOperators.MAX);
            float acc0_1 = accv0_1.reduceLanes(VectorOperators.MAX);
            float acc1_0 = accv1_0.reduceLanes(VectorOperators.MAX);
            float acc1_1 = accv1_1.reduceLanes(VectorOperators.MAX);
            float acc2_0 = accv2_0.reduceLanes(VectorOperators.MAX);
            float acc2_1 = accv2_1.reduceLanes(VectorOperators.MAX);
            float acc3_0 = accv3_0.reduceLanes(VectorOperators.MAX);
            float acc3_1 = accv3_1.reduceLanes(VectorOperators.MAX);
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            maxRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void maxRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            float acc1_0 = (float) st[2];
            float acc1_1 = (float) st[3];
            float acc2_0 = (float) st[4];
            float acc2_1 = (float) st[5];
            float acc3_0 = (float) st[6];
            float acc3_1 = (float) st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0) {
                    acc0_0 = u4_0;
                }
                if (u5_0 > acc0_1) {
                    acc0_1 = u5_0;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 > acc1_0) {
                    acc1_0 = u4_1;
                }
                if (u5_1 > acc1_1) {
                    acc1_1 = u5_1;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 > acc2_0) {
                    acc2_0 = u4_2;
                }
                if (u5_2 > acc2_1) {
                    acc2_1 = u5_2;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 > acc3_0) {
                    acc3_0 = u4_3;
                }
                if (u5_3 > acc3_1) {
                    acc3_1 = u5_3;
                }
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void maxRow(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                accv0_0 = accv0_0.blend(v4_0, v4_0.compare(VectorOperators.GT, accv0_0));
                accv0_1 = accv0_1.blend(v5_0, v5_0.compare(VectorOperators.GT, accv0_1));
            }
            float acc0_0 = accv0_0.reduceLanes(VectorOperators.MAX);
            float acc0_1 = accv0_1.reduceLanes(VectorOperators.MAX);
            st[0] = acc0_0;
            st[1] = acc0_1;
            maxRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void maxRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0) {
                    acc0_0 = u4_0;
                }
                if (u5_0 > acc0_1) {
                    acc0_1 = u5_0;
                }
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void argMax(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                int[] outIndex) {
            final double[] st = new double[8];
            final int[] ist = new int[8];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                argMaxRows4(x_, soa1, r, js, je, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                argMaxRow(x_, soa1, r, js, je, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void argMaxRows4(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final VectorMask<Float> mk1_0 = v4_1.compare(VectorOperators.GT, accv1_0).or(idxv1_0.lt(0).cast(FS).and(v4_1.eq(v4_1)));
                accv1_0 = accv1_0.blend(v4_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(FIS));
                final VectorMask<Float> mk1_1 = v5_1.compare(VectorOperators.GT, accv1_1).or(idxv1_1.lt(0).cast(FS).and(v5_1.eq(v5_1)));
                accv1_1 = accv1_1.blend(v5_1, mk1_1);
                idxv1_1 = idxv1_1.blend(jv, mk1_1.cast(FIS));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                final VectorMask<Float> mk2_0 = v4_2.compare(VectorOperators.GT, accv2_0).or(idxv2_0.lt(0).cast(FS).and(v4_2.eq(v4_2)));
                accv2_0 = accv2_0.blend(v4_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(FIS));
                final VectorMask<Float> mk2_1 = v5_2.compare(VectorOperators.GT, accv2_1).or(idxv2_1.lt(0).cast(FS).and(v5_2.eq(v5_2)));
                accv2_1 = accv2_1.blend(v5_2, mk2_1);
                idxv2_1 = idxv2_1.blend(jv, mk2_1.cast(FIS));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                final VectorMask<Float> mk3_0 = v4_3.compare(VectorOperators.GT, accv3_0).or(idxv3_0.lt(0).cast(FS).and(v4_3.eq(v4_3)));
                accv3_0 = accv3_0.blend(v4_3, mk3_0);
                idxv3_0 = idxv3_0.blend(jv, mk3_0.cast(FIS));
                final VectorMask<Float> mk3_1 = v5_3.compare(VectorOperators.GT, accv3_1).or(idxv3_1.lt(0).cast(FS).and(v5_3.eq(v5_3)));
                accv3_1 = accv3_1.blend(v5_3, mk3_1);
                idxv3_1 = idxv3_1.blend(jv, mk3_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            float acc1_0 = Float.NEGATIVE_INFINITY;
            int idx1_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_0.lane(l);
                final int ix = idxv1_0.lane(l);
                if (ix >= 0 && (idx1_0 < 0 || a > acc1_0 || (a == acc1_0 && ix < idx1_0))) {
                    acc1_0 = a;
                    idx1_0 = ix;
                }
            }
            float acc1_1 = Float.NEGATIVE_INFINITY;
            int idx1_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_1.lane(l);
                final int ix = idxv1_1.lane(l);
                if (ix >= 0 && (idx1_1 < 0 || a > acc1_1 || (a == acc1_1 && ix < idx1_1))) {
                    acc1_1 = a;
                    idx1_1 = ix;
                }
            }
            float acc2_0 = Float.NEGATIVE_INFINITY;
            int idx2_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_0.lane(l);
                final int ix = idxv2_0.lane(l);
                if (ix >= 0 && (idx2_0 < 0 || a > acc2_0 || (a == acc2_0 && ix < idx2_0))) {
                    acc2_0 = a;
                    idx2_0 = ix;
                }
            }
            float acc2_1 = Float.NEGATIVE_INFINITY;
            int idx2_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_1.lane(l);
                final int ix = idxv2_1.lane(l);
                if (ix >= 0 && (idx2_1 < 0 || a > acc2_1 || (a == acc2_1 && ix < idx2_1))) {
                    acc2_1 = a;
                    idx2_1 = ix;
                }
            }
            float acc3_0 = Float.NEGATIVE_INFINITY;
            int idx3_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_0.lane(l);
                final int ix = idxv3_0.lane(l);
                if (ix >= 0 && (idx3_0 < 0 || a > acc3_0 || (a == acc3_0 && ix < idx3_0))) {
                    acc3_0 = a;
                    idx3_0 = ix;
                }
            }
            float acc3_1 = Float.NEGATIVE_INFINITY;
            int idx3_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_1.lane(l);
                final int ix = idxv3_1.lane(l);
                if (ix >= 0 && (idx3_1 < 0 || a > acc3_1 || (a == acc3_1 && ix < idx3_1))) {
                    acc3_1 = a;
                    idx3_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            st[2] = acc1_0;
            ist[2] = idx1_0;
            st[3] = acc1_1;
            ist[3] = idx1_1;
            st[4] = acc2_0;
            ist[4] = idx2_0;
            st[5] = acc2_1;
            ist[5] = idx2_1;
            st[6] = acc3_0;
            ist[6] = idx3_0;
            st[7] = acc3_1;
            ist[7] = idx3_1;
            argMaxRows4Tail(x_, soa1, r, js, je, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void argMaxRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            float acc1_0 = (float) st[2];
            int idx1_0 = ist[2];
            float acc1_1 = (float) st[3];
            int idx1_1 = ist[3];
            float acc2_0 = (float) st[4];
            int idx2_0 = ist[4];
            float acc2_1 = (float) st[5];
            int idx2_1 = ist[5];
            float acc3_0 = (float) st[6];
            int idx3_0 = ist[6];
            float acc3_1 = (float) st[7];
            int idx3_1 = ist[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 > acc1_0 || (idx1_0 < 0 && u4_1 == u4_1)) {
                    acc1_0 = u4_1;
                    idx1_0 = j;
                }
                if (u5_1 > acc1_1 || (idx1_1 < 0 && u5_1 == u5_1)) {
                    acc1_1 = u5_1;
                    idx1_1 = j;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 > acc2_0 || (idx2_0 < 0 && u4_2 == u4_2)) {
                    acc2_0 = u4_2;
                    idx2_0 = j;
                }
                if (u5_2 > acc2_1 || (idx2_1 < 0 && u5_2 == u5_2)) {
                    acc2_1 = u5_2;
                    idx2_1 = j;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 > acc3_0 || (idx3_0 < 0 && u4_3 == u4_3)) {
                    acc3_0 = u4_3;
                    idx3_0 = j;
                }
                if (u5_3 > acc3_1 || (idx3_1 < 0 && u5_3 == u5_3)) {
                    acc3_1 = u5_3;
                    idx3_1 = j;
                }
            }
            outIndex[r * 2] = idx0_0;
            outIndex[r * 2 + 1] = idx0_1;
            outIndex[(r + 1) * 2] = idx1_0;
            outIndex[(r + 1) * 2 + 1] = idx1_1;
            outIndex[(r + 2) * 2] = idx2_0;
            outIndex[(r + 2) * 2 + 1] = idx2_1;
            outIndex[(r + 3) * 2] = idx3_0;
            outIndex[(r + 3) * 2 + 1] = idx3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void argMaxRow(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            argMaxRowTail(x_, soa1, r, js, je, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void argMaxRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
            }
            outIndex[r * 2] = idx0_0;
            outIndex[r * 2 + 1] = idx0_1;
        }

        static void maxArgMax(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out, int[] outIndex) {
            final double[] st = new double[8];
            final int[] ist = new int[8];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                maxArgMaxRows4(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                maxArgMaxRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void maxArgMaxRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final VectorMask<Float> mk1_0 = v4_1.compare(VectorOperators.GT, accv1_0).or(idxv1_0.lt(0).cast(FS).and(v4_1.eq(v4_1)));
                accv1_0 = accv1_0.blend(v4_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(FIS));
                final VectorMask<Float> mk1_1 = v5_1.compare(VectorOperators.GT, accv1_1).or(idxv1_1.lt(0).cast(FS).and(v5_1.eq(v5_1)));
                accv1_1 = accv1_1.blend(v5_1, mk1_1);
                idxv1_1 = idxv1_1.blend(jv, mk1_1.cast(FIS));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                final VectorMask<Float> mk2_0 = v4_2.compare(VectorOperators.GT, accv2_0).or(idxv2_0.lt(0).cast(FS).and(v4_2.eq(v4_2)));
                accv2_0 = accv2_0.blend(v4_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(FIS));
                final VectorMask<Float> mk2_1 = v5_2.compare(VectorOperators.GT, accv2_1).or(idxv2_1.lt(0).cast(FS).and(v5_2.eq(v5_2)));
                accv2_1 = accv2_1.blend(v5_2, mk2_1);
                idxv2_1 = idxv2_1.blend(jv, mk2_1.cast(FIS));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                final VectorMask<Float> mk3_0 = v4_3.compare(VectorOperators.GT, accv3_0).or(idxv3_0.lt(0).cast(FS).and(v4_3.eq(v4_3)));
                accv3_0 = accv3_0.blend(v4_3, mk3_0);
                idxv3_0 = idxv3_0.blend(jv, mk3_0.cast(FIS));
                final VectorMask<Float> mk3_1 = v5_3.compare(VectorOperators.GT, accv3_1).or(idxv3_1.lt(0).cast(FS).and(v5_3.eq(v5_3)));
                accv3_1 = accv3_1.blend(v5_3, mk3_1);
                idxv3_1 = idxv3_1.blend(jv, mk3_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            float acc1_0 = Float.NEGATIVE_INFINITY;
            int idx1_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_0.lane(l);
                final int ix = idxv1_0.lane(l);
                if (ix >= 0 && (idx1_0 < 0 || a > acc1_0 || (a == acc1_0 && ix < idx1_0))) {
                    acc1_0 = a;
                    idx1_0 = ix;
                }
            }
            float acc1_1 = Float.NEGATIVE_INFINITY;
            int idx1_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_1.lane(l);
                final int ix = idxv1_1.lane(l);
                if (ix >= 0 && (idx1_1 < 0 || a > acc1_1 || (a == acc1_1 && ix < idx1_1))) {
                    acc1_1 = a;
                    idx1_1 = ix;
                }
            }
            float acc2_0 = Float.NEGATIVE_INFINITY;
            int idx2_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_0.lane(l);
                final int ix = idxv2_0.lane(l);
                if (ix >= 0 && (idx2_0 < 0 || a > acc2_0 || (a == acc2_0 && ix < idx2_0))) {
                    acc2_0 = a;
                    idx2_0 = ix;
                }
            }
            float acc2_1 = Float.NEGATIVE_INFINITY;
            int idx2_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_1.lane(l);
                final int ix = idxv2_1.lane(l);
                if (ix >= 0 && (idx2_1 < 0 || a > acc2_1 || (a == acc2_1 && ix < idx2_1))) {
                    acc2_1 = a;
                    idx2_1 = ix;
                }
            }
            float acc3_0 = Float.NEGATIVE_INFINITY;
            int idx3_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_0.lane(l);
                final int ix = idxv3_0.lane(l);
                if (ix >= 0 && (idx3_0 < 0 || a > acc3_0 || (a == acc3_0 && ix < idx3_0))) {
                    acc3_0 = a;
                    idx3_0 = ix;
                }
            }
            float acc3_1 = Float.NEGATIVE_INFINITY;
            int idx3_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_1.lane(l);
                final int ix = idxv3_1.lane(l);
                if (ix >= 0 && (idx3_1 < 0 || a > acc3_1 || (a == acc3_1 && ix < idx3_1))) {
                    acc3_1 = a;
                    idx3_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            st[2] = acc1_0;
            ist[2] = idx1_0;
            st[3] = acc1_1;
            ist[3] = idx1_1;
            st[4] = acc2_0;
            ist[4] = idx2_0;
            st[5] = acc2_1;
            ist[5] = idx2_1;
            st[6] = acc3_0;
            ist[6] = idx3_0;
            st[7] = acc3_1;
            ist[7] = idx3_1;
            maxArgMaxRows4Tail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void maxArgMaxRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            float acc1_0 = (float) st[2];
            int idx1_0 = ist[2];
            float acc1_1 = (float) st[3];
            int idx1_1 = ist[3];
            float acc2_0 = (float) st[4];
            int idx2_0 = ist[4];
            float acc2_1 = (float) st[5];
            int idx2_1 = ist[5];
            float acc3_0 = (float) st[6];
            int idx3_0 = ist[6];
            float acc3_1 = (float) st[7];
            int idx3_1 = ist[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 > acc1_0 || (idx1_0 < 0 && u4_1 == u4_1)) {
                    acc1_0 = u4_1;
                    idx1_0 = j;
                }
                if (u5_1 > acc1_1 || (idx1_1 < 0 && u5_1 == u5_1)) {
                    acc1_1 = u5_1;
                    idx1_1 = j;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 > acc2_0 || (idx2_0 < 0 && u4_2 == u4_2)) {
                    acc2_0 = u4_2;
                    idx2_0 = j;
                }
                if (u5_2 > acc2_1 || (idx2_1 < 0 && u5_2 == u5_2)) {
                    acc2_1 = u5_2;
                    idx2_1 = j;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 > acc3_0 || (idx3_0 < 0 && u4_3 == u4_3)) {
                    acc3_0 = u4_3;
                    idx3_0 = j;
                }
                if (u5_3 > acc3_1 || (idx3_1 < 0 && u5_3 == u5_3)) {
                    acc3_1 = u5_3;
                    idx3_1 = j;
                }
            }
            out[r * 2] = acc0_0;
            outIndex[r * 2] = idx0_0;
            out[r * 2 + 1] = acc0_1;
            outIndex[r * 2 + 1] = idx0_1;
            out[(r + 1) * 2] = acc1_0;
            outIndex[(r + 1) * 2] = idx1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            outIndex[(r + 1) * 2 + 1] = idx1_1;
            out[(r + 2) * 2] = acc2_0;
            outIndex[(r + 2) * 2] = idx2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            outIndex[(r + 2) * 2 + 1] = idx2_1;
            out[(r + 3) * 2] = acc3_0;
            outIndex[(r + 3) * 2] = idx3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
            outIndex[(r + 3) * 2 + 1] = idx3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void maxArgMaxRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            maxArgMaxRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void maxArgMaxRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
            }
            out[r * 2] = acc0_0;
            outIndex[r * 2] = idx0_0;
            out[r * 2 + 1] = acc0_1;
            outIndex[r * 2 + 1] = idx0_1;
        }

        static void kMin(float[] x_, float[][] soa1, int r0, int r1, int js, int je, float[] out) {
            final double[] st = new double[0];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            final float[] kv0 = new float[3];
            final int[] ki0 = new int[3];
            final int[] kn0 = new int[1];
            final float[] kb0_0 = new float[256];
            final float[][] rbFloat1 = {kv0, kb0_0};
            final int[][] rbInt1 = {ki0, kn0};
            int r = r0;
            for (; r < r1; r++) {
                kMinRow(x_, soa1, r, js, je, out, st, ist, ln, rbFloat1, rbInt1);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void kMinRow(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln, float[][] rbFloat, int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final float[] kb0_0 = rbFloat[1];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                boolean hit0_0 = false;
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v4_0 = b0_0.sub(v2);
                    final FloatVector v5_0 = b1_0.sub(v3);
                    final FloatVector v7_0 = v5_0.mul(v5_0);
                    final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                    v8_0.intoArray(kb0_0, j - j0);
                    hit0_0 |= v8_0.lt(thr0_0).anyTrue();
                }
                if (hit0_0 || kn0[0] < 3) {
                    for (int jr = j0; jr < j1; jr += FS.length()) {
                        final FloatVector kw = FloatVector.fromArray(FS, kb0_0, jr - j0);
                        final VectorMask<Float> mk = kn0[0] < 3 ? kw.eq(kw) : kw.lt(thr0_0);
                        if (mk.anyTrue()) {
                            for (long bits = mk.toLong(); bits != 0; bits &= bits - 1) {
                                final int l = Long.numberOfTrailingZeros(bits);
                                KSmallest.offer(kv0, ki0, kn0, 3, 1, 0, kb0_0[jr - j0 + l], jr + l);
                            }
                            thr0_0 = kv0[2];
                        }
                    }
                }
            }
            kMinRowTail(x_, soa1, r, js, je, out, bound, st, ist, rbFloat, rbInt);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void kMinRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist, float[][] rbFloat, int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                KSmallest.offer(kv0, ki0, kn0, 3, 1, 0, u8_0, j);
            }
            System.arraycopy(kv0, 0, out, r * 3, 3);
        }

        static void kMinArgKMin(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out, int[] outIndex) {
            final double[] st = new double[0];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            final float[] kv0 = new float[3];
            final int[] ki0 = new int[3];
            final int[] kn0 = new int[1];
            final float[] kb0_0 = new float[256];
            final float[][] rbFloat1 = {kv0, kb0_0};
            final int[][] rbInt1 = {ki0, kn0};
            int r = r0;
            for (; r < r1; r++) {
                kMinArgKMinRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln, rbFloat1, rbInt1);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void kMinArgKMinRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final float[] kb0_0 = rbFloat[1];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                boolean hit0_0 = false;
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v4_0 = b0_0.sub(v2);
                    final FloatVector v5_0 = b1_0.sub(v3);
                    final FloatVector v7_0 = v5_0.mul(v5_0);
                    final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                    v8_0.intoArray(kb0_0, j - j0);
                    hit0_0 |= v8_0.lt(thr0_0).anyTrue();
                }
                if (hit0_0 || kn0[0] < 3) {
                    for (int jr = j0; jr < j1; jr += FS.length()) {
                        final FloatVector kw = FloatVector.fromArray(FS, kb0_0, jr - j0);
                        final VectorMask<Float> mk = kn0[0] < 3 ? kw.eq(kw) : kw.lt(thr0_0);
                        if (mk.anyTrue()) {
                            for (long bits = mk.toLong(); bits != 0; bits &= bits - 1) {
                                final int l = Long.numberOfTrailingZeros(bits);
                                KSmallest.offer(kv0, ki0, kn0, 3, 1, 0, kb0_0[jr - j0 + l], jr + l);
                            }
                            thr0_0 = kv0[2];
                        }
                    }
                }
            }
            kMinArgKMinRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist, rbFloat, rbInt);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void kMinArgKMinRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                KSmallest.offer(kv0, ki0, kn0, 3, 1, 0, u8_0, j);
            }
            System.arraycopy(kv0, 0, out, r * 3, 3);
            System.arraycopy(ki0, 0, outIndex, r * 3, 3);
        }

        static void weightedLse(float[] x_, float[][] soa1, float[][] soa2, int r0, int r1, int js,
                int je, float[] out) {
            final double[] st = new double[6];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                weightedLseRows2(x_, soa1, soa2, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                weightedLseRow(x_, soa1, soa2, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void weightedLseRows2(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector sev0_1 = FloatVector.zero(FS);
            FloatVector mxv1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev1_0 = FloatVector.zero(FS);
            FloatVector sev1_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v10 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v11 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final VectorMask<Float> up0 = v9_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v9_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v9_0.min(mxv0).sub(v9_0.max(mxv0)).blend(0, v9_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                sev0_0 = e0.fma(v10, sev0_0).blend(sev0_0.fma(e0, v10), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v11, sev0_1).blend(sev0_1.fma(e0, v11), up0).blend(sev0_1, keep0);
                mxv0 = mxv0.blend(v9_0, up0);
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final FloatVector v7_1 = v5_1.mul(v5_1);
                final FloatVector v8_1 = v4_1.fma(v4_1, v7_1);
                final FloatVector v9_1 = v8_1.neg();
                final VectorMask<Float> up1 = v9_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Float> keep1 = v9_1.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed1 = v9_1.min(mxv1).sub(v9_1.max(mxv1)).blend(0, v9_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.442695f, 1.2582912E7f);
                final var e1k1 = e1k0.sub(1.2582912E7f);
                final var e1k2 = e1k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed1);
                final var e1k3 = e1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e1k2);
                final var e1k4 = e1k3.fma(0.0013933751f, 0.008369237f);
                final var e1k5 = e1k4.fma(e1k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e1k6 = e1k5.fma(e1k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e1k7 = e1k6.fma(e1k3, FloatVector.broadcast(FS, 0.5f));
                final var e1k8 = e1k7.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k9 = e1k8.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k10 = e1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e1k11 = e1k9.reinterpretAsInts().add(e1k10).reinterpretAsFloats();
                final FloatVector e1 = ed1.mul(Float.POSITIVE_INFINITY).blend(e1k11, ed1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed1.lt(-87.33654f));
                sev1_0 = e1.fma(v10, sev1_0).blend(sev1_0.fma(e1, v10), up1).blend(sev1_0, keep1);
                sev1_1 = e1.fma(v11, sev1_1).blend(sev1_1.fma(e1, v11), up1).blend(sev1_1, keep1);
                mxv1 = mxv1.blend(v9_1, up1);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float se0_0 = 0;
            float se0_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
            }
            float mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            float se1_0 = 0;
            float se1_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv1.lane(l);
                final float f = ml == mx1 ? 1 : (float) Math.exp(ml - mx1);
                se1_0 += sev1_0.lane(l) * f;
                se1_1 += sev1_1.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            st[2] = se0_1;
            st[3] = mx1;
            st[4] = se1_0;
            st[5] = se1_1;
            weightedLseRows2Tail(x_, soa1, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void weightedLseRows2Tail(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            float mx0 = (float) st[0];
            float se0_0 = (float) st[1];
            float se0_1 = (float) st[2];
            float mx1 = (float) st[3];
            float se1_0 = (float) st[4];
            float se1_1 = (float) st[5];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u10 = col2_0[j];
                final float u11 = col2_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                if (u9_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u9_0);
                    se0_0 = se0_0 * sc + u10;
                    se0_1 = se0_1 * sc + u11;
                    mx0 = u9_0;
                } else if (u9_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_0 == mx0 ? 1 : (float) Math.exp(u9_0 - mx0);
                    se0_0 += e * u10;
                    se0_1 += e * u11;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                final float u6_1 = u4_1 * u4_1;
                final float u7_1 = u5_1 * u5_1;
                final float u8_1 = u6_1 + u7_1;
                final float u9_1 = -u8_1;
                if (u9_1 > mx1) {
                    final float sc = (float) Math.exp(mx1 - u9_1);
                    se1_0 = se1_0 * sc + u10;
                    se1_1 = se1_1 * sc + u11;
                    mx1 = u9_1;
                } else if (u9_1 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_1 == mx1 ? 1 : (float) Math.exp(u9_1 - mx1);
                    se1_0 += e * u10;
                    se1_1 += e * u11;
                }
            }
            out[r * 2] = mx0 + (float) Math.log(se0_0);
            out[r * 2 + 1] = mx0 + (float) Math.log(se0_1);
            out[(r + 1) * 2] = mx1 + (float) Math.log(se1_0);
            out[(r + 1) * 2 + 1] = mx1 + (float) Math.log(se1_1);
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void weightedLseRow(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector sev0_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v10 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v11 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final VectorMask<Float> up0 = v9_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v9_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v9_0.min(mxv0).sub(v9_0.max(mxv0)).blend(0, v9_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                sev0_0 = e0.fma(v10, sev0_0).blend(sev0_0.fma(e0, v10), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v11, sev0_1).blend(sev0_1.fma(e0, v11), up0).blend(sev0_1, keep0);
                mxv0 = mxv0.blend(v9_0, up0);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float se0_0 = 0;
            float se0_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            st[2] = se0_1;
            weightedLseRowTail(x_, soa1, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void weightedLseRowTail(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float mx0 = (float) st[0];
            float se0_0 = (float) st[1];
            float se0_1 = (float) st[2];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u10 = col2_0[j];
                final float u11 = col2_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                if (u9_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u9_0);
                    se0_0 = se0_0 * sc + u10;
                    se0_1 = se0_1 * sc + u11;
                    mx0 = u9_0;
                } else if (u9_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_0 == mx0 ? 1 : (float) Math.exp(u9_0 - mx0);
                    se0_0 += e * u10;
                    se0_1 += e * u11;
                }
            }
            out[r * 2] = mx0 + (float) Math.log(se0_0);
            out[r * 2 + 1] = mx0 + (float) Math.log(se0_1);
        }

        static void softmax(float[] x_, float[][] soa1, float[][] soa2, float g_, int r0, int r1,
                int js, int je, float[] out) {
            final double[] st = new double[6];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                softmaxRows2(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                softmaxRow(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void softmaxRows2(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b10 = FloatVector.broadcast(FS, g_);
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv0 = FloatVector.zero(FS);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector mxv1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv1 = FloatVector.zero(FS);
            FloatVector sev1_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final FloatVector v11_0 = v9_0.mul(b10);
                final VectorMask<Float> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v11_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, FloatVector.broadcast(FS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final FloatVector v7_1 = v5_1.mul(v5_1);
                final FloatVector v8_1 = v4_1.fma(v4_1, v7_1);
                final FloatVector v9_1 = v8_1.neg();
                final FloatVector v11_1 = v9_1.mul(b10);
                final VectorMask<Float> up1 = v11_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Float> keep1 = v11_1.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed1 = v11_1.min(mxv1).sub(v11_1.max(mxv1)).blend(0, v11_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.442695f, 1.2582912E7f);
                final var e1k1 = e1k0.sub(1.2582912E7f);
                final var e1k2 = e1k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed1);
                final var e1k3 = e1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e1k2);
                final var e1k4 = e1k3.fma(0.0013933751f, 0.008369237f);
                final var e1k5 = e1k4.fma(e1k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e1k6 = e1k5.fma(e1k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e1k7 = e1k6.fma(e1k3, FloatVector.broadcast(FS, 0.5f));
                final var e1k8 = e1k7.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k9 = e1k8.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k10 = e1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e1k11 = e1k9.reinterpretAsInts().add(e1k10).reinterpretAsFloats();
                final FloatVector e1 = ed1.mul(Float.POSITIVE_INFINITY).blend(e1k11, ed1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed1.lt(-87.33654f));
                swv1 = swv1.add(e1).blend(swv1.fma(e1, FloatVector.broadcast(FS, 1)), up1).blend(swv1, keep1);
                sev1_0 = e1.fma(v12, sev1_0).blend(sev1_0.fma(e1, v12), up1).blend(sev1_0, keep1);
                mxv1 = mxv1.blend(v11_1, up1);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float sw0 = 0;
            float se0_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
            }
            float mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            float sw1 = 0;
            float se1_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv1.lane(l);
                final float f = ml == mx1 ? 1 : (float) Math.exp(ml - mx1);
                sw1 += swv1.lane(l) * f;
                se1_0 += sev1_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            st[3] = mx1;
            st[4] = sw1;
            st[5] = se1_0;
            softmaxRows2Tail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void softmaxRows2Tail(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            float mx0 = (float) st[0];
            float sw0 = (float) st[1];
            float se0_0 = (float) st[2];
            float mx1 = (float) st[3];
            float sw1 = (float) st[4];
            float se1_0 = (float) st[5];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u12 = col2_0[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                final float u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    mx0 = u11_0;
                } else if (u11_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_0 == mx0 ? 1 : (float) Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                final float u6_1 = u4_1 * u4_1;
                final float u7_1 = u5_1 * u5_1;
                final float u8_1 = u6_1 + u7_1;
                final float u9_1 = -u8_1;
                final float u11_1 = u9_1 * g_;
                if (u11_1 > mx1) {
                    final float sc = (float) Math.exp(mx1 - u11_1);
                    sw1 = sw1 * sc + 1;
                    se1_0 = se1_0 * sc + u12;
                    mx1 = u11_1;
                } else if (u11_1 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_1 == mx1 ? 1 : (float) Math.exp(u11_1 - mx1);
                    sw1 += e;
                    se1_0 += e * u12;
                }
            }
            out[r] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[(r + 1)] = sw1 == 0 ? 0 : se1_0 / sw1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void softmaxRow(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b10 = FloatVector.broadcast(FS, g_);
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv0 = FloatVector.zero(FS);
            FloatVector sev0_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final FloatVector v11_0 = v9_0.mul(b10);
                final VectorMask<Float> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v11_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, FloatVector.broadcast(FS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float sw0 = 0;
            float se0_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            softmaxRowTail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void softmaxRowTail(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float mx0 = (float) st[0];
            float sw0 = (float) st[1];
            float se0_0 = (float) st[2];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u12 = col2_0[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                final float u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    mx0 = u11_0;
                } else if (u11_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_0 == mx0 ? 1 : (float) Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                }
            }
            out[r] = sw0 == 0 ? 0 : se0_0 / sw0;
        }

        static void argMax$part(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out, int[] outIndex) {
            final double[] st = new double[8];
            final int[] ist = new int[8];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                argMax$partRows4(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                argMax$partRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void argMax$partRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final VectorMask<Float> mk1_0 = v4_1.compare(VectorOperators.GT, accv1_0).or(idxv1_0.lt(0).cast(FS).and(v4_1.eq(v4_1)));
                accv1_0 = accv1_0.blend(v4_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(FIS));
                final VectorMask<Float> mk1_1 = v5_1.compare(VectorOperators.GT, accv1_1).or(idxv1_1.lt(0).cast(FS).and(v5_1.eq(v5_1)));
                accv1_1 = accv1_1.blend(v5_1, mk1_1);
                idxv1_1 = idxv1_1.blend(jv, mk1_1.cast(FIS));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                final VectorMask<Float> mk2_0 = v4_2.compare(VectorOperators.GT, accv2_0).or(idxv2_0.lt(0).cast(FS).and(v4_2.eq(v4_2)));
                accv2_0 = accv2_0.blend(v4_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(FIS));
                final VectorMask<Float> mk2_1 = v5_2.compare(VectorOperators.GT, accv2_1).or(idxv2_1.lt(0).cast(FS).and(v5_2.eq(v5_2)));
                accv2_1 = accv2_1.blend(v5_2, mk2_1);
                idxv2_1 = idxv2_1.blend(jv, mk2_1.cast(FIS));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                final VectorMask<Float> mk3_0 = v4_3.compare(VectorOperators.GT, accv3_0).or(idxv3_0.lt(0).cast(FS).and(v4_3.eq(v4_3)));
                accv3_0 = accv3_0.blend(v4_3, mk3_0);
                idxv3_0 = idxv3_0.blend(jv, mk3_0.cast(FIS));
                final VectorMask<Float> mk3_1 = v5_3.compare(VectorOperators.GT, accv3_1).or(idxv3_1.lt(0).cast(FS).and(v5_3.eq(v5_3)));
                accv3_1 = accv3_1.blend(v5_3, mk3_1);
                idxv3_1 = idxv3_1.blend(jv, mk3_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            float acc1_0 = Float.NEGATIVE_INFINITY;
            int idx1_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_0.lane(l);
                final int ix = idxv1_0.lane(l);
                if (ix >= 0 && (idx1_0 < 0 || a > acc1_0 || (a == acc1_0 && ix < idx1_0))) {
                    acc1_0 = a;
                    idx1_0 = ix;
                }
            }
            float acc1_1 = Float.NEGATIVE_INFINITY;
            int idx1_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_1.lane(l);
                final int ix = idxv1_1.lane(l);
                if (ix >= 0 && (idx1_1 < 0 || a > acc1_1 || (a == acc1_1 && ix < idx1_1))) {
                    acc1_1 = a;
                    idx1_1 = ix;
                }
            }
            float acc2_0 = Float.NEGATIVE_INFINITY;
            int idx2_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_0.lane(l);
                final int ix = idxv2_0.lane(l);
                if (ix >= 0 && (idx2_0 < 0 || a > acc2_0 || (a == acc2_0 && ix < idx2_0))) {
                    acc2_0 = a;
                    idx2_0 = ix;
                }
            }
            float acc2_1 = Float.NEGATIVE_INFINITY;
            int idx2_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_1.lane(l);
                final int ix = idxv2_1.lane(l);
                if (ix >= 0 && (idx2_1 < 0 || a > acc2_1 || (a == acc2_1 && ix < idx2_1))) {
                    acc2_1 = a;
                    idx2_1 = ix;
                }
            }
            float acc3_0 = Float.NEGATIVE_INFINITY;
            int idx3_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_0.lane(l);
                final int ix = idxv3_0.lane(l);
                if (ix >= 0 && (idx3_0 < 0 || a > acc3_0 || (a == acc3_0 && ix < idx3_0))) {
                    acc3_0 = a;
                    idx3_0 = ix;
                }
            }
            float acc3_1 = Float.NEGATIVE_INFINITY;
            int idx3_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_1.lane(l);
                final int ix = idxv3_1.lane(l);
                if (ix >= 0 && (idx3_1 < 0 || a > acc3_1 || (a == acc3_1 && ix < idx3_1))) {
                    acc3_1 = a;
                    idx3_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            st[2] = acc1_0;
            ist[2] = idx1_0;
            st[3] = acc1_1;
            ist[3] = idx1_1;
            st[4] = acc2_0;
            ist[4] = idx2_0;
            st[5] = acc2_1;
            ist[5] = idx2_1;
            st[6] = acc3_0;
            ist[6] = idx3_0;
            st[7] = acc3_1;
            ist[7] = idx3_1;
            argMax$partRows4Tail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void argMax$partRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            float acc1_0 = (float) st[2];
            int idx1_0 = ist[2];
            float acc1_1 = (float) st[3];
            int idx1_1 = ist[3];
            float acc2_0 = (float) st[4];
            int idx2_0 = ist[4];
            float acc2_1 = (float) st[5];
            int idx2_1 = ist[5];
            float acc3_0 = (float) st[6];
            int idx3_0 = ist[6];
            float acc3_1 = (float) st[7];
            int idx3_1 = ist[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 > acc1_0 || (idx1_0 < 0 && u4_1 == u4_1)) {
                    acc1_0 = u4_1;
                    idx1_0 = j;
                }
                if (u5_1 > acc1_1 || (idx1_1 < 0 && u5_1 == u5_1)) {
                    acc1_1 = u5_1;
                    idx1_1 = j;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 > acc2_0 || (idx2_0 < 0 && u4_2 == u4_2)) {
                    acc2_0 = u4_2;
                    idx2_0 = j;
                }
                if (u5_2 > acc2_1 || (idx2_1 < 0 && u5_2 == u5_2)) {
                    acc2_1 = u5_2;
                    idx2_1 = j;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 > acc3_0 || (idx3_0 < 0 && u4_3 == u4_3)) {
                    acc3_0 = u4_3;
                    idx3_0 = j;
                }
                if (u5_3 > acc3_1 || (idx3_1 < 0 && u5_3 == u5_3)) {
                    acc3_1 = u5_3;
                    idx3_1 = j;
                }
            }
            out[r * 2] = acc0_0;
            outIndex[r * 2] = idx0_0;
            out[r * 2 + 1] = acc0_1;
            outIndex[r * 2 + 1] = idx0_1;
            out[(r + 1) * 2] = acc1_0;
            outIndex[(r + 1) * 2] = idx1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            outIndex[(r + 1) * 2 + 1] = idx1_1;
            out[(r + 2) * 2] = acc2_0;
            outIndex[(r + 2) * 2] = idx2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            outIndex[(r + 2) * 2 + 1] = idx2_1;
            out[(r + 3) * 2] = acc3_0;
            outIndex[(r + 3) * 2] = idx3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
            outIndex[(r + 3) * 2 + 1] = idx3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void argMax$partRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            argMax$partRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void argMax$partRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
            }
            out[r * 2] = acc0_0;
            outIndex[r * 2] = idx0_0;
            out[r * 2 + 1] = acc0_1;
            outIndex[r * 2 + 1] = idx0_1;
        }

        static void weightedLse$part(float[] x_, float[][] soa1, float[][] soa2, int r0, int r1,
                int js, int je, float[] out) {
            final double[] st = new double[6];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                weightedLse$partRows2(x_, soa1, soa2, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                weightedLse$partRow(x_, soa1, soa2, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void weightedLse$partRows2(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector sev0_1 = FloatVector.zero(FS);
            FloatVector mxv1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev1_0 = FloatVector.zero(FS);
            FloatVector sev1_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v10 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v11 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final VectorMask<Float> up0 = v9_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v9_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v9_0.min(mxv0).sub(v9_0.max(mxv0)).blend(0, v9_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                sev0_0 = e0.fma(v10, sev0_0).blend(sev0_0.fma(e0, v10), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v11, sev0_1).blend(sev0_1.fma(e0, v11), up0).blend(sev0_1, keep0);
                mxv0 = mxv0.blend(v9_0, up0);
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final FloatVector v7_1 = v5_1.mul(v5_1);
                final FloatVector v8_1 = v4_1.fma(v4_1, v7_1);
                final FloatVector v9_1 = v8_1.neg();
                final VectorMask<Float> up1 = v9_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Float> keep1 = v9_1.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed1 = v9_1.min(mxv1).sub(v9_1.max(mxv1)).blend(0, v9_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.442695f, 1.2582912E7f);
                final var e1k1 = e1k0.sub(1.2582912E7f);
                final var e1k2 = e1k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed1);
                final var e1k3 = e1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e1k2);
                final var e1k4 = e1k3.fma(0.0013933751f, 0.008369237f);
                final var e1k5 = e1k4.fma(e1k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e1k6 = e1k5.fma(e1k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e1k7 = e1k6.fma(e1k3, FloatVector.broadcast(FS, 0.5f));
                final var e1k8 = e1k7.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k9 = e1k8.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k10 = e1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e1k11 = e1k9.reinterpretAsInts().add(e1k10).reinterpretAsFloats();
                final FloatVector e1 = ed1.mul(Float.POSITIVE_INFINITY).blend(e1k11, ed1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed1.lt(-87.33654f));
                sev1_0 = e1.fma(v10, sev1_0).blend(sev1_0.fma(e1, v10), up1).blend(sev1_0, keep1);
                sev1_1 = e1.fma(v11, sev1_1).blend(sev1_1.fma(e1, v11), up1).blend(sev1_1, keep1);
                mxv1 = mxv1.blend(v9_1, up1);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float se0_0 = 0;
            float se0_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
            }
            float mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            float se1_0 = 0;
            float se1_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv1.lane(l);
                final float f = ml == mx1 ? 1 : (float) Math.exp(ml - mx1);
                se1_0 += sev1_0.lane(l) * f;
                se1_1 += sev1_1.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            st[2] = se0_1;
            st[3] = mx1;
            st[4] = se1_0;
            st[5] = se1_1;
            weightedLse$partRows2Tail(x_, soa1, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void weightedLse$partRows2Tail(float[] x_, float[][] soa1, float[][] soa2,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            float mx0 = (float) st[0];
            float se0_0 = (float) st[1];
            float se0_1 = (float) st[2];
            float mx1 = (float) st[3];
            float se1_0 = (float) st[4];
            float se1_1 = (float) st[5];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u10 = col2_0[j];
                final float u11 = col2_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                if (u9_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u9_0);
                    se0_0 = se0_0 * sc + u10;
                    se0_1 = se0_1 * sc + u11;
                    mx0 = u9_0;
                } else if (u9_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_0 == mx0 ? 1 : (float) Math.exp(u9_0 - mx0);
                    se0_0 += e * u10;
                    se0_1 += e * u11;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                final float u6_1 = u4_1 * u4_1;
                final float u7_1 = u5_1 * u5_1;
                final float u8_1 = u6_1 + u7_1;
                final float u9_1 = -u8_1;
                if (u9_1 > mx1) {
                    final float sc = (float) Math.exp(mx1 - u9_1);
                    se1_0 = se1_0 * sc + u10;
                    se1_1 = se1_1 * sc + u11;
                    mx1 = u9_1;
                } else if (u9_1 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_1 == mx1 ? 1 : (float) Math.exp(u9_1 - mx1);
                    se1_0 += e * u10;
                    se1_1 += e * u11;
                }
            }
            out[r * 3] = se0_0;
            out[r * 3 + 1] = se0_1;
            out[r * 3 + 2] = mx0;
            out[(r + 1) * 3] = se1_0;
            out[(r + 1) * 3 + 1] = se1_1;
            out[(r + 1) * 3 + 2] = mx1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void weightedLse$partRow(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector sev0_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v10 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v11 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final VectorMask<Float> up0 = v9_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v9_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v9_0.min(mxv0).sub(v9_0.max(mxv0)).blend(0, v9_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                sev0_0 = e0.fma(v10, sev0_0).blend(sev0_0.fma(e0, v10), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v11, sev0_1).blend(sev0_1.fma(e0, v11), up0).blend(sev0_1, keep0);
                mxv0 = mxv0.blend(v9_0, up0);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float se0_0 = 0;
            float se0_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            st[2] = se0_1;
            weightedLse$partRowTail(x_, soa1, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void weightedLse$partRowTail(float[] x_, float[][] soa1, float[][] soa2,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float mx0 = (float) st[0];
            float se0_0 = (float) st[1];
            float se0_1 = (float) st[2];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u10 = col2_0[j];
                final float u11 = col2_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                if (u9_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u9_0);
                    se0_0 = se0_0 * sc + u10;
                    se0_1 = se0_1 * sc + u11;
                    mx0 = u9_0;
                } else if (u9_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_0 == mx0 ? 1 : (float) Math.exp(u9_0 - mx0);
                    se0_0 += e * u10;
                    se0_1 += e * u11;
                }
            }
            out[r * 3] = se0_0;
            out[r * 3 + 1] = se0_1;
            out[r * 3 + 2] = mx0;
        }

        static void softmax$part(float[] x_, float[][] soa1, float[][] soa2, float g_, int r0,
                int r1, int js, int je, float[] out) {
            final double[] st = new double[6];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                softmax$partRows2(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                softmax$partRow(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void softmax$partRows2(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b10 = FloatVector.broadcast(FS, g_);
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv0 = FloatVector.zero(FS);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector mxv1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv1 = FloatVector.zero(FS);
            FloatVector sev1_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final FloatVector v11_0 = v9_0.mul(b10);
                final VectorMask<Float> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v11_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, FloatVector.broadcast(FS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final FloatVector v7_1 = v5_1.mul(v5_1);
                final FloatVector v8_1 = v4_1.fma(v4_1, v7_1);
                final FloatVector v9_1 = v8_1.neg();
                final FloatVector v11_1 = v9_1.mul(b10);
                final VectorMask<Float> up1 = v11_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Float> keep1 = v11_1.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed1 = v11_1.min(mxv1).sub(v11_1.max(mxv1)).blend(0, v11_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.442695f, 1.2582912E7f);
                final var e1k1 = e1k0.sub(1.2582912E7f);
                final var e1k2 = e1k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed1);
                final var e1k3 = e1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e1k2);
                final var e1k4 = e1k3.fma(0.0013933751f, 0.008369237f);
                final var e1k5 = e1k4.fma(e1k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e1k6 = e1k5.fma(e1k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e1k7 = e1k6.fma(e1k3, FloatVector.broadcast(FS, 0.5f));
                final var e1k8 = e1k7.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k9 = e1k8.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k10 = e1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e1k11 = e1k9.reinterpretAsInts().add(e1k10).reinterpretAsFloats();
                final FloatVector e1 = ed1.mul(Float.POSITIVE_INFINITY).blend(e1k11, ed1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed1.lt(-87.33654f));
                swv1 = swv1.add(e1).blend(swv1.fma(e1, FloatVector.broadcast(FS, 1)), up1).blend(swv1, keep1);
                sev1_0 = e1.fma(v12, sev1_0).blend(sev1_0.fma(e1, v12), up1).blend(sev1_0, keep1);
                mxv1 = mxv1.blend(v11_1, up1);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float sw0 = 0;
            float se0_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
            }
            float mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            float sw1 = 0;
            float se1_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv1.lane(l);
                final float f = ml == mx1 ? 1 : (float) Math.exp(ml - mx1);
                sw1 += swv1.lane(l) * f;
                se1_0 += sev1_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            st[3] = mx1;
            st[4] = sw1;
            st[5] = se1_0;
            softmax$partRows2Tail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void softmax$partRows2Tail(float[] x_, float[][] soa1, float[][] soa2,
                float g_, int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            float mx0 = (float) st[0];
            float sw0 = (float) st[1];
            float se0_0 = (float) st[2];
            float mx1 = (float) st[3];
            float sw1 = (float) st[4];
            float se1_0 = (float) st[5];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u12 = col2_0[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                final float u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    mx0 = u11_0;
                } else if (u11_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_0 == mx0 ? 1 : (float) Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                final float u6_1 = u4_1 * u4_1;
                final float u7_1 = u5_1 * u5_1;
                final float u8_1 = u6_1 + u7_1;
                final float u9_1 = -u8_1;
                final float u11_1 = u9_1 * g_;
                if (u11_1 > mx1) {
                    final float sc = (float) Math.exp(mx1 - u11_1);
                    sw1 = sw1 * sc + 1;
                    se1_0 = se1_0 * sc + u12;
                    mx1 = u11_1;
                } else if (u11_1 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_1 == mx1 ? 1 : (float) Math.exp(u11_1 - mx1);
                    sw1 += e;
                    se1_0 += e * u12;
                }
            }
            out[r * 3] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[r * 3 + 1] = mx0;
            out[r * 3 + 2] = sw0;
            out[(r + 1) * 3] = sw1 == 0 ? 0 : se1_0 / sw1;
            out[(r + 1) * 3 + 1] = mx1;
            out[(r + 1) * 3 + 2] = sw1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void softmax$partRow(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b10 = FloatVector.broadcast(FS, g_);
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv0 = FloatVector.zero(FS);
            FloatVector sev0_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final FloatVector v11_0 = v9_0.mul(b10);
                final VectorMask<Float> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v11_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, FloatVector.broadcast(FS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float sw0 = 0;
            float se0_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            softmax$partRowTail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void softmax$partRowTail(float[] x_, float[][] soa1, float[][] soa2,
                float g_, int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float mx0 = (float) st[0];
            float sw0 = (float) st[1];
            float se0_0 = (float) st[2];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u12 = col2_0[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                final float u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    mx0 = u11_0;
                } else if (u11_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_0 == mx0 ? 1 : (float) Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                }
            }
            out[r * 3] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[r * 3 + 1] = mx0;
            out[r * 3 + 2] = sw0;
        }
    }

    /**
     * Kernels with 128-bit vectors.
     */
    static final class W128 {
        static final VectorSpecies<Float> FS = FloatVector.SPECIES_128;

        static final VectorSpecies<Integer> FIS = IntVector.SPECIES_128;

        static final VectorSpecies<Double> DS = DoubleVector.SPECIES_128;

        static final VectorSpecies<Integer> DIS = IntVector.SPECIES_64;

        private W128() {
        }

        static void sumBlock(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[2 * FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                sumBlockRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                sumBlockRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void sumBlockRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            FloatVector accv1_0 = FloatVector.zero(FS);
            FloatVector accv1_1 = FloatVector.zero(FS);
            FloatVector accv2_0 = FloatVector.zero(FS);
            FloatVector accv2_1 = FloatVector.zero(FS);
            FloatVector accv3_0 = FloatVector.zero(FS);
            FloatVector accv3_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                FloatVector blkv0_0 = FloatVector.zero(FS);
                FloatVector blkv0_1 = FloatVector.zero(FS);
                FloatVector blkv1_0 = FloatVector.zero(FS);
                FloatVector blkv1_1 = FloatVector.zero(FS);
                FloatVector blkv2_0 = FloatVector.zero(FS);
                FloatVector blkv2_1 = FloatVector.zero(FS);
                FloatVector blkv3_0 = FloatVector.zero(FS);
                FloatVector blkv3_1 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                    blkv0_0 = b0_0.fma(v2, blkv0_0);
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                    blkv0_1 = b1_0.fma(v3, blkv0_1);
                    blkv1_0 = b0_1.fma(v2, blkv1_0);
                    blkv1_1 = b1_1.fma(v3, blkv1_1);
                    blkv2_0 = b0_2.fma(v2, blkv2_0);
                    blkv2_1 = b1_2.fma(v3, blkv2_1);
                    blkv3_0 = b0_3.fma(v2, blkv3_0);
                    blkv3_1 = b1_3.fma(v3, blkv3_1);
                }
                accv0_0 = accv0_0.add(blkv0_0);
                accv0_1 = accv0_1.add(blkv0_1);
                accv1_0 = accv1_0.add(blkv1_0);
                accv1_1 = accv1_1.add(blkv1_1);
                accv2_0 = accv2_0.add(blkv2_0);
                accv2_1 = accv2_1.add(blkv2_1);
                accv3_0 = accv3_0.add(blkv3_0);
                accv3_1 = accv3_1.add(blkv3_1);
            }
            accv0_0.intoArray(ln, 0);
            accv0_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc0_0 = ln[0];
            float acc0_1 = ln[FS.length()];
            accv1_0.intoArray(ln, 0);
            accv1_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc1_0 = ln[0];
            float acc1_1 = ln[FS.length()];
            accv2_0.intoArray(ln, 0);
            accv2_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc2_0 = ln[0];
            float acc2_1 = ln[FS.length()];
            accv3_0.intoArray(ln, 0);
            accv3_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc3_0 = ln[0];
            float acc3_1 = ln[FS.length()];
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            sumBlockRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void sumBlockRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            float acc1_0 = (float) st[2];
            float acc1_1 = (float) st[3];
            float acc2_0 = (float) st[4];
            float acc2_1 = (float) st[5];
            float acc3_0 = (float) st[6];
            float acc3_1 = (float) st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
                final float u4_1 = t0_1 * u2;
                final float u5_1 = t1_1 * u3;
                acc1_0 += u4_1;
                acc1_1 += u5_1;
                final float u4_2 = t0_2 * u2;
                final float u5_2 = t1_2 * u3;
                acc2_0 += u4_2;
                acc2_1 += u5_2;
                final float u4_3 = t0_3 * u2;
                final float u5_3 = t1_3 * u3;
                acc3_0 += u4_3;
                acc3_1 += u5_3;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void sumBlockRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                FloatVector blkv0_0 = FloatVector.zero(FS);
                FloatVector blkv0_1 = FloatVector.zero(FS);
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                    blkv0_0 = b0_0.fma(v2, blkv0_0);
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                    blkv0_1 = b1_0.fma(v3, blkv0_1);
                }
                accv0_0 = accv0_0.add(blkv0_0);
                accv0_1 = accv0_1.add(blkv0_1);
            }
            accv0_0.intoArray(ln, 0);
            accv0_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc0_0 = ln[0];
            float acc0_1 = ln[FS.length()];
            st[0] = acc0_0;
            st[1] = acc0_1;
            sumBlockRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void sumBlockRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void sumDirect(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[2 * FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                sumDirectRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                sumDirectRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void sumDirectRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            FloatVector accv1_0 = FloatVector.zero(FS);
            FloatVector accv1_1 = FloatVector.zero(FS);
            FloatVector accv2_0 = FloatVector.zero(FS);
            FloatVector accv2_1 = FloatVector.zero(FS);
            FloatVector accv3_0 = FloatVector.zero(FS);
            FloatVector accv3_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                accv0_0 = b0_0.fma(v2, accv0_0);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                accv0_1 = b1_0.fma(v3, accv0_1);
                accv1_0 = b0_1.fma(v2, accv1_0);
                accv1_1 = b1_1.fma(v3, accv1_1);
                accv2_0 = b0_2.fma(v2, accv2_0);
                accv2_1 = b1_2.fma(v3, accv2_1);
                accv3_0 = b0_3.fma(v2, accv3_0);
                accv3_1 = b1_3.fma(v3, accv3_1);
            }
            accv0_0.intoArray(ln, 0);
            accv0_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc0_0 = ln[0];
            float acc0_1 = ln[FS.length()];
            accv1_0.intoArray(ln, 0);
            accv1_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc1_0 = ln[0];
            float acc1_1 = ln[FS.length()];
            accv2_0.intoArray(ln, 0);
            accv2_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc2_0 = ln[0];
            float acc2_1 = ln[FS.length()];
            accv3_0.intoArray(ln, 0);
            accv3_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc3_0 = ln[0];
            float acc3_1 = ln[FS.length()];
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            sumDirectRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void sumDirectRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            float acc1_0 = (float) st[2];
            float acc1_1 = (float) st[3];
            float acc2_0 = (float) st[4];
            float acc2_1 = (float) st[5];
            float acc3_0 = (float) st[6];
            float acc3_1 = (float) st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
                final float u4_1 = t0_1 * u2;
                final float u5_1 = t1_1 * u3;
                acc1_0 += u4_1;
                acc1_1 += u5_1;
                final float u4_2 = t0_2 * u2;
                final float u5_2 = t1_2 * u3;
                acc2_0 += u4_2;
                acc2_1 += u5_2;
                final float u4_3 = t0_3 * u2;
                final float u5_3 = t1_3 * u3;
                acc3_0 += u4_3;
                acc3_1 += u5_3;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void sumDirectRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.zero(FS);
            FloatVector accv0_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                accv0_0 = b0_0.fma(v2, accv0_0);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                accv0_1 = b1_0.fma(v3, accv0_1);
            }
            accv0_0.intoArray(ln, 0);
            accv0_1.intoArray(ln, FS.length());
            for (int part = 0; part < 2 * FS.length(); part += FS.length()) {
                float laneSum = ln[part];
                for (int lane = 1; lane < FS.length(); lane++) {
                    laneSum += ln[part + lane];
                }
                ln[part] = laneSum;
            }
            float acc0_0 = ln[0];
            float acc0_1 = ln[FS.length()];
            st[0] = acc0_0;
            st[1] = acc0_1;
            sumDirectRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void sumDirectRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void sumDouble(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                sumDoubleRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                sumDoubleRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void sumDoubleRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            double acc0_0 = 0;
            DoubleVector dacc0_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc0_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc0_1 = 0;
            DoubleVector dacc0_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc0_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc1_0 = 0;
            DoubleVector dacc1_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc1_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc1_1 = 0;
            DoubleVector dacc1_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc1_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc2_0 = 0;
            DoubleVector dacc2_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc2_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc2_1 = 0;
            DoubleVector dacc2_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc2_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc3_0 = 0;
            DoubleVector dacc3_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc3_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc3_1 = 0;
            DoubleVector dacc3_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc3_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.mul(v2);
                final FloatVector v5_0 = b1_0.mul(v3);
                dacc0_0_0 = dacc0_0_0.add(v4_0.convert(VectorOperators.F2D, 0));
                dacc0_0_1 = dacc0_0_1.add(v4_0.convert(VectorOperators.F2D, 1));
                dacc0_1_0 = dacc0_1_0.add(v5_0.convert(VectorOperators.F2D, 0));
                dacc0_1_1 = dacc0_1_1.add(v5_0.convert(VectorOperators.F2D, 1));
                final FloatVector v4_1 = b0_1.mul(v2);
                final FloatVector v5_1 = b1_1.mul(v3);
                dacc1_0_0 = dacc1_0_0.add(v4_1.convert(VectorOperators.F2D, 0));
                dacc1_0_1 = dacc1_0_1.add(v4_1.convert(VectorOperators.F2D, 1));
                dacc1_1_0 = dacc1_1_0.add(v5_1.convert(VectorOperators.F2D, 0));
                dacc1_1_1 = dacc1_1_1.add(v5_1.convert(VectorOperators.F2D, 1));
                final FloatVector v4_2 = b0_2.mul(v2);
                final FloatVector v5_2 = b1_2.mul(v3);
                dacc2_0_0 = dacc2_0_0.add(v4_2.convert(VectorOperators.F2D, 0));
                dacc2_0_1 = dacc2_0_1.add(v4_2.convert(VectorOperators.F2D, 1));
                dacc2_1_0 = dacc2_1_0.add(v5_2.convert(VectorOperators.F2D, 0));
                dacc2_1_1 = dacc2_1_1.add(v5_2.convert(VectorOperators.F2D, 1));
                final FloatVector v4_3 = b0_3.mul(v2);
                final FloatVector v5_3 = b1_3.mul(v3);
                dacc3_0_0 = dacc3_0_0.add(v4_3.convert(VectorOperators.F2D, 0));
                dacc3_0_1 = dacc3_0_1.add(v4_3.convert(VectorOperators.F2D, 1));
                dacc3_1_0 = dacc3_1_0.add(v5_3.convert(VectorOperators.F2D, 0));
                dacc3_1_1 = dacc3_1_1.add(v5_3.convert(VectorOperators.F2D, 1));
            }
            acc0_0 += Lanes.sum(dacc0_0_0) + Lanes.sum(dacc0_0_1);
            acc0_1 += Lanes.sum(dacc0_1_0) + Lanes.sum(dacc0_1_1);
            acc1_0 += Lanes.sum(dacc1_0_0) + Lanes.sum(dacc1_0_1);
            acc1_1 += Lanes.sum(dacc1_1_0) + Lanes.sum(dacc1_1_1);
            acc2_0 += Lanes.sum(dacc2_0_0) + Lanes.sum(dacc2_0_1);
            acc2_1 += Lanes.sum(dacc2_1_0) + Lanes.sum(dacc2_1_1);
            acc3_0 += Lanes.sum(dacc3_0_0) + Lanes.sum(dacc3_0_1);
            acc3_1 += Lanes.sum(dacc3_1_0) + Lanes.sum(dacc3_1_1);
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            sumDoubleRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void sumDoubleRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            double acc0_0 = st[0];
            double acc0_1 = st[1];
            double acc1_0 = st[2];
            double acc1_1 = st[3];
            double acc2_0 = st[4];
            double acc2_1 = st[5];
            double acc3_0 = st[6];
            double acc3_1 = st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
                final float u4_1 = t0_1 * u2;
                final float u5_1 = t1_1 * u3;
                acc1_0 += u4_1;
                acc1_1 += u5_1;
                final float u4_2 = t0_2 * u2;
                final float u5_2 = t1_2 * u3;
                acc2_0 += u4_2;
                acc2_1 += u5_2;
                final float u4_3 = t0_3 * u2;
                final float u5_3 = t1_3 * u3;
                acc3_0 += u4_3;
                acc3_1 += u5_3;
            }
            out[r * 2] = (float) acc0_0;
            out[r * 2 + 1] = (float) acc0_1;
            out[(r + 1) * 2] = (float) acc1_0;
            out[(r + 1) * 2 + 1] = (float) acc1_1;
            out[(r + 2) * 2] = (float) acc2_0;
            out[(r + 2) * 2 + 1] = (float) acc2_1;
            out[(r + 3) * 2] = (float) acc3_0;
            out[(r + 3) * 2 + 1] = (float) acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void sumDoubleRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            double acc0_0 = 0;
            DoubleVector dacc0_0_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc0_0_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            double acc0_1 = 0;
            DoubleVector dacc0_1_0 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            DoubleVector dacc0_1_1 = (DoubleVector) FloatVector.zero(FS).convert(VectorOperators.F2D, 0);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.mul(v2);
                final FloatVector v5_0 = b1_0.mul(v3);
                dacc0_0_0 = dacc0_0_0.add(v4_0.convert(VectorOperators.F2D, 0));
                dacc0_0_1 = dacc0_0_1.add(v4_0.convert(VectorOperators.F2D, 1));
                dacc0_1_0 = dacc0_1_0.add(v5_0.convert(VectorOperators.F2D, 0));
                dacc0_1_1 = dacc0_1_1.add(v5_0.convert(VectorOperators.F2D, 1));
            }
            acc0_0 += Lanes.sum(dacc0_0_0) + Lanes.sum(dacc0_0_1);
            acc0_1 += Lanes.sum(dacc0_1_0) + Lanes.sum(dacc0_1_1);
            st[0] = acc0_0;
            st[1] = acc0_1;
            sumDoubleRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void sumDoubleRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            double acc0_0 = st[0];
            double acc0_1 = st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 * u2;
                final float u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
            }
            out[r * 2] = (float) acc0_0;
            out[r * 2 + 1] = (float) acc0_1;
        }

        static void sumDouble64(double[] x_, double[][] soa1, int r0, int r1, int js, int je,
                double[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final double[] ln = new double[2 * DS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                sumDouble64Rows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                sumDouble64Row(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void sumDouble64Rows4(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t0_0 = x_[r * 2];
            final double t1_0 = x_[r * 2 + 1];
            final DoubleVector b0_0 = DoubleVector.broadcast(DS, t0_0);
            final DoubleVector b1_0 = DoubleVector.broadcast(DS, t1_0);
            final double t0_1 = x_[(r + 1) * 2];
            final double t1_1 = x_[(r + 1) * 2 + 1];
            final DoubleVector b0_1 = DoubleVector.broadcast(DS, t0_1);
            final DoubleVector b1_1 = DoubleVector.broadcast(DS, t1_1);
            final double t0_2 = x_[(r + 2) * 2];
            final double t1_2 = x_[(r + 2) * 2 + 1];
            final DoubleVector b0_2 = DoubleVector.broadcast(DS, t0_2);
            final DoubleVector b1_2 = DoubleVector.broadcast(DS, t1_2);
            final double t0_3 = x_[(r + 3) * 2];
            final double t1_3 = x_[(r + 3) * 2 + 1];
            final DoubleVector b0_3 = DoubleVector.broadcast(DS, t0_3);
            final DoubleVector b1_3 = DoubleVector.broadcast(DS, t1_3);
            double acc0_0 = 0;
            double acc0_1 = 0;
            double acc1_0 = 0;
            double acc1_1 = 0;
            double acc2_0 = 0;
            double acc2_1 = 0;
            double acc3_0 = 0;
            double acc3_1 = 0;
            final int bound = js + DS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                DoubleVector blkv0_0 = DoubleVector.zero(DS);
                DoubleVector blkv0_1 = DoubleVector.zero(DS);
                DoubleVector blkv1_0 = DoubleVector.zero(DS);
                DoubleVector blkv1_1 = DoubleVector.zero(DS);
                DoubleVector blkv2_0 = DoubleVector.zero(DS);
                DoubleVector blkv2_1 = DoubleVector.zero(DS);
                DoubleVector blkv3_0 = DoubleVector.zero(DS);
                DoubleVector blkv3_1 = DoubleVector.zero(DS);
                for (int j = j0; j < j1; j += DS.length()) {
                    final DoubleVector v2 = DoubleVector.fromArray(DS, col1_0, j);
                    final DoubleVector v3 = DoubleVector.fromArray(DS, col1_1, j);
                    final DoubleVector v4_0 = b0_0.mul(v2);
                    final DoubleVector v5_0 = b1_0.mul(v3);
                    blkv0_0 = blkv0_0.add(v4_0);
                    blkv0_1 = blkv0_1.add(v5_0);
                    final DoubleVector v4_1 = b0_1.mul(v2);
                    final DoubleVector v5_1 = b1_1.mul(v3);
                    blkv1_0 = blkv1_0.add(v4_1);
                    blkv1_1 = blkv1_1.add(v5_1);
                    final DoubleVector v4_2 = b0_2.mul(v2);
                    final DoubleVector v5_2 = b1_2.mul(v3);
                    blkv2_0 = blkv2_0.add(v4_2);
                    blkv2_1 = blkv2_1.add(v5_2);
                    final DoubleVector v4_3 = b0_3.mul(v2);
                    final DoubleVector v5_3 = b1_3.mul(v3);
                    blkv3_0 = blkv3_0.add(v4_3);
                    blkv3_1 = blkv3_1.add(v5_3);
                }
                {
                    blkv0_0.intoArray(ln, 0);
                    blkv0_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum0_0 = ln[0];
                    double tileSum0_1 = ln[DS.length()];
                    acc0_0 += tileSum0_0;
                    acc0_1 += tileSum0_1;
                }
                {
                    blkv1_0.intoArray(ln, 0);
                    blkv1_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum1_0 = ln[0];
                    double tileSum1_1 = ln[DS.length()];
                    acc1_0 += tileSum1_0;
                    acc1_1 += tileSum1_1;
                }
                {
                    blkv2_0.intoArray(ln, 0);
                    blkv2_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum2_0 = ln[0];
                    double tileSum2_1 = ln[DS.length()];
                    acc2_0 += tileSum2_0;
                    acc2_1 += tileSum2_1;
                }
                {
                    blkv3_0.intoArray(ln, 0);
                    blkv3_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum3_0 = ln[0];
                    double tileSum3_1 = ln[DS.length()];
                    acc3_0 += tileSum3_0;
                    acc3_1 += tileSum3_1;
                }
            }
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            sumDouble64Rows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void sumDouble64Rows4Tail(double[] x_, double[][] soa1, int r, int js,
                int je, double[] out, int bound, double[] st, int[] ist) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t0_0 = x_[r * 2];
            final double t1_0 = x_[r * 2 + 1];
            final double t0_1 = x_[(r + 1) * 2];
            final double t1_1 = x_[(r + 1) * 2 + 1];
            final double t0_2 = x_[(r + 2) * 2];
            final double t1_2 = x_[(r + 2) * 2 + 1];
            final double t0_3 = x_[(r + 3) * 2];
            final double t1_3 = x_[(r + 3) * 2 + 1];
            double acc0_0 = st[0];
            double acc0_1 = st[1];
            double acc1_0 = st[2];
            double acc1_1 = st[3];
            double acc2_0 = st[4];
            double acc2_1 = st[5];
            double acc3_0 = st[6];
            double acc3_1 = st[7];
            for (int j = bound; j < je; j++) {
                final double u2 = col1_0[j];
                final double u3 = col1_1[j];
                final double u4_0 = t0_0 * u2;
                final double u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
                final double u4_1 = t0_1 * u2;
                final double u5_1 = t1_1 * u3;
                acc1_0 += u4_1;
                acc1_1 += u5_1;
                final double u4_2 = t0_2 * u2;
                final double u5_2 = t1_2 * u3;
                acc2_0 += u4_2;
                acc2_1 += u5_2;
                final double u4_3 = t0_3 * u2;
                final double u5_3 = t1_3 * u3;
                acc3_0 += u4_3;
                acc3_1 += u5_3;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void sumDouble64Row(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, double[] st, int[] ist, double[] ln) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t0_0 = x_[r * 2];
            final double t1_0 = x_[r * 2 + 1];
            final DoubleVector b0_0 = DoubleVector.broadcast(DS, t0_0);
            final DoubleVector b1_0 = DoubleVector.broadcast(DS, t1_0);
            double acc0_0 = 0;
            double acc0_1 = 0;
            final int bound = js + DS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                DoubleVector blkv0_0 = DoubleVector.zero(DS);
                DoubleVector blkv0_1 = DoubleVector.zero(DS);
                for (int j = j0; j < j1; j += DS.length()) {
                    final DoubleVector v2 = DoubleVector.fromArray(DS, col1_0, j);
                    final DoubleVector v3 = DoubleVector.fromArray(DS, col1_1, j);
                    final DoubleVector v4_0 = b0_0.mul(v2);
                    final DoubleVector v5_0 = b1_0.mul(v3);
                    blkv0_0 = blkv0_0.add(v4_0);
                    blkv0_1 = blkv0_1.add(v5_0);
                }
                {
                    blkv0_0.intoArray(ln, 0);
                    blkv0_1.intoArray(ln, DS.length());
                    for (int part = 0; part < 2 * DS.length(); part += DS.length()) {
                        double laneSum = ln[part];
                        for (int lane = 1; lane < DS.length(); lane++) {
                            laneSum += ln[part + lane];
                        }
                        ln[part] = laneSum;
                    }
                    double tileSum0_0 = ln[0];
                    double tileSum0_1 = ln[DS.length()];
                    acc0_0 += tileSum0_0;
                    acc0_1 += tileSum0_1;
                }
            }
            st[0] = acc0_0;
            st[1] = acc0_1;
            sumDouble64RowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void sumDouble64RowTail(double[] x_, double[][] soa1, int r, int js, int je,
                double[] out, int bound, double[] st, int[] ist) {
            final double[] col1_0 = soa1[0];
            final double[] col1_1 = soa1[1];
            final double t0_0 = x_[r * 2];
            final double t1_0 = x_[r * 2 + 1];
            double acc0_0 = st[0];
            double acc0_1 = st[1];
            for (int j = bound; j < je; j++) {
                final double u2 = col1_0[j];
                final double u3 = col1_1[j];
                final double u4_0 = t0_0 * u2;
                final double u5_0 = t1_0 * u3;
                acc0_0 += u4_0;
                acc0_1 += u5_0;
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void min(float[] x_, float[][] soa1, int r0, int r1, int js, int je, float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                minRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                minRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void minRows4(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                accv0_0 = accv0_0.blend(v4_0, v4_0.compare(VectorOperators.LT, accv0_0));
                accv0_1 = accv0_1.blend(v5_0, v5_0.compare(VectorOperators.LT, accv0_1));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                accv1_0 = accv1_0.blend(v4_1, v4_1.compare(VectorOperators.LT, accv1_0));
                accv1_1 = accv1_1.blend(v5_1, v5_1.compare(VectorOperators.LT, accv1_1));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                accv2_0 = accv2_0.blend(v4_2, v4_2.compare(VectorOperators.LT, accv2_0));
                accv2_1 = accv2_1.blend(v5_2, v5_2.compare(VectorOperators.LT, accv2_1));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                accv3_0 = accv3_0.blend(v4_3, v4_3.compare(VectorOperators.LT, accv3_0));
                accv3_1 = accv3_1.blend(v5_3, v5_3.compare(VectorOperators.LT, accv3_1));
            }
            float acc0_0 = accv0_0.reduceLanes(VectorOperators.MIN);
            float acc0_1 = accv0_1.reduceLanes(VectorOperators.MIN);
            float acc1_0 = accv1_0.reduceLanes(VectorOperators.MIN);
            float acc1_1 = accv1_1.reduceLanes(VectorOperators.MIN);
            float acc2_0 = accv2_0.reduceLanes(VectorOperators.MIN);
            float acc2_1 = accv2_1.reduceLanes(VectorOperators.MIN);
            float acc3_0 = accv3_0.reduceLanes(VectorOperators.MIN);
            float acc3_1 = accv3_1.reduceLanes(VectorOperators.MIN);
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            minRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void minRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            float acc1_0 = (float) st[2];
            float acc1_1 = (float) st[3];
            float acc2_0 = (float) st[4];
            float acc2_1 = (float) st[5];
            float acc3_0 = (float) st[6];
            float acc3_1 = (float) st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 < acc0_0) {
                    acc0_0 = u4_0;
                }
                if (u5_0 < acc0_1) {
                    acc0_1 = u5_0;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 < acc1_0) {
                    acc1_0 = u4_1;
                }
                if (u5_1 < acc1_1) {
                    acc1_1 = u5_1;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 < acc2_0) {
                    acc2_0 = u4_2;
                }
                if (u5_2 < acc2_1) {
                    acc2_1 = u5_2;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 < acc3_0) {
                    acc3_0 = u4_3;
                }
                if (u5_3 < acc3_1) {
                    acc3_1 = u5_3;
                }
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void minRow(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                accv0_0 = accv0_0.blend(v4_0, v4_0.compare(VectorOperators.LT, accv0_0));
                accv0_1 = accv0_1.blend(v5_0, v5_0.compare(VectorOperators.LT, accv0_1));
            }
            float acc0_0 = accv0_0.reduceLanes(VectorOperators.MIN);
            float acc0_1 = accv0_1.reduceLanes(VectorOperators.MIN);
            st[0] = acc0_0;
            st[1] = acc0_1;
            minRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void minRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 < acc0_0) {
                    acc0_0 = u4_0;
                }
                if (u5_0 < acc0_1) {
                    acc0_1 = u5_0;
                }
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void max(float[] x_, float[][] soa1, int r0, int r1, int js, int je, float[] out) {
            final double[] st = new double[8];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                maxRows4(x_, soa1, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                maxRow(x_, soa1, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void maxRows4(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                accv0_0 = accv0_0.blend(v4_0, v4_0.compare(VectorOperators.GT, accv0_0));
                accv0_1 = accv0_1.blend(v5_0, v5_0.compare(VectorOperators.GT, accv0_1));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                accv1_0 = accv1_0.blend(v4_1, v4_1.compare(VectorOperators.GT, accv1_0));
                accv1_1 = accv1_1.blend(v5_1, v5_1.compare(VectorOperators.GT, accv1_1));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                accv2_0 = accv2_0.blend(v4_2, v4_2.compare(VectorOperators.GT, accv2_0));
                accv2_1 = accv2_1.blend(v5_2, v5_2.compare(VectorOperators.GT, accv2_1));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                accv3_0 = accv3_0.blend(v4_3, v4_3.compare(VectorOperators.GT, accv3_0));
                accv3_1 = accv3_1.blend(v5_3, v5_3.compare(VectorOperators.GT, accv3_1));
            }
            float acc0_0 = accv0_0.reduceLanes(VectorOperators.MAX);
            float acc0_1 = accv0_1.reduceLanes(VectorOperators.MAX);
            float acc1_0 = accv1_0.reduceLanes(VectorOperators.MAX);
            float acc1_1 = accv1_1.reduceLanes(VectorOperators.MAX);
            float acc2_0 = accv2_0.reduceLanes(VectorOperators.MAX);
            float acc2_1 = accv2_1.reduceLanes(VectorOperators.MAX);
            float acc3_0 = accv3_0.reduceLanes(VectorOperators.MAX);
            float acc3_1 = accv3_1.reduceLanes(VectorOperators.MAX);
            st[0] = acc0_0;
            st[1] = acc0_1;
            st[2] = acc1_0;
            st[3] = acc1_1;
            st[4] = acc2_0;
            st[5] = acc2_1;
            st[6] = acc3_0;
            st[7] = acc3_1;
            maxRows4Tail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void maxRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            float acc1_0 = (float) st[2];
            float acc1_1 = (float) st[3];
            float acc2_0 = (float) st[4];
            float acc2_1 = (float) st[5];
            float acc3_0 = (float) st[6];
            float acc3_1 = (float) st[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0) {
                    acc0_0 = u4_0;
                }
                if (u5_0 > acc0_1) {
                    acc0_1 = u5_0;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 > acc1_0) {
                    acc1_0 = u4_1;
                }
                if (u5_1 > acc1_1) {
                    acc1_1 = u5_1;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 > acc2_0) {
                    acc2_0 = u4_2;
                }
                if (u5_2 > acc2_1) {
                    acc2_1 = u5_2;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 > acc3_0) {
                    acc3_0 = u4_3;
                }
                if (u5_3 > acc3_1) {
                    acc3_1 = u5_3;
                }
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
            out[(r + 1) * 2] = acc1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            out[(r + 2) * 2] = acc2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            out[(r + 3) * 2] = acc3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void maxRow(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                accv0_0 = accv0_0.blend(v4_0, v4_0.compare(VectorOperators.GT, accv0_0));
                accv0_1 = accv0_1.blend(v5_0, v5_0.compare(VectorOperators.GT, accv0_1));
            }
            float acc0_0 = accv0_0.reduceLanes(VectorOperators.MAX);
            float acc0_1 = accv0_1.reduceLanes(VectorOperators.MAX);
            st[0] = acc0_0;
            st[1] = acc0_1;
            maxRowTail(x_, soa1, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void maxRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            float acc0_1 = (float) st[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0) {
                    acc0_0 = u4_0;
                }
                if (u5_0 > acc0_1) {
                    acc0_1 = u5_0;
                }
            }
            out[r * 2] = acc0_0;
            out[r * 2 + 1] = acc0_1;
        }

        static void argMax(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                int[] outIndex) {
            final double[] st = new double[8];
            final int[] ist = new int[8];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                argMaxRows4(x_, soa1, r, js, je, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                argMaxRow(x_, soa1, r, js, je, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void argMaxRows4(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final VectorMask<Float> mk1_0 = v4_1.compare(VectorOperators.GT, accv1_0).or(idxv1_0.lt(0).cast(FS).and(v4_1.eq(v4_1)));
                accv1_0 = accv1_0.blend(v4_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(FIS));
                final VectorMask<Float> mk1_1 = v5_1.compare(VectorOperators.GT, accv1_1).or(idxv1_1.lt(0).cast(FS).and(v5_1.eq(v5_1)));
                accv1_1 = accv1_1.blend(v5_1, mk1_1);
                idxv1_1 = idxv1_1.blend(jv, mk1_1.cast(FIS));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                final VectorMask<Float> mk2_0 = v4_2.compare(VectorOperators.GT, accv2_0).or(idxv2_0.lt(0).cast(FS).and(v4_2.eq(v4_2)));
                accv2_0 = accv2_0.blend(v4_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(FIS));
                final VectorMask<Float> mk2_1 = v5_2.compare(VectorOperators.GT, accv2_1).or(idxv2_1.lt(0).cast(FS).and(v5_2.eq(v5_2)));
                accv2_1 = accv2_1.blend(v5_2, mk2_1);
                idxv2_1 = idxv2_1.blend(jv, mk2_1.cast(FIS));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                final VectorMask<Float> mk3_0 = v4_3.compare(VectorOperators.GT, accv3_0).or(idxv3_0.lt(0).cast(FS).and(v4_3.eq(v4_3)));
                accv3_0 = accv3_0.blend(v4_3, mk3_0);
                idxv3_0 = idxv3_0.blend(jv, mk3_0.cast(FIS));
                final VectorMask<Float> mk3_1 = v5_3.compare(VectorOperators.GT, accv3_1).or(idxv3_1.lt(0).cast(FS).and(v5_3.eq(v5_3)));
                accv3_1 = accv3_1.blend(v5_3, mk3_1);
                idxv3_1 = idxv3_1.blend(jv, mk3_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            float acc1_0 = Float.NEGATIVE_INFINITY;
            int idx1_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_0.lane(l);
                final int ix = idxv1_0.lane(l);
                if (ix >= 0 && (idx1_0 < 0 || a > acc1_0 || (a == acc1_0 && ix < idx1_0))) {
                    acc1_0 = a;
                    idx1_0 = ix;
                }
            }
            float acc1_1 = Float.NEGATIVE_INFINITY;
            int idx1_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_1.lane(l);
                final int ix = idxv1_1.lane(l);
                if (ix >= 0 && (idx1_1 < 0 || a > acc1_1 || (a == acc1_1 && ix < idx1_1))) {
                    acc1_1 = a;
                    idx1_1 = ix;
                }
            }
            float acc2_0 = Float.NEGATIVE_INFINITY;
            int idx2_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_0.lane(l);
                final int ix = idxv2_0.lane(l);
                if (ix >= 0 && (idx2_0 < 0 || a > acc2_0 || (a == acc2_0 && ix < idx2_0))) {
                    acc2_0 = a;
                    idx2_0 = ix;
                }
            }
            float acc2_1 = Float.NEGATIVE_INFINITY;
            int idx2_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_1.lane(l);
                final int ix = idxv2_1.lane(l);
                if (ix >= 0 && (idx2_1 < 0 || a > acc2_1 || (a == acc2_1 && ix < idx2_1))) {
                    acc2_1 = a;
                    idx2_1 = ix;
                }
            }
            float acc3_0 = Float.NEGATIVE_INFINITY;
            int idx3_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_0.lane(l);
                final int ix = idxv3_0.lane(l);
                if (ix >= 0 && (idx3_0 < 0 || a > acc3_0 || (a == acc3_0 && ix < idx3_0))) {
                    acc3_0 = a;
                    idx3_0 = ix;
                }
            }
            float acc3_1 = Float.NEGATIVE_INFINITY;
            int idx3_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_1.lane(l);
                final int ix = idxv3_1.lane(l);
                if (ix >= 0 && (idx3_1 < 0 || a > acc3_1 || (a == acc3_1 && ix < idx3_1))) {
                    acc3_1 = a;
                    idx3_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            st[2] = acc1_0;
            ist[2] = idx1_0;
            st[3] = acc1_1;
            ist[3] = idx1_1;
            st[4] = acc2_0;
            ist[4] = idx2_0;
            st[5] = acc2_1;
            ist[5] = idx2_1;
            st[6] = acc3_0;
            ist[6] = idx3_0;
            st[7] = acc3_1;
            ist[7] = idx3_1;
            argMaxRows4Tail(x_, soa1, r, js, je, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void argMaxRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            float acc1_0 = (float) st[2];
            int idx1_0 = ist[2];
            float acc1_1 = (float) st[3];
            int idx1_1 = ist[3];
            float acc2_0 = (float) st[4];
            int idx2_0 = ist[4];
            float acc2_1 = (float) st[5];
            int idx2_1 = ist[5];
            float acc3_0 = (float) st[6];
            int idx3_0 = ist[6];
            float acc3_1 = (float) st[7];
            int idx3_1 = ist[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 > acc1_0 || (idx1_0 < 0 && u4_1 == u4_1)) {
                    acc1_0 = u4_1;
                    idx1_0 = j;
                }
                if (u5_1 > acc1_1 || (idx1_1 < 0 && u5_1 == u5_1)) {
                    acc1_1 = u5_1;
                    idx1_1 = j;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 > acc2_0 || (idx2_0 < 0 && u4_2 == u4_2)) {
                    acc2_0 = u4_2;
                    idx2_0 = j;
                }
                if (u5_2 > acc2_1 || (idx2_1 < 0 && u5_2 == u5_2)) {
                    acc2_1 = u5_2;
                    idx2_1 = j;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 > acc3_0 || (idx3_0 < 0 && u4_3 == u4_3)) {
                    acc3_0 = u4_3;
                    idx3_0 = j;
                }
                if (u5_3 > acc3_1 || (idx3_1 < 0 && u5_3 == u5_3)) {
                    acc3_1 = u5_3;
                    idx3_1 = j;
                }
            }
            outIndex[r * 2] = idx0_0;
            outIndex[r * 2 + 1] = idx0_1;
            outIndex[(r + 1) * 2] = idx1_0;
            outIndex[(r + 1) * 2 + 1] = idx1_1;
            outIndex[(r + 2) * 2] = idx2_0;
            outIndex[(r + 2) * 2 + 1] = idx2_1;
            outIndex[(r + 3) * 2] = idx3_0;
            outIndex[(r + 3) * 2 + 1] = idx3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void argMaxRow(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            argMaxRowTail(x_, soa1, r, js, je, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void argMaxRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
            }
            outIndex[r * 2] = idx0_0;
            outIndex[r * 2 + 1] = idx0_1;
        }

        static void maxArgMax(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out, int[] outIndex) {
            final double[] st = new double[8];
            final int[] ist = new int[8];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                maxArgMaxRows4(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                maxArgMaxRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void maxArgMaxRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final VectorMask<Float> mk1_0 = v4_1.compare(VectorOperators.GT, accv1_0).or(idxv1_0.lt(0).cast(FS).and(v4_1.eq(v4_1)));
                accv1_0 = accv1_0.blend(v4_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(FIS));
                final VectorMask<Float> mk1_1 = v5_1.compare(VectorOperators.GT, accv1_1).or(idxv1_1.lt(0).cast(FS).and(v5_1.eq(v5_1)));
                accv1_1 = accv1_1.blend(v5_1, mk1_1);
                idxv1_1 = idxv1_1.blend(jv, mk1_1.cast(FIS));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                final VectorMask<Float> mk2_0 = v4_2.compare(VectorOperators.GT, accv2_0).or(idxv2_0.lt(0).cast(FS).and(v4_2.eq(v4_2)));
                accv2_0 = accv2_0.blend(v4_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(FIS));
                final VectorMask<Float> mk2_1 = v5_2.compare(VectorOperators.GT, accv2_1).or(idxv2_1.lt(0).cast(FS).and(v5_2.eq(v5_2)));
                accv2_1 = accv2_1.blend(v5_2, mk2_1);
                idxv2_1 = idxv2_1.blend(jv, mk2_1.cast(FIS));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                final VectorMask<Float> mk3_0 = v4_3.compare(VectorOperators.GT, accv3_0).or(idxv3_0.lt(0).cast(FS).and(v4_3.eq(v4_3)));
                accv3_0 = accv3_0.blend(v4_3, mk3_0);
                idxv3_0 = idxv3_0.blend(jv, mk3_0.cast(FIS));
                final VectorMask<Float> mk3_1 = v5_3.compare(VectorOperators.GT, accv3_1).or(idxv3_1.lt(0).cast(FS).and(v5_3.eq(v5_3)));
                accv3_1 = accv3_1.blend(v5_3, mk3_1);
                idxv3_1 = idxv3_1.blend(jv, mk3_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            float acc1_0 = Float.NEGATIVE_INFINITY;
            int idx1_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_0.lane(l);
                final int ix = idxv1_0.lane(l);
                if (ix >= 0 && (idx1_0 < 0 || a > acc1_0 || (a == acc1_0 && ix < idx1_0))) {
                    acc1_0 = a;
                    idx1_0 = ix;
                }
            }
            float acc1_1 = Float.NEGATIVE_INFINITY;
            int idx1_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_1.lane(l);
                final int ix = idxv1_1.lane(l);
                if (ix >= 0 && (idx1_1 < 0 || a > acc1_1 || (a == acc1_1 && ix < idx1_1))) {
                    acc1_1 = a;
                    idx1_1 = ix;
                }
            }
            float acc2_0 = Float.NEGATIVE_INFINITY;
            int idx2_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_0.lane(l);
                final int ix = idxv2_0.lane(l);
                if (ix >= 0 && (idx2_0 < 0 || a > acc2_0 || (a == acc2_0 && ix < idx2_0))) {
                    acc2_0 = a;
                    idx2_0 = ix;
                }
            }
            float acc2_1 = Float.NEGATIVE_INFINITY;
            int idx2_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_1.lane(l);
                final int ix = idxv2_1.lane(l);
                if (ix >= 0 && (idx2_1 < 0 || a > acc2_1 || (a == acc2_1 && ix < idx2_1))) {
                    acc2_1 = a;
                    idx2_1 = ix;
                }
            }
            float acc3_0 = Float.NEGATIVE_INFINITY;
            int idx3_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_0.lane(l);
                final int ix = idxv3_0.lane(l);
                if (ix >= 0 && (idx3_0 < 0 || a > acc3_0 || (a == acc3_0 && ix < idx3_0))) {
                    acc3_0 = a;
                    idx3_0 = ix;
                }
            }
            float acc3_1 = Float.NEGATIVE_INFINITY;
            int idx3_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_1.lane(l);
                final int ix = idxv3_1.lane(l);
                if (ix >= 0 && (idx3_1 < 0 || a > acc3_1 || (a == acc3_1 && ix < idx3_1))) {
                    acc3_1 = a;
                    idx3_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            st[2] = acc1_0;
            ist[2] = idx1_0;
            st[3] = acc1_1;
            ist[3] = idx1_1;
            st[4] = acc2_0;
            ist[4] = idx2_0;
            st[5] = acc2_1;
            ist[5] = idx2_1;
            st[6] = acc3_0;
            ist[6] = idx3_0;
            st[7] = acc3_1;
            ist[7] = idx3_1;
            maxArgMaxRows4Tail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void maxArgMaxRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            float acc1_0 = (float) st[2];
            int idx1_0 = ist[2];
            float acc1_1 = (float) st[3];
            int idx1_1 = ist[3];
            float acc2_0 = (float) st[4];
            int idx2_0 = ist[4];
            float acc2_1 = (float) st[5];
            int idx2_1 = ist[5];
            float acc3_0 = (float) st[6];
            int idx3_0 = ist[6];
            float acc3_1 = (float) st[7];
            int idx3_1 = ist[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 > acc1_0 || (idx1_0 < 0 && u4_1 == u4_1)) {
                    acc1_0 = u4_1;
                    idx1_0 = j;
                }
                if (u5_1 > acc1_1 || (idx1_1 < 0 && u5_1 == u5_1)) {
                    acc1_1 = u5_1;
                    idx1_1 = j;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 > acc2_0 || (idx2_0 < 0 && u4_2 == u4_2)) {
                    acc2_0 = u4_2;
                    idx2_0 = j;
                }
                if (u5_2 > acc2_1 || (idx2_1 < 0 && u5_2 == u5_2)) {
                    acc2_1 = u5_2;
                    idx2_1 = j;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 > acc3_0 || (idx3_0 < 0 && u4_3 == u4_3)) {
                    acc3_0 = u4_3;
                    idx3_0 = j;
                }
                if (u5_3 > acc3_1 || (idx3_1 < 0 && u5_3 == u5_3)) {
                    acc3_1 = u5_3;
                    idx3_1 = j;
                }
            }
            out[r * 2] = acc0_0;
            outIndex[r * 2] = idx0_0;
            out[r * 2 + 1] = acc0_1;
            outIndex[r * 2 + 1] = idx0_1;
            out[(r + 1) * 2] = acc1_0;
            outIndex[(r + 1) * 2] = idx1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            outIndex[(r + 1) * 2 + 1] = idx1_1;
            out[(r + 2) * 2] = acc2_0;
            outIndex[(r + 2) * 2] = idx2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            outIndex[(r + 2) * 2 + 1] = idx2_1;
            out[(r + 3) * 2] = acc3_0;
            outIndex[(r + 3) * 2] = idx3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
            outIndex[(r + 3) * 2 + 1] = idx3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void maxArgMaxRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            maxArgMaxRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void maxArgMaxRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
            }
            out[r * 2] = acc0_0;
            outIndex[r * 2] = idx0_0;
            out[r * 2 + 1] = acc0_1;
            outIndex[r * 2 + 1] = idx0_1;
        }

        static void kMin(float[] x_, float[][] soa1, int r0, int r1, int js, int je, float[] out) {
            final double[] st = new double[0];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            final float[] kv0 = new float[3];
            final int[] ki0 = new int[3];
            final int[] kn0 = new int[1];
            final float[] kb0_0 = new float[256];
            final float[][] rbFloat1 = {kv0, kb0_0};
            final int[][] rbInt1 = {ki0, kn0};
            int r = r0;
            for (; r < r1; r++) {
                kMinRow(x_, soa1, r, js, je, out, st, ist, ln, rbFloat1, rbInt1);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void kMinRow(float[] x_, float[][] soa1, int r, int js, int je, float[] out,
                double[] st, int[] ist, float[] ln, float[][] rbFloat, int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final float[] kb0_0 = rbFloat[1];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                boolean hit0_0 = false;
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v4_0 = b0_0.sub(v2);
                    final FloatVector v5_0 = b1_0.sub(v3);
                    final FloatVector v7_0 = v5_0.mul(v5_0);
                    final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                    v8_0.intoArray(kb0_0, j - j0);
                    hit0_0 |= v8_0.lt(thr0_0).anyTrue();
                }
                if (hit0_0 || kn0[0] < 3) {
                    for (int jr = j0; jr < j1; jr += FS.length()) {
                        final FloatVector kw = FloatVector.fromArray(FS, kb0_0, jr - j0);
                        final VectorMask<Float> mk = kn0[0] < 3 ? kw.eq(kw) : kw.lt(thr0_0);
                        if (mk.anyTrue()) {
                            for (long bits = mk.toLong(); bits != 0; bits &= bits - 1) {
                                final int l = Long.numberOfTrailingZeros(bits);
                                KSmallest.offer(kv0, ki0, kn0, 3, 1, 0, kb0_0[jr - j0 + l], jr + l);
                            }
                            thr0_0 = kv0[2];
                        }
                    }
                }
            }
            kMinRowTail(x_, soa1, r, js, je, out, bound, st, ist, rbFloat, rbInt);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void kMinRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int bound, double[] st, int[] ist, float[][] rbFloat, int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                KSmallest.offer(kv0, ki0, kn0, 3, 1, 0, u8_0, j);
            }
            System.arraycopy(kv0, 0, out, r * 3, 3);
        }

        static void kMinArgKMin(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out, int[] outIndex) {
            final double[] st = new double[0];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            final float[] kv0 = new float[3];
            final int[] ki0 = new int[3];
            final int[] kn0 = new int[1];
            final float[] kb0_0 = new float[256];
            final float[][] rbFloat1 = {kv0, kb0_0};
            final int[][] rbInt1 = {ki0, kn0};
            int r = r0;
            for (; r < r1; r++) {
                kMinArgKMinRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln, rbFloat1, rbInt1);
            }
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void kMinArgKMinRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final float[] kb0_0 = rbFloat[1];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            KSmallest.reset(kv0, ki0, kn0);
            float thr0_0 = Float.POSITIVE_INFINITY;
            final int bound = js + FS.loopBound(je - js);
            for (int j0 = js; j0 < bound; j0 += 256) {
                final int j1 = Math.min(bound, j0 + 256);
                boolean hit0_0 = false;
                for (int j = j0; j < j1; j += FS.length()) {
                    final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                    final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                    final FloatVector v4_0 = b0_0.sub(v2);
                    final FloatVector v5_0 = b1_0.sub(v3);
                    final FloatVector v7_0 = v5_0.mul(v5_0);
                    final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                    v8_0.intoArray(kb0_0, j - j0);
                    hit0_0 |= v8_0.lt(thr0_0).anyTrue();
                }
                if (hit0_0 || kn0[0] < 3) {
                    for (int jr = j0; jr < j1; jr += FS.length()) {
                        final FloatVector kw = FloatVector.fromArray(FS, kb0_0, jr - j0);
                        final VectorMask<Float> mk = kn0[0] < 3 ? kw.eq(kw) : kw.lt(thr0_0);
                        if (mk.anyTrue()) {
                            for (long bits = mk.toLong(); bits != 0; bits &= bits - 1) {
                                final int l = Long.numberOfTrailingZeros(bits);
                                KSmallest.offer(kv0, ki0, kn0, 3, 1, 0, kb0_0[jr - j0 + l], jr + l);
                            }
                            thr0_0 = kv0[2];
                        }
                    }
                }
            }
            kMinArgKMinRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist, rbFloat, rbInt);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void kMinArgKMinRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist, float[][] rbFloat,
                int[][] rbInt) {
            final float[] kv0 = rbFloat[0];
            final int[] ki0 = rbInt[0];
            final int[] kn0 = rbInt[1];
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                KSmallest.offer(kv0, ki0, kn0, 3, 1, 0, u8_0, j);
            }
            System.arraycopy(kv0, 0, out, r * 3, 3);
            System.arraycopy(ki0, 0, outIndex, r * 3, 3);
        }

        static void weightedLse(float[] x_, float[][] soa1, float[][] soa2, int r0, int r1, int js,
                int je, float[] out) {
            final double[] st = new double[6];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                weightedLseRows2(x_, soa1, soa2, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                weightedLseRow(x_, soa1, soa2, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void weightedLseRows2(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector sev0_1 = FloatVector.zero(FS);
            FloatVector mxv1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev1_0 = FloatVector.zero(FS);
            FloatVector sev1_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v10 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v11 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final VectorMask<Float> up0 = v9_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v9_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v9_0.min(mxv0).sub(v9_0.max(mxv0)).blend(0, v9_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                sev0_0 = e0.fma(v10, sev0_0).blend(sev0_0.fma(e0, v10), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v11, sev0_1).blend(sev0_1.fma(e0, v11), up0).blend(sev0_1, keep0);
                mxv0 = mxv0.blend(v9_0, up0);
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final FloatVector v7_1 = v5_1.mul(v5_1);
                final FloatVector v8_1 = v4_1.fma(v4_1, v7_1);
                final FloatVector v9_1 = v8_1.neg();
                final VectorMask<Float> up1 = v9_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Float> keep1 = v9_1.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed1 = v9_1.min(mxv1).sub(v9_1.max(mxv1)).blend(0, v9_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.442695f, 1.2582912E7f);
                final var e1k1 = e1k0.sub(1.2582912E7f);
                final var e1k2 = e1k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed1);
                final var e1k3 = e1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e1k2);
                final var e1k4 = e1k3.fma(0.0013933751f, 0.008369237f);
                final var e1k5 = e1k4.fma(e1k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e1k6 = e1k5.fma(e1k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e1k7 = e1k6.fma(e1k3, FloatVector.broadcast(FS, 0.5f));
                final var e1k8 = e1k7.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k9 = e1k8.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k10 = e1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e1k11 = e1k9.reinterpretAsInts().add(e1k10).reinterpretAsFloats();
                final FloatVector e1 = ed1.mul(Float.POSITIVE_INFINITY).blend(e1k11, ed1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed1.lt(-87.33654f));
                sev1_0 = e1.fma(v10, sev1_0).blend(sev1_0.fma(e1, v10), up1).blend(sev1_0, keep1);
                sev1_1 = e1.fma(v11, sev1_1).blend(sev1_1.fma(e1, v11), up1).blend(sev1_1, keep1);
                mxv1 = mxv1.blend(v9_1, up1);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float se0_0 = 0;
            float se0_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
            }
            float mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            float se1_0 = 0;
            float se1_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv1.lane(l);
                final float f = ml == mx1 ? 1 : (float) Math.exp(ml - mx1);
                se1_0 += sev1_0.lane(l) * f;
                se1_1 += sev1_1.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            st[2] = se0_1;
            st[3] = mx1;
            st[4] = se1_0;
            st[5] = se1_1;
            weightedLseRows2Tail(x_, soa1, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void weightedLseRows2Tail(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            float mx0 = (float) st[0];
            float se0_0 = (float) st[1];
            float se0_1 = (float) st[2];
            float mx1 = (float) st[3];
            float se1_0 = (float) st[4];
            float se1_1 = (float) st[5];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u10 = col2_0[j];
                final float u11 = col2_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                if (u9_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u9_0);
                    se0_0 = se0_0 * sc + u10;
                    se0_1 = se0_1 * sc + u11;
                    mx0 = u9_0;
                } else if (u9_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_0 == mx0 ? 1 : (float) Math.exp(u9_0 - mx0);
                    se0_0 += e * u10;
                    se0_1 += e * u11;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                final float u6_1 = u4_1 * u4_1;
                final float u7_1 = u5_1 * u5_1;
                final float u8_1 = u6_1 + u7_1;
                final float u9_1 = -u8_1;
                if (u9_1 > mx1) {
                    final float sc = (float) Math.exp(mx1 - u9_1);
                    se1_0 = se1_0 * sc + u10;
                    se1_1 = se1_1 * sc + u11;
                    mx1 = u9_1;
                } else if (u9_1 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_1 == mx1 ? 1 : (float) Math.exp(u9_1 - mx1);
                    se1_0 += e * u10;
                    se1_1 += e * u11;
                }
            }
            out[r * 2] = mx0 + (float) Math.log(se0_0);
            out[r * 2 + 1] = mx0 + (float) Math.log(se0_1);
            out[(r + 1) * 2] = mx1 + (float) Math.log(se1_0);
            out[(r + 1) * 2 + 1] = mx1 + (float) Math.log(se1_1);
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void weightedLseRow(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector sev0_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v10 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v11 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final VectorMask<Float> up0 = v9_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v9_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v9_0.min(mxv0).sub(v9_0.max(mxv0)).blend(0, v9_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                sev0_0 = e0.fma(v10, sev0_0).blend(sev0_0.fma(e0, v10), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v11, sev0_1).blend(sev0_1.fma(e0, v11), up0).blend(sev0_1, keep0);
                mxv0 = mxv0.blend(v9_0, up0);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float se0_0 = 0;
            float se0_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            st[2] = se0_1;
            weightedLseRowTail(x_, soa1, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void weightedLseRowTail(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float mx0 = (float) st[0];
            float se0_0 = (float) st[1];
            float se0_1 = (float) st[2];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u10 = col2_0[j];
                final float u11 = col2_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                if (u9_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u9_0);
                    se0_0 = se0_0 * sc + u10;
                    se0_1 = se0_1 * sc + u11;
                    mx0 = u9_0;
                } else if (u9_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_0 == mx0 ? 1 : (float) Math.exp(u9_0 - mx0);
                    se0_0 += e * u10;
                    se0_1 += e * u11;
                }
            }
            out[r * 2] = mx0 + (float) Math.log(se0_0);
            out[r * 2 + 1] = mx0 + (float) Math.log(se0_1);
        }

        static void softmax(float[] x_, float[][] soa1, float[][] soa2, float g_, int r0, int r1,
                int js, int je, float[] out) {
            final double[] st = new double[6];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                softmaxRows2(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                softmaxRow(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void softmaxRows2(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b10 = FloatVector.broadcast(FS, g_);
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv0 = FloatVector.zero(FS);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector mxv1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv1 = FloatVector.zero(FS);
            FloatVector sev1_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final FloatVector v11_0 = v9_0.mul(b10);
                final VectorMask<Float> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v11_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, FloatVector.broadcast(FS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final FloatVector v7_1 = v5_1.mul(v5_1);
                final FloatVector v8_1 = v4_1.fma(v4_1, v7_1);
                final FloatVector v9_1 = v8_1.neg();
                final FloatVector v11_1 = v9_1.mul(b10);
                final VectorMask<Float> up1 = v11_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Float> keep1 = v11_1.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed1 = v11_1.min(mxv1).sub(v11_1.max(mxv1)).blend(0, v11_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.442695f, 1.2582912E7f);
                final var e1k1 = e1k0.sub(1.2582912E7f);
                final var e1k2 = e1k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed1);
                final var e1k3 = e1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e1k2);
                final var e1k4 = e1k3.fma(0.0013933751f, 0.008369237f);
                final var e1k5 = e1k4.fma(e1k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e1k6 = e1k5.fma(e1k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e1k7 = e1k6.fma(e1k3, FloatVector.broadcast(FS, 0.5f));
                final var e1k8 = e1k7.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k9 = e1k8.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k10 = e1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e1k11 = e1k9.reinterpretAsInts().add(e1k10).reinterpretAsFloats();
                final FloatVector e1 = ed1.mul(Float.POSITIVE_INFINITY).blend(e1k11, ed1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed1.lt(-87.33654f));
                swv1 = swv1.add(e1).blend(swv1.fma(e1, FloatVector.broadcast(FS, 1)), up1).blend(swv1, keep1);
                sev1_0 = e1.fma(v12, sev1_0).blend(sev1_0.fma(e1, v12), up1).blend(sev1_0, keep1);
                mxv1 = mxv1.blend(v11_1, up1);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float sw0 = 0;
            float se0_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
            }
            float mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            float sw1 = 0;
            float se1_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv1.lane(l);
                final float f = ml == mx1 ? 1 : (float) Math.exp(ml - mx1);
                sw1 += swv1.lane(l) * f;
                se1_0 += sev1_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            st[3] = mx1;
            st[4] = sw1;
            st[5] = se1_0;
            softmaxRows2Tail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void softmaxRows2Tail(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            float mx0 = (float) st[0];
            float sw0 = (float) st[1];
            float se0_0 = (float) st[2];
            float mx1 = (float) st[3];
            float sw1 = (float) st[4];
            float se1_0 = (float) st[5];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u12 = col2_0[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                final float u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    mx0 = u11_0;
                } else if (u11_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_0 == mx0 ? 1 : (float) Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                final float u6_1 = u4_1 * u4_1;
                final float u7_1 = u5_1 * u5_1;
                final float u8_1 = u6_1 + u7_1;
                final float u9_1 = -u8_1;
                final float u11_1 = u9_1 * g_;
                if (u11_1 > mx1) {
                    final float sc = (float) Math.exp(mx1 - u11_1);
                    sw1 = sw1 * sc + 1;
                    se1_0 = se1_0 * sc + u12;
                    mx1 = u11_1;
                } else if (u11_1 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_1 == mx1 ? 1 : (float) Math.exp(u11_1 - mx1);
                    sw1 += e;
                    se1_0 += e * u12;
                }
            }
            out[r] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[(r + 1)] = sw1 == 0 ? 0 : se1_0 / sw1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void softmaxRow(float[] x_, float[][] soa1, float[][] soa2, float g_, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b10 = FloatVector.broadcast(FS, g_);
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv0 = FloatVector.zero(FS);
            FloatVector sev0_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final FloatVector v11_0 = v9_0.mul(b10);
                final VectorMask<Float> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v11_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, FloatVector.broadcast(FS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float sw0 = 0;
            float se0_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            softmaxRowTail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void softmaxRowTail(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float mx0 = (float) st[0];
            float sw0 = (float) st[1];
            float se0_0 = (float) st[2];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u12 = col2_0[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                final float u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    mx0 = u11_0;
                } else if (u11_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_0 == mx0 ? 1 : (float) Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                }
            }
            out[r] = sw0 == 0 ? 0 : se0_0 / sw0;
        }

        static void argMax$part(float[] x_, float[][] soa1, int r0, int r1, int js, int je,
                float[] out, int[] outIndex) {
            final double[] st = new double[8];
            final int[] ist = new int[8];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                argMax$partRows4(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
            for (; r < r1; r++) {
                argMax$partRow(x_, soa1, r, js, je, out, outIndex, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 4).
         */
        private static void argMax$partRows4(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final FloatVector b0_2 = FloatVector.broadcast(FS, t0_2);
            final FloatVector b1_2 = FloatVector.broadcast(FS, t1_2);
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            final FloatVector b0_3 = FloatVector.broadcast(FS, t0_3);
            final FloatVector b1_3 = FloatVector.broadcast(FS, t1_3);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv1_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv1_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv2_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv2_1 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv3_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv3_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final VectorMask<Float> mk1_0 = v4_1.compare(VectorOperators.GT, accv1_0).or(idxv1_0.lt(0).cast(FS).and(v4_1.eq(v4_1)));
                accv1_0 = accv1_0.blend(v4_1, mk1_0);
                idxv1_0 = idxv1_0.blend(jv, mk1_0.cast(FIS));
                final VectorMask<Float> mk1_1 = v5_1.compare(VectorOperators.GT, accv1_1).or(idxv1_1.lt(0).cast(FS).and(v5_1.eq(v5_1)));
                accv1_1 = accv1_1.blend(v5_1, mk1_1);
                idxv1_1 = idxv1_1.blend(jv, mk1_1.cast(FIS));
                final FloatVector v4_2 = b0_2.sub(v2);
                final FloatVector v5_2 = b1_2.sub(v3);
                final VectorMask<Float> mk2_0 = v4_2.compare(VectorOperators.GT, accv2_0).or(idxv2_0.lt(0).cast(FS).and(v4_2.eq(v4_2)));
                accv2_0 = accv2_0.blend(v4_2, mk2_0);
                idxv2_0 = idxv2_0.blend(jv, mk2_0.cast(FIS));
                final VectorMask<Float> mk2_1 = v5_2.compare(VectorOperators.GT, accv2_1).or(idxv2_1.lt(0).cast(FS).and(v5_2.eq(v5_2)));
                accv2_1 = accv2_1.blend(v5_2, mk2_1);
                idxv2_1 = idxv2_1.blend(jv, mk2_1.cast(FIS));
                final FloatVector v4_3 = b0_3.sub(v2);
                final FloatVector v5_3 = b1_3.sub(v3);
                final VectorMask<Float> mk3_0 = v4_3.compare(VectorOperators.GT, accv3_0).or(idxv3_0.lt(0).cast(FS).and(v4_3.eq(v4_3)));
                accv3_0 = accv3_0.blend(v4_3, mk3_0);
                idxv3_0 = idxv3_0.blend(jv, mk3_0.cast(FIS));
                final VectorMask<Float> mk3_1 = v5_3.compare(VectorOperators.GT, accv3_1).or(idxv3_1.lt(0).cast(FS).and(v5_3.eq(v5_3)));
                accv3_1 = accv3_1.blend(v5_3, mk3_1);
                idxv3_1 = idxv3_1.blend(jv, mk3_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            float acc1_0 = Float.NEGATIVE_INFINITY;
            int idx1_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_0.lane(l);
                final int ix = idxv1_0.lane(l);
                if (ix >= 0 && (idx1_0 < 0 || a > acc1_0 || (a == acc1_0 && ix < idx1_0))) {
                    acc1_0 = a;
                    idx1_0 = ix;
                }
            }
            float acc1_1 = Float.NEGATIVE_INFINITY;
            int idx1_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv1_1.lane(l);
                final int ix = idxv1_1.lane(l);
                if (ix >= 0 && (idx1_1 < 0 || a > acc1_1 || (a == acc1_1 && ix < idx1_1))) {
                    acc1_1 = a;
                    idx1_1 = ix;
                }
            }
            float acc2_0 = Float.NEGATIVE_INFINITY;
            int idx2_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_0.lane(l);
                final int ix = idxv2_0.lane(l);
                if (ix >= 0 && (idx2_0 < 0 || a > acc2_0 || (a == acc2_0 && ix < idx2_0))) {
                    acc2_0 = a;
                    idx2_0 = ix;
                }
            }
            float acc2_1 = Float.NEGATIVE_INFINITY;
            int idx2_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv2_1.lane(l);
                final int ix = idxv2_1.lane(l);
                if (ix >= 0 && (idx2_1 < 0 || a > acc2_1 || (a == acc2_1 && ix < idx2_1))) {
                    acc2_1 = a;
                    idx2_1 = ix;
                }
            }
            float acc3_0 = Float.NEGATIVE_INFINITY;
            int idx3_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_0.lane(l);
                final int ix = idxv3_0.lane(l);
                if (ix >= 0 && (idx3_0 < 0 || a > acc3_0 || (a == acc3_0 && ix < idx3_0))) {
                    acc3_0 = a;
                    idx3_0 = ix;
                }
            }
            float acc3_1 = Float.NEGATIVE_INFINITY;
            int idx3_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv3_1.lane(l);
                final int ix = idxv3_1.lane(l);
                if (ix >= 0 && (idx3_1 < 0 || a > acc3_1 || (a == acc3_1 && ix < idx3_1))) {
                    acc3_1 = a;
                    idx3_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            st[2] = acc1_0;
            ist[2] = idx1_0;
            st[3] = acc1_1;
            ist[3] = idx1_1;
            st[4] = acc2_0;
            ist[4] = idx2_0;
            st[5] = acc2_1;
            ist[5] = idx2_1;
            st[6] = acc3_0;
            ist[6] = idx3_0;
            st[7] = acc3_1;
            ist[7] = idx3_1;
            argMax$partRows4Tail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 4), from the state the vector loop left.
         */
        private static void argMax$partRows4Tail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final float t0_2 = x_[(r + 2) * 2];
            final float t1_2 = x_[(r + 2) * 2 + 1];
            final float t0_3 = x_[(r + 3) * 2];
            final float t1_3 = x_[(r + 3) * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            float acc1_0 = (float) st[2];
            int idx1_0 = ist[2];
            float acc1_1 = (float) st[3];
            int idx1_1 = ist[3];
            float acc2_0 = (float) st[4];
            int idx2_0 = ist[4];
            float acc2_1 = (float) st[5];
            int idx2_1 = ist[5];
            float acc3_0 = (float) st[6];
            int idx3_0 = ist[6];
            float acc3_1 = (float) st[7];
            int idx3_1 = ist[7];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                if (u4_1 > acc1_0 || (idx1_0 < 0 && u4_1 == u4_1)) {
                    acc1_0 = u4_1;
                    idx1_0 = j;
                }
                if (u5_1 > acc1_1 || (idx1_1 < 0 && u5_1 == u5_1)) {
                    acc1_1 = u5_1;
                    idx1_1 = j;
                }
                final float u4_2 = t0_2 - u2;
                final float u5_2 = t1_2 - u3;
                if (u4_2 > acc2_0 || (idx2_0 < 0 && u4_2 == u4_2)) {
                    acc2_0 = u4_2;
                    idx2_0 = j;
                }
                if (u5_2 > acc2_1 || (idx2_1 < 0 && u5_2 == u5_2)) {
                    acc2_1 = u5_2;
                    idx2_1 = j;
                }
                final float u4_3 = t0_3 - u2;
                final float u5_3 = t1_3 - u3;
                if (u4_3 > acc3_0 || (idx3_0 < 0 && u4_3 == u4_3)) {
                    acc3_0 = u4_3;
                    idx3_0 = j;
                }
                if (u5_3 > acc3_1 || (idx3_1 < 0 && u5_3 == u5_3)) {
                    acc3_1 = u5_3;
                    idx3_1 = j;
                }
            }
            out[r * 2] = acc0_0;
            outIndex[r * 2] = idx0_0;
            out[r * 2 + 1] = acc0_1;
            outIndex[r * 2 + 1] = idx0_1;
            out[(r + 1) * 2] = acc1_0;
            outIndex[(r + 1) * 2] = idx1_0;
            out[(r + 1) * 2 + 1] = acc1_1;
            outIndex[(r + 1) * 2 + 1] = idx1_1;
            out[(r + 2) * 2] = acc2_0;
            outIndex[(r + 2) * 2] = idx2_0;
            out[(r + 2) * 2 + 1] = acc2_1;
            outIndex[(r + 2) * 2 + 1] = idx2_1;
            out[(r + 3) * 2] = acc3_0;
            outIndex[(r + 3) * 2] = idx3_0;
            out[(r + 3) * 2 + 1] = acc3_1;
            outIndex[(r + 3) * 2 + 1] = idx3_1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void argMax$partRow(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector accv0_0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_0 = IntVector.broadcast(FIS, -1);
            FloatVector accv0_1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            IntVector idxv0_1 = IntVector.broadcast(FIS, -1);
            final IntVector iota = IntVector.zero(FIS).addIndex(1);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final IntVector jv = iota.add(j);
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final VectorMask<Float> mk0_0 = v4_0.compare(VectorOperators.GT, accv0_0).or(idxv0_0.lt(0).cast(FS).and(v4_0.eq(v4_0)));
                accv0_0 = accv0_0.blend(v4_0, mk0_0);
                idxv0_0 = idxv0_0.blend(jv, mk0_0.cast(FIS));
                final VectorMask<Float> mk0_1 = v5_0.compare(VectorOperators.GT, accv0_1).or(idxv0_1.lt(0).cast(FS).and(v5_0.eq(v5_0)));
                accv0_1 = accv0_1.blend(v5_0, mk0_1);
                idxv0_1 = idxv0_1.blend(jv, mk0_1.cast(FIS));
            }
            float acc0_0 = Float.NEGATIVE_INFINITY;
            int idx0_0 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_0.lane(l);
                final int ix = idxv0_0.lane(l);
                if (ix >= 0 && (idx0_0 < 0 || a > acc0_0 || (a == acc0_0 && ix < idx0_0))) {
                    acc0_0 = a;
                    idx0_0 = ix;
                }
            }
            float acc0_1 = Float.NEGATIVE_INFINITY;
            int idx0_1 = -1;
            for (int l = 0; l < FS.length(); l++) {
                final float a = accv0_1.lane(l);
                final int ix = idxv0_1.lane(l);
                if (ix >= 0 && (idx0_1 < 0 || a > acc0_1 || (a == acc0_1 && ix < idx0_1))) {
                    acc0_1 = a;
                    idx0_1 = ix;
                }
            }
            st[0] = acc0_0;
            ist[0] = idx0_0;
            st[1] = acc0_1;
            ist[1] = idx0_1;
            argMax$partRowTail(x_, soa1, r, js, je, out, outIndex, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void argMax$partRowTail(float[] x_, float[][] soa1, int r, int js, int je,
                float[] out, int[] outIndex, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float acc0_0 = (float) st[0];
            int idx0_0 = ist[0];
            float acc0_1 = (float) st[1];
            int idx0_1 = ist[1];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                if (u4_0 > acc0_0 || (idx0_0 < 0 && u4_0 == u4_0)) {
                    acc0_0 = u4_0;
                    idx0_0 = j;
                }
                if (u5_0 > acc0_1 || (idx0_1 < 0 && u5_0 == u5_0)) {
                    acc0_1 = u5_0;
                    idx0_1 = j;
                }
            }
            out[r * 2] = acc0_0;
            outIndex[r * 2] = idx0_0;
            out[r * 2 + 1] = acc0_1;
            outIndex[r * 2 + 1] = idx0_1;
        }

        static void weightedLse$part(float[] x_, float[][] soa1, float[][] soa2, int r0, int r1,
                int js, int je, float[] out) {
            final double[] st = new double[6];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                weightedLse$partRows2(x_, soa1, soa2, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                weightedLse$partRow(x_, soa1, soa2, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void weightedLse$partRows2(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector sev0_1 = FloatVector.zero(FS);
            FloatVector mxv1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev1_0 = FloatVector.zero(FS);
            FloatVector sev1_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v10 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v11 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final VectorMask<Float> up0 = v9_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v9_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v9_0.min(mxv0).sub(v9_0.max(mxv0)).blend(0, v9_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                sev0_0 = e0.fma(v10, sev0_0).blend(sev0_0.fma(e0, v10), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v11, sev0_1).blend(sev0_1.fma(e0, v11), up0).blend(sev0_1, keep0);
                mxv0 = mxv0.blend(v9_0, up0);
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final FloatVector v7_1 = v5_1.mul(v5_1);
                final FloatVector v8_1 = v4_1.fma(v4_1, v7_1);
                final FloatVector v9_1 = v8_1.neg();
                final VectorMask<Float> up1 = v9_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Float> keep1 = v9_1.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed1 = v9_1.min(mxv1).sub(v9_1.max(mxv1)).blend(0, v9_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.442695f, 1.2582912E7f);
                final var e1k1 = e1k0.sub(1.2582912E7f);
                final var e1k2 = e1k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed1);
                final var e1k3 = e1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e1k2);
                final var e1k4 = e1k3.fma(0.0013933751f, 0.008369237f);
                final var e1k5 = e1k4.fma(e1k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e1k6 = e1k5.fma(e1k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e1k7 = e1k6.fma(e1k3, FloatVector.broadcast(FS, 0.5f));
                final var e1k8 = e1k7.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k9 = e1k8.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k10 = e1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e1k11 = e1k9.reinterpretAsInts().add(e1k10).reinterpretAsFloats();
                final FloatVector e1 = ed1.mul(Float.POSITIVE_INFINITY).blend(e1k11, ed1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed1.lt(-87.33654f));
                sev1_0 = e1.fma(v10, sev1_0).blend(sev1_0.fma(e1, v10), up1).blend(sev1_0, keep1);
                sev1_1 = e1.fma(v11, sev1_1).blend(sev1_1.fma(e1, v11), up1).blend(sev1_1, keep1);
                mxv1 = mxv1.blend(v9_1, up1);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float se0_0 = 0;
            float se0_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
            }
            float mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            float se1_0 = 0;
            float se1_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv1.lane(l);
                final float f = ml == mx1 ? 1 : (float) Math.exp(ml - mx1);
                se1_0 += sev1_0.lane(l) * f;
                se1_1 += sev1_1.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            st[2] = se0_1;
            st[3] = mx1;
            st[4] = se1_0;
            st[5] = se1_1;
            weightedLse$partRows2Tail(x_, soa1, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void weightedLse$partRows2Tail(float[] x_, float[][] soa1, float[][] soa2,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            float mx0 = (float) st[0];
            float se0_0 = (float) st[1];
            float se0_1 = (float) st[2];
            float mx1 = (float) st[3];
            float se1_0 = (float) st[4];
            float se1_1 = (float) st[5];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u10 = col2_0[j];
                final float u11 = col2_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                if (u9_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u9_0);
                    se0_0 = se0_0 * sc + u10;
                    se0_1 = se0_1 * sc + u11;
                    mx0 = u9_0;
                } else if (u9_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_0 == mx0 ? 1 : (float) Math.exp(u9_0 - mx0);
                    se0_0 += e * u10;
                    se0_1 += e * u11;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                final float u6_1 = u4_1 * u4_1;
                final float u7_1 = u5_1 * u5_1;
                final float u8_1 = u6_1 + u7_1;
                final float u9_1 = -u8_1;
                if (u9_1 > mx1) {
                    final float sc = (float) Math.exp(mx1 - u9_1);
                    se1_0 = se1_0 * sc + u10;
                    se1_1 = se1_1 * sc + u11;
                    mx1 = u9_1;
                } else if (u9_1 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_1 == mx1 ? 1 : (float) Math.exp(u9_1 - mx1);
                    se1_0 += e * u10;
                    se1_1 += e * u11;
                }
            }
            out[r * 3] = se0_0;
            out[r * 3 + 1] = se0_1;
            out[r * 3 + 2] = mx0;
            out[(r + 1) * 3] = se1_0;
            out[(r + 1) * 3 + 1] = se1_1;
            out[(r + 1) * 3 + 2] = mx1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void weightedLse$partRow(float[] x_, float[][] soa1, float[][] soa2, int r,
                int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector sev0_1 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v10 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v11 = FloatVector.fromArray(FS, col2_1, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final VectorMask<Float> up0 = v9_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v9_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v9_0.min(mxv0).sub(v9_0.max(mxv0)).blend(0, v9_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                sev0_0 = e0.fma(v10, sev0_0).blend(sev0_0.fma(e0, v10), up0).blend(sev0_0, keep0);
                sev0_1 = e0.fma(v11, sev0_1).blend(sev0_1.fma(e0, v11), up0).blend(sev0_1, keep0);
                mxv0 = mxv0.blend(v9_0, up0);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float se0_0 = 0;
            float se0_1 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                se0_0 += sev0_0.lane(l) * f;
                se0_1 += sev0_1.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = se0_0;
            st[2] = se0_1;
            weightedLse$partRowTail(x_, soa1, soa2, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void weightedLse$partRowTail(float[] x_, float[][] soa1, float[][] soa2,
                int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float[] col2_1 = soa2[1];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float mx0 = (float) st[0];
            float se0_0 = (float) st[1];
            float se0_1 = (float) st[2];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u10 = col2_0[j];
                final float u11 = col2_1[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                if (u9_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u9_0);
                    se0_0 = se0_0 * sc + u10;
                    se0_1 = se0_1 * sc + u11;
                    mx0 = u9_0;
                } else if (u9_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u9_0 == mx0 ? 1 : (float) Math.exp(u9_0 - mx0);
                    se0_0 += e * u10;
                    se0_1 += e * u11;
                }
            }
            out[r * 3] = se0_0;
            out[r * 3 + 1] = se0_1;
            out[r * 3 + 2] = mx0;
        }

        static void softmax$part(float[] x_, float[][] soa1, float[][] soa2, float g_, int r0,
                int r1, int js, int je, float[] out) {
            final double[] st = new double[6];
            final int[] ist = new int[0];
            final float[] ln = new float[FS.length()];
            int r = r0;
            for (; r + 2 <= r1; r += 2) {
                softmax$partRows2(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
            for (; r < r1; r++) {
                softmax$partRow(x_, soa1, soa2, g_, r, js, je, out, st, ist, ln);
            }
        }

        /**
         * Output rows [r, r + 2).
         */
        private static void softmax$partRows2(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b10 = FloatVector.broadcast(FS, g_);
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            final FloatVector b0_1 = FloatVector.broadcast(FS, t0_1);
            final FloatVector b1_1 = FloatVector.broadcast(FS, t1_1);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv0 = FloatVector.zero(FS);
            FloatVector sev0_0 = FloatVector.zero(FS);
            FloatVector mxv1 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv1 = FloatVector.zero(FS);
            FloatVector sev1_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final FloatVector v11_0 = v9_0.mul(b10);
                final VectorMask<Float> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v11_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, FloatVector.broadcast(FS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
                final FloatVector v4_1 = b0_1.sub(v2);
                final FloatVector v5_1 = b1_1.sub(v3);
                final FloatVector v7_1 = v5_1.mul(v5_1);
                final FloatVector v8_1 = v4_1.fma(v4_1, v7_1);
                final FloatVector v9_1 = v8_1.neg();
                final FloatVector v11_1 = v9_1.mul(b10);
                final VectorMask<Float> up1 = v11_1.compare(VectorOperators.GT, mxv1);
                final VectorMask<Float> keep1 = v11_1.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed1 = v11_1.min(mxv1).sub(v11_1.max(mxv1)).blend(0, v11_1.eq(mxv1));
                // e1 = Exp(ed1), inline (see VectorTranscendentals)
                final var e1k0 = ed1.fma(1.442695f, 1.2582912E7f);
                final var e1k1 = e1k0.sub(1.2582912E7f);
                final var e1k2 = e1k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed1);
                final var e1k3 = e1k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e1k2);
                final var e1k4 = e1k3.fma(0.0013933751f, 0.008369237f);
                final var e1k5 = e1k4.fma(e1k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e1k6 = e1k5.fma(e1k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e1k7 = e1k6.fma(e1k3, FloatVector.broadcast(FS, 0.5f));
                final var e1k8 = e1k7.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k9 = e1k8.fma(e1k3, FloatVector.broadcast(FS, 1.0f));
                final var e1k10 = e1k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e1k11 = e1k9.reinterpretAsInts().add(e1k10).reinterpretAsFloats();
                final FloatVector e1 = ed1.mul(Float.POSITIVE_INFINITY).blend(e1k11, ed1.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed1.lt(-87.33654f));
                swv1 = swv1.add(e1).blend(swv1.fma(e1, FloatVector.broadcast(FS, 1)), up1).blend(swv1, keep1);
                sev1_0 = e1.fma(v12, sev1_0).blend(sev1_0.fma(e1, v12), up1).blend(sev1_0, keep1);
                mxv1 = mxv1.blend(v11_1, up1);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float sw0 = 0;
            float se0_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
            }
            float mx1 = mxv1.reduceLanes(VectorOperators.MAX);
            float sw1 = 0;
            float se1_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv1.lane(l);
                final float f = ml == mx1 ? 1 : (float) Math.exp(ml - mx1);
                sw1 += swv1.lane(l) * f;
                se1_0 += sev1_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            st[3] = mx1;
            st[4] = sw1;
            st[5] = se1_0;
            softmax$partRows2Tail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 2), from the state the vector loop left.
         */
        private static void softmax$partRows2Tail(float[] x_, float[][] soa1, float[][] soa2,
                float g_, int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final float t0_1 = x_[(r + 1) * 2];
            final float t1_1 = x_[(r + 1) * 2 + 1];
            float mx0 = (float) st[0];
            float sw0 = (float) st[1];
            float se0_0 = (float) st[2];
            float mx1 = (float) st[3];
            float sw1 = (float) st[4];
            float se1_0 = (float) st[5];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u12 = col2_0[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                final float u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    mx0 = u11_0;
                } else if (u11_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_0 == mx0 ? 1 : (float) Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                }
                final float u4_1 = t0_1 - u2;
                final float u5_1 = t1_1 - u3;
                final float u6_1 = u4_1 * u4_1;
                final float u7_1 = u5_1 * u5_1;
                final float u8_1 = u6_1 + u7_1;
                final float u9_1 = -u8_1;
                final float u11_1 = u9_1 * g_;
                if (u11_1 > mx1) {
                    final float sc = (float) Math.exp(mx1 - u11_1);
                    sw1 = sw1 * sc + 1;
                    se1_0 = se1_0 * sc + u12;
                    mx1 = u11_1;
                } else if (u11_1 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_1 == mx1 ? 1 : (float) Math.exp(u11_1 - mx1);
                    sw1 += e;
                    se1_0 += e * u12;
                }
            }
            out[r * 3] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[r * 3 + 1] = mx0;
            out[r * 3 + 2] = sw0;
            out[(r + 1) * 3] = sw1 == 0 ? 0 : se1_0 / sw1;
            out[(r + 1) * 3 + 1] = mx1;
            out[(r + 1) * 3 + 2] = sw1;
        }

        /**
         * Output rows [r, r + 1).
         */
        private static void softmax$partRow(float[] x_, float[][] soa1, float[][] soa2, float g_,
                int r, int js, int je, float[] out, double[] st, int[] ist, float[] ln) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final FloatVector b10 = FloatVector.broadcast(FS, g_);
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            final FloatVector b0_0 = FloatVector.broadcast(FS, t0_0);
            final FloatVector b1_0 = FloatVector.broadcast(FS, t1_0);
            FloatVector mxv0 = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
            FloatVector swv0 = FloatVector.zero(FS);
            FloatVector sev0_0 = FloatVector.zero(FS);
            final int bound = js + FS.loopBound(je - js);
            for (int j = js; j < bound; j += FS.length()) {
                final FloatVector v2 = FloatVector.fromArray(FS, col1_0, j);
                final FloatVector v3 = FloatVector.fromArray(FS, col1_1, j);
                final FloatVector v12 = FloatVector.fromArray(FS, col2_0, j);
                final FloatVector v4_0 = b0_0.sub(v2);
                final FloatVector v5_0 = b1_0.sub(v3);
                final FloatVector v7_0 = v5_0.mul(v5_0);
                final FloatVector v8_0 = v4_0.fma(v4_0, v7_0);
                final FloatVector v9_0 = v8_0.neg();
                final FloatVector v11_0 = v9_0.mul(b10);
                final VectorMask<Float> up0 = v11_0.compare(VectorOperators.GT, mxv0);
                final VectorMask<Float> keep0 = v11_0.eq(Float.NEGATIVE_INFINITY);
                final FloatVector ed0 = v11_0.min(mxv0).sub(v11_0.max(mxv0)).blend(0, v11_0.eq(mxv0));
                // e0 = Exp(ed0), inline (see VectorTranscendentals)
                final var e0k0 = ed0.fma(1.442695f, 1.2582912E7f);
                final var e0k1 = e0k0.sub(1.2582912E7f);
                final var e0k2 = e0k1.fma(FloatVector.broadcast(FS, -0.6931472f), ed0);
                final var e0k3 = e0k1.fma(FloatVector.broadcast(FS, 1.9046542E-9f), e0k2);
                final var e0k4 = e0k3.fma(0.0013933751f, 0.008369237f);
                final var e0k5 = e0k4.fma(e0k3, FloatVector.broadcast(FS, 0.041666463f));
                final var e0k6 = e0k5.fma(e0k3, FloatVector.broadcast(FS, 0.16666505f));
                final var e0k7 = e0k6.fma(e0k3, FloatVector.broadcast(FS, 0.5f));
                final var e0k8 = e0k7.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k9 = e0k8.fma(e0k3, FloatVector.broadcast(FS, 1.0f));
                final var e0k10 = e0k0.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23);
                final var e0k11 = e0k9.reinterpretAsInts().add(e0k10).reinterpretAsFloats();
                final FloatVector e0 = ed0.mul(Float.POSITIVE_INFINITY).blend(e0k11, ed0.compare(VectorOperators.LE, 88.72283f)).blend(0.0f, ed0.lt(-87.33654f));
                swv0 = swv0.add(e0).blend(swv0.fma(e0, FloatVector.broadcast(FS, 1)), up0).blend(swv0, keep0);
                sev0_0 = e0.fma(v12, sev0_0).blend(sev0_0.fma(e0, v12), up0).blend(sev0_0, keep0);
                mxv0 = mxv0.blend(v11_0, up0);
            }
            float mx0 = mxv0.reduceLanes(VectorOperators.MAX);
            float sw0 = 0;
            float se0_0 = 0;
            for (int l = 0; l < FS.length(); l++) {
                final float ml = mxv0.lane(l);
                final float f = ml == mx0 ? 1 : (float) Math.exp(ml - mx0);
                sw0 += swv0.lane(l) * f;
                se0_0 += sev0_0.lane(l) * f;
            }
            st[0] = mx0;
            st[1] = sw0;
            st[2] = se0_0;
            softmax$partRowTail(x_, soa1, soa2, g_, r, js, je, out, bound, st, ist);
        }

        /**
         * Scalar tail and outputs of rows [r, r + 1), from the state the vector loop left.
         */
        private static void softmax$partRowTail(float[] x_, float[][] soa1, float[][] soa2,
                float g_, int r, int js, int je, float[] out, int bound, double[] st, int[] ist) {
            final float[] col1_0 = soa1[0];
            final float[] col1_1 = soa1[1];
            final float[] col2_0 = soa2[0];
            final float t0_0 = x_[r * 2];
            final float t1_0 = x_[r * 2 + 1];
            float mx0 = (float) st[0];
            float sw0 = (float) st[1];
            float se0_0 = (float) st[2];
            for (int j = bound; j < je; j++) {
                final float u2 = col1_0[j];
                final float u3 = col1_1[j];
                final float u12 = col2_0[j];
                final float u4_0 = t0_0 - u2;
                final float u5_0 = t1_0 - u3;
                final float u6_0 = u4_0 * u4_0;
                final float u7_0 = u5_0 * u5_0;
                final float u8_0 = u6_0 + u7_0;
                final float u9_0 = -u8_0;
                final float u11_0 = u9_0 * g_;
                if (u11_0 > mx0) {
                    final float sc = (float) Math.exp(mx0 - u11_0);
                    sw0 = sw0 * sc + 1;
                    se0_0 = se0_0 * sc + u12;
                    mx0 = u11_0;
                } else if (u11_0 != Float.NEGATIVE_INFINITY) {
                    final float e = u11_0 == mx0 ? 1 : (float) Math.exp(u11_0 - mx0);
                    sw0 += e;
                    se0_0 += e * u12;
                }
            }
            out[r * 3] = sw0 == 0 ? 0 : se0_0 / sw0;
            out[r * 3 + 1] = mx0;
            out[r * 3 + 2] = sw0;
        }
    }
}
