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
 * computes what the generated kernels compute, in the precision of its arguments. The scalar
 * methods are the one Java implementation of each operation's meaning: the processor folds
 * constants with them and the generated scalar code calls them (through the runtime's
 * {@code ScalarMath}), so the special values documented in FORMULAS.md are defined here. Float
 * transcendental functions compute in double and round once, as the kernels do. Arrays are vectors:
 * {@code float[]}/{@code double[]} of the variable's dimension. Element-wise operations on vectors
 * ({@link #add}, {@link #sub}, {@link #mul}, {@link #div}, {@link #neg}) accept one operand of
 * length 1, which is broadcast, like KeOps; they also take a scalar on either side. Every
 * element-wise function of one scalar ({@code exp}, {@code rsqrt}, {@code relu}, ...) also applies
 * to an array, component by component. Every tier-1 KeOps operation has a method here (operators
 * and {@code IntCst} are Java's own operators and literals).
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

    /**
     * {@code Round(x, d)}: x rounded to {@code d} decimals, halves away from zero (C's round); {@code d} is an
     * integer constant. y = x 10^d (x / 10^-d for negative d) is rounded by floor and a comparison
     * (floor(|y| + 0.5) would round 0.49999999999999994 and 2^52 + 1 up), then scaled back. NaN, infinities,
     * zeros, and x whose y is not below 2^52 in magnitude (already an integer, or 10^d overflows) are returned
     * unchanged; when 10^-d underflows, finite x gives a zero of its sign. The float version computes in
     * double (x 10^d is exact there for 0 &lt;= d &lt;= 12) and rounds once.
     */
    public static float round(float x, int d) {
        return (float) round((double) x, d);
    }

    public static double round(double x, int d) {
        if (!(Math.abs(x) < Double.POSITIVE_INFINITY) || x == 0) {
            return x;
        }
        double scale = Math.pow(10, Math.abs((double) d)); // |Integer.MIN_VALUE| is negative as an int
        double y = d >= 0 ? x * scale : x / scale;
        if (!(Math.abs(y) < 0x1p52)) {
            return x;
        }
        double a = Math.abs(y);
        double r = Math.floor(a);
        if (a - r >= 0.5) {
            r += 1;
        }
        r = Math.copySign(r, y);
        return d >= 0 ? r / scale : r == 0 ? r : r * scale; // 0 * inf when 10^-d overflows
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

    /** {@code Max(a)}: the largest component, the first of equal ones; NaN if a component is NaN. */
    public static float max(float[] a) {
        return a[argMaxIndex(a)];
    }

    public static double max(double[] a) {
        return a[argMaxIndex(a)];
    }

    /** {@code Min(a)}: the smallest component, the first of equal ones; NaN if a component is NaN. */
    public static float min(float[] a) {
        return a[argMinIndex(a)];
    }

    public static double min(double[] a) {
        return a[argMinIndex(a)];
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

    /** {@code VecMatMult(v, m)}: a vector of length n times a row-major n × p matrix. */
    public static float[] vecMatMult(float[] v, float[] m) {
        int n = v.length;
        if (n == 0 || m.length % n != 0) {
            throw new IllegalArgumentException("vecMatMult: matrix length " + m.length
                    + " is not a multiple of vector length " + n);
        }
        int p = m.length / n;
        float[] r = new float[p];
        for (int col = 0; col < p; col++) {
            float s = 0;
            for (int k = 0; k < n; k++) {
                s += v[k] * m[k * p + col];
            }
            r[col] = s;
        }
        return r;
    }

    public static double[] vecMatMult(double[] v, double[] m) {
        int n = v.length;
        if (n == 0 || m.length % n != 0) {
            throw new IllegalArgumentException("vecMatMult: matrix length " + m.length
                    + " is not a multiple of vector length " + n);
        }
        int p = m.length / n;
        double[] r = new double[p];
        for (int col = 0; col < p; col++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += v[k] * m[k * p + col];
            }
            r[col] = s;
        }
        return r;
    }

    /** {@code TensorProd(a, b)}: the outer product, row-major: component {@code i * b.length + j} is a[i] b[j]. */
    public static float[] tensorProd(float[] a, float[] b) {
        float[] r = new float[a.length * b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                r[i * b.length + j] = a[i] * b[j];
            }
        }
        return r;
    }

    public static double[] tensorProd(double[] a, double[] b) {
        double[] r = new double[a.length * b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                r[i * b.length + j] = a[i] * b[j];
            }
        }
        return r;
    }

    /** {@code ElemT(x, n, m)}: a vector of length n (an integer constant), x at component m, 0 elsewhere. */
    public static float[] elemT(float x, int n, int m) {
        return extractT(new float[] {x}, m, n);
    }

    public static double[] elemT(double x, int n, int m) {
        return extractT(new double[] {x}, m, n);
    }

    /** {@code ExtractT(a, start, d)}: a vector of length d, a at components [start, start + a.length), 0 elsewhere. */
    public static float[] extractT(float[] a, int start, int d) {
        float[] r = new float[checkedFit(a.length, start, d)];
        System.arraycopy(a, 0, r, start, a.length);
        return r;
    }

    public static double[] extractT(double[] a, int start, int d) {
        double[] r = new double[checkedFit(a.length, start, d)];
        System.arraycopy(a, 0, r, start, a.length);
        return r;
    }

    // ---- scalars to vectors, vectors to scalars ---------------------------------------------------

    /** {@code SumT(x, d)}: d copies of the scalar x (d an integer constant). */
    public static float[] sumT(float x, int d) {
        float[] r = new float[positive("sumT", d)];
        java.util.Arrays.fill(r, x);
        return r;
    }

    public static double[] sumT(double x, int d) {
        double[] r = new double[positive("sumT", d)];
        java.util.Arrays.fill(r, x);
        return r;
    }

    /**
     * {@code OneHot(x, d)}: a vector of length d (an integer constant) with 1 at component
     * round(x) (halves away from zero) and 0 elsewhere; all zeros if round(x) is not in [0, d).
     */
    public static float[] oneHot(float x, int d) {
        double k = round((double) x, 0);
        float[] r = new float[positive("oneHot", d)];
        for (int c = 0; c < d; c++) {
            r[c] = k == c ? 1f : 0f;
        }
        return r;
    }

    public static double[] oneHot(double x, int d) {
        double k = round(x, 0);
        double[] r = new double[positive("oneHot", d)];
        for (int c = 0; c < d; c++) {
            r[c] = k == c ? 1 : 0;
        }
        return r;
    }

    /**
     * {@code ArgMax(a)}: the index of the largest component, as a number; the first index wins ties, and the
     * first NaN component wins over every number.
     */
    public static float argMax(float[] a) {
        return argMaxIndex(a);
    }

    public static double argMax(double[] a) {
        return argMaxIndex(a);
    }

    /** {@code ArgMin(a)}: the index of the smallest component, as a number; ties and NaN as {@link #argMax(float[])}. */
    public static float argMin(float[] a) {
        return argMinIndex(a);
    }

    public static double argMin(double[] a) {
        return argMinIndex(a);
    }

    /** {@code Normalize(a)}: a / |a|, with {@link #rsqrt}'s convention: the zero vector stays zero. */
    public static float[] normalize(float[] a) {
        return mul(rsqrt(sqNorm2(a)), a);
    }

    public static double[] normalize(double[] a) {
        return mul(rsqrt(sqNorm2(a)), a);
    }

    /** {@code WeightedSqNorm(s, f)} with a scalar weight (isotropic): s |f|². */
    public static float weightedSqNorm(float s, float[] f) {
        return s * sqNorm2(f);
    }

    public static double weightedSqNorm(double s, double[] f) {
        return s * sqNorm2(f);
    }

    /**
     * {@code WeightedSqNorm(s, f)}: s of length 1 is isotropic (s |f|²), of length f.length
     * diagonal (Σ s_k f_k²), of length f.length² a full symmetric row-major matrix (fᵀ S f).
     */
    public static float weightedSqNorm(float[] s, float[] f) {
        int d = f.length;
        if (s.length == 1) {
            return s[0] * sqNorm2(f);
        }
        if (s.length == d) {
            return sum(mul(s, mul(f, f)));
        }
        if (s.length == d * d) {
            return dot(f, matVecMult(s, f));
        }
        throw weightError(s.length, d);
    }

    public static double weightedSqNorm(double[] s, double[] f) {
        int d = f.length;
        if (s.length == 1) {
            return s[0] * sqNorm2(f);
        }
        if (s.length == d) {
            return sum(mul(s, mul(f, f)));
        }
        if (s.length == d * d) {
            return dot(f, matVecMult(s, f));
        }
        throw weightError(s.length, d);
    }

    /** {@code WeightedSqDist(s, f, g)}: {@code weightedSqNorm(s, f - g)}, scalar weight. */
    public static float weightedSqDist(float s, float[] f, float[] g) {
        same("weightedSqDist", f.length, g.length);
        return weightedSqNorm(s, sub(f, g));
    }

    public static double weightedSqDist(double s, double[] f, double[] g) {
        same("weightedSqDist", f.length, g.length);
        return weightedSqNorm(s, sub(f, g));
    }

    /** {@code WeightedSqDist(s, f, g)}: {@code weightedSqNorm(s, f - g)}; s as in {@link #weightedSqNorm(float[], float[])}. */
    public static float weightedSqDist(float[] s, float[] f, float[] g) {
        same("weightedSqDist", f.length, g.length);
        return weightedSqNorm(s, sub(f, g));
    }

    public static double weightedSqDist(double[] s, double[] f, double[] g) {
        same("weightedSqDist", f.length, g.length);
        return weightedSqNorm(s, sub(f, g));
    }

    /** {@code IntInv(n)}: 1 / n for an integer constant n (a double; cast it in a float method). */
    public static double intInv(int n) {
        return 1.0 / n;
    }

    // ---- vectors and scalars: element-wise arithmetic with a scalar operand ----------------------

    /** {@code a * s}: a vector times a scalar ({@code Mult}). */
    public static float[] mul(float[] a, float s) {
        return mul(a, new float[] {s});
    }

    public static double[] mul(double[] a, double s) {
        return mul(a, new double[] {s});
    }

    /** {@code s + b} ({@code Add}, the scalar broadcast). */
    public static float[] add(float s, float[] b) {
        return add(new float[] {s}, b);
    }

    public static double[] add(double s, double[] b) {
        return add(new double[] {s}, b);
    }

    /** {@code a + s} ({@code Add}, the scalar broadcast). */
    public static float[] add(float[] a, float s) {
        return add(a, new float[] {s});
    }

    public static double[] add(double[] a, double s) {
        return add(a, new double[] {s});
    }

    /** {@code s - b} ({@code Subtract}, the scalar broadcast). */
    public static float[] sub(float s, float[] b) {
        return sub(new float[] {s}, b);
    }

    public static double[] sub(double s, double[] b) {
        return sub(new double[] {s}, b);
    }

    /** {@code a - s} ({@code Subtract}, the scalar broadcast). */
    public static float[] sub(float[] a, float s) {
        return sub(a, new float[] {s});
    }

    public static double[] sub(double[] a, double s) {
        return sub(a, new double[] {s});
    }

    /** {@code s / b} ({@code Divide}, the scalar broadcast). */
    public static float[] div(float s, float[] b) {
        return div(new float[] {s}, b);
    }

    public static double[] div(double s, double[] b) {
        return div(new double[] {s}, b);
    }

    /** {@code a / s} ({@code Divide}, the scalar broadcast). */
    public static float[] div(float[] a, float s) {
        return div(a, new float[] {s});
    }

    public static double[] div(double[] a, double s) {
        return div(a, new double[] {s});
    }

    // ---- vectors: the element-wise functions, component by component -------------------------------

    /** {@code Exp} on each component. */
    public static float[] exp(float[] a) {
        return map(a, Formulas::exp);
    }

    public static double[] exp(double[] a) {
        return map(a, Formulas::exp);
    }

    /** {@code Log} on each component. */
    public static float[] log(float[] a) {
        return map(a, Formulas::log);
    }

    public static double[] log(double[] a) {
        return map(a, Formulas::log);
    }

    /** {@code Sin} on each component. */
    public static float[] sin(float[] a) {
        return map(a, Formulas::sin);
    }

    public static double[] sin(double[] a) {
        return map(a, Formulas::sin);
    }

    /** {@code Cos} on each component. */
    public static float[] cos(float[] a) {
        return map(a, Formulas::cos);
    }

    public static double[] cos(double[] a) {
        return map(a, Formulas::cos);
    }

    /** {@code Asin} on each component. */
    public static float[] asin(float[] a) {
        return map(a, Formulas::asin);
    }

    public static double[] asin(double[] a) {
        return map(a, Formulas::asin);
    }

    /** {@code Acos} on each component. */
    public static float[] acos(float[] a) {
        return map(a, Formulas::acos);
    }

    public static double[] acos(double[] a) {
        return map(a, Formulas::acos);
    }

    /** {@code Atan} on each component. */
    public static float[] atan(float[] a) {
        return map(a, Formulas::atan);
    }

    public static double[] atan(double[] a) {
        return map(a, Formulas::atan);
    }

    /** {@code Abs} on each component. */
    public static float[] abs(float[] a) {
        return map(a, Formulas::abs);
    }

    public static double[] abs(double[] a) {
        return map(a, Formulas::abs);
    }

    /** {@code Floor} on each component. */
    public static float[] floor(float[] a) {
        return map(a, Formulas::floor);
    }

    public static double[] floor(double[] a) {
        return map(a, Formulas::floor);
    }

    /** {@code Sqrt} on each component. */
    public static float[] sqrt(float[] a) {
        return map(a, Formulas::sqrt);
    }

    public static double[] sqrt(double[] a) {
        return map(a, Formulas::sqrt);
    }

    /** {@code Rsqrt} on each component (0 at 0). */
    public static float[] rsqrt(float[] a) {
        return map(a, Formulas::rsqrt);
    }

    public static double[] rsqrt(double[] a) {
        return map(a, Formulas::rsqrt);
    }

    /** {@code Inv} on each component. */
    public static float[] inv(float[] a) {
        return map(a, Formulas::inv);
    }

    public static double[] inv(double[] a) {
        return map(a, Formulas::inv);
    }

    /** {@code Square} on each component. */
    public static float[] square(float[] a) {
        return map(a, Formulas::square);
    }

    public static double[] square(double[] a) {
        return map(a, Formulas::square);
    }

    /** {@code XLogX} on each component (0 at 0). */
    public static float[] xlogx(float[] a) {
        return map(a, Formulas::xlogx);
    }

    public static double[] xlogx(double[] a) {
        return map(a, Formulas::xlogx);
    }

    /** {@code SinXDivX} on each component (1 at 0). */
    public static float[] sinxdivx(float[] a) {
        return map(a, Formulas::sinxdivx);
    }

    public static double[] sinxdivx(double[] a) {
        return map(a, Formulas::sinxdivx);
    }

    /** {@code Step} on each component. */
    public static float[] step(float[] a) {
        return map(a, Formulas::step);
    }

    public static double[] step(double[] a) {
        return map(a, Formulas::step);
    }

    /** {@code Sign} on each component. */
    public static float[] sign(float[] a) {
        return map(a, Formulas::sign);
    }

    public static double[] sign(double[] a) {
        return map(a, Formulas::sign);
    }

    /** {@code ReLU} on each component. */
    public static float[] relu(float[] a) {
        return map(a, Formulas::relu);
    }

    public static double[] relu(double[] a) {
        return map(a, Formulas::relu);
    }

    /** {@code Pow(a, n)} on each component; {@code n} is an integer constant. */
    public static float[] pow(float[] a, int n) {
        return map(a, v -> pow(v, n));
    }

    public static double[] pow(double[] a, int n) {
        return map(a, v -> pow(v, n));
    }

    /** {@code Round(a, d)} on each component; {@code d} is an integer constant. */
    public static float[] round(float[] a, int d) {
        return map(a, v -> round(v, d));
    }

    public static double[] round(double[] a, int d) {
        return map(a, v -> round(v, d));
    }

    /** {@code Atan2(y, x)} component-wise (one operand of length 1 is broadcast). */
    public static float[] atan2(float[] y, float[] x) {
        float[] r = new float[length("atan2", y.length, x.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = atan2(at(y, k), at(x, k));
        }
        return r;
    }

    public static double[] atan2(double[] y, double[] x) {
        double[] r = new double[length("atan2", y.length, x.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = atan2(at(y, k), at(x, k));
        }
        return r;
    }

    /** {@code Powf(x, y)} component-wise (one operand of length 1 is broadcast). */
    public static float[] powf(float[] x, float[] y) {
        float[] r = new float[length("powf", x.length, y.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = powf(at(x, k), at(y, k));
        }
        return r;
    }

    public static double[] powf(double[] x, double[] y) {
        double[] r = new double[length("powf", x.length, y.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = powf(at(x, k), at(y, k));
        }
        return r;
    }

    /** {@code Clamp(x, low, high)} on each component, with scalar bounds. */
    public static float[] clamp(float[] x, float low, float high) {
        return map(x, v -> clamp(v, low, high));
    }

    public static double[] clamp(double[] x, double low, double high) {
        return map(x, v -> clamp(v, low, high));
    }

    /** {@code IfElse(c, a, b)} component-wise: a[k] where c[k] &gt;= 0, else b[k] (operands of length 1 are broadcast). */
    public static float[] ifElse(float[] c, float[] a, float[] b) {
        float[] r = new float[length("ifElse", length("ifElse", c.length, a.length), b.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = ifElse(at(c, k), at(a, k), at(b, k));
        }
        return r;
    }

    public static double[] ifElse(double[] c, double[] a, double[] b) {
        double[] r = new double[length("ifElse", length("ifElse", c.length, a.length), b.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = ifElse(at(c, k), at(a, k), at(b, k));
        }
        return r;
    }

    /** {@code Mod(x, n, d)} on each component, with scalar n and d. */
    public static float[] mod(float[] x, float n, float d) {
        return map(x, v -> mod(v, n, d));
    }

    public static double[] mod(double[] x, double n, double d) {
        return map(x, v -> mod(v, n, d));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** The index of the first NaN, else of the first greatest component. */
    private static int argMaxIndex(float[] a) {
        return firstExtreme(a.length, k -> Float.isNaN(a[k]), (k, best) -> a[k] > a[best]);
    }

    private static int argMaxIndex(double[] a) {
        return firstExtreme(a.length, k -> Double.isNaN(a[k]), (k, best) -> a[k] > a[best]);
    }

    /** The index of the first NaN, else of the first least component. */
    private static int argMinIndex(float[] a) {
        return firstExtreme(a.length, k -> Float.isNaN(a[k]), (k, best) -> a[k] < a[best]);
    }

    private static int argMinIndex(double[] a) {
        return firstExtreme(a.length, k -> Double.isNaN(a[k]), (k, best) -> a[k] < a[best]);
    }

    private interface Beats {
        boolean test(int k, int best);
    }

    /** The first component that is NaN, else the first that no later one beats (ties keep the first). */
    private static int firstExtreme(int n, java.util.function.IntPredicate isNaN, Beats beats) {
        int best = 0;
        for (int k = 1; k < n && !isNaN.test(best); k++) {
            if (isNaN.test(k) || beats.test(k, best)) {
                best = k;
            }
        }
        return best;
    }

    private interface FloatOp {
        float apply(float x);
    }

    private interface DoubleOp {
        double apply(double x);
    }

    private static float[] map(float[] a, FloatOp op) {
        float[] r = new float[a.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = op.apply(a[k]);
        }
        return r;
    }

    private static double[] map(double[] a, DoubleOp op) {
        double[] r = new double[a.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = op.apply(a[k]);
        }
        return r;
    }

    private static int positive(String op, int d) {
        if (d < 1) {
            throw new IllegalArgumentException(op + " needs a length >= 1, got " + d);
        }
        return d;
    }

    private static int checkedFit(int length, int start, int d) {
        if (start < 0 || start + length > d) {
            throw new IndexOutOfBoundsException("a vector of length " + length + " placed at " + start
                    + " does not fit in length " + d);
        }
        return d;
    }

    private static IllegalArgumentException weightError(int s, int d) {
        return new IllegalArgumentException("weightedSqNorm needs a weight of length 1, " + d + " or " + d * d
                + " for a vector of length " + d + ", got " + s);
    }

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
