package org.jkeops.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;
import org.jkeops.runtime.KernelParam;
import scala.Tuple2;

/**
 * {@link Scheme#TILES}: row blocks x column blocks (the column blocks cut the reduced axis). Each
 * tile's task reduces its rows over its columns with {@link KernelMethod#callPart} into partial
 * results with global indices (finalized outputs; a softmax-weighted sum's values with their
 * normaliser; an arg-only reduction's indices with their values); these are shuffled to their row
 * block and merged there in column-block order by {@link KernelMethod#mergeParts}, the merge of
 * SIMD threads and OpenCL parts, so ties still go to the smallest index and a retried task changes
 * nothing.
 */
final class TilesScheme {
    private TilesScheme() {
    }

    /** Rejects what tiles cannot compute, naming the kernel and why. */
    static void check(KernelCall call, int tileRows, int tileCols) {
        KernelMethod<?> m = call.method();
        if (!m.splittable()) {
            // Every generated method merges (arg-only ones through their partial companion's values);
            // a descriptor that says otherwise is refused before any task runs.
            throw new IllegalArgumentException(m.name() + ": " + m.reduction() + " cannot run in Scheme.TILES: its partial "
                    + "results over parts of the reduced axis do not merge; use Scheme.ROWS");
        }
        if (tileRows < 1 || tileCols < 1) {
            throw new IllegalArgumentException(m.name() + ": tiles of " + tileRows + " x " + tileCols
                    + " rows: both must be at least 1");
        }
        if (m.k() > tileCols) {
            throw new IllegalArgumentException(m.name() + ": column blocks of " + tileCols + " rows cannot hold K = "
                    + m.k() + " candidates each; use tiles with at least K columns");
        }
    }

    /**
     * Block boundaries of {@code count} rows in blocks of {@code size}: a last block with fewer than
     * {@code minLast} rows joins the one before (a K reduction needs K rows per block).
     */
    static int[] cuts(int count, int size, int minLast) {
        List<Integer> c = new ArrayList<>();
        c.add(0);
        for (long at = size; at < count; at += size) {
            c.add((int) at);
        }
        c.add(count);
        if (c.size() > 2 && count - c.get(c.size() - 2) < minLast) {
            c.remove(c.size() - 2);
        }
        return c.stream().mapToInt(Integer::intValue).toArray();
    }

    static KernelOutput run(JavaSparkContext jsc, KernelCall call, int tileRows, int tileCols) {
        KernelMethod<?> method = call.method();
        int[] rowCuts = cuts(call.outer(), tileRows, 1);
        int[] colCuts = cuts(call.inner(), tileCols, Math.max(1, method.k()));
        List<KernelTask> rowBlocks = blocks(method, call.args(), method.outer(), rowCuts);
        List<KernelTask> colBlocks = blocks(method, call.args(), method.inner(), colCuts);
        Object[] params = KernelTask.without(method, KernelTask.without(method, call.args(), method.outer()), method.inner());
        Broadcast<Object[]> shared = jsc.broadcast(params);
        try {
            JavaRDD<KernelTask> rows = jsc.parallelize(rowBlocks, rowBlocks.size());
            JavaRDD<KernelTask> cols = jsc.parallelize(colBlocks, colBlocks.size());
            int rowCount = rowBlocks.size();
            JavaPairRDD<Integer, Tuple2<Integer, KernelOutput>> partials = rows.cartesian(cols)
                    .mapToPair(t -> tile(method, shared.value(), t._1(), t._2()));
            Map<Integer, KernelOutput> merged = partials.groupByKey(rowCount).mapToPair(group -> new Tuple2<>(group._1(),
                    merge(method, group._2(), rowBlocks(rowCuts, group._1())))).collectAsMap();
            List<KernelOutput> ordered = new ArrayList<>(rowCount);
            for (int b = 0; b < rowCount; b++) {
                ordered.add(merged.get(b));
            }
            return PartialResults.rowBlocks(method, ordered);
        } finally {
            shared.destroy();
        }
    }

    /**
     * One tile on the executor: the kernel's part ({@link KernelMethod#callPart}) on a row block and
     * a column block, keyed by the row block, with the column block's number and the outputs'
     * indices made global.
     */
    static Tuple2<Integer, Tuple2<Integer, KernelOutput>> tile(KernelMethod<?> method, Object[] shared, KernelTask rows,
            KernelTask cols) {
        KernelOutput out = KernelTask.run(method, shared, rows, cols);
        return new Tuple2<>(rows.block(), new Tuple2<>(cols.block(), PartialResults.offsetIndices(out, cols.start())));
    }

    /** A row block's tiles (column block, outputs) merged in column-block order; the block has {@code rows} rows. */
    static KernelOutput merge(KernelMethod<?> method, Iterable<Tuple2<Integer, KernelOutput>> tiles, int rows) {
        List<Tuple2<Integer, KernelOutput>> parts = new ArrayList<>();
        tiles.forEach(parts::add);
        parts.sort(Comparator.comparingInt(Tuple2::_1));
        return PartialResults.columnBlocks(method, parts.stream().map(Tuple2::_2).toList(), rows);
    }

    private static int rowBlocks(int[] cuts, int block) {
        return cuts[block + 1] - cuts[block];
    }

    /** The blocks between consecutive {@code cuts} of every array along {@code axis}. */
    static List<KernelTask> blocks(KernelMethod<?> method, Object[] args, KernelParam.Axis axis, int[] cuts) {
        List<KernelTask> list = new ArrayList<>(cuts.length - 1);
        for (int b = 0; b + 1 < cuts.length; b++) {
            list.add(KernelTask.of(method, args, axis, b, cuts[b], cuts[b + 1]));
        }
        return list;
    }
}
