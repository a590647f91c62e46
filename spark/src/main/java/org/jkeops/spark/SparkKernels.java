package org.jkeops.spark;

import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;
import org.jkeops.runtime.KernelParam.Kind;

/**
 * Runs kernel methods on a Spark cluster: any generated {@code KernelMethod}
 * ({@code GaussMethods.CONV}) with the arguments of the interface method, returning what the
 * single-JVM call returns. Arguments are checked on the driver before any task runs; the kernel
 * runs in each task on an executor-local {@code KernelRuntime} with the task's cores; partial
 * results merge by the reduction's own rule.
 *
 * <pre>{@code
 * SparkKernels sk = SparkKernels.on(spark);                      // Scheme.ROWS
 * float[] a = sk.call(GaussMethods.CONV, x, y, b, 0.5f);         // = new GaussImpl().conv(x, y, b, 0.5f)
 * float[] t = sk.scheme(Scheme.TILES).tiles(50_000, 50_000).call(GaussMethods.CONV, x, y, b, 0.5f);
 * }</pre>
 *
 * Instances are immutable: the setters return a changed copy.
 */
public final class SparkKernels {
    /** The ROWS scheme's default broadcast limit: 1 GiB of reduced-axis arrays. */
    public static final long DEFAULT_MAX_BROADCAST_BYTES = 1L << 30;

    /** The local property of Spark's job description ({@code SparkContext.SPARK_JOB_DESCRIPTION}). */
    static final String JOB_DESCRIPTION = "spark.job.description";

    private final SparkSession spark;
    private final Scheme scheme;
    private final int partitions;
    private final int tileRows;
    private final int tileCols;
    private final long maxBroadcastBytes;

    private SparkKernels(SparkSession spark, Scheme scheme, int partitions, int tileRows, int tileCols,
            long maxBroadcastBytes) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.partitions = partitions;
        this.tileRows = tileRows;
        this.tileCols = tileCols;
        this.maxBroadcastBytes = maxBroadcastBytes;
    }

    /**
     * Scheme ROWS, {@code 4 x defaultParallelism} row blocks (four per core, as the runtime's own
     * thread split: a task slowed by another process on its core does not hold up the end of the
     * job), tiles of a quarter of each axis.
     */
    public static SparkKernels on(SparkSession spark) {
        return new SparkKernels(spark, Scheme.ROWS, 0, 0, 0, DEFAULT_MAX_BROADCAST_BYTES);
    }

    public SparkKernels scheme(Scheme s) {
        return new SparkKernels(spark, s, partitions, tileRows, tileCols, maxBroadcastBytes);
    }

    /** Row blocks of the ROWS scheme (at least 1; more than the rows gives empty blocks). */
    public SparkKernels partitions(int p) {
        if (p < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + p);
        }
        return new SparkKernels(spark, scheme, p, tileRows, tileCols, maxBroadcastBytes);
    }

    /** Tile size of the TILES scheme: rows of the output axis x rows of the reduced axis. */
    public SparkKernels tiles(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("tiles must be at least 1 x 1 rows, got " + rows + " x " + cols);
        }
        return new SparkKernels(spark, scheme, partitions, rows, cols, maxBroadcastBytes);
    }

    /** The most bytes of reduced-axis arrays the ROWS scheme broadcasts (at least 0). */
    public SparkKernels maxBroadcastBytes(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("maxBroadcastBytes must be at least 0, got " + bytes);
        }
        return new SparkKernels(spark, scheme, partitions, tileRows, tileCols, bytes);
    }

    public SparkSession spark() {
        return spark;
    }

    long maxBroadcastBytes() {
        return maxBroadcastBytes;
    }

    Scheme scheme() {
        return scheme;
    }

    /** Rows of the reduced axis per column block of the TILES scheme: as set, else a quarter (at least K). */
    int tileColumns(KernelCall call) {
        return tileCols > 0 ? tileCols : Math.max(Math.max(1, call.method().k()), ceilDiv(call.inner(), 4));
    }

    /** The row blocks of the ROWS scheme: as set, else {@code 4 x defaultParallelism}. */
    public int rowPartitions() {
        return partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism();
    }

    /**
     * Runs {@code method} with {@code args} (the interface method's arguments, in order) and returns
     * what it returns; {@code @Out} arrays are filled. Rejected on the driver, naming the kernel and
     * parameter: wrong types or lengths, a {@code Ranges} out of bounds, an arg index that is
     * neither -1 nor a row of the axis it points into (the facade's message), a reduced axis above
     * the broadcast limit (ROWS), a reduction whose partials do not merge or tiles narrower than K
     * (TILES). The jobs are described as {@code <method> (<scheme>)} in Spark's UI while the call
     * runs; the caller's job description is restored after it.
     *
     * @throws KernelJobException when the kernel fails on an executor (after Spark's retries)
     */
    public <R> R call(KernelMethod<R> method, Object... args) {
        KernelCall call = KernelCall.check(method, args, -1);
        int tr = tileRows > 0 ? tileRows : Math.max(1, ceilDiv(call.outer(), 4));
        int tc = tileColumns(call);
        if (scheme == Scheme.ROWS) {
            RowsScheme.checkBroadcast(call, maxBroadcastBytes);
        } else {
            TilesScheme.check(call, tr, tc);
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String callers = jsc.getLocalProperty(JOB_DESCRIPTION);
        jsc.setJobDescription(method.name() + " (" + scheme + ")");
        KernelOutput out;
        try {
            out = scheme == Scheme.ROWS ? RowsScheme.run(jsc, call, rowPartitions()) : TilesScheme.run(jsc, call, tr, tc);
        } catch (Exception e) {
            // Scala code throws SparkException (checked in Java) undeclared: a failed job.
            if (e instanceof org.apache.spark.SparkException) {
                throw new KernelJobException(method.name(), e);
            }
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        } finally {
            jsc.setLocalProperty(JOB_DESCRIPTION, callers); // the caller's description, or none
        }
        if (method.outParams()) {
            fillOutArrays(method, args, out);
        }
        return method.result(out);
    }

    /**
     * A Dataset of rows (an id column, an {@code array<float>} / {@code array<double>} column per
     * output-axis parameter) through {@code method}, in this scheme with the Dataset's partitions as
     * row blocks: see {@link DatasetCall}.
     */
    public DatasetCall onRows(KernelMethod<?> method, Dataset<Row> rows, String idColumn) {
        Objects.requireNonNull(method, "onRows: method is null");
        Objects.requireNonNull(rows, () -> method.name() + ": onRows: rows is null");
        Objects.requireNonNull(idColumn, () -> method.name() + ": onRows: idColumn is null");
        return new DatasetCall(this, method, rows, idColumn);
    }

    private static void fillOutArrays(KernelMethod<?> method, Object[] args, KernelOutput out) {
        for (int p = 0; p < args.length; p++) {
            Kind kind = method.params().get(p).kind();
            if (kind == Kind.OUT_VALUES) {
                System.arraycopy(out.values(), 0, args[p], 0, java.lang.reflect.Array.getLength(args[p]));
            } else if (kind == Kind.OUT_INDICES) {
                System.arraycopy(out.indices(), 0, args[p], 0, ((int[]) args[p]).length);
            }
        }
    }

    private static int ceilDiv(int a, int b) {
        return (int) (((long) a + b - 1) / b);
    }
}
