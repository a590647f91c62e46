package org.jkeops.processor.emit;

/**
 * Names of the generated classes for a {@code @Kernels} interface: {@code Gauss} gives
 * {@code GaussImpl} (the facade) and {@code GaussScalarKernels}; a nested {@code Outer.Gauss}
 * gives {@code Outer_GaussImpl} and {@code Outer_GaussScalarKernels}.
 *
 * @param packageName    the interface's package
 * @param interfaceName  its name relative to the package, with dots ({@code Outer.Gauss})
 */
public record GeneratedNames(String packageName, String interfaceName) {
    public String flatName() {
        return interfaceName.replace('.', '_');
    }

    public String implName() {
        return flatName() + "Impl";
    }

    public String scalarKernelsName() {
        return flatName() + "ScalarKernels";
    }

    public String simdKernelsName() {
        return flatName() + "SimdKernels";
    }

    /** The descriptors of the kernel methods: {@code GaussMethods}. */
    public String methodsName() {
        return flatName() + "Methods";
    }

    /** The generated classes, qualified: the Impl, the scalar and SIMD kernels, the descriptors. */
    public java.util.List<String> generatedClasses() {
        String prefix = packageName.isEmpty() ? "" : packageName + ".";
        return java.util.List.of(prefix + implName(), prefix + scalarKernelsName(), prefix + simdKernelsName(),
                prefix + methodsName());
    }

    /**
     * The Java name generated code uses for a user's parameter: the name with an underscore
     * appended. No identifier of generated code ends with an underscore (its locals, the nested
     * width classes {@code W512}..., the types it imports) except a kernel's constant when its
     * method's name does ({@code k_}: {@code K_}), which generated code therefore always qualifies
     * with its class ({@code GaussImpl.K_}); so a parameter named like any of them
     * ({@code Lanes}, {@code W512}, {@code acc0}, {@code out}) cannot shadow or clash with it
     * ({@code GeneratedIdentifiersTest} names parameters like every identifier of the golden
     * files), and the mapping is one-to-one ({@code r} gives {@code r_}, a user's {@code r_} gives
     * {@code r__}). One rule instead of a list of reserved names that has to follow every change of
     * the emitters.
     */
    public static String local(String userName) {
        return userName + "_";
    }

    /** Upper-case constant name for a kernel's function name, e.g. {@code conv_1} gives {@code CONV_1}. */
    public static String constantName(String functionName) {
        return functionName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }
}
