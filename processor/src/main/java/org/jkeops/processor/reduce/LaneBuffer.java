package org.jkeops.processor.reduce;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.TypeName;

/**
 * An array of a row's state in the SIMD kernels ({@link ReductionType#laneBuffers}): allocated once
 * per task as {@code new element[length]}, passed to every block, and to the block's scalar tail
 * when the tail reads it.
 *
 * @param element the element type ({@code float}, {@code int}, ...)
 * @param name    the array's name
 * @param length  its length
 * @param tail    whether the scalar tail continues from it (the lanes' tile arrays it does not)
 */
public record LaneBuffer(TypeName element, String name, int length, boolean tail) {
    /** The array's type, for a parameter. */
    public TypeName type() {
        return ArrayTypeName.of(element);
    }
}
