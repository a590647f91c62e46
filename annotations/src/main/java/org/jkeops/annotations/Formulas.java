package org.jkeops.annotations;

/**
 * The formula library of body formulas: a {@code static} {@code @Reduce} method of a
 * {@link Kernels @Kernels} interface whose body is its formula calls these methods, so that the
 * same method is both the kernel's source and its plain-Java reference for one pair (i, j).
 *
 * <pre>{@code
 * import static org.jkeops.annotations.Formulas.*;
 *
 * @Kernels
 * public interface Gauss {
 *     @Reduce(Reduction.SUM)
 *     static float conv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj float b, @Pm float g) {
 *         return exp(-g * sqDist(x, y)) * b;
 *     }
 * }
 * }</pre>
 *
 * <p>Each method mirrors one KeOps operation (its name is given in the method's documentation) and
 * computes what the generated kernels compute, in the precision of its arguments: float
 * transcendental functions compute in double and round once, as the kernels do. Arrays are vectors:
 * {@code float[]}/{@code double[]} of the variable's dimension. Element-wise operations on vectors
 * ({@link #add}, {@link #sub}, {@link #mul}, {@link #div}, {@link #neg}) accept one operand of
 * length 1, which is broadcast, like KeOps.
 *
 * <p>Supported by the body front end, besides these methods: {@code + - * /} and unary minus on
 * scalars, {@code c ? a : b} where {@code c} is a comparison, constant indices {@code x[1]}
 * ({@code Elem}), numeric literals, {@code Math.PI}, {@code Math.E}, and {@code Math.exp log sin
 * cos asin acos atan abs floor sqrt atan2 pow} ({@code Math.pow} is {@code Powf}).
 *
 * <p>This class is needed at run time only by code that calls body-formula methods directly.
 */
public final class Formulas {
    private Formulas() {
    }

    // ---- element-wise, one operand --------------------------------------------------------------

    /** {@code Exp}. */
    public static float exp(float x) {
        return (float) Math.exp(x);
    }

    public static double exp(double x) {
        return Math.exp(x);
    }

    /** {@code Log}. */
    public static float log(float x) {
        return (float) Math.log(x);
    }

    public static double log(double x) {
        return Math.log(x);
    }

    /** {@code Sin}. */
    public static float sin(float x) {
        return (float) Math.sin(x);
    }

    public static double sin(double x) {
        return Math.sin(x);
    }

    /** {@code Cos}. */
    public static float cos(float x) {
        return (float) Math.cos(x);
    }

    public static double cos(double x) {
        return Math.cos(x);
    }

    /** {@code Asin}. */
    public static float asin(float x) {
        return (float) Math.asin(x);
    }

    public static double asin(double x) {
        return Math.asin(x);
    }

    /** {@code Acos}. */
    public static float acos(float x) {
        return (float) Math.acos(x);
    }

    public static double acos(double x) {
        return Math.acos(x);
    }

    /** {@code Atan}. */
    public static float atan(float x) {
        return (float) Math.atan(x);
    }

    public static double atan(double x) {
        return Math.atan(x);
    }

    /** {@code Abs}. */
    public static float abs(float x) {
        return Math.abs(x);
    }

    public static double abs(double x) {
        return Math.abs(x);
    }

    /** {@code Floor}. */
    public static float floor(float x) {
        return (float) Math.floor(x);
    }

    public static double floor(double x) {
        return Math.floor(x);
    }

    /** {@code Sqrt}. */
    public static float sqrt(float x) {
        return (float) Math.sqrt(x);
    }

    public static double sqrt(double x) {
        return Math.sqrt(x);
    }

    /** {@code Rsqrt}: 1 / sqrt(x), and 0 at x = 0. */
    public static float rsqrt(float x) {
        return x == 0 ? 0f : (float) (1 / Math.sqrt(x));
    }

    public static double rsqrt(double x) {
        return x == 0 ? 0 : 1 / Math.sqrt(x);
    }

    /** {@code Inv}: 1 / x. */
    public static float inv(float x) {
        return 1.0f / x;
    }

    public static double inv(double x) {
        return 1.0 / x;
    }

    /** {@code Square}: x * x. */
    public static float square(float x) {
        return x * x;
    }

    public static double square(double x) {
        return x * x;
    }

    /** {@code XLogX}: x log x, and 0 at x = 0. */
    public static float xlogx(float x) {
        return x == 0 ? 0f : (float) (x * Math.log(x));
    }

    public static double xlogx(double x) {
        return x == 0 ? 0 : x * Math.log(x);
    }

    /** {@code SinXDivX}: sin(x) / x, and 1 at x = 0. */
    public static float sinxdivx(float x) {
        return x == 0 ? 1f : (float) (Math.sin(x) / x);
    }

    public static double sinxdivx(double x) {
        return x == 0 ? 1 : Math.sin(x) / x;
    }

    /** {@code Step}: 0 if x &lt; 0, else 1 (NaN gives 1). */
    public static float step(float x) {
        return x < 0 ? 0f : 1f;
    }

    public static double step(double x) {
        return x < 0 ? 0 : 1;
    }

    /** {@code Sign}: -1, 0 or 1 (NaN gives 0). */
    public static float sign(float x) {
        return x > 0 ? 1f : x < 0 ? -1f : 0f;
    }

    public static double sign(double x) {
        return x > 0 ? 1 : x < 0 ? -1 : 0;
    }

    /** {@code ReLU}: max(x, 0) (NaN gives 0). */
    public static float relu(float x) {
        return x > 0 ? x : 0f;
    }

    public static double relu(double x) {
        return x > 0 ? x : 0;
    }

    // ---- element-wise, several operands ---------------------------------------------------------

    /** {@code Atan2(y, x)}. */
    public static float atan2(float y, float x) {
        return (float) Math.atan2(y, x);
    }

    public static double atan2(double y, double x) {
        return Math.atan2(y, x);
    }

    /** {@code Pow(x, n)}: x to an integer power; {@code n} must be an integer constant. */
    public static float pow(float x, int n) {
        return (float) Math.pow(x, n);
    }

    public static double pow(double x, int n) {
        return Math.pow(x, n);
    }

    /** {@code Powf(x, y)}: x to a real power. */
    public static float powf(float x, float y) {
        return (float) Math.pow(x, y);
    }

    public static double powf(double x, double y) {
        return Math.pow(x, y);
    }

    /** {@code Clamp(x, low, high)}: min(max(x, low), high). */
    public static float clamp(float x, float low, float high) {
        return Math.min(Math.max(x, low), high);
    }

    public static double clamp(double x, double low, double high) {
        return Math.min(Math.max(x, low), high);
    }

    /** {@code IfElse(c, a, b)}: a where c &gt;= 0, else b. */
    public static float ifElse(float c, float a, float b) {
        return c >= 0 ? a : b;
    }

    public static double ifElse(double c, double a, double b) {
        return c >= 0 ? a : b;
    }

    /** {@code Round(x, d)}: x rounded to {@code d} decimals, halves away from zero; {@code d} is an integer constant. */
    public static float round(float x, int d) {
        return (float) round((double) x, d);
    }

    public static double round(double x, int d) {
        double scale = Math.pow(10, d);
        double y = x * scale;
        return Math.copySign(Math.floor(Math.abs(y) + 0.5), y) / scale;
    }

    /** {@code Mod(x, n, d)}: x - n * floor((x - d) / n), the value of x modulo n in [d, d + n). */
    public static float mod(float x, float n, float d) {
        return x - n * (float) Math.floor((x - d) / n);
    }

    public static double mod(double x, double n, double d) {
        return x - n * Math.floor((x - d) / n);
    }

    // ---- vectors: element-wise arithmetic (one operand of length 1 is broadcast) -----------------

    /** {@code a + b} on vectors ({@code Add}). */
    public static float[] add(float[] a, float[] b) {
        float[] r = new float[length("add", a.length, b.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = at(a, k) + at(b, k);
        }
        return r;
    }

    public static double[] add(double[] a, double[] b) {
        double[] r = new double[length("add", a.length, b.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = at(a, k) + at(b, k);
        }
        return r;
    }

    /** {@code a - b} on vectors ({@code Subtract}). */
    public static float[] sub(float[] a, float[] b) {
        float[] r = new float[length("sub", a.length, b.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = at(a, k) - at(b, k);
        }
        return r;
    }

    public static double[] sub(double[] a, double[] b) {
        double[] r = new double[length("sub", a.length, b.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = at(a, k) - at(b, k);
        }
        return r;
    }

    /** {@code a * b} on vectors, component-wise ({@code Mult}). */
    public static float[] mul(float[] a, float[] b) {
        float[] r = new float[length("mul", a.length, b.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = at(a, k) * at(b, k);
        }
        return r;
    }

    public static double[] mul(double[] a, double[] b) {
        double[] r = new double[length("mul", a.length, b.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = at(a, k) * at(b, k);
        }
        return r;
    }

    /** {@code s * b}: a scalar times a vector ({@code Mult}). */
    public static float[] mul(float s, float[] b) {
        return mul(new float[] {s}, b);
    }

    public static double[] mul(double s, double[] b) {
        return mul(new double[] {s}, b);
    }

    /** {@code a / b} on vectors, component-wise ({@code Divide}). */
    public static float[] div(float[] a, float[] b) {
        float[] r = new float[length("div", a.length, b.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = at(a, k) / at(b, k);
        }
        return r;
    }

    public static double[] div(double[] a, double[] b) {
        double[] r = new double[length("div", a.length, b.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = at(a, k) / at(b, k);
        }
        return r;
    }

    /** {@code -a} on a vector ({@code Minus}). */
    public static float[] neg(float[] a) {
        float[] r = new float[a.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = -a[k];
        }
        return r;
    }

    public static double[] neg(double[] a) {
        double[] r = new double[a.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = -a[k];
        }
        return r;
    }

    // ---- vectors: reductions over components -----------------------------------------------------

    /** {@code SqDist(a, b)}: the squared Euclidean distance. */
    public static float sqDist(float[] a, float[] b) {
        same("sqDist", a.length, b.length);
        float s = 0;
        for (int k = 0; k < a.length; k++) {
            float d = a[k] - b[k];
            s += d * d;
        }
        return s;
    }

    public static double sqDist(double[] a, double[] b) {
        same("sqDist", a.length, b.length);
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            s += d * d;
        }
        return s;
    }

    /** {@code (a | b)}, KeOps' {@code Scalprod}: the scalar product. */
    public static float dot(float[] a, float[] b) {
        same("dot", a.length, b.length);
        float s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    public static double dot(double[] a, double[] b) {
        same("dot", a.length, b.length);
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    /** {@code SqNorm2(a)}: the sum of squares. */
    public static float sqNorm2(float[] a) {
        return dot(a, a);
    }

    public static double sqNorm2(double[] a) {
        return dot(a, a);
    }

    /** {@code Norm2(a)}: the Euclidean norm. */
    public static float norm2(float[] a) {
        return (float) Math.sqrt(sqNorm2(a));
    }

    public static double norm2(double[] a) {
        return Math.sqrt(sqNorm2(a));
    }

    /** {@code Sum(a)}: the sum of the components. */
    public static float sum(float[] a) {
        float s = 0;
        for (float v : a) {
            s += v;
        }
        return s;
    }

    public static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    /** {@code Max(a)}: the largest component. */
    public static float max(float[] a) {
        float m = a[0];
        for (int k = 1; k < a.length; k++) {
            m = a[k] > m ? a[k] : m;
        }
        return m;
    }

    public static double max(double[] a) {
        double m = a[0];
        for (int k = 1; k < a.length; k++) {
            m = a[k] > m ? a[k] : m;
        }
        return m;
    }

    /** {@code Min(a)}: the smallest component. */
    public static float min(float[] a) {
        float m = a[0];
        for (int k = 1; k < a.length; k++) {
            m = a[k] < m ? a[k] : m;
        }
        return m;
    }

    public static double min(double[] a) {
        double m = a[0];
        for (int k = 1; k < a.length; k++) {
            m = a[k] < m ? a[k] : m;
        }
        return m;
    }

    // ---- vectors: indexing and small linear algebra ----------------------------------------------

    /** {@code Elem(a, m)}: component m (an integer constant); {@code a[m]} is the same. */
    public static float elem(float[] a, int m) {
        return a[m];
    }

    public static double elem(double[] a, int m) {
        return a[m];
    }

    /** {@code Extract(a, start, d)}: components [start, start + d) (integer constants). */
    public static float[] extract(float[] a, int start, int d) {
        return java.util.Arrays.copyOfRange(a, start, checkedEnd(a.length, start, d));
    }

    public static double[] extract(double[] a, int start, int d) {
        return java.util.Arrays.copyOfRange(a, start, checkedEnd(a.length, start, d));
    }

    /** {@code Concat(a, b)}: a followed by b. */
    public static float[] concat(float[] a, float[] b) {
        float[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    public static double[] concat(double[] a, double[] b) {
        double[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** {@code MatVecMult(m, v)}: a row-major n × p matrix times a vector of length p. */
    public static float[] matVecMult(float[] m, float[] v) {
        int p = v.length;
        if (p == 0 || m.length % p != 0) {
            throw new IllegalArgumentException("matVecMult: matrix length " + m.length
                    + " is not a multiple of vector length " + p);
        }
        float[] r = new float[m.length / p];
        for (int row = 0; row < r.length; row++) {
            float s = 0;
            for (int k = 0; k < p; k++) {
                s += m[row * p + k] * v[k];
            }
            r[row] = s;
        }
        return r;
    }

    public static double[] matVecMult(double[] m, double[] v) {
        int p = v.length;
        if (p == 0 || m.length % p != 0) {
            throw new IllegalArgumentException("matVecMult: matrix length " + m.length
                    + " is not a multiple of vector length " + p);
        }
        double[] r = new double[m.length / p];
        for (int row = 0; row < r.length; row++) {
            double s = 0;
            for (int k = 0; k < p; k++) {
                s += m[row * p + k] * v[k];
            }
            r[row] = s;
        }
        return r;
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static float at(float[] a, int k) {
        return a.length == 1 ? a[0] : a[k];
    }

    private static double at(double[] a, int k) {
        return a.length == 1 ? a[0] : a[k];
    }

    private static int length(String op, int a, int b) {
        if (a != b && a != 1 && b != 1) {
            throw new IllegalArgumentException(op + ": lengths " + a + " and " + b
                    + " differ and neither is 1");
        }
        return a == 1 ? b : a;
    }

    private static void same(String op, int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException(op + " needs vectors of equal length, got " + a + " and " + b);
        }
    }

    private static int checkedEnd(int length, int start, int d) {
        if (start < 0 || d < 1 || start + d > length) {
            throw new IndexOutOfBoundsException("components [" + start + ", " + (start + d)
                    + ") are outside a vector of length " + length);
        }
        return start + d;
    }
}
