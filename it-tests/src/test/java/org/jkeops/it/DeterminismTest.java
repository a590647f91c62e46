package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.TestData.Gen;
import org.jkeops.it.TestData.Inputs;
import org.jkeops.it.TestData.Prec;
import org.jkeops.it.TestData.Tweak;
import org.jkeops.it.TestData.Var;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DESIGN.md: results are deterministic for a given backend and thread count. The same call,
 * repeated until the JIT has compiled the kernel, must give bitwise the same result every time
 * (interpreted, C1 and C2 code must not sum lanes in different orders).
 */
class DeterminismTest {
    static Stream<Target> backends() {
        return Backends.underTest().stream();
    }

    private static final int CALLS = 3000;

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void repeatedFloatSumsAreBitwiseEqual(Target target) {
        SumSchemeKernels k = new SumSchemeKernelsImpl(Backends.runtime(target));
        long seed = TestData.seed("determinism", Prec.F32, 3, 4099);
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = {1, 2, 3};
        float[] b = new float[4099];
        for (int j = 0; j < b.length; j++) {
            b[j] = (float) r.nextDouble();
        }
        float[] first = k.sumOfBBlock(x, b);
        for (int call = 1; call < CALLS; call++) {
            assertArrayEquals(first, k.sumOfBBlock(x, b), "call " + call + " of sumOfBBlock on " + target
                    + ", " + TestData.describe(seed));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void repeatedReductionsAreBitwiseEqual(Target target) {
        ReductionKernels k = new ReductionKernelsImpl(Backends.runtime(target));
        Gen u = Gen.uniform(-2, 2);
        long seed = TestData.seed("determinism-lse", Prec.F32, 5, 1031);
        Inputs in = Inputs.draw(Prec.F32, seed, 5, 1031, List.of(Var.vi("x", 2, u), Var.vj("y", 2, u),
                Var.vj("b", 1, u), Var.pm("s", 1, u), Var.vj("v", 2, Gen.uniform(0.25, 2))), Tweak.NONE);
        float[] lse = k.lseWeighted(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4));
        float[] sum = k.sum(in.f(0), in.f(1), in.f(2));
        for (int call = 1; call < CALLS / 3; call++) {
            assertArrayEquals(lse, k.lseWeighted(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4)),
                    "call " + call + " of lseWeighted on " + target + ", " + TestData.describe(seed));
            assertArrayEquals(sum, k.sum(in.f(0), in.f(1), in.f(2)),
                    "call " + call + " of sum on " + target + ", " + TestData.describe(seed));
        }
    }

    /**
     * Transcendental lanes (exp, log, sin, acos, pow): the same bits before and after the JIT. The
     * SIMD kernels spell them with operations that round the same in every tier (processor
     * {@code VectorTranscendentals}), not with {@code lanewise(VectorOperators.EXP)} and the like,
     * which C2 computes with its own stubs and the interpreter with the scalar fallback.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void repeatedTranscendentalsAreBitwiseEqual(Target target) {
        ElementwiseKernels k = new ElementwiseKernelsImpl(Backends.runtime(target));
        Gen pos = Gen.uniform(0.1, 0.9);
        long seed = TestData.seed("determinism-math", Prec.F32, 3, 1031);
        Inputs in = Inputs.draw(Prec.F32, seed, 3, 1031, List.of(Var.vi("x", 3, pos), Var.vj("y", 3, pos)), Tweak.NONE);
        float[] x = in.f(0);
        float[] y = in.f(1);
        List<java.util.function.BinaryOperator<float[]>> kernels = List.of(k::exp, k::log, k::sin, k::cos, k::asin,
                k::acos, k::atan, k::atan2, k::xlogx, k::sinxdivx, k::powf);
        List<String> names = List.of("exp", "log", "sin", "cos", "asin", "acos", "atan", "atan2", "xlogx", "sinxdivx",
                "powf");
        float[][] first = new float[kernels.size()][];
        for (int f = 0; f < kernels.size(); f++) {
            first[f] = kernels.get(f).apply(x, y);
        }
        for (int call = 1; call < CALLS / 3; call++) {
            for (int f = 0; f < kernels.size(); f++) {
                assertArrayEquals(first[f], kernels.get(f).apply(x, y), "call " + call + " of " + names.get(f)
                        + " on " + target + ", " + TestData.describe(seed));
            }
        }
    }
}
