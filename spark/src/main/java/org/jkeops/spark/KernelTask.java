package org.jkeops.spark;

import java.io.Serializable;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;
import org.jkeops.runtime.KernelParam;
import org.jkeops.runtime.KernelParam.Kind;
import org.jkeops.runtime.Ranges;

/**
 * What one task computes: the kernel on its rows of the output axis (and, in tiles, its rows of
 * the reduced axis), with the other arguments shared. {@code arrays[p]} replaces argument p
 * where it is not null.
 *
 * @param block  the block's number along its axis (row block, or column block in tiles)
 * @param start  its first row
 * @param end    its end row (exclusive)
 * @param arrays the block's slices, by parameter position (null elsewhere)
 */
record KernelTask(int block, int start, int end, Object[] arrays) implements Serializable {

    /** The rows [start, end) of every array along {@code axis}. */
    static KernelTask of(KernelMethod<?> method, Object[] args, KernelParam.Axis axis, int block, int start, int end) {
        Object[] slices = new Object[args.length];
        for (int p = 0; p < args.length; p++) {
            KernelParam prm = method.params().get(p);
            if (prm.rowsAlong(axis)) {
                slices[p] = RowSlices.slice(args[p], prm.dim(), start, end);
            }
        }
        return new KernelTask(block, start, end, slices);
    }

    /**
     * The shared arguments: every array along {@code axis} and every output left out (null), a
     * {@code Ranges} as its serializable {@link RangesPart}, which each task cuts to its block.
     */
    static Object[] without(KernelMethod<?> method, Object[] args, KernelParam.Axis axis) {
        Object[] shared = args.clone();
        for (int p = 0; p < args.length; p++) {
            KernelParam prm = method.params().get(p);
            if (prm.rowsAlong(axis) || prm.kind() == Kind.OUT_VALUES || prm.kind() == Kind.OUT_INDICES) {
                shared[p] = null;
            } else if (shared[p] instanceof Ranges r) {
                shared[p] = RangesPart.of(r);
            }
        }
        return shared;
    }

    /**
     * Indices into an axis made indices into a task's block [start, end) of it: those outside (and
     * -1, no index) become -1, which matches no row of the block, so the task adds nothing for them
     * and the block that holds the index adds what the whole axis would. A copy: the array may be
     * shared with other tasks (a broadcast, or a slice shared by the tiles of a block). An index
     * outside the whole axis would vanish here without a word: the driver has rejected those
     * ({@link KernelCall#checkIndices}, and the Dataset pass for columns).
     */
    static int[] rebased(int[] indices, int start, int end) {
        int[] local = new int[indices.length];
        for (int q = 0; q < indices.length; q++) {
            int ix = indices[q];
            local[q] = ix >= start && ix < end ? ix - start : -1;
        }
        return local;
    }

    /**
     * Runs the kernel on the executor with {@code shared}, this task's slices and those of
     * {@code other} (the column block of a tile, or null), outputs allocated here. A tile runs the
     * kernel's part ({@link KernelMethod#callPart}), whose rows {@link KernelMethod#mergeParts}
     * merges; a whole row block runs the kernel itself.
     */
    static KernelOutput run(KernelMethod<?> method, Object[] shared, KernelTask rows, KernelTask other) {
        Object[] a = shared.clone();
        for (KernelTask t : new KernelTask[] {rows, other}) {
            if (t != null) {
                for (int p = 0; p < a.length; p++) {
                    if (t.arrays[p] != null) {
                        a[p] = t.arrays[p];
                    }
                }
            }
        }
        for (int p = 0; p < a.length; p++) {
            KernelParam prm = method.params().get(p);
            if (prm.kind() == Kind.INDICES && prm.axis() == method.inner()) {
                // Arg indices of the reduced axis's rows (a gradient with respect to a variable of
                // that axis) point into the output axis, which every task sees a block of, ROWS too:
                // left global, they would be checked against the block's rows and match the wrong ones.
                a[p] = rebased((int[]) a[p], rows.start, rows.end);
            } else if (prm.kind() == Kind.INDICES && other != null) {
                // Arg indices of the output rows point into the reduced axis, which a tile sees a block of.
                a[p] = rebased((int[]) a[p], other.start, other.end);
            }
            if (a[p] instanceof RangesPart whole) {
                // The pattern of this task's rows (and, in a tile, columns), renumbered as its slices are.
                RangesPart cut = whole.cut(method.outer(), rows.start, rows.end);
                if (other != null) {
                    cut = cut.cut(method.inner(), other.start, other.end);
                }
                a[p] = cut.toRanges();
            }
        }
        int width = other == null ? method.outputWidth() : method.partWidth();
        int outLength = method.sumsRows() ? width : (rows.end - rows.start) * width;
        for (int p = 0; p < a.length; p++) {
            Kind kind = method.params().get(p).kind();
            if (kind == Kind.OUT_VALUES) {
                a[p] = method.usesDouble() ? new double[outLength] : new float[outLength];
            } else if (kind == Kind.OUT_INDICES) {
                a[p] = new int[outLength];
            }
        }
        return other == null ? method.call(TaskRuntimes.forCurrentTask(), a) : method.callPart(TaskRuntimes.forCurrentTask(), a);
    }
}
