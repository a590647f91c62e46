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
    private static final Probe PROBE = probe();

    /** Why SIMD cannot be used (null when it can), and whether a JVM flag would change that. */
    private record Probe(String reason, boolean byConfiguration) {
        static final Probe USABLE = new Probe(null, false);

        static Probe setting(String reason) {
            return new Probe(reason, true);
        }

        static Probe machine(String reason) {
            return new Probe(reason, false);
        }
    }

    private SimdSupport() {
    }

    /** Why SIMD cannot be used, or null. */
    public static String unavailableReason() {
        return PROBE.reason();
    }

    /**
     * Whether the reason is a JVM setting the user can change (the module not added, C2 or the
     * JIT disabled) rather than the hardware.
     */
    public static boolean unavailableByConfiguration() {
        return PROBE.byConfiguration();
    }

    /** The preferred vector width of this machine in bits (only valid when usable). */
    public static int preferredBits() {
        return PreferredWidth.BITS;
    }

    /** The width to use for a requested width: 0 means preferred. */
    public static int bits(int requested) {
        return requested == 0 ? preferredBits() : requested;
    }

    private static Probe probe() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return Probe.setting("the module jdk.incubator.vector is not readable: start the JVM with "
                    + "--add-modules jdk.incubator.vector");
        }
        String vmInfo = System.getProperty("java.vm.info", "");
        if (vmInfo.contains("interpreted mode")) {
            return Probe.setting("the JVM runs in interpreted mode (-Xint): the Vector API would be slower than scalar code");
        }
        try {
            List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
            for (String a : args) {
                if (a.startsWith("-XX:TieredStopAtLevel=") && !a.endsWith("=4")) {
                    return Probe.setting("C2 is disabled (" + a + "): the Vector API would be slower than scalar code");
                }
                if (a.equals("-XX:-UseCompiler")) {
                    return Probe.setting("the JIT is disabled (" + a + ")");
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // java.management missing: the JIT checks are best effort.
        }
        try {
            int bits = PreferredWidth.BITS;
            if (bits < 128) {
                return Probe.machine("the preferred vector width is " + bits + " bits; at least 128 are needed");
            }
        } catch (LinkageError e) {
            return Probe.machine("the Vector API failed to initialise: " + e);
        }
        return Probe.USABLE;
    }

    /** Separate holder so that the probe can catch a failure to load the Vector API. */
    private static final class PreferredWidth {
        static final int BITS = jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize();
    }
}
