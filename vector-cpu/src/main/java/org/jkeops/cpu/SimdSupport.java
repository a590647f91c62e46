package org.jkeops.cpu;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Whether the Vector API can run fast here, in the style of Lucene's
 * {@code VectorizationProvider}: the incubator module must be readable, the JIT must have C2
 * (the Vector API without C2 intrinsics is slower than scalar code), and the preferred vector
 * width must be at least 128 bits. The reason is computed once; {@code null} means usable.
 */
public final class SimdSupport {
    private static final String REASON = probe();

    private SimdSupport() {
    }

    /** Why SIMD cannot be used, or null. */
    public static String unavailableReason() {
        return REASON;
    }

    /** The preferred vector width of this machine in bits (only valid when usable). */
    public static int preferredBits() {
        return PreferredWidth.BITS;
    }

    /** The width to use for a requested width: 0 means preferred. */
    public static int bits(int requested) {
        return requested == 0 ? preferredBits() : requested;
    }

    private static String probe() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return "the module jdk.incubator.vector is not readable: start the JVM with "
                    + "--add-modules jdk.incubator.vector";
        }
        String vmInfo = System.getProperty("java.vm.info", "");
        if (vmInfo.contains("interpreted mode")) {
            return "the JVM runs in interpreted mode (-Xint): the Vector API would be slower than scalar code";
        }
        try {
            List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
            for (String a : args) {
                if (a.startsWith("-XX:TieredStopAtLevel=") && !a.endsWith("=4")) {
                    return "C2 is disabled (" + a + "): the Vector API would be slower than scalar code";
                }
                if (a.equals("-XX:-UseCompiler")) {
                    return "the JIT is disabled (" + a + ")";
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // java.management missing: the JIT checks are best effort.
        }
        try {
            int bits = PreferredWidth.BITS;
            if (bits < 128) {
                return "the preferred vector width is " + bits + " bits; at least 128 are needed";
            }
        } catch (LinkageError e) {
            return "the Vector API failed to initialise: " + e;
        }
        return null;
    }

    /** Separate holder so that the probe can catch a failure to load the Vector API. */
    private static final class PreferredWidth {
        static final int BITS = jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize();
    }
}
