package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelParam;
import org.jkeops.runtime.KernelRuntime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The partial companions ({@code KernelMethod.callPart}) of SUM_SOFTMAX_WEIGHT (each row's values,
 * then its running maximum and sum of exponentials) on every backend under test, OpenCL included:
 * the reduced axis cut into three parts, each part's rows merged by {@code mergeParts} as a
 * distributed engine merges them, against the method's own call on the whole axis. Over j and over
 * i, float32 and float64, returned and {@code @Out}; the weight reads an i-variable too. On the CPU
 * backends the companion's values on the whole axis are the method's bit for bit (the same loop,
 * two stores more); merged parts agree to rounding (2e-5 relative in float32, 1e-12 in float64: a
 * float32 rounding of each part's value and of the merge on top of the single pass's). ARG_MIN,
 * ARG_MAX and ARG_K_MIN likewise: their parts' indices, merged on their values, exactly.
 */
class PartialCompanionTest {
    private static final int OUTER = 7;
    private static final int REDUCED = 1_001;
    private static final int[] CUTS = {0, 300, 700, REDUCED};

    static List<Arguments> cases() {
        List<Arguments> c = new ArrayList<>();
        for (Backends.Target t : Backends.underTest()) {
            for (KernelMethod<?> m : List.of(ReductionKernelsMethods.SOFTMAX_0, ReductionKernelsMethods.SOFTMAX_1,
                    ReductionKernelsMethods.SOFTMAX_OVER_I_0, ReductionKernelsMethods.SOFTMAX_OVER_I_1,
                    ReductionKernelsMethods.SOFTMAX_OUT_0, ReductionKernelsMethods.SOFTMAX_OUT_1)) {
                c.add(Arguments.of(t, m));
            }
        }
        return c;
    }

    static List<Arguments> argCases() {
        List<Arguments> c = new ArrayList<>();
        for (Backends.Target t : Backends.underTest()) {
            for (KernelMethod<?> m : List.of(ReductionKernelsMethods.ARG_MIN_0, ReductionKernelsMethods.ARG_MIN_1,
                    ReductionKernelsMethods.ARG_MAX_0, ReductionKernelsMethods.ARG_MAX_1,
                    ReductionKernelsMethods.ARG_KMIN_0, ReductionKernelsMethods.ARG_KMIN_1,
                    ReductionKernelsMethods.ARG_MAX_OVER_I_1, ReductionKernelsMethods.ARG_KMIN_OVER_I_0)) {
                c.add(Arguments.of(t, m));
            }
        }
        return c;
    }

    private static int rows(KernelMethod<?> method, KernelParam.Axis axis) {
        return axis == method.inner() ? REDUCED : OUTER;
    }

    /** Arguments with every reduced-axis array cut to [from, to) and {@code @Out} arrays of {@code width} per row. */
    private static Object[] args(KernelMethod<?> method, long seed, int from, int to, int width) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Object[] a = new Object[method.params().size()];
        for (int p = 0; p < a.length; p++) {
            KernelParam prm = method.params().get(p);
            int n = switch (prm.kind()) {
                case VALUES -> prm.axis() == KernelParam.Axis.P ? prm.dim() : rows(method, prm.axis()) * prm.dim();
                case OUT_VALUES -> OUTER * width;
                default -> 0;
            };
            double[] d = new double[n];
            for (int q = 0; q < n; q++) {
                d[q] = prm.kind() == KernelParam.Kind.OUT_VALUES ? Double.NaN : 2 * rnd.nextDouble() - 1;
            }
            if (prm.kind() == KernelParam.Kind.VALUES && prm.axis() == method.inner()) {
                d = java.util.Arrays.copyOfRange(d, from * prm.dim(), to * prm.dim());
            }
            a[p] = switch (prm.kind()) {
                case SCALAR -> method.usesDouble() ? (Object) 0.25 : (Object) 0.25f;
                case VALUES, OUT_VALUES -> method.usesDouble() ? d : TestData.toFloat(d);
                default -> throw new AssertionError(prm);
            };
        }
        return a;
    }

    private static double[] toDouble(Object values) {
        return values instanceof double[] d ? d : TestData.toDouble((float[]) values);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void partsMergedByTheirNormalisersGiveTheWholeAxisResult(Backends.Target target, KernelMethod<?> method) {
        KernelRuntime rt = Backends.runtime(target);
        int width = method.outputWidth();
        assertEquals(width + 2, method.partWidth(), method.toString());
        double[] whole = toDouble(method.call(rt, args(method, 11, 0, REDUCED, width)).values());
        double[] wholePart = toDouble(method.callPart(rt, args(method, 11, 0, REDUCED, width + 2)).values());
        Object[] valueParts = method.usesDouble() ? new double[CUTS.length - 1][] : new float[CUTS.length - 1][];
        for (int p = 0; p + 1 < CUTS.length; p++) {
            Object part = method.callPart(rt, args(method, 11, CUTS[p], CUTS[p + 1], width + 2)).values();
            java.lang.reflect.Array.set(valueParts, p, part);
        }
        Object out = method.usesDouble() ? new double[OUTER * width] : new float[OUTER * width];
        method.mergeParts(valueParts, null, out, null, OUTER);
        double[] merged = toDouble(out);
        double tol = method.usesDouble() ? 1e-12 : 2e-5;
        double[] wholeValues = new double[OUTER * width];
        for (int r = 0; r < OUTER; r++) {
            System.arraycopy(wholePart, r * (width + 2), wholeValues, r * width, width);
            assertTrue(wholePart[r * (width + 2) + width + 1] >= 1, target + " " + method + ": row " + r
                    + ": the sum of exp(v - max) counts the maximum's term once at least");
        }
        if (target.backend() != Backend.OPENCL) {
            assertArrayEquals(whole, wholeValues, target + " " + method + ": the companion's values on the whole axis");
        }
        for (int q = 0; q < whole.length; q++) {
            assertTrue(Math.abs(whole[q] - merged[q]) <= tol * (1 + Math.abs(whole[q])), target + " " + method
                    + ": element " + q + ": whole axis " + whole[q] + ", three parts merged " + merged[q]);
            assertTrue(Math.abs(whole[q] - wholeValues[q]) <= tol * (1 + Math.abs(whole[q])), target + " " + method
                    + ": element " + q + ": method " + whole[q] + ", companion " + wholeValues[q]);
        }
    }

    /**
     * ARG_MIN, ARG_MAX and ARG_K_MIN: the companion (MIN_ARG_MIN, MAX_ARG_MAX, K_MIN_ARG_K_MIN)
     * returns the method's indices with their values; three parts' indices made global and merged
     * by {@code mergeParts} on their values are the whole axis's indices exactly.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("argCases")
    void argPartsMergedByTheirValuesGiveTheWholeAxisIndices(Backends.Target target, KernelMethod<?> method) {
        KernelRuntime rt = Backends.runtime(target);
        int width = method.outputWidth();
        assertEquals(width, method.partWidth(), method.toString());
        int[] whole = method.call(rt, args(method, 13, 0, REDUCED, width)).indices();
        org.jkeops.runtime.KernelOutput wholePart = method.callPart(rt, args(method, 13, 0, REDUCED, width));
        assertArrayEquals(whole, wholePart.indices(), target + " " + method + ": the companion's indices on the whole axis");
        assertEquals(whole.length, java.lang.reflect.Array.getLength(wholePart.values()), target + " " + method + ": values");
        Object[] valueParts = method.usesDouble() ? new double[CUTS.length - 1][] : new float[CUTS.length - 1][];
        int[][] indexParts = new int[CUTS.length - 1][];
        for (int p = 0; p + 1 < CUTS.length; p++) {
            org.jkeops.runtime.KernelOutput part = method.callPart(rt, args(method, 13, CUTS[p], CUTS[p + 1], width));
            java.lang.reflect.Array.set(valueParts, p, part.values());
            indexParts[p] = part.indices();
            for (int q = 0; q < indexParts[p].length; q++) {
                indexParts[p][q] += indexParts[p][q] >= 0 ? CUTS[p] : 0;
            }
        }
        int[] merged = new int[OUTER * width];
        method.mergeParts(valueParts, indexParts, null, merged, OUTER);
        assertArrayEquals(whole, merged, target + " " + method + ": three parts merged");
    }
}
