package org.jkeops.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.CodeBlock;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.UnaryOp;
import org.junit.jupiter.api.Test;

/** The vector code of the transcendental functions names its helper types as types, and counts its constants. */
class VectorTranscendentalsTest {
    /** The code as JavaPoet prints it outside a file: every type fully qualified. */
    private static String text(VectorTranscendentals.Code code) {
        StringBuilder sb = new StringBuilder();
        for (CodeBlock st : code.statements()) {
            sb.append(st).append(";\n");
        }
        return sb.append(code.result()).toString();
    }

    @Test
    void helperTypesAreTypeReferences() {
        for (boolean isFloat : new boolean[] {true, false}) {
            String log = text(VectorTranscendentals.unary(UnaryOp.LOG, "x", "o", isFloat, "S"));
            assertTrue(log.contains("jdk.incubator.vector.VectorOperators.LSHR"), log);
            String sin = text(VectorTranscendentals.unary(UnaryOp.SIN, "x", "o", isFloat, "S"));
            assertTrue(sin.contains("org.jkeops.cpu.internal.VectorMath.sinStrict(x)"), sin);
            assertTrue(sin.contains((isFloat ? "jdk.incubator.vector.FloatVector" : "jdk.incubator.vector.DoubleVector")
                    + ".broadcast(S, "), sin);
            String pow = text(VectorTranscendentals.binary(BinaryOp.POWF, "x", "y", "o", isFloat, "S"));
            assertEquals("org.jkeops.cpu.internal.VectorMath.powStrict(x, y)", pow);
            // a name that is only text would print unqualified
            assertFalse(log.replace("jdk.incubator.vector.VectorOperators.", "").contains("VectorOperators."), log);
        }
    }

    @Test
    void constantsAreTheDistinctLiterals() {
        // float32 Exp: log2 e, the magic number, ln 2 in two parts, 6 polynomial coefficients, 1,
        // +inf, the two thresholds and 0.
        assertEquals(14, VectorTranscendentals.constants(UnaryOp.EXP, true));
        assertEquals(0, VectorTranscendentals.constants(UnaryOp.ABS, true));
        assertTrue(VectorTranscendentals.constants(BinaryOp.ATAN2, false) > VectorTranscendentals.constants(UnaryOp.ATAN, false));
        assertEquals(1, VectorTranscendentals.weight(UnaryOp.ABS, true));
        assertTrue(VectorTranscendentals.weight(UnaryOp.LOG, true) > VectorTranscendentals.weight(UnaryOp.EXP, true));
    }
}
