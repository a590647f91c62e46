package org.jkeops.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jkeops.runtime.KernelOutput;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.spark.example.KnnGraphJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Datasets in and out: results in the input's row order, equal to the single-JVM call; the kNN-graph job. */
class DatasetCallTest {
    private static KernelRuntime oneThread;
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        oneThread = KernelRuntime.builder().fromSystemProperties().threads(1).build();
        spark = TestSpark.session();
    }

    @AfterAll
    static void stop() {
        oneThread.close();
    }

    /** {@code n} Gaussian points in 3-D, named "p" + (n - i), in column "xyz". */
    private static Dataset<Row> points(int n, boolean dbl, int partitions, long seed) {
        Random rnd = new Random(seed);
        double[] xyz = new double[3 * n];
        for (int q = 0; q < xyz.length; q++) {
            xyz[q] = rnd.nextGaussian();
        }
        Object values = dbl ? xyz : TestData.toFloat(xyz);
        return TestData.namedRows(spark, "p", "xyz", values, n, 3, partitions);
    }

    @Test
    void float32AndFloat64RowsComeBackInOrderWithTheSingleJvmResult() {
        for (boolean dbl : new boolean[] {false, true}) {
            Dataset<Row> pts = points(97, dbl, 6, 3);
            List<Row> in = pts.collectAsList();
            double[] x = new double[3 * in.size()];
            for (int r = 0; r < in.size(); r++) {
                List<Object> v = in.get(r).getList(1);
                for (int c = 0; c < 3; c++) {
                    x[3 * r + c] = ((Number) v.get(c)).doubleValue();
                }
            }
            Object[] args = TestData.args(dbl ? SpecialKernelsMethods.GAUSS_D : SpecialKernelsMethods.GAUSS, 97, 40, 4);
            SparkKernels sk = SparkKernels.on(spark);
            List<Row> out;
            Object expected;
            if (dbl) {
                expected = new SpecialKernelsImpl(oneThread).gaussD(x, (double[]) args[1], (double[]) args[2], 0.5);
                out = sk.onRows(SpecialKernelsMethods.GAUSS_D, pts, "name").column("x", "xyz").arg("y", args[1])
                        .arg("b", args[2]).arg("g", 0.5).run().collectAsList();
            } else {
                float[] xf = new float[x.length];
                for (int q = 0; q < x.length; q++) {
                    xf[q] = (float) x[q];
                }
                expected = new SpecialKernelsImpl(oneThread).gauss(xf, (float[]) args[1], (float[]) args[2], 0.5f);
                out = sk.onRows(SpecialKernelsMethods.GAUSS, pts, "name").column("x", "xyz").arg("y", args[1])
                        .arg("b", args[2]).arg("g", 0.5f).run().collectAsList();
            }
            assertEquals(97, out.size());
            for (int r = 0; r < 97; r++) {
                assertEquals(in.get(r).getString(0), out.get(r).getString(0), "row " + r + " id");
                Object got = out.get(r).getList(1).get(0);
                Object want = dbl ? (Object) ((double[]) expected)[r] : (Object) ((float[]) expected)[r];
                assertEquals(want, got, "row " + r);
            }
        }
    }

    @Test
    void rowsOfTheWrongLengthAreRejectedOnTheDriverNamingColumnRowAndSizes() {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.LongType, false),
                DataTypes.createStructField("x", DataTypes.createArrayType(DataTypes.FloatType, false), true)));
        Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create(1L, new Object[] {1f, 2f, 3f}),
                RowFactory.create(2L, new Object[] {1f, 2f}), RowFactory.create(3L, null)), schema);
        for (Scheme scheme : Scheme.values()) {
            // run() itself throws: the check is a pass of its own before the kernel's job is even built
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkKernels.on(spark)
                    .scheme(scheme).onRows(SpecialKernelsMethods.GAUSS, rows.repartition(1), "id")
                    .arg("y", new float[3]).arg("b", new float[1]).arg("g", 1f).run());
            assertEquals("SpecialKernels.gauss: x: column 'x' of row id 2 has 2 values, expected dim 3 "
                    + "(and 1 more rejected rows)", e.getMessage(), scheme.toString());
        }
    }

    /**
     * A null inside an array cell (array<float>, array<int> allow them) is rejected by run()'s pass
     * like a null cell, naming the row id and the element's position: the tasks used to unbox it
     * and fail with a NullPointerException in every attempt.
     */
    @Test
    void aNullElementInsideAnArrayIsRejectedOnTheDriver() {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.LongType, false),
                DataTypes.createStructField("x", DataTypes.createArrayType(DataTypes.FloatType, true), false),
                DataTypes.createStructField("idx", DataTypes.createArrayType(DataTypes.IntegerType, true), false),
                DataTypes.createStructField("e", DataTypes.createArrayType(DataTypes.FloatType, false), false)));
        Object[] row1 = {1f, 2f, 3f};
        Dataset<Row> xs = spark.createDataFrame(List.of(RowFactory.create(1L, row1, new Object[] {0}, new Object[] {1f}),
                RowFactory.create(2L, new Object[] {1f, null, 3f}, new Object[] {0}, new Object[] {1f})), schema);
        Dataset<Row> idxs = spark.createDataFrame(List.of(RowFactory.create(1L, row1, new Object[] {0}, new Object[] {1f}),
                RowFactory.create(7L, row1, new Object[] {null}, new Object[] {1f})), schema);
        for (Scheme scheme : Scheme.values()) {
            SparkKernels sk = SparkKernels.on(spark).scheme(scheme);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sk.onRows(
                    SpecialKernelsMethods.GAUSS, xs, "id").arg("y", new float[3]).arg("b", new float[1]).arg("g", 1f).run());
            assertEquals("SpecialKernels.gauss: x: column 'x' of row id 2 has null at position 1 (dim 3)",
                    e.getMessage(), scheme.toString());
            e = assertThrows(IllegalArgumentException.class, () -> sk.onRows(SpecialKernelsMethods.NEAREST_DX, idxs, "id")
                    .arg("y", new float[6]).run());
            assertEquals("SpecialKernels.nearestDx: idx: column 'idx' of row id 7 has null at position 0 (dim 1)",
                    e.getMessage(), scheme.toString());
        }
    }

    /** Rows {@code (id, x: array<float>[3], idx: array<int>[1], e: array<float>[1])} of nearestDx, in 2 partitions. */
    private static Dataset<Row> gradientRows(float[] x, int[] idx, float[] e) {
        List<Row> list = new java.util.ArrayList<>();
        for (int r = 0; r < idx.length; r++) {
            list.add(RowFactory.create((long) r, new Object[] {x[3 * r], x[3 * r + 1], x[3 * r + 2]},
                    new Object[] {idx[r]}, new Object[] {e[r]}));
        }
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.LongType, false),
                DataTypes.createStructField("x", DataTypes.createArrayType(DataTypes.FloatType, false), false),
                DataTypes.createStructField("idx", DataTypes.createArrayType(DataTypes.IntegerType, false), false),
                DataTypes.createStructField("e", DataTypes.createArrayType(DataTypes.FloatType, false), false)));
        return spark.createDataFrame(org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(list, 2), schema);
    }

    /**
     * Arg indices read from a column: in range, both schemes give the single-JVM gradient; out of
     * range, run() rejects the row on the driver, naming column, row id, value and N (TILES used to
     * rebase it to -1 in every column block and return zeros for the row; ROWS failed in the tasks).
     */
    @Test
    void argIndicesFromAColumnAreCheckedAgainstTheReducedAxis() {
        Object[] args = TestData.args(SpecialKernelsMethods.NEAREST_DX, 30, 20, 17);
        float[] x = (float[]) args[0];
        int[] idx = (int[]) args[2];
        float[] e = (float[]) args[3];
        float[] single = new SpecialKernelsImpl(oneThread).nearestDx(x, (float[]) args[1], idx, e);
        for (Scheme scheme : Scheme.values()) {
            SparkKernels sk = SparkKernels.on(spark).scheme(scheme).tiles(1, 7);
            List<Row> got = sk.onRows(SpecialKernelsMethods.NEAREST_DX, gradientRows(x, idx, e), "id").arg("y", args[1])
                    .run().collectAsList();
            KernelOutput out = fromRows(got, SpecialKernelsMethods.NEAREST_DX);
            if (scheme == Scheme.ROWS) {
                Outputs.assertSame(new KernelOutput(single, null), out, "ROWS");
            } else {
                Outputs.assertClose(new KernelOutput(single, null), out, Outputs.TILES_F32, "TILES");
            }
        }
        int[] bad = idx.clone();
        bad[23] = 20; // N = 20
        bad[25] = -3;
        for (Scheme scheme : Scheme.values()) {
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> SparkKernels.on(spark)
                    .scheme(scheme).tiles(1, 7).onRows(SpecialKernelsMethods.NEAREST_DX, gradientRows(x, bad, e), "id")
                    .arg("y", args[1]).run());
            assertEquals("SpecialKernels.nearestDx: idx: column 'idx' of row id 23: idx[0] = 20 is outside [0, N) "
                    + "with N = 20, and not -1 (no index) (and 1 more rejected rows)", ex.getMessage(), scheme.toString());
        }
    }

    /**
     * Arg indices given as an argument along the reduced axis point into the Dataset's rows (the
     * gradient with respect to y of a MIN over j, with y's rows in the Dataset): each partition
     * gets them rebased to its rows, in both schemes; one past the Dataset's rows is rejected by
     * run() once the pass has counted them.
     */
    @Test
    void argIndicesIntoTheDatasetsRowsAreRebasedPerPartitionAndChecked() {
        Object[] args = TestData.args(SpecialKernelsMethods.NEAREST_DY, 30, 20, 19);
        float[] y = (float[]) args[1];
        float[] single = new SpecialKernelsImpl(oneThread).nearestDy((float[]) args[0], y, (int[]) args[2],
                (float[]) args[3]);
        Dataset<Row> ys = TestData.namedRows(spark, "q", "y", y, 20, 3, 3);
        for (Scheme scheme : Scheme.values()) {
            List<Row> got = SparkKernels.on(spark).scheme(scheme).tiles(1, 7).onRows(SpecialKernelsMethods.NEAREST_DY, ys,
                    "name").arg("x", args[0]).arg("idx", args[2]).arg("e", args[3]).run().collectAsList();
            KernelOutput out = fromRows(got, SpecialKernelsMethods.NEAREST_DY);
            if (scheme == Scheme.ROWS) {
                Outputs.assertSame(new KernelOutput(single, null), out, "ROWS");
            } else {
                Outputs.assertClose(new KernelOutput(single, null), out, Outputs.TILES_F32, "TILES");
            }
        }
        int[] bad = ((int[]) args[2]).clone();
        bad[4] = 20;
        for (Scheme scheme : Scheme.values()) {
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> SparkKernels.on(spark)
                    .scheme(scheme).onRows(SpecialKernelsMethods.NEAREST_DY, ys, "name").arg("x", args[0])
                    .arg("idx", bad).arg("e", args[3]).run());
            assertEquals("SpecialKernels.nearestDy: idx[4] = 20 is outside [0, N) with N = 20, and not -1 (no index)",
                    ex.getMessage(), scheme.toString());
        }
    }

    /**
     * The Dataset that run() returns computes with the arguments as run() checked them: changing
     * the caller's arrays afterwards changes nothing, in both schemes. ROWS used to broadcast the
     * caller's arrays themselves, and TILES its parameter arrays: in local mode the action read
     * them as they were then (other values; an arg index made out of range after the check was
     * silently dropped), on a cluster as they were at run().
     */
    @Test
    void theResultUsesTheArgumentsAsRunCheckedThem() {
        Object[] args = TestData.args(SpecialKernelsMethods.SHIFTED, 7, 5, 23);
        float[] want = new SpecialKernelsImpl(oneThread).shifted((float[]) args[0], (float[]) args[1], (float[]) args[2]);
        Dataset<Row> xs = TestData.namedRows(spark, "p", "x", args[0], 7, 2, 2);
        for (Scheme scheme : Scheme.values()) {
            float[] p = ((float[]) args[1]).clone();
            float[] b = ((float[]) args[2]).clone();
            Dataset<Row> out = SparkKernels.on(spark).scheme(scheme).tiles(1, 2).onRows(SpecialKernelsMethods.SHIFTED, xs,
                    "name").arg("p", p).arg("b", b).run();
            java.util.Arrays.fill(p, 100f);
            java.util.Arrays.fill(b, -100f);
            KernelOutput got = fromRows(out.collectAsList(), SpecialKernelsMethods.SHIFTED);
            if (scheme == Scheme.ROWS) {
                Outputs.assertSame(new KernelOutput(want, null), got, "ROWS");
            } else {
                Outputs.assertClose(new KernelOutput(want, null), got, Outputs.TILES_F32, "TILES");
            }
        }
        Object[] g = TestData.args(SpecialKernelsMethods.NEAREST_DY, 30, 20, 19);
        float[] single = new SpecialKernelsImpl(oneThread).nearestDy((float[]) g[0], (float[]) g[1], (int[]) g[2],
                (float[]) g[3]);
        Dataset<Row> ys = TestData.namedRows(spark, "q", "y", g[1], 20, 3, 3);
        for (Scheme scheme : Scheme.values()) {
            int[] idx = ((int[]) g[2]).clone();
            Dataset<Row> out = SparkKernels.on(spark).scheme(scheme).tiles(1, 7).onRows(SpecialKernelsMethods.NEAREST_DY,
                    ys, "name").arg("x", g[0]).arg("idx", idx).arg("e", g[3]).run();
            java.util.Arrays.fill(idx, 25); // N = 20: run() would have refused these
            KernelOutput got = fromRows(out.collectAsList(), SpecialKernelsMethods.NEAREST_DY);
            if (scheme == Scheme.ROWS) {
                Outputs.assertSame(new KernelOutput(single, null), got, "ROWS, arg indices");
            } else {
                Outputs.assertClose(new KernelOutput(single, null), got, Outputs.TILES_F32, "TILES, arg indices");
            }
        }
    }

    /** Values of a Dataset's array column as one row-major array, in the Dataset's order. */
    private static Object column(List<Row> in, int col, int dim, boolean dbl) {
        Object a = dbl ? new double[in.size() * dim] : new float[in.size() * dim];
        for (int r = 0; r < in.size(); r++) {
            List<Object> v = in.get(r).getList(col);
            for (int c = 0; c < dim; c++) {
                if (dbl) {
                    ((double[]) a)[r * dim + c] = (Double) v.get(c);
                } else {
                    ((float[]) a)[r * dim + c] = (Float) v.get(c);
                }
            }
        }
        return a;
    }

    private static KernelOutput fromRows(List<Row> out, org.jkeops.runtime.KernelMethod<?> m) {
        int w = m.outputWidth();
        Object values = m.hasValues() ? (m.usesDouble() ? new double[out.size() * w] : new float[out.size() * w]) : null;
        int[] indices = m.hasIndices() ? new int[out.size() * w] : null;
        for (int r = 0; r < out.size(); r++) {
            for (int q = 0; q < w; q++) {
                if (values instanceof double[] d) {
                    d[r * w + q] = (Double) out.get(r).getList(1).get(q);
                } else if (values instanceof float[] f) {
                    f[r * w + q] = (Float) out.get(r).getList(1).get(q);
                }
                if (indices != null) {
                    indices[r * w + q] = (Integer) out.get(r).getList(m.hasValues() ? 2 : 1).get(q);
                }
            }
        }
        return new KernelOutput(values, indices);
    }

    /**
     * TILES on a Dataset (with empty partitions, and a column block narrower than K joined to the
     * one before) and block-sparse ranges numbered in the Dataset's row order, in both schemes:
     * the rows come back in order with the single-JVM result (K-min bit for bit, sums to rounding).
     */
    @Test
    void tilesAndRangesOnADatasetMatchTheSingleJvmCall() {
        Dataset<Row> pts = points(61, false, 80, 11); // 61 rows in 80 partitions: 19 empty
        List<Row> in = pts.collectAsList();
        float[] x = (float[]) column(in, 1, 3, false);
        Object[] knnArgs = TestData.args(SparkReductionsMethods.K_MIN_ARG_KMIN_JF, 61, 23, 5);
        for (Scheme scheme : Scheme.values()) {
            SparkKernels sk = SparkKernels.on(spark).scheme(scheme).tiles(1, 7);
            float[] x2 = new float[61 * 2];
            for (int r = 0; r < 61; r++) {
                x2[2 * r] = x[3 * r];
                x2[2 * r + 1] = x[3 * r + 1];
            }
            Dataset<Row> two = pts.selectExpr("name", "slice(xyz, 1, 2) as xy");
            KernelOutput want = SparkReductionsMethods.K_MIN_ARG_KMIN_JF.call(oneThread, new Object[] {x2, knnArgs[1], knnArgs[2]});
            List<Row> got = sk.onRows(SparkReductionsMethods.K_MIN_ARG_KMIN_JF, two, "name").column("x", "xy")
                    .arg("y", knnArgs[1]).arg("b", knnArgs[2]).run().collectAsList();
            for (int r = 0; r < 61; r++) {
                assertEquals(in.get(r).getString(0), got.get(r).getString(0), scheme + " row " + r + " id");
            }
            Outputs.assertSame(want, fromRows(got, SparkReductionsMethods.K_MIN_ARG_KMIN_JF), scheme + " K_MIN_ARG_K_MIN");

            org.jkeops.runtime.Ranges ranges = SparkRangesTest.randomRanges(61, 23, 9);
            KernelOutput sumWant = SparkRangesKernelsMethods.SUM_JF.call(oneThread,
                    new Object[] {x2, knnArgs[1], knnArgs[2], ranges});
            List<Row> sumGot = sk.onRows(SparkRangesKernelsMethods.SUM_JF, two, "name").column("x", "xy")
                    .arg("y", knnArgs[1]).arg("b", knnArgs[2]).arg("ranges", ranges).run().collectAsList();
            KernelOutput sums = fromRows(sumGot, SparkRangesKernelsMethods.SUM_JF);
            if (scheme == Scheme.ROWS) {
                Outputs.assertSame(sumWant, sums, "ROWS SUM with ranges");
            } else {
                Outputs.assertClose(sumWant, sums, 2e-5, "TILES SUM with ranges");
            }
        }
    }

    /**
     * The kNN-graph job needs more points than K = 10 (each point's 10 neighbours and itself):
     * fewer are refused up front, before Spark starts, in those words (the kernel's "K = 11 exceeds
     * the 10 rows" came from the job's run); knnGraph refuses such a Dataset likewise.
     */
    @Test
    void theKnnGraphJobRefusesTooFewPointsUpFront() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KnnGraphJob.main(new String[] {"--points", "10"}));
        assertEquals("--points 10: the points must exceed K = 10 (each point's 10 neighbours and itself)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> KnnGraphJob.knnGraph(SparkKernels.on(spark), KnnGraphJob.randomPoints(spark, 10, 2, 7)));
        assertEquals("KnnGraphJob.knnGraph: 10 points: the points must exceed K = 10 (each point's 10 neighbours and "
                + "itself)", e.getMessage());
    }

    @Test
    void theKnnGraphJobFindsTheNearestNeighboursOfEveryRow() {
        Dataset<Row> pts = KnnGraphJob.randomPoints(spark, 1500, 5, 7);
        Dataset<Row> graph = KnnGraphJob.knnGraph(SparkKernels.on(spark), pts);
        List<Row> g = graph.collectAsList();
        List<Row> in = pts.collectAsList();
        assertEquals(1500, g.size());
        for (int r = 0; r < g.size(); r += 97) {
            assertEquals(in.get(r).getLong(0), g.get(r).getLong(0));
            assertEquals(10, g.get(r).getList(1).size());
            assertTrue(!g.get(r).getList(1).contains(in.get(r).getLong(0)), "a point is not its own neighbour");
        }
        assertEquals(0, KnnGraphJob.check(pts, graph, 50, 7));
        // the neighbour ids are those of the single-JVM kernel, mapped through the id column
        float[] y = new float[3 * in.size()];
        for (int r = 0; r < in.size(); r++) {
            List<Float> f = in.get(r).getList(1);
            for (int c = 0; c < 3; c++) {
                y[3 * r + c] = f.get(c);
            }
        }
        int[] nn = new org.jkeops.spark.example.PointKernelsImpl(oneThread).knnGraph(y, y).indices();
        Object[] first = g.get(0).getList(1).toArray();
        long[] want = new long[10];
        int at = 0;
        for (int q = 0; q < 11 && at < 10; q++) {
            long id = in.get(nn[q]).getLong(0);
            if (id != in.get(0).getLong(0)) {
                want[at++] = id;
            }
        }
        assertArrayEquals(want, java.util.Arrays.stream(first).mapToLong(o -> (Long) o).toArray());
    }
}
