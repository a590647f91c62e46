package org.jkeops.spark;

import java.io.Serializable;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;
import org.jkeops.runtime.KernelParam;
import org.jkeops.runtime.KernelRuntime;
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
        return run(method, shared, rows, other, TaskRuntimes.forCurrentTask());
    }

    /**
     * ROWS, a kernel that sums its rows (a gradient with respect to a parameter): the value of each
     * row of the block, rows x width, for the driver to add in the facade's order
     * ({@link PartialResults#rowBlocks}). The kernel's own call on the block would add the block's
     * rows and round that sum to the kernel's precision, which the driver cannot undo; so each
     * row runs alone, on a one-thread runtime (one thread reduces the row as the single-JVM call
     * on a one-thread runtime does; the task's cores take rows in parallel), and the facade's sum
     * of that one row is the row's value exactly. One kernel call per row: slower than one call
     * per block, most where a call costs much besides its row (a GPU launch).
     */
    static KernelOutput rowValues(KernelMethod<?> method, Object[] shared, KernelTask rows) {
        int count = rows.end - rows.start;
        int width = method.outputWidth();
        Object values = method.usesDouble() ? new double[count * width] : new float[count * width];
        // The block's view of the shared arguments, made once: indices into the output axis rebased
        // to the block and the pattern cut to it, so that rows numbered from 0 within it fit both.
        Object[] block = shared.clone();
        for (int p = 0; p < block.length; p++) {
            KernelParam prm = method.params().get(p);
            if (prm.kind() == Kind.INDICES && prm.axis() == method.inner()) {
                block[p] = rebased((int[]) block[p], rows.start, rows.end);
            } else if (block[p] instanceof RangesPart whole) {
                block[p] = whole.cut(method.outer(), rows.start, rows.end);
            }
        }
        KernelRuntime one = TaskRuntimes.oneThread();
        TaskRuntimes.forCurrentTask().parallelFor(count, 1, (r0, r1) -> {
            for (int r = r0; r < r1; r++) {
                Object[] slices = new Object[rows.arrays.length];
                for (int p = 0; p < slices.length; p++) {
                    if (rows.arrays[p] != null) {
                        slices[p] = RowSlices.slice(rows.arrays[p], method.params().get(p).dim(), r, r + 1);
                    }
                }
                KernelOutput row = run(method, block, new KernelTask(rows.block, r, r + 1, slices), null, one);
                System.arraycopy(row.values(), 0, values, r * width, width);
            }
        });
        return new KernelOutput(values, null);
    }

    private static KernelOutput run(KernelMethod<?> method, Object[] shared, KernelTask rows, KernelTask other,
            KernelRuntime runtime) {
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
        return other == null ? method.call(runtime, a) : method.callPart(runtime, a);
    }
}
