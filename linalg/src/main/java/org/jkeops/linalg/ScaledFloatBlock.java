package org.jkeops.linalg;

import java.util.List;

/**
 * {@code diag(a) · F · diag(b)} on a double block, F a float32 block kernel
 * ({@link LinearOperator#ofFloat(int, int, FloatMatVec, int, FloatBlockMatVec)}), either diagonal
 * optional: the shape of the normalized Laplacian's D^-1/2 K D^-1/2. Done factor by factor this
 * is seven passes over n × k blocks on one thread and four temporary blocks (scale, narrow to
 * float, widen, scale, and the sum's temporary); here it is one parallel pass that scales and
 * narrows the input and one that widens, scales and writes (or adds into) the output. The
 * arithmetic is the same, operation for operation: {@code (float) (b_i x)} into the kernel,
 * {@code a_i · (double) y} out, added as {@code out + sign · (...)}.
 */
final class ScaledFloatBlock {

    private ScaledFloatBlock() {
    }

    /**
     * {@code out = P in} (or {@code out += sign · P in} when {@code accumulate}) for the product P
     * of {@code factors}, when they have that shape and the block width is the kernel's; false
     * (nothing written) otherwise.
     */
    static boolean apply(List<LinearOperator> factors, double[] in, double[] out, int k, boolean accumulate,
                         double sign) {
        int f = factors.size();
        if (f < 1 || f > 3) {
            return false;
        }
        int kernelAt = -1;
        for (int i = 0; i < f; i++) {
            if (factors.get(i).unwrapped() instanceof BlockFunctionOperator b && b.isFloatOfWidth(k)) {
                if (kernelAt >= 0) {
                    return false;
                }
                kernelAt = i;
            } else if (!(factors.get(i) instanceof DiagonalOperator)) {
                return false;
            }
        }
        // at most one diagonal on each side of the kernel
        if (kernelAt < 0 || kernelAt > 1 || f - kernelAt - 1 > 1) {
            return false;
        }
        double[] left = kernelAt == 1 ? ((DiagonalOperator) factors.get(0)).values() : null;
        double[] right = kernelAt + 1 < f ? ((DiagonalOperator) factors.get(kernelAt + 1)).values() : null;
        BlockFunctionOperator kernel = (BlockFunctionOperator) factors.get(kernelAt).unwrapped();
        int cols = kernel.cols();
        float[] narrow = new float[cols * k];
        RowBlocks.forRows(cols, (from, to) -> {
            for (int i = from; i < to; i++) {
                double bi = right == null ? 1 : right[i];
                for (int c = i * k; c < (i + 1) * k; c++) {
                    narrow[c] = (float) (right == null ? in[c] : bi * in[c]);
                }
            }
        });
        float[] y = kernel.applyFloatBlock(narrow);
        RowBlocks.forRows(kernel.rows(), (from, to) -> {
            for (int i = from; i < to; i++) {
                double ai = left == null ? 1 : left[i];
                for (int c = i * k; c < (i + 1) * k; c++) {
                    double v = left == null ? (double) y[c] : ai * (double) y[c];
                    out[c] = accumulate ? out[c] + sign * v : v;
                }
            }
        });
        return true;
    }
}
