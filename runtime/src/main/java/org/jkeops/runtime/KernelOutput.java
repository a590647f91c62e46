package org.jkeops.runtime;

import java.io.Serializable;

/**
 * What one call of a kernel method produced, untyped, as distributed engines move it between
 * machines: the values ({@code float[]} or {@code double[]}, null when the reduction has none)
 * and the indices (null when it has none), both rows x output width, row-major.
 */
public record KernelOutput(Object values, int[] indices) implements Serializable {
}
