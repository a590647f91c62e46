package org.jkeops.processor.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.Map;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.UnaryOp;

/**
 * The Java code of an element-wise operation, scalar or Vector API: its format from
 * {@link UnaryOp} or {@link BinaryOp} with the operands and the helper types as JavaPoet
 * arguments, so that the generated file imports a helper because the code names it as a type, not
 * because its text looks like a class name. (The transcendental operations' vector code comes
 * from {@link VectorTranscendentals}, built the same way.)
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

    /** {@code op(x)} on a vector {@code x} (a simple name), for operations spelled in one expression. */
    static CodeBlock vector(UnaryOp op, String x) {
        return vector(op, CodeBlock.of("$L", x));
    }

    /** {@code op(x)} on a vector expression {@code x} (its types spelled through {@code $T}). */
    static CodeBlock vector(UnaryOp op, CodeBlock x) {
        return CodeBlock.builder().addNamed(op.vectorFormat(),
                Map.of("x", x, "vm", RuntimeTypes.VECTOR_MATH, "ops", RuntimeTypes.VECTOR_OPERATORS)).build();
    }

    /** {@code op(a, b)} on vectors (simple names), for operations spelled in one expression. */
    static CodeBlock vector(BinaryOp op, String a, String b) {
        return vector(op, CodeBlock.of("$L", a), CodeBlock.of("$L", b));
    }

    /** {@code op(a, b)} on vector expressions (their types spelled through {@code $T}). */
    static CodeBlock vector(BinaryOp op, CodeBlock a, CodeBlock b) {
        return CodeBlock.builder().addNamed(op.vectorFormat(), Map.of("a", a, "b", b, "ops", RuntimeTypes.VECTOR_OPERATORS))
                .build();
    }
}
