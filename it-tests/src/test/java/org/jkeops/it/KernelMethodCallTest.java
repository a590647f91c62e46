package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
