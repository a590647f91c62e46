package org.jkeops.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;
import scala.Tuple2;

/**
 * {@link Scheme#TILES} over a Dataset: the Dataset's partitions are the row blocks, the reduced
 * axis's arrays are cut into column blocks (shipped once per tile, never broadcast), and each
 * (partition, column block) tile's finalized outputs are shuffled to their partition and merged
 * there in column-block order by the reduction's rule, as {@link TilesScheme} does for arrays.
 * The merged rows keep the input's order: partition p's rows go to output partition p.
 */
final class DatasetTiles {
    private DatasetTiles() {
    }

    static JavaRDD<Row> run(JavaSparkContext jsc, KernelCall call, DatasetRows rows, JavaRDD<Row> in, long[] starts,
            int tileCols) {
        KernelMethod<?> method = call.method();
        int[] colCuts = TilesScheme.cuts(call.inner(), tileCols, Math.max(1, method.k()));
        List<KernelTask> colBlocks = TilesScheme.blocks(method, call.args(), method.inner(), colCuts);
        Broadcast<Object[]> shared = jsc.broadcast(KernelTask.without(method, call.args(), method.inner()));
        int partitions = in.getNumPartitions();
        // Gathered once and kept: the cartesian product reads each partition once per column block.
        JavaRDD<DatasetRows.Block> blocks = in.mapPartitionsWithIndex(
                (p, it) -> List.of(rows.gather(p, starts[p], it)).iterator(), true)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<KernelTask> cols = jsc.parallelize(colBlocks, colBlocks.size());
        JavaPairRDD<Integer, Tuple2<Integer, KernelOutput>> partials = blocks.cartesian(cols)
                .mapToPair(tile -> TilesScheme.tile(method, shared.value(), tile._1().task(), tile._2()));
        JavaPairRDD<Integer, Object[]> ids = blocks.mapToPair(b -> new Tuple2<>(b.task().block(), b.ids()));
        // Integer keys 0..P-1 hash to partitions 0..P-1: the output keeps the partitions' order.
        return partials.groupByKey(partitions).join(ids, partitions)
                .mapPartitions(it -> merged(rows, it), true);
    }

    /** Each row block's partial results merged in column-block order, as output rows. */
    private static Iterator<Row> merged(DatasetRows rows,
            Iterator<Tuple2<Integer, Tuple2<Iterable<Tuple2<Integer, KernelOutput>>, Object[]>>> it) {
        List<Row> out = new ArrayList<>();
        while (it.hasNext()) {
            Tuple2<Iterable<Tuple2<Integer, KernelOutput>>, Object[]> g = it.next()._2();
            KernelOutput o = TilesScheme.merge(rows.method(), g._1(), g._2().length);
            rows.rows(g._2(), o).forEachRemaining(out::add);
        }
        return out.iterator();
    }
}
