package org.jkeops.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArgsTest {
    @Test
    void rowsDividesByDim() {
        assertEquals(4, Args.rows("x", new float[12], 3));
        assertEquals(0, Args.rows("x", new double[0], 3));
    }

    @Test
    void lengthNotMultipleOfDimNamesParameterAndSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Args.rows("x", new float[10], 3));
        assertTrue(e.getMessage().contains("x") && e.getMessage().contains("10") && e.getMessage().contains("3"), e.getMessage());
    }

    @Test
    void nullArrayNamesParameter() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Args.rows("y", (double[]) null, 3));
        assertEquals("y is null", e.getMessage());
    }

    @Test
    void disagreeingRowCountsNameBothParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Args.sameRows("Gauss.conv", "N", "y", 5, "b", 4));
        assertEquals("Gauss.conv: arrays indexed by j disagree on N: y has 5 rows, b has 4 rows", e.getMessage());
        Args.sameRows("Gauss.conv", "M", "x", 3, "z", 3);
    }

    @Test
    void parameterLength() {
        Args.paramLength("w", new float[3], 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Args.paramLength("w", new double[2], 3));
        assertTrue(e.getMessage().contains("w") && e.getMessage().contains("2") && e.getMessage().contains("3"), e.getMessage());
    }

    @Test
    void kLargerThanReducedRows() {
        Args.kFits("Gauss.knn", 10, 0, "N");
        Args.kFits("Gauss.knn", 10, 10, "N");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Args.kFits("Gauss.knn", 10, 9, "N"));
        assertEquals("Gauss.knn: k = 10 is larger than N = 9, the number of rows reduced over", e.getMessage());
    }

    @Test
    void outputThatDoesNotFitAnArray() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Args.outputLength("K.f", 100_000, 100_000));
        assertTrue(e.getMessage().contains("K.f"), e.getMessage());
        assertEquals(30, Args.outputLength("K.f", 10, 3));
    }

    @Test
    void outLength() {
        Args.outLength("out", 6, 6, "M x 2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Args.outLength("out", 5, 6, "M x 2"));
        assertTrue(e.getMessage().contains("out") && e.getMessage().contains("5") && e.getMessage().contains("6"), e.getMessage());
    }

    @Test
    void argIndicesAreConvertedExactlyAndCheckedAgainstTheAxis() {
        int[] idx = {0, -1, 4, (1 << 24) - 1};
        float[] f = Args.indicesAsFloats("idx", idx, 1 << 24, "N");
        double[] d = Args.indicesAsDoubles("idx", idx, 1 << 24, "N");
        for (int t = 0; t < idx.length; t++) {
            assertEquals(idx[t], (int) f[t]);
            assertEquals(idx[t], (int) d[t]);
        }
        IllegalArgumentException out = assertThrows(IllegalArgumentException.class,
                () -> Args.indicesAsFloats("idx", new int[] {0, 5}, 5, "M"));
        assertEquals("idx[1] = 5 is outside [0, M) with M = 5, and not -1 (no index)", out.getMessage());
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> Args.indicesAsFloats("idx", new int[] {0}, (1 << 24) + 1, "N"));
        assertEquals("idx: N = 16777217 rows is more than float32 represents exactly as indices (2^24 = 16777216); "
                + "use float64 data for this gradient", tooMany.getMessage());
        assertEquals(3.0, Args.indicesAsDoubles("idx", new int[] {3}, (1 << 24) + 1, "N")[0]);
        assertEquals(Args.rows("idx", new int[6], 2), 3);
    }

    @Test
    void indexColumnsCountFromZero() {
        float[] f = Args.indexColumnFloats(5);
        double[] d = Args.indexColumnDoubles(5);
        for (int t = 0; t < 5; t++) {
            assertEquals(t, f[t]);
            assertEquals(t, d[t]);
        }
        assertEquals(0, Args.indexColumnFloats(0).length);
    }
}
