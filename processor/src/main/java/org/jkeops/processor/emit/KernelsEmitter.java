package org.jkeops.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Precision;

/**
 * Emits the Java files of one {@code @Kernels} interface from its plans:
 *
 * <ul>
 * <li>the facade {@code <Interface>Impl}: per method, it validates the arguments (shapes, rows,
 *     K, ranges), allocates the outputs, makes the columns the facade provides (arg indices as
 *     floats, index columns), asks the runtime for a backend and calls that backend's kernel: the
 *     scalar one, the SIMD entry, or an OpenCL launch (the program is a class-path resource,
 *     loaded once; parts of a split reduced index are merged on the host by
 *     {@code SplitMerge}); a gradient with respect to a parameter sums the rows at the end;
 * <li>{@code <Interface>ScalarKernels}, the scalar kernels ({@link ScalarJavaEmitter});
 * <li>{@code <Interface>SimdKernels}, the Vector API kernels ({@link VectorJavaEmitter});
 * <li>{@code <Interface>Methods}, the kernel methods as data for distributed engines
 *     ({@link KernelMethodsEmitter}).
 * </ul>
 *
 * The interface element is the originating element of every file.
 */
public final class KernelsEmitter {
    /** The generator {@code @Generated} names: a string, as emit/ does not depend on the processor class. */
    public static final String PROCESSOR = "org.jkeops.processor.JKeOpsProcessor";

    private KernelsEmitter() {
    }

    /**
     * @param plans        the interface's plans with their partial companions
     *                     ({@link KernelPlan#withCompanions})
     * @param unrolledSimd which kernels (by {@code Interface.method}) keep the unrolled SIMD
     *                     schedule even where the tiled one applies (processor option
     *                     {@code jkeops.unrolledSimd}, for comparisons)
     */
    public static List<JavaFile> emit(GeneratedNames names, ClassAnnotations annotations, List<KernelPlan> plans,
            Element origin, java.util.function.Predicate<String> unrolledSimd) {
        return Stream.of(facade(names, plans, origin), scalarKernels(names, plans, origin),
                        simdKernels(names, plans, origin, unrolledSimd), KernelMethodsEmitter.emit(names, plans, origin))
                .map(f -> JavaFile.builder(f.packageName(), f.typeSpec().toBuilder()
                                .addAnnotations(annotations.specs()).build())
                        .skipJavaLangImports(true).indent("    ").build())
                .toList();
    }

    private static JavaFile simdKernels(GeneratedNames names, List<KernelPlan> plans, Element origin,
            java.util.function.Predicate<String> unrolledSimd) {
        boolean usesFloat = plans.stream().anyMatch(p -> p.precision() == Precision.FLOAT);
        boolean usesDouble = plans.stream().anyMatch(p -> p.precision() == Precision.DOUBLE);
        TypeSpec.Builder t = staticsClass(names.simdKernelsName(), origin, names,
                "Vector API kernels of {@link $L}, one nested class per vector width.\n", Modifier.FINAL);
        List<TypeSpec.Builder> widths = Arrays.stream(VectorJavaEmitter.WIDTHS)
                .mapToObj(bits -> VectorJavaEmitter.widthClass(bits, usesFloat, usesDouble)).toList();
        for (KernelPlan plan : plans) {
            // A SUM over a wide output has a kernel of its own (lanes over the output components).
            if (!WideSimdKernel.emit(plan, t, widths)) {
                VectorJavaEmitter.emit(plan, t, widths, !unrolledSimd.test(plan.kernelName()));
            }
        }
        widths.forEach(w -> t.addType(w.build()));
        return JavaFile.builder(names.packageName(), t.build()).skipJavaLangImports(true).indent("    ").build();
    }

    /** The class-path resource holding an interface's OpenCL program. */
    public static String openClResource(GeneratedNames names) {
        return "META-INF/jkeops/opencl/" + (names.packageName().isEmpty() ? "" : names.packageName() + ".")
                + names.flatName() + ".cl";
    }

    /**
     * A generated class of static members with a private constructor, its javadoc naming the
     * interface ({@code $L}); {@link #emit} adds the class annotations ({@link ClassAnnotations}).
     */
    static TypeSpec.Builder staticsClass(String name, Element origin, GeneratedNames names, String javadoc,
            Modifier... modifiers) {
        return TypeSpec.classBuilder(name).addOriginatingElement(origin)
                .addModifiers(modifiers).addJavadoc(javadoc, names.interfaceName())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    }

    /** {@code @Generated} naming the processor, on every generated class. */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(RuntimeTypes.GENERATED).addMember("value", "$S", PROCESSOR).build();
    }

    private static JavaFile scalarKernels(GeneratedNames names, List<KernelPlan> plans, Element origin) {
        TypeSpec.Builder t = staticsClass(names.scalarKernelsName(), origin, names,
                "Scalar kernels of {@link $L}: the reference path, one plain loop per reduction.\n", Modifier.FINAL);
        for (KernelPlan plan : plans) {
            t.addMethod(ScalarJavaEmitter.emit(plan));
        }
        return JavaFile.builder(names.packageName(), t.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private static JavaFile facade(GeneratedNames names, List<KernelPlan> plans, Element origin) {
        String[] simple = names.interfaceName().split("\\.");
        ClassName iface = ClassName.get(names.packageName(), simple[0],
                java.util.Arrays.copyOfRange(simple, 1, simple.length));
        TypeSpec.Builder t = TypeSpec.classBuilder(names.implName())
                .addOriginatingElement(origin)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(iface)
                .addJavadoc("Generated implementation of {@link $T}. Arguments are validated before any "
                        + "work;\nthe runtime chooses the backend of each call.\n", iface);
        t.addField(FieldSpec.builder(RuntimeTypes.KERNEL_RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL).build());
        t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Uses {@link $T#shared()}, configured by system properties.\n", RuntimeTypes.KERNEL_RUNTIME)
                .addStatement("this.runtime = null").build());
        t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.KERNEL_RUNTIME, "runtime")
                .addStatement("this.runtime = $T.requireNonNull(runtime, $S)", java.util.Objects.class, "runtime")
                .build());
        t.addMethod(MethodSpec.methodBuilder("runtime").addModifiers(Modifier.PRIVATE)
                .returns(RuntimeTypes.KERNEL_RUNTIME)
                .addStatement("return runtime != null ? runtime : $T.shared()", RuntimeTypes.KERNEL_RUNTIME).build());
        String resource = "/" + openClResource(names);
        t.addMethod(MethodSpec.methodBuilder("openClProgram").addModifiers(Modifier.STATIC)
                .returns(String.class)
                .addJavadoc("The OpenCL C program of all kernels of this interface (class-path resource $L).\n", resource)
                .addStatement("return OpenClProgram.SOURCE").build());
        MethodSpec.Builder source = MethodSpec.methodBuilder("openClSource").addModifiers(Modifier.PUBLIC)
                .returns(String.class).addParameter(String.class, "method")
                .addJavadoc("The OpenCL C source that runs for a kernel method: the program of this interface, which\n"
                        + "holds one {@code __kernel} per method.\n\n@throws IllegalArgumentException for a name that is not a kernel method\n");
        List<String> methodNames = plans.stream().filter(p -> !p.partial()).map(KernelPlan::methodName).distinct()
                .toList();
        source.addStatement("$T.requireNonNull(method, $S)", java.util.Objects.class, "method");
        source.beginControlFlow("if (!$T.of($L).contains(method))", java.util.List.class,
                String.join(", ", methodNames.stream().map(mn -> "\"" + mn + "\"").toList()));
        source.addStatement("throw new $T($S + method + $S)", IllegalArgumentException.class, "no kernel method named '",
                "' in " + names.interfaceName() + "; kernel methods: " + String.join(", ", methodNames));
        source.endControlFlow();
        source.addStatement("return OpenClProgram.SOURCE");
        t.addMethod(source.build());
        t.addType(TypeSpec.classBuilder("OpenClProgram").addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Loads the program source on first use only.\n")
                .addField(FieldSpec.builder(String.class, "SOURCE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("load()").build())
                .addMethod(MethodSpec.methodBuilder("load").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(String.class)
                        .beginControlFlow("try ($T in = $L.class.getResourceAsStream($S))", java.io.InputStream.class,
                                names.implName(), resource)
                        .beginControlFlow("if (in == null)")
                        .addStatement("throw new $T($S)", IllegalStateException.class, "missing class-path resource " + resource)
                        .endControlFlow()
                        .addStatement("return new $T(in.readAllBytes(), $T.UTF_8)", String.class,
                                java.nio.charset.StandardCharsets.class)
                        .nextControlFlow("catch ($T e)", java.io.IOException.class)
                        .addStatement("throw new $T(e)", java.io.UncheckedIOException.class)
                        .endControlFlow()
                        .build())
                .build());
        for (KernelPlan plan : plans) {
            t.addField(FieldSpec.builder(RuntimeTypes.KERNEL_INFO, infoName(plan), Modifier.PRIVATE, Modifier.STATIC,
                            Modifier.FINAL)
                    .initializer("new $T($S, $T.of($T.SCALAR, $T.SIMD, $T.OPENCL)$L)", RuntimeTypes.KERNEL_INFO, plan.kernelName(),
                            java.util.Set.class, RuntimeTypes.BACKEND, RuntimeTypes.BACKEND, RuntimeTypes.BACKEND, OpenClEmitter.usesDouble(plan) ? ", true" : "")
                    .build());
            t.addMethod(method(names, plan));
        }
        return JavaFile.builder(names.packageName(), t.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private static String infoName(KernelPlan plan) {
        return GeneratedNames.constantName(plan.functionName());
    }

    private static MethodSpec method(GeneratedNames names, KernelPlan plan) {
        Precision p = plan.precision();
        TypeName scalar = p == Precision.FLOAT ? TypeName.FLOAT : TypeName.DOUBLE;
        TypeName values = ArrayTypeName.of(scalar);
        TypeName indices = ArrayTypeName.of(TypeName.INT);
        MethodSpec.Builder m = MethodSpec.methodBuilder(plan.methodName())
                .addModifiers(Modifier.PUBLIC);
        if (!plan.fromBody() && !plan.partial()) {
            m.addAnnotation(Override.class);
        }
        for (KernelPlan.Param prm : plan.params()) {
            if (!plan.inSignature(prm)) {
                continue;
            }
            TypeName type = switch (prm.role()) {
                case VARIABLE -> prm.source() == KernelPlan.Source.INDICES ? indices : prm.scalar() ? scalar : values;
                case OUT_VALUES -> values;
                case OUT_INDICES -> indices;
                case RANGES -> RuntimeTypes.RANGES;
            };
            m.addParameter(type, GeneratedNames.local(prm.name()));
        }
        TypeName result = plan.outParams() ? TypeName.VOID : KernelMethodsEmitter.resultType(plan);
        m.returns(result);

        CodeBlock.Builder b = CodeBlock.builder();
        String rows = validateAxis(b, plan, plan.outer());
        String cols = validateAxis(b, plan, plan.inner());
        for (KernelPlan.Param prm : plan.params()) {
            if (prm.role() == KernelPlan.Role.VARIABLE && prm.category() == Category.P && !prm.scalar()) {
                b.addStatement("$T.paramLength($S, $L, $L)", RuntimeTypes.ARGS, label(plan, prm), GeneratedNames.local(prm.name()),
                        prm.dim());
            }
        }
        if (plan.k() > 0) {
            b.addStatement("$T.kFits($S, $L, $L, $S)", RuntimeTypes.ARGS, plan.kernelName(), plan.k(), cols,
                    plan.inner() == Category.J ? "N" : "M");
        }
        indexVariables(b, plan);
        int width = plan.outputWidth();
        String rowsName = plan.outer() == Category.I ? "M" : "N";
        String valuesVar = "out";
        String indicesVar = "outIndex";
        if (plan.outParams()) {
            for (KernelPlan.Param prm : plan.params()) {
                if (prm.role() == KernelPlan.Role.OUT_VALUES || prm.role() == KernelPlan.Role.OUT_INDICES) {
                    b.addStatement("$T.outLength($S, $T.nonNull($S, $L).length, (long) $L * $L, $S)", RuntimeTypes.ARGS,
                            label(plan, prm), RuntimeTypes.ARGS, label(plan, prm), GeneratedNames.local(prm.name()), rows, width,
                            rowsName + " x " + width);
                    for (KernelPlan.Param in : plan.params()) {
                        if (in.role() == KernelPlan.Role.VARIABLE && in.inSignature() && !in.scalar()) {
                            b.addStatement("$T.notAliased($S, $S, $L, $S, $L)", RuntimeTypes.ARGS, plan.kernelName(), prm.name(),
                                    GeneratedNames.local(prm.name()), in.name(), GeneratedNames.local(in.name()));
                        }
                    }
                    if (prm.role() == KernelPlan.Role.OUT_VALUES) {
                        valuesVar = GeneratedNames.local(prm.name());
                    } else {
                        indicesVar = GeneratedNames.local(prm.name());
                    }
                }
            }
        } else {
            b.addStatement("final int length = $T.outputLength($S, $L, $L)", RuntimeTypes.ARGS, plan.kernelName(), rows, width);
            if (plan.hasValues()) {
                b.addStatement("final $T out = new $T[length]", values, scalar);
            }
            if (plan.hasIndices()) {
                b.addStatement("final int[] outIndex = new int[length]");
            }
        }
        KernelPlan.Param ranges = plan.ranges();
        if (ranges != null) {
            // Validated here, before any backend sees them; cached in the Ranges object. Errors
            // start with the kernel method and the parameter, as the other argument checks do.
            b.addStatement("final $T blocks = $L == null ? null : $L.$L($S, m, n)", RuntimeTypes.RANGE_BLOCKS,
                    GeneratedNames.local(ranges.name()), GeneratedNames.local(ranges.name()),
                    plan.inner() == Category.J ? "blocksOverJ" : "blocksOverI", plan.kernelName() + ": " + ranges.name());
        }
        List<String> args = ScalarJavaEmitter.arguments(plan, rows, cols, valuesVar, indicesVar);
        CodeBlock scalarArgs = CodeBlock.of("$L", String.join(", ", args));
        if (ranges != null) {
            scalarArgs = CodeBlock.of("$L, blocks != null ? blocks : $T.dense($L, $L)", scalarArgs,
                    RuntimeTypes.RANGE_BLOCKS, rows, cols);
            args.add("blocks");
        }
        // Qualified: a kernel method named like k_ has the constant K_, which a parameter K's local
        // K_ would shadow.
        ClassName impl = ClassName.get(names.packageName(), names.implName());
        b.addStatement("final $T backend = runtime().select($T.$L)", RuntimeTypes.BACKEND, impl, infoName(plan));
        b.beginControlFlow("switch (backend)");
        b.addStatement("case SCALAR -> $T.$L($L)", ClassName.get(names.packageName(), names.scalarKernelsName()),
                plan.functionName(), scalarArgs);
        b.addStatement("case SIMD -> $T.$L(runtime(), $L)", ClassName.get(names.packageName(), names.simdKernelsName()),
                plan.functionName(), String.join(", ", args));
        b.add("case OPENCL -> {\n").indent();
        OpenClLaunch.emit(b, names, plan, rows, cols, valuesVar, indicesVar);
        b.unindent().add("}\n");
        b.addStatement("default -> throw new $T($S + backend)", IllegalStateException.class,
                plan.kernelName() + ": the runtime chose a backend this kernel has no code for: ");
        b.endControlFlow();
        if (plan.sumRows()) {
            // The gradient with respect to a parameter: sum_i of the per-row sums over j.
            b.addStatement("final double[] gradTotal = new double[$L]", width);
            b.beginControlFlow("for (int r = 0; r < $L; r++)", rows);
            b.beginControlFlow("for (int l = 0; l < $L; l++)", width);
            b.addStatement("gradTotal[l] += out[r * $L + l]", width);
            b.endControlFlow();
            b.endControlFlow();
            if (p == Precision.DOUBLE) {
                b.addStatement("return gradTotal");
            } else {
                b.addStatement("final float[] gradResult = new float[$L]", width);
                b.beginControlFlow("for (int l = 0; l < $L; l++)", width);
                b.addStatement("gradResult[l] = (float) gradTotal[l]");
                b.endControlFlow();
                b.addStatement("return gradResult");
            }
        } else if (!plan.outParams()) {
            if (plan.hasValues() && plan.hasIndices()) {
                b.addStatement("return new $T(out, outIndex)", result);
            } else {
                b.addStatement("return $L", plan.hasValues() ? "out" : "outIndex");
            }
        }
        m.addJavadoc("$L of {@code $L} over $L$L.\n", plan.reduction(), plan.formulaDescription(),
                plan.inner() == Category.J ? "j" : "i", plan.sumRows() ? ", then summed over i" : "");
        if (plan.partial()) {
            m.addJavadoc("\n<p>The partial companion of {@code $L}, for engines that run parts of the reduced axis\n"
                    + "themselves ({@code KernelMethod.callPart}): $L.\n", plan.kernelName(),
                    plan.reductionType().partialRows());
        }
        if (plan.fromBody()) {
            m.addJavadoc("\n<p>Generated from the body of the static method {@code $L}, which computes the formula for\n"
                    + "one pair (i, j). This method is not an override (static interface methods are not inherited):\n"
                    + "call it on {@code $L}. Scalar {@code @Vi}/{@code @Vj} parameters become arrays of one value\n"
                    + "per row; {@code @Pm} scalars stay scalars.\n", plan.kernelName(), names.implName());
            for (KernelPlan.Param prm : plan.params()) {
                String shape = prm.category() == Category.P ? (prm.scalar() ? "scalar" : "length " + prm.dim())
                        : (prm.category() == Category.I ? "M" : "N") + " x " + prm.dim() + ", row-major";
                m.addJavadoc("@param $L $L ($L)\n", GeneratedNames.local(prm.name()), prm.name(), shape);
            }
        }
        return m.addCode(b.build()).build();
    }


    /** The array a kernel gets for a variable: the caller's, or one the facade made from it. */
    static String kernelArgument(KernelPlan.Param prm) {
        return switch (prm.source()) {
            case ARGUMENT, INDEX_COLUMN -> GeneratedNames.local(prm.name());
            case INDICES -> GeneratedNames.local(prm.name()) + "$values";
        };
    }

    /**
     * The variables of a MIN / MAX / K_MIN gradient that the facade makes: the caller's arg
     * indices, checked against the reduced axis of the target and converted, and the column
     * 0 .. rows - 1 of that axis.
     */
    private static void indexVariables(CodeBlock.Builder b, KernelPlan plan) {
        KernelPlan.Param column = plan.params().stream()
                .filter(prm -> prm.source() == KernelPlan.Source.INDEX_COLUMN).findFirst().orElse(null);
        if (column == null) {
            return;
        }
        String count = column.category() == Category.I ? "m" : "n";
        String axis = column.category() == Category.I ? "M" : "N";
        String kind = plan.precision() == Precision.FLOAT ? "Float" : "Double";
        for (KernelPlan.Param prm : plan.params()) {
            if (prm.source() == KernelPlan.Source.INDICES) {
                b.addStatement("final $L[] $L = $T.indicesAs$Ls($S, $L, $L, $S)", kind.toLowerCase(java.util.Locale.ROOT),
                        kernelArgument(prm), RuntimeTypes.ARGS, kind, label(plan, prm), GeneratedNames.local(prm.name()), count, axis);
            }
        }
        b.addStatement("final $L[] $L = $T.indexColumn$Ls($L)", kind.toLowerCase(java.util.Locale.ROOT),
                kernelArgument(column), RuntimeTypes.ARGS, kind, count);
    }

    /** Emits the row-count checks of one axis; returns the variable holding its row count. */
    /**
     * How run-time argument errors name a parameter: after the kernel method, so that a message
     * says which call failed ({@code Gauss.conv: y: length 401 is not a multiple of ...}).
     */
    private static String label(KernelPlan plan, KernelPlan.Param prm) {
        return plan.kernelName() + ": " + prm.name();
    }

    private static String validateAxis(CodeBlock.Builder b, KernelPlan plan, Category axis) {
        String var = axis == Category.I ? "m" : "n";
        String axisName = axis == Category.I ? "M" : "N";
        List<KernelPlan.Param> arrays = plan.variables(axis).stream()
                .filter(prm -> prm.source() != KernelPlan.Source.INDEX_COLUMN)
                .sorted(java.util.Comparator.comparing(prm -> prm.source() != KernelPlan.Source.ARGUMENT))
                .toList();
        KernelPlan.Param first = arrays.get(0);
        b.addStatement("final int $L = $T.rows($S, $L, $L)", var, RuntimeTypes.ARGS, label(plan, first),
                GeneratedNames.local(first.name()), first.dim());
        for (KernelPlan.Param other : arrays.subList(1, arrays.size())) {
            b.addStatement("$T.sameRows($S, $S, $S, $L, $S, $T.rows($S, $L, $L))", RuntimeTypes.ARGS, plan.kernelName(), axisName,
                    first.name(), var, other.name(), RuntimeTypes.ARGS, label(plan, other), GeneratedNames.local(other.name()),
                    other.dim());
        }
        return var;
    }
}
