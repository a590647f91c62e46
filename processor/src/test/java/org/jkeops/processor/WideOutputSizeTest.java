package org.jkeops.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Formulas whose output is D components wide (issue 14, issue 18 item 3): the gradient of a
 * Gaussian or Laplace kernel with respect to x or y, a kernel-weighted sum of a D-wide variable,
 * an element-wise {@code x - y}. Unrolled, the gradient at D = 784 was "code too large" for javac;
 * now every backend loops over the output components, so every generated method stays under
 * HotSpot's 8,000-byte JIT limit up to the largest dimension the processor accepts (65,536), and
 * what cannot loop is JK208 at the formula.
 */
class WideOutputSizeTest {
    private static final int HUGE_METHOD = HighDimensionTest.HUGE_METHOD;

    private static KernelSource kernels(String name, int dim) {
        String x = "@Vi(" + dim + ") ";
        String y = "@Vj(" + dim + ") ";
        return DeclarationErrorTest.kernels(name,
                "    @Formula(\"Grad(Exp(-g * SqDist(x, y)) * b, x, e)\")",
                "    float[] gradX(" + x + "float[] x, " + y + "float[] y, @Vj(1) float[] b, @Pm float g, @Vi(1) float[] e);",
                "",
                "    @Formula(\"Grad(Exp(-g * SqDist(x, y)) * b, y, e)\")",
                "    @Reduce(value = Reduction.SUM, over = Index.I)",
                "    double[] gradY(" + x + "double[] x, " + y + "double[] y, @Vj(1) double[] b, @Pm double g,"
                        + " @Vj(1) double[] e);",
                "",
                "    @Formula(\"Grad(Exp(-Sqrt(SqDist(x, y) + 1e-6)) * b, x, e)\")",
                "    @Reduce(value = Reduction.SUM, sum = SumScheme.DOUBLE)",
                "    float[] laplaceGradX(" + x + "float[] x, " + y + "float[] y, @Vj(1) float[] b, @Vi(1) float[] e);",
                "",
                "    @Formula(\"Exp(-g * SqDist(x, y)) * y\")",
                "    @Reduce(value = Reduction.SUM, sum = SumScheme.DIRECT)",
                "    float[] weightedMean(" + x + "float[] x, " + y + "float[] y, @Pm float g);",
                "",
                "    @Formula(\"x - y\")",
                "    double[] diff(" + x + "double[] x, " + y + "double[] y);",
                "",
                "    @Formula(\"Grad(Exp(-g * SqDist(x, y)) * b, x, e)\")",
                "    float[] gradXRanges(" + x + "float[] x, " + y + "float[] y, @Vj(1) float[] b, @Pm float g,"
                        + " @Vi(1) float[] e, Ranges ranges);");
    }

    private static String source(Compilation c, String name) throws IOException {
        return c.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
    }

    private static String openCl(Compilation c, String iface) throws IOException {
        return c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/jkeops/opencl/test." + iface + ".cl")
                .orElseThrow().getCharContent(true).toString();
    }

    @Test
    void mnistDimensionLoopsOverTheOutputOnEveryBackend() throws IOException {
        Compilation c = HighDimensionTest.compile(kernels("WideMnist", 784));
        List<String> huge = HighDimensionTest.hugeMethods(c);
        assertTrue(huge.isEmpty(), "methods over " + HUGE_METHOD + " bytes: " + huge);
        String scalar = source(c, "test.WideMnistScalarKernels");
        String simd = source(c, "test.WideMnistSimdKernels");
        String cl = openCl(c, "WideMnist");
        assertTrue(scalar.contains("for (int oc = 0; oc < 784; oc++)"), "no loop over c in the scalar kernels");
        // SIMD: lanes over the components (16 float32 lanes at 512 bits, 2 float64 lanes at 128 bits)
        assertTrue(simd.contains("for (int oc = 0; oc < 784; oc += 16)"), "no lane loop over c in the SIMD kernels");
        assertTrue(simd.contains("for (int oc = 0; oc < 784; oc += 2)"), "no float64 lane loop over c in the SIMD kernels");
        assertTrue(cl.contains("for (int oc = 0; oc < 784; oc++) {"), "no loop over c in the OpenCL kernels");
        // the per-pair factor once per pair, the distance as a loop: short sources
        // (unrolled, one kernel's components alone were ~1 MB of C)
        assertTrue(cl.length() < 100_000, "OpenCL program of " + cl.length() + " chars");
        assertTrue(scalar.length() < 40_000, "scalar kernels of " + scalar.length() + " chars");
    }

    @Test
    void largestAcceptedDimensionCompilesQuicklyToSmallMethods() throws IOException {
        int max = org.jkeops.processor.resolve.Resolver.MAX_DIMENSION;
        long t0 = System.nanoTime();
        Compilation c = HighDimensionTest.compile(kernels("WideMax", max));
        double seconds = (System.nanoTime() - t0) * 1e-9;
        List<String> huge = HighDimensionTest.hugeMethods(c);
        assertTrue(huge.isEmpty(), "methods over " + HUGE_METHOD + " bytes at D = " + max + ": " + huge);
        assertTrue(source(c, "test.WideMaxScalarKernels").contains("for (int oc = 0; oc < " + max + "; oc++)"));
        // ~10 s on a loaded 2-core machine (lowering 6 x 65,536 components, then matching them);
        // minutes when ComponentSums tried every count of terms at each addition
        assertTrue(seconds < 120, "D = " + max + " took " + seconds + " s to compile");
    }

    @Test
    void narrowOutputsStayUnrolled() throws IOException {
        Compilation c = HighDimensionTest.compile(kernels("WideNarrow", 31));
        assertTrue(HighDimensionTest.hugeMethods(c).isEmpty());
        for (String k : List.of("test.WideNarrowScalarKernels", "test.WideNarrowSimdKernels")) {
            assertFalse(source(c, k).contains("for (int oc = 0;"), k + ": D = 31 should stay unrolled");
        }
        assertFalse(openCl(c, "WideNarrow").contains("for (int oc = 0;"), "OpenCL at D = 31 should stay unrolled");
    }

    @Test
    void wideOutputsThatCannotLoopAreJk208AtTheFormula() {
        KernelSource s = DeclarationErrorTest.kernels("WideErrors",
                "    @Formula(\"x - y\") @Reduce(Reduction.MIN)",
                "    float[] minDiff(@Vi(64) float[] x, @Vj(64) float[] y);",
                "    @Formula(\"-SqDist(x, y)\") @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = \"y\")",
                "    float[] attention(@Vi(784) float[] x, @Vj(784) float[] y);",
                "    @Formula(\"Sum(Exp(x - y))\")",
                "    float[] expSum(@Vi(784) float[] x, @Vj(784) float[] y);",
                "    @Formula(\"Exp(-SqDist(x, y)) * y\") @Reduce(value = Reduction.SUM, sum = SumScheme.KAHAN)",
                "    float[] kahan(@Vi(784) float[] x, @Vj(784) float[] y);");
        Compilation c = s.compileWithErrors();
        assertThat(c).hadErrorCount(4);
        assertThat(c).hadErrorContaining("[JK208] kernel too large in the formula of minDiff at column 1: the formula has"
                + " dimension 64 and the MIN reduction");
        assertThat(c).hadErrorContaining("[JK208] kernel too large in the formula of attention at column 1: the weight has"
                + " dimension 784");
        assertThat(c).hadErrorContaining("[JK208] kernel too large in the formula of expSum at column 1: the formula spells"
                + " about");
        assertThat(c).hadErrorContaining("[JK208] kernel too large in the formula of kahan at column 1: a SUM over an"
                + " output of dimension 784");
    }
}
