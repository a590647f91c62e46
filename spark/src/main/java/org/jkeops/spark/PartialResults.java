package org.jkeops.spark;

import java.util.List;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;

/**
 * Puts task outputs together on the driver: row blocks one after the other, partial results of a
 * row block's column blocks merged in block order by the reduction's rule, and the per-block sums
 * of a kernel that sums its rows added.
 */
final class PartialResults {
    private PartialResults() {
    }

    /** Row blocks' outputs in block order: concatenated, or added for a row-summing kernel. */
    static KernelOutput rowBlocks(KernelMethod<?> method, List<KernelOutput> blocks) {
        if (method.sumsRows()) {
            return addRowSums(method, blocks);
        }
        Object values = null;
        int[] indices = null;
        if (method.hasValues()) {
            values = RowSlices.concat(blocks.stream().map(KernelOutput::values).toArray(),
                    method.usesDouble() ? new double[0] : new float[0]);
        }
        if (method.hasIndices()) {
            indices = (int[]) RowSlices.concat(blocks.stream().map(KernelOutput::indices).toArray(), new int[0]);
        }
        return new KernelOutput(values, indices);
    }

    /**
     * Partial sums over disjoint rows added in block order, in float64 as the facade sums rows,
     * then rounded once to the kernel's precision.
     */
    private static KernelOutput addRowSums(KernelMethod<?> method, List<KernelOutput> blocks) {
        double[] total = new double[method.outputWidth()];
        for (KernelOutput b : blocks) {
            for (int l = 0; l < total.length; l++) {
                total[l] += b.values() instanceof double[] d ? d[l] : ((float[]) b.values())[l];
            }
        }
        if (method.usesDouble()) {
            return new KernelOutput(total, null);
        }
        float[] f = new float[total.length];
        for (int l = 0; l < f.length; l++) {
            f[l] = (float) total[l];
        }
        return new KernelOutput(f, null);
    }

    /**
     * One row block's partial results over column blocks ({@link KernelMethod#callPart}'s), in
     * column-block order, with indices already global: merged by {@link KernelMethod#mergeParts}.
     * One part of finalized outputs is the result as it is (an arg-only reduction's with its
     * part's values beside, which {@link KernelMethod#result} ignores); parts with more per row (a
     * normaliser) always go through the merge, which takes the values out.
     */
    static KernelOutput columnBlocks(KernelMethod<?> method, List<KernelOutput> parts, int rows) {
        if (parts.size() == 1 && method.partWidth() == method.outputWidth()) {
            return parts.get(0);
        }
        if (method.sumsRows()) {
            return addRowSums(method, parts);
        }
        int length = rows * method.outputWidth();
        Object valueParts = null;
        Object out = null;
        // An arg-only reduction's parts carry values too (its partial companion's), for the merge to compare.
        if (parts.get(0).values() != null) {
            valueParts = method.usesDouble() ? parts.stream().map(p -> (double[]) p.values()).toArray(double[][]::new)
                    : parts.stream().map(p -> (float[]) p.values()).toArray(float[][]::new);
        }
        if (method.hasValues()) {
            out = method.usesDouble() ? new double[length] : new float[length];
        }
        int[][] indexParts = null;
        int[] outIndex = null;
        if (method.hasIndices()) {
            indexParts = parts.stream().map(KernelOutput::indices).toArray(int[][]::new);
            outIndex = new int[length];
        }
        method.mergeParts(valueParts, indexParts, out, outIndex, rows);
        return new KernelOutput(out, outIndex);
    }

    /** Indices of a column block made global: offset by the block's first row; -1 (none) stays. */
    static KernelOutput offsetIndices(KernelOutput part, int offset) {
        int[] ix = part.indices();
        if (ix == null || offset == 0) {
            return part;
        }
        for (int q = 0; q < ix.length; q++) {
            if (ix[q] >= 0) {
                ix[q] += offset;
            }
        }
        return part;
    }
}
