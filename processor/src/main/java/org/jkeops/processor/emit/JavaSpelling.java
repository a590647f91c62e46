package org.jkeops.processor.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.Map;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.UnaryOp;

/**
 * The scalar Java code of an element-wise operation: its format from {@link UnaryOp} or
 * {@link BinaryOp} with the operands and the helper type as JavaPoet arguments, so that the
 * generated file imports the helper because the code names it as a type, not because its text
 * looks like a class name.
 */
public final class JavaSpelling {
    private JavaSpelling() {
    }

    /** {@code op(x)}; {@code x} is a simple name, a literal or an array element. */
    public static CodeBlock unary(UnaryOp op, String x, boolean isFloat) {
        return CodeBlock.builder().addNamed(op.javaFormat(isFloat), Map.of("x", x, "math", RuntimeTypes.SCALAR_MATH))
                .build();
    }

    /** {@code op(a, b)}; the operands are simple names, literals or array elements. */
    public static CodeBlock binary(BinaryOp op, String a, String b, boolean isFloat) {
        return CodeBlock.builder().addNamed(op.javaFormat(isFloat), Map.of("a", a, "b", b)).build();
    }
}
