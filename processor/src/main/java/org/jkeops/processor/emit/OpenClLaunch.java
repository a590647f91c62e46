package org.jkeops.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.reduce.ReductionType;

/**
 * The OPENCL branch of a facade method: one launch of the kernel {@link OpenClEmitter} wrote,
 * split over j in as many parts as the device asks for when rows are few
 * ({@code DeviceBackend.splitParts}, as many as the parts' outputs fit in
 * {@code DeviceBackend.SPLIT_OUTPUT_LIMIT} values), the parts merged here by the reduction's one host merge
 * ({@code SplitMerge}, chosen by {@link ReductionType#clSplitMerge}). Every reduction splits:
 * ARG_MIN-like ones through values written to scratch arrays, SUM_SOFTMAX_WEIGHT through its
 * normalisers, a float32 sum in the DOUBLE scheme through its float64 sums ({@code dn} holds
 * the one or the other). The local tiles are given per row of j; the backend
 * chooses their rows and the work-group size from the device.
 */
final class OpenClLaunch {
    private OpenClLaunch() {
    }

    static void emit(CodeBlock.Builder b, GeneratedNames names, KernelPlan plan, String rows, String cols,
            String valuesVar, String indicesVar) {
        ReductionType reduction = plan.reductionType();
        TypeName scalar = plan.precision() == Precision.FLOAT ? TypeName.FLOAT : TypeName.DOUBLE;
        // SUM_SOFTMAX_WEIGHT's normalisers (2 per row) or a float32 sum's float64 sums: never both.
        TypeName extra = reduction.clWritesNormaliser() ? scalar
                : reduction.clWritesDoubleSums() ? TypeName.DOUBLE : null;
        String extraLength = reduction.clNormalisesEachOutput() ? "2 * len"
                : reduction.clWritesNormaliser() ? "2 * " + rows : "len";
        String program = names.packageName().isEmpty() ? names.flatName() : names.packageName() + "." + names.flatName();
        b.addStatement("final $T device = runtime().device($T.OPENCL)", RuntimeTypes.DEVICE_BACKEND, RuntimeTypes.BACKEND);
        b.addStatement("final int len = $L.length", plan.hasValues() ? valuesVar : indicesVar);
        if (plan.blockSparse()) {
            b.beginControlFlow("if (blocks != null)");
            CodeBlock.Builder launch = CodeBlock.builder().add("new $T($S,$W$L::openClProgram,$W$S,$W$L,$W1,$W$L)",
                    RuntimeTypes.DEVICE_LAUNCH, program, names.implName(),
                    OpenClNames.rangesKernel(plan), rows, OpenClEmitter.usesDouble(plan));
            variables(launch, plan);
            launch.add("$Z.scalar($L)$Z.scalar($L)$Z.blocks(blocks)", rows, cols);
            outputs(launch, plan, plan.hasValues() ? valuesVar : "new " + scalar + "[len]", indicesVar,
                    extra == null ? null : "new " + extra + "[" + extraLength + "]");
            b.addStatement("device.launch($L)", launch.build());
            b.addStatement("break");
            b.endControlFlow();
        }
        boolean split = reduction.clSplittable();
        b.addStatement("final int parts = $L", split ? "device.splitParts(" + rows + ", " + cols + ", len)" : "1");
        b.addStatement("final int partSize = Math.max(1, ($L + parts - 1) / parts)", cols);
        if (plan.hasValues()) {
            b.addStatement("final $T[] dv = parts == 1 ? $L : new $T[parts * len]", scalar, valuesVar, scalar);
        } else if (reduction.clWritesValues()) {
            b.addStatement("final $T[] dv = new $T[parts * len]", scalar, scalar);
        }
        if (plan.hasIndices()) {
            b.addStatement("final int[] di = parts == 1 ? $L : new int[parts * len]", indicesVar);
        }
        if (extra != null) {
            b.addStatement("final $T[] dn = new $T[parts * $L]", extra, extra, extraLength);
        }
        CodeBlock.Builder launch = CodeBlock.builder().add("new $T($S,$W$L::openClProgram,$W$S,$W$L,$Wparts,$W$L)",
                RuntimeTypes.DEVICE_LAUNCH, program, names.implName(), OpenClEmitter.kernelName(plan), rows,
                OpenClEmitter.usesDouble(plan));
        variables(launch, plan);
        launch.add("$Z.scalar($L)$Z.scalar($L)$Z.scalar(partSize)", rows, cols);
        outputs(launch, plan, "dv", "di", extra == null ? null : "dn");
        b.addStatement("device.launch($L)", launch.build());
        if (!split) {
            return;
        }
        b.beginControlFlow("if (parts > 1)");
        boolean values = !reduction.clWritesDoubleSums(); // merged from the float64 sums instead
        if (values) {
            b.addStatement("final $T[][] vp = new $T[parts][]", scalar, scalar);
        }
        if (plan.hasIndices()) {
            b.addStatement("final int[][] ip = new int[parts][]");
        }
        if (extra != null) {
            b.addStatement("final $T[][] np = new $T[parts][]", extra, extra);
        }
        b.beginControlFlow("for (int p = 0; p < parts; p++)");
        if (values) {
            b.addStatement("vp[p] = $T.copyOfRange(dv, p * len, (p + 1) * len)", java.util.Arrays.class);
        }
        if (plan.hasIndices()) {
            b.addStatement("ip[p] = $T.copyOfRange(di, p * len, (p + 1) * len)", java.util.Arrays.class);
        }
        if (extra != null) {
            b.addStatement("np[p] = $T.copyOfRange(dn, p * $L, (p + 1) * $L)", java.util.Arrays.class, extraLength,
                    extraLength);
        }
        b.endControlFlow();
        reduction.clSplitMerge(b, "vp", "ip", "np", valuesVar, indicesVar, "new " + scalar + "[len]", rows,
                plan.formula().dim());
        b.endControlFlow();
    }

    private static void variables(CodeBlock.Builder launch, KernelPlan plan) {
        for (KernelPlan.Param prm : plan.params()) {
            if (prm.role() == KernelPlan.Role.VARIABLE) {
                launch.add(prm.scalar() ? "$Z.scalar($L)" : "$Z.in($L)", KernelsEmitter.kernelArgument(prm));
            }
        }
    }

    /**
     * The outputs in the kernel's order ({@code extra}: the normalisers or float64 sums, or null),
     * then the tile rows and the tiles.
     */
    private static void outputs(CodeBlock.Builder launch, KernelPlan plan, String values, String indices,
            String extra) {
        ReductionType reduction = plan.reductionType();
        if (reduction.clWritesValues()) {
            launch.add("$Z.out($L)", values);
        }
        if (plan.hasIndices()) {
            launch.add("$Z.out($L)", indices);
        }
        if (extra != null) {
            launch.add("$Z.out($L)", extra);
        }
        launch.add("$Z.tileRows()");
        for (int bytes : OpenClEmitter.tileBytes(plan)) {
            launch.add("$Z.localTile($L)", bytes);
        }
    }
}
