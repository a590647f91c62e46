package org.jkeops.processor.model;

import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.jkeops.processor.plan.Precision;

/** The Java types a kernel parameter may have, and what each allows. */
enum ParamType {
    FLOAT_ARRAY, DOUBLE_ARRAY, FLOAT, DOUBLE, INT_ARRAY, RANGES, OTHER;

    /** The block-sparsity parameter's type. */
    static final String RANGES_TYPE = "org.jkeops.runtime.Ranges";

    static ParamType of(TypeMirror t) {
        if (t.getKind() == TypeKind.DECLARED && t.toString().equals(RANGES_TYPE)) {
            return RANGES;
        }
        if (t.getKind() == TypeKind.FLOAT) {
            return FLOAT;
        }
        if (t.getKind() == TypeKind.DOUBLE) {
            return DOUBLE;
        }
        if (t.getKind() == TypeKind.ARRAY) {
            return switch (((ArrayType) t).getComponentType().getKind()) {
                case FLOAT -> FLOAT_ARRAY;
                case DOUBLE -> DOUBLE_ARRAY;
                case INT -> INT_ARRAY;
                default -> OTHER;
            };
        }
        return OTHER;
    }

    /** Whether a formula variable may have this type (int[] only as the arg indices of a gradient). */
    boolean isFormulaType() {
        return this != INT_ARRAY && this != RANGES && this != OTHER;
    }

    Precision precision() {
        return this == FLOAT_ARRAY || this == FLOAT ? Precision.FLOAT : Precision.DOUBLE;
    }

    boolean isScalar() {
        return this == FLOAT || this == DOUBLE;
    }

    /** An array an @Out parameter may be. */
    boolean isOutputArray() {
        return this == FLOAT_ARRAY || this == DOUBLE_ARRAY || this == INT_ARRAY;
    }
}
