package org.jkeops.it.fuzz;

import java.util.List;

/**
 * The reductions the fuzzer runs, their annotation text, and their float64 reference on the
 * values of one output row (docs/FORMULAS.md, "Special values"): per output component the
 * expected value, its tolerance, and whether it is compared at all.
 */
enum Reduce {
    SUM("Reduction.SUM"),
    KAHAN("value = Reduction.SUM, sum = SumScheme.KAHAN"),
    MAX("Reduction.MAX"),
    MIN_ARG_MIN("Reduction.MIN_ARG_MIN"),
    LOG_SUM_EXP("Reduction.LOG_SUM_EXP"),
    SOFTMAX("value = Reduction.SUM_SOFTMAX_WEIGHT, weight = \"%s\"");

    final String annotation;

    Reduce(String annotation) {
        this.annotation = annotation;
    }

    /** Whether the formula must have dimension 1. */
    boolean scalarFormula() {
        return this == LOG_SUM_EXP || this == SOFTMAX;
    }

    /** Expected output of one row: values, tolerances, compared or not, and for MIN_ARG_MIN the term values per index. */
    record Expected(double[] value, double[] tol, boolean[] compared) {
    }

    /**
     * terms: F for each reduced index (null entries never: every index is kept); weights: G
     * per reduced index (SOFTMAX only), exact inputs.
     */
    Expected expected(List<Val> terms, List<double[]> weights, int dim, Precision p) {
        int width = this == SOFTMAX ? weights.isEmpty() ? 2 : weights.get(0).length : dim;
        double[] value = new double[width];
        double[] tol = new double[width];
        boolean[] compared = new boolean[width];
        boolean fragile = terms.stream().anyMatch(Val::fragile);
        int n = terms.size();
        for (int c = 0; c < width; c++) {
            compared[c] = !fragile;
            switch (this) {
                case SUM, KAHAN -> {
                    boolean nan = false;
                    boolean pos = false;
                    boolean neg = false;
                    double s = 0;
                    double mag = 0;
                    double err = 0;
                    for (Val t : terms) {
                        double v = t.v()[c];
                        nan |= v != v;
                        pos |= v == Double.POSITIVE_INFINITY;
                        neg |= v == Double.NEGATIVE_INFINITY;
                        if (Double.isFinite(v)) {
                            s += v;
                            mag += Math.abs(v);
                            err += t.e()[c];
                        }
                    }
                    value[c] = nan || (pos && neg) ? Double.NaN : pos ? Double.POSITIVE_INFINITY
                            : neg ? Double.NEGATIVE_INFINITY : s;
                    tol[c] = err + 2.0 * (n + 2) * p.u * mag + n * p.tiny;
                    if (Double.isFinite(value[c]) && mag >= p.max / 8) {
                        compared[c] = false; // the kernel's order of additions may overflow
                    }
                }
                case MAX, MIN_ARG_MIN -> {
                    boolean max = this == MAX;
                    double best = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                    double err = 0;
                    for (Val t : terms) {
                        double v = t.v()[c];
                        if (v == v && (max ? v > best : v < best)) {
                            best = v;
                        }
                        err = Math.max(err, t.e()[c]);
                    }
                    value[c] = best;
                    tol[c] = err + p.u * Math.abs(best);
                }
                case LOG_SUM_EXP -> {
                    boolean nan = false;
                    double m = Double.NEGATIVE_INFINITY;
                    double err = 0;
                    for (Val t : terms) {
                        double v = t.v()[0];
                        nan |= v != v;
                        if (v > m) {
                            m = v;
                        }
                        err = Math.max(err, t.e()[0]);
                    }
                    if (nan) {
                        value[c] = Double.NaN;
                    } else if (Double.isInfinite(m)) {
                        value[c] = m;
                    } else {
                        double s = 0;
                        for (Val t : terms) {
                            s += Math.exp(t.v()[0] - m);
                        }
                        value[c] = m + Math.log(s);
                    }
                    tol[c] = err + (n + 16) * p.u * (1 + Math.abs(value[c]));
                }
                case SOFTMAX -> softmax(terms, weights, p, c, value, tol, compared);
            }
        }
        return new Expected(value, tol, compared);
    }

    private static void softmax(List<Val> terms, List<double[]> weights, Precision p, int c, double[] value,
            double[] tol, boolean[] compared) {
        int n = terms.size();
        double m = Double.NEGATIVE_INFINITY;
        boolean nan = false;
        double errF = 0;
        for (Val t : terms) {
            double v = t.v()[0];
            nan |= v != v;
            m = Math.max(m, v);
            errF = Math.max(errF, t.e()[0]);
        }
        if (nan) {
            value[c] = Double.NaN;
            return;
        }
        if (m == Double.NEGATIVE_INFINITY) {
            value[c] = 0;
            return;
        }
        double se = 0;
        double sw = 0;
        double mag = 0;
        for (int k = 0; k < n; k++) {
            double f = terms.get(k).v()[0];
            if (f == Double.NEGATIVE_INFINITY) {
                continue; // a term with F = -inf adds nothing, its weight is not read
            }
            double w = f == m ? 1 : Math.exp(f - m);
            double g = weights.get(k)[c];
            if (!Double.isFinite(g) && f != m && w < (p == Precision.F32 ? 1e-30 : 1e-300)) {
                compared[c] = false; // 0 * inf or a tiny weight times inf: depends on where exp underflows
            }
            se += w * g;
            sw += w;
            if (Double.isFinite(g)) {
                mag = Math.max(mag, Math.abs(g));
            }
        }
        value[c] = se / sw;
        if (mag * n >= p.max / 4) {
            compared[c] = false;
        }
        tol[c] = 2 * mag * Math.expm1(2 * errF) + 4 * (n + 16) * p.u * mag + n * p.tiny;
    }
}
