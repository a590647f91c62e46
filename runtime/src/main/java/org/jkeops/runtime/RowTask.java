package org.jkeops.runtime;

/** Work on a half-open range of rows, run by {@link KernelRuntime#parallelFor}. */
@FunctionalInterface
public interface RowTask {
    void run(int start, int end);
}
