package org.jkeops.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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

    private static Dataset<Row> points(int n, boolean dbl, int partitions, long seed) {
        Random rnd = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object[] f = new Object[3];
            for (int c = 0; c < 3; c++) {
                f[c] = dbl ? (Object) rnd.nextGaussian() : (Object) (float) rnd.nextGaussian();
            }
            rows.add(RowFactory.create("p" + (n - i), f));
        }
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("name", DataTypes.StringType, false),
                DataTypes.createStructField("xyz", DataTypes.createArrayType(dbl ? DataTypes.DoubleType : DataTypes.FloatType,
                        false), false)));
        return spark.createDataFrame(org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(rows, partitions), schema);
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
    void aRowOfTheWrongLengthFailsItsTaskNamingTheRow() {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.LongType, false),
                DataTypes.createStructField("x", DataTypes.createArrayType(DataTypes.FloatType, false), false)));
        Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create(1L, new Object[] {1f, 2f, 3f}),
                RowFactory.create(2L, new Object[] {1f, 2f})), schema);
        Exception e = assertThrows(Exception.class, () -> SparkKernels.on(spark).onRows(SpecialKernelsMethods.GAUSS, rows, "id")
                .arg("y", new float[3]).arg("b", new float[1]).arg("g", 1f).run().collectAsList());
        assertTrue(String.valueOf(e.getMessage()).contains("SpecialKernels.gauss: x: column 'x' of row id 2 has 2 values, "
                + "expected dim 3"), e.getMessage());
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
