package org.jkeops.processor.ir;

/** Reductions over the components of one vector, giving a scalar. Ties go to the first index. */
public enum ComponentOp {
    SUM("Sum"),
    MAX("Max"),
    MIN("Min"),
    ARG_MAX("ArgMax"),
    ARG_MIN("ArgMin");

    private final String keopsName;

    ComponentOp(String keopsName) {
        this.keopsName = keopsName;
    }

    public String keopsName() {
        return keopsName;
    }
}
