package org.jkeops.processor.reduce;

import com.palantir.javapoet.TypeName;
import java.util.List;
import org.jkeops.processor.plan.Precision;

/** What every dialect's row knows: its precision and the spelled values and weights of the current pair(s). */
interface Row {
    Precision precision();

    List<String> values();

    List<String> weights();

    default String t() {
        return precision().javaType();
    }

    /** The precision's Java type, as a type. */
    default TypeName type() {
        return isFloat() ? TypeName.FLOAT : TypeName.DOUBLE;
    }

    default boolean isFloat() {
        return precision() == Precision.FLOAT;
    }

    /** The formula's dimension. */
    default int dim() {
        return values().size();
    }

    /** Width of the weighted sums of the online exponential reductions (1 without a weight). */
    default int sums() {
        return weights().isEmpty() ? 1 : weights().size();
    }

    /** {@code Float.POSITIVE_INFINITY} and the like, in Java. */
    default String inf(boolean positive) {
        return precision().boxName() + (positive ? ".POSITIVE_INFINITY" : ".NEGATIVE_INFINITY");
    }
}
