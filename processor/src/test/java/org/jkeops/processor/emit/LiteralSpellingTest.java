package org.jkeops.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jkeops.processor.plan.Precision;
import org.junit.jupiter.api.Test;

/**
 * Literals are spelled from the value in the kernel's precision: a float32 kernel narrows a
 * folded float64 constant first, so one past float's range is an infinity (it was
 * {@code Infinityf}, which neither Java nor OpenCL C compiles) and one below it a signed zero.
 */
class LiteralSpellingTest {
    @Test
    void float32ConstantsPastFloatRangeAreInfinities() {
        double big = Math.exp(100); // 2.7e43: finite in float64, +inf in float32
        assertEquals("Float.POSITIVE_INFINITY", Precision.FLOAT.literal(big));
        assertEquals("Float.NEGATIVE_INFINITY", Precision.FLOAT.literal(-big));
        assertEquals("Float.POSITIVE_INFINITY", Precision.FLOAT.literal(1e20 * 1e20));
        assertEquals("Float.POSITIVE_INFINITY", Precision.FLOAT.literal(Double.POSITIVE_INFINITY));
        assertEquals("Float.NaN", Precision.FLOAT.literal(Double.NaN));
        assertEquals("2.6881171418161356E43", Precision.DOUBLE.literal(big));
        assertEquals("Double.NEGATIVE_INFINITY", Precision.DOUBLE.literal(Double.NEGATIVE_INFINITY));
        assertEquals("Double.NaN", Precision.DOUBLE.literal(Double.NaN));
        assertEquals("3.4028235E38f", Precision.FLOAT.literal(Float.MAX_VALUE));

        assertEquals("INFINITY", OpenClEmitter.literal(big, true));
        assertEquals("(-INFINITY)", OpenClEmitter.literal(-big, true));
        assertEquals("nan(0U)", OpenClEmitter.literal(Double.NaN, true));
        assertEquals("2.6881171418161356e43", OpenClEmitter.literal(big, false));
        assertEquals("(-INFINITY)", OpenClEmitter.literal(Double.NEGATIVE_INFINITY, false));
    }

    @Test
    void negativeZerosKeepTheirSign() {
        assertEquals("-0.0", Precision.DOUBLE.literal(-0.0));
        assertEquals("0.0", Precision.DOUBLE.literal(0.0));
        assertEquals("-0.0f", Precision.FLOAT.literal(-0.0));
        assertEquals("-0.0f", Precision.FLOAT.literal(-1e-50)); // underflows to -0 in float32
        assertEquals("0.0f", Precision.FLOAT.literal(1e-50));
        assertEquals("(-0.0f)", OpenClEmitter.literal(-1e-50, true));
        assertEquals("(-0.0)", OpenClEmitter.literal(-0.0, false));
        assertEquals("(-0.0f)", ScalarJavaEmitter.literal(Precision.FLOAT, -1e-50));
    }
}
