package org.jkeops.processor;

import java.util.Map;
import org.jkeops.processor.ir.Expr;
import org.jkeops.annotations.Formulas;

/**
 * A float64 interpreter of the IR for tests: the meaning of every record, with the variables'
 * values taken from a map. It follows the semantics documented on the records and the operation
 * enums (broadcasting of dimension-1 operands, IfElse on c >= 0, first index wins in ArgMax /
 * ArgMin, OneHot through Round(f, 0)).
 */
final class IrEvaluator {
    private IrEvaluator() {
    }

    static double[] eval(Expr e, Map<Expr.Var, double[]> env) {
        return switch (e) {
            case Expr.Var v -> {
                double[] x = env.get(v);
                if (x == null || x.length != v.dim()) {
                    throw new IllegalArgumentException("no value of dimension " + v.dim() + " for " + v.name());
                }
                yield x.clone();
            }
            case Expr.Const c -> new double[] {c.value()};
            case Expr.Zero z -> new double[z.dim()];
            case Expr.Unary u -> {
                double[] a = eval(u.arg(), env);
                double[] r = new double[a.length];
                for (int k = 0; k < r.length; k++) {
                    r[k] = u.op().apply(a[k]);
                }
                yield r;
            }
            case Expr.Binary b -> {
                double[] x = eval(b.left(), env);
                double[] y = eval(b.right(), env);
                double[] r = new double[e.dim()];
                for (int k = 0; k < r.length; k++) {
                    r[k] = b.op().apply(at(x, k), at(y, k));
                }
                yield r;
            }
            case Expr.IfElse s -> {
                double[] c = eval(s.cond(), env);
                double[] a = eval(s.then(), env);
                double[] b = eval(s.otherwise(), env);
                double[] r = new double[e.dim()];
                for (int k = 0; k < r.length; k++) {
                    r[k] = at(c, k) >= 0 ? at(a, k) : at(b, k);
                }
                yield r;
            }
            case Expr.Clamp c -> {
                double[] a = eval(c.arg(), env);
                double[] lo = eval(c.low(), env);
                double[] hi = eval(c.high(), env);
                double[] r = new double[e.dim()];
                for (int k = 0; k < r.length; k++) {
                    r[k] = Formulas.clamp(at(a, k), at(lo, k), at(hi, k));
                }
                yield r;
            }
            case Expr.Pow p -> {
                double[] a = eval(p.arg(), env);
                for (int k = 0; k < a.length; k++) {
                    a[k] = Math.pow(a[k], p.exponent());
                }
                yield a;
            }
            case Expr.Round rd -> {
                double[] a = eval(rd.arg(), env);
                for (int k = 0; k < a.length; k++) {
                    a[k] = Formulas.round(a[k], rd.digits());
                }
                yield a;
            }
            case Expr.ComponentReduce r -> {
                double[] a = eval(r.arg(), env);
                int best = 0;
                double s = 0;
                for (int k = 0; k < a.length; k++) {
                    s += a[k];
                    boolean better = switch (r.op()) {
                        case MAX, ARG_MAX -> a[k] > a[best];
                        case MIN, ARG_MIN -> a[k] < a[best];
                        case SUM -> false;
                    };
                    if (better) {
                        best = k;
                    }
                }
                yield new double[] {switch (r.op()) {
                    case SUM -> s;
                    case MAX, MIN -> a[best];
                    case ARG_MAX, ARG_MIN -> best;
                }};
            }
            case Expr.SumT s -> {
                double[] r = new double[s.dim()];
                java.util.Arrays.fill(r, eval(s.arg(), env)[0]);
                yield r;
            }
            case Expr.OneHot h -> {
                double v = Formulas.round(eval(h.arg(), env)[0], 0);
                double[] r = new double[h.dim()];
                for (int k = 0; k < r.length; k++) {
                    r[k] = v == k ? 1 : 0;
                }
                yield r;
            }
            case Expr.Extract x -> java.util.Arrays.copyOfRange(eval(x.arg(), env), x.start(), x.start() + x.dim());
            case Expr.ExtractT x -> {
                double[] a = eval(x.arg(), env);
                double[] r = new double[x.dim()];
                System.arraycopy(a, 0, r, x.start(), a.length);
                yield r;
            }
            case Expr.Concat c -> {
                double[] a = eval(c.left(), env);
                double[] b = eval(c.right(), env);
                double[] r = java.util.Arrays.copyOf(a, a.length + b.length);
                System.arraycopy(b, 0, r, a.length, b.length);
                yield r;
            }
            case Expr.MatVecMult m -> {
                double[] a = eval(m.matrix(), env);
                double[] b = eval(m.vector(), env);
                int p = b.length;
                double[] r = new double[a.length / p];
                for (int i = 0; i < r.length; i++) {
                    for (int l = 0; l < p; l++) {
                        r[i] += a[i * p + l] * b[l];
                    }
                }
                yield r;
            }
            case Expr.VecMatMult m -> {
                double[] b = eval(m.vector(), env);
                double[] a = eval(m.matrix(), env);
                int n = b.length;
                double[] r = new double[a.length / n];
                for (int i = 0; i < n; i++) {
                    for (int l = 0; l < r.length; l++) {
                        r[l] += b[i] * a[i * r.length + l];
                    }
                }
                yield r;
            }
            case Expr.TensorProd t -> {
                double[] a = eval(t.left(), env);
                double[] b = eval(t.right(), env);
                double[] r = new double[a.length * b.length];
                for (int i = 0; i < a.length; i++) {
                    for (int l = 0; l < b.length; l++) {
                        r[i * b.length + l] = a[i] * b[l];
                    }
                }
                yield r;
            }
        };
    }

    private static double at(double[] a, int k) {
        return a.length == 1 ? a[0] : a[k];
    }
}
