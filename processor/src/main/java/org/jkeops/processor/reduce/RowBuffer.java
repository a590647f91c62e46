package org.jkeops.processor.reduce;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * An array of a row's state (the K reductions' sorted buffers and tile): declared once per call
 * in scalar kernels ({@link ReductionType#scalarBuffers}), once per task in SIMD kernels
 * ({@link ReductionType#laneBuffers}), which pass it to every block, and to the block's scalar
 * tail when the tail reads it.
 *
 * @param element the element type ({@code float}, {@code int}, ...)
 * @param name    the array's name
 * @param length  its length
 * @param tail    whether a SIMD kernel's scalar tail continues from it (the lanes' tile arrays it does not)
 */
public record RowBuffer(TypeName element, String name, int length, boolean tail) {
    /** The array's type, for a parameter. */
    public TypeName type() {
        return ArrayTypeName.of(element);
    }

    /** {@code final element[] name = new element[length]}. */
    public void declare(CodeBlock.Builder b) {
        b.addStatement("final $T $L = new $T[$L]", type(), name, element, length);
    }
}
