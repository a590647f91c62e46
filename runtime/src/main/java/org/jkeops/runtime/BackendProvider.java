package org.jkeops.runtime;

/**
 * Service-provider interface for optional backends (found with {@link java.util.ServiceLoader}),
 * so that, for instance, the OpenCL module is optional on the class path.
 */
public interface BackendProvider {
    /** The backend this provider implements. */
    Backend backend();

    /**
     * Why this backend cannot run on this machine, or {@code null} when it can. Called once per
     * runtime; must not throw (a {@link LinkageError} inside is a reason, not a crash).
     */
    String unavailableReason();

    /**
     * A reason for {@code AUTO} to pass over this backend, found without loading native code, or
     * null to probe it. The OpenCL provider answers from the installed driver list, so that
     * AUTO on a machine with only CPU drivers (PoCL) never loads them.
     */
    default String skipInAuto() {
        return null;
    }

    /**
     * Whether the reason {@link #unavailableReason()} gave is a JVM setting the user can change
     * (a missing {@code --add-modules jdk.incubator.vector}, a disabled C2), rather than this
     * machine's hardware or drivers. {@code AUTO} then logs the fallback at WARNING, with the
     * reason (which says the fix), instead of INFO.
     */
    default boolean unavailableByConfiguration() {
        return false;
    }

    /** Whether the backend runs on a GPU (AUTO prefers OpenCL only on a GPU). */
    default boolean isGpu() {
        return false;
    }

    /**
     * Whether the backend computes in double precision. A float64 kernel is not given to a
     * backend that cannot (an OpenCL device without {@code cl_khr_fp64}): the runtime decides at
     * selection, with the reason logged, rather than failing at launch. Called on every
     * selection of a float64 kernel: answer from a cache.
     */
    default boolean supportsDouble() {
        return true;
    }
}
