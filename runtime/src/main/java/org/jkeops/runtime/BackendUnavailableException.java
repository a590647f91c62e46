package org.jkeops.runtime;

/**
 * Thrown under {@code strict} when the requested backend cannot run a kernel; without strict the
 * runtime falls back to another backend and logs the same reason once.
 */
public final class BackendUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Backend requested;

    public BackendUnavailableException(Backend requested, String message) {
        super(message);
        this.requested = requested;
    }

    /** The backend that was asked for. */
    public Backend requested() {
        return requested;
    }
}
