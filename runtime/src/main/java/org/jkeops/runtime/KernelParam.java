package org.jkeops.runtime;

import java.io.Serializable;
import java.util.Objects;

/**
 * One parameter of a kernel method as a distributed engine sees it ({@link KernelMethod#params()}):
 * what it is and how its array is laid out, so that an engine can slice, broadcast or ship it
 * without knowing the kernel.
 *
 * @param name the parameter's name in the interface
 * @param kind what the parameter is
 * @param axis the axis its rows run along: I, J, or P (a parameter: never split), NONE for
 *             Ranges and the {@code @Out} arrays
 * @param dim  values per row (per parameter for P); 0 for Ranges
 */
public record KernelParam(String name, Kind kind, Axis axis, int dim) implements Serializable {
    /** The rows an array runs along. */
    public enum Axis { I, J, P, NONE }

    /** What the caller passes. */
    public enum Kind {
        /** A {@code float[]} / {@code double[]} variable: rows x dim, row-major (or dim values for P). */
        VALUES,
        /** A {@code float} / {@code double} {@code @Pm} scalar (boxed in argument arrays). */
        SCALAR,
        /**
         * An {@code int[]} of arg indices (gradients of MIN / MAX / K_MIN): rows x dim; its values
         * point into the other axis, so it cannot be sliced along that axis.
         */
        INDICES,
        /** A {@code Ranges} (block-sparsity pattern), null for dense. */
        RANGES,
        /** The caller's {@code @Out} array of values (rows x output width). */
        OUT_VALUES,
        /** The caller's {@code @Out} array of indices (rows x output width). */
        OUT_INDICES
    }

    public KernelParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(axis, "axis");
    }

    /** Whether the parameter is an input array with rows along {@code a}. */
    public boolean rowsAlong(Axis a) {
        return axis == a && (kind == Kind.VALUES || kind == Kind.INDICES);
    }
}
