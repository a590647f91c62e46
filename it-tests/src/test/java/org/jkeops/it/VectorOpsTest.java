package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.Ref.PairFn;
import org.jkeops.it.SumCase.D2;
import org.jkeops.it.SumCase.D3;
import org.jkeops.it.SumCase.F2;
import org.jkeops.it.SumCase.F3;
import org.jkeops.it.TestData.Gen;
import org.jkeops.it.TestData.Prec;
import org.jkeops.it.TestData.Tweak;
import org.jkeops.it.TestData.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Operations over the components of a vector (Sum, Max, Min, ArgMax, ArgMin, SumT, OneHot), norms
 * and distances (SqNorm2, Norm2, Normalize, SqDist, WeightedSqNorm / WeightedSqDist with weights
 * of dimension 1, f and f^2), indexing (Elem, ElemT, Extract, ExtractT, Concat) and small linear
 * algebra (MatVecMult, VecMatMult, TensorProd), under a SUM over j, float32 and float64.
 */
class VectorOpsTest {
    private static final Gen U = Gen.uniform(-2, 2);
    private static final Gen POS = Gen.uniform(0.25, 2);

    private static SumCase<VectorOpsKernels> c(String method, String formula, int dx, int dy, int d, Gen gx, Gen gy,
            F2<VectorOpsKernels> f, D2<VectorOpsKernels> g, PairFn ref) {
        return SumCase.xy(method + ": " + formula, d, Var.vi("x", dx, gx), Var.vj("y", dy, gy), f, g, ref);
    }

    private static SumCase<VectorOpsKernels> c3(String method, String formula, Var s, int d,
            F3<VectorOpsKernels> f, D3<VectorOpsKernels> g, PairFn ref) {
        return SumCase.xyz(method + ": " + formula, d, Var.vi("x", 3, U), Var.vj("y", 3, U), s, f, g, ref);
    }

    private static double[] diff(double[] x, double[] y) {
        double[] v = new double[x.length];
        for (int c = 0; c < v.length; c++) {
            v[c] = x[c] - y[c];
        }
        return v;
    }

    private static double sq(double[] v) {
        double s = 0;
        for (double a : v) {
            s += a * a;
        }
        return s;
    }

    /** f^T S f for a row-major p x p matrix S. */
    private static double quad(double[] s, double[] f) {
        double q = 0;
        for (int a = 0; a < f.length; a++) {
            for (int b = 0; b < f.length; b++) {
                q += f[a] * s[a * f.length + b] * f[b];
            }
        }
        return q;
    }

    static final List<SumCase<VectorOpsKernels>> CASES = List.of(
            c("sum", "Sum(x * y)", 3, 3, 1, U, U, VectorOpsKernels::sum, VectorOpsKernels::sum, (p, o) -> {
                double s = 0;
                for (int c = 0; c < 3; c++) {
                    s += p.v(0)[c] * p.v(1)[c];
                }
                o[0] = s;
            }),
            c("max", "Max(x - y)", 3, 3, 1, U, U, VectorOpsKernels::max, VectorOpsKernels::max, (p, o) -> {
                double[] v = diff(p.v(0), p.v(1));
                o[0] = Math.max(v[0], Math.max(v[1], v[2]));
            }),
            c("min", "Min(x - y)", 3, 3, 1, U, U, VectorOpsKernels::min, VectorOpsKernels::min, (p, o) -> {
                double[] v = diff(p.v(0), p.v(1));
                o[0] = Math.min(v[0], Math.min(v[1], v[2]));
            }),
            // integer data: exact values, frequent ties between components
            c("argMax", "ArgMax(x - y)", 4, 4, 1, Gen.ints(-2, 2), Gen.ints(-2, 2), VectorOpsKernels::argMax,
                    VectorOpsKernels::argMax, (p, o) -> {
                        double[] v = diff(p.v(0), p.v(1));
                        int best = 0;
                        for (int c = 1; c < v.length; c++) {
                            if (v[c] > v[best]) {
                                best = c;
                            }
                        }
                        o[0] = best;
                    }),
            c("argMin", "ArgMin(x - y)", 4, 4, 1, Gen.ints(-2, 2), Gen.ints(-2, 2), VectorOpsKernels::argMin,
                    VectorOpsKernels::argMin, (p, o) -> {
                        double[] v = diff(p.v(0), p.v(1));
                        int best = 0;
                        for (int c = 1; c < v.length; c++) {
                            if (v[c] < v[best]) {
                                best = c;
                            }
                        }
                        o[0] = best;
                    }),
            c("sumT", "SumT((x | y), 3) * x", 3, 3, 3, U, U, VectorOpsKernels::sumT, VectorOpsKernels::sumT, (p, o) -> {
                double[] x = p.v(0);
                double[] y = p.v(1);
                double dot = x[0] * y[0] + x[1] * y[1] + x[2] * y[2];
                for (int c = 0; c < 3; c++) {
                    o[c] = dot * x[c];
                }
            }),
            // x - y = integer + [-0.2, 0.2]: never near a rounding half
            c("oneHot", "OneHot(x - y, 4)", 1, 1, 4, Gen.grid(1, -1, 5, 0, 0.2), Gen.grid(1, 0, 2, 0, 0.2),
                    VectorOpsKernels::oneHot, VectorOpsKernels::oneHot, (p, o) -> {
                        double v = p.s(0) - p.s(1);
                        p.kinkHalf(v);
                        for (int c = 0; c < 4; c++) {
                            o[c] = Math.rint(v) == c ? 1 : 0;
                        }
                    }),
            c("sqNorm2", "SqNorm2(x - y)", 3, 3, 1, U, U, VectorOpsKernels::sqNorm2, VectorOpsKernels::sqNorm2,
                    (p, o) -> o[0] = sq(diff(p.v(0), p.v(1)))),
            c("norm2", "Norm2(x - y)", 3, 3, 1, U, U, VectorOpsKernels::norm2, VectorOpsKernels::norm2,
                    (p, o) -> o[0] = Math.sqrt(sq(diff(p.v(0), p.v(1))))),
            c("normalize", "Normalize(x - y)", 3, 3, 3, U, U, VectorOpsKernels::normalize, VectorOpsKernels::normalize,
                    (p, o) -> {
                        double[] v = diff(p.v(0), p.v(1));
                        double n = Math.sqrt(sq(v));
                        for (int c = 0; c < 3; c++) {
                            o[c] = n == 0 ? 0 : v[c] / n;
                        }
                    }).tweak(Tweak.copyRows(0, 1, 3)),
            c("sqDist", "SqDist(x, y)", 3, 3, 1, U, U, VectorOpsKernels::sqDist, VectorOpsKernels::sqDist,
                    (p, o) -> o[0] = sq(diff(p.v(0), p.v(1)))).sizes(TestData.SWEEP_BIG),
            c3("wsnIso", "WeightedSqNorm(s, x - y), s: Vj(1)", Var.vj("s", 1, POS), 1, VectorOpsKernels::wsnIso,
                    VectorOpsKernels::wsnIso, (p, o) -> o[0] = p.s(2) * sq(diff(p.v(0), p.v(1)))),
            c3("wsnDiag", "WeightedSqNorm(s, x - y), s: Pm(3)", Var.pm("s", 3, POS), 1, VectorOpsKernels::wsnDiag,
                    VectorOpsKernels::wsnDiag, (p, o) -> {
                        double[] v = diff(p.v(0), p.v(1));
                        double[] s = p.v(2);
                        o[0] = s[0] * v[0] * v[0] + s[1] * v[1] * v[1] + s[2] * v[2] * v[2];
                    }),
            c3("wsnFull", "WeightedSqNorm(s, x - y), s: Vi(9)", Var.vi("s", 9, U), 1, VectorOpsKernels::wsnFull,
                    VectorOpsKernels::wsnFull, (p, o) -> o[0] = quad(p.v(2), diff(p.v(0), p.v(1))))
                    .tweak(Tweak.symmetric(2, 3)),
            SumCase.<VectorOpsKernels>of("wsdIso: WeightedSqDist(s, x, y), s: scalar Pm(1)", 1,
                    List.of(Var.vi("x", 3, U), Var.vj("y", 3, U), Var.pm("s", 1, POS)),
                    (k, in) -> k.wsdIso(in.f(0), in.f(1), in.fs(2)),
                    (k, in) -> k.wsdIso(in.d(0), in.d(1), in.ds(2)),
                    (p, o) -> o[0] = p.s(2) * sq(diff(p.v(0), p.v(1)))),
            c3("wsdDiag", "WeightedSqDist(s, x, y), s: Vi(3)", Var.vi("s", 3, POS), 1, VectorOpsKernels::wsdDiag,
                    VectorOpsKernels::wsdDiag, (p, o) -> {
                        double[] v = diff(p.v(0), p.v(1));
                        double[] s = p.v(2);
                        o[0] = s[0] * v[0] * v[0] + s[1] * v[1] * v[1] + s[2] * v[2] * v[2];
                    }),
            c3("wsdFull", "WeightedSqDist(s, x, y), s: Pm(9)", Var.pm("s", 9, U), 1, VectorOpsKernels::wsdFull,
                    VectorOpsKernels::wsdFull, (p, o) -> o[0] = quad(p.v(2), diff(p.v(0), p.v(1))))
                    .tweak(Tweak.symmetric(2, 3)),
            c("elem", "Elem(x, 1) * y", 3, 3, 3, U, U, VectorOpsKernels::elem, VectorOpsKernels::elem, (p, o) -> {
                for (int c = 0; c < 3; c++) {
                    o[c] = p.v(0)[1] * p.v(1)[c];
                }
            }),
            c("elemT", "ElemT(Elem(x, 0) - Elem(y, 2), 4, 1)", 3, 3, 4, U, U, VectorOpsKernels::elemT,
                    VectorOpsKernels::elemT, (p, o) -> {
                        o[0] = 0;
                        o[1] = p.v(0)[0] - p.v(1)[2];
                        o[2] = 0;
                        o[3] = 0;
                    }),
            c("extract", "Extract(x - y, 1, 2)", 4, 4, 2, U, U, VectorOpsKernels::extract, VectorOpsKernels::extract,
                    (p, o) -> {
                        o[0] = p.v(0)[1] - p.v(1)[1];
                        o[1] = p.v(0)[2] - p.v(1)[2];
                    }),
            c("extractT", "ExtractT(x - y, 1, 5)", 3, 3, 5, U, U, VectorOpsKernels::extractT, VectorOpsKernels::extractT,
                    (p, o) -> {
                        o[0] = 0;
                        for (int c = 0; c < 3; c++) {
                            o[1 + c] = p.v(0)[c] - p.v(1)[c];
                        }
                        o[4] = 0;
                    }),
            c("concat", "Concat(x - y, x * y)", 3, 3, 6, U, U, VectorOpsKernels::concat, VectorOpsKernels::concat,
                    (p, o) -> {
                        for (int c = 0; c < 3; c++) {
                            o[c] = p.v(0)[c] - p.v(1)[c];
                            o[3 + c] = p.v(0)[c] * p.v(1)[c];
                        }
                    }),
            c("concatDims", "Concat(x, y), x: dim 2, y: dim 3", 2, 3, 5, U, U, VectorOpsKernels::concatDims,
                    VectorOpsKernels::concatDims, (p, o) -> {
                        o[0] = p.v(0)[0];
                        o[1] = p.v(0)[1];
                        o[2] = p.v(1)[0];
                        o[3] = p.v(1)[1];
                        o[4] = p.v(1)[2];
                    }),
            c("matVec", "MatVecMult(x, y), x: 2 x 3", 6, 3, 2, U, U, VectorOpsKernels::matVec, VectorOpsKernels::matVec,
                    (p, o) -> {
                        double[] a = p.v(0);
                        double[] b = p.v(1);
                        for (int r = 0; r < 2; r++) {
                            o[r] = a[r * 3] * b[0] + a[r * 3 + 1] * b[1] + a[r * 3 + 2] * b[2];
                        }
                    }),
            c("vecMat", "VecMatMult(x, y), y: 2 x 3", 2, 6, 3, U, U, VectorOpsKernels::vecMat, VectorOpsKernels::vecMat,
                    (p, o) -> {
                        double[] b = p.v(0);
                        double[] a = p.v(1);
                        for (int c = 0; c < 3; c++) {
                            o[c] = b[0] * a[c] + b[1] * a[3 + c];
                        }
                    }),
            c("tensorProd", "TensorProd(x, y), 2 x 3", 2, 3, 6, U, U, VectorOpsKernels::tensorProd,
                    VectorOpsKernels::tensorProd, (p, o) -> {
                        for (int a = 0; a < 2; a++) {
                            for (int b = 0; b < 3; b++) {
                                o[a * 3 + b] = p.v(0)[a] * p.v(1)[b];
                            }
                        }
                    }));

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Target b : Backends.underTest()) {
            for (Prec p : Prec.values()) {
                for (SumCase<VectorOpsKernels> c : CASES) {
                    all.add(Arguments.of(b, p, c));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{2} {1} {0}")
    @MethodSource("cases")
    void sumOverJ(Target backend, Prec prec, SumCase<VectorOpsKernels> c) {
        c.run(new VectorOpsKernelsImpl(Backends.runtime(backend)), backend, prec);
    }

    @Test
    void everyKernelHasACase() {
        assertEquals(ElementwiseTest.methodNames(VectorOpsKernels.class), ElementwiseTest.caseNames(CASES));
    }
}
