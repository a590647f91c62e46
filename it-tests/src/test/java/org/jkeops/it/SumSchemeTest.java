package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.Ref.PairFn;
import org.jkeops.it.SumCase.D3;
import org.jkeops.it.SumCase.F3;
import org.jkeops.it.TestData.Gen;
import org.jkeops.it.TestData.Prec;
import org.jkeops.it.TestData.Var;
import org.jkeops.runtime.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sum schemes of SUM (BLOCK, KAHAN, DIRECT, DOUBLE, and AUTO = BLOCK for float32, DIRECT
 * for float64): each agrees with the float64 reference over the size sweep, and on a long sum of
 * exact float32 terms each has the accuracy it promises (DOUBLE and KAHAN within an ulp or two).
 */
class SumSchemeTest {
    private static final Gen U = Gen.uniform(-2, 2);
    private static final PairFn F = (p, o) -> {
        o[0] = p.v(0)[0] * p.v(1)[0] - p.s(2);
        o[1] = p.v(0)[1] * p.v(1)[1] - p.s(2);
    };

    private static SumCase<SumSchemeKernels> c(String name, F3<SumSchemeKernels> f, D3<SumSchemeKernels> g) {
        return SumCase.xyz(name + ": x * y - b", 2, Var.vi("x", 2, U), Var.vj("y", 2, U), Var.vj("b", 1, U), f, g, F)
                .sizes(TestData.SWEEP_BIG);
    }

    static final List<SumCase<SumSchemeKernels>> CASES = List.of(
            c("auto", SumSchemeKernels::auto, SumSchemeKernels::auto),
            c("block", SumSchemeKernels::block, SumSchemeKernels::block),
            c("kahan", SumSchemeKernels::kahan, SumSchemeKernels::kahan),
            c("direct", SumSchemeKernels::direct, SumSchemeKernels::direct),
            c("dbl", SumSchemeKernels::dbl, SumSchemeKernels::dbl));

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Target b : Backends.underTest()) {
            for (Prec p : Prec.values()) {
                for (SumCase<SumSchemeKernels> c : CASES) {
                    all.add(Arguments.of(b, p, c));
                }
            }
        }
        return all.stream();
    }

    static Stream<Target> backends() {
        return Backends.underTest().stream();
    }

    @ParameterizedTest(name = "{2} {1} {0}")
    @MethodSource("cases")
    void agreesWithReference(Target backend, Prec prec, SumCase<SumSchemeKernels> c) {
        c.run(new SumSchemeKernelsImpl(Backends.runtime(backend)), backend, prec);
    }

    /** N not a multiple of the block size, so the last block is partial. */
    private static final int LONG_N = (1 << 17) + 3;

    private static double exactSum(float[] b) {
        BigDecimal s = BigDecimal.ZERO;
        for (float v : b) {
            s = s.add(new BigDecimal(v));
        }
        return s.doubleValue();
    }

    /** |got - exact| in ulps of the float32 result. */
    private static double ulps(float got, double exact) {
        return Math.abs(got - exact) / Math.ulp((float) exact);
    }

    private static float[] sums(SumSchemeKernels k, String scheme, float[] x, float[] b) {
        return switch (scheme) {
            case "AUTO" -> k.sumOfBAuto(x, b);
            case "BLOCK" -> k.sumOfBBlock(x, b);
            case "KAHAN" -> k.sumOfBKahan(x, b);
            case "DIRECT" -> k.sumOfBDirect(x, b);
            case "DOUBLE" -> k.sumOfBDouble(x, b);
            default -> throw new IllegalArgumentException(scheme);
        };
    }

    /**
     * 2^17 + 3 float32 terms: random ones in [0, 1), and the constant 0.1f (where a plain float
     * running sum drifts by a systematic rounding error). DOUBLE rounds the exact sum once (within
     * 1 ulp); KAHAN is within 2 ulps; BLOCK and DIRECT within their error bounds; DIRECT must be
     * visibly worse than KAHAN on the constant terms (the scheme is really applied); AUTO is BLOCK.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void float32Accuracy(Target backend) {
        SumSchemeKernels k = new SumSchemeKernelsImpl(Backends.runtime(backend));
        long seed = TestData.seed("sumOfB", Prec.F32, 2, LONG_N);
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = {1, 2};
        float[] random = new float[LONG_N];
        for (int j = 0; j < LONG_N; j++) {
            random[j] = (float) r.nextDouble();
        }
        float[] constant = new float[LONG_N];
        Arrays.fill(constant, 0.1f);
        for (float[] b : List.of(random, constant)) {
            String data = (b == random ? "random terms, " + TestData.describe(seed) : "constant 0.1f terms") + ", N = "
                    + LONG_N + ", on " + backend;
            double exact = exactSum(b);
            double[] err = new double[5];
            String[] schemes = {"AUTO", "BLOCK", "KAHAN", "DIRECT", "DOUBLE"};
            for (int s = 0; s < schemes.length; s++) {
                float[] got = sums(k, schemes[s], x, b);
                assertEquals(2, got.length);
                assertEquals(got[0], got[1], schemes[s] + ": both rows sum the same terms, " + data);
                err[s] = ulps(got[0], exact);
                System.out.printf("sum of %s: %s error %.1f ulps%n", data, schemes[s], err[s]);
            }
            assertArrayEquals(sums(k, "BLOCK", x, b), sums(k, "AUTO", x, b), "AUTO is BLOCK for float32, " + data);
            assertTrue(err[4] <= 1, "DOUBLE: " + err[4] + " ulps, " + data);
            assertTrue(err[2] <= 2, "KAHAN: " + err[2] + " ulps, " + data);
            // bounds of a blocked and a plain running sum of positive terms: (B + N / B) eps and N eps
            double eps = Math.ulp(1f) / 2;
            double relBlock = Math.abs((double) sums(k, "BLOCK", x, b)[0] - exact) / exact;
            double relDirect = Math.abs((double) sums(k, "DIRECT", x, b)[0] - exact) / exact;
            assertTrue(relBlock <= (256 + LONG_N / 256.0) * eps, "BLOCK: relative error " + relBlock + ", " + data);
            assertTrue(relDirect <= LONG_N * eps, "DIRECT: relative error " + relDirect + ", " + data);
            if (b == constant && backend.backend() == Backend.SCALAR) {
                // on the scalar path DIRECT is literally one running float sum
                assertTrue(err[3] > 16 * Math.max(1, err[2]), "DIRECT (" + err[3] + " ulps) should drift on constant terms "
                        + "where KAHAN (" + err[2] + " ulps) does not, " + data);
                assertTrue(err[1] < err[3], "BLOCK (" + err[1] + " ulps) should beat DIRECT (" + err[3] + " ulps), " + data);
            }
        }
    }

    /**
     * KAHAN with one term far larger than the others, and with one output row (so that SIMD splits
     * the reduced index over threads and OpenCL over parts): within 2 ulps of the exact sum on every
     * backend. The SIMD lanes used to be merged, and the parts added, by plain addition, which lost
     * what the compensations kept (1e8 and 39 ones gave 1e8 on SIMD; one and 99,999 terms of 1e-8
     * were 47 ulps off on OpenCL).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void kahanKeepsSmallTermsBesideALargeOne(Target backend) {
        SumSchemeKernels k = new SumSchemeKernelsImpl(Backends.runtime(backend));
        for (int n : new int[] {40, 1_000, 100_003}) {
            for (int at : new int[] {0, n / 2}) {
                float[] b = new float[n];
                Arrays.fill(b, 1f);
                b[at] = 1e8f;
                double exact = exactSum(b);
                float got = k.sumOfBKahan(new float[] {1, 2}, b)[0];
                assertTrue(ulps(got, exact) <= 2, "KAHAN float32: " + got + " for exact " + exact + " (1e8 at " + at
                        + " among " + n + " ones) on " + backend);
                double[] d = new double[n];
                Arrays.fill(d, 1);
                d[at] = 1e16;
                double dgot = k.sumOfBKahan(new double[] {1, 2}, d)[0];
                double dexact = 1e16 + (n - 1);
                assertTrue(Math.abs(dgot - dexact) <= 2 * Math.ulp(dexact), "KAHAN float64: " + dgot + " for exact "
                        + dexact + " (1e16 at " + at + " among " + n + " ones) on " + backend);
            }
        }
        float[] small = new float[100_000];
        Arrays.fill(small, 1e-8f);
        small[0] = 1;
        float one = k.sumOfBKahan(new float[] {1}, small)[0];
        assertTrue(ulps(one, exactSum(small)) <= 2, "KAHAN float32, one row: " + one + " for exact " + exactSum(small)
                + " on " + backend);
    }

    /** float64: AUTO is DIRECT; KAHAN recovers the small terms that a plain double sum rounds away. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void float64Schemes(Target backend) {
        SumSchemeKernels k = new SumSchemeKernelsImpl(Backends.runtime(backend));
        long seed = TestData.seed("sumOfB", Prec.F64, 2, 4097);
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = {1, 2};
        double[] b = new double[4097];
        b[0] = 1e16; // every later term in [0, 1) is below half an ulp of 1e16 (ulp = 2)
        BigDecimal exact = new BigDecimal(b[0]);
        for (int j = 1; j < b.length; j++) {
            b[j] = r.nextDouble() * 0.99;
            exact = exact.add(new BigDecimal(b[j]));
        }
        String data = TestData.describe(seed) + " on " + backend;
        assertArrayEquals(k.sumOfBDirect(x, b), k.sumOfBAuto(x, b), "AUTO is DIRECT for float64, " + data);
        double direct = k.sumOfBDirect(x, b)[0];
        double kahan = k.sumOfBKahan(x, b)[0];
        double want = exact.doubleValue();
        assertTrue(Math.abs(kahan - want) <= 2 * Math.ulp(want), "KAHAN: " + kahan + " vs exact " + want + ", " + data);
        double bound = b.length * Math.ulp(want);
        assertTrue(Math.abs(direct - want) <= bound, "DIRECT: " + direct + " vs exact " + want + ", " + data);
        double dbl = k.sumOfBDouble(x, b)[0];
        assertTrue(Math.abs(dbl - want) <= bound, "DOUBLE: " + dbl + " vs exact " + want + ", " + data);
        if (backend.backend() == Backend.SCALAR) {
            // one running double sum: every term below half an ulp of 1e16 is rounded away
            assertEquals(1e16, direct, "DIRECT should lose the small terms, " + data);
        }
    }

    @Test
    void everyKernelHasACase() {
        List<String> names = new ArrayList<>(ElementwiseTest.methodNames(SumSchemeKernels.class));
        names.removeIf(n -> n.startsWith("sumOfB"));
        assertEquals(names, new ArrayList<>(ElementwiseTest.caseNames(CASES)));
    }
}
