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

    private static final java.util.Set<String> RESERVED = java.util.Set.of("r", "s", "s0", "s1", "rows",
            "cols", "out", "outIndex", "kv", "ki", "kn", "mx", "sw", "sc", "e", "m", "n", "length",
            "backend", "runtime", "Args", "ScalarMath", "KSmallest", "Math", "System", "Float", "Double",
            "Backend", "KernelInfo", "KernelRuntime", "Objects", "Set", "IllegalStateException", "j", "j0",
            "j1", "l", "a", "ix", "f", "ml", "bound", "grain", "iota", "jv", "r0", "FS", "FIS", "DS", "DIS",
            "FloatVector", "DoubleVector", "IntVector", "VectorMask", "VectorOperators", "VectorMath", "Soa",
            "SimdSupport", "Parallel", "st", "ist", "js", "je", "parts", "outParts", "indexParts", "part",
            "p0", "p1", "bits", "SplitMerge", "device", "partSize", "dv", "di", "len", "vp", "ip", "p",
            "DeviceBackend", "DeviceLaunch", "Arrays", "OpenClProgram", "gradTotal", "gradResult",
            "blocks", "bnd", "sl", "iv", "k", "c", "c0", "c1", "cuts", "task", "tasks", "Ranges",
            "RangeBlocks");
    private static final java.util.regex.Pattern NUMBERED =
            java.util.regex.Pattern.compile("(t|acc|accv|blk|blkv|cmp|cmpv|dacc|ky|kt|idx|idxv|se|u|v|b|sum|best|bi|mk|thr|kv|ki"
                    + "|kn|e|up|keep|mxv|mx|swv|sw|sev|soa|col|ed)[0-9]+(_[0-9]+){0,2}|soa[0-9]+g");

    /**
     * The Java name generated code uses for a user's parameter: the same name unless it would
     * collide with a local of generated code, in which case an underscore is appended. Names that
     * already end with an underscore get one more, so that {@code r} (becoming {@code r_}) and a
     * user's {@code r_} (becoming {@code r__}) stay distinct: the mapping is one-to-one, and no
     * result is a reserved name.
     */
    public static String local(String userName) {
        return RESERVED.contains(userName) || NUMBERED.matcher(userName).matches() || userName.endsWith("_")
                ? userName + "_" : userName;
    }

    /** Upper-case constant name for a kernel's function name, e.g. {@code conv_1} gives {@code CONV_1}. */
    public static String constantName(String functionName) {
        return functionName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }
}
