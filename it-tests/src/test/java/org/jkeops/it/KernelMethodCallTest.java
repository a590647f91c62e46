package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelRuntime;
import org.junit.jupiter.api.Test;

/**
 * {@code KernelMethod.call}, the untyped entry an engine uses: arguments of the wrong type are
 * named with the kernel method, the parameter and both types (it used to throw a bare
 * ClassCastException, or a NullPointerException from unboxing a null scalar).
 */
class KernelMethodCallTest {
    private final KernelRuntime runtime = KernelRuntime.shared();
    private final float[] x = {0.1f, 0.2f, 0.3f, 0.4f};
    private final float[] y = {0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 1.0f};
    private final float[] b = {1, 2, 3};
    private final float[] v = {1, 0, 0, 1, 1, 1};

    @Test
    void aWellTypedCallGivesTheFacadesResult() {
        float[] direct = new ReductionKernelsImpl(runtime).softmax(x, y, b, 0.5f, v);
        float[] viaCall = (float[]) ReductionKernelsMethods.SOFTMAX_0.call(runtime, new Object[] {x, y, b, 0.5f, v})
                .values();
        assertArrayEquals(direct, viaCall);
    }

    @Test
    void wrongTypesAreNamed() {
        assertMessage("ReductionKernels.softmax: x (argument 0) is a double[], expected a float[]",
                new Object[] {new double[4], y, b, 0.5f, v});
        assertMessage("ReductionKernels.softmax: s (argument 3) is a Double, expected a Float",
                new Object[] {x, y, b, 0.5, v});
        assertMessage("ReductionKernels.softmax: s (argument 3) is null, expected a Float",
                new Object[] {x, y, b, null, v});
        assertMessage("ReductionKernels.softmax: v (argument 4) is a String, expected a float[]",
                new Object[] {x, y, b, 0.5f, "v"});
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> ReductionKernelsMethods.SOFTMAX_0.call(runtime, null));
        assertEquals("ReductionKernels.softmax: args", e.getMessage());
    }

    @Test
    void aNullRuntimeIsNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> ReductionKernelsMethods.SOFTMAX_0.call(null, new Object[] {x, y, b, 0.5f, v}));
        assertEquals("ReductionKernels.softmax: runtime", e.getMessage());
    }

    /**
     * mergeParts names what is wrong with its arguments: parts or outputs of the wrong length or
     * precision gave a bare ArrayIndexOutOfBoundsException or ClassCastException from the merge.
     */
    @Test
    void mergePartsChecksItsArguments() {
        KernelMethod<?> softmax = ReductionKernelsMethods.SOFTMAX_0;
        int rows = 3;
        int pw = softmax.partWidth();
        int w = softmax.outputWidth();
        float[][] parts = {new float[rows * pw], new float[rows * pw]};
        softmax.mergeParts(parts, null, new float[rows * w], null, rows);
        String name = "ReductionKernels.softmax.mergeParts: ";
        assertMerge(softmax, name + "valueParts[1] has 5 values, expected rows x width = 3 x " + pw + " = " + rows * pw,
                new float[][] {parts[0], new float[5]}, null, new float[rows * w], null, rows);
        assertMerge(softmax, name + "valueParts must be a float[][], got double[2][]", new double[2][], null,
                new float[rows * w], null, rows);
        assertMerge(softmax, name + "out must be a float[] of rows x " + w + " = " + rows * w + ", got float[1]", parts,
                null, new float[1], null, rows);
        assertMerge(softmax, name + "valueParts holds no part", new float[0][], null, new float[rows * w], null, rows);
        assertMerge(softmax, name + "rows = -1 is negative", parts, null, new float[0], null, -1);

        KernelMethod<?> argMin = ReductionKernelsMethods.ARG_MIN_0;
        int aw = argMin.outputWidth();
        float[][] values = {new float[rows * aw], new float[rows * aw]};
        int[][] indices = {new int[rows * aw], new int[rows * aw]};
        argMin.mergeParts(values, indices, null, new int[rows * aw], rows);
        String arg = "ReductionKernels.argMin.mergeParts: ";
        assertMerge(argMin, arg + "indexParts must hold one part per value part (2), got 1 parts", values,
                new int[][] {indices[0]}, null, new int[rows * aw], rows);
        assertMerge(argMin, arg + "outIndex must be an int[] of rows x " + aw + " = " + rows * aw + ", got null", values,
                indices, null, null, rows);
        assertMerge(argMin, arg + "indexParts[0] has 1 indices, expected rows x " + aw + " = " + rows * aw, values,
                new int[][] {new int[1], indices[1]}, null, new int[rows * aw], rows);
    }

    private static void assertMerge(KernelMethod<?> method, String expected, Object valueParts, int[][] indexParts,
            Object out, int[] outIndex, int rows) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> method.mergeParts(valueParts, indexParts, out, outIndex, rows));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void openClSourceOfNullNamesTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new ReductionKernelsImpl(runtime).openClSource(null));
        assertEquals("method", e.getMessage());
    }

    private void assertMessage(String expected, Object[] args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReductionKernelsMethods.SOFTMAX_0.call(runtime, args));
        assertEquals(expected, e.getMessage());
    }
}
