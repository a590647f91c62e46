package org.jkeops.examples;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The kernel passes of a solve and their wall time, counted by the operator that makes them: a
 * solver's own count of block products also counts its preconditioner's, which are no kernel passes.
 */
final class PassClock {
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong passes = new AtomicLong();

    /** Adds one pass that started at {@code startNanos} ({@link System#nanoTime()}) and has just ended. */
    void add(long startNanos) {
        nanos.addAndGet(System.nanoTime() - startNanos);
        passes.incrementAndGet();
    }

    void reset() {
        nanos.set(0);
        passes.set(0);
    }

    double seconds() {
        return nanos.get() * 1e-9;
    }

    long passes() {
        return passes.get();
    }
}
