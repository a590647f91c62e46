package org.jkeops.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.jkeops.processor.ir.OpenClSpelling;
import org.jkeops.processor.ir.UnaryOp;
import org.junit.jupiter.api.Test;

/**
 * What makes the OpenCL kernels fit for a GPU, checked by reading the generated source: float32
 * kernels without double arithmetic, no private array indexed at run time, tiles loaded as one
 * coalesced range, Powf as one helper, sums over many components as loops, and every reduction
 * split over j when rows are few.
 */
class OpenClSourceTest {
    /** One kernel of each reduction and a sample of operations, all float32. */
    private static final String[] FLOAT_KERNELS = {
        "    @Formula(\"Exp(-SqDist(x, y) * 0.5) * b + Powf(Abs(b) + 1.5, 0.25) + Rsqrt(b) + Clamp(b, -1, 2)\")",
        "    float[] sum(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b);",
        "    @Formula(\"Log(1 + SqDist(x, y)) + Sin(b) * Cos(b) + Sqrt(Abs(b)) + Atan2(b, 0.1) + Step(b) + Sign(b) + ReLU(b)\")",
        "    @Reduce(Reduction.MIN)",
        "    float[] min(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b);",
        "    @Formula(\"IfElse(b - 0.1, Inv(1.25 + b * b), SinXDivX(b)) + XLogX(Abs(b)) + Pow(b, 3)\")",
        "    @Reduce(Reduction.MAX)",
        "    float[] max(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b);",
        "    @Formula(\"SqDist(x, y)\") @Reduce(Reduction.ARG_MIN)",
        "    int[] argMin(@Vi(3) float[] x, @Vj(3) float[] y);",
        "    @Formula(\"(x | y)\") @Reduce(Reduction.ARG_MAX)",
        "    int[] argMax(@Vi(3) float[] x, @Vj(3) float[] y);",
        "    @Formula(\"SqDist(x, y)\") @Reduce(Reduction.MIN_ARG_MIN)",
        "    FloatArgResult minArgMin(@Vi(3) float[] x, @Vj(3) float[] y);",
        "    @Formula(\"(x | y)\") @Reduce(Reduction.MAX_ARG_MAX)",
        "    FloatArgResult maxArgMax(@Vi(3) float[] x, @Vj(3) float[] y);",
        "    @Formula(\"SqDist(x, y)\") @Reduce(value = Reduction.K_MIN, k = 10)",
        "    float[] kMin(@Vi(3) float[] x, @Vj(3) float[] y);",
        "    @Formula(\"SqDist(x, y)\") @Reduce(value = Reduction.ARG_K_MIN, k = 10)",
        "    int[] argKMin(@Vi(3) float[] x, @Vj(3) float[] y);",
        "    @Formula(\"x - y\") @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 4)",
        "    FloatArgResult kMinArgKMin(@Vi(3) float[] x, @Vj(3) float[] y);",
        "    @Formula(\"-SqDist(x, y) * 2.5\") @Reduce(Reduction.LOG_SUM_EXP)",
        "    float[] lse(@Vi(3) float[] x, @Vj(3) float[] y);",
        "    @Formula(\"-SqDist(x, y)\") @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = \"v\")",
        "    float[] softmax(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] v);",
        "    @Formula(\"Round(b, 2) * 0.5\") @Reduce(value = Reduction.SUM, sum = SumScheme.KAHAN)",
        "    float[] rounded(@Vi(3) float[] x, @Vj(1) float[] b);",
    };

    private static Compilation compile(String name, String... members) {
        Compilation c = KernelSource.compile(DeclarationErrorTest.kernels(name, members));
        assertThat(c).succeededWithoutWarnings();
        return c;
    }

    private static String openCl(Compilation c, String name) throws IOException {
        Optional<JavaFileObject> file = c.generatedFile(StandardLocation.CLASS_OUTPUT,
                "META-INF/jkeops/opencl/test." + name + ".cl");
        assertTrue(file.isPresent(), () -> "no OpenCL program for " + name + ": " + c.generatedFiles());
        return file.get().getCharContent(true).toString();
    }

    private static String impl(Compilation c, String name) throws IOException {
        return c.generatedSourceFile("test." + name + "Impl").orElseThrow().getCharContent(true).toString();
    }

    /** The kernels of a program (each from its {@code __kernel} line to the next blank line). */
    private static List<String> kernels(String program) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)__kernel .*?\\n}\\n").matcher(program);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * The program holds every kernel of the interface, so one name defined twice fails all of
     * them on OPENCL: kernels named like a helper ({@code relu_d} beside the helper
     * {@code jk_relu_d}), like a block-sparse variant ({@code sparse_ranges} beside
     * {@code sparse(.., Ranges)}), {@code a$b} beside {@code a_b}, and {@code knn$part} beside
     * {@code knn}'s partial companion all had names in common. Every function defined in the
     * program is distinct, and each kernel the Impl launches is one of them.
     */
    @Test
    void everyFunctionOfTheProgramHasANameOfItsOwn() throws IOException {
        Compilation c = compile("Names",
                "    @Formula(\"ReLU(x - y)\") double[] relu_d(@Vi double[] x, @Vj double[] y);",
                "    @Formula(\"Round(x - y, 2)\") float[] round_f(@Vi float[] x, @Vj float[] y);",
                "    @Formula(\"x - y\") double[] sparse(@Vi double[] x, @Vj double[] y, Ranges r);",
                "    @Formula(\"x + y\") double[] sparse_ranges(@Vi double[] x, @Vj double[] y);",
                "    @Formula(\"x * y\") double[] a$b(@Vi double[] x, @Vj double[] y);",
                "    @Formula(\"x / y\") double[] a_b(@Vi double[] x, @Vj double[] y);",
                "    @Formula(\"SqDist(x, y)\") @Reduce(value = Reduction.ARG_K_MIN, k = 2)",
                "    int[] knn(@Vi double[] x, @Vj double[] y);",
                "    @Formula(\"SqDist(x, y)\") @Reduce(value = Reduction.ARG_K_MIN, k = 2)",
                "    int[] knn$part(@Vi double[] x, @Vj double[] y);");
        // the #else branch of a helper (jk_round_f without fp64) defines the name it defines once more
        String program = openCl(c, "Names").replaceAll("(?s)#else\\n.*?#endif\\n", "");
        Matcher defined = Pattern.compile("(?m)^(?:__kernel\\s+void|inline\\s+\\w+)\\s+([\\w$]+)\\s*\\(").matcher(program);
        List<String> names = new ArrayList<>();
        while (defined.find()) {
            names.add(defined.group(1));
        }
        assertEquals(names.size(), new java.util.HashSet<>(names).size(), () -> "names defined twice: " + names);
        assertTrue(names.contains("jk_relu_d") && names.contains("jk_round_f"), () -> "helpers: " + names);
        // 8 kernels, sparse's block-sparse variant and the two ARG_K_MIN partial companions
        List<String> kernels = names.stream().filter(n -> program.contains("__kernel void " + n + "(")).toList();
        assertEquals(11, kernels.size(), () -> "kernels: " + kernels);
        Matcher launched = Pattern.compile("::openClProgram,\\s*\"([^\"]+)\"").matcher(impl(c, "Names"));
        int launches = 0;
        for (; launched.find(); launches++) {
            String kernel = launched.group(1);
            assertTrue(kernels.contains(kernel), () -> kernel + " is launched but not defined in " + kernels);
        }
        assertEquals(11, launches);
    }

    /**
     * A float32 constant that the folding makes larger than float's range (Exp(100), 1e20 * 1e20,
     * -Exp(100)) is +-infinity in every backend's source: it was spelled {@code Infinityf}, so
     * neither the generated Java nor the OpenCL program compiled. Also through a body formula.
     */
    @Test
    void float32ConstantsFoldedPastFloatRangeAreInfinities() throws IOException {
        Compilation c = KernelSource.compile(KernelSource.of("Big",
                "import static org.jkeops.annotations.Formulas.*;",
                "@Kernels",
                "public interface Big {",
                "    @Formula(\"Exp(100) + x + y\") float[] expf(@Vi(1) float[] x, @Vj(1) float[] y);",
                "    @Formula(\"x * (1e20 * 1e20) - Exp(100) + y\") float[] prod(@Vi(1) float[] x, @Vj(1) float[] y);",
                "    @Formula(\"-Exp(100) * x + Sqrt(-1) * y + Log(0) * x\") float[] neg(@Vi(1) float[] x, @Vj(1) float[] y);",
                "    @Reduce(Reduction.SUM)",
                "    static float bexp(@Vi float x, @Vj float y) { return exp(100f) + x + y; }",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        String program = openCl(c, "Big");
        assertFalse(program.contains("Infinity"), program);
        assertTrue(program.contains("INFINITY + t") || program.contains("INFINITY"), program);
        for (String kind : List.of("ScalarKernels", "SimdKernels")) {
            String java = c.generatedSourceFile("test.Big" + kind).orElseThrow().getCharContent(true).toString();
            assertFalse(java.contains("Infinityf"), java);
            assertTrue(java.contains("Float.POSITIVE_INFINITY") && java.contains("Float.NEGATIVE_INFINITY"), java);
        }
    }

    @Test
    void float32KernelsHaveNoDoubleArithmeticAndNoDoubleLiterals() throws IOException {
        String program = openCl(compile("Floats", FLOAT_KERNELS), "Floats");
        // The one exception, by design: Round scales in float64 where the device has it (exactness).
        String withoutRound = program.replaceAll("(?s)#ifdef cl_khr_fp64.*?#endif\\n", "").replaceAll("(?m)^//.*$", "");
        assertFalse(withoutRound.contains("double"), withoutRound);
        assertFalse(withoutRound.contains("cl_khr_fp64"), withoutRound);
        // A literal with a fraction or exponent and no f suffix is a double in OpenCL C.
        Matcher literal = Pattern.compile("(?<![\\w.])\\d+\\.\\d*(e[+-]?\\d+)?(?![\\w.])|(?<![\\w.])\\d+e[+-]?\\d+(?![\\w.])")
                .matcher(withoutRound);
        List<String> bad = new ArrayList<>();
        while (literal.find()) {
            bad.add(literal.group());
        }
        assertEquals(List.of(), bad, "double literals in float32 kernels:\n" + withoutRound);
        assertTrue(program.contains("0.25f"), "float literals carry their suffix");
        // 13 methods and the partial companions of the softmax, ARG_MIN, ARG_MAX and ARG_K_MIN
        assertEquals(17, kernels(program).size());
    }

    @Test
    void everyUnaryHelperIsDefinedOnceFromItsOperationAndCalledByItsSpelling() throws IOException {
        String program = openCl(compile("Floats", FLOAT_KERNELS), "Floats");
        int helpers = 0;
        for (UnaryOp op : UnaryOp.values()) {
            OpenClSpelling.Helper h = op.openClHelper();
            if (h == null) {
                assertFalse(op.openCl("x", true).contains("jk_"), op + " calls a helper it does not define");
                continue;
            }
            helpers++;
            String definition = "inline float jk_" + h.name() + "_f(float x) { return " + h.body() + "; }";
            assertEquals(1, program.split(Pattern.quote(definition), -1).length - 1, definition + " in\n" + program);
            assertEquals("jk_" + h.name() + "_f(y)", op.openCl("y", true));
            assertEquals("jk_" + h.name() + "_d(y)", op.openCl("y", false));
        }
        assertEquals(6, helpers, "Rsqrt, XLogX, SinXDivX, Step, Sign and ReLU have helpers");
    }

    @Test
    void noPrivateArrayAnywhere() throws IOException {
        String program = openCl(compile("Floats", FLOAT_KERNELS), "Floats");
        for (String kernel : kernels(program)) {
            // Any array declared in a kernel but the block-sparse chunk entries in local memory.
            Matcher array = Pattern.compile("(?m)^\\s*(?!__local)[\\w ]*\\b(float|double|int)\\s+\\w+\\s*\\[").matcher(kernel);
            assertFalse(array.find(), () -> "a private array in:\n" + kernel);
        }
        String kMin = kernels(program).stream().filter(k -> k.contains("jk_kMin(")).findFirst().orElseThrow();
        // The 10 ranks of K_MIN are registers, each compared and swapped at a compile-time rank.
        assertTrue(kMin.contains("float kv0_9 = INFINITY; int ki0_9 = -1;"), kMin);
        assertTrue(kMin.contains("out[o + 9] = kv0_9;"), kMin);
        assertFalse(kMin.contains("kv["), kMin);
    }

    @Test
    void tilesAreLoadedAsOneCoalescedRangeSizedByTheBackend() throws IOException {
        String program = openCl(compile("Floats", FLOAT_KERNELS), "Floats");
        for (String kernel : kernels(program)) {
            assertTrue(kernel.contains("const int tileRows"), kernel);
            assertTrue(kernel.contains("for (int j0 = js; j0 < je; j0 += tileRows) {"), kernel);
            String load = kernel.contains("a_y") ? "for (int q = lid; q < jn * 3; q += L) tile1[q] = a_y[j0 * 3 + q];"
                    : "for (int q = lid; q < jn * 1; q += L) tile1[q] = a_b[j0 * 1 + q];";
            assertTrue(kernel.contains(load), kernel);
            assertFalse(kernel.contains("[lid * "), "no strided local writes:\n" + kernel);
        }
    }

    @Test
    void powfIsOneHelperPerProgram() throws IOException {
        String program = openCl(compile("Pows",
                "    @Formula(\"Powf(b, 0.5) * Powf(x, b)\")",
                "    float[] a(@Vi(1) float[] x, @Vj(1) float[] b);",
                "    @Formula(\"Powf(x, b)\")",
                "    float[] c(@Vi(1) float[] x, @Vj(1) float[] b);",
                "    @Formula(\"Powf(x, b)\")",
                "    double[] d(@Vi(1) double[] x, @Vj(1) double[] b);"), "Pows");
        assertEquals(1, count(program, "inline float jk_powf_f("), program);
        assertEquals(1, count(program, "inline double jk_powf_d("), program);
        assertEquals(2, count(program, " pow("), "C's pow appears only inside the two helpers' bodies: " + program);
        for (String kernel : kernels(program)) {
            assertFalse(kernel.contains("isinf"), kernel);
            assertTrue(kernel.contains("jk_powf_"), kernel);
        }
    }

    @Test
    void largeDimensionSumsAreLoopsOverComponents() throws IOException {
        // Only the program is read: the Java backends' code at D = 784 is not this test's subject.
        Compilation c = KernelSource.compileWith(new String[] {"-proc:only"}, DeclarationErrorTest.kernels("Embed",
                "    @Formula(\"Exp(-SqDist(x, y)) * b\")",
                "    float[] gauss(@Vi(784) float[] x, @Vj(784) float[] y, @Vj(1) float[] b);",
                "    @Formula(\"SqDist(x, y)\") @Reduce(value = Reduction.ARG_K_MIN, k = 10)",
                "    int[] knn(@Vi(128) float[] x, @Vj(128) float[] y);",
                "    @Formula(\"(x | y) * Inv(Norm2(x) * Norm2(y))\") @Reduce(Reduction.MAX_ARG_MAX)",
                "    FloatArgResult cosine(@Vi(64) float[] x, @Vj(64) float[] y);",
                "    @Formula(\"SqDist(x, y)\") @Reduce(Reduction.MIN)",
                "    float[] small(@Vi(16) float[] x, @Vj(16) float[] y);"));
        List<String> kernels = kernels(openCl(c, "Embed"));
        String gauss = kernels.get(0);
        assertTrue(gauss.contains("for (int d = 0; d < 784; d++) {"), gauss);
        // Four rows of j per pass over d (x[i, d] loaded once for them), then the rows left over
        assertTrue(gauss.contains("const float u0 = a_x[ri * 784 + d];"), gauss);
        assertTrue(gauss.contains("tile1[(jb + 3) * 784 + d]"), gauss);
        assertTrue(gauss.contains("tile1[jj * 784 + d]"), gauss);
        assertTrue(gauss.lines().count() < 120, () -> gauss.lines().count() + " lines:\n" + gauss);
        assertTrue(kernels.get(1).contains("for (int d = 0; d < 128; d++) {"), kernels.get(1));
        String cosine = kernels.get(2);
        // (x | y) and |y|^2 share the loop over j's tile (blocked, and for the rows left over);
        // |x|^2 is looped once per row, before it
        assertEquals(3, count(cosine, "for (int d = 0; d < 64; d++) {"), cosine);
        assertTrue(cosine.indexOf("for (int d = 0; d < 64; d++) {") < cosine.indexOf("for (int j0"), cosine);
        String small = kernels.get(3);
        assertFalse(small.contains("for (int d"), "D = 16 stays unrolled:\n" + small);
        assertTrue(small.contains("tile1[jj * 16 + 15]"), small);
    }

    @Test
    void everyReductionSplitsOverJOnOpenCl() throws IOException {
        Compilation c = compile("Floats", FLOAT_KERNELS);
        String impl = impl(c, "Floats");
        String program = openCl(c, "Floats");
        int methods = kernels(program).size();
        // all but the softmax's partial companion, whose rows a merge of parts would finalize: one part
        assertEquals(methods - 1, count(impl, "device.splitParts("), impl);
        assertEquals(1, count(impl, "final int parts = 1;"), impl);
        assertTrue(program.contains("__kernel void jk_softmax_Spart("), program);
        assertTrue(impl.contains("SplitMerge.argMinMax(vp, ip, new float[len], outIndex, false)"), impl);
        assertTrue(impl.contains("SplitMerge.kMin(vp, ip, new float[len], outIndex,"), impl);
        assertTrue(impl.contains("SplitMerge.softmax(vp, np, out, m)"), impl);
        Compilation d = compile("DoubleSum",
                "    @Formula(\"SqDist(x, y)\") @Reduce(value = Reduction.SUM, sum = SumScheme.DOUBLE)",
                "    float[] s(@Vi(3) float[] x, @Vj(3) float[] y);");
        String doubleSum = impl(d, "DoubleSum");
        // the float32 DOUBLE scheme: parts merged from their float64 sums, rounded once
        // as many parts as their outputs fit DeviceBackend.SPLIT_OUTPUT_LIMIT (len values each)
        assertTrue(doubleSum.contains("device.splitParts(m, n, len)"), doubleSum);
        assertTrue(doubleSum.contains("SplitMerge.sum(np, out)"), doubleSum);
        assertTrue(openCl(d, "DoubleSum").contains("outAcc[o + 0] = acc0;"));
    }

    @Test
    void blockSparseKernelsReadTheirChunkOnceForTheGroup() throws IOException {
        String program = openCl(compile("Sparse",
                "    @Formula(\"Exp(-SqDist(x, y)) * b\")",
                "    float[] conv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, Ranges ranges);"), "Sparse");
        String ranges = kernels(program).stream().filter(k -> k.contains("_ranges(")).findFirst().orElseThrow();
        assertEquals(1, count(ranges, "lookup["), ranges);
        assertTrue(ranges.contains("for (int q = lid; q < 3; q += L) chunkInfo[q] = lookup[3 * get_group_id(0) + q];"),
                ranges);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
