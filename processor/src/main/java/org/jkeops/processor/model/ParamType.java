package org.jkeops.processor.model;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.jkeops.processor.emit.RuntimeTypes;
import org.jkeops.processor.plan.Precision;

/** The Java types a kernel parameter may have, and what each allows. */
enum ParamType {
    FLOAT_ARRAY, DOUBLE_ARRAY, FLOAT, DOUBLE, INT_ARRAY, RANGES, OTHER;

    /** The block-sparsity parameter's type. */
    static final String RANGES_TYPE = RuntimeTypes.RANGES.canonicalName();

    static ParamType of(TypeMirror t) {
        if (isClass(t, RANGES_TYPE)) {
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

    /**
     * Whether {@code t} is the class or interface of that qualified name, by its element: the
     * printed form of a type carries its type annotations ({@code @NonNull Ranges}).
     */
    static boolean isClass(TypeMirror t, String qualifiedName) {
        return t.getKind() == TypeKind.DECLARED && ((DeclaredType) t).asElement() instanceof TypeElement e
                && e.getQualifiedName().contentEquals(qualifiedName);
    }

    /** {@code float[]} or {@code double[]}. */
    static ParamType array(Precision p) {
        return p == Precision.FLOAT ? FLOAT_ARRAY : DOUBLE_ARRAY;
    }

    /** {@code float} or {@code double}. */
    static ParamType scalar(Precision p) {
        return p == Precision.FLOAT ? FLOAT : DOUBLE;
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
