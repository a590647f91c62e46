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
                in.skipBytes(2);
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
        boolean found = false;
        for (JavaFileObject f : c.generatedFiles()) {
            if (f.getKind() == JavaFileObject.Kind.CLASS && f.getName().contains("SimdKernels")) {
                try (InputStream in = f.openInputStream()) {
                    found |= !methodsOver(in.readAllBytes(), 1000).isEmpty();
                }
            }
        }
        assertTrue(found, "no method over 1,000 bytes in the SIMD kernels of D = 12: the class reader is broken");
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

    @Test
    void smallDimensionsKeepTheUnrolledSchedule() throws IOException {
        Compilation c = compile(kernels("Small", 8));
        String simd = c.generatedSourceFile("test.SmallSimdKernels").orElseThrow().getCharContent(true).toString();
        assertTrue(!simd.contains("for (int d = 0;"), "D = 8 should stay unrolled");
        assertTrue(hugeMethods(c).isEmpty());
    }
}
