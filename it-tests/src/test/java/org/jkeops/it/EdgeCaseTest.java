package org.jkeops.it;

import java.util.List;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.Ref.PairFn;
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

/**
 * Degenerate formulas (no dependence on the reduced index, on the output row, or on anything):
 * every reduction still folds every pair, and ties go to the smallest indices.
 */
class EdgeCaseTest {
    private static final Gen U = Gen.uniform(-2, 2);

    static Stream<Arguments> targetsAndPrecisions() {
        return Backends.withPrecisions();
    }

    private static EdgeCaseKernels kernels(Target t) {
        return new EdgeCaseKernelsImpl(Backends.runtime(t));
    }

    private static List<Var> vars(int dx, int dy) {
        return List.of(Var.vi("x", dx, U), Var.vj("y", dy, U));
    }

    private static Inputs draw(String name, Prec prec, Size size, List<Var> vars) {
        return Inputs.draw(prec, TestData.seed(name, prec, size.m(), size.n()), size.m(), size.n(), vars, Tweak.NONE);
    }

    private static List<Size> sizes(boolean k) {
        return TestData.SWEEP.stream().filter(s -> !k || s.n() == 0 || s.n() >= 3).toList();
    }

    private static void sum(Target t, Prec prec, String name, int dx, int dy, int d,
            java.util.function.Function<Inputs, float[]> f32, java.util.function.Function<Inputs, double[]> f64, PairFn ref) {
        for (Size size : sizes(false)) {
            Inputs in = draw(name, prec, size, vars(dx, dy));
            double[] got = prec == Prec.F32 ? TestData.toDouble(f32.apply(in)) : f64.apply(in);
            Check.sum(name + " on " + t, in, got, Ref.sum(new Walk(in, false, d, ref)));
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("targetsAndPrecisions")
    void sums(Target t, Prec prec) {
        EdgeCaseKernels k = kernels(t);
        sum(t, prec, "sumOuterOnly: x * 2", 2, 1, 2, in -> k.sumOuterOnly(in.f(0), in.f(1)),
                in -> k.sumOuterOnly(in.d(0), in.d(1)), (p, o) -> {
                    o[0] = 2 * p.v(0)[0];
                    o[1] = 2 * p.v(0)[1];
                });
        sum(t, prec, "sumInnerOnly: y * y", 1, 2, 2, in -> k.sumInnerOnly(in.f(0), in.f(1)),
                in -> k.sumInnerOnly(in.d(0), in.d(1)), (p, o) -> {
                    o[0] = p.v(1)[0] * p.v(1)[0];
                    o[1] = p.v(1)[1] * p.v(1)[1];
                });
        sum(t, prec, "sumConstant: IntCst(3)", 1, 1, 1, in -> k.sumConstant(in.f(0), in.f(1)),
                in -> k.sumConstant(in.d(0), in.d(1)), (p, o) -> o[0] = 3);
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("targetsAndPrecisions")
    void argReductionsWithEveryPairTied(Target t, Prec prec) {
        EdgeCaseKernels k = kernels(t);
        for (Size size : sizes(false)) {
            Inputs in = draw("minArgMinOuterOnly", prec, size, vars(2, 1));
            double[] v;
            int[] i;
            if (prec == Prec.F32) {
                FloatArgResult r = k.minArgMinOuterOnly(in.f(0), in.f(1));
                v = TestData.toDouble(r.values());
                i = r.indices();
            } else {
                DoubleArgResult r = k.minArgMinOuterOnly(in.d(0), in.d(1));
                v = r.values();
                i = r.indices();
            }
            Walk w = new Walk(in, false, 2, (p, o) -> System.arraycopy(p.v(0), 0, o, 0, 2));
            Check.best("minArgMinOuterOnly: x on " + t, in, v, i, Ref.best(w, false), w, true);

            in = draw("maxArgMaxOuterOnlyOverI", prec, size, vars(1, 2));
            if (prec == Prec.F32) {
                FloatArgResult r = k.maxArgMaxOuterOnlyOverI(in.f(0), in.f(1));
                v = TestData.toDouble(r.values());
                i = r.indices();
            } else {
                DoubleArgResult r = k.maxArgMaxOuterOnlyOverI(in.d(0), in.d(1));
                v = r.values();
                i = r.indices();
            }
            w = new Walk(in, true, 2, (p, o) -> System.arraycopy(p.v(1), 0, o, 0, 2));
            Check.best("maxArgMaxOuterOnlyOverI: y over i on " + t, in, v, i, Ref.best(w, true), w, true);
        }
        for (Size size : sizes(true)) {
            Inputs in = draw("kMinOuterOnly", prec, size, vars(2, 1));
            double[] v;
            int[] i;
            if (prec == Prec.F32) {
                FloatArgResult r = k.kMinOuterOnly(in.f(0), in.f(1));
                v = TestData.toDouble(r.values());
                i = r.indices();
            } else {
                DoubleArgResult r = k.kMinOuterOnly(in.d(0), in.d(1));
                v = r.values();
                i = r.indices();
            }
            Walk w = new Walk(in, false, 2, (p, o) -> System.arraycopy(p.v(0), 0, o, 0, 2));
            Check.kMin("kMinOuterOnly: x on " + t, in, v, i, Ref.kMin(w, 3), w, true);

            in = draw("argKMinConstant", prec, size, vars(1, 1));
            i = prec == Prec.F32 ? k.argKMinConstant(in.f(0), in.f(1)) : k.argKMinConstant(in.d(0), in.d(1));
            w = new Walk(in, false, 1, (p, o) -> o[0] = -1);
            Check.kMin("argKMinConstant: IntCst(-1) on " + t, in, null, i, Ref.kMin(w, 3), w, true);
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("targetsAndPrecisions")
    void expReductions(Target t, Prec prec) {
        EdgeCaseKernels k = kernels(t);
        for (Size size : sizes(false)) {
            Inputs in = draw("lseOuterOnly", prec, size, vars(2, 1));
            double[] got = prec == Prec.F32 ? TestData.toDouble(k.lseOuterOnly(in.f(0), in.f(1)))
                    : k.lseOuterOnly(in.d(0), in.d(1));
            Check.lse("lseOuterOnly: Elem(x, 0) on " + t, in, got,
                    Ref.exp(new Walk(in, false, 1, (p, o) -> o[0] = p.v(0)[0]), null));

            in = draw("softmaxConstant", prec, size, vars(1, 2));
            got = prec == Prec.F32 ? TestData.toDouble(k.softmaxConstant(in.f(0), in.f(1)))
                    : k.softmaxConstant(in.d(0), in.d(1));
            Check.softmax("softmaxConstant: IntCst(5), weight y on " + t, in, got,
                    Ref.exp(new Walk(in, false, 1, (p, o) -> o[0] = 5),
                            new Walk(in, false, 2, (p, o) -> System.arraycopy(p.v(1), 0, o, 0, 2))));

            in = draw("lseOuterWeight", prec, size, vars(2, 1));
            got = prec == Prec.F32 ? TestData.toDouble(k.lseOuterWeight(in.f(0), in.f(1)))
                    : k.lseOuterWeight(in.d(0), in.d(1));
            Check.lse("lseOuterWeight: y, weight Abs(x) + 1 on " + t, in, got,
                    Ref.exp(new Walk(in, false, 1, (p, o) -> o[0] = p.v(1)[0]),
                            new Walk(in, false, 2, (p, o) -> {
                                o[0] = Math.abs(p.v(0)[0]) + 1;
                                o[1] = Math.abs(p.v(0)[1]) + 1;
                            })));
        }
    }

    /** K = 1 and K = 16 (more than the lanes of a vector), on integer data full of ties. */
    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("targetsAndPrecisions")
    void smallAndLargeK(Target t, Prec prec) {
        EdgeCaseKernels k = kernels(t);
        List<Var> ints = List.of(Var.vi("x", 2, Gen.ints(-3, 3)), Var.vj("y", 2, Gen.ints(-3, 3)));
        for (Size size : sizes(false)) {
            Inputs in = Inputs.draw(prec, TestData.seed("kMin1", prec, size.m(), size.n()), size.m(), size.n(), ints,
                    Tweak.NONE);
            double[] v;
            int[] i;
            if (prec == Prec.F32) {
                FloatArgResult r = k.kMin1(in.f(0), in.f(1));
                v = TestData.toDouble(r.values());
                i = r.indices();
            } else {
                DoubleArgResult r = k.kMin1(in.d(0), in.d(1));
                v = r.values();
                i = r.indices();
            }
            Walk w = new Walk(in, false, 1, (p, o) -> o[0] = WorkedExamplesTest.sqDist(p.v(0), p.v(1)));
            Check.kMin("kMin1: SqDist(x, y), k = 1 on " + t, in, v, i, Ref.kMin(w, 1), w, true);
        }
        for (Size size : List.of(new Size(0, 7), new Size(16, 1), new Size(16, 16), new Size(207, 7),
                new Size(1023, 207), new Size(40, 0))) {
            Inputs in = Inputs.draw(prec, TestData.seed("kMin16", prec, size.m(), size.n()), size.m(), size.n(), ints,
                    Tweak.NONE);
            double[] v;
            int[] i;
            if (prec == Prec.F32) {
                FloatArgResult r = k.kMin16OverI(in.f(0), in.f(1));
                v = TestData.toDouble(r.values());
                i = r.indices();
            } else {
                DoubleArgResult r = k.kMin16OverI(in.d(0), in.d(1));
                v = r.values();
                i = r.indices();
            }
            Walk w = new Walk(in, true, 2, (p, o) -> {
                o[0] = p.v(0)[0] - p.v(1)[0];
                o[1] = p.v(0)[1] - p.v(1)[1];
            });
            Check.kMin("kMin16OverI: x - y, k = 16 over i on " + t, in, v, i, Ref.kMin(w, 16), w, true);
        }
    }
}
