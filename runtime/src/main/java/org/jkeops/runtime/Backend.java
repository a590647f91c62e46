package org.jkeops.runtime;

import java.util.Locale;

/** Where a kernel call runs. */
public enum Backend {
    /** OpenCL on a GPU device if one is usable, else SIMD, else scalar. */
    AUTO,
    /** Plain Java loops: the reference path, always available. */
    SCALAR,
    /** Java Vector API code on the CPU (jdk.incubator.vector). */
    SIMD,
    /** OpenCL through JOCL (module jkeops-opencl-gpu on the class path). */
    OPENCL;

    /** Parses {@code auto|scalar|simd|opencl} (any case), naming the property on error. */
    static Backend parse(String text, String source) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": unknown backend '" + text
                    + "'; expected one of auto, scalar, simd, opencl", e);
        }
    }
}
