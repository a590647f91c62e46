package org.jkeops.runtime;

import java.util.Objects;
import java.util.Set;

/**
 * What generated code tells the runtime about one kernel method: a readable name (used in log
 * messages and errors) and the backends code was generated for.
 *
 * @param name       {@code Interface.method}, as the user wrote it
 * @param generated  backends with generated code for this kernel; always contains SCALAR
 * @param usesDouble whether the kernel computes in float64 (a backend must support double)
 */
public record KernelInfo(String name, Set<Backend> generated, boolean usesDouble) {
    /** A float32 kernel. */
    public KernelInfo(String name, Set<Backend> generated) {
        this(name, generated, false);
    }

    public KernelInfo {
        Objects.requireNonNull(name, "name");
        generated = Set.copyOf(generated);
        if (!generated.contains(Backend.SCALAR)) {
            throw new IllegalArgumentException(name + ": every kernel has a scalar path");
        }
    }
}
