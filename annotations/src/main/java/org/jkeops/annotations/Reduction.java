package org.jkeops.annotations;

/**
 * The reductions of FORMULAS.md. For a formula of dimension d, per output row:
 * <ul>
 * <li>{@code SUM}: the sum (d values; 0 when nothing is reduced);
 * <li>{@code MIN}, {@code MAX}: component-wise min / max (d values; neutral +inf / -inf);
 * <li>{@code ARG_MIN}, {@code ARG_MAX}: the index of the min / max per component (d ints, -1
 *     when nothing is reduced; the smallest index wins ties);
 * <li>{@code MIN_ARG_MIN}, {@code MAX_ARG_MAX}: both, as a {@code FloatArgResult} /
 *     {@code DoubleArgResult} or two {@code @Out} arrays (values, then indices);
 * <li>{@code K_MIN}, {@code ARG_K_MIN}, {@code K_MIN_ARG_K_MIN}: the K smallest values per
 *     component, ascending, laid out k-major ({@code out[row][k][c]}: K * d per row); ties put
 *     the smaller index first;
 * <li>{@code LOG_SUM_EXP}: log sum exp(F) for F of dimension 1, or log sum exp(F) G per
 *     component of a weight G; -inf when nothing is reduced;
 * <li>{@code SUM_SOFTMAX_WEIGHT}: sum exp(F) G / sum exp(F) (dim G; 0 when nothing is reduced).
 * </ul>
 * NaN values of F are skipped by the min / max / arg reductions: a NaN never wins a comparison.
 */
public enum Reduction {
    SUM,
    MIN,
    MAX,
    ARG_MIN,
    ARG_MAX,
    MIN_ARG_MIN,
    MAX_ARG_MAX,
    K_MIN,
    ARG_K_MIN,
    K_MIN_ARG_K_MIN,
    LOG_SUM_EXP,
    SUM_SOFTMAX_WEIGHT
}
