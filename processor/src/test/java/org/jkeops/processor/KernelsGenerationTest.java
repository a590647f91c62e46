package org.jkeops.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Interfaces the processor must accept: they compile without warnings and generate their Impl. */
class KernelsGenerationTest {

    private static String generated(Compilation c, String qualifiedName) throws IOException {
        Optional<JavaFileObject> file = c.generatedSourceFile(qualifiedName);
        assertTrue(file.isPresent(), () -> "no generated " + qualifiedName + "; generated: " + c.generatedFiles());
        return file.get().getCharContent(true).toString();
    }

    private static Compilation succeed(KernelSource... sources) {
        Compilation c = KernelSource.compile(sources);
        assertThat(c).succeededWithoutWarnings();
        return c;
    }

    @Test
    void validInterfaceCompilesWithoutWarnings() throws IOException {
        KernelSource s = DeclarationErrorTest.kernels("Gauss",
                "    @Formula(\"Exp(-g * SqDist(x, y)) * b\")",
                "    float[] conv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm float g);",
                "",
                "    @Formula(\"SqDist(x, y)\")",
                "    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 3)",
                "    void knn(@Vi(3) double[] x, @Vj(3) double[] y, @Out double[] d, @Out int[] idx);",
                "",
                "    @Formula(\"-SqDist(x, y) * g\")",
                "    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = \"v\", over = Index.I)",
                "    double[] smooth(@Vi(2) double[] x, @Vj(2) double[] y, @Vi(3) double[] v, @Pm double g);",
                "",
                "    @Formula(\"Sqrt(Sum(Square(x - y)))\")",
                "    @Reduce(Reduction.MIN_ARG_MIN)",
                "    DoubleArgResult nearest(@Vi(3) double[] x, @Vj(3) double[] y);",
                "",
                "    @Formula(\"MatVecMult(A, x - y)\")",
                "    @Reduce(value = Reduction.SUM, sum = SumScheme.KAHAN)",
                "    void apply(@Pm(9) float[] A, @Vi(3) float[] x, @Vj(3) float[] y, @Out float[] out);",
                "",
                "    default float[] conv1(float[] x, float[] y, float[] b) { return conv(x, y, b, 1f); }",
                "",
                "    static Gauss create() { return new GaussImpl(); }");
        Compilation c = succeed(s);
        String impl = generated(c, "test.GaussImpl");
        assertTrue(impl.contains("public final class GaussImpl implements Gauss"), impl);
        generated(c, "test.GaussScalarKernels");
    }

    /**
     * With {@code -Xlint:processing} on (not excluded), a build stays warning-free: the processor
     * claims the jkeops annotations and the {@code @Generated} of its own classes. javac warned
     * "No processor claimed any of these annotations" on every build, failing {@code -Werror}.
     */
    @Test
    void theProcessingLintFindsNothingToClaim() {
        KernelSource s = DeclarationErrorTest.kernels("Claimed",
                "    @Formula(\"Exp(-g * SqDist(x, y)) * b\")",
                "    @Reduce(Reduction.SUM)",
                "    void conv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm float g, @Out float[] a);",
                "",
                "    @Reduce(Reduction.SUM)",
                "    static double body(@Vi double x, @Vj double y) { return Formulas.exp(x - y); }");
        Compilation c = com.google.testing.compile.Compiler.javac().withProcessors(new JKeOpsProcessor())
                .withOptions("-Xlint:all,-incubating", "-Werror", "--add-modules", "jdk.incubator.vector")
                .compile(s.file());
        assertThat(c).succeededWithoutWarnings();
    }

    /**
     * {@code @Out} parameters before the inputs: the partial companions (which return their rows)
     * keep the method's parameter positions, which the formula's loads and the OpenCL loops'
     * placeholders index; with the outputs filtered out of the list, the loads pointed one past.
     */
    @Test
    void partialCompanionsOfMethodsWithOutParametersFirst() throws IOException {
        KernelSource s = DeclarationErrorTest.kernels("OutFirst",
                "    @Formula(\"SqDist(x, y)\")",
                "    @Reduce(Reduction.ARG_MIN)",
                "    void nearest(@Out int[] idx, @Vi(3) float[] x, @Vj(3) float[] y);",
                "",
                "    @Formula(\"-SqDist(x, y)\")",
                "    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = \"v\")",
                "    void smooth(@Out float[] o, @Vi(2) float[] x, @Vj(2) float[] y, @Vj(3) float[] v);");
        Compilation c = succeed(s);
        String impl = generated(c, "test.OutFirstImpl");
        assertTrue(impl.contains("public FloatArgResult nearest$part(float[] x_, float[] y_)"), impl);
        assertTrue(impl.contains("public float[] smooth$part(float[] x_, float[] y_, float[] v_)"), impl);
        String methods = generated(c, "test.OutFirstMethods");
        assertTrue(methods.contains(".nearest$part(Args.arg(args, 1, float[].class, \"OutFirst.nearest\", \"x\"), "
                + "Args.arg(args, 2, float[].class, \"OutFirst.nearest\", \"y\"))"), methods);
        assertTrue(methods.contains(".smooth$part(Args.arg(args, 1, float[].class, \"OutFirst.smooth\", \"x\"), "
                + "Args.arg(args, 2, float[].class, \"OutFirst.smooth\", \"y\"), "
                + "Args.arg(args, 3, float[].class, \"OutFirst.smooth\", \"v\"))"), methods);
    }

    /** Types are compared by kind and element: a type annotation is part of a type's printed form only. */
    @Test
    void typeAnnotationsOnParameterAndReturnTypesAreAccepted() throws IOException {
        KernelSource s = DeclarationErrorTest.kernels("Annotated",
                "    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE) @interface Checked { }",
                "",
                "    @Formula(\"SqDist(x, y)\")",
                "    @Checked float[] dist(@Vi(3) @Checked float[] x, @Vj(3) float @Checked [] y);",
                "",
                "    @Formula(\"SqDist(x, y)\")",
                "    @Reduce(Reduction.MIN_ARG_MIN)",
                "    org.jkeops.runtime.@Checked FloatArgResult nearest(@Vi(3) float[] x, @Vj(3) float[] y,",
                "            org.jkeops.runtime.@Checked Ranges ranges);",
                "",
                "    @Formula(\"SqDist(x, y)\")",
                "    @Reduce(Reduction.MIN_ARG_MIN)",
                "    void nearestOut(@Vi(3) float[] x, @Vj(3) float[] y, @Out @Checked float[] d, @Out int @Checked [] i);",
                "",
                "    @Reduce(Reduction.SUM)",
                "    static @Checked double product(@Vi double x, @Vj double y) {",
                "        return x * y;",
                "    }");
        Compilation c = succeed(s);
        String impl = generated(c, "test.AnnotatedImpl");
        assertTrue(impl.contains("public FloatArgResult nearest(float[] x_, float[] y_, Ranges ranges_)"), impl);
    }

    @Test
    void overloadedMethodsBothGenerate() throws IOException {
        KernelSource s = DeclarationErrorTest.kernels("Overloads",
                "    @Formula(\"SqDist(x, y)\")",
                "    float[] dist(@Vi(3) float[] x, @Vj(3) float[] y);",
                "",
                "    @Formula(\"SqDist(x, y)\")",
                "    double[] dist(@Vi(3) double[] x, @Vj(3) double[] y);",
                "",
                "    @Formula(\"SqDist(x, y) * w\")",
                "    float[] dist(@Vi(3) float[] x, @Vj(3) float[] y, @Pm float w);");
        Compilation c = succeed(s);
        String impl = generated(c, "test.OverloadsImpl");
        assertTrue(impl.contains("public float[] dist(float[] x_, float[] y_)"), impl);
        assertTrue(impl.contains("public double[] dist(double[] x_, double[] y_)"), impl);
        assertTrue(impl.contains("public float[] dist(float[] x_, float[] y_, float w_)"), impl);
        String kernels = generated(c, "test.OverloadsScalarKernels");
        assertTrue(kernels.contains("dist_0(") && kernels.contains("dist_1(") && kernels.contains("dist_2("), kernels);
    }

    @Test
    void kernelNamesThatWouldCollideStayDistinct() throws IOException {
        // dist is overloaded (dist_0, dist_1), and another method is literally called dist_0;
        // gaussSum and gauss_sum would share the constant GAUSS_SUM.
        KernelSource s = DeclarationErrorTest.kernels("Collide",
                "    @Formula(\"SqDist(x, y)\")",
                "    float[] dist(@Vi(3) float[] x, @Vj(3) float[] y);",
                "",
                "    @Formula(\"SqDist(x, y)\")",
                "    double[] dist(@Vi(3) double[] x, @Vj(3) double[] y);",
                "",
                "    @Formula(\"Sum(x - y)\")",
                "    float[] dist_0(@Vi(3) float[] x, @Vj(3) float[] y);",
                "",
                "    @Formula(\"Sum(x)\")",
                "    float[] gaussSum(@Vi(3) float[] x, @Vj(3) float[] y);",
                "",
                "    @Formula(\"Sum(y)\")",
                "    float[] gauss_sum(@Vi(3) float[] x, @Vj(3) float[] y);");
        Compilation c = succeed(s);
        generated(c, "test.CollideImpl");
    }

    /**
     * Declarations that are legal and quiet in the interface made the generated code warn, which
     * failed -Werror builds: deprecated kernel methods ([deprecation]; [removal], on by default,
     * for forRemoval), a deprecated interface, and a Serializable one ([serial]: the Impl has no
     * serialVersionUID and a KernelRuntime field).
     */
    @Test
    void deprecatedAndSerializableInterfacesGenerateNoWarnings() throws IOException {
        KernelSource methods = DeclarationErrorTest.kernels("Old",
                "    /** @deprecated use g */",
                "    @Deprecated @Formula(\"SqDist(x, y)\")",
                "    double[] f(@Vi(2) double[] x, @Vj(2) double[] y);",
                "    @Deprecated(forRemoval = true) @Formula(\"SqDist(x, y) + 1\")",
                "    double[] g(@Vi(2) double[] x, @Vj(2) double[] y);");
        KernelSource iface = KernelSource.of("Gone",
                "/** @deprecated gone */",
                "@Deprecated(forRemoval = true)",
                "@Kernels",
                "public interface Gone {",
                "    @Formula(\"SqDist(x, y)\")",
                "    double[] f(@Vi(2) double[] x, @Vj(2) double[] y);",
                "}");
        KernelSource serial = KernelSource.of("Ser",
                "@Kernels",
                "public interface Ser extends java.io.Serializable {",
                "    @Formula(\"SqDist(x, y)\")",
                "    double[] f(@Vi(2) double[] x, @Vj(2) double[] y);",
                "}");
        Compilation c = succeed(methods, iface, serial);
        assertTrue(generated(c, "test.OldImpl").contains("@SuppressWarnings({\"deprecation\", \"removal\"})"));
        assertTrue(generated(c, "test.SerImpl").contains("@SuppressWarnings(\"serial\")"));
    }

    /**
     * knn (ARG_K_MIN) has a partial companion named knn$part in every generated class; a method
     * really named knn$part made them declare the same method and constant twice, and a default
     * method near$part(float[], float[]) would be overridden by near's companion.
     */
    @Test
    void aMethodNamedLikeAPartialCompanionStillCompiles() throws IOException {
        KernelSource s = DeclarationErrorTest.kernels("Parts",
                "    @Formula(\"SqDist(x, y)\") @Reduce(value = Reduction.ARG_K_MIN, k = 2)",
                "    int[] knn$part(@Vi(3) float[] x, @Vj(3) float[] y);",
                "",
                "    @Formula(\"SqDist(x, y)\") @Reduce(value = Reduction.ARG_K_MIN, k = 2)",
                "    int[] knn(@Vi(3) float[] x, @Vj(3) float[] y);",
                "",
                "    @Formula(\"SqDist(x, y)\") @Reduce(value = Reduction.ARG_K_MIN, k = 2)",
                "    int[] near(@Vi(3) float[] x, @Vj(3) float[] y);",
                "    default int[] near$part(float[] x, float[] y) { return near(x, y); }");
        Compilation c = succeed(s);
        String impl = generated(c, "test.PartsImpl");
        assertTrue(impl.contains("public int[] knn(") && impl.contains("public int[] knn$part("), impl);
    }

    @Test
    void parametersNamedLikeGeneratedLocalsStillCompile() throws IOException {
        KernelSource s = DeclarationErrorTest.kernels("Locals",
                "    @Formula(\"Exp(-e * SqDist(r, s)) * t1 + acc0 * out\")",
                "    float[] sum(@Vi(3) float[] r, @Vj(3) float[] s, @Vj(1) float[] t1, @Pm float acc0, @Pm float e,",
                "            @Vj float[] out);",
                "",
                "    @Formula(\"SqDist(m, n) * length + rows * cols\")",
                "    @Reduce(value = Reduction.SUM, sum = SumScheme.KAHAN)",
                "    void kahan(@Vi(2) double[] m, @Vj(2) double[] n, @Pm double length, @Vi double[] rows,",
                "            @Vj double[] cols, @Out double[] outIndex);",
                "",
                "    @Formula(\"SqDist(blk0, cmp0) + ky0 + kt0\")",
                "    float[] blocked(@Vi(3) float[] blk0, @Vj(3) float[] cmp0, @Vj float[] ky0, @Pm float kt0);",
                "",
                "    @Formula(\"SqDist(kv, ki) * kn\")",
                "    @Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 2)",
                "    void kmin(@Vi(2) float[] kv, @Vj(2) float[] ki, @Pm float kn, @Out float[] idx0, @Out int[] r);",
                "",
                "    @Formula(\"-SqDist(mx, sw) * sc\")",
                "    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = \"se0\")",
                "    float[] softmax(@Vi(2) float[] mx, @Vj(2) float[] sw, @Pm float sc, @Vj(2) float[] se0);",
                "",
                "    @Formula(\"SqDist(backend, runtime)\")",
                "    @Reduce(Reduction.MIN_ARG_MIN)",
                "    FloatArgResult argmin(@Vi(2) float[] backend, @Vj(2) float[] runtime);",
                "",
                "    @Formula(\"SqDist(r, r_) + r__\")",
                "    @Reduce(Reduction.LOG_SUM_EXP)",
                "    float[] underscores(@Vi(2) float[] r, @Vj(2) float[] r_, @Pm float r__);",
                "",
                "    @Formula(\"SqDist(Math, System) * Float\")",
                "    @Reduce(Reduction.MAX)",
                "    float[] classNames(@Vi(2) float[] Math, @Vj(2) float[] System, @Pm float Float);");
        Compilation c = succeed(s);
        generated(c, "test.LocalsImpl");
        generated(c, "test.LocalsScalarKernels");
    }

    @Test
    void positionalVarFormsDeclareUnannotatedParameters() throws IOException {
        KernelSource s = DeclarationErrorTest.kernels("Positional",
                "    @Formula(\"SqDist(Vi(0,3), Vj(1,3))\")",
                "    float[] dist(float[] a, float[] b);",
                "",
                "    @Formula(\"Exp(-Pm(2, 1) * SqDist(Var(0, 3, 0), Var(1, 3, 1))) * Var(3, 2, 1)\")",
                "    double[] conv(double[] a, double[] b, double g, double[] w);",
                "",
                "    @Formula(\"Vi(0, 2) - y\")",
                "    @Reduce(Reduction.MIN)",
                "    float[] mixed(float[] a, @Vj(2) float[] y);");
        Compilation c = succeed(s);
        String impl = generated(c, "test.PositionalImpl");
        assertTrue(impl.contains("Args.rows(\"Positional.dist: a\", "), impl);
    }

    @Test
    void nestedInterfaceGeneratesFlatName() throws IOException {
        KernelSource s = KernelSource.of("Outer",
                "public class Outer {",
                "    @Kernels",
                "    public interface Gauss {",
                "        @Formula(\"Exp(-SqDist(x, y))\")",
                "        float[] conv(@Vi(3) float[] x, @Vj(3) float[] y);",
                "    }",
                "",
                "    static Gauss create() { return new Outer_GaussImpl(); }",
                "}");
        Compilation c = succeed(s);
        String impl = generated(c, "test.Outer_GaussImpl");
        assertTrue(impl.contains("implements Outer.Gauss"), impl);
        generated(c, "test.Outer_GaussScalarKernels");
    }

    @Test
    void interfaceInTheUnnamedPackage() throws IOException {
        JavaFileObject file = com.google.testing.compile.JavaFileObjects.forSourceLines("Plain",
                "import org.jkeops.annotations.*;",
                "@Kernels",
                "public interface Plain {",
                "    @Formula(\"SqDist(x, y)\")",
                "    float[] dist(@Vi(3) float[] x, @Vj(3) float[] y);",
                "}");
        Compilation c = KernelSource.compiler().compile(file);
        assertThat(c).succeededWithoutWarnings();
        assertTrue(c.generatedSourceFile("PlainImpl").isPresent(), () -> "" + c.generatedFiles());
    }

    /** Generates {@code test.Dims} with a constant {@code D = 3} in the first round. */
    static final class DimsGenerator extends javax.annotation.processing.AbstractProcessor {
        private boolean done;

        @Override
        public java.util.Set<String> getSupportedAnnotationTypes() {
            return java.util.Set.of("*");
        }

        @Override
        public javax.lang.model.SourceVersion getSupportedSourceVersion() {
            return javax.lang.model.SourceVersion.latestSupported();
        }

        @Override
        public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
                javax.annotation.processing.RoundEnvironment round) {
            if (!done) {
                done = true;
                try (java.io.Writer w = processingEnv.getFiler().createSourceFile("test.Dims").openWriter()) {
                    w.write("package test;\npublic interface Dims {\n    int D = 3;\n}\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void aConstantGeneratedByAnotherProcessorIsWaitedFor() throws IOException {
        KernelSource s = DeclarationErrorTest.kernels("UsesGenerated",
                "    @Formula(\"SqDist(x, y)\")",
                "    float[] dist(@Vi(Dims.D) float[] x, @Vj(Dims.D) float[] y);");
        // The generator first: jkeops claims its annotations, and javac asks a later "*" processor
        // only about annotations nobody claimed (none in this round). Its file appears next round
        // either way, so jkeops still meets the unresolved Dims.D in the first.
        Compilation c = com.google.testing.compile.Compiler.javac()
                .withProcessors(new DimsGenerator(), new JKeOpsProcessor())
                .withOptions(KernelSource.options())
                .compile(s.file());
        assertThat(c).succeededWithoutWarnings();
        String impl = generated(c, "test.UsesGeneratedImpl");
        assertTrue(impl.contains("Args.rows(\"UsesGenerated.dist: x\", x_, 3)"), impl);
    }

    @Test
    void anInvalidUnrolledSimdOptionIsAnErrorOnTheInterface() {
        KernelSource s = DeclarationErrorTest.kernels("Unrolled",
                "    @Formula(\"SqDist(x, y)\")",
                "    float[] dist(@Vi(64) float[] x, @Vj(64) float[] y);");
        Compilation c = com.google.testing.compile.Compiler.javac().withProcessors(new JKeOpsProcessor())
                .withOptions(KernelSource.options("-Ajkeops.unrolledSimd=Unrolled.(dist")).compile(s.file());
        assertThat(c).hadErrorContaining("JK902");
        assertThat(c).hadErrorContaining("-Ajkeops.unrolledSimd=Unrolled.(dist is not a valid regular expression");
    }

    @Test
    void dumpIrWritesTheSimplifiedFormula() throws IOException {
        KernelSource s = DeclarationErrorTest.kernels("Dumped",
                "    @Formula(\"Exp(-g * SqDist(x, y)) * (b * 1 - 0 * x)\")",
                "    float[] conv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(3) float[] b, @Pm float g);");
        Compilation c = KernelSource.compileWith(new String[] {"-Ajkeops.dumpIr=true"}, s);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).hadNoteContaining("jkeops: IR dump written to META-INF/jkeops/ir/test.Dumped.txt");
        Optional<JavaFileObject> dump = c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/jkeops/ir/test.Dumped.txt");
        assertTrue(dump.isPresent(), () -> "no IR dump; generated: " + c.generatedFiles());
        String text = dump.get().getCharContent(true).toString();
        assertTrue(text.contains("== Dumped.conv (conv) =="), text);
        assertTrue(text.contains("source:     Exp(-g * SqDist(x, y)) * (b * 1 - 0 * x)"), text);
        assertTrue(text.contains("simplified: (Exp((Minus(g) * Sum(Square((x - y))))) * b)"), text);
        assertTrue(text.contains("reduction:  SUM over J, sum BLOCK"), text);
    }

    @Test
    void noDumpWithoutTheOption() {
        KernelSource s = DeclarationErrorTest.kernels("NotDumped",
                "    @Formula(\"SqDist(x, y)\")",
                "    float[] dist(@Vi(3) float[] x, @Vj(3) float[] y);");
        Compilation c = succeed(s);
        assertEquals(0, c.generatedFiles().stream()
                .filter(f -> f.getName().contains("META-INF/jkeops/ir")).count());
    }
}
