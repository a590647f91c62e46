package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.Set;
import org.jkeops.it.Ref.ArgRef;
import org.jkeops.it.Ref.ExpRef;
import org.jkeops.it.Ref.KRef;
import org.jkeops.it.Ref.SumRef;
import org.jkeops.it.Ref.Walk;
import org.jkeops.it.TestData.Inputs;

/**
 * Tolerance assertions of kernel outputs against the float64 reference. Every message names the
 * kernel, the backend, the sizes and the seed. Rows the reference marked ambiguous (a value at a
 * discontinuity) are skipped, but at most a tenth of them, so no comparison is vacuous.
 */
final class Check {
    private Check() {
    }

    /** got within tol of expected; infinities and NaN must match exactly. */
    static boolean close(double got, double expected, double tol) {
        if (Double.isNaN(expected)) {
            return Double.isNaN(got);
        }
        if (Double.isInfinite(expected)) {
            return got == expected;
        }
        return Math.abs(got - expected) <= tol;
    }

    private static String where(String what, Inputs in, int row, int comp) {
        return what + " [" + in + "] row " + row + " component " + comp;
    }

    private static void skipped(String what, Inputs in, int skipped, int rows) {
        assertTrue(skipped * 10 <= rows, what + " [" + in + "]: " + skipped + " of " + rows
                + " rows met a discontinuity; the inputs of this test must avoid kinks");
    }

    /** SUM: |got - ref| <= rtol * (sum |F| + N), i.e. per term rtol relative plus rtol absolute. */
    static void sum(String what, Inputs in, double[] got, SumRef ref) {
        assertEquals(ref.value().length, got.length, what + " [" + in + "]: output length");
        int rows = ref.ambiguousRow().length;
        int d = ref.d();
        int skip = 0;
        for (int r = 0; r < rows; r++) {
            if (ref.ambiguousRow()[r]) {
                skip++;
                continue;
            }
            for (int c = 0; c < d; c++) {
                int at = r * d + c;
                double tol = in.prec.rtol * (ref.magnitude()[at] + ref.cols());
                if (!close(got[at], ref.value()[at], tol)) {
                    fail(where(what, in, r, c) + ": got " + got[at] + ", expected " + ref.value()[at]
                            + " (tolerance " + tol + ")");
                }
            }
        }
        skipped(what, in, skip, rows);
    }

    /**
     * MIN / MAX / ARG_*: values within rtol * (|ref| + 1); indices equal to the reference's (the
     * first index of the best value). With {@code exact} false (float data where two values may
     * be within rounding of each other), another index is accepted when its reference value is
     * within tolerance of the best.
     */
    static void best(String what, Inputs in, double[] gotVal, int[] gotIdx, ArgRef ref, Walk w,
            boolean exact) {
        int rows = ref.ambiguousRow().length;
        int d = ref.d();
        if (gotVal != null) {
            assertEquals(ref.value().length, gotVal.length, what + " [" + in + "]: values length");
        }
        if (gotIdx != null) {
            assertEquals(ref.index().length, gotIdx.length, what + " [" + in + "]: indices length");
        }
        int skip = 0;
        for (int r = 0; r < rows; r++) {
            if (ref.ambiguousRow()[r]) {
                skip++;
                continue;
            }
            for (int c = 0; c < d; c++) {
                int at = r * d + c;
                double expected = ref.value()[at];
                double tol = in.prec.rtol * (Math.abs(expected) + 1);
                if (gotVal != null && !close(gotVal[at], expected, tol)) {
                    fail(where(what, in, r, c) + ": value " + gotVal[at] + ", expected " + expected
                            + " (tolerance " + tol + ")");
                }
                if (gotIdx != null) {
                    checkIndex(what, in, r, c, gotIdx[at], ref.index()[at], expected, tol, w, exact);
                }
            }
        }
        skipped(what, in, skip, rows);
    }

    private static void checkIndex(String what, Inputs in, int r, int c, int got, int expected,
            double expectedValue, double tol, Walk w, boolean exact) {
        if (got == expected) {
            return;
        }
        if (exact || expected < 0 || got < 0 || got >= w.cols() || !w.kept(r, got)) {
            fail(where(what, in, r, c) + ": index " + got + ", expected " + expected);
        }
        double v = w.at(r, got)[c];
        if (!close(v, expectedValue, tol)) {
            fail(where(what, in, r, c) + ": index " + got + " (reference value " + v
                    + "), expected " + expected + " (value " + expectedValue + ")");
        }
    }

    /** K_MIN family: per slot as {@link #best}, and the indices of one row and component distinct. */
    static void kMin(String what, Inputs in, double[] gotVal, int[] gotIdx, KRef ref, Walk w,
            boolean exact) {
        int k = ref.k();
        int d = ref.d();
        int rows = w.rows();
        if (gotVal != null) {
            assertEquals(ref.value().length, gotVal.length, what + " [" + in + "]: values length");
        }
        if (gotIdx != null) {
            assertEquals(ref.index().length, gotIdx.length, what + " [" + in + "]: indices length");
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < d; c++) {
                Set<Integer> seen = new HashSet<>();
                for (int kk = 0; kk < k; kk++) {
                    int at = (r * k + kk) * d + c;
                    double expected = ref.value()[at];
                    double tol = in.prec.rtol * (Math.abs(expected) + 1);
                    String slot = what + " slot " + kk;
                    if (gotVal != null && !close(gotVal[at], expected, tol)) {
                        fail(where(slot, in, r, c) + ": value " + gotVal[at] + ", expected " + expected
                                + " (tolerance " + tol + ")");
                    }
                    if (gotIdx != null) {
                        checkIndex(slot, in, r, c, gotIdx[at], ref.index()[at], expected, tol, w, exact);
                        if (gotIdx[at] >= 0 && !seen.add(gotIdx[at])) {
                            fail(where(slot, in, r, c) + ": index " + gotIdx[at] + " appears twice");
                        }
                    }
                }
            }
        }
    }

    /**
     * LOG_SUM_EXP: max F + log(sum): the log part within rtol * (1 + |log part|), plus 8 ulps of
     * the result in the kernel's precision for the max (|F| may be ~1000); -inf exactly.
     */
    static void lse(String what, Inputs in, double[] got, ExpRef ref) {
        assertEquals(ref.lse().length, got.length, what + " [" + in + "]: output length");
        int w = ref.width();
        for (int at = 0; at < got.length; at++) {
            double expected = ref.lse()[at];
            double ulp = in.prec == TestData.Prec.F32 ? Math.ulp((float) expected) : Math.ulp(expected);
            double tol = in.prec.rtol * (1 + Math.abs(expected - ref.max()[at / w])) + 8 * ulp;
            if (!close(got[at], ref.lse()[at], tol)) {
                fail(where(what, in, at / w, at % w) + ": got " + got[at] + ", expected "
                        + ref.lse()[at] + " (tolerance " + tol + ")");
            }
        }
    }

    /** SUM_SOFTMAX_WEIGHT: within rtol * (softmax mean of |G| + |ref|). */
    static void softmax(String what, Inputs in, double[] got, ExpRef ref) {
        assertEquals(ref.softmax().length, got.length, what + " [" + in + "]: output length");
        int w = ref.width();
        for (int at = 0; at < got.length; at++) {
            double tol = in.prec.rtol * (ref.scale()[at] + Math.abs(ref.softmax()[at]));
            if (!close(got[at], ref.softmax()[at], tol)) {
                fail(where(what, in, at / w, at % w) + ": got " + got[at] + ", expected "
                        + ref.softmax()[at] + " (tolerance " + tol + ")");
            }
        }
    }
}
