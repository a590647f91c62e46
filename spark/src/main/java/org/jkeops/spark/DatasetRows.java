package org.jkeops.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;
import org.jkeops.runtime.KernelParam;
import org.jkeops.runtime.KernelParam.Kind;

/**
 * The executor side of a {@link DatasetCall}: one partition's rows (id first, then one column per
 * output-axis parameter) checked, gathered into the kernel's arrays, and the kernel's outputs
 * turned back into {@code (id, values, indices)} rows in the same order.
 *
 * @param method    the kernel method
 * @param columnOf  for each parameter, its column among the selected ones, or -1
 * @param names     the selected columns' names (id first), for messages
 * @param innerRows rows of the reduced axis, which arg indices read from columns point into
 */
record DatasetRows(KernelMethod<?> method, int[] columnOf, String[] names, int innerRows) implements Serializable {

    /**
     * What the driver's pass over a partition found: its row count, and the first row the kernel
     * cannot take (null if none) with the number of such rows.
     */
    record Scan(long rows, String firstBad, long bad) implements Serializable {
    }

    /** Counts a partition's rows and checks their arrays, without running the kernel. */
    Scan scan(Iterator<Row> it) {
        long rows = 0;
        long bad = 0;
        String first = null;
        while (it.hasNext()) {
            Row row = it.next();
            rows++;
            String problem = problem(row);
            if (problem != null) {
                bad++;
                first = first == null ? problem : first;
            }
        }
        return new Scan(rows, first, bad);
    }

    /**
     * The first array of a row the kernel cannot take, described with parameter, column, row id
     * and sizes: a wrong length, a null element, or an arg index out of range (which a task could
     * not see: it has a block of the reduced axis).
     */
    private String problem(Row row) {
        for (int p = 0; p < columnOf.length; p++) {
            if (columnOf[p] < 0) {
                continue;
            }
            KernelParam prm = method.params().get(p);
            List<Object> v = row.isNullAt(columnOf[p]) ? null : row.getList(columnOf[p]);
            if (v == null || v.size() != prm.dim()) {
                return KernelCall.label(method, prm) + ": column '" + names[columnOf[p]] + "' of row id " + row.get(0)
                        + " has " + (v == null ? "null" : v.size() + " values") + ", expected dim " + prm.dim();
            }
            // An array<float> may hold nulls: the tasks would fail unboxing one, in every attempt.
            int hole = v.indexOf(null);
            if (hole >= 0) {
                return KernelCall.label(method, prm) + ": column '" + names[columnOf[p]] + "' of row id " + row.get(0)
                        + " has null at position " + hole + " (dim " + prm.dim() + ")";
            }
            if (prm.kind() == Kind.INDICES) {
                int[] ix = new int[v.size()];
                for (int c = 0; c < ix.length; c++) {
                    ix[c] = (Integer) v.get(c);
                }
                // Output-axis indices point into the reduced axis: the outer row count is not needed.
                String bad = KernelCall.indexProblem(method, prm, ix, -1, innerRows);
                if (bad != null) {
                    return KernelCall.label(method, prm) + ": column '" + names[columnOf[p]] + "' of row id " + row.get(0)
                            + ": " + prm.name() + bad;
                }
            }
        }
        return null;
    }

    /** A partition's rows as the block [start, start + rows) of the output axis, with their ids. */
    Block gather(int partition, long start, Iterator<Row> it) {
        List<Row> in = new ArrayList<>();
        it.forEachRemaining(in::add);
        Object[] slices = new Object[columnOf.length];
        for (int p = 0; p < columnOf.length; p++) {
            if (columnOf[p] >= 0) {
                slices[p] = gather(method.params().get(p), in, columnOf[p]);
            }
        }
        Object[] ids = new Object[in.size()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = in.get(r).get(0);
        }
        int s = Math.toIntExact(start);
        return new Block(ids, new KernelTask(partition, s, Math.addExact(s, in.size()), slices));
    }

    private Object gather(KernelParam prm, List<Row> in, int col) {
        int d = prm.dim();
        Object a = prm.kind() == Kind.INDICES ? new int[in.size() * d]
                : method.usesDouble() ? new double[in.size() * d] : new float[in.size() * d];
        for (int r = 0; r < in.size(); r++) {
            String problem = problem(in.get(r));
            if (problem != null) {
                // The driver checked every row; a source that changed since is reported as the driver would.
                throw new IllegalArgumentException(problem);
            }
            List<Object> v = in.get(r).getList(col);
            for (int c = 0; c < d; c++) {
                switch (a) {
                    case float[] f -> f[r * d + c] = (Float) v.get(c);
                    case double[] f -> f[r * d + c] = (Double) v.get(c);
                    case int[] f -> f[r * d + c] = (Integer) v.get(c);
                    default -> throw new IllegalStateException();
                }
            }
        }
        return a;
    }

    /** ROWS: the kernel on a partition's rows with everything else from {@code shared}. */
    Iterator<Row> run(Object[] shared, int partition, long start, Iterator<Row> it) {
        Block b = gather(partition, start, it);
        return rows(b.ids(), KernelTask.run(method, shared, b.task(), null));
    }

    /** Output rows {@code (id, values, indices)} of a block's output. */
    Iterator<Row> rows(Object[] ids, KernelOutput o) {
        int w = method.outputWidth();
        List<Row> out = new ArrayList<>(ids.length);
        for (int r = 0; r < ids.length; r++) {
            List<Object> cells = new ArrayList<>(3);
            cells.add(ids[r]);
            if (method.hasValues()) {
                cells.add(box(o.values(), r * w, w));
            }
            if (method.hasIndices()) {
                cells.add(box(o.indices(), r * w, w));
            }
            out.add(RowFactory.create(cells.toArray()));
        }
        return out.iterator();
    }

    private static Object[] box(Object a, int from, int n) {
        Object[] b = new Object[n];
        for (int q = 0; q < n; q++) {
            b[q] = switch (a) {
                case float[] f -> f[from + q];
                case double[] f -> f[from + q];
                case int[] f -> f[from + q];
                default -> throw new IllegalStateException("not an output array: " + a.getClass());
            };
        }
        return b;
    }

    /**
     * A partition gathered: its rows' ids and the kernel task of its rows.
     *
     * @param ids  the id column's values, in the partition's order
     * @param task the block of the output axis, its arrays' slices
     */
    record Block(Object[] ids, KernelTask task) implements Serializable {
    }
}
