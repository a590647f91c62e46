package org.jkeops.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input is rejected on the driver before any job starts, with the kernel method and the
 * parameter in the message: counted by a listener that sees every job start.
 */
class DriverChecksTest {
    private static final AtomicInteger JOBS = new AtomicInteger();
    private static SparkKernels kernels;

    @BeforeAll
    static void start() {
        SparkSession spark = TestSpark.session();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart jobStart) {
                JOBS.incrementAndGet();
            }
        });
        kernels = SparkKernels.on(spark);
    }

    private static void rejected(String message, Executable call) throws InterruptedException {
        int before = jobsSoFar();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
        assertEquals(before, jobsSoFar(), "a job started before the rejection: " + message);
    }

    /** Job starts reach the listener asynchronously: a finished small job flushes those before it. */
    private static int jobsSoFar() throws InterruptedException {
        int seen = JOBS.get();
        Thread.sleep(200);
        return Math.max(seen, JOBS.get());
    }

    @Test
    void wrongLengthsAndTypesNameTheMethodAndParameter() throws InterruptedException {
        KernelMethod<float[]> sum = SparkReductionsMethods.SUM_JF;
        rejected("SparkReductions.sumJF: x: length 7 is not a multiple of dim 2",
                () -> kernels.call(sum, new float[7], new float[4], new float[2]));
        rejected("SparkReductions.sumJF: b has 3 rows but y has 2 (both run along N)",
                () -> kernels.call(sum, new float[6], new float[4], new float[3]));
        rejected("SparkReductions.sumJF: y: expected a float[], got double[]",
                () -> kernels.call(sum, new float[6], new double[4], new float[2]));
        rejected("SparkReductions.sumJF: expected 3 arguments (x, y, b), got 2",
                () -> kernels.call(sum, new float[6], new float[4]));
        rejected("SparkReductions.logSumExpJF: g: expected a float, got Double",
                () -> kernels.call(SparkReductionsMethods.LOG_SUM_EXP_JF, new float[6], new float[4], new float[2], 1.0));
        rejected("SparkReductions.kMinJF: K = 3 exceeds the 2 rows of the reduced axis (N)",
                () -> kernels.call(SparkReductionsMethods.K_MIN_JF, new float[6], new float[4], new float[2]));
        rejected("SpecialKernels.minOut: outIndex: length 5 != M x 2 = 6",
                () -> kernels.call(SpecialKernelsMethods.MIN_OUT, new float[6], new float[4], new float[2], new float[6],
                        new int[5]));
    }

    @Test
    void aReducedAxisTooLargeToBroadcastIsRejectedInRowsAndRunsInTiles() throws InterruptedException {
        Object[] args = TestData.args(SparkReductionsMethods.SUM_JF, 40, 100, 1);
        rejected("SparkReductions.sumJF: y: the arrays along N take 1200 bytes, above the ROWS scheme's broadcast limit "
                + "of 1000 bytes (SparkKernels.maxBroadcastBytes); use Scheme.TILES, which broadcasts nothing but parameters",
                () -> kernels.maxBroadcastBytes(1000).call(SparkReductionsMethods.SUM_JF, args));
        assertEquals(40 * 2, kernels.maxBroadcastBytes(1000).scheme(Scheme.TILES).tiles(16, 30)
                .call(SparkReductionsMethods.SUM_JF, args).length);
    }

    @Test
    void partitioningThatDoesNotFitTheKernelIsRejected() throws InterruptedException {
        Object[] args = TestData.args(SparkReductionsMethods.K_MIN_JF, 20, 30, 2);
        rejected("SparkReductions.kMinJF: column blocks of 2 rows cannot hold K = 3 candidates each; use tiles with at "
                + "least K columns", () -> kernels.scheme(Scheme.TILES).tiles(8, 2).call(SparkReductionsMethods.K_MIN_JF, args));
        rejected("tiles must be at least 1 x 1 rows, got 0 x 5", () -> kernels.tiles(0, 5));
        rejected("partitions must be at least 1, got 0", () -> kernels.partitions(0));
        rejected("maxBroadcastBytes must be at least 0, got -1", () -> kernels.maxBroadcastBytes(-1));
        // Every generated method merges (ARG_MIN through its values); a descriptor that does not is refused.
        assertTrue(SparkReductionsMethods.ARG_MIN_JF.splittable());
        rejected("SparkReductions.argMinJF: ARG_MIN cannot run in Scheme.TILES: its partial results over parts of the "
                + "reduced axis do not merge; use Scheme.ROWS",
                () -> kernels.scheme(Scheme.TILES).call(Delegating.unmergeable(SparkReductionsMethods.ARG_MIN_JF), args));
    }

    /**
     * An arg index outside the axis it points into is rejected before any job, with the single-JVM
     * call's message and its position in the whole array, in both schemes: TILES used to rebase it
     * to -1 (no index) in every column block and return zeros for its row; ROWS failed on the
     * executors with the position counted within the row block.
     */
    @Test
    void anArgIndexOutOfRangeIsRejectedWithTheSingleJvmMessage() throws InterruptedException {
        Object[] args = TestData.args(SpecialKernelsMethods.NEAREST_DX, 6, 5, 3); // M = 6, N = 5
        for (int[] idx : new int[][] {{0, 1, 2, 3, 4, 5}, {0, 1, -2, 3, 4, -1}}) {
            args[2] = idx;
            String single;
            try (KernelRuntime one = KernelRuntime.builder().fromSystemProperties().threads(1).build()) {
                single = assertThrows(IllegalArgumentException.class, () -> new SpecialKernelsImpl(one).nearestDx(
                        (float[]) args[0], (float[]) args[1], idx, (float[]) args[3])).getMessage();
            }
            String bad = idx[5] == 5 ? "idx[5] = 5" : "idx[2] = -2";
            assertEquals("SpecialKernels.nearestDx: " + bad + " is outside [0, N) with N = 5, and not -1 (no index)",
                    single);
            for (Scheme s : Scheme.values()) {
                rejected(single, () -> kernels.scheme(s).partitions(2).tiles(3, 2).call(SpecialKernelsMethods.NEAREST_DX,
                        TestData.copy(args)));
            }
        }
    }

    /**
     * A float32 arg-index gradient carries its indices as floats, exact only up to 2^24 rows: one
     * JVM refuses more; Spark computed it (ROWS over y, TILES over x: its tasks renumber within
     * their blocks) or failed on an executor (ROWS over x). Now both schemes refuse it on the
     * driver with the single-JVM message (session 21 Spark probe).
     */
    @Test
    void aFloat32ArgGradientBeyond2To24RowsIsRejectedAsInOneJvm() throws InterruptedException {
        int n = (1 << 24) + 1;
        float[] x = new float[3];
        float[] y = new float[3 * n];
        int[] idx = {n - 1};
        float[] e = {1};
        for (var method : List.of(SpecialKernelsMethods.NEAREST_DX, SpecialKernelsMethods.NEAREST_DY)) {
            String single;
            try (KernelRuntime one = KernelRuntime.builder().fromSystemProperties().threads(1).build()) {
                SpecialKernels k = new SpecialKernelsImpl(one);
                single = assertThrows(IllegalArgumentException.class, () -> {
                    if (method == SpecialKernelsMethods.NEAREST_DX) {
                        k.nearestDx(x, y, idx, e);
                    } else {
                        k.nearestDy(x, y, idx, e);
                    }
                }).getMessage();
            }
            assertEquals(method.name() + ": idx: N = " + n + " rows is more than float32 represents"
                    + " exactly as indices (2^24 = 16777216); use float64 data for this gradient", single);
            for (Scheme s : Scheme.values()) {
                rejected(single, () -> kernels.scheme(s).partitions(4).tiles(1, 1 << 22).call(method, x, y, idx, e));
            }
        }
    }

    @Test
    void datasetColumnsAndArgumentsAreCheckedAgainstTheKernel() throws InterruptedException {
        Dataset<Row> rows = oneRow("p", DataTypes.DoubleType, new Object[] {1.0, 2.0, 3.0});
        float[] y = new float[6];
        float[] b = new float[2];
        rejected("SpecialKernels.gauss: x: column 'p' is array<double>, expected array<float>",
                () -> kernels.onRows(SpecialKernelsMethods.GAUSS, rows, "id").column("x", "p").arg("y", y).arg("b", b)
                        .arg("g", 1f).run());
        rejected("SpecialKernels.gauss: x: no column 'x' in struct<id:bigint,p:array<double>>",
                () -> kernels.onRows(SpecialKernelsMethods.GAUSS, rows, "id").arg("y", y).arg("b", b).arg("g", 1f).run());
        rejected("SpecialKernels.gaussD: g: no value given (DatasetCall.arg)",
                () -> kernels.onRows(SpecialKernelsMethods.GAUSS_D, rows, "id").column("x", "p").arg("y", new double[6])
                        .arg("b", new double[2]).run());
        rejected("SpecialKernels.gaussD: b has 3 rows but y has 2 (both run along N)",
                () -> kernels.onRows(SpecialKernelsMethods.GAUSS_D, rows, "id").column("x", "p").arg("y", new double[6])
                        .arg("b", new double[3]).arg("g", 1.0).run());
        rejected("SpecialKernels.gaussD: no id column 'key' in struct<id:bigint,p:array<double>>",
                () -> kernels.onRows(SpecialKernelsMethods.GAUSS_D, rows, "key").run());
    }

    /**
     * A column or argument binding that the call would not use is refused, naming the kernel and
     * the binding: a name the kernel lacks, an argument for a parameter read from a column, a
     * column for one passed as an argument, an {@code @Out} array (all used to be dropped silently).
     */
    @Test
    void datasetBindingsTheCallWouldNotUseAreRejected() throws InterruptedException {
        Dataset<Row> rows = oneRow("p", DataTypes.FloatType, new Object[] {1f, 2f, 3f});
        float[] y = new float[6];
        float[] b = new float[2];
        rejected("SpecialKernels.gauss: no parameter named 'typo' (DatasetCall.column); the parameters are x, y, b, g",
                () -> kernels.onRows(SpecialKernelsMethods.GAUSS, rows, "id").column("x", "p").column("typo", "p")
                        .arg("y", y).arg("b", b).arg("g", 1f).run());
        rejected("SpecialKernels.gauss: no parameter named 'gamma' (DatasetCall.arg); the parameters are x, y, b, g",
                () -> kernels.onRows(SpecialKernelsMethods.GAUSS, rows, "id").column("x", "p").arg("y", y).arg("b", b)
                        .arg("g", 1f).arg("gamma", 1f).run());
        rejected("SpecialKernels.gauss: x: runs along M, the output axis, so it is read from column 'p'; "
                + "DatasetCall.arg cannot give it",
                () -> kernels.onRows(SpecialKernelsMethods.GAUSS, rows, "id").column("x", "p").arg("x", new float[3])
                        .arg("y", y).arg("b", b).arg("g", 1f).run());
        rejected("SpecialKernels.gauss: y: runs along N, the reduced axis; only the arrays along M, the output axis, "
                + "are read from columns (DatasetCall.column); it is given by DatasetCall.arg too: drop the column",
                () -> kernels.onRows(SpecialKernelsMethods.GAUSS, rows, "id").column("x", "p").column("y", "p")
                        .arg("y", y).arg("b", b).arg("g", 1f).run());
        rejected("SpecialKernels.gauss: g: is a scalar parameter; only the arrays along M, the output axis, are read "
                + "from columns (DatasetCall.column); pass it with DatasetCall.arg",
                () -> kernels.onRows(SpecialKernelsMethods.GAUSS, rows, "id").column("x", "p").column("g", "p")
                        .arg("y", y).arg("b", b).run());
        Dataset<Row> xs = oneRow("x", DataTypes.FloatType, new Object[] {1f, 2f});
        rejected("SpecialKernels.minOut: out: is an @Out array, which a Dataset call returns as the result's columns; "
                + "DatasetCall.arg cannot give it",
                () -> kernels.onRows(SpecialKernelsMethods.MIN_OUT, xs, "id").arg("y", new float[4]).arg("b", new float[2])
                        .arg("out", new float[2]).run());
    }

    /**
     * An id column named like a column of the result ({@code values}, {@code indices}; in any case
     * unless spark.sql.caseSensitive) is refused by run() before any job, naming the kernel, the
     * column and the clash: it used to fail in Spark's createDataFrame, after the check job, with
     * "fields should have distinct names".
     */
    @Test
    void anIdColumnNamedLikeAResultColumnIsRejected() throws InterruptedException {
        Dataset<Row> values = oneRow("values", "x", DataTypes.FloatType, new Object[] {1f, 2f});
        rejected("SparkReductions.minJF: id column 'values' clashes with the result column 'values' (the result has the id "
                + "column, then values); rename the id column",
                () -> kernels.onRows(SparkReductionsMethods.MIN_JF, values, "values").arg("y", new float[4])
                        .arg("b", new float[2]).run());
        Dataset<Row> indices = oneRow("Indices", "x", DataTypes.FloatType, new Object[] {1f, 2f});
        rejected("SparkReductions.minArgMinJF: id column 'Indices' clashes with the result column 'indices' (the result "
                + "has the id column, then values, indices); rename the id column",
                () -> kernels.scheme(Scheme.TILES).onRows(SparkReductionsMethods.MIN_ARG_MIN_JF, indices, "Indices")
                        .arg("y", new float[4]).arg("b", new float[2]).run());
        // A kernel with indices only has no values column: an id column of that name is fine.
        assertEquals(1, kernels.onRows(SparkReductionsMethods.ARG_MIN_JF, values, "values").arg("y", new float[4])
                .arg("b", new float[2]).run().collectAsList().size());
    }

    /** A null method, Dataset or id column is named (it was a bare NullPointerException from run()). */
    @Test
    void aNullOnRowsArgumentIsNamed() {
        Dataset<Row> rows = oneRow("x", DataTypes.FloatType, new Object[] {1f, 2f});
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> kernels.onRows(SparkReductionsMethods.MIN_JF, rows, null));
        assertEquals("SparkReductions.minJF: onRows: idColumn is null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> kernels.onRows(SparkReductionsMethods.MIN_JF, null, "id"));
        assertEquals("SparkReductions.minJF: onRows: rows is null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> kernels.onRows(null, rows, "id"));
        assertEquals("onRows: method is null", e.getMessage());
    }

    /**
     * SparkKernels.call and DatasetCall.run() label their jobs, then give the caller's job
     * description back (they used to reset it to null), and leave none where there was none.
     */
    @Test
    void theCallersJobDescriptionIsRestored() {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
        Object[] args = TestData.args(SparkReductionsMethods.SUM_JF, 5, 4, 1);
        Dataset<Row> xs = TestData.namedRows(TestSpark.session(), "p", "x", args[0], 5, 2, 1);
        try {
            for (String description : new String[] {"my nightly job", null}) {
                jsc.setJobDescription(description);
                kernels.call(SparkReductionsMethods.SUM_JF, args);
                assertEquals(description, jsc.getLocalProperty("spark.job.description"), "after SparkKernels.call");
                kernels.scheme(Scheme.TILES).call(SparkReductionsMethods.SUM_JF, args);
                assertEquals(description, jsc.getLocalProperty("spark.job.description"), "after a TILES call");
                kernels.onRows(SparkReductionsMethods.SUM_JF, xs, "name").arg("y", args[1]).arg("b", args[2]).run();
                assertEquals(description, jsc.getLocalProperty("spark.job.description"), "after DatasetCall.run");
            }
        } finally {
            jsc.setJobDescription(null);
        }
    }

    /** A Dataset of one row: {@code id} 1 and the array {@code values} in column {@code column} of {@code element}s. */
    private static Dataset<Row> oneRow(String column, DataType element, Object[] values) {
        return oneRow("id", column, element, values);
    }

    /** A Dataset of one row: {@code 1L} in column {@code id}, the array {@code values} in column {@code column}. */
    private static Dataset<Row> oneRow(String id, String column, DataType element, Object[] values) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField(id, DataTypes.LongType, false),
                DataTypes.createStructField(column, DataTypes.createArrayType(element, false), false)));
        return TestSpark.session().createDataFrame(List.of(RowFactory.create(1L, values)), schema);
    }
}
