package org.jkeops.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelParam;

/** Random arguments for any kernel method of the test interfaces. */
final class TestData {
    private TestData() {
    }

    /** Arguments for {@code method} with {@code m} rows along I and {@code n} along J. */
    static Object[] args(KernelMethod<?> method, int m, int n, long seed) {
        Random rnd = new Random(seed);
        Object[] a = new Object[method.params().size()];
        for (int p = 0; p < a.length; p++) {
            KernelParam prm = method.params().get(p);
            int rows = switch (prm.axis()) {
                case I -> m;
                case J -> n;
                default -> 1;
            };
            a[p] = switch (prm.kind()) {
                case VALUES -> values(method.usesDouble(), rows * prm.dim(), rnd);
                case SCALAR -> method.usesDouble() ? (Object) 0.7 : (Object) 0.7f;
                case RANGES -> null;
                case OUT_VALUES -> method.usesDouble() ? new double[(method.outer() == KernelParam.Axis.I ? m : n)
                        * method.outputWidth()] : new float[(method.outer() == KernelParam.Axis.I ? m : n) * method.outputWidth()];
                case OUT_INDICES -> new int[(method.outer() == KernelParam.Axis.I ? m : n) * method.outputWidth()];
                case INDICES -> indices(rows * prm.dim(), prm.axis() == KernelParam.Axis.I ? n : m, rnd);
            };
        }
        return a;
    }

    private static Object values(boolean dbl, int length, Random rnd) {
        if (dbl) {
            double[] d = new double[length];
            for (int q = 0; q < length; q++) {
                d[q] = rnd.nextGaussian();
            }
            return d;
        }
        float[] f = new float[length];
        for (int q = 0; q < length; q++) {
            f[q] = (float) rnd.nextGaussian();
        }
        return f;
    }

    private static int[] indices(int length, int bound, Random rnd) {
        int[] ix = new int[length];
        for (int q = 0; q < length; q++) {
            ix[q] = bound == 0 ? -1 : rnd.nextInt(bound);
        }
        return ix;
    }

    /** Deep copy of arguments (the single-JVM call and the Spark call get their own outputs). */
    static Object[] copy(Object[] args) {
        Object[] c = args.clone();
        for (int p = 0; p < c.length; p++) {
            c[p] = switch (c[p]) {
                case float[] f -> f.clone();
                case double[] d -> d.clone();
                case int[] i -> i.clone();
                case null, default -> c[p];
            };
        }
        return c;
    }

    /** {@code d} in the method's precision: itself in float64, rounded once to float32 otherwise. */
    static Object inPrecision(KernelMethod<?> method, double[] d) {
        return method.usesDouble() ? d : toFloat(d);
    }

    /** {@code d} rounded to float32, element by element. */
    static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int q = 0; q < d.length; q++) {
            f[q] = (float) d[q];
        }
        return f;
    }

    /** Element {@code q} of a float32 or float64 array. */
    static double at(Object values, int q) {
        return values instanceof double[] d ? d[q] : ((float[]) values)[q];
    }

    /**
     * A Dataset of {@code rows} rows in {@code partitions} partitions: row o is named
     * {@code prefix + (rows - o)} (ids that do not sort as the rows do) in column "name", with row o
     * of {@code values} ({@code dim} float32 or float64 per row, as the array is) in the array
     * column {@code column}.
     */
    static Dataset<Row> namedRows(SparkSession spark, String prefix, String column, Object values, int rows, int dim,
            int partitions) {
        boolean dbl = values instanceof double[];
        List<Row> list = new ArrayList<>();
        for (int o = 0; o < rows; o++) {
            Object[] a = new Object[dim];
            for (int c = 0; c < dim; c++) {
                a[c] = dbl ? (Object) ((double[]) values)[o * dim + c] : (Object) ((float[]) values)[o * dim + c];
            }
            list.add(RowFactory.create(prefix + (rows - o), a));
        }
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("name", DataTypes.StringType, false),
                DataTypes.createStructField(column, DataTypes.createArrayType(dbl ? DataTypes.DoubleType
                        : DataTypes.FloatType, false), false)));
        return spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(list, partitions),
                schema);
    }
}
