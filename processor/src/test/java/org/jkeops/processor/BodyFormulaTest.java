package org.jkeops.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jkeops.processor.KernelSource.assertErrorCount;
import static org.jkeops.processor.KernelSource.assertNoImpl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.jkeops.processor.ir.UnaryOp;
import org.jkeops.annotations.Formulas;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The body front end: a static {@code @Reduce} method whose Java body is the formula. The two
 * front ends must give the same IR; every construct that cannot be a formula gives its JK3xx code
 * on its line; the generated method takes arrays.
 */
class BodyFormulaTest {
    private static final String STATIC_IMPORT = "import static org.jkeops.annotations.Formulas.*;";
    private static final String STRING_PARAMS = "@Vi(3) double[] x, @Vj(3) double[] y, @Vj(1) double[] b, "
            + "@Pm(1) double g, @Pm(9) double[] A";
    private static final String BODY_PARAMS = "@Vi(3) double[] x, @Vj(3) double[] y, @Vj double b, "
            + "@Pm double g, @Pm(9) double[] A";

    /** A formula string and the body that must give the same IR, and the formula's dimension. */
    record Pair(String formula, String body, int dim) {
    }

    static final List<Pair> PAIRS = List.of(
            new Pair("Exp(-g * SqDist(x, y)) * b", "exp(-g * sqDist(x, y)) * b", 1),
            new Pair("Log(b) + Sin(g) - Cos(b)", "log(b) + sin(g) - cos(b)", 1),
            new Pair("Asin(b) * Acos(b) / Atan(b)", "Math.asin(b) * Math.acos(b) / Math.atan(b)", 1),
            new Pair("Abs(b) + Floor(g) + Exp(b) + Sqrt(g)", "Math.abs(b) + Math.floor(g) + Math.exp(b) + Math.sqrt(g)", 1),
            new Pair("Sqrt(b) * Rsqrt(g) + Inv(b) + Square(g)", "sqrt(b) * rsqrt(g) + inv(b) + square(g)", 1),
            new Pair("Pow(b, 3) + Powf(b, g) + Atan2(b, g) + Powf(g, b)",
                    "pow(b, 3) + powf(b, g) + Formulas.atan2(b, g) + Math.pow(g, b)", 1),
            new Pair("XLogX(b) + SinXDivX(g) + Step(b) + Sign(g) + ReLU(b)",
                    "xlogx(b) + sinxdivx(g) + step(b) + sign(g) + relu(b)", 1),
            new Pair("Clamp(b, 0, g) + Round(b, 2) + Mod(b, g, 0) + IfElse(b, g, 2)",
                    "clamp(b, 0, g) + round(b, 2) + mod(b, g, 0) + ifElse(b, g, 2)", 1),
            new Pair("IfElse(SqDist(x, y) - g, 0, b)", "sqDist(x, y) >= g ? 0 : b", 1),
            new Pair("IfElse(g - b, b, 1)", "(b <= g) ? b : 1", 1),
            new Pair("IfElse((b < g) - 1, b, g) + IfElse((b != g) - 1, 2, g)", "(b < g ? b : g) + (b != g ? 2 : g)", 1),
            new Pair("(b > g) + (b == g)", "(b > g ? 1 : 0) + (b == g ? 1 : 0)", 1),
            new Pair("(x | y) + Norm2(x) * SqNorm2(y)", "dot(x, y) + norm2(x) * sqNorm2(y)", 1),
            new Pair("Sum(x) + Max(y) - Min(x)", "sum(x) + max(y) - min(x)", 1),
            new Pair("Elem(x, 0) * Elem(y, 2)", "x[0] * elem(y, 1 + 1)", 1),
            new Pair("Sum(x) * 3 + 0.25", "sum(x) * (7 / 2) + 1.0 / 4", 1),
            new Pair("-Sum(x) * 3.141592653589793 * b", "-sum(x) * Math.PI * b", 1),
            new Pair("Exp(-SqDist(x, y)) * b", "final double d = sqDist(x, y); var e = -d; return exp(e) * b;", 1),
            new Pair("MatVecMult(A, x - y)", "matVecMult(A, sub(x, y))", 3),
            new Pair("Concat(Extract(x, 1, 2), Extract(y, 0, 1))", "concat(extract(x, 1, 2), extract(y, 0, 1))", 3),
            new Pair("g * x + y / x - -x", "sub(add(mul(g, x), div(y, x)), neg(x))", 3),
            // every remaining tier-1 operation
            new Pair("Add(Subtract(b, g), Mult(Divide(b, g), Minus(b)))", "b - g + b / g * -b", 1),
            new Pair("IntCst(3) * b + IntInv(4) * g", "3 * b + intInv(4) * g", 1),
            new Pair("ClampInt(b, 0, 2) + Clamp(g, -1, 1)", "clamp(b, 0, 2) + clamp(g, -1, 1)", 1),
            new Pair("ArgMax(x) + ArgMin(y) * b", "argMax(x) + argMin(y) * b", 1),
            new Pair("SumT(b, 3) + OneHot(g, 3)", "add(sumT(b, 3), oneHot(g, 3))", 3),
            new Pair("Normalize(x - y)", "normalize(sub(x, y))", 3),
            new Pair("WeightedSqNorm(g, x) + WeightedSqNorm(y, x) + WeightedSqNorm(A, x)",
                    "weightedSqNorm(g, x) + weightedSqNorm(y, x) + weightedSqNorm(A, x)", 1),
            new Pair("WeightedSqDist(g, x, y) + WeightedSqDist(x, x, y) + WeightedSqDist(A, x, y)",
                    "weightedSqDist(g, x, y) + weightedSqDist(x, x, y) + weightedSqDist(A, x, y)", 1),
            new Pair("ElemT(b, 3, 1) + ExtractT(Extract(x, 0, 2), 1, 3)",
                    "add(elemT(b, 3, 1), extractT(extract(x, 0, 2), 1, 3))", 3),
            new Pair("VecMatMult(x, A) - MatVecMult(A, y)", "sub(vecMatMult(x, A), matVecMult(A, y))", 3),
            new Pair("Sum(TensorProd(x, y)) + Sum(TensorProd(Extract(x, 0, 2), y))",
                    "sum(tensorProd(x, y)) + sum(tensorProd(extract(x, 0, 2), y))", 1),
            new Pair("Exp(x) + Log(y) * Sin(x) - Cos(y) / Asin(x) + Acos(y) * Atan(x)",
                    "add(sub(add(exp(x), mul(log(y), sin(x))), div(cos(y), asin(x))), mul(acos(y), atan(x)))", 3),
            new Pair("Abs(x) + Floor(y) + Sqrt(x) + Rsqrt(y) + Inv(x) + Square(y)",
                    "add(add(add(add(add(abs(x), floor(y)), sqrt(x)), rsqrt(y)), inv(x)), square(y))", 3),
            new Pair("XLogX(x) + SinXDivX(y) + Step(x) + Sign(y) + ReLU(x)",
                    "add(add(add(add(xlogx(x), sinxdivx(y)), step(x)), sign(y)), relu(x))", 3),
            new Pair("Pow(x, 3) + Round(y, 1) + Atan2(x, y) + Powf(x, y)",
                    "add(add(add(pow(x, 3), round(y, 1)), atan2(x, y)), powf(x, y))", 3),
            new Pair("Clamp(x, 0, g) + IfElse(x - y, x, y) + Mod(x, g, 0)",
                    "add(add(clamp(x, 0, g), ifElse(sub(x, y), x, y)), mod(x, g, 0))", 3),
            new Pair("x * g + (b + y) - (g - x) + y / g + g / x",
                    "add(add(sub(add(mul(x, g), add(b, y)), sub(g, x)), div(y, g)), div(g, x))", 3));

    static KernelSource kernels(String name, String... members) {
        List<String> body = new ArrayList<>();
        body.add(STATIC_IMPORT);
        body.add("@Kernels");
        body.add("public interface " + name + " {");
        body.addAll(List.of(members));
        body.add("}");
        return KernelSource.of(name, body.toArray(String[]::new));
    }

    /** The sections of an IR dump by method name, without the header and source lines. */
    static Map<String, String> dumpSections(Compilation c, String file) throws IOException {
        Optional<JavaFileObject> dump = c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/jkeops/ir/" + file);
        assertTrue(dump.isPresent(), () -> "no IR dump; generated: " + c.generatedFiles());
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : dump.get().getCharContent(true).toString().split("\n")) {
            if (line.startsWith("== ")) {
                if (current != null) {
                    sections.put(current, text.toString().strip());
                }
                current = line.substring(line.indexOf('.') + 1, line.indexOf(' ', 3));
                text.setLength(0);
            } else if (!line.startsWith("source:") && !line.startsWith("body:")) {
                text.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, text.toString().strip());
        }
        return sections;
    }

    @Test
    void bothFrontEndsGiveTheSameIr() throws IOException {
        List<String> members = new ArrayList<>();
        for (int k = 0; k < PAIRS.size(); k++) {
            Pair p = PAIRS.get(k);
            members.add("    @Formula(\"" + p.formula() + "\") @Reduce(Reduction.SUM)");
            members.add("    double[] s" + k + "(" + STRING_PARAMS + ");");
            String ret = p.body().contains("return") ? p.body() : "return " + p.body() + ";";
            members.add("    @Reduce(Reduction.SUM)");
            members.add("    static " + (p.dim() == 1 ? "double" : "double[]") + " b" + k + "(" + BODY_PARAMS + ") { "
                    + ret + " }");
        }
        KernelSource s = kernels("Pairs", members.toArray(String[]::new));
        Compilation c = KernelSource.compileWith(new String[] {"-Ajkeops.dumpIr=true"}, s);
        assertThat(c).succeeded();
        Map<String, String> sections = dumpSections(c, "test.Pairs.txt");
        for (int k = 0; k < PAIRS.size(); k++) {
            String string = sections.get("s" + k);
            String body = sections.get("b" + k);
            assertTrue(string != null && body != null, "missing section " + k + " in " + sections.keySet());
            assertEquals(string, body, "pair " + k + ": " + PAIRS.get(k));
        }
    }

    @Test
    void generatedMethodTakesArraysAndIsNotAnOverride() throws IOException {
        KernelSource s = kernels("Gauss",
                "    @Reduce(Reduction.SUM)",
                "    static float conv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj float b, @Pm float g) {",
                "        return exp(-g * sqDist(x, y)) * b;",
                "    }",
                "    @Reduce(value = Reduction.ARG_K_MIN, k = 2)",
                "    static float knn(@Vi(3) float[] x, @Vj(3) float[] y) {",
                "        return sqDist(x, y);",
                "    }",
                "    @Reduce(Reduction.MIN_ARG_MIN)",
                "    static double near(@Vi double x, @Vj double y) {",
                "        return Math.abs(x - y);",
                "    }",
                "    static float helper(float v) { return v; }");
        Compilation c = KernelSource.compile(s);
        assertThat(c).succeeded();
        String impl = c.generatedSourceFile("test.GaussImpl").get().getCharContent(true).toString();
        assertTrue(impl.contains("public float[] conv(float[] x_, float[] y_, float[] b_, float g_)"), impl);
        assertTrue(impl.contains("public int[] knn(float[] x_, float[] y_)"), impl);
        assertTrue(impl.contains("public DoubleArgResult near(double[] x_, double[] y_)"), impl);
        assertTrue(impl.contains("not an override"), impl);
        assertFalse(impl.contains("@Override"), impl);
        assertFalse(impl.contains("helper"), impl);
    }

    @Test
    void formulaLibraryMatchesTheIrMeaning() {
        double[] xs = {-2.5, -1, -0.0, 0, 0.3, 1, 2.5, Double.NaN};
        for (double x : xs) {
            check(UnaryOp.EXP, x, Formulas.exp(x));
            check(UnaryOp.LOG, x, Formulas.log(x));
            check(UnaryOp.SQRT, x, Formulas.sqrt(x));
            check(UnaryOp.RSQRT, x, Formulas.rsqrt(x));
            check(UnaryOp.INV, x, Formulas.inv(x));
            check(UnaryOp.SQUARE, x, Formulas.square(x));
            check(UnaryOp.XLOGX, x, Formulas.xlogx(x));
            check(UnaryOp.SINXDIVX, x, Formulas.sinxdivx(x));
            check(UnaryOp.STEP, x, Formulas.step(x));
            check(UnaryOp.SIGN, x, Formulas.sign(x));
            check(UnaryOp.RELU, x, Formulas.relu(x));
            check(UnaryOp.FLOOR, x, Formulas.floor(x));
            check(UnaryOp.ABS, x, Formulas.abs(x));
            check(UnaryOp.ASIN, x, Formulas.asin(x));
            check(UnaryOp.ATAN, x, Formulas.atan(x));
            assertEquals((float) UnaryOp.EXP.apply((float) x), Formulas.exp((float) x));
        }
        assertEquals(0.0, Formulas.rsqrt(0.0));
        assertEquals(0f, Formulas.xlogx(0f));
        assertEquals(1f, Formulas.sinxdivx(0f));
        assertEquals(-3.0, Formulas.round(-2.5, 0));
        assertEquals(0.5, Formulas.mod(2.5, 1, 0));
        assertEquals(1.0, Formulas.ifElse(0.0, 1.0, 2.0));
        assertEquals(25.0, Formulas.sqDist(new double[] {0, 0}, new double[] {3, 4}));
        assertEquals(5.0, Formulas.norm2(new double[] {3, 4}));
        assertEquals(List.of(5.0, 11.0), toList(Formulas.matVecMult(new double[] {1, 2, 3, 4}, new double[] {1, 2})));
        assertEquals(List.of(2.0, 3.0, 9.0), toList(Formulas.concat(Formulas.extract(new double[] {1, 2, 3}, 1, 2),
                new double[] {9})));
        assertEquals(List.of(2.0, 4.0), toList(Formulas.mul(2.0, new double[] {1, 2})));
    }

    @Test
    void formulaLibraryVectorOperationsFollowKeOps() {
        // OneHot rounds halves away from zero; out of range gives all zeros
        assertEquals(List.of(0.0, 0.0, 1.0), toList(Formulas.oneHot(1.5, 3)));
        assertEquals(List.of(0.0, 1.0, 0.0), toList(Formulas.oneHot(1.49, 3)));
        assertEquals(List.of(0.0, 0.0), toList(Formulas.oneHot(-0.5, 2)));
        assertEquals(List.of(0f, 0f, 1f), toFloatList(Formulas.oneHot(2.5f - 0.5f, 3)));
        // ArgMax / ArgMin: the first index wins ties
        assertEquals(1.0, Formulas.argMax(new double[] {1, 3, 3, 2}));
        assertEquals(0.0, Formulas.argMin(new double[] {1, 3, 1, 2}));
        assertEquals(2f, Formulas.argMin(new float[] {1, 3, -1, -1}));
        assertEquals(List.of(2.0, 2.0, 2.0), toList(Formulas.sumT(2.0, 3)));
        assertEquals(List.of(0.0, 5.0, 0.0), toList(Formulas.elemT(5.0, 3, 1)));
        assertEquals(List.of(0.0, 1.0, 2.0, 0.0), toList(Formulas.extractT(new double[] {1, 2}, 1, 4)));
        assertEquals(List.of(3 * (1 / Math.sqrt(25)), 4 * (1 / Math.sqrt(25))), toList(Formulas.normalize(new double[] {3, 4})));
        assertEquals(List.of(0.0, 0.0), toList(Formulas.normalize(new double[] {0, 0}))); // Rsqrt(0) = 0
        // (1 2) [[1 2 3] [4 5 6]] = (9 12 15)
        assertEquals(List.of(9.0, 12.0, 15.0), toList(Formulas.vecMatMult(new double[] {1, 2},
                new double[] {1, 2, 3, 4, 5, 6})));
        assertEquals(List.of(3.0, 4.0, 6.0, 8.0), toList(Formulas.tensorProd(new double[] {1, 2}, new double[] {3, 4})));
        double[] f = {1, 2};
        assertEquals(10.0, Formulas.weightedSqNorm(2.0, f));
        assertEquals(10.0, Formulas.weightedSqNorm(new double[] {2}, f));
        assertEquals(2 * 1 + 3 * 4.0, Formulas.weightedSqNorm(new double[] {2, 3}, f));
        // [[2 1] [1 3]]: 2 + 2 * 2 * 1 + 3 * 4
        assertEquals(18.0, Formulas.weightedSqNorm(new double[] {2, 1, 1, 3}, f));
        assertEquals(18.0, Formulas.weightedSqDist(new double[] {2, 1, 1, 3}, new double[] {2, 3}, new double[] {1, 1}));
        assertEquals(0.25, Formulas.intInv(4));
        assertEquals(List.of(0.0, Math.exp(1) - 1), toList(Formulas.sub(Formulas.exp(new double[] {0, 1}), 1.0)));
        assertEquals(List.of(0.0, 1.0), toList(Formulas.rsqrt(new double[] {0, 1})));
        assertEquals(List.of(0.0, 0.0), toList(Formulas.xlogx(new double[] {0, 1})));
        assertEquals(List.of(1.0, Math.sin(2) / 2), toList(Formulas.sinxdivx(new double[] {0, 2})));
        assertEquals(List.of(0f, 1f, 1f), toFloatList(Formulas.step(new float[] {-1, 0, 2})));
        assertEquals(List.of(1.0, 0.5), toList(Formulas.div(new double[] {2, 1}, 2.0)));
    }

    /** Every tier-1 operation of FORMULAS.md has a pair in {@link #PAIRS}. */
    @Test
    void everyTier1OperationHasAPair() {
        List<String> tier1 = List.of("Add", "Subtract", "Minus", "Mult", "Divide", "Inv", "Square", "Pow", "Powf",
                "Sqrt", "Rsqrt", "IntInv", "IntCst", "Exp", "Log", "Sin", "Cos", "Asin", "Acos", "Atan", "Abs",
                "Floor", "Atan2", "XLogX", "SinXDivX", "Round", "Mod", "Step", "Sign", "ReLU", "Clamp", "ClampInt",
                "IfElse", "Sum", "Max", "Min", "ArgMax", "ArgMin", "SumT", "OneHot", "SqNorm2", "Norm2",
                "Normalize", "SqDist", "WeightedSqNorm", "WeightedSqDist", "Elem", "ElemT", "Extract", "ExtractT",
                "Concat", "MatVecMult", "VecMatMult", "TensorProd");
        for (String op : tier1) {
            assertTrue(PAIRS.stream().anyMatch(p -> java.util.regex.Pattern.compile("\\b" + op + "\\(")
                    .matcher(p.formula()).find()), () -> "no pair for " + op);
        }
    }

    private static List<Float> toFloatList(float[] a) {
        List<Float> l = new ArrayList<>();
        for (float v : a) {
            l.add(v);
        }
        return l;
    }

    private static List<Double> toList(double[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }

    private static void check(UnaryOp op, double x, double actual) {
        assertEquals(op.apply(x), actual, 0.0, () -> op + "(" + x + ")");
    }

    @Test
    void dumpShowsTheBody() throws IOException {
        KernelSource s = kernels("Dumped",
                "    @Reduce(Reduction.SUM)",
                "    static double f(@Vi double x, @Vj double y) { final double d = x - y; return d * d; }");
        Compilation c = KernelSource.compileWith(new String[] {"-Ajkeops.dumpIr=true"}, s);
        assertThat(c).succeeded();
        String text = c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/jkeops/ir/test.Dumped.txt").get()
                .getCharContent(true).toString();
        assertTrue(text.contains("body:       final double d = x - y; return d * d;"), text);
        assertTrue(text.contains("simplified: ((x - y) * (x - y))"), text);
    }

    /** Errors: one construct each, its code on its line, no implementation. */
    @Nested
    class Errors {
        private static final String SIG = "(@Vi(3) double[] x, @Vj(3) double[] y, @Vj double b, @Pm double g) {";

        private void expect(String code, String message, String line, String... members) {
            KernelSource s = kernels("Bad", members);
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[" + code + "] ", line);
            assertThat(c).hadErrorContaining(message);
            assertErrorCount(c, 1);
            assertNoImpl(c, s.qualifiedName());
        }

        @Test
        void jk301Loop() {
            expect("JK301", "the body of f can only declare local variables and then return the formula; a loop is not allowed",
                    "for (int k",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        double s = 0;",
                    "        for (int k = 0; k < 3; k++) { }",
                    "        return s;",
                    "    }");
        }

        @Test
        void jk301IfStatement() {
            expect("JK301", "an if statement", "if (b > g)",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        if (b > g) { return b; }",
                    "        return g;",
                    "    }");
        }

        @Test
        void jk302AssignmentToAParameter() {
            expect("JK302", "the body of f assigns to g; a formula body cannot assign", "g = 2",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        g = 2;",
                    "        return g * b;",
                    "    }");
        }

        @Test
        void jk302CompoundAssignmentToALocal() {
            expect("JK302", "assigns to d;", "d += b",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        double d = 1;",
                    "        d += b;",
                    "        return d;",
                    "    }");
        }

        @Test
        void jk303CallToAnotherMethod() {
            expect("JK303", "the body of f calls helper(...), which is not a formula function", "return helper(b)",
                    "    static double helper(double v) { return v; }",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        return helper(b);",
                    "    }");
        }

        @Test
        void jk303UnsupportedMathFunction() {
            expect("JK303", "calls Math.tan(...)", "Math.tan",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        return Math.tan(b);",
                    "    }");
        }

        @Test
        void jk304NonConstantIndex() {
            expect("JK304", "array index in the body of f must be an integer constant, got '(int)g'", "x[(int)",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        return x[(int) g] * b;",
                    "    }");
        }

        @Test
        void jk305Field() {
            expect("JK305", "the body of f reads 'K'", "return K",
                    "    double K = 2.0;",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        return K * b;",
                    "    }");
        }

        @Test
        void jk306New() {
            expect("JK306", "creates an object or array ('new double[]{b, g}')", "new double",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        return sum(new double[] {b, g});",
                    "    }");
        }

        @Test
        void jk307Remainder() {
            expect("JK307", "the remainder operator %", "b % g",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        return b % g;",
                    "    }");
        }

        /**
         * Java rounds {@code (float) e} to float32; a double kernel computes in float64 and dropped
         * the cast ({@code (float) b - b} was 0, the method called directly gave the rounding error).
         */
        @Test
        void jk307FloatCastInADoubleKernel() {
            expect("JK307", "the cast '(float)b' in a double kernel: Java rounds its operand to float32 there", "(float) b",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        return (float) b - b + g * 0;",
                    "    }");
        }

        /** Constants are rounded as Java rounds them; in a float kernel a (double) cast changes nothing. */
        @Test
        void floatCastsOfConstantsAreRounded() throws IOException {
            Compilation c = KernelSource.compile(kernels("Casts",
                    "    @Reduce(Reduction.SUM) static double d" + SIG,
                    "        return b * (float) 0.1 + (float) 3 + 0.5f;",
                    "    }",
                    "    @Reduce(Reduction.SUM) static float f(@Vi float x, @Vj float y) {",
                    "        return (float) ((double) x * y);",
                    "    }"));
            assertThat(c).succeededWithoutWarnings();
            String scalar = c.generatedSourceFile("test.CastsScalarKernels").orElseThrow().getCharContent(true).toString();
            assertTrue(scalar.contains(Double.toString((double) (float) 0.1)), scalar);
        }

        /**
         * Java types float literals, float locals, the float overloads a call binds to ({@code
         * sqrt(2)} is {@code Formulas.sqrt(float)}) and arithmetic on them as float, rounding each
         * result to float32; a double kernel computed them in float64 (session 21 body probe:
         * {@code x * sqrt(2)} was 1.4142135623730951, Java 1.4142135381698608). Constants are now
         * evaluated as Java evaluates them.
         */
        @Test
        void floatTypedConstantsInADoubleKernelAreEvaluatedAsJavaDoes() throws IOException {
            Compilation c = KernelSource.compile(kernels("FloatConsts",
                    "    @Reduce(Reduction.SUM) static double a(@Vi double x, @Vj double y) {",
                    "        return x * sqrt(2);",
                    "    }",
                    "    @Reduce(Reduction.SUM) static double b(@Vi double x, @Vj double y) {",
                    "        return x * (16777216f + 1) + (1f / 3) * y;",
                    "    }",
                    "    @Reduce(Reduction.SUM) static double c(@Vi double x, @Vj double y) {",
                    "        return x + 3e38f * 10f;",
                    "    }",
                    "    @Reduce(Reduction.SUM) static double d(@Vi double x, @Vj double y) {",
                    "        float third = 1;",
                    "        double half = 1;",
                    "        return x * (third / 3) + y * (half / 2) + exp(1) + Math.abs(-3) / 2 + (float) -0.1;",
                    "    }"));
            assertThat(c).succeededWithoutWarnings();
            String scalar = c.generatedSourceFile("test.FloatConstsScalarKernels").orElseThrow().getCharContent(true)
                    .toString();
            for (float v : new float[] {(float) Math.sqrt(2), 16777216f + 1, 1f / 3, 1f / 3, (float) Math.exp(1), -0.1f}) {
                assertTrue(scalar.contains(Double.toString(v)), v + " in\n" + scalar);
            }
            assertTrue(scalar.contains("Double.POSITIVE_INFINITY") || scalar.contains("Infinity"), scalar);
            assertTrue(scalar.contains("0.5"), scalar); // half / 2 is 0.5, not integer division
            assertFalse(scalar.contains(Double.toString(Math.sqrt(2))), scalar);
        }

        /** Float arithmetic on a value that is not a constant cannot be rounded by a double kernel: JK307. */
        @Test
        void jk307FloatArithmeticOnAVariableFloat() {
            expect("JK307", "in a double kernel: Java computes it in float32", "/ 3",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        return b * ((b > g ? 1f : 2f) / 3);",
                    "    }");
        }

        /** A float or double local with an integer initializer is not integer arithmetic afterwards. */
        @Test
        void aFloatLocalWithAnIntegerInitializerDividesAsAFloat() throws IOException {
            Compilation c = KernelSource.compile(kernels("Locals",
                    "    @Reduce(Reduction.SUM) static float f(@Vi float x, @Vj float y) {",
                    "        float two = 2;",
                    "        return x * (two / 3);",
                    "    }"));
            assertThat(c).succeededWithoutWarnings();
            String scalar = c.generatedSourceFile("test.LocalsScalarKernels").orElseThrow().getCharContent(true)
                    .toString();
            assertTrue(scalar.contains("0.6666"), scalar);
        }

        @Test
        void jk307BooleanCondition() {
            expect("JK307", "the condition of c ? a : b must be one comparison", "&&",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        return (b > g && g > 0) ? b : g;",
                    "    }");
        }

        @Test
        void jk308StaticWithFormula() {
            expect("JK308", "static method f has @Formula", "static double f",
                    "    @Formula(\"b\") @Reduce(Reduction.SUM)",
                    "    static double f" + SIG,
                    "        return b;",
                    "    }");
        }

        @Test
        void jk309ScalarVariableOfDimensionThree() {
            expect("JK309", "parameter x is a scalar double, so its @Vi dimension must be 1, got 3", "double x,",
                    "    @Reduce(Reduction.SUM) static double f(",
                    "            @Vi(3) double x,",
                    "            @Vj double y) {",
                    "        return x * y;",
                    "    }");
        }

        @Test
        void jk310ReturnType() {
            expect("JK310", "static kernel method f returns the formula's value for one pair (i, j), of dimension 1: "
                    + "it must return double (or double[]), not float", "static float f",
                    "    @Reduce(Reduction.SUM) static float f(@Vi double x, @Vj double y) {",
                    "        return (float) (x * y);",
                    "    }");
        }

        @Test
        void jk311OutParameter() {
            expect("JK311", "static kernel method f cannot have @Out parameter out", "@Out",
                    "    @Reduce(Reduction.SUM) static double f(@Vi double x, @Vj double y,",
                    "            @Out double[] out) {",
                    "        return x * y;",
                    "    }");
        }

        @Test
        void jk312SignatureClash() {
            expect("JK312", "static kernel method f generates f(double[], double[]) in the implementation",
                    "static double f",
                    "    @Formula(\"x * y\") @Reduce(Reduction.SUM) double[] f(@Vi(1) double[] x, @Vj(1) double[] y);",
                    "    @Reduce(Reduction.SUM) static double f(@Vi double x, @Vj double y) {",
                    "        return x * y;",
                    "    }");
        }

        /**
         * The generated g(double[], double[]) overrides a default method of that signature: with
         * the same return type the user's method was silently replaced by the kernel.
         */
        @Test
        void jk313BodyKernelReplacesADefaultMethod() {
            expect("JK313", "static kernel method g generates g(double[], double[]) in the implementation, which would "
                    + "override the default method test.Bad.g", "default double[] g(",
                    "    @Reduce(Reduction.SUM) static double g(@Vi double x, @Vj double y) { return x * y; }",
                    "    default double[] g(double[] x, double[] y) { return x; }");
        }

        @Test
        void jk204DimensionMismatchAtTheCall() {
            KernelSource s = kernels("Bad",
                    "    @Reduce(Reduction.SUM) static double f(@Vi(3) double[] x, @Vj(2) double[] y) {",
                    "        return 1 + sqDist(x, y);",
                    "    }");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK204] dimension mismatch in the body of f at column 20: SqDist needs operands of equal "
                    + "dimension, but got dimensions 3 and 2", "1 + sqDist");
            assertErrorCount(c, 1);
        }

        @Test
        void jk207IndexOutOfRange() {
            KernelSource s = kernels("Bad",
                    "    @Reduce(Reduction.SUM) static double f(@Vi(3) double[] x, @Vj double y) {",
                    "        return y * x[3];",
                    "    }");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK207] index or size out of range in the body of f at column 20", "x[3]");
            assertErrorCount(c, 1);
        }

        /** Issue 14: as deep as a formula string may be (200 levels), reported at the expression, never JK900. */
        @Test
        void jk307ExpressionTooDeep() {
            String tooDeep = "the body of f: an expression nested more than 200 levels deep";
            expect("JK307", tooDeep, "return b",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        return b" + " + g".repeat(250) + ";",
                    "    }");
            // thousands of terms: the translation stops at the limit instead of overflowing javac's stack
            expect("JK307", tooDeep, "return b",
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        return b" + " * g".repeat(5000) + ";",
                    "    }");
            expect("JK307", tooDeep, "return " + "Math.exp(".repeat(3),
                    "    @Reduce(Reduction.SUM) static double f" + SIG,
                    "        return " + "Math.exp(".repeat(450) + "b" + ")".repeat(450) + ";",
                    "    }");
        }

        /** A body f whose local a_k is {@code step} applied to a_(k-1) ({@code %s}), k = 1..n, returning a_n. */
        private static String[] chainOfLocals(String first, String step, int n) {
            List<String> members = new ArrayList<>();
            members.add("    @Reduce(Reduction.SUM) static double f" + SIG);
            members.add("        final double a0 = " + first + ";");
            for (int k = 1; k <= n; k++) {
                members.add("        final double a" + k + " = " + String.format(step, "a" + (k - 1)) + ";");
            }
            members.add("        return a" + n + ";");
            members.add("    }");
            return members.toArray(String[]::new);
        }

        @Test
        void jk307TooDeepThroughLocalVariables() {
            // each local is inlined: a200 is 201 levels deep, reported at its initializer
            expect("JK307", "an expression nested more than 200 levels deep", "a200 = a199",
                    chainOfLocals("b", "%s * g", 210));
        }

        @Test
        void jk307TooLargeThroughLocalVariables() {
            // a_k uses a_(k-1) twice: 2^k operations once inlined; javac used to run forever
            expect("JK307", "an expression of more than 10000 operations once its local variables are inlined",
                    "a11 = a10", chainOfLocals("b * g", "%1$s + %1$s * g", 40));
        }

        @Test
        void aLargeBodyWithinTheSizeLimitCompiles() {
            // 6141 operations
            assertThat(KernelSource.compile(kernels("Large", chainOfLocals("b * g", "%1$s + %1$s * g", 10)))).succeeded();
        }

        @Test
        void bodiesWithinTheDepthLimitCompile() {
            // 101 levels for a0, one more per local (parentheses add none): 191
            assertThat(KernelSource.compile(kernels("Deep", chainOfLocals("b" + " + g".repeat(100), "((%s)) * g", 90))))
                    .succeeded();
        }

        @Test
        void jk200LiteralThatOverflowsFloat32() {
            KernelSource s = kernels("Bad",
                    "    @Reduce(Reduction.SUM) static float f(@Vi float x, @Vj float y) {",
                    "        return x * y * (float) 1e39;",
                    "    }");
            Compilation c = s.compileWithErrors();
            s.assertErrorAt(c, "[JK200] syntax error in the body of f at column 32: number 1.0E39 overflows float32",
                    "(float) 1e39", "1e39");
            assertErrorCount(c, 1);
        }

        @Test
        void jk121UnannotatedParameterUsedInTheBody() {
            KernelSource s = kernels("Bad",
                    "    @Reduce(Reduction.SUM) static double f(@Vi double x, @Vj double y, double z) {",
                    "        return x * y * z;",
                    "    }");
            Compilation c = s.compileWithErrors();
            assertThat(c).hadErrorContaining("[JK121] parameter z is not annotated");
            assertErrorCount(c, 1);
        }

        @Test
        void jk300WithoutTheTreeApi() {
            KernelSource s = kernels("NoTrees",
                    "    @Reduce(Reduction.SUM) static double f(@Vi double x, @Vj double y) {",
                    "        return x * y;",
                    "    }");
            Compilation c = Compiler.javac().withProcessors(new OpaqueEnvironment())
                    .withOptions(KernelSource.options()).compile(s.file());
            assertThat(c).failed();
            s.assertError(c, "[JK300] cannot read the body of f: this compiler does not offer the javac Tree API",
                    "static double f");
            assertErrorCount(c, 1);
        }
    }

    /**
     * The processor behind a processing environment that is not javac's and keeps javac's out of
     * reach (no field of type ProcessingEnvironment), as under another compiler.
     */
    static final class OpaqueEnvironment implements Processor {
        private final JKeOpsProcessor delegate = new JKeOpsProcessor();

        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public void init(ProcessingEnvironment env) {
            Object[] hidden = {env};
            delegate.init(new ProcessingEnvironment() {
                private ProcessingEnvironment env() {
                    return (ProcessingEnvironment) hidden[0];
                }

                @Override
                public Map<String, String> getOptions() {
                    return env().getOptions();
                }

                @Override
                public Messager getMessager() {
                    return env().getMessager();
                }

                @Override
                public Filer getFiler() {
                    return env().getFiler();
                }

                @Override
                public Elements getElementUtils() {
                    return env().getElementUtils();
                }

                @Override
                public Types getTypeUtils() {
                    return env().getTypeUtils();
                }

                @Override
                public SourceVersion getSourceVersion() {
                    return env().getSourceVersion();
                }

                @Override
                public java.util.Locale getLocale() {
                    return env().getLocale();
                }
            });
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return delegate.process(annotations, round);
        }

        @Override
        public Iterable<? extends javax.annotation.processing.Completion> getCompletions(
                javax.lang.model.element.Element element, javax.lang.model.element.AnnotationMirror annotation,
                javax.lang.model.element.ExecutableElement member, String userText) {
            return delegate.getCompletions(element, annotation, member, userText);
        }
    }

    /**
     * Calls are bound as javac binds them, not by spelling: a user's method or class of the same
     * name as a formula function is not compiled as the function (it was, silently: a user's
     * {@code exp(v) = 2 v} became e^v in the kernel).
     */
    @Nested
    class Binding {
        private static final String KERNEL = "    @Reduce(Reduction.SUM) static double f(@Vi double x, @Vj double y) { return %s(x - y); }";

        private KernelSource kernel(String call, String... imports) {
            List<String> body = new ArrayList<>(List.of(imports));
            body.addAll(List.of("@Kernels", "public interface K {", String.format(KERNEL, call), "}"));
            return KernelSource.of("K", body.toArray(String[]::new));
        }

        private void expectJk303(KernelSource k, KernelSource other, String boundTo) {
            Compilation c = KernelSource.compile(k, other);
            assertThat(c).failed();
            k.assertError(c, "[JK303] ", "(x - y)");
            assertThat(c).hadErrorContaining(boundTo);
            assertErrorCount(c, 1);
            assertNoImpl(c, k.qualifiedName());
        }

        private final KernelSource util = KernelSource.of("Util",
                "public final class Util { private Util() { } public static double exp(double v) { return 2 * v; } }");

        @Test
        void aSingleStaticImportShadowsTheLibrary() {
            expectJk303(kernel("exp", STATIC_IMPORT, "import static test.Util.exp;"), util,
                    "calls exp(...) (javac binds it to test.Util.exp)");
        }

        @Test
        void aUserStaticImportAloneIsNotTheLibrary() {
            expectJk303(kernel("exp", "import static test.Util.exp;"), util, "javac binds it to test.Util.exp");
        }

        @Test
        void anImportedUserClassNamedMathIsNotJavaLangMath() {
            KernelSource math = KernelSource.inPackage("u", "Math",
                    "public final class Math { private Math() { } public static double exp(double v) { return 2 * v; } }");
            expectJk303(kernel("Math.exp", "import u.Math;"), math, "calls Math.exp(...) (Math is u.Math)");
        }

        @Test
        void aMethodOfTheInterfaceHidesTheLibrary() {
            KernelSource k = KernelSource.of("K", STATIC_IMPORT, "@Kernels", "public interface K {",
                    "    static double exp(double v) { return 2 * v; }", String.format(KERNEL, "exp"), "}");
            expectJk303(k, util, "calls exp(...), which is not a formula function");
        }

        @Test
        void theLibraryAndJavaLangMathStillBind() {
            for (KernelSource k : List.of(kernel("exp", STATIC_IMPORT), kernel("exp", "import static java.lang.Math.exp;"),
                    kernel("Math.exp"), kernel("java.lang.StrictMath.exp"), kernel("Formulas.exp"),
                    kernel("exp", "import static org.jkeops.annotations.Formulas.exp;", "import static java.lang.Math.*;"))) {
                assertThat(KernelSource.compile(k, util)).succeeded();
            }
        }
    }
}
