package org.jkeops.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;
import org.jkeops.runtime.KernelParam;
import org.jkeops.runtime.KernelParam.Kind;

/**
 * A kernel method over the rows of a Dataset, the ROWS scheme on the Dataset's own partitions:
 * every output-axis parameter is read from an {@code array<float>} ({@code array<double>} for
 * float64; {@code array<int>} for arg indices) column of one row each, the other arguments are
 * given by name and broadcast. The result has the id column, then {@code values} (array of the
 * row's outputs) and/or {@code indices} (array<int>), one row per input row, in the input's order.
 *
 * <pre>{@code
 * Dataset<Row> out = sk.onRows(KnnMethods.KNN, points, "id").column("x", "features").arg("y", y).run();
 * }</pre>
 *
 * The schema, the bindings and the broadcast arguments are checked on the driver; a row whose
 * array has the wrong length fails its task with the kernel, parameter, column and row id.
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

    /** Reads output-axis parameter {@code param} from {@code column} (default: the column named like it). */
    public DatasetCall column(String param, String column) {
        columns.put(param, column);
        return this;
    }

    /** Passes {@code value} for a parameter that is not read from the Dataset. */
    public DatasetCall arg(String param, Object value) {
        args.put(param, value);
        return this;
    }

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
                callArgs[p] = args.get(prm.name());
            }
        }
        for (String name : args.keySet()) {
            if (params.stream().noneMatch(prm -> prm.name().equals(name))) {
                throw new IllegalArgumentException(method.name() + ": no parameter named '" + name + "'");
            }
        }
        KernelCall call = KernelCall.check(method, callArgs, 0);
        RowsScheme.checkBroadcast(call, kernels.maxBroadcastBytes());

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(rows.sparkSession().sparkContext());
        Broadcast<Object[]> shared = jsc.broadcast(KernelTask.without(method, callArgs, method.outer()));
        KernelMethod<?> m = method;
        String[] columnNames = selected.toArray(new String[0]);
        JavaRDD<Row> out = rows.selectExpr(quoted(columnNames)).javaRDD()
                .mapPartitions(it -> RowBlock.run(m, shared.value(), columnOf, columnNames, it));
        return rows.sparkSession().createDataFrame(out, resultSchema(schema.apply(idColumn)));
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

    /** One partition's rows on the executor: gathered into arrays, one kernel call, one output row each. */
    static final class RowBlock {
        private RowBlock() {
        }

        static Iterator<Row> run(KernelMethod<?> m, Object[] shared, int[] columnOf, String[] names, Iterator<Row> it) {
            List<Row> in = new ArrayList<>();
            it.forEachRemaining(in::add);
            Object[] slices = new Object[shared.length];
            for (int p = 0; p < shared.length; p++) {
                if (columnOf[p] >= 0) {
                    slices[p] = gather(m, m.params().get(p), in, columnOf[p], names[columnOf[p]]);
                }
            }
            KernelOutput o = KernelTask.run(m, shared, new KernelTask(0, 0, in.size(), slices), null);
            int w = m.outputWidth();
            List<Row> out = new ArrayList<>(in.size());
            for (int r = 0; r < in.size(); r++) {
                List<Object> cells = new ArrayList<>(3);
                cells.add(in.get(r).get(0));
                if (m.hasValues()) {
                    cells.add(m.usesDouble() ? box((double[]) o.values(), r * w, w) : box((float[]) o.values(), r * w, w));
                }
                if (m.hasIndices()) {
                    cells.add(box(o.indices(), r * w, w));
                }
                out.add(RowFactory.create(cells.toArray()));
            }
            return out.iterator();
        }

        private static Object gather(KernelMethod<?> m, KernelParam prm, List<Row> in, int col, String name) {
            int d = prm.dim();
            Object a = prm.kind() == Kind.INDICES ? new int[in.size() * d]
                    : m.usesDouble() ? new double[in.size() * d] : new float[in.size() * d];
            for (int r = 0; r < in.size(); r++) {
                List<Object> v = in.get(r).getList(col);
                if (v == null || v.size() != d) {
                    throw new IllegalArgumentException(KernelCall.label(m, prm) + ": column '" + name + "' of row id "
                            + in.get(r).get(0) + " has " + (v == null ? "null" : v.size() + " values") + ", expected dim " + d);
                }
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

        private static Object[] box(float[] a, int from, int n) {
            Object[] b = new Object[n];
            for (int q = 0; q < n; q++) {
                b[q] = a[from + q];
            }
            return b;
        }

        private static Object[] box(double[] a, int from, int n) {
            Object[] b = new Object[n];
            for (int q = 0; q < n; q++) {
                b[q] = a[from + q];
            }
            return b;
        }

        private static Object[] box(int[] a, int from, int n) {
            Object[] b = new Object[n];
            for (int q = 0; q < n; q++) {
                b[q] = a[from + q];
            }
            return b;
        }
    }
}
