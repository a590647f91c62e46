package org.jkeops.processor.emit;

import com.palantir.javapoet.ClassName;

/**
 * Every type that generated code names, in one place: the public runtime API, the support
 * classes only generated code calls (in the {@code internal} packages), and the Vector API.
 * Generated code refers to them through JavaPoet's {@code $T}, so the generated files import
 * them, and the checks of declared types ({@code Ranges} parameters, {@code FloatArgResult}
 * returns) read their names here too: a rename here is the only edit a move needs.
 */
public final class RuntimeTypes {
    private static final String RUNTIME_PACKAGE = "org.jkeops.runtime";
    private static final String RUNTIME_INTERNAL = "org.jkeops.runtime.internal";
    private static final String CPU_INTERNAL = "org.jkeops.cpu.internal";
    private static final String VECTOR = "jdk.incubator.vector";

    // the runtime's public API
    public static final ClassName KERNEL_RUNTIME = ClassName.get(RUNTIME_PACKAGE, "KernelRuntime");
    public static final ClassName BACKEND = ClassName.get(RUNTIME_PACKAGE, "Backend");
    public static final ClassName KERNEL_INFO = ClassName.get(RUNTIME_PACKAGE, "KernelInfo");
    public static final ClassName RANGES = ClassName.get(RUNTIME_PACKAGE, "Ranges");
    public static final ClassName DEVICE_BACKEND = ClassName.get(RUNTIME_PACKAGE, "DeviceBackend");
    public static final ClassName FLOAT_ARG_RESULT = ClassName.get(RUNTIME_PACKAGE, "FloatArgResult");
    public static final ClassName DOUBLE_ARG_RESULT = ClassName.get(RUNTIME_PACKAGE, "DoubleArgResult");
    /** A kernel method as data, for distributed engines ({@code <Interface>Methods}), with its parts. */
    public static final ClassName KERNEL_METHOD = ClassName.get(RUNTIME_PACKAGE, "KernelMethod");
    public static final ClassName KERNEL_PARAM = ClassName.get(RUNTIME_PACKAGE, "KernelParam");
    public static final ClassName KERNEL_OUTPUT = ClassName.get(RUNTIME_PACKAGE, "KernelOutput");
    /** The SIMD module's capability probe (API: applications ask it too). */
    public static final ClassName SIMD_SUPPORT = ClassName.get("org.jkeops.cpu", "SimdSupport");

    // called only by generated code: not API
    public static final ClassName ARGS = ClassName.get(RUNTIME_INTERNAL, "Args");
    public static final ClassName RANGE_BLOCKS = ClassName.get(RUNTIME_INTERNAL, "RangeBlocks");
    public static final ClassName DEVICE_LAUNCH = ClassName.get(RUNTIME_INTERNAL, "DeviceLaunch");
    public static final ClassName SCALAR_MATH = ClassName.get(RUNTIME_INTERNAL, "ScalarMath");
    public static final ClassName K_SMALLEST = ClassName.get(RUNTIME_INTERNAL, "KSmallest");
    /** The host merge of split-j parts, shared by SIMD threads and OpenCL parts. */
    public static final ClassName SPLIT_MERGE = ClassName.get(RUNTIME_INTERNAL, "SplitMerge");
    public static final ClassName SOA = ClassName.get(CPU_INTERNAL, "Soa");
    /** Lane sums in a fixed order: reduceLanes(ADD) rounds differently before and after C2. */
    public static final ClassName LANES = ClassName.get(CPU_INTERNAL, "Lanes");
    public static final ClassName PARALLEL = ClassName.get(CPU_INTERNAL, "Parallel");
    public static final ClassName VECTOR_MATH = ClassName.get(CPU_INTERNAL, "VectorMath");

    // the Vector API
    public static final ClassName FLOAT_VECTOR = ClassName.get(VECTOR, "FloatVector");
    public static final ClassName DOUBLE_VECTOR = ClassName.get(VECTOR, "DoubleVector");
    public static final ClassName INT_VECTOR = ClassName.get(VECTOR, "IntVector");
    public static final ClassName VECTOR_SPECIES = ClassName.get(VECTOR, "VectorSpecies");
    public static final ClassName VECTOR_MASK = ClassName.get(VECTOR, "VectorMask");
    public static final ClassName VECTOR_OPERATORS = ClassName.get(VECTOR, "VectorOperators");

    // the JDK's annotation on every generated class
    public static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private RuntimeTypes() {
    }
}
