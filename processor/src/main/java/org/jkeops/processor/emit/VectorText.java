package org.jkeops.processor.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SIMD emitter's Vector API text as code. The scalar dialect names its helper types through
 * JavaPoet ({@link JavaSpelling}); the vector spellings ({@code UnaryOp.vector},
 * {@link VectorTranscendentals}) are still plain text that names {@code VectorMath.} and
 * {@code VectorOperators.}, so this turns exactly those two names, where they start a qualified
 * name, into type references the generated file imports (a user's parameter of that name is
 * spelled with an underscore appended, {@link GeneratedNames#local}). Spelling the vector text as
 * {@link CodeBlock}s would retire this class.
 */
final class VectorText {
    private static final Pattern HELPERS = Pattern.compile("(?<![\\w$.])(VectorMath|VectorOperators)\\.");

    private VectorText() {
    }

    static CodeBlock withImports(String spelled) {
        Matcher m = HELPERS.matcher(spelled);
        CodeBlock.Builder c = CodeBlock.builder();
        int last = 0;
        while (m.find()) {
            c.add("$L", spelled.substring(last, m.start()));
            c.add("$T.", m.group(1).equals("VectorMath") ? RuntimeTypes.VECTOR_MATH : RuntimeTypes.VECTOR_OPERATORS);
            last = m.end();
        }
        c.add("$L", spelled.substring(last));
        return c.build();
    }
}
