package org.jkeops.processor.plan;

/**
 * Where a value can be computed: the loop it is invariant in. Emitters hoist each value to the
 * outermost place its level allows.
 */
public enum Level {
    /** A literal. */
    CONSTANT,
    /** Depends on parameters only: computed once per call. */
    PARAM,
    /** Depends on the output row's variables: computed once per row. */
    OUTER,
    /** Depends on the reduced index: computed for every pair. */
    INNER
}
