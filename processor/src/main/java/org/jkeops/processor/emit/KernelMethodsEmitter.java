package org.jkeops.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Precision;

/**
 * Emits {@code <Interface>Methods}: per kernel method a constant {@code KernelMethod<R>}, the
 * method as data for distributed engines ({@code jkeops-spark}). It carries what only the
 * processor knows (each parameter's role, axis and dimension; the reduction, its output width,
 * whether its partial results merge) and calls the generated facade and the reduction's own
 * {@code SplitMerge} call, so that an engine needs no reflection and no code per kernel. Where the
 * finalized outputs lack what the merge needs (SUM_SOFTMAX_WEIGHT's normaliser, the values of
 * ARG_MIN, ARG_MAX and ARG_K_MIN), {@code callPart} calls the plan's partial companion
 * ({@link KernelPlan#partialCompanion}), whose outputs carry it.
 */
public final class KernelMethodsEmitter {
    private KernelMethodsEmitter() {
    }

    /** The generated class's simple name: {@code GaussMethods}. */
    public static String className(GeneratedNames names) {
        return names.methodsName();
    }

    public static JavaFile emit(GeneratedNames names, List<KernelPlan> plans, Element origin) {
        TypeSpec.Builder t = KernelsEmitter.staticsClass(className(names), origin, names,
                "The kernel methods of {@link $L} as data ({@code KernelMethod}), for distributed engines\n"
                        + "such as {@code jkeops-spark}: one constant per method.\n", Modifier.PUBLIC, Modifier.FINAL);
        for (KernelPlan plan : plans) {
            if (plan.partial()) {
                continue; // a facade entry that its method's callPart calls
            }
            TypeName result = resultType(plan);
            String nested = nestedName(plan);
            t.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.KERNEL_METHOD, result),
                            GeneratedNames.constantName(plan.functionName()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("{@code $L}: $L over $L.\n", plan.kernelName(), plan.reduction(),
                            plan.inner() == Category.J ? "j" : "i")
                    .initializer("new $L()", nested).build());
            t.addType(method(names, plan, result, nested));
        }
        return JavaFile.builder(names.packageName(), t.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private static String nestedName(KernelPlan plan) {
        String f = plan.functionName();
        return Character.toUpperCase(f.charAt(0)) + f.substring(1) + "Method";
    }

    /** The generated method's result as an object: {@code Void} for a method with {@code @Out} parameters. */
    static TypeName resultType(KernelPlan plan) {
        if (plan.outParams()) {
            return ClassName.get(Void.class);
        }
        boolean dbl = plan.precision() == Precision.DOUBLE;
        if (plan.hasValues() && plan.hasIndices()) {
            return dbl ? RuntimeTypes.DOUBLE_ARG_RESULT : RuntimeTypes.FLOAT_ARG_RESULT;
        }
        return plan.hasValues() ? ArrayTypeName.of(dbl ? TypeName.DOUBLE : TypeName.FLOAT) : ArrayTypeName.of(TypeName.INT);
    }

    /**
     * {@code call} (the method's facade entry, {@code target} = {@code plan}) or {@code callPart}
     * (its partial companion's, {@code target}): both take the method's arguments; the companion,
     * which has no {@code @Out} parameters, is passed the others and returns its rows, wider than
     * the method's by what the parts need to merge, or with the values an arg-only method lacks.
     */
    private static MethodSpec.Builder invocation(String name, KernelPlan plan, KernelPlan target, ClassName impl,
            List<CodeBlock> callArgs, int outValues, int outIndices) {
        MethodSpec.Builder call = MethodSpec.methodBuilder(name).addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(RuntimeTypes.KERNEL_OUTPUT)
                .addParameter(RuntimeTypes.KERNEL_RUNTIME, "runtime").addParameter(Object[].class, "args")
                .addStatement("$T.requireNonNull(runtime, $S)", java.util.Objects.class, plan.kernelName() + ": runtime")
                .addStatement("$T.requireNonNull(args, $S)", java.util.Objects.class, plan.kernelName() + ": args")
                .beginControlFlow("if (args.length != $L)", callArgs.size())
                .addStatement("throw new $T($S + args.length)", IllegalArgumentException.class,
                        plan.kernelName() + ": expected " + callArgs.size() + " arguments, got ")
                .endControlFlow();
        List<CodeBlock> passed = IntStream.range(0, callArgs.size())
                .filter(a -> target.outParams() || (a != outValues && a != outIndices))
                .mapToObj(callArgs::get).toList();
        // The method name as $L: a companion's ($part) is text, not a placeholder.
        CodeBlock invocation = CodeBlock.of("new $T(runtime).$L($L)", impl, target.methodName(),
                CodeBlock.join(passed, ", "));
        if (target.outParams()) {
            call.addStatement("$L", invocation);
            call.addStatement("return new $T($L, $L)", RuntimeTypes.KERNEL_OUTPUT,
                    outValues < 0 ? "null" : "args[" + outValues + "]", outIndices < 0 ? "null" : "(int[]) args[" + outIndices + "]");
        } else if (target.hasValues() && target.hasIndices()) {
            call.addStatement("final $T r = $L", resultType(target), invocation);
            call.addStatement("return new $T(r.values(), r.indices())", RuntimeTypes.KERNEL_OUTPUT);
        } else if (target.hasValues()) {
            call.addStatement("return new $T($L, null)", RuntimeTypes.KERNEL_OUTPUT, invocation);
        } else {
            call.addStatement("return new $T(null, $L)", RuntimeTypes.KERNEL_OUTPUT, invocation);
        }
        return call;
    }

    private static TypeSpec method(GeneratedNames names, KernelPlan plan, TypeName result, String nested) {
        boolean dbl = plan.precision() == Precision.DOUBLE;
        TypeName scalar = dbl ? TypeName.DOUBLE : TypeName.FLOAT;
        TypeName values = ArrayTypeName.of(scalar);
        CodeBlock.Builder params = CodeBlock.builder().add("$T.of(", List.class);
        List<CodeBlock> callArgs = new ArrayList<>();
        int position = 0;
        int outValues = -1;
        int outIndices = -1;
        for (KernelPlan.Param prm : plan.params()) {
            if (!prm.inSignature()) {
                continue;
            }
            // KernelParam.Kind and KernelParam.Axis (runtime) name their constants as KernelPlan.Role
            // and Category do; outputs and Ranges have no axis.
            boolean variable = prm.role() == KernelPlan.Role.VARIABLE;
            String axis = !variable || prm.category() == null ? "NONE" : prm.category().name();
            boolean indices = variable && prm.source() == KernelPlan.Source.INDICES;
            String kind = !variable ? prm.role().name() : indices ? "INDICES" : prm.scalar() ? "SCALAR" : "VALUES";
            TypeName type = switch (prm.role()) {
                case VARIABLE -> indices ? ArrayTypeName.of(TypeName.INT) : prm.scalar() ? scalar.box() : values;
                case OUT_VALUES -> values;
                case OUT_INDICES -> ArrayTypeName.of(TypeName.INT);
                case RANGES -> RuntimeTypes.RANGES;
            };
            if (prm.role() == KernelPlan.Role.OUT_VALUES) {
                outValues = position;
            } else if (prm.role() == KernelPlan.Role.OUT_INDICES) {
                outIndices = position;
            }
            params.add(position == 0 ? "\n" : ",\n");
            ClassName param = RuntimeTypes.KERNEL_PARAM;
            params.add("        new $T($S, $T.Kind.$L, $T.Axis.$L, $L)", param, prm.name(), param, kind, param, axis,
                    prm.role() == KernelPlan.Role.RANGES ? 0 : prm.dim());
            callArgs.add(CodeBlock.of("$T.arg(args, $L, $T.class, $S, $S)", RuntimeTypes.ARGS, position,
                    type, plan.kernelName(), prm.name()));
            position++;
        }
        params.add(")");

        ClassName impl = ClassName.get(names.packageName(), names.implName());
        MethodSpec.Builder call = invocation("call", plan, plan, impl, callArgs, outValues, outIndices);
        KernelPlan companion = plan.partialCompanion();
        MethodSpec.Builder callPart = companion == null ? null
                : invocation("callPart", plan, companion, impl, callArgs, outValues, outIndices);

        MethodSpec.Builder merge = MethodSpec.methodBuilder("mergeParts").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Object.class, "valueParts").addParameter(ArrayTypeName.of(ArrayTypeName.of(TypeName.INT)), "indexParts")
                .addParameter(Object.class, "out").addParameter(ArrayTypeName.of(TypeName.INT), "outIndex")
                .addParameter(TypeName.INT, "rows");
        boolean merges = plan.reductionType().finalizedPartsMerge();
        if (merges) {
            CodeBlock.Builder m = CodeBlock.builder();
            m.addStatement("checkParts(valueParts, indexParts, out, outIndex, rows)");
            plan.reductionType().finalizedPartsMerge(m, CodeBlock.of("($T) valueParts", ArrayTypeName.of(values)).toString(),
                    "indexParts", CodeBlock.of("($T) out", values).toString(), "outIndex", "rows", plan.formula().dim());
            merge.addCode(m.build());
        } else {
            merge.addStatement("throw new $T($S)", UnsupportedOperationException.class, plan.kernelName() + ": "
                    + plan.reduction() + " partial results over parts of the reduced axis do not merge");
        }

        MethodSpec.Builder res = MethodSpec.methodBuilder("result").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(result).addParameter(RuntimeTypes.KERNEL_OUTPUT, "output");
        if (plan.outParams()) {
            res.addStatement("return null");
        } else if (plan.hasValues() && plan.hasIndices()) {
            res.addStatement("return new $T(($T) output.values(), output.indices())", result, values);
        } else if (plan.hasValues()) {
            res.addStatement("return ($T) output.values()", values);
        } else {
            res.addStatement("return output.indices()");
        }

        String constant = GeneratedNames.constantName(plan.functionName());
        TypeSpec.Builder type = TypeSpec.classBuilder(nested).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.KERNEL_METHOD, result))
                .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addStatement("super($S, $L, $S, $T.Axis.$L, $L, $L, $L, $L, $L, $L, $L, $L, $L)", plan.kernelName(),
                                params.build(), plan.reduction().name(), RuntimeTypes.KERNEL_PARAM,
                                plan.outer() == Category.I ? "I" : "J", dbl, plan.outputWidth(),
                                (companion == null ? plan : companion).outputWidth(), plan.k(), plan.hasValues(),
                                plan.hasIndices(), merges, plan.sumRows(), plan.outParams())
                        .build())
                .addMethod(call.build());
        if (callPart != null) {
            type.addMethod(callPart.build());
        }
        return type
                .addMethod(merge.build())
                .addMethod(res.build())
                // One instance per JVM: a deserialized copy resolves to the constant.
                .addMethod(MethodSpec.methodBuilder("readResolve").addModifiers(Modifier.PRIVATE)
                        .returns(Object.class).addStatement("return $L", constant).build())
                .build();
    }
}
