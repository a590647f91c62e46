package org.jkeops.it.fuzz;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jkeops.it.Backends;
import org.jkeops.it.Backends.Target;
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.FloatArgResult;
import org.jkeops.runtime.KernelRuntime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential fuzzing: random well-typed formulas, every fuzzed reduction over j and over i, in
 * float32 and float64, compiled by the real processor in one javac run per seed, run on every
 * backend under test at odd sizes (1, 7, 207, M != N, 0 and a long reduction that splits j) on data
 * with and without special values (±0, ±inf, NaN, huge, tiny, subnormal), against the float64
 * reference of {@link Ops} and {@link Reduce}. Special values are compared by class (NaN, +inf,
 * -inf, finite), finite values within the reference's error bound.
 *
 * <p>CI runs the fixed seed {@value #DEFAULT_SEED}; {@code -Djkeops.fuzz.seed=S} changes it and
 * {@code -Djkeops.fuzz.runs=K} runs the K seeds S, S+1, ...; {@code -Djkeops.fuzz.formulas=F}
 * sets the formulas per seed (default {@value #DEFAULT_FORMULAS}); {@code -Djkeops.fuzz.report=R} how many
 * (backend, kernel) pairs a failure lists (default 25).
 */
class FormulaFuzzTest {
    static final long DEFAULT_SEED = 20261205L;
    static final int DEFAULT_FORMULAS = 24;
    private static final int[][] SIZES = {{1, 1}, {7, 207}, {207, 7}, {0, 7}, {7, 0}, {2, 3001}};
    private static final int MAX_REPORTED = Integer.getInteger("jkeops.fuzz.report", 25);

    static Stream<Long> seeds() {
        long seed = Long.getLong("jkeops.fuzz.seed", DEFAULT_SEED);
        int runs = Integer.getInteger("jkeops.fuzz.runs", 1);
        return LongStream.range(seed, seed + runs).boxed();
    }

    /** One generated kernel method. */
    record Case(String method, Node formula, Reduce reduce, boolean overI, Precision prec) {
        String describe() {
            return reduce + (overI ? " over i" : " over j") + " " + prec.java + " of " + formula.text();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void formulasAgreeWithTheReferenceOnEveryBackend(long seed) throws Exception {
        List<Case> cases = generate(seed, Integer.getInteger("jkeops.fuzz.formulas", DEFAULT_FORMULAS));
        String name = "Fuzz" + Long.toUnsignedString(seed);
        Class<?> impl = KernelCompiler.compile("fuzz", name, source(name, cases));
        List<String> failures = new ArrayList<>();
        int[] compared = new int[1];
        for (Case c : cases) {
            for (int[] size : SIZES) {
                for (boolean special : new boolean[] {false, true}) {
                    Data data = Data.make(new Random(seed * 31 + c.method.hashCode() * 7L + size[1] + (special ? 1 : 0)),
                            c, size[0], size[1], special);
                    Reduce.Expected[] expected = reference(c, data);
                    for (Target t : Backends.underTest()) {
                        check(seed, c, data, expected, t, impl, failures, compared);
                    }
                }
            }
        }
        System.out.println("jkeops fuzz seed " + seed + ": " + cases.size() + " kernels, " + compared[0]
                + " values compared, " + failures.size() + " mismatches");
        // a run in which every value was fragile (or no backend ran) would check nothing
        org.junit.jupiter.api.Assertions.assertTrue(compared[0] > 0, "seed " + seed + ": no value was compared");
        if (!failures.isEmpty()) {
            // one example per (backend, kernel): a bug shows once per formula, not once per row
            java.util.Map<String, List<String>> byKernel = new java.util.LinkedHashMap<>();
            for (String f : failures) {
                byKernel.computeIfAbsent(f.substring(0, f.indexOf(", M = ")), k -> new ArrayList<>()).add(f);
            }
            StringBuilder sb = new StringBuilder(failures.size() + " mismatches (seed " + seed + ") in "
                    + byKernel.size() + " (backend, kernel) pairs; one example of each:\n");
            byKernel.values().stream().limit(MAX_REPORTED).forEach(l -> sb.append("  (").append(l.size())
                    .append(" values) ").append(l.get(0)).append('\n'));
            throw new AssertionError(sb.toString());
        }
    }

    static List<Case> generate(long seed, int formulas) {
        FormulaGenerator gen = new FormulaGenerator(seed);
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        List<Case> cases = new ArrayList<>();
        Reduce[] all = Reduce.values();
        for (int f = 0; f < formulas; f++) {
            Reduce r = all[f % all.length];
            boolean overI = (f / all.length) % 2 == 1;
            Node formula = gen.formula(r.scalarFormula() || rnd.nextBoolean() ? 1 : 2, 2 + rnd.nextInt(3));
            for (Precision p : Precision.values()) {
                cases.add(new Case("k" + f + (p == Precision.F32 ? "f" : "d"), formula, r, overI, p));
            }
        }
        return cases;
    }

    static String source(String name, List<Case> cases) {
        StringBuilder sb = new StringBuilder("package fuzz;\n\nimport org.jkeops.annotations.*;\n"
                + "import org.jkeops.runtime.*;\n\n@Kernels\npublic interface " + name + " {\n");
        for (Case c : cases) {
            String t = c.prec.java;
            String ann = c.reduce.annotation.contains("%s") ? String.format(c.reduce.annotation, c.overI ? "x" : "y")
                    : c.reduce.annotation;
            if (c.overI) {
                ann = (ann.startsWith("value") ? ann : "value = " + ann) + ", over = Index.I";
            }
            String ret = c.reduce == Reduce.MIN_ARG_MIN ? (c.prec == Precision.F32 ? "FloatArgResult" : "DoubleArgResult")
                    : t + "[]";
            sb.append("    @Formula(\"").append(c.formula.text()).append("\")\n    @Reduce(").append(ann).append(")\n    ")
                    .append(ret).append(' ').append(c.method).append("(@Vi(2) ").append(t).append("[] x, @Vj(2) ")
                    .append(t).append("[] y, @Pm ").append(t).append(" p);\n\n");
        }
        return sb.append("}\n").toString();
    }

    /** The inputs of one call: x (M rows), y (N rows), p, in the case's precision. */
    record Data(double[] x, double[] y, double p, int rows, int cols, boolean special) {
        static Data make(Random rnd, Case c, int rows, int cols, boolean special) {
            int m = c.overI ? cols : rows;
            int n = c.overI ? rows : cols;
            return new Data(values(rnd, 2 * m, special, c.prec), values(rnd, 2 * n, special, c.prec),
                    values(rnd, 1, special, c.prec)[0], rows, cols, special);
        }

        private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            0.0, -0.0, 1e30, -1e30, 1e-30, Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 1, -1};
        /** Halfway and near-halfway points of Round, large integers, values whose scaling overflows float32. */
        private static final double[] AWKWARD = {0.0, -0.0, 1, -1, 0.5, 1.5, -2.5, 1e-3, 4e35, 0.49999997f,
            0.49999999999999994, 0x1p23 + 1, 0x1p52 + 1, 0.125, 2.675};

        static double[] values(Random rnd, int count, boolean special, Precision p) {
            double[] v = new double[count];
            for (int k = 0; k < count; k++) {
                double r = rnd.nextDouble();
                if (special && r < 0.25) {
                    v[k] = SPECIAL[rnd.nextInt(SPECIAL.length)];
                } else if (r < 0.1) {
                    v[k] = AWKWARD[rnd.nextInt(AWKWARD.length)];
                } else {
                    v[k] = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(3) - 1);
                }
                v[k] = p.round(v[k]);
            }
            return v;
        }

        double[] row(double[] a, int r) {
            return new double[] {a[2 * r], a[2 * r + 1]};
        }
    }

    static Reduce.Expected[] reference(Case c, Data d) {
        Reduce.Expected[] out = new Reduce.Expected[d.rows];
        for (int r = 0; r < d.rows; r++) {
            List<Val> terms = new ArrayList<>();
            List<double[]> weights = new ArrayList<>();
            for (int s = 0; s < d.cols; s++) {
                double[] xi = c.overI ? d.row(d.x, s) : d.row(d.x, r);
                double[] yj = c.overI ? d.row(d.y, r) : d.row(d.y, s);
                terms.add(c.formula.eval(new Node.Env(xi, yj, d.p, c.prec)));
                weights.add(c.overI ? xi : yj);
            }
            out[r] = c.reduce.expected(terms, weights, c.formula.dim, c.prec);
        }
        return out;
    }

    private static Object arg(double[] a, Precision p) {
        if (p == Precision.F64) {
            return a.clone();
        }
        float[] f = new float[a.length];
        for (int k = 0; k < a.length; k++) {
            f[k] = (float) a[k];
        }
        return f;
    }

    private static double[] doubles(Object o) {
        if (o instanceof double[] d) {
            return d;
        }
        float[] f = (float[]) o;
        double[] d = new double[f.length];
        for (int k = 0; k < f.length; k++) {
            d[k] = f[k];
        }
        return d;
    }

    private static void check(long seed, Case c, Data d, Reduce.Expected[] expected, Target t, Class<?> impl,
            List<String> failures, int[] compared) throws ReflectiveOperationException {
        KernelRuntime runtime = Backends.runtime(t);
        Object kernels = impl.getConstructor(KernelRuntime.class).newInstance(runtime);
        Class<?> arr = c.prec == Precision.F32 ? float[].class : double[].class;
        Class<?> scalar = c.prec == Precision.F32 ? float.class : double.class;
        Method m = impl.getMethod(c.method, arr, arr, scalar);
        Object p = c.prec == Precision.F32 ? (Object) (float) d.p : (Object) d.p;
        String where = "seed " + seed + ", " + t + ", " + c.describe() + ", M = " + (c.overI ? d.cols : d.rows)
                + ", N = " + (c.overI ? d.rows : d.cols) + (d.special ? ", special data" : "") + ", p = " + d.p;
        Object result;
        try {
            result = m.invoke(kernels, arg(d.x, c.prec), arg(d.y, c.prec), p);
        } catch (InvocationTargetException e) {
            failures.add(where + ": threw " + e.getCause());
            return;
        }
        double[] got;
        int[] idx = null;
        if (result instanceof FloatArgResult fr) {
            got = doubles(fr.values());
            idx = fr.indices();
        } else if (result instanceof DoubleArgResult dr) {
            got = dr.values();
            idx = dr.indices();
        } else {
            got = doubles(result);
        }
        int width = expected.length == 0 ? 0 : expected[0].value().length;
        if (got.length != d.rows * width) {
            failures.add(where + ": output length " + got.length + ", expected " + d.rows * width);
            return;
        }
        for (int r = 0; r < d.rows; r++) {
            Reduce.Expected e = expected[r];
            for (int k = 0; k < width; k++) {
                if (!e.compared()[k]) {
                    continue;
                }
                compared[0]++;
                double g = got[r * width + k];
                double x = e.value()[k];
                boolean ok = Double.isNaN(x) ? Double.isNaN(g)
                        : Double.isInfinite(x) ? g == x : Math.abs(g - x) <= e.tol()[k];
                if (!ok) {
                    failures.add(where + ": row " + r + " component " + k + ": got " + g + ", expected " + x
                            + " (tolerance " + e.tol()[k] + ")" + sample(c, d, r));
                }
                if (idx != null && ok) {
                    checkIndex(c, d, r, k, idx[r * width + k], x, e.tol()[k], where, failures);
                }
            }
        }
    }

    /** MIN_ARG_MIN: the index of a term whose reference value is the minimum within tolerance (-1 if none). */
    private static void checkIndex(Case c, Data d, int r, int k, int got, double min, double tol, String where,
            List<String> failures) {
        if (Double.isInfinite(min) && min > 0) {
            return; // nothing below +inf: -1, or an index of a +inf term
        }
        if (got < 0 || got >= d.cols) {
            failures.add(where + ": row " + r + " component " + k + ": index " + got + ", expected one of value " + min);
            return;
        }
        double[] xi = c.overI ? d.row(d.x, got) : d.row(d.x, r);
        double[] yj = c.overI ? d.row(d.y, r) : d.row(d.y, got);
        Val v = c.formula.eval(new Node.Env(xi, yj, d.p, c.prec));
        double at = v.v()[k];
        boolean ok = Double.isInfinite(min) ? at == min : Math.abs(at - min) <= tol + v.e()[k];
        if (!ok) {
            failures.add(where + ": row " + r + " component " + k + ": index " + got + " has value " + at
                    + ", the minimum is " + min);
        }
    }

    /** The terms of a small row, to reproduce a finding by hand. */
    private static String sample(Case c, Data d, int r) {
        if (d.cols > 8) {
            return "";
        }
        StringBuilder sb = new StringBuilder("; terms");
        for (int s = 0; s < d.cols; s++) {
            double[] xi = c.overI ? d.row(d.x, s) : d.row(d.x, r);
            double[] yj = c.overI ? d.row(d.y, r) : d.row(d.y, s);
            sb.append(" [x=").append(java.util.Arrays.toString(xi)).append(" y=").append(java.util.Arrays.toString(yj))
                    .append(" F=").append(java.util.Arrays.toString(c.formula.eval(new Node.Env(xi, yj, d.p, c.prec)).v()))
                    .append(']');
        }
        return sb.toString();
    }
}
