package org.jkeops.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jkeops.processor.KernelSource.assertErrorCount;
import static org.jkeops.processor.KernelSource.assertNoImpl;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** The {@code Ranges} parameter of block-sparse kernels: where it is accepted and its errors. */
class RangesDeclarationTest {

    @Test
    void rangesAnywhereInTheParameterListIsAccepted() {
        KernelSource s = DeclarationErrorTest.kernels("Sparse",
                "    @Formula(\"SqDist(x, y) * b\")",
                "    @Reduce(Reduction.SUM)",
                "    float[] f(Ranges ranges, @Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b);",
                "    @Formula(\"SqDist(x, y)\")",
                "    @Reduce(value = Reduction.ARG_K_MIN, k = 2, over = Index.I)",
                "    void g(@Vi(3) double[] x, Ranges r, @Vj(3) double[] y, @Out int[] idx);");
        Compilation c = KernelSource.compile(s);
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("test.SparseImpl").contentsAsUtf8String()
                .contains("ranges_.blocksOverJ(\"Sparse.f: ranges\", m, n)");
        assertThat(c).generatedSourceFile("test.SparseImpl").contentsAsUtf8String()
                .contains("r_.blocksOverI(\"Sparse.g: r\", m, n)"); // a reserved local name gets an underscore
    }

    @Test
    void jk160AnnotatedRanges() {
        KernelSource s = DeclarationErrorTest.kernels("AnnotatedRanges",
                "    @Formula(\"SqDist(x, y)\")",
                "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y, @Pm(1) Ranges ranges);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK160] parameter ranges has type Ranges and carries @Pm; a Ranges parameter takes no "
                + "annotation: it makes the method block-sparse (null means dense)", "Ranges ranges");
        assertErrorCount(c, 1);
        assertNoImpl(c, "test.AnnotatedRangesImpl");
    }

    @Test
    void jk161TwoRanges() {
        KernelSource s = DeclarationErrorTest.kernels("TwoRanges",
                "    @Formula(\"SqDist(x, y)\")",
                "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y, Ranges a,",
                "            Ranges b);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK161] kernel method f has 2 Ranges parameters (a, b); a kernel method takes at most one",
                "Ranges b");
        assertErrorCount(c, 1);
    }

    @Test
    void jk162RangesOnABodyFormula() {
        KernelSource s = DeclarationErrorTest.kernels("BodyRanges",
                "    @Reduce(Reduction.SUM)",
                "    static float f(@Vi(1) float x, @Vj(1) float y, Ranges ranges) {",
                "        return x * y;",
                "    }");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK162] kernel method f cannot take the Ranges parameter ranges: a static method's body",
                "Ranges ranges");
        assertErrorCount(c, 1);
    }

    @Test
    void varFormCannotNameTheRangesParameter() {
        KernelSource s = DeclarationErrorTest.kernels("VarRanges",
                "    @Formula(\"SqDist(x, Vj(2, 3))\")",
                "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y, Ranges ranges);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "Vj(2, 3) refers to ranges, the Ranges parameter", "@Formula");
        assertErrorCount(c, 1);
    }
}
