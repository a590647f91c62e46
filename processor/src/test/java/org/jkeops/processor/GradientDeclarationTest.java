package org.jkeops.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jkeops.processor.KernelSource.assertErrorCount;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * {@code @Gradient} declarations: a valid interface compiles, and each misuse is a JK15x error on
 * the right line, with no implementation generated.
 */
class GradientDeclarationTest {
    /** The target: a Gaussian SUM over j of dimension 2. */
    private static final List<String> TARGET = List.of(
            "    @Formula(\"Exp(-g * SqDist(x, y)) * b\")",
            "    float[] gauss(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g);");

    private static KernelSource kernels(String name, String... members) {
        List<String> body = new ArrayList<>();
        body.add("@Kernels");
        body.add("public interface " + name + " {");
        body.addAll(TARGET);
        body.addAll(List.of(members));
        body.add("}");
        return KernelSource.of(name, body.toArray(String[]::new));
    }

    private static final String PARAMS = "@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g";

    @Test
    void validGradientsCompile() {
        KernelSource s = kernels("Valid",
                "    @Gradient(of = \"gauss\", wrt = \"x\")",
                "    float[] dx(" + PARAMS + ", @Vi(2) float[] e);",
                "    @Gradient(of = \"gauss\", wrt = \"y\")",
                "    float[] dy(" + PARAMS + ", @Vi(2) float[] e);",
                "    @Gradient(of = \"gauss\", wrt = \"g\")",
                "    float[] dg(" + PARAMS + ", @Vi(2) float[] e);");
        Compilation c = KernelSource.compile(s);
        assertThat(c).succeeded();
    }

    @Test
    void jk150GradientWithFormula() {
        KernelSource s = kernels("WithFormula",
                "    @Gradient(of = \"gauss\", wrt = \"x\")",
                "    @Formula(\"x\")",
                "    float[] dx(" + PARAMS + ", @Vi(2) float[] e);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK150] kernel method dx has @Gradient and @Formula; a @Gradient method's formula and "
                + "reduction come from its target: remove @Formula", "float[] dx(");
        assertErrorCount(c, 1);
    }

    @Test
    void jk150GradientWithReduce() {
        KernelSource s = kernels("WithReduce",
                "    @Gradient(of = \"gauss\", wrt = \"x\")",
                "    @Reduce(Reduction.SUM)",
                "    float[] dx(" + PARAMS + ", @Vi(2) float[] e);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK150] kernel method dx has @Gradient and @Reduce", "float[] dx(");
        assertErrorCount(c, 1);
    }

    @Test
    void jk151NoSuchMethod() {
        KernelSource s = kernels("NoTarget",
                "    @Gradient(of = \"gaus\", wrt = \"x\")",
                "    float[] dx(" + PARAMS + ", @Vi(2) float[] e);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK151] @Gradient method dx: of = \"gaus\" names no method of NoTarget", "of = \"gaus\"");
        assertErrorCount(c, 1);
    }

    @Test
    void jk151OverloadedTarget() {
        KernelSource s = kernels("Overloaded",
                "    @Formula(\"Exp(-g * SqDist(x, y)) * b\")",
                "    double[] gauss(@Vi(3) double[] x, @Vj(3) double[] y, @Vj(2) double[] b, @Pm double g);",
                "    @Gradient(of = \"gauss\", wrt = \"x\")",
                "    float[] dx(" + PARAMS + ", @Vi(2) float[] e);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK151] @Gradient method dx: of = \"gauss\" is overloaded (2 methods); the target of a "
                + "gradient must be a single method", "@Gradient(of = \"gauss\"");
        assertErrorCount(c, 1);
    }

    @Test
    void jk151GradientOfAGradient() {
        KernelSource s = kernels("Second",
                "    @Gradient(of = \"gauss\", wrt = \"x\")",
                "    float[] dx(" + PARAMS + ", @Vi(2) float[] e);",
                "    @Gradient(of = \"dx\", wrt = \"x\")",
                "    float[] ddx(" + PARAMS + ", @Vi(2) float[] e, @Vi(3) float[] e2);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK151] @Gradient method ddx: of = \"dx\" is itself a @Gradient method", "of = \"dx\"");
        assertErrorCount(c, 1);
    }

    private static final String LSE = "@Vi(3) float[] x, @Vj(3) float[] y, @Pm float g";

    private static final List<String> LSE_TARGET = List.of(
            "    @Formula(\"-g * SqDist(x, y)\")",
            "    @Reduce(Reduction.LOG_SUM_EXP)",
            "    float[] lse(" + LSE + ");");

    private static String[] withLse(String... members) {
        List<String> all = new ArrayList<>(LSE_TARGET);
        all.addAll(List.of(members));
        return all.toArray(String[]::new);
    }

    @Test
    void validLogSumExpGradientsCompile() {
        KernelSource s = kernels("ValidLse", withLse(
                "    @Gradient(of = \"lse\", wrt = \"x\")",
                "    float[] dx(" + LSE + ", @Vi(1) float[] s, @Vi(1) float[] e);",
                "    @Gradient(of = \"lse\", wrt = \"y\")",
                "    float[] dy(" + LSE + ", @Vi(1) float[] s, @Vi(1) float[] e);",
                "    @Gradient(of = \"lse\", wrt = \"g\")",
                "    float[] dg(" + LSE + ", @Vi(1) float[] s, @Vi(1) float[] e);"));
        Compilation c = KernelSource.compile(s);
        assertThat(c).succeeded();
    }

    @Test
    void jk154LogSumExpParameters() {
        KernelSource s = kernels("LseParams", withLse(
                "    @Gradient(of = \"lse\", wrt = \"x\")",
                "    float[] noS(" + LSE + ", @Vi(1) float[] e);",
                "    @Gradient(of = \"lse\", wrt = \"x\")",
                "    float[] badS(" + LSE + ", @Vj(1) float[] s, @Vi(1) float[] e);",
                "    @Gradient(of = \"lse\", wrt = \"x\")",
                "    float[] badE(" + LSE + ", @Vi(1) float[] s, @Vi(2) float[] e);"));
        Compilation c = s.compileWithErrors();
        String expected = "(" + LSE.replace("@Pm", "@Pm(1)") + ", @Vi(1) float[] s, @Vi(1) float[] e)";
        s.assertError(c, "[JK154] @Gradient method noS must take the parameters of lse followed by the saved forward "
                + "result s and the incoming gradient e: " + expected + "; it has 4 parameters, expected 5",
                "float[] noS(");
        s.assertError(c, "[JK154] @Gradient method badS must take the parameters of lse followed by the saved forward "
                + "result s and the incoming gradient e: " + expected + "; the saved forward result is @Vj(1) float[] s, "
                + "expected @Vi(1) float[] s", "float[] badS(");
        s.assertError(c, "the incoming gradient is @Vi(2) float[] e, expected @Vi(1) float[] e", "float[] badE(");
        assertErrorCount(c, 3);
    }

    @Test
    void jk152ArgOnlyReductionsHaveNoGradient() {
        KernelSource s = kernels("ArgOnly",
                "    @Formula(\"SqDist(x, y)\")",
                "    @Reduce(Reduction.ARG_MIN)",
                "    int[] amn(@Vi(3) float[] x, @Vj(3) float[] y);",
                "    @Formula(\"SqDist(x, y)\")",
                "    @Reduce(value = Reduction.ARG_K_MIN, k = 2)",
                "    int[] akmn(@Vi(3) float[] x, @Vj(3) float[] y);",
                "    @Gradient(of = \"amn\", wrt = \"x\")",
                "    float[] dx3(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(1) int[] idx, @Vi(1) float[] e);",
                "    @Gradient(of = \"akmn\", wrt = \"y\")",
                "    float[] dy3(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(2) int[] idx, @Vi(2) float[] e);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK152] @Gradient method dx3: ARG_MIN (target amn) returns indices, which have no gradient "
                + "(piecewise constant in the variables); differentiate the MIN of the same formula, whose gradient "
                + "takes these indices", "of = \"amn\"");
        s.assertError(c, "[JK152] @Gradient method dy3: ARG_K_MIN (target akmn) returns indices, which have no "
                + "gradient (piecewise constant in the variables); differentiate the K_MIN of the same formula, whose "
                + "gradient takes these indices", "of = \"akmn\"");
        assertErrorCount(c, 2);
    }

    @Test
    void minMaxAndKMinGradientsTakeTheArgIndicesAndTheIncomingGradient() {
        KernelSource s = kernels("ArgGradients",
                "    @Formula(\"SqDist(x, y) * b\")",
                "    @Reduce(Reduction.MIN)",
                "    float[] mn(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b);",
                "    @Formula(\"SqDist(x, y)\")",
                "    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 4, over = Index.I)",
                "    FloatArgResult kmn(@Vi(3) float[] x, @Vj(3) float[] y);",
                "    @Gradient(of = \"mn\", wrt = \"x\")",
                "    float[] ok1(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Vi(2) int[] idx, @Vi(2) float[] e);",
                "    @Gradient(of = \"kmn\", wrt = \"y\")",
                "    float[] ok2(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(4) int[] idx, @Vj(4) float[] e);",
                "    @Gradient(of = \"mn\", wrt = \"b\")",
                "    float[] floatIdx(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Vi(2) float[] idx, @Vi(2) float[] e);",
                "    @Gradient(of = \"kmn\", wrt = \"x\")",
                "    float[] wrongWidth(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) int[] idx, @Vj(4) float[] e);",
                "    @Gradient(of = \"mn\", wrt = \"x\")",
                "    float[] noIdx(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Vi(2) float[] e);",
                "    @Formula(\"SqDist(x, y)\")",
                "    float[] intVariable(@Vi(3) float[] x, @Vj(3) int[] y);");
        Compilation c = s.compileWithErrors();
        String followed = "followed by the saved arg indices of the forward result (int[]) and the incoming gradient e: ";
        s.assertError(c, "[JK154] @Gradient method floatIdx must take the parameters of mn " + followed
                + "(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Vi(2) int[] idx, @Vi(2) float[] e); the saved "
                + "arg indices is @Vi(2) float[] idx, expected @Vi(2) int[] idx (the dimension of mn's formula)",
                "float[] floatIdx(");
        s.assertError(c, "[JK154] @Gradient method wrongWidth must take the parameters of kmn " + followed
                + "(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(4) int[] idx, @Vj(4) float[] e); the saved arg indices is "
                + "@Vj(1) int[] idx, expected @Vj(4) int[] idx (K x the dimension of kmn's formula)",
                "float[] wrongWidth(");
        s.assertError(c, "[JK154] @Gradient method noIdx must take the parameters of mn " + followed
                + "(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Vi(2) int[] idx, @Vi(2) float[] e); it has 4 "
                + "parameters, expected 5", "float[] noIdx(");
        s.assertError(c, "[JK120] parameter y has type int[]", "int[] y");
        assertErrorCount(c, 4);
    }

    /** The reduced-index variable of an arg-index gradient never shadows a parameter of the same name. */
    @Test
    void indexColumnNameAvoidsParameterNames() {
        KernelSource s = kernels("IndexName",
                "    @Formula(\"SqDist(jk_index, jk_index_)\")",
                "    @Reduce(Reduction.MIN)",
                "    float[] mn(@Vi(3) float[] jk_index, @Vj(3) float[] jk_index_);",
                "    @Gradient(of = \"mn\", wrt = \"jk_index\")",
                "    float[] d(@Vi(3) float[] jk_index, @Vj(3) float[] jk_index_, @Vi(1) int[] idx, @Vi(1) float[] e);");
        Compilation c = KernelSource.compile(s);
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("test.IndexNameImpl").contentsAsUtf8String()
                .contains("final float[] jk_index___ = Args.indexColumnFloats(n);");
    }

    /**
     * A gradient that lacks a parameter its target's formula uses is reported (JK154), not
     * skipped in silence: the target's formula cannot be read with its parameters.
     */
    @Test
    void missingTargetParameterIsReportedForEveryGradientForm() {
        KernelSource s = kernels("Missing",
                "    @Formula(\"SqDist(x, y) * b\")",
                "    @Reduce(Reduction.MIN)",
                "    float[] mn(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b);",
                "    @Formula(\"-SqDist(x, y)\")",
                "    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = \"b\")",
                "    float[] ssw(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b);",
                "    @Formula(\"-SqDist(x, y)\")",
                "    @Reduce(value = Reduction.LOG_SUM_EXP, weight = \"b\")",
                "    float[] wlse(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b);",
                "    @Gradient(of = \"mn\", wrt = \"x\")",
                "    float[] noB1(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(2) int[] idx, @Vi(2) float[] e);",
                "    @Gradient(of = \"ssw\", wrt = \"x\")",
                "    float[] noB2(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(1) float[] lse, @Vi(2) float[] s, @Vi(2) float[] e);",
                "    @Gradient(of = \"wlse\", wrt = \"x\")",
                "    float[] noB3(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(2) float[] s, @Vi(2) float[] e);");
        Compilation c = s.compileWithErrors();
        String params = "@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, ";
        s.assertError(c, "[JK154] @Gradient method noB1 must take the parameters of mn followed by the saved arg "
                + "indices of the forward result (int[]) and the incoming gradient e: (" + params
                + "@Vi(dimF) int[] idx, @Vi(dimF) float[] e); it has 4 parameters, expected 5",
                "float[] noB1(");
        s.assertError(c, "(" + params + "@Vi(1) float[] lse, @Vi(dimG) float[] s, @Vi(dimG) float[] e); it has 5 "
                + "parameters, expected 6", "float[] noB2(");
        s.assertError(c, "(" + params + "@Vi(dimG) float[] s, @Vi(dimG) float[] e); it has 4 parameters, expected 5",
                "float[] noB3(");
        assertErrorCount(c, 3);
    }

    @Test
    void softmaxGradientTakesTheNormalizerTheResultAndTheIncomingGradient() {
        KernelSource s = kernels("Softmax",
                "    @Formula(\"-g * SqDist(x, y)\")",
                "    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = \"y\")",
                "    float[] ssw(@Vi(3) float[] x, @Vj(3) float[] y, @Pm float g);",
                "    @Gradient(of = \"ssw\", wrt = \"x\")",
                "    float[] dx2(@Vi(3) float[] x, @Vj(3) float[] y, @Pm float g, @Vi(1) float[] lse,",
                "            @Vi(3) float[] s, @Vi(1) float[] e);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK154] @Gradient method dx2 must take the parameters of ssw followed by the saved "
                + "log-normalizer lse (log sum_j exp F, a LOG_SUM_EXP of the same formula), the saved forward result s "
                + "and the incoming gradient e: (@Vi(3) float[] x, @Vj(3) float[] y, @Pm(1) float g, @Vi(1) float[] lse, "
                + "@Vi(3) float[] s, @Vi(3) float[] e); the incoming gradient is @Vi(1) float[] e, expected "
                + "@Vi(3) float[] e", "float[] dx2(");
        assertErrorCount(c, 1);
    }

    @Test
    void weightedLogSumExpTakesResultAndGradientOfTheWeightsDimension() {
        KernelSource s = kernels("Weighted",
                "    @Formula(\"-g * SqDist(x, y)\")",
                "    @Reduce(value = Reduction.LOG_SUM_EXP, weight = \"y\")",
                "    float[] wlse(@Vi(3) float[] x, @Vj(3) float[] y, @Pm float g);",
                "    @Gradient(of = \"wlse\", wrt = \"x\")",
                "    float[] dx(@Vi(3) float[] x, @Vj(3) float[] y, @Pm float g, @Vi(1) float[] s,",
                "            @Vi(1) float[] e);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK154] @Gradient method dx must take the parameters of wlse followed by the saved forward "
                + "result s and the incoming gradient e: (@Vi(3) float[] x, @Vj(3) float[] y, @Pm(1) float g, "
                + "@Vi(3) float[] s, @Vi(3) float[] e); the saved forward result is @Vi(1) float[] s, expected "
                + "@Vi(3) float[] s", "float[] dx(");
        assertErrorCount(c, 1);
    }

    /** Every gradient form compiles with its declared trailing parameters, the K_MIN one laid out K x dimF. */
    @Test
    void everyGradientFormCompiles() {
        KernelSource s = kernels("EveryForm",
                "    @Formula(\"-g * SqDist(x, y)\")",
                "    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = \"Exp(g) * y\")",
                "    float[] ssw(@Vi(3) float[] x, @Vj(3) float[] y, @Pm float g);",
                "    @Gradient(of = \"ssw\", wrt = \"y\")",
                "    float[] sswDy(@Vi(3) float[] x, @Vj(3) float[] y, @Pm float g, @Vi(1) float[] lse, @Vi(3) float[] s,",
                "            @Vi(3) float[] e);",
                "    @Formula(\"-g * SqDist(x, y)\")",
                "    @Reduce(value = Reduction.LOG_SUM_EXP, weight = \"y\", over = Index.I)",
                "    float[] wlse(@Vi(3) float[] x, @Vj(3) float[] y, @Pm float g);",
                "    @Gradient(of = \"wlse\", wrt = \"g\")",
                "    float[] wlseDg(@Vi(3) float[] x, @Vj(3) float[] y, @Pm float g, @Vj(3) float[] s, @Vj(3) float[] e);",
                "    @Formula(\"SqDist(x, y) * b\")",
                "    @Reduce(value = Reduction.K_MIN, k = 3)",
                "    float[] kmin(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b);",
                "    @Gradient(of = \"kmin\", wrt = \"b\")",
                "    float[] kminDb(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Vi(6) int[] idx, @Vi(6) float[] e);");
        Compilation c = KernelSource.compile(s);
        assertThat(c).succeeded();
    }

    /**
     * A SUM_SOFTMAX_WEIGHT target without its weight reports that (JK143); its gradient adds no
     * error of its own (the processor used to fail with an internal error on it).
     */
    @Test
    void softmaxTargetWithoutWeightIsReportedOnceByTheTarget() {
        KernelSource s = kernels("NoWeight",
                "    @Formula(\"SqDist(x, y)\")",
                "    @Reduce(Reduction.SUM_SOFTMAX_WEIGHT)",
                "    float[] ssw(@Vi(3) float[] x, @Vj(3) float[] y);",
                "    @Gradient(of = \"ssw\", wrt = \"x\")",
                "    float[] dx(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(1) float[] lse, @Vi(1) float[] s, @Vi(1) float[] e);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK143] SUM_SOFTMAX_WEIGHT needs a weight formula", "@Reduce(Reduction.SUM_SOFTMAX_WEIGHT)");
        assertErrorCount(c, 1);
    }

    /**
     * A LOG_SUM_EXP (or SUM_SOFTMAX_WEIGHT) target whose formula is not a scalar reports that
     * (JK144); its gradients add no error of their own about a formula the user did not write.
     */
    @Test
    void vectorFormulaOfALogSumExpIsReportedOnceByTheTarget() {
        KernelSource s = kernels("VectorLse",
                "    @Formula(\"x * y\")",
                "    @Reduce(Reduction.LOG_SUM_EXP)",
                "    float[] lse(@Vi(3) float[] x, @Vj(3) float[] y);",
                "    @Gradient(of = \"lse\", wrt = \"x\")",
                "    float[] dx(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(1) float[] s, @Vi(1) float[] e);",
                "    @Formula(\"x * y\")",
                "    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = \"y\")",
                "    float[] ssw(@Vi(3) float[] x, @Vj(3) float[] y);",
                "    @Gradient(of = \"ssw\", wrt = \"y\")",
                "    float[] dy(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(1) float[] lse, @Vi(3) float[] s, @Vi(3) float[] e);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK144] LOG_SUM_EXP needs a formula of dimension 1, but (x * y) has dimension 3",
                "@Reduce(Reduction.LOG_SUM_EXP)");
        s.assertError(c, "[JK144] SUM_SOFTMAX_WEIGHT needs a formula of dimension 1",
                "@Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT");
        assertErrorCount(c, 2);
    }

    /** The IR dump shows what a gradient computes in KeOps notation, over the target's formula. */
    @Test
    void dumpShowsTheGradientsFormula() throws IOException {
        KernelSource s = kernels("DumpedGradient", withLse(
                "    @Gradient(of = \"lse\", wrt = \"x\")",
                "    float[] dx(" + LSE + ", @Vi(1) float[] s0, @Vi(1) float[] e0);"));
        Compilation c = KernelSource.compileWith(new String[] {"-Ajkeops.dumpIr=true"}, s);
        assertThat(c).succeeded();
        String dump = c.generatedFile(StandardLocation.CLASS_OUTPUT,
                "META-INF/jkeops/ir/test.DumpedGradient.txt").orElseThrow().getCharContent(true).toString();
        assertTrue(dump.contains("== DumpedGradient.dx (dx) ==\nsource:     "
                + "@Gradient(of = \"lse\", wrt = \"x\"): Grad(F, x, e0) * Exp(F - s0) with F = -g * SqDist(x, y)\n"),
                dump);
    }

    @Test
    void targetOverITakesItsIncomingGradientPerJ() {
        KernelSource s = kernels("OverI",
                "    @Formula(\"SqDist(x, y)\")",
                "    @Reduce(value = Reduction.SUM, over = Index.I)",
                "    float[] t(@Vi(3) float[] x, @Vj(3) float[] y);",
                "    @Gradient(of = \"t\", wrt = \"y\")",
                "    float[] dy(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] e);",
                "    @Gradient(of = \"t\", wrt = \"x\")",
                "    float[] dx(@Vi(3) float[] x, @Vj(3) float[] y, @Vi(1) float[] e);");
        Compilation c = s.compileWithErrors();
        // The target's output is indexed by j, so the incoming gradient is one row per j.
        s.assertError(c, "[JK154] @Gradient method dx must take the parameters of t followed by the incoming gradient: "
                + "(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] e); the incoming gradient is @Vi(1) float[] e, "
                + "expected @Vj(1) float[] e", "float[] dx(");
        assertErrorCount(c, 1);
    }

    @Test
    void jk153WrtNotAFormulaParameter() {
        KernelSource s = kernels("BadWrt",
                "    @Gradient(of = \"gauss\", wrt = \"z\")",
                "    float[] dz(" + PARAMS + ", @Vi(2) float[] e);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK153] @Gradient method dz: wrt = \"z\" is not a formula parameter of gauss; its formula "
                + "parameters: x, y, b, g", "wrt = \"z\"");
        assertErrorCount(c, 1);
    }

    @Test
    void jk154MissingIncomingGradient() {
        KernelSource s = kernels("NoE",
                "    @Gradient(of = \"gauss\", wrt = \"x\")",
                "    float[] dx(" + PARAMS + ");");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK154] @Gradient method dx must take the parameters of gauss followed by the incoming "
                + "gradient: (" + PARAMS.replace("@Pm", "@Pm(1)") + ", @Vi(dimF) float[] e); it has 4 parameters, expected 5", "float[] dx(");
        assertErrorCount(c, 1);
    }

    @Test
    void jk154DifferentParameter() {
        KernelSource s = kernels("Different",
                "    @Gradient(of = \"gauss\", wrt = \"x\")",
                "    float[] dx(@Vi(3) float[] x, @Vj(3) float[] z, @Vj(2) float[] b, @Pm float g, @Vi(2) float[] e);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "parameter 2 is @Vj(3) float[] z, expected @Vj(3) float[] y", "float[] dx(");
        assertErrorCount(c, 1);
    }

    @Test
    void jk154WrongIncomingGradient() {
        KernelSource s = kernels("WrongE",
                "    @Gradient(of = \"gauss\", wrt = \"y\")",
                "    float[] dy(" + PARAMS + ", @Vj(2) float[] e);",
                "    @Gradient(of = \"gauss\", wrt = \"x\")",
                "    float[] dx(" + PARAMS + ", @Vi(1) float[] e);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK154] @Gradient method dy must take the parameters of gauss followed by the incoming "
                + "gradient: (" + PARAMS.replace("@Pm", "@Pm(1)") + ", @Vi(2) float[] e); the incoming gradient is @Vj(2) float[] e, expected "
                + "@Vi(2) float[] e (the dimension of gauss's formula)", "float[] dy(");
        s.assertError(c, "the incoming gradient is @Vi(1) float[] e, expected @Vi(2) float[] e", "float[] dx(");
        assertErrorCount(c, 2);
    }

    @Test
    void jk155ReturnType() {
        KernelSource s = kernels("WrongReturn",
                "    @Gradient(of = \"gauss\", wrt = \"x\")",
                "    double[] dx(" + PARAMS + ", @Vi(2) float[] e);",
                "    @Gradient(of = \"gauss\", wrt = \"g\")",
                "    float dg(" + PARAMS + ", @Vi(2) float[] e);");
        Compilation c = s.compileWithErrors();
        s.assertError(c, "[JK155] @Gradient method dx must return float[] (M x 3 values, one row per i), not double[]",
                "double[] dx(");
        s.assertError(c, "[JK155] @Gradient method dg must return float[] (1 value), not float", "float dg(");
        assertErrorCount(c, 2);
    }
}
