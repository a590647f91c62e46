package org.jkeops.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelParam;
import org.jkeops.runtime.KernelParam.Kind;

/**
 * A kernel method over the rows of a Dataset: every output-axis parameter is read from an
 * {@code array<float>} ({@code array<double>} for float64; {@code array<int>} for arg indices)
 * column of one row each, the other arguments are given by name. The result has the id column,
 * then {@code values} (array of the row's outputs) and/or {@code indices} (array<int>), one row
 * per input row, in the input's order. The Dataset's partitions are the row blocks; in
 * {@link Scheme#ROWS} the reduced axis is broadcast, in {@link Scheme#TILES} it is cut into column
 * blocks of {@code SparkKernels.tiles(.., cols)} rows and the tiles' partial results merge per
 * partition. A block-sparse {@code Ranges} numbers the output axis's rows in the Dataset's order.
 *
 * <pre>{@code
 * Dataset<Row> out = sk.onRows(KnnMethods.KNN, points, "id").column("x", "features").arg("y", y).run();
 * }</pre>
 *
 * Checked on the driver before any kernel task runs: the schema, the bindings, the given
 * arguments (arg indices against the Dataset's row count), and (by one pass over the selected
 * columns, a job of its own) every row's array lengths, null elements and arg indices, the first
 * wrong one named with its parameter, column, row id and sizes.
 */
public final class DatasetCall {
    private final SparkKernels kernels;
    private final KernelMethod<?> method;
    private final Dataset<Row> rows;
    private final String idColumn;
    private final Map<String, String> columns = new HashMap<>();
    private final Map<String, Object> args = new HashMap<>();

    DatasetCall(SparkKernels kernels, KernelMethod<?> method, Dataset<Row> rows, String idColumn) {
        this.kernels = kernels;
        this.method = method;
        this.rows = rows;
        this.idColumn = idColumn;
    }

    /**
     * Reads output-axis parameter {@code param} from {@code column} (default: the column named like
     * it). {@link #run} rejects a name the kernel lacks and a parameter that is not an output-axis array.
     */
    public DatasetCall column(String param, String column) {
        columns.put(param, column);
        return this;
    }

    /**
     * Passes {@code value} for a parameter that is not read from the Dataset. {@link #run} rejects
     * a name the kernel lacks, an output-axis array (read from its column) and an {@code @Out} array.
     */
    public DatasetCall arg(String param, Object value) {
        args.put(param, value);
        return this;
    }

    /**
     * Checks the call (the pass over the Dataset included: a job of its own) and returns the
     * result, which Spark evaluates lazily: the kernel runs in the action on it ({@code collect},
     * {@code write}, ...). A check that fails throws {@link IllegalArgumentException} here; a kernel
     * that fails on an executor fails that action, after Spark's retries, with Spark's own
     * {@code SparkException} whose message carries the kernel's exception, not with
     * {@link KernelJobException}: this method cannot wrap an action it does not run. The arrays
     * given by {@link #arg} are copied here: every action on the result computes with them as they
     * were when checked, whatever the caller does to its arrays afterwards.
     */
    public Dataset<Row> run() {
        List<KernelParam> params = method.params();
        StructType schema = rows.schema();
        if (!List.of(schema.fieldNames()).contains(idColumn)) {
            throw new IllegalArgumentException(method.name() + ": no id column '" + idColumn + "' in " + schema.simpleString());
        }
        if (method.sumsRows()) {
            throw new IllegalArgumentException(method.name() + ": sums its rows into one result, which is no Dataset of "
                    + "rows; use SparkKernels.call");
        }
        checkIdColumn();
        checkBindings();
        Object[] callArgs = new Object[params.size()];
        int[] columnOf = new int[params.size()];
        List<String> selected = new ArrayList<>(List.of(idColumn));
        for (int p = 0; p < params.size(); p++) {
            KernelParam prm = params.get(p);
            columnOf[p] = -1;
            if (prm.rowsAlong(method.outer())) {
                String col = columns.getOrDefault(prm.name(), prm.name());
                checkColumn(schema, prm, col);
                columnOf[p] = selected.size();
                selected.add(col);
            } else if (prm.kind() != Kind.OUT_VALUES && prm.kind() != Kind.OUT_INDICES) {
                if (!args.containsKey(prm.name())) {
                    throw new IllegalArgumentException(KernelCall.label(method, prm) + ": no value given (DatasetCall.arg)");
                }
                // A copy: the returned Dataset is lazy, and its actions must compute with the
                // arguments as checked here, not as the caller's arrays are by then.
                callArgs[p] = snapshot(args.get(prm.name()));
            }
        }
        KernelCall call = KernelCall.check(method, callArgs, 0);
        int tileCols = kernels.tileColumns(call);
        if (kernels.scheme() == Scheme.ROWS) {
            RowsScheme.checkBroadcast(call, kernels.maxBroadcastBytes());
        } else {
            TilesScheme.check(call, 1, tileCols);
        }

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(rows.sparkSession().sparkContext());
        String[] columnNames = selected.toArray(new String[0]);
        DatasetRows dr = new DatasetRows(method, columnOf, columnNames, call.inner());
        JavaRDD<Row> in = rows.selectExpr(quoted(columnNames)).javaRDD();
        long[] starts = scan(jsc, dr, in);
        KernelCall.validateRanges(method, callArgs, Math.toIntExact(starts[starts.length - 1]), call.inner());
        // Arg indices given as arguments run along the reduced axis and point into the Dataset's rows.
        KernelCall.checkIndices(method, callArgs, Math.toIntExact(starts[starts.length - 1]), call.inner());
        JavaRDD<Row> out;
        if (kernels.scheme() == Scheme.ROWS) {
            Broadcast<Object[]> shared = jsc.broadcast(KernelTask.without(method, callArgs, method.outer()));
            out = in.mapPartitionsWithIndex((p, it) -> dr.run(shared.value(), p, starts[p], it), true);
        } else {
            out = DatasetTiles.run(jsc, call, dr, in, starts, tileCols);
        }
        return rows.sparkSession().createDataFrame(out, resultSchema(schema.apply(idColumn)));
    }

    /**
     * One pass over the selected columns before any kernel task: every row's arrays checked
     * against their parameters' dimensions, for null elements, and arg indices against the
     * reduced axis (rejected here, naming parameter, column, row id and sizes), and each
     * partition's first row along the output axis, which block-sparse ranges and arg indices are
     * numbered by. Returns the partitions' first rows and, last, the total.
     */
    private long[] scan(JavaSparkContext jsc, DatasetRows dr, JavaRDD<Row> in) {
        String callers = jsc.getLocalProperty(SparkKernels.JOB_DESCRIPTION);
        jsc.setJobDescription(method.name() + ": checking the Dataset's arrays");
        List<DatasetRows.Scan> scans;
        try {
            scans = in.mapPartitions(it -> List.of(dr.scan(it)).iterator()).collect();
        } finally {
            jsc.setLocalProperty(SparkKernels.JOB_DESCRIPTION, callers);
        }
        long[] starts = new long[scans.size() + 1];
        long bad = 0;
        String first = null;
        for (int p = 0; p < scans.size(); p++) {
            DatasetRows.Scan s = scans.get(p);
            starts[p + 1] = starts[p] + s.rows();
            bad += s.bad();
            first = first == null ? s.firstBad() : first;
        }
        if (first != null) {
            throw new IllegalArgumentException(first + (bad > 1 ? " (and " + (bad - 1) + " more rejected rows)" : ""));
        }
        if (starts[scans.size()] > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(method.name() + ": " + starts[scans.size()] + " rows, above the "
                    + Integer.MAX_VALUE + " a kernel's arrays index");
        }
        return starts;
    }

    /**
     * The result's columns are the id column, then {@code values} and/or {@code indices}: an id
     * column of either name (in any case, unless {@code spark.sql.caseSensitive}) would make two
     * columns of one name, which Spark refuses only when the result is built, after the pass.
     */
    private void checkIdColumn() {
        boolean caseSensitive = Boolean.parseBoolean(rows.sparkSession().conf().get("spark.sql.caseSensitive", "false"));
        List<String> results = resultColumns();
        for (String result : results) {
            if (caseSensitive ? result.equals(idColumn) : result.equalsIgnoreCase(idColumn)) {
                throw new IllegalArgumentException(method.name() + ": id column '" + idColumn + "' clashes with the result "
                        + "column '" + result + "' (the result has the id column, then " + String.join(", ", results)
                        + "); rename the id column");
            }
        }
    }

    /** The result's columns after the id column. */
    private List<String> resultColumns() {
        List<String> names = new ArrayList<>(2);
        if (method.hasValues()) {
            names.add("values");
        }
        if (method.hasIndices()) {
            names.add("indices");
        }
        return names;
    }

    /**
     * Every {@link #column} and {@link #arg} must bind a parameter that way: the loop in {@link #run}
     * reads columns for output-axis arrays and arguments for the rest, so a binding of a name the
     * kernel lacks (a typo) or of the other kind would be dropped without a word.
     */
    private void checkBindings() {
        String axis = method.outer() == KernelParam.Axis.I ? "M" : "N";
        for (String name : columns.keySet()) {
            KernelParam prm = param(name, "column");
            if (!prm.rowsAlong(method.outer())) {
                boolean out = prm.kind() == Kind.OUT_VALUES || prm.kind() == Kind.OUT_INDICES;
                throw new IllegalArgumentException(KernelCall.label(method, prm) + ": " + what(prm) + "; only the arrays "
                        + "along " + axis + ", the output axis, are read from columns (DatasetCall.column)"
                        + (out ? "" : args.containsKey(name) ? "; it is given by DatasetCall.arg too: drop the column"
                                : "; pass it with DatasetCall.arg"));
            }
        }
        for (String name : args.keySet()) {
            KernelParam prm = param(name, "arg");
            if (prm.rowsAlong(method.outer())) {
                throw new IllegalArgumentException(KernelCall.label(method, prm) + ": runs along " + axis
                        + ", the output axis, so it is read from column '" + columns.getOrDefault(name, name)
                        + "'; DatasetCall.arg cannot give it");
            }
            if (prm.kind() == Kind.OUT_VALUES || prm.kind() == Kind.OUT_INDICES) {
                throw new IllegalArgumentException(KernelCall.label(method, prm) + ": " + what(prm)
                        + "; DatasetCall.arg cannot give it");
            }
        }
    }

    /** What a parameter that is not read from columns is, for messages. */
    private String what(KernelParam prm) {
        return switch (prm.kind()) {
            case OUT_VALUES, OUT_INDICES -> "is an @Out array, which a Dataset call returns as the result's columns";
            case RANGES -> "is a Ranges";
            case SCALAR -> "is a scalar parameter";
            default -> prm.axis() == KernelParam.Axis.P ? "is a parameter (@Pm)"
                    : "runs along " + (method.inner() == KernelParam.Axis.I ? "M" : "N") + ", the reduced axis";
        };
    }

    private KernelParam param(String name, String binding) {
        for (KernelParam prm : method.params()) {
            if (prm.name().equals(name)) {
                return prm;
            }
        }
        throw new IllegalArgumentException(method.name() + ": no parameter named '" + name + "' (DatasetCall." + binding
                + "); the parameters are " + String.join(", ", method.params().stream().map(KernelParam::name).toList()));
    }

    /** A copy of a {@code float[]}, {@code double[]} or {@code int[]}; anything else as it is ({@code Ranges} copies its arrays). */
    private static Object snapshot(Object a) {
        return switch (a) {
            case float[] f -> f.clone();
            case double[] d -> d.clone();
            case int[] i -> i.clone();
            case null, default -> a;
        };
    }

    private static String[] quoted(String[] names) {
        String[] q = new String[names.length];
        for (int c = 0; c < names.length; c++) {
            q[c] = "`" + names[c].replace("`", "``") + "`";
        }
        return q;
    }

    private void checkColumn(StructType schema, KernelParam prm, String col) {
        if (!List.of(schema.fieldNames()).contains(col)) {
            throw new IllegalArgumentException(KernelCall.label(method, prm) + ": no column '" + col + "' in "
                    + schema.simpleString());
        }
        DataType want = prm.kind() == Kind.INDICES ? DataTypes.IntegerType
                : method.usesDouble() ? DataTypes.DoubleType : DataTypes.FloatType;
        DataType got = schema.apply(col).dataType();
        if (!(got instanceof ArrayType at) || !at.elementType().equals(want)) {
            throw new IllegalArgumentException(KernelCall.label(method, prm) + ": column '" + col + "' is "
                    + got.simpleString() + ", expected array<" + want.simpleString() + ">");
        }
    }

    private StructType resultSchema(StructField id) {
        List<StructField> fields = new ArrayList<>(List.of(id));
        if (method.hasValues()) {
            fields.add(DataTypes.createStructField("values", DataTypes.createArrayType(
                    method.usesDouble() ? DataTypes.DoubleType : DataTypes.FloatType, false), false));
        }
        if (method.hasIndices()) {
            fields.add(DataTypes.createStructField("indices", DataTypes.createArrayType(DataTypes.IntegerType, false), false));
        }
        return DataTypes.createStructType(fields);
    }
}
