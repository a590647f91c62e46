package org.jkeops.processor.reduce;

import com.palantir.javapoet.TypeName;

/**
 * A variable of a reduction's state: its Java type ({@code float}, {@code int}, {@code float[]},
 * ...) as a JavaPoet type, so that emitters compare types, not their spellings, and its name.
 */
public record Slot(TypeName type, String name) {
    /** Whether the variable is an {@code int} (an index), kept apart from the floating-point state. */
    public boolean isInt() {
        return type.equals(TypeName.INT);
    }
}
