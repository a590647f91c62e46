package org.jkeops.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.DataInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sums over many components compile to loops over d (issue 14 finding 9, issue 18): SqDist at
 * D = 784 (MNIST) was "code too large" for javac, and from D = 128 (SIMD) / 256 (scalar) the
 * kernels fell off HotSpot's 8,000-byte JIT limit. Every method of the generated kernel classes
 * must stay under that limit, and D = 1024 must compile quickly.
 */
class HighDimensionTest {
    /** HotSpot does not JIT-compile a method whose bytecode is longer (-XX:-DontCompileHugeMethods). */
    static final int HUGE_METHOD = 8000;

    private static KernelSource kernels(String name, int dim) {
        String x = "@Vi(" + dim + ") ";
        String y = "@Vj(" + dim + ") ";
        return DeclarationErrorTest.kernels(name,
                "    @Formula(\"Exp(-g * SqDist(x, y)) * b\")",
                "    float[] conv(" + x + "float[] x, " + y + "float[] y, @Vj(1) float[] b, @Pm float g);",
                "",
                "    @Formula(\"SqDist(x, y)\")",
                "    @Reduce(value = Reduction.ARG_K_MIN, k = 10)",
                "    int[] knn(" + x + "double[] x, " + y + "double[] y);",
                "",
                "    @Formula(\"b - p * WeightedSqDist(w, x, y)\")",
                "    @Reduce(value = Reduction.LOG_SUM_EXP, over = Index.I)",
                "    float[] softMin(" + x + "float[] x, " + y + "float[] y, @Vi(1) float[] b, @Pm float p, @Pm(" + dim
                        + ") float[] w);",
                "",
                "    @Formula(\"(x | y)\")",
                "    @Reduce(Reduction.MAX_ARG_MAX)",
                "    FloatArgResult bestDot(" + x + "float[] x, " + y + "float[] y);");
    }

    /** Compiles {@code s}, which must succeed without warnings. */
    static Compilation compile(KernelSource s) {
        Compilation c = KernelSource.compile(s);
        assertThat(c).succeededWithoutWarnings();
        return c;
    }

    /** The methods of the generated kernel classes over {@link #HUGE_METHOD} bytes, as {@code name: length}. */
    static List<String> hugeMethods(Compilation c) throws IOException {
        List<String> huge = new ArrayList<>();
        int classes = 0;
        for (JavaFileObject f : c.generatedFiles()) {
            if (f.getKind() != JavaFileObject.Kind.CLASS || !f.getName().contains("Kernels")) {
                continue;
            }
            classes++;
            byte[] bytes;
            try (InputStream in = f.openInputStream()) {
                bytes = in.readAllBytes();
            }
            huge.addAll(methodsOver(bytes, HUGE_METHOD));
        }
        assertTrue(classes >= 4, "kernel classes found: " + classes + " in " + c.generatedFiles());
        return huge;
    }

    /**
     * The methods of a class file whose bytecode is longer than {@code limit}, as
     * {@code name: length}: a minimal reader of the constant pool and the Code attributes (the
     * processor builds for Java 17, without java.lang.classfile).
     */
    static List<String> methodsOver(byte[] bytes, int limit) throws IOException {
        return members(bytes, limit, Integer.MAX_VALUE);
    }

    /**
     * The methods of the generated SIMD kernel classes over {@code codeLimit} bytes or with more
     * than {@code parameterLimit} parameters. C2 places a method's stack arguments and those of the
     * calls it makes in one register mask: a block method of 49 parameters calling its tail with 35
     * was never compiled ("COMPILE SKIPPED: unsupported calling sequence"; 40 arrays in and out
     * already are).
     */
    static List<String> simdMethods(Compilation c, int codeLimit, int parameterLimit) throws IOException {
        List<String> over = new ArrayList<>();
        for (JavaFileObject f : c.generatedFiles()) {
            if (f.getKind() == JavaFileObject.Kind.CLASS && f.getName().contains("SimdKernels")) {
                try (InputStream in = f.openInputStream()) {
                    over.addAll(members(in.readAllBytes(), codeLimit, parameterLimit));
                }
            }
        }
        return over;
    }

    /** Parameters in a method descriptor: {@code ([F[[FII)V} has 4. */
    private static int parameters(String descriptor) {
        int count = 0;
        for (int k = 1; descriptor.charAt(k) != ')'; k++) {
            char c = descriptor.charAt(k);
            if (c == '[') {
                continue;
            }
            if (c == 'L') {
                k = descriptor.indexOf(';', k);
            }
            count++;
        }
        return count;
    }

    private static List<String> members(byte[] bytes, int limit, int parameterLimit) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        in.readInt(); // magic
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.skipBytes(6); // access, this, super
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        List<String> over = new ArrayList<>();
        for (int group = 0; group < 2; group++) { // fields, then methods
            int members = in.readUnsignedShort();
            for (int m = 0; m < members; m++) {
                in.skipBytes(2);
                String name = utf8[in.readUnsignedShort()];
                String descriptor = utf8[in.readUnsignedShort()];
                if (group == 1 && parameters(descriptor) > parameterLimit) {
                    over.add(name + ": " + parameters(descriptor) + " parameters");
                }
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    if (group == 1 && attribute.equals("Code")) {
                        in.skipBytes(4);
                        int code = in.readInt();
                        if (code > limit) {
                            over.add(name + ": " + code + " bytes");
                        }
                        in.skipBytes(length - 8);
                    } else {
                        in.skipBytes(length);
                    }
                }
            }
        }
        return over;
    }

    @Test
    void generatedMethodsAreMeasured() throws IOException {
        // The reader finds the unrolled kernels' long methods: at D = 12 some exceed 1,000 bytes.
        Compilation c = compile(kernels("Measured", 12));
        assertTrue(!simdMethods(c, 1000, Integer.MAX_VALUE).isEmpty(),
                "no method over 1,000 bytes in the SIMD kernels of D = 12: the class reader is broken");
    }

    @Test
    void mnistDimensionCompilesToMethodsTheJitTakes() throws IOException {
        Compilation c = compile(kernels("Mnist", 784));
        List<String> huge = hugeMethods(c);
        assertTrue(huge.isEmpty(), "methods over " + HUGE_METHOD + " bytes: " + huge);
        String simd = c.generatedSourceFile("test.MnistSimdKernels").orElseThrow().getCharContent(true).toString();
        assertTrue(simd.contains("for (int d = 0; d < 784; d++)"), "no loop over d in the SIMD kernels");
        String scalar = c.generatedSourceFile("test.MnistScalarKernels").orElseThrow().getCharContent(true).toString();
        assertTrue(scalar.contains("for (int d = 0; d < 784; d++)"), "no loop over d in the scalar kernels");
    }

    @Test
    void dimension1024CompilesQuickly() throws IOException {
        long t0 = System.nanoTime();
        Compilation c = compile(kernels("Wide", 1024));
        double seconds = (System.nanoTime() - t0) * 1e-9;
        List<String> huge = hugeMethods(c);
        assertTrue(huge.isEmpty(), "methods over " + HUGE_METHOD + " bytes: " + huge);
        // Unrolled, the same interface took minutes or failed; looped, about as long as D = 3
        // (a few seconds on a loaded 2-core machine, most of it javac's start).
        assertTrue(seconds < 30, "D = 1024 took " + seconds + " s to compile");
    }

    /**
     * Sums over the reduced side's components alone ({@code SqNorm2(y)}: a cosine against the
     * database's norms, a Gaussian by the norm trick; {@code SqNorm2(x)} reduced over i) loop like
     * the pair sums: spelled out, D = 129 gave SIMD methods of 12,500 bytes (run interpreted, 10 x
     * slower than scalar) and D = 300 was JK208.
     */
    @ParameterizedTest(name = "D = {0}")
    @ValueSource(ints = {129, 300})
    void sumsOverTheReducedSideAloneLoop(int dim) throws IOException {
        String x = "@Vi(" + dim + ") ";
        String y = "@Vj(" + dim + ") ";
        Compilation c = compile(DeclarationErrorTest.kernels("Columns" + dim,
                "    @Formula(\"(x | y) * Rsqrt(SqNorm2(y))\")",
                "    float[] cosine(" + x + "float[] x, " + y + "float[] y);",
                "",
                "    @Formula(\"-(x | y) * Rsqrt(SqNorm2(y))\")",
                "    @Reduce(value = Reduction.ARG_K_MIN, k = 5)",
                "    int[] knn(" + x + "float[] x, " + y + "float[] y);",
                "",
                "    @Formula(\"Exp(g * (2 * (x | y) - SqNorm2(x) - SqNorm2(y))) * b\")",
                "    double[] gauss(" + x + "double[] x, " + y + "double[] y, @Vj(1) double[] b, @Pm double g);",
                "",
                "    @Formula(\"(x | y) * Rsqrt(SqNorm2(x))\")",
                "    @Reduce(value = Reduction.SUM, over = Index.I)",
                "    double[] cosineI(" + x + "double[] x, " + y + "double[] y);"));
        List<String> huge = hugeMethods(c);
        assertTrue(huge.isEmpty(), "methods over " + HUGE_METHOD + " bytes: " + huge);
    }

    /**
     * The block methods of a k-NN at D = 128 (8 rows per block, 4 buffers per row) take the rows'
     * buffers grouped by type: with one parameter each, C2 never compiled them and the kNN ran 6 x
     * slower on SIMD than on the scalar backend.
     */
    @Test
    void blockMethodsTakeFewParameters() throws IOException {
        Compilation c = compile(DeclarationErrorTest.kernels("Knn128",
                "    @Formula(\"SqDist(x, y)\")",
                "    @Reduce(value = Reduction.ARG_K_MIN, k = 5)",
                "    int[] knn(@Vi(128) float[] x, @Vj(128) float[] y);",
                "",
                "    @Formula(\"SqDist(x, y)\")",
                "    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3)",
                "    FloatArgResult knn3(@Vi(3) float[] x, @Vj(3) float[] y);"));
        // The reader counts parameters: the entry and range methods take more than 10.
        assertTrue(!simdMethods(c, Integer.MAX_VALUE, 10).isEmpty(), "no SIMD method over 10 parameters: the reader is broken");
        List<String> many = simdMethods(c, Integer.MAX_VALUE, 24);
        assertTrue(many.isEmpty(), "SIMD methods with more than 24 parameters: " + many);
    }

    @Test
    void smallDimensionsKeepTheUnrolledSchedule() throws IOException {
        Compilation c = compile(kernels("Small", 8));
        String simd = c.generatedSourceFile("test.SmallSimdKernels").orElseThrow().getCharContent(true).toString();
        assertTrue(!simd.contains("for (int d = 0;"), "D = 8 should stay unrolled");
        assertTrue(hugeMethods(c).isEmpty());
    }

    /** {@code op(op(...op(x - y)...))}, n deep. */
    private static String nested(String op, int n) {
        return (op + "(").repeat(n) + "x - y" + ")".repeat(n);
    }

    /** A balanced sum of n distinct cheap terms with a constant each: {@code Abs(x * 1.001 - y) + ...}. */
    private static String cheapTerms(int n) {
        List<String> terms = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            terms.add("Abs(x * " + (1 + k / 1000.0) + " - y)");
        }
        while (terms.size() > 1) {
            List<String> next = new ArrayList<>();
            for (int k = 0; k < terms.size(); k += 2) {
                next.add(k + 1 < terms.size() ? "(" + terms.get(k) + " + " + terms.get(k + 1) + ")" : terms.get(k));
            }
            terms = next;
        }
        return terms.get(0);
    }

    /**
     * Kernels near the size limit, accepted or JK208, never accepted with a method over 8,000
     * bytes: 32 and 33 nested float32 Exp were accepted at 8,052 and 8,339 bytes of SIMD row
     * method (HotSpot never compiled them: 9 x slower than scalar), as a sum of 130 float64
     * terms with a constant each was at 8,130 (its per-row products were not counted).
     */
    @ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "float, Exp26, true", "float, Exp32, false", "float, Exp33, false", "double, Exp16, true",
        "double, Exp18, false", "double, Sin12, true", "double, Sin16, false", "double, Cheap110, true",
        "double, Cheap130, false", "float, Cheap130, false"})
    void acceptedKernelsHaveNoMethodTheJitSkips(String type, String shape, boolean accepted) throws IOException {
        String op = shape.replaceAll("\\d", "");
        int n = Integer.parseInt(shape.replaceAll("\\D", ""));
        String formula = op.equals("Cheap") ? cheapTerms(n) : nested(op, n);
        KernelSource s = DeclarationErrorTest.kernels("Near" + shape,
                "    @Formula(\"" + formula + "\")",
                "    " + type + "[] k(@Vi(1) " + type + "[] x, @Vj(1) " + type + "[] y);");
        Compilation c = KernelSource.compile(s);
        if (c.status() == Compilation.Status.SUCCESS) {
            List<String> huge = hugeMethods(c);
            assertTrue(huge.isEmpty(), "accepted, with methods over " + HUGE_METHOD + " bytes: " + huge);
        } else {
            assertThat(c).hadErrorContaining("[JK208] kernel too large");
        }
        assertTrue(accepted == (c.status() == Compilation.Status.SUCCESS),
                () -> shape + " " + type + (accepted ? " is no longer accepted" : " is accepted") + ": " + c.diagnostics());
    }
}
