package org.jkeops.it;

import java.util.List;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.Ref.Walk;
import org.jkeops.it.TestData.Gen;
import org.jkeops.it.TestData.Inputs;
import org.jkeops.it.TestData.Prec;
import org.jkeops.it.TestData.Size;
import org.jkeops.it.TestData.Tweak;
import org.jkeops.it.TestData.Var;
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.FloatArgResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ten worked examples of FORMULAS.md against float64 references, float32 and float64. */
class WorkedExamplesTest {
    private static final Gen U = Gen.uniform(-2, 2);
    private static final int KNN = 5;

    static Stream<Arguments> backendsAndPrecisions() {
        return Backends.withPrecisions();
    }

    private static WorkedExamples kernels(Target b) {
        return new WorkedExamplesImpl(Backends.runtime(b));
    }

    private static Inputs draw(String name, Prec prec, Size size, List<Var> vars, Tweak tweak) {
        return Inputs.draw(prec, TestData.seed(name, prec, size.m(), size.n()), size.m(), size.n(), vars, tweak);
    }

    private static Inputs draw(String name, Prec prec, Size size, List<Var> vars) {
        return draw(name, prec, size, vars, Tweak.NONE);
    }

    static double sqDist(double[] x, double[] y) {
        double s = 0;
        for (int c = 0; c < x.length; c++) {
            s += (x[c] - y[c]) * (x[c] - y[c]);
        }
        return s;
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void gaussianConvolution(Target backend, Prec prec) {
        WorkedExamples k = kernels(backend);
        for (Size size : TestData.SWEEP_BIG) {
            Inputs in = draw("gaussConv", prec, size, List.of(Var.vi("x", 3, U), Var.vj("y", 3, U), Var.vj("b", 1, U),
                    Var.pm("g", 1, Gen.uniform(0.2, 2))));
            double[] got = prec == Prec.F32 ? TestData.toDouble(k.gaussConv(in.f(0), in.f(1), in.f(2), in.fs(3)))
                    : k.gaussConv(in.d(0), in.d(1), in.d(2), in.ds(3));
            Check.sum("Exp(-g * SqDist(x, y)) * b on " + backend, in, got, Ref.sum(new Walk(in, false, 1,
                    (p, o) -> o[0] = Math.exp(-p.s(3) * sqDist(p.v(0), p.v(1))) * p.s(2))));
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void tutorialKernel(Target backend, Prec prec) {
        WorkedExamples k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("tutorialKernel", prec, size, List.of(Var.vi("x", 3, U), Var.vj("y", 3, U),
                    Var.vj("b", 2, U)));
            double[] got = prec == Prec.F32 ? TestData.toDouble(k.tutorialKernel(in.f(0), in.f(1), in.f(2)))
                    : k.tutorialKernel(in.d(0), in.d(1), in.d(2));
            Check.sum("Exp(-SqDist(x, y) / IntCst(2)) * b on " + backend, in, got, Ref.sum(new Walk(in, false, 2,
                    (p, o) -> {
                        double e = Math.exp(-sqDist(p.v(0), p.v(1)) / 2);
                        o[0] = e * p.v(2)[0];
                        o[1] = e * p.v(2)[1];
                    })));
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void kNearestNeighbours(Target backend, Prec prec) {
        WorkedExamples k = kernels(backend);
        List<Size> sizes = TestData.SWEEP_BIG.stream().filter(s -> s.n() == 0 || s.n() >= KNN).toList();
        for (Size size : sizes) {
            Inputs in = draw("knn", prec, size, List.of(Var.vi("x", 3, U), Var.vj("y", 3, U)));
            int[] got = prec == Prec.F32 ? k.knn(in.f(0), in.f(1)) : k.knn(in.d(0), in.d(1));
            Walk w = new Walk(in, false, 1, (p, o) -> o[0] = sqDist(p.v(0), p.v(1)));
            Check.kMin("SqDist(x, y) ARG_K_MIN k=5 on " + backend, in, null, got, Ref.kMin(w, KNN), w, false);
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void nearestNeighbour(Target backend, Prec prec) {
        WorkedExamples k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            // every 4th y is a copy of an x: distance exactly 0 (Sqrt at 0)
            Inputs in = draw("nearest", prec, size, List.of(Var.vi("x", 3, U), Var.vj("y", 3, U)), Tweak.copyRows(0, 1, 4));
            double[] values;
            int[] indices;
            if (prec == Prec.F32) {
                FloatArgResult r = k.nearest(in.f(0), in.f(1));
                values = TestData.toDouble(r.values());
                indices = r.indices();
            } else {
                DoubleArgResult r = k.nearest(in.d(0), in.d(1));
                values = r.values();
                indices = r.indices();
            }
            Walk w = new Walk(in, false, 1, (p, o) -> o[0] = Math.sqrt(sqDist(p.v(0), p.v(1))));
            Check.best("Sqrt(Sum(Square(x - y))) MIN_ARG_MIN on " + backend, in, values, indices, Ref.best(w, false), w, false);
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void maximumInnerProduct(Target backend, Prec prec) {
        WorkedExamples k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("maxInnerProduct", prec, size, List.of(Var.vi("x", 4, U), Var.vj("y", 4, U)));
            double[] got = prec == Prec.F32 ? TestData.toDouble(k.maxInnerProduct(in.f(0), in.f(1)))
                    : k.maxInnerProduct(in.d(0), in.d(1));
            Walk w = new Walk(in, false, 1, (p, o) -> {
                double s = 0;
                for (int c = 0; c < 4; c++) {
                    s += p.v(0)[c] * p.v(1)[c];
                }
                o[0] = s;
            });
            Check.best("(x | y) MAX on " + backend, in, got, null, Ref.best(w, true), w, false);
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void sinkhornSoftMin(Target backend, Prec prec) {
        WorkedExamples k = kernels(backend);
        for (Size size : TestData.SWEEP_BIG) {
            Inputs in = draw("sinkhorn", prec, size, List.of(Var.vi("x", 2, U), Var.vj("y", 2, U),
                    Var.vj("b", 1, Gen.uniform(-5, 5)), Var.pm("p", 1, Gen.uniform(1, 20))));
            double[] got = prec == Prec.F32 ? TestData.toDouble(k.sinkhornSoftMin(in.f(0), in.f(1), in.f(2), in.fs(3)))
                    : k.sinkhornSoftMin(in.d(0), in.d(1), in.d(2), in.ds(3));
            Walk f = new Walk(in, false, 1, (p, o) -> o[0] = p.s(2) - p.s(3) * sqDist(p.v(0), p.v(1)));
            Check.lse("b - p * SqDist(x, y) LOG_SUM_EXP on " + backend, in, got, Ref.exp(f, null));
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void attention(Target backend, Prec prec) {
        WorkedExamples k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("attention", prec, size, List.of(Var.vi("x", 3, U), Var.vj("y", 3, U), Var.vj("v", 4, U),
                    Var.pm("g", 1, Gen.uniform(0.5, 5))));
            double[] got = prec == Prec.F32 ? TestData.toDouble(k.attention(in.f(0), in.f(1), in.f(2), in.fs(3)))
                    : k.attention(in.d(0), in.d(1), in.d(2), in.ds(3));
            Walk f = new Walk(in, false, 1, (p, o) -> o[0] = -sqDist(p.v(0), p.v(1)) * p.s(3));
            Walk g = new Walk(in, false, 4, (p, o) -> System.arraycopy(p.v(2), 0, o, 0, 4));
            Check.softmax("-SqDist(x, y) * g SUM_SOFTMAX_WEIGHT v on " + backend, in, got, Ref.exp(f, g));
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void cauchyKernel(Target backend, Prec prec) {
        WorkedExamples k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("cauchy", prec, size, List.of(Var.vi("x", 3, U), Var.vj("y", 3, U), Var.vj("b", 1, U),
                    Var.pm("e", 1, Gen.uniform(0.01, 1))));
            double[] got = prec == Prec.F32 ? TestData.toDouble(k.cauchy(in.f(0), in.f(1), in.f(2), in.f(3)))
                    : k.cauchy(in.d(0), in.d(1), in.d(2), in.d(3));
            Check.sum("Rsqrt(SqDist(x, y) + e) * b on " + backend, in, got, Ref.sum(new Walk(in, false, 1,
                    (p, o) -> o[0] = p.s(2) / Math.sqrt(sqDist(p.v(0), p.v(1)) + p.s(3)))));
        }
    }

    /** Integer coordinates and r = k + 1/2: SqDist - r is never 0, so no branch is ambiguous. */
    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void radiusCount(Target backend, Prec prec) {
        WorkedExamples k = kernels(backend);
        for (Size size : TestData.SWEEP_BIG) {
            Inputs in = draw("radiusCount", prec, size, List.of(Var.vi("x", 3, Gen.ints(-3, 3)),
                    Var.vj("y", 3, Gen.ints(-3, 3)), Var.vj("b", 1, Gen.uniform(0.5, 1.5)),
                    Var.pm("r", 1, r -> r.nextInt(1, 20) + 0.5)));
            double[] got = prec == Prec.F32 ? TestData.toDouble(k.radiusCount(in.f(0), in.f(1), in.f(2), in.fs(3)))
                    : k.radiusCount(in.d(0), in.d(1), in.d(2), in.ds(3));
            Check.sum("IfElse(SqDist(x, y) - r, 0, b) on " + backend, in, got, Ref.sum(new Walk(in, false, 1,
                    (p, o) -> o[0] = sqDist(p.v(0), p.v(1)) >= p.s(3) ? 0 : p.s(2))));
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void matrixTimesDifference(Target backend, Prec prec) {
        WorkedExamples k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("matVec", prec, size, List.of(Var.pm("A", 9, U), Var.vi("x", 3, U), Var.vj("y", 3, U)));
            double[] got = prec == Prec.F32 ? TestData.toDouble(k.matVec(in.f(0), in.f(1), in.f(2)))
                    : k.matVec(in.d(0), in.d(1), in.d(2));
            Check.sum("MatVecMult(A, x - y) on " + backend, in, got, Ref.sum(new Walk(in, false, 3, (p, o) -> {
                double[] a = p.v(0);
                for (int r = 0; r < 3; r++) {
                    double s = 0;
                    for (int c = 0; c < 3; c++) {
                        s += a[r * 3 + c] * (p.v(1)[c] - p.v(2)[c]);
                    }
                    o[r] = s;
                }
            })));
        }
    }
}
