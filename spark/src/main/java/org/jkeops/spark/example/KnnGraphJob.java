package org.jkeops.spark.example;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jkeops.spark.SparkKernels;
import org.jkeops.spark.SparkSessions;

/**
 * The worked example: a 10-nearest-neighbour graph of 3-D points held in a Dataset
 * ({@code id: long, features: array<float>}), computed by the generated {@code knnGraph} kernel
 * on Spark; the result is a Dataset {@code (id, neighbours: array<long>, distances: array<float>)}
 * in the input's row order, each point's neighbours nearest first, itself left out.
 *
 * <p>{@code --master URL} (default {@code local[*]}), {@code --points N} (default 20000),
 * {@code --partitions P}, {@code --seed S}, {@code --output DIR} (writes Parquet); the points must
 * exceed K = 10, checked before Spark starts. Checks 50
 * sampled rows against a float64 brute force and exits with status 1 on a mismatch.
 */
public final class KnnGraphJob {
    static final int K = 10;
    private static final String TOO_FEW = "the points must exceed K = " + K + " (each point's " + K
            + " neighbours and itself)";

    private KnnGraphJob() {
    }

    public static void main(String[] args) {
        String master = null;
        int n = 20_000;
        int partitions = 0;
        long seed = 42;
        String output = null;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--master" -> master = args[++a];
                case "--points" -> n = Integer.parseInt(args[++a]);
                case "--partitions" -> partitions = Integer.parseInt(args[++a]);
                case "--seed" -> seed = Long.parseLong(args[++a]);
                case "--output" -> output = args[++a];
                default -> throw new IllegalArgumentException("unknown argument " + args[a]
                        + " (--master URL, --points N, --partitions P, --seed S, --output DIR)");
            }
        }
        if (n <= K) {
            // Before Spark starts: the kernel takes each point's K + 1 nearest, itself among them.
            throw new IllegalArgumentException("--points " + n + ": " + TOO_FEW);
        }
        SparkSession spark = SparkSessions.create("jkeops kNN graph", master, 8);
        int bad;
        try {
            int p = partitions > 0 ? partitions : 2 * spark.sparkContext().defaultParallelism();
            Dataset<Row> points = randomPoints(spark, n, p, seed).cache();
            long t0 = System.nanoTime();
            Dataset<Row> graph = knnGraph(SparkKernels.on(spark), points).cache();
            long rows = graph.count();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("kNN graph: %d points, K = %d, master %s, %d partitions: %.2f s (%.3g pairs/s)%n",
                    rows, K, spark.sparkContext().master(), p, seconds, (double) n * n / seconds);
            graph.show(3, false);
            bad = check(points, graph, 50, seed);
            if (output != null) {
                graph.write().mode("overwrite").parquet(output);
            }
        } finally {
            spark.stop();
        }
        if (bad > 0) {
            System.out.println("FAILED: " + bad + " sampled rows differ from the brute force");
            System.exit(1);
        }
        System.out.println("checked 50 sampled rows against a float64 brute force: OK");
    }

    /**
     * {@code (id, neighbours, distances)} of every row of {@code points}, in its order.
     *
     * @throws IllegalArgumentException with K or fewer points
     */
    public static Dataset<Row> knnGraph(SparkKernels kernels, Dataset<Row> points) {
        // The reduced side is every point, collected once in the Dataset's order and broadcast.
        List<Row> all = points.select("id", "features").collectAsList();
        if (all.size() <= K) {
            throw new IllegalArgumentException("KnnGraphJob.knnGraph: " + all.size() + " points: " + TOO_FEW);
        }
        long[] ids = new long[all.size()];
        float[] y = new float[3 * all.size()];
        for (int r = 0; r < all.size(); r++) {
            ids[r] = all.get(r).getLong(0);
            List<Float> f = all.get(r).getList(1);
            for (int c = 0; c < 3; c++) {
                y[3 * r + c] = f.get(c);
            }
        }
        Dataset<Row> nearest = kernels.onRows(PointKernelsMethods.KNN_GRAPH, points, "id")
                .column("x", "features").arg("y", y).run();
        SparkSession spark = points.sparkSession();
        Broadcast<long[]> idsB = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(ids);
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.LongType, false),
                DataTypes.createStructField("neighbours", DataTypes.createArrayType(DataTypes.LongType, false), false),
                DataTypes.createStructField("distances", DataTypes.createArrayType(DataTypes.FloatType, false), false)));
        return spark.createDataFrame(nearest.javaRDD().map(r -> graphRow(r, idsB.value())), schema);
    }

    /** One row's 11 nearest (itself among them) as its 10 neighbours' ids and distances. */
    private static Row graphRow(Row r, long[] ids) {
        long self = r.getLong(0);
        List<Float> d2 = r.getList(1);
        List<Integer> j = r.getList(2);
        int skip = K; // the farthest, unless the point itself is among the 11
        for (int q = 0; q <= K; q++) {
            if (j.get(q) >= 0 && ids[j.get(q)] == self) {
                skip = q;
                break;
            }
        }
        Object[] nb = new Object[K];
        Object[] dist = new Object[K];
        int at = 0;
        for (int q = 0; q <= K; q++) {
            if (q != skip) {
                nb[at] = j.get(q) < 0 ? -1L : ids[j.get(q)];
                dist[at++] = (float) Math.sqrt(d2.get(q));
            }
        }
        return RowFactory.create(self, nb, dist);
    }

    /** n uniform points in the unit cube, ids 0..n-1 shuffled so that ids are not positions. */
    public static Dataset<Row> randomPoints(SparkSession spark, int n, int partitions, long seed) {
        Random rnd = new Random(seed);
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object[] f = {rnd.nextFloat(), rnd.nextFloat(), rnd.nextFloat()};
            rows.add(RowFactory.create(1_000_000L + 7L * i, f));
        }
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.LongType, false),
                DataTypes.createStructField("features", DataTypes.createArrayType(DataTypes.FloatType, false), false)));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return spark.createDataFrame(jsc.parallelize(rows, partitions), schema);
    }

    /** Sampled rows against a float64 brute force: the K-th neighbour distance must agree. */
    public static int check(Dataset<Row> points, Dataset<Row> graph, int samples, long seed) {
        List<Row> all = points.collectAsList();
        List<Row> out = graph.collectAsList();
        Random rnd = new Random(seed + 1);
        int bad = 0;
        for (int s = 0; s < Math.min(samples, all.size()); s++) {
            int i = rnd.nextInt(all.size());
            if (out.get(i).getLong(0) != all.get(i).getLong(0)) {
                System.out.println("row " + i + ": id " + out.get(i).getLong(0) + " != input id " + all.get(i).getLong(0));
                bad++;
                continue;
            }
            List<Float> xi = all.get(i).getList(1);
            double[] d = new double[all.size() - 1];
            int at = 0;
            for (int j = 0; j < all.size(); j++) {
                if (j != i) {
                    List<Float> yj = all.get(j).getList(1);
                    double acc = 0;
                    for (int c = 0; c < 3; c++) {
                        double e = xi.get(c) - yj.get(c);
                        acc += e * e;
                    }
                    d[at++] = Math.sqrt(acc);
                }
            }
            java.util.Arrays.sort(d);
            List<Float> got = out.get(i).getList(2);
            double kth = d[Math.min(K, d.length) - 1];
            if (Math.abs(got.get(K - 1) - kth) > 1e-4 * (1 + kth)) {
                System.out.println("row " + i + ": 10th neighbour at " + got.get(K - 1) + ", brute force " + kth);
                bad++;
            }
        }
        return bad;
    }
}
