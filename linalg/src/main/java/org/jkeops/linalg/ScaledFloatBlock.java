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
 * {@code a_i · (double) y} out, added as {@code out + sign · (...)}. A block narrower than the
 * kernel is padded with zero columns, as the kernel operator pads it (each column of a block
 * kernel's result depends on that column only): LOBPCG's W loses columns as they converge, and
 * on the 3 x 10^4 roll 50 of the 68 block products had 6 to 11 columns.
 */
final class ScaledFloatBlock {

    private ScaledFloatBlock() {
    }

    /**
     * {@code out = P in} (or {@code out += sign · P in} when {@code accumulate}) for the product P
     * of {@code factors}, when they have that shape and the block of k columns is one pass of the
     * kernel ({@link BlockFunctionOperator#isOneFloatPass}); false (nothing written) otherwise.
     */
    static boolean apply(List<LinearOperator> factors, double[] in, double[] out, int k, boolean accumulate,
                         double sign) {
        int f = factors.size();
        if (f < 1 || f > 3) {
            return false;
        }
        int kernelAt = -1;
        for (int i = 0; i < f; i++) {
            if (factors.get(i).unwrapped() instanceof BlockFunctionOperator b && b.isOneFloatPass(k)) {
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
        int w = kernel.width(); // columns k .. w - 1 of the kernel's block stay zero
        float[] narrow = new float[cols * w];
        RowBlocks.forRows(cols, (from, to) -> {
            for (int i = from; i < to; i++) {
                double bi = right == null ? 1 : right[i];
                for (int c = 0; c < k; c++) {
                    narrow[i * w + c] = (float) (right == null ? in[i * k + c] : bi * in[i * k + c]);
                }
            }
        });
        float[] y = kernel.applyFloatBlock(narrow);
        RowBlocks.forRows(kernel.rows(), (from, to) -> {
            for (int i = from; i < to; i++) {
                double ai = left == null ? 1 : left[i];
                for (int c = 0; c < k; c++) {
                    double v = left == null ? (double) y[i * w + c] : ai * (double) y[i * w + c];
                    out[i * k + c] = accumulate ? out[i * k + c] + sign * v : v;
                }
            }
        });
        return true;
    }
}
