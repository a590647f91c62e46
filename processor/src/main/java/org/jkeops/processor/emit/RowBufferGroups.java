package org.jkeops.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeops.processor.reduce.RowBuffer;

/**
 * The rows' buffers of a SIMD block (the K reductions' sorted values, indices, counts and tiles)
 * passed to the block and tail methods as one array of arrays per element type, not one
 * parameter each: 8 rows of ARG_K_MIN are 32 buffers, and a block method taking them and calling
 * its tail with them passed C2 more stack arguments than it can place ("COMPILE SKIPPED:
 * unsupported calling sequence"): the D = 128 kNN ran interpreted, 6 x slower than scalar.
 * The methods take the buffers back out of the groups once, before their loops.
 */
final class RowBufferGroups {
    private final Map<TypeName, List<RowBuffer>> groups = new LinkedHashMap<>();

    RowBufferGroups(List<RowBuffer> buffers) {
        for (RowBuffer buffer : buffers) {
            groups.computeIfAbsent(buffer.element(), t -> new ArrayList<>()).add(buffer);
        }
    }

    /** The group of buffers of one element type: {@code rbFloat}, {@code rbInt}, ... */
    private static String name(TypeName element, String suffix) {
        String t = element.toString();
        return "rb" + Character.toUpperCase(t.charAt(0)) + t.substring(1) + suffix;
    }

    /** In the range method, after the buffers: {@code final float[][] rbFloat<suffix> = {kv0, kb0_0, ...}}. */
    void declare(CodeBlock.Builder b, String suffix) {
        groups.forEach((element, list) -> b.addStatement("final $T $L = {$L}", ArrayTypeName.of(ArrayTypeName.of(element)),
                name(element, suffix), String.join(", ", list.stream().map(RowBuffer::name).toList())));
    }

    /** The groups as parameters of a block or tail method. */
    void params(MethodSpec.Builder m) {
        groups.keySet().forEach(element -> m.addParameter(ArrayTypeName.of(ArrayTypeName.of(element)), name(element, "")));
    }

    /** {@code ", rbFloat<suffix>, rbInt<suffix>"}: the groups as arguments, after others. */
    String args(String suffix) {
        StringBuilder s = new StringBuilder();
        groups.keySet().forEach(element -> s.append(", ").append(name(element, suffix)));
        return s.toString();
    }

    /** In a block or tail method: {@code final float[] kv0 = rbFloat[0]}, for the buffers it reads ({@code tailOnly}: the tail's). */
    void unpack(CodeBlock.Builder b, boolean tailOnly) {
        groups.forEach((element, list) -> {
            for (int k = 0; k < list.size(); k++) {
                RowBuffer buffer = list.get(k);
                if (!tailOnly || buffer.tail()) {
                    b.addStatement("final $T $L = $L[$L]", buffer.type(), buffer.name(), name(element, ""), k);
                }
            }
        });
    }
}
