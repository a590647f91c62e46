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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Symbolic gradients in {@code @Formula} ({@link GradientKernels}) on every backend under test,
 * float32 and float64, against the analytic gradients in float64: the expansion happens at build
 * time, so each backend runs plain generated code.
 */
class GradientTest {
    private static final Gen U = Gen.uniform(-2, 2);
    private static final Gen G = Gen.uniform(0.2, 2);

    static Stream<Arguments> backendsAndPrecisions() {
        return Backends.withPrecisions();
    }

    private static GradientKernels kernels(Target b) {
        return new GradientKernelsImpl(Backends.runtime(b));
    }

    private static Inputs draw(String name, Prec prec, Size size, List<Var> vars) {
        return Inputs.draw(prec, TestData.seed(name, prec, size.m(), size.n()), size.m(), size.n(), vars, Tweak.NONE);
    }

    private static List<Var> gaussVars(Var last) {
        return List.of(Var.vi("x", 3, U), Var.vj("y", 3, U), Var.vj("b", 1, U), Var.pm("g", 1, G), last);
    }

    /** K = exp(-g |x - y|^2) at a pair; variables x, y, b, g at 0..3. */
    private static double kernel(Ref.Pair p) {
        return Math.exp(-p.s(3) * WorkedExamplesTest.sqDist(p.v(0), p.v(1)));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void gradientWithRespectToX(Target backend, Prec prec) {
        GradientKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("gaussGradX", prec, size, gaussVars(Var.vi("e", 1, U)));
            double[] got = prec == Prec.F32
                    ? TestData.toDouble(k.gaussGradX(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4)))
                    : k.gaussGradX(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4));
            // d/dx [K b] e = -2 g (x - y) K b e
            Check.sum("Grad(Exp(-g * SqDist(x, y)) * b, x, e) on " + backend, in, got,
                    Ref.sum(new Walk(in, false, 3, (p, o) -> {
                        double c = -2 * p.s(3) * kernel(p) * p.s(2) * p.s(4);
                        for (int l = 0; l < 3; l++) {
                            o[l] = c * (p.v(0)[l] - p.v(1)[l]);
                        }
                    })));
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void gradientWithRespectToY(Target backend, Prec prec) {
        GradientKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("gaussGradY", prec, size, gaussVars(Var.vi("e", 1, U)));
            double[] got = prec == Prec.F32
                    ? TestData.toDouble(k.gaussGradY(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4)))
                    : k.gaussGradY(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4));
            Check.sum("Grad(Exp(-g * SqDist(x, y)) * b, y, e) on " + backend, in, got,
                    Ref.sum(new Walk(in, false, 3, (p, o) -> {
                        double c = 2 * p.s(3) * kernel(p) * p.s(2) * p.s(4);
                        for (int l = 0; l < 3; l++) {
                            o[l] = c * (p.v(0)[l] - p.v(1)[l]);
                        }
                    })));
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void jacobianVectorProduct(Target backend, Prec prec) {
        GradientKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("gaussDiff", prec, size, gaussVars(Var.vi("u", 3, U)));
            double[] got = prec == Prec.F32
                    ? TestData.toDouble(k.gaussDiff(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4)))
                    : k.gaussDiff(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4));
            Check.sum("Diff(Exp(-g * SqDist(x, y)) * b, x, u) on " + backend, in, got,
                    Ref.sum(new Walk(in, false, 1, (p, o) -> {
                        double dot = 0;
                        for (int l = 0; l < 3; l++) {
                            dot += (p.v(0)[l] - p.v(1)[l]) * p.v(4)[l];
                        }
                        o[0] = -2 * p.s(3) * kernel(p) * p.s(2) * dot;
                    })));
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void laplacian(Target backend, Prec prec) {
        GradientKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            Inputs in = draw("gaussLaplacian", prec, size, List.of(Var.vi("x", 3, U), Var.vj("y", 3, U),
                    Var.vj("b", 1, U), Var.pm("g", 1, G)));
            double[] got = prec == Prec.F32
                    ? TestData.toDouble(k.gaussLaplacian(in.f(0), in.f(1), in.f(2), in.fs(3)))
                    : k.gaussLaplacian(in.d(0), in.d(1), in.d(2), in.ds(3));
            // Laplacian of exp(-g r^2) in 3 dimensions: (4 g^2 r^2 - 6 g) exp(-g r^2)
            Check.sum("Laplacian(Exp(-g * SqDist(x, y)), x) * b on " + backend, in, got,
                    Ref.sum(new Walk(in, false, 1, (p, o) -> {
                        double g = p.s(3);
                        double r2 = WorkedExamplesTest.sqDist(p.v(0), p.v(1));
                        o[0] = (4 * g * g * r2 - 6 * g) * kernel(p) * p.s(2);
                    })));
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("backendsAndPrecisions")
    void gradientThroughMax(Target backend, Prec prec) {
        GradientKernels k = kernels(backend);
        for (Size size : TestData.SWEEP) {
            // integer data: exact products, frequent ties between components (the first one wins)
            Inputs in = draw("maxGrad", prec, size, List.of(Var.vi("x", 3, Gen.ints(-2, 2)),
                    Var.vj("y", 3, Gen.ints(-2, 2)), Var.vi("e", 1, U)));
            double[] got = prec == Prec.F32 ? TestData.toDouble(k.maxGrad(in.f(0), in.f(1), in.f(2)))
                    : k.maxGrad(in.d(0), in.d(1), in.d(2));
            // the first component achieving max(x * y) takes e * y
            Check.sum("Grad(Max(x * y), x, e) on " + backend, in, got, Ref.sum(new Walk(in, false, 3, (p, o) -> {
                double[] v = new double[3];
                int best = 0;
                for (int l = 0; l < 3; l++) {
                    v[l] = p.v(0)[l] * p.v(1)[l];
                    if (v[l] > v[best]) {
                        best = l;
                    }
                }
                for (int l = 0; l < 3; l++) {
                    o[l] = l == best ? p.s(2) * p.v(1)[l] : 0;
                }
            })));
        }
    }
}
