package org.jkeops.runtime;

/**
 * The result of a float64 {@code MIN_ARG_MIN}, {@code MAX_ARG_MAX} or {@code K_MIN_ARG_K_MIN}:
 * values and their indices in the same layout (row-major, per output row d values, or K * d
 * values k-major for the K reductions). An index is -1 where nothing was reduced.
 */
public record DoubleArgResult(double[] values, int[] indices) {
}
