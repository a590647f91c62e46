package org.jkeops.it;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random inputs for the differential suite: precisions with their tolerances, seeds, value
 * generators, and {@link Inputs}, the arrays of one kernel call kept in float64 (the reference
 * reads those) and, for float32 kernels, the same values as float arrays.
 *
 * <p>Seeds: every draw is seeded from a base seed, the test's name and the sizes, so a failure
 * reproduces. The base is {@code -Djkeops.it.seed=<long>} (default fixed), or
 * {@code -Djkeops.it.seed=random} for a fresh base, printed once.
 */
final class TestData {
    private TestData() {
    }

    /** The base seed of this run. */
    static final long BASE_SEED = baseSeed();

    private static long baseSeed() {
        String p = System.getProperty("jkeops.it.seed", "").trim();
        long seed;
        if (p.isEmpty()) {
            seed = 0x6A6B656F7073L;
        } else if (p.equalsIgnoreCase("random")) {
            seed = System.nanoTime() ^ System.currentTimeMillis() * 0x9E3779B97F4A7C15L;
        } else {
            seed = Long.decode(p);
        }
        System.out.println("jkeops differential suite: base seed -Djkeops.it.seed=" + seed);
        return seed;
    }

    /** The seed of one draw: base seed, test id and sizes, mixed. */
    static long seed(String testId, Prec prec, int m, int n) {
        long h = BASE_SEED;
        h = h * 0x9E3779B97F4A7C15L + testId.hashCode();
        h = h * 0x9E3779B97F4A7C15L + prec.ordinal();
        h = h * 0x9E3779B97F4A7C15L + m;
        h = h * 0x9E3779B97F4A7C15L + n;
        return new SplittableRandom(h).nextLong();
    }

    /** How to quote a seed in an assertion message. */
    static String describe(long seed) {
        return "seed " + seed + " (base -Djkeops.it.seed=" + BASE_SEED + ")";
    }

    /** Kernel precision: float32 or float64, with the relative tolerance of each. */
    enum Prec {
        F32(1e-5, 1e-4),
        F64(1e-12, 1e-9);

        /** Relative tolerance of results. */
        final double rtol;
        /**
         * Distance (relative to 1 + |kink|) under which a value is "at a discontinuity": the
         * kernel's rounding may put it on either side, so the reference does not count the row.
         */
        final double kinkTol;

        Prec(double rtol, double kinkTol) {
            this.rtol = rtol;
            this.kinkTol = kinkTol;
        }

        /** A value as the kernel sees it. */
        double round(double v) {
            return this == F32 ? (double) (float) v : v;
        }
    }

    /** Which index a variable follows. */
    enum Cat {
        I, J, P
    }

    /** A value generator. */
    @FunctionalInterface
    interface Gen {
        double next(SplittableRandom r);

        /** Uniform in [lo, hi). */
        static Gen uniform(double lo, double hi) {
            return r -> lo + (hi - lo) * r.nextDouble();
        }

        /** Uniform in [lo, hi) with a random sign: |v| >= lo, so away from zero. */
        static Gen awayFromZero(double lo, double hi) {
            return r -> (r.nextBoolean() ? 1 : -1) * (lo + (hi - lo) * r.nextDouble());
        }

        /** An integer in [lo, hi], exact in any precision (for ties and exact comparisons). */
        static Gen ints(int lo, int hi) {
            return r -> r.nextInt(lo, hi + 1);
        }

        /** k / 2 for an integer k in [2 lo, 2 hi]: exact, often equal, often with x - y = 0. */
        static Gen halves(int lo, int hi) {
            return r -> r.nextInt(2 * lo, 2 * hi + 1) / 2.0;
        }

        /**
         * step * (k + f), k an integer in [kLo, kHi], f uniform in [fLo, fHi]: values whose
         * fractional position on a grid is controlled, so that differences of two of them stay
         * away from the kinks of Floor, Round, Mod and OneHot.
         */
        static Gen grid(double step, int kLo, int kHi, double fLo, double fHi) {
            return r -> step * (r.nextInt(kLo, kHi + 1) + fLo + (fHi - fLo) * r.nextDouble());
        }
    }

    /** One method parameter of a kernel: its name, index, dimension and generator. */
    record Var(String name, Cat cat, int dim, Gen gen) {
        static Var vi(String name, int dim, Gen gen) {
            return new Var(name, Cat.I, dim, gen);
        }

        static Var vj(String name, int dim, Gen gen) {
            return new Var(name, Cat.J, dim, gen);
        }

        static Var pm(String name, int dim, Gen gen) {
            return new Var(name, Cat.P, dim, gen);
        }
    }

    /** Changes drawn inputs before the call (copies, NaNs, symmetry); keeps values exact in float. */
    @FunctionalInterface
    interface Tweak {
        void apply(Inputs in, SplittableRandom r);

        Tweak NONE = (in, r) -> { };

        /**
         * Row j of variable {@code to} (a j-variable) becomes row (j mod M) of variable {@code from}
         * (an i-variable) for every {@code every}-th j: pairs with exactly equal rows, for the
         * safe values at 0 (Rsqrt, XLogX, SinXDivX, Normalize).
         */
        static Tweak copyRows(int from, int to, int every) {
            return (in, r) -> {
                int dim = in.vars.get(to).dim();
                if (in.m == 0) {
                    return;
                }
                for (int j = 0; j < in.n; j += every) {
                    System.arraycopy(in.d[from], (j % in.m) * dim, in.d[to], j * dim, dim);
                }
            };
        }

        /** Each row of a variable of dimension p*p becomes a symmetric p x p matrix. */
        static Tweak symmetric(int var, int p) {
            return (in, r) -> {
                double[] a = in.d[var];
                for (int base = 0; base < a.length; base += p * p) {
                    for (int u = 0; u < p; u++) {
                        for (int v = u + 1; v < p; v++) {
                            a[base + v * p + u] = a[base + u * p + v];
                        }
                    }
                }
            };
        }

        /**
         * NaN, infinities and signed zeros at one random component of every third row of x and y
         * (variables 0 and 1, both of dimension {@code dim}): special values in a few components,
         * not NaN-free rows everywhere.
         */
        static Tweak specialComponents(int dim) {
            double[] values = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0};
            return (in, r) -> {
                for (int var = 0; var <= 1; var++) {
                    int rows = var == 0 ? in.m : in.n;
                    for (int row = 0; row < rows; row += 3) {
                        in.d[var][row * dim + r.nextInt(dim)] = values[r.nextInt(values.length)];
                    }
                }
            };
        }

        default Tweak then(Tweak next) {
            return (in, r) -> {
                apply(in, r);
                next.apply(in, r);
            };
        }
    }

    /**
     * The arrays of one kernel call. {@code d[k]} holds variable k's values as the kernel sees
     * them (rounded to float for float32 kernels); the float arrays are made from them on demand.
     */
    static final class Inputs {
        final Prec prec;
        final long seed;
        final int m;
        final int n;
        final List<Var> vars;
        final double[][] d;
        private final float[][] f;

        private Inputs(Prec prec, long seed, int m, int n, List<Var> vars) {
            this.prec = prec;
            this.seed = seed;
            this.m = m;
            this.n = n;
            this.vars = List.copyOf(vars);
            this.d = new double[vars.size()][];
            this.f = new float[vars.size()][];
        }

        /** Draws every variable; M rows for i-variables, N for j-variables. */
        static Inputs draw(Prec prec, long seed, int m, int n, List<Var> vars, Tweak tweak) {
            Inputs in = new Inputs(prec, seed, m, n, vars);
            SplittableRandom r = new SplittableRandom(seed);
            for (int k = 0; k < vars.size(); k++) {
                Var v = vars.get(k);
                int rows = switch (v.cat()) {
                    case I -> m;
                    case J -> n;
                    case P -> 1;
                };
                double[] a = new double[rows * v.dim()];
                for (int e = 0; e < a.length; e++) {
                    a[e] = prec.round(v.gen().next(r));
                }
                if (a.length > 0 && Arrays.stream(a).allMatch(x -> x == 0)) {
                    a[0] = 1; // inputs are never all zeros
                }
                in.d[k] = a;
            }
            tweak.apply(in, r);
            return in;
        }

        /** Rows of a variable. */
        int rows(int k) {
            return switch (vars.get(k).cat()) {
                case I -> m;
                case J -> n;
                case P -> 1;
            };
        }

        double[] d(int k) {
            return d[k];
        }

        /** Scalar value of a dimension-1 parameter. */
        double ds(int k) {
            return d[k][0];
        }

        float[] f(int k) {
            if (prec != Prec.F32) {
                throw new IllegalStateException("float arrays of a float64 draw");
            }
            if (f[k] == null) {
                f[k] = toFloat(d[k]);
            }
            return f[k];
        }

        float fs(int k) {
            return f(k)[0];
        }

        /** Sets a value after drawing (NaN, infinities); call before the float arrays are used. */
        void set(int k, int index, double value) {
            if (f[k] != null) {
                throw new IllegalStateException("set after the float array was made");
            }
            d[k][index] = prec.round(value);
        }

        /** Copies of the arrays a kernel call receives (made now, so later calls reuse them). */
        Object[] snapshot() {
            Object[] copy = new Object[d.length];
            for (int k = 0; k < d.length; k++) {
                copy[k] = prec == Prec.F32 ? f(k).clone() : d[k].clone();
            }
            return copy;
        }

        /** Fails if a kernel call changed any of its input arrays. */
        void assertUnchanged(Object[] snapshot, String what) {
            for (int k = 0; k < d.length; k++) {
                boolean same = prec == Prec.F32 ? Arrays.equals((float[]) snapshot[k], f(k))
                        : Arrays.equals((double[]) snapshot[k], d[k]);
                if (!same) {
                    throw new AssertionError(what + " [" + this + "]: the kernel modified its input "
                            + vars.get(k).name());
                }
            }
        }

        /** {@link #call(Object, Class, String, Class[], Object...)} with no further arguments. */
        Object call(Object kernels, Class<?> iface, String name) throws Exception {
            return call(kernels, iface, name, new Class<?>[0]);
        }

        /**
         * Calls the method {@code name} of the kernel interface {@code iface} on {@code kernels}
         * with these inputs in variable order (a parameter of dimension 1 as a scalar, the arrays
         * in this draw's precision) followed by {@code extra}, declared as {@code extraTypes}; an
         * exception of the kernel is rethrown as itself.
         */
        Object call(Object kernels, Class<?> iface, String name, Class<?>[] extraTypes, Object... extra)
                throws Exception {
            boolean f32 = prec == Prec.F32;
            int count = vars.size();
            Class<?>[] types = new Class<?>[count + extraTypes.length];
            Object[] args = new Object[types.length];
            for (int v = 0; v < count; v++) {
                boolean scalar = vars.get(v).cat() == Cat.P && vars.get(v).dim() == 1;
                types[v] = scalar ? (f32 ? float.class : double.class) : (f32 ? float[].class : double[].class);
                args[v] = scalar ? (f32 ? (Object) fs(v) : (Object) ds(v)) : (f32 ? f(v) : d(v));
            }
            System.arraycopy(extraTypes, 0, types, count, extraTypes.length);
            System.arraycopy(extra, 0, args, count, extra.length);
            try {
                return iface.getMethod(name, types).invoke(kernels, args);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
        }

        @Override
        public String toString() {
            List<String> dims = new ArrayList<>();
            for (Var v : vars) {
                dims.add(v.name() + ":" + v.cat() + "(" + v.dim() + ")");
            }
            return prec + " M=" + m + " N=" + n + " " + dims + " " + describe(seed);
        }
    }

    static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int k = 0; k < a.length; k++) {
            f[k] = (float) a[k];
        }
        return f;
    }

    static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            d[k] = a[k];
        }
        return d;
    }

    static float[] poisonF(int length) {
        float[] a = new float[length];
        Arrays.fill(a, Float.NaN);
        return a;
    }

    static double[] poisonD(int length) {
        double[] a = new double[length];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** An index array filled with a value no reduction writes. */
    static int[] poisonI(int length) {
        int[] a = new int[length];
        Arrays.fill(a, -777);
        return a;
    }

    /** Output sizes (M, N) of the standard size sweep. */
    record Size(int m, int n) {
        @Override
        public String toString() {
            return m + "x" + n;
        }
    }

    /** Sizes for the many small kernels: every size of {1, 7, 207, 1023}, M != N, and empties. */
    static final List<Size> SWEEP = List.of(new Size(1, 1), new Size(1, 7), new Size(7, 1), new Size(1, 1023),
            new Size(7, 7), new Size(7, 207), new Size(207, 7), new Size(207, 207),
            new Size(1023, 7), new Size(7, 1023), new Size(0, 7), new Size(7, 0), new Size(0, 0));

    /** The sweep plus 1023 x 1023, for a handful of kernels. */
    static final List<Size> SWEEP_BIG = concat(SWEEP, List.of(new Size(207, 1023), new Size(1023, 1023)));

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
