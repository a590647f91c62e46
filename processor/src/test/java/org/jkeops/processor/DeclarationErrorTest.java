package org.jkeops.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jkeops.processor.KernelSource.assertErrorCount;
import static org.jkeops.processor.KernelSource.assertNoImpl;
import static org.jkeops.processor.KernelSource.createdSources;
import static org.jkeops.processor.KernelSource.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compile-time errors about declarations (JK1xx): the interface, its methods, their parameters,
 * return types and {@code @Reduce} settings. Each test checks the code, the message text and the
 * line the error points at, and that no implementation was generated.
 */
class DeclarationErrorTest {

    /** An interface {@code name} annotated {@code @Kernels} with the given member lines. */
    static KernelSource kernels(String name, String... members) {
        List<String> body = new ArrayList<>();
        body.add("@Kernels");
        body.add("public interface " + name + " {");
        body.addAll(List.of(members));
        body.add("}");
        return KernelSource.of(name, body.toArray(String[]::new));
    }

    @Nested
    class Interfaces {
        @Test
        void jk100KernelsOnAClass() {
            KernelSource s = KernelSource.of("NotAnInterface",
                    "@Kernels",
                    "public abstract class NotAnInterface {",
                    "    @Formula(\"x\")",
                    "    public abstract float[] f(@Vi(1) float[] x, @Vj(1) float[] y);",
                    "}");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK100] @Kernels applies to interfaces only; NotAnInterface is a class",
                    "class NotAnInterface");
            assertErrorCount(c, 1);
        }

        @Test
        void jk100KernelsOnAnEnumAndARecord() {
            KernelSource e = KernelSource.of("Colour",
                    "@Kernels",
                    "enum Colour { RED }");
            KernelSource r = KernelSource.of("Point",
                    "@Kernels",
                    "record Point(float x) { }");
            Compilation c = KernelSource.compile(e, r);
            assertThat(c).failed();
            e.assertError(c, "[JK100] @Kernels applies to interfaces only; Colour is an enum", "enum Colour");
            r.assertError(c, "[JK100] @Kernels applies to interfaces only; Point is a record", "record Point");
            assertErrorCount(c, 2);
            assertNoImpl(c, e.qualifiedName());
            assertNoImpl(c, r.qualifiedName());
        }

        @Test
        void jk100KernelsOnAnAnnotationType() {
            KernelSource s = KernelSource.of("Marker",
                    "@Kernels",
                    "@interface Marker { }");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK100] @Kernels applies to interfaces only; Marker is an annotation type",
                    "@interface Marker");
            assertErrorCount(c, 1);
        }

        @Test
        void jk101GenericInterface() {
            KernelSource s = KernelSource.of("Generic",
                    "@Kernels",
                    "public interface Generic<T> {",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "}");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK101] @Kernels interface Generic cannot have type parameters",
                    "interface Generic<T>");
            assertErrorCount(c, 1);
        }

        @Test
        void jk102PrivateNestedInterface() {
            KernelSource s = KernelSource.of("Outer",
                    "public class Outer {",
                    "    @Kernels",
                    "    private interface Hidden {",
                    "        @Formula(\"SqDist(x, y)\")",
                    "        float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "    }",
                    "}");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK102] @Kernels interface Hidden must not be private: the generated class implements it",
                    "private interface Hidden");
            assertErrorCount(c, 1);
            assertNoImpl(c, "test.Outer_Hidden");
        }

        @Test
        void jk102InterfaceInsideAPrivateClass() {
            KernelSource s = KernelSource.of("Outer2",
                    "public class Outer2 {",
                    "    private static class Holder {",
                    "        @Kernels",
                    "        interface Inner {",
                    "            @Formula(\"SqDist(x, y)\")",
                    "            float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "        }",
                    "    }",
                    "}");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK102] @Kernels interface Inner must not be private", "interface Inner");
            assertErrorCount(c, 1);
            assertNoImpl(c, "test.Outer2_Holder_Inner");
        }

        @Test
        void jk104SealedInterface() {
            KernelSource s = KernelSource.of("Sealed",
                    "@Kernels",
                    "public sealed interface Sealed permits Sub {",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "}",
                    "non-sealed interface Sub extends Sealed { }");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK104] @Kernels interface Sealed must not be sealed: the generated class test.SealedImpl "
                    + "implements it, and its permits clause does not list it", "sealed interface Sealed");
            assertErrorCount(c, 1);
        }

        @Test
        void jk105TypesThatHideNamesOfTheGeneratedCode() {
            KernelSource math = KernelSource.of("Math", "public class Math { }");
            KernelSource string = KernelSource.of("String", "public class String { }");
            KernelSource override = KernelSource.of("IllegalStateException", "class IllegalStateException { }");
            KernelSource s = KernelSource.of("Hiding",
                    "@Kernels",
                    "public interface Hiding {",
                    "    enum Backend { A, B }",
                    "    class Arrays { }",
                    "    interface Float { }",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "}");
            Compilation c = KernelSource.compile(math, string, override, s);
            assertThat(c).failed();
            math.assertError(c, "[JK105] class test.Math hides java.lang.Math, which the classes generated for "
                    + "@Kernels interface test.Hiding refer to by its simple name Math; rename it", "class Math");
            string.assertError(c, "[JK105] class test.String hides java.lang.String", "class String");
            override.assertError(c, "[JK105] class test.IllegalStateException hides java.lang.IllegalStateException",
                    "class IllegalStateException");
            s.assertError(c, "[JK105] enum test.Hiding.Backend hides org.jkeops.runtime.Backend, which the classes "
                    + "generated for @Kernels interface test.Hiding refer to by its simple name Backend; rename it",
                    "enum Backend");
            s.assertError(c, "[JK105] class test.Hiding.Arrays hides java.util.Arrays", "class Arrays");
            s.assertError(c, "[JK105] interface test.Hiding.Float hides java.lang.Float", "interface Float");
            assertErrorCount(c, 6);
            assertNoImpl(c, s.qualifiedName());
            assertTrue(createdSources(c).isEmpty(), () -> "generated sources despite errors: " + createdSources(c));
        }

        @Test
        void jk105InterfaceNamedOverride() {
            KernelSource s = KernelSource.of("Override",
                    "@Kernels",
                    "public interface Override {",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "}");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK105] interface test.Override hides java.lang.Override, which the classes generated "
                    + "for @Kernels interface test.Override refer to by its simple name Override; rename the interface",
                    "interface Override");
            assertErrorCount(c, 1);
        }

        /**
         * Inherited constants obscure the types the Impl qualifies (Objects.requireNonNull,
         * Backend.SCALAR), and member types or constants named like the sibling generated classes
         * hide them: the generated code did not compile. A constant named like a type the Impl
         * spells only as a type (Generated, String) is harmless and still compiles.
         */
        @Test
        void jk105ConstantsAndSiblingNames() {
            KernelSource base = KernelSource.of("Consts",
                    "public interface Consts {",
                    "    int Backend = 1;",
                    "    String Generated = \"\";",
                    "}");
            KernelSource s = KernelSource.of("Members",
                    "@Kernels",
                    "public interface Members extends Consts {",
                    "    String Objects = \"o\";",
                    "    Object MembersSimdKernels = null;",
                    "    interface MembersScalarKernels { }",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "}");
            Compilation c = KernelSource.compile(base, s);
            assertThat(c).failed();
            s.assertError(c, "[JK105] constant test.Members.Objects hides java.util.Objects, which the classes generated "
                    + "for @Kernels interface test.Members refer to by its simple name Objects; rename it", "Objects =");
            base.assertError(c, "[JK105] constant test.Consts.Backend hides org.jkeops.runtime.Backend", "Backend =");
            s.assertError(c, "[JK105] constant test.Members.MembersSimdKernels hides test.MembersSimdKernels",
                    "MembersSimdKernels =");
            s.assertError(c, "[JK105] interface test.Members.MembersScalarKernels hides test.MembersScalarKernels",
                    "interface MembersScalarKernels");
            assertErrorCount(c, 4);
            assertNoImpl(c, s.qualifiedName());
        }

        /**
         * The Impl declares runtime(), openClSource(String) and openClProgram(): a default method
         * of one of these signatures could not be overridden by them (javac rejected the Impl), or
         * was silently replaced (openClSource returning String).
         */
        @Test
        void jk115DefaultMethodsTheImplWouldOverride() {
            KernelSource s = kernels("Clash",
                    "    default String runtime() { return \"mine\"; }",
                    "    default String openClSource(String m) { return m; }",
                    "    default String openClProgram() { return \"\"; }",
                    "    default String openClSource(int m) { return \"an overload is fine\"; }",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK115] default method test.Clash.runtime() clashes with the method of that signature the "
                    + "generated class ClashImpl declares", "String runtime()");
            s.assertError(c, "[JK115] default method test.Clash.openClSource(java.lang.String) clashes",
                    "openClSource(String m)");
            s.assertError(c, "[JK115] default method test.Clash.openClProgram() clashes", "openClProgram()");
            assertErrorCount(c, 3);
        }

        @Test
        void sealedInterfacePermittingItsImplementationCompiles() {
            KernelSource s = KernelSource.of("SealedOk",
                    "@Kernels",
                    "public sealed interface SealedOk permits SealedOkImpl {",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "}");
            Compilation c = KernelSource.compile(s);
            assertThat(c).succeeded();
            assertTrue(c.generatedSourceFile("test.SealedOkImpl").isPresent());
        }
    }

    @Nested
    class Methods {
        @Test
        void jk110AbstractMethodWithoutFormula() {
            KernelSource s = kernels("NoFormula",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] ok(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "",
                    "    @Reduce(Reduction.SUM)",
                    "    float[] missing(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "",
                    "    default float[] helper(float[] x, float[] y) { return ok(x, y); }",
                    "",
                    "    static int unrelated() { return 0; }");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK110] abstract method missing has no @Formula: jkeops cannot implement it",
                    "float[] missing(");
            assertErrorCount(c, 1);
        }

        @Test
        void jk110InheritedAbstractMethodWithoutFormula() {
            KernelSource base = KernelSource.of("Base",
                    "public interface Base {",
                    "    float[] plain(float[] x);",
                    "}");
            KernelSource s = KernelSource.of("Derived",
                    "@Kernels",
                    "public interface Derived extends Base {",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] ok(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "}");
            Compilation c = KernelSource.compile(base, s);
            assertThat(c).failed();
            base.assertError(c, "[JK110] abstract method plain has no @Formula: jkeops cannot implement it",
                    "float[] plain(");
            assertErrorCount(c, 1);
            assertNoImpl(c, s.qualifiedName());
        }

        @Test
        void jk112TwoInheritedFormulasWithOneSignature() {
            KernelSource s = KernelSource.of("Diamond",
                    "interface A1 {",
                    "    @Formula(\"Exp(-g * SqDist(x, y)) * b\")",
                    "    float[] conv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm(1) float g);",
                    "}",
                    "interface A2 {",
                    "    @Formula(\"Exp(-g * SqDist(x, y))\")",
                    "    float[] conv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm(1) float g);",
                    "}",
                    "@Kernels",
                    "public interface Diamond extends A1, A2 { }");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK112] abstract kernel methods A1.conv and A2.conv both generate "
                    + "conv(float[], float[], float[], float) in the implementation of Diamond, which inherits them "
                    + "as one method and cannot implement two formulas with it; redeclare conv in Diamond",
                    "interface Diamond");
            assertTrue(errors(c).stream().noneMatch(e -> e.contains("static")), () -> "errors: " + errors(c));
            assertErrorCount(c, 1);
        }

        @Test
        void jk113GradientOnStaticAndDefaultMethods() {
            KernelSource s = kernels("GradientBodies",
                    "    @Formula(\"Exp(-g * SqDist(x, y)) * b\")",
                    "    float[] gauss(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g);",
                    "    @Gradient(of = \"gauss\", wrt = \"x\")",
                    "    static float[] dx(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g,",
                    "            @Vi(2) float[] e) { return null; }",
                    "    @Gradient(of = \"gauss\", wrt = \"y\")",
                    "    default float[] dy(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] b, @Pm float g,",
                    "            @Vi(2) float[] e) { return null; }");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK113] static method dx has @Gradient, which jkeops does not apply to a static method: "
                    + "jkeops generates a gradient's implementation, so a @Gradient method is abstract: remove static "
                    + "and the body", "static float[] dx(");
            s.assertError(c, "[JK113] default method dy has @Gradient, which jkeops does not apply to a default "
                    + "method: jkeops implements abstract methods", "default float[] dy(");
            assertErrorCount(c, 2);
        }

        @Test
        void jk113FormulaAndReduceOnDefaultMethods() {
            KernelSource s = kernels("DefaultKernels",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] ok(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "    @Formula(\"SqDist(x, y)\") @Reduce(Reduction.SUM)",
                    "    default float[] withFormula(@Vi(3) float[] x, @Vj(3) float[] y) { return ok(x, y); }",
                    "    @Reduce(Reduction.SUM)",
                    "    default float withReduce(@Vi float x, @Vj float y) { return x * y; }",
                    "    default float[] plainHelper(float[] x, float[] y) { return ok(x, y); }");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK113] default method withFormula has @Formula and @Reduce, which jkeops does not "
                    + "apply to a default method: jkeops implements abstract methods (from their @Formula or "
                    + "@Gradient) and static @Reduce methods (whose body is the formula): remove the body and "
                    + "default to make it abstract, make it a static @Reduce method, or remove @Formula and @Reduce",
                    "default float[] withFormula(");
            s.assertError(c, "[JK113] default method withReduce has @Reduce", "default float withReduce(");
            assertErrorCount(c, 2);
        }

        @Test
        void jk114KernelMethodsOfASeparatelyCompiledSuperinterface(@TempDir Path classes) throws IOException {
            KernelSource base = KernelSource.of("Base2",
                    "public interface Base2 {",
                    "    @Formula(\"Exp(-g * SqDist(x, y)) * b\")",
                    "    float[] conv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, @Pm(1) float g);",
                    "}");
            Compilation first = KernelSource.compile(base);
            assertThat(first).succeeded();
            for (JavaFileObject f : first.generatedFiles()) {
                if (f.getKind() == JavaFileObject.Kind.CLASS) {
                    Path out = classes.resolve("test").resolve(Path.of(f.getName()).getFileName().toString());
                    Files.createDirectories(out.getParent());
                    try (InputStream in = f.openInputStream()) {
                        Files.copy(in, out);
                    }
                }
            }
            KernelSource s = KernelSource.of("Later",
                    "@Kernels",
                    "public interface Later extends Base2 {",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] own(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "}");
            Compilation c = KernelSource.compileWith(new String[] {"-classpath",
                    System.getProperty("java.class.path") + File.pathSeparator + classes}, s);
            assertThat(c).failed();
            s.assertError(c, "[JK114] @Kernels interface Later inherits abstract method conv from test.Base2, which "
                    + "comes from a class file compiled separately, where jkeops cannot see a @Formula or @Gradient: "
                    + "these annotations (and @Vi, @Vj, @Pm) have SOURCE retention", "interface Later");
            assertErrorCount(c, 1);
            assertNoImpl(c, s.qualifiedName());
        }

        @Test
        void jk111GenericMethod() {
            KernelSource s = kernels("GenericMethod",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    <T> float[] f(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK111] kernel method f cannot have type parameters", "<T> float[] f(");
            assertErrorCount(c, 1);
        }
    }

    @Nested
    class Parameters {
        @Test
        void jk120IntParameter() {
            KernelSource s = kernels("IntParam",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(",
                    "            @Vi(3) float[] x,",
                    "            @Vj(3) float[] y,",
                    "            int n);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK120] parameter n has type int; a kernel parameter is float[] or double[] "
                    + "(@Vi, @Vj, @Pm), float or double (@Pm of dimension 1), an @Out array, or the int[] arg indices of a MIN / MAX / K_MIN @Gradient", "int n");
            // Exactly at the parameter's name.
            s.assertErrorAt(c, "[JK120]", "n);");
            assertErrorCount(c, 1);
        }

        @Test
        void jk120ListParameter() {
            KernelSource s = kernels("ListParam",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(",
                    "            @Vi(3) float[] x,",
                    "            @Vj(3) float[] y,",
                    "            @Pm(1) List<Float> weights);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK120] parameter weights has type java.util.List<java.lang.Float>;",
                    "List<Float> weights");
            assertErrorCount(c, 1);
        }

        @Test
        void jk120ScalarFloatAsVi() {
            KernelSource s = kernels("ScalarVi",
                    "    @Formula(\"x * y\")",
                    "    float[] f(",
                    "            @Vi(1) float x,",
                    "            @Vj(1) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK120] parameter x has type float;", "@Vi(1) float x");
            // The formula does not also report x unknown, nor the method that it lacks an @Vi.
            assertErrorCount(c, 1);
        }

        @Test
        void jk120IntArrayAndBoxedScalar() {
            KernelSource s = kernels("IntArray",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(",
                    "            @Vi(3) float[] x,",
                    "            @Vj(3) float[] y,",
                    "            @Vj(1) int[] labels,",
                    "            @Pm Float g);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK120] parameter labels has type int[];", "int[] labels");
            s.assertError(c, "[JK120] parameter g has type java.lang.Float;", "Float g");
            assertErrorCount(c, 2);
        }

        @Test
        void jk121UnannotatedParameterNotDeclaredByVar() {
            KernelSource s = kernels("Unannotated",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(",
                    "            @Vi(3) float[] x,",
                    "            @Vj(3) float[] y,",
                    "            float[] z);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK121] parameter z is not annotated @Vi, @Vj, @Pm or @Out, and no Var(2, ...) "
                    + "form in the formula declares it", "float[] z");
            assertErrorCount(c, 1);
        }

        @Test
        void jk122ViAndVjOnOneParameter() {
            KernelSource s = kernels("Twice",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(",
                    "            @Vi(3) float[] x,",
                    "            @Vi(3) @Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK122] parameter y is declared twice: it carries @Vi and @Vj", "float[] y");
            // Neither "unknown name y" in the formula nor "no @Vj parameter": y is the one problem.
            assertErrorCount(c, 1);
        }

        @Test
        void jk122OutAndVi() {
            KernelSource s = kernels("OutTwice",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    void f(",
                    "            @Vi(3) float[] x,",
                    "            @Vj(3) float[] y,",
                    "            @Out @Vi(1) float[] result);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK122] parameter result is declared twice: it carries @Vi and @Out",
                    "float[] result");
            assertErrorCount(c, 1);
        }

        @Test
        void jk123ZeroDimension() {
            KernelSource s = kernels("ZeroDim",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(",
                    "            @Vi(0) float[] x,",
                    "            @Vj(3) float[] y,",
                    "            @Pm(-2) float[] p);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK123] parameter x: dimension must be in [1, 65536], got 0", "float[] x");
            s.assertError(c, "[JK123] parameter p: dimension must be in [1, 65536], got -2", "float[] p");
            assertErrorCount(c, 2);
        }

        /** Dimensions beyond the formulas' limit used to run javac out of memory (2^31 - 1) or compile (65537). */
        @Test
        void jk123DimensionAboveTheLimit() {
            KernelSource s = kernels("HugeDim",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(",
                    "            @Vi(65537) float[] x,",
                    "            @Vj(2147483647) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK123] parameter x: dimension must be in [1, 65536], got 65537", "float[] x");
            s.assertError(c, "[JK123] parameter y: dimension must be in [1, 65536], got 2147483647", "float[] y");
            assertErrorCount(c, 2);
        }

        @Test
        void jk124ScalarWithVectorDimension() {
            KernelSource s = kernels("ScalarDim",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(",
                    "            @Vi(3) float[] x,",
                    "            @Vj(3) float[] y,",
                    "            @Pm(3) float g);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK124] parameter g is a scalar float, so its @Pm dimension must be 1, got 3; "
                    + "use a float[] for a vector parameter", "float g");
            assertErrorCount(c, 1);
        }

        @Test
        void jk125MixedPrecision() {
            KernelSource s = kernels("Mixed",
                    "    @Formula(\"SqDist(x, y) * g\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) double[] y, @Pm double g);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK125] kernel method f mixes float and double parameters (x is float, y is double); "
                    + "use one precision", "float[] f(");
            assertErrorCount(c, 1);
        }

        @Test
        void jk126NoOuterVariable() {
            KernelSource s = kernels("NoVi",
                    "    @Formula(\"Sum(y)\")",
                    "    float[] f(@Vj(3) float[] y);",
                    "",
                    "    @Formula(\"Sum(x)\")",
                    "    @Reduce(value = Reduction.SUM, over = Index.I)",
                    "    float[] g(@Vi(3) float[] x);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK126] kernel method f has no @Vi parameter, so the number of output rows (M) is unknown",
                    "float[] f(");
            s.assertError(c, "[JK126] kernel method g has no @Vj parameter, so the number of output rows (N) is unknown",
                    "float[] g(");
            assertErrorCount(c, 2);
        }

        @Test
        void jk127NoInnerVariable() {
            KernelSource s = kernels("NoVj",
                    "    @Formula(\"Sum(x) * g\")",
                    "    float[] f(@Vi(3) float[] x, @Pm float g);",
                    "",
                    "    @Formula(\"Sum(y)\")",
                    "    @Reduce(value = Reduction.SUM, over = Index.I)",
                    "    float[] g(@Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK127] kernel method f has no @Vj parameter, so the number of rows reduced over (N) "
                    + "is unknown", "float[] f(");
            s.assertError(c, "[JK127] kernel method g has no @Vi parameter, so the number of rows reduced over (M) "
                    + "is unknown", "float[] g(");
            assertErrorCount(c, 2);
        }

        @Test
        void jk126AndJk127WithOnlyParameters() {
            KernelSource s = kernels("OnlyPm",
                    "    @Formula(\"g\")",
                    "    float[] f(@Pm float g);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK126]", "float[] f(");
            s.assertError(c, "[JK127]", "float[] f(");
            assertErrorCount(c, 2);
        }
    }

    @Nested
    class Outputs {
        @Test
        void jk130ArgMinReturningValues() {
            KernelSource s = kernels("ArgMinType",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    @Reduce(Reduction.ARG_MIN)",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK130] kernel method f must return int[] for ARG_MIN with float data, not float[]",
                    "float[] f(");
            assertErrorCount(c, 1);
        }

        @Test
        void jk130DoubleArrayForFloatData() {
            KernelSource s = kernels("WrongPrecision",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    double[] f(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK130] kernel method f must return float[] for SUM with float data, not double[]",
                    "double[] f(");
            assertErrorCount(c, 1);
        }

        @Test
        void jk130IntArrayForSum() {
            KernelSource s = kernels("IntSum",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    @Reduce(Reduction.SUM)",
                    "    int[] f(@Vi(3) double[] x, @Vj(3) double[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK130] kernel method f must return double[] for SUM with double data, not int[]",
                    "int[] f(");
            assertErrorCount(c, 1);
        }

        @Test
        void jk130ArrayForMinArgMin() {
            KernelSource s = kernels("MinArgMinType",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    @Reduce(Reduction.MIN_ARG_MIN)",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    @Reduce(Reduction.MAX_ARG_MAX)",
                    "    FloatArgResult g(@Vi(3) double[] x, @Vj(3) double[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK130] kernel method f must return org.jkeops.runtime.FloatArgResult for MIN_ARG_MIN "
                    + "with float data, not float[]", "float[] f(");
            s.assertError(c, "[JK130] kernel method g must return org.jkeops.runtime.DoubleArgResult for MAX_ARG_MAX "
                    + "with double data, not org.jkeops.runtime.FloatArgResult", "FloatArgResult g(");
            assertErrorCount(c, 2);
        }

        @Test
        void jk130ScalarReturnForKMin() {
            KernelSource s = kernels("KMinType",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    @Reduce(value = Reduction.ARG_K_MIN, k = 4)",
                    "    float f(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK130] kernel method f must return int[] for ARG_K_MIN with float data, not float",
                    "float f(");
            assertErrorCount(c, 1);
        }

        @Test
        void jk131OutWithNonVoidReturn() {
            KernelSource s = kernels("OutAndReturn",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y, @Out float[] result);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK131] kernel method f: @Out parameters need a void return type, but it returns float[]",
                    "float[] f(");
            assertErrorCount(c, 1);
        }

        @Test
        void jk131VoidWithoutOut() {
            KernelSource s = kernels("VoidNoOut",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    void f(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK131] kernel method f: it returns void, so SUM on float data needs @Out parameters "
                    + "of types [float[]] in that order, found []", "void f(");
            assertErrorCount(c, 1);
        }

        @Test
        void jk131OutArraysInTheWrongOrder() {
            KernelSource s = kernels("OutOrder",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    @Reduce(Reduction.MIN_ARG_MIN)",
                    "    void f(@Vi(3) float[] x, @Vj(3) float[] y, @Out int[] where, @Out float[] values);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK131] kernel method f: it returns void, so MIN_ARG_MIN on float data needs @Out "
                    + "parameters of types [float[], int[]] in that order, found [int[], float[]]", "void f(");
            assertErrorCount(c, 1);
        }

        @Test
        void jk131OutArrayOfTheWrongPrecision() {
            KernelSource s = kernels("OutPrecision",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    void f(@Vi(3) float[] x, @Vj(3) float[] y, @Out double[] result);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK131] kernel method f: it returns void, so SUM on float data needs @Out parameters "
                    + "of types [float[]] in that order, found [double[]]", "void f(");
            assertErrorCount(c, 1);
        }

        @Test
        void jk131ScalarOut() {
            KernelSource s = kernels("ScalarOut",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    void f(",
                    "            @Vi(3) float[] x,",
                    "            @Vj(3) float[] y,",
                    "            @Out float result);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK131] kernel method f: @Out parameter result must be a float[], double[] or int[], "
                    + "not float", "float result");
            assertErrorCount(c, 1);
        }
    }

    @Nested
    class Reductions {
        @Test
        void jk140KMinWithoutK() {
            KernelSource s = kernels("NoK",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    @Reduce(Reduction.K_MIN)",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK140] K_MIN needs k in [1, 65536] in @Reduce (k times the formula's dimension at most 65536), got k = 0", "@Reduce(Reduction.K_MIN)");
            assertErrorCount(c, 1);
        }

        /** k = 2^31 - 1 used to run javac out of memory spelling the OpenCL registers. */
        @Test
        void jk140KBeyondTheLimitPointsAtK() {
            KernelSource s = kernels("HugeK",
                    "    @Formula(\"x - y\")",
                    "    @Reduce(value = Reduction.K_MIN,",
                    "            k = 2147483647)",
                    "    float[] f(@Vi(2) float[] x, @Vj(2) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK140] K_MIN needs k in [1, 32768] in @Reduce (k times the formula's dimension at most 65536),"
                    + " got k = 2147483647", "k = 2147483647");
            assertErrorCount(c, 1);
        }

        @Test
        void jk140NegativeKPointsAtK() {
            KernelSource s = kernels("NegativeK",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    @Reduce(value = Reduction.ARG_K_MIN,",
                    "            k = -2)",
                    "    int[] f(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK140] ARG_K_MIN needs k in [1, 65536] in @Reduce (k times the formula's dimension at most 65536), got k = -2", "k = -2");
            assertErrorCount(c, 1);
        }

        @Test
        void jk141KOnSum() {
            KernelSource s = kernels("KOnSum",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    @Reduce(value = Reduction.SUM,",
                    "            k = 3)",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK141] k = 3 is only meaningful for K_MIN, ARG_K_MIN and K_MIN_ARG_K_MIN, not SUM",
                    "k = 3");
            // Exactly at the value of k.
            s.assertErrorAt(c, "[JK141]", "k = 3)", "3)");
            assertErrorCount(c, 1);
        }

        @Test
        void jk142WeightOnSum() {
            KernelSource s = kernels("WeightOnSum",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    @Reduce(value = Reduction.SUM,",
                    "            weight = \"b\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK142] weight is only meaningful for LOG_SUM_EXP and SUM_SOFTMAX_WEIGHT, not SUM",
                    "weight = \"b\"");
            assertErrorCount(c, 1);
        }

        @Test
        void jk143SoftmaxWithoutWeight() {
            KernelSource s = kernels("NoWeight",
                    "    @Formula(\"-SqDist(x, y)\")",
                    "    @Reduce(Reduction.SUM_SOFTMAX_WEIGHT)",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK143] SUM_SOFTMAX_WEIGHT needs a weight formula: "
                    + "@Reduce(value = SUM_SOFTMAX_WEIGHT, weight = \"...\")", "@Reduce(Reduction.SUM_SOFTMAX_WEIGHT)");
            assertErrorCount(c, 1);
        }

        @Test
        void jk144LogSumExpOfAVector() {
            KernelSource s = kernels("LseVector",
                    "    @Formula(\"x - y\")",
                    "    @Reduce(Reduction.LOG_SUM_EXP)",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "",
                    "    @Formula(\"y\")",
                    "    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = \"x\")",
                    "    float[] g(@Vi(3) float[] x, @Vj(2) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK144] LOG_SUM_EXP needs a formula of dimension 1, but (x - y) has dimension 3",
                    "@Reduce(Reduction.LOG_SUM_EXP)");
            s.assertError(c, "[JK144] SUM_SOFTMAX_WEIGHT needs a formula of dimension 1, but y has dimension 2",
                    "@Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT");
            assertErrorCount(c, 2);
        }

        @Test
        void jk145SumSchemeOnMin() {
            KernelSource s = kernels("SchemeOnMin",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    @Reduce(value = Reduction.MIN,",
                    "            sum = SumScheme.KAHAN)",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK145] sum = KAHAN only applies to SUM, not MIN", "sum = SumScheme.KAHAN");
            assertErrorCount(c, 1);
        }
    }

    @Nested
    class NameClashes {
        @Test
        void jk103NestedAndTopLevelInterfacesWithTheSameFlatName() {
            KernelSource nested = KernelSource.of("Outer",
                    "public class Outer {",
                    "    @Kernels",
                    "    public interface Gauss {",
                    "        @Formula(\"SqDist(x, y)\")",
                    "        float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "    }",
                    "}");
            KernelSource flat = kernels("Outer_Gauss",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = KernelSource.compile(nested, flat);
            assertThat(c).failed();
            // Whichever comes second reports the clash; nothing says "internal error".
            assertThat(c).hadErrorContaining("cannot generate test.Outer_GaussImpl: a type of that name is "
                    + "already declared or generated in this compilation");
            assertThat(c).hadErrorContaining("[JK103] @Kernels interface test.");
            assertEquals(0, KernelSource.count(c, "JK900"), () -> "" + KernelSource.errors(c));
            assertErrorCount(c, 1);
        }

        @Test
        void jk901DumpClashIsAWarning() {
            KernelSource nested = KernelSource.of("Outer",
                    "public class Outer {",
                    "    @Kernels",
                    "    public interface Gauss {",
                    "        @Formula(\"SqDist(x, y)\")",
                    "        float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "    }",
                    "}");
            KernelSource flat = kernels("Outer_Gauss",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = KernelSource.compileWith(new String[] {"-Ajkeops.dumpIr=true"}, nested, flat);
            assertThat(c).hadWarningContaining("[JK901] could not write the IR dump for test.");
            assertThat(c).hadErrorContaining("[JK103]");
            assertErrorCount(c, 1);
        }

        @Test
        void jk103HandWrittenImplClass() {
            KernelSource s = kernels("Clash",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);");
            KernelSource impl = KernelSource.of("ClashImpl",
                    "public class ClashImpl { }");
            Compilation c = KernelSource.compile(s, impl);
            assertThat(c).failed();
            s.assertError(c, "[JK103] @Kernels interface test.Clash cannot generate test.ClashImpl: a type of that name "
                    + "is already declared or generated in this compilation", "public interface Clash");
            assertErrorCount(c, 1);
        }
    }

    @Nested
    class Robustness {
        @Test
        void objectMethodsRedeclaredInTheInterfaceAreNotKernels() {
            KernelSource s = kernels("WithObjectMethods",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "",
                    "    @Override",
                    "    String toString();",
                    "",
                    "    @Override",
                    "    boolean equals(Object other);",
                    "",
                    "    @Override",
                    "    int hashCode();");
            Compilation c = KernelSource.compile(s);
            assertThat(c).succeededWithoutWarnings();
            assertTrue(c.generatedSourceFile("test.WithObjectMethodsImpl").isPresent());
        }

        @Test
        void anUnresolvedConstantInAnAnnotationIsJavacsErrorOnly() {
            KernelSource s = kernels("UnknownConstant",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(@Vi(DIM) float[] x, @Vj(3) float[] y);",
                    "",
                    "    @Formula(FORMULA)",
                    "    float[] g(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "",
                    "    @Formula(\"Foo(x)\")",
                    "    float[] h(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "cannot find symbol", "@Vi(DIM)");
            s.assertError(c, "cannot find symbol", "@Formula(FORMULA)");
            // No JK900 (the dimension is not an Integer) nor JK200 (the formula is not "<error>"),
            // while the other method's own error is still reported.
            s.assertError(c, "[JK202] unknown function in the formula of h at column 1: 'Foo'", "@Formula(\"Foo(x)\")");
            assertEquals(1, c.errors().stream().filter(d -> d.getMessage(java.util.Locale.ROOT).contains("[JK")).count(),
                    () -> "" + KernelSource.errors(c));
        }

        @Test
        void anUnresolvedReturnTypeIsJavacsErrorOnly() {
            KernelSource s = KernelSource.of("UnknownType",
                    "@Kernels",
                    "public interface UnknownType {",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    @Reduce(Reduction.MIN_ARG_MIN)",
                    "    NoSuchResult f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "}");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "cannot find symbol", "NoSuchResult f(");
            assertEquals(0, c.errors().stream().filter(d -> d.getMessage(java.util.Locale.ROOT).contains("[JK")).count(),
                    () -> "" + KernelSource.errors(c));
        }

        /**
         * 2 arrays and 124 scalar doubles are 250 slots, legal in the interface, but the SIMD row
         * method adds its own parameters (257 slots): javac rejected the generated code ("too many
         * parameters"). One double less fits everywhere and compiles.
         */
        @Test
        void jk128GeneratedMethodsBeyondTheJvmParameterLimit() {
            KernelSource s = kernels("Slots", scalars(124));
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK128] kernel method f needs 257 parameter slots in its generated method "
                    + "SlotsSimdKernels.W512.fRow, beyond the JVM's limit of 255", "double[] f(");
            assertErrorCount(c, 1);
            assertThat(KernelSource.compile(kernels("Fits", scalars(123)))).succeeded();
        }

        private static String[] scalars(int n) {
            StringBuilder formula = new StringBuilder("SqDist(x, y)");
            StringBuilder params = new StringBuilder();
            for (int k = 0; k < n; k++) {
                formula.append(" + p").append(k);
                params.append(", @Pm double p").append(k);
            }
            return new String[] {"    @Formula(\"" + formula + "\")",
                "    double[] f(@Vi double[] x, @Vj double[] y" + params + ");"};
        }

        /** The same for an array of an unresolved type, the usual shape of a typo in a kernel parameter. */
        @Test
        void anUnresolvedArrayElementTypeIsJavacsErrorOnly() {
            KernelSource s = KernelSource.of("UnknownElement",
                    "@Kernels",
                    "public interface UnknownElement {",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    double[] f(@Vi(2) double[] x, @Vj(2) doubel[] y);",
                    "",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    doubel[] g(@Vi(2) double[] x, @Vj(2) double[] y);",
                    "}");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "cannot find symbol", "doubel[] y");
            s.assertError(c, "cannot find symbol", "doubel[] g(");
            assertEquals(0, c.errors().stream().filter(d -> d.getMessage(java.util.Locale.ROOT).contains("[JK")).count(),
                    () -> "" + KernelSource.errors(c));
        }

        @Test
        void parameterNamesWithDollarSignsCanBeUsedInFormulas() {
            KernelSource s = kernels("Dollar",
                    "    @Formula(\"SqDist(x$1, y) * $g\")",
                    "    float[] f(@Vi(3) float[] x$1, @Vj(3) float[] y, @Pm float $g);");
            Compilation c = KernelSource.compile(s);
            assertThat(c).succeededWithoutWarnings();
        }
    }

    @Nested
    class Independence {
        @Test
        void errorsInOneMethodDoNotHideErrorsInOthers() {
            KernelSource s = kernels("Several",
                    "    @Formula(\"x + z\")",
                    "    float[] first(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] z);",
                    "",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    @Reduce(Reduction.ARG_MIN)",
                    "    float[] second(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "",
                    "    float[] third(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] valid(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "",
                    "    @Formula(\"Exp(x,\")",
                    "    float[] fourth(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK204] dimension mismatch in the formula of first at column 3", "@Formula(\"x + z\")");
            s.assertError(c, "[JK130] kernel method second must return int[]", "float[] second(");
            s.assertError(c, "[JK110] abstract method third has no @Formula", "float[] third(");
            s.assertError(c, "[JK200] syntax error in the formula of fourth at column 7", "@Formula(\"Exp(x,\")");
            assertErrorCount(c, 4);
        }

        @Test
        void independentErrorsInOneMethodAreAllReported() {
            KernelSource s = kernels("Many",
                    "    @Formula(\"Foo(x)\")",
                    "    @Reduce(value = Reduction.MIN,",
                    "            k = 2,",
                    "            sum = SumScheme.DOUBLE)",
                    "    double[] f(",
                    "            @Vi(3) float[] x,",
                    "            @Vj(3) float[] y,",
                    "            int n);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK202] unknown function in the formula of f at column 1: 'Foo'", "@Formula(\"Foo(x)\")");
            s.assertError(c, "[JK141] k = 2 is only meaningful", "k = 2,");
            s.assertError(c, "[JK145] sum = DOUBLE only applies to SUM, not MIN", "sum = SumScheme.DOUBLE");
            s.assertError(c, "[JK120] parameter n has type int", "int n");
            s.assertError(c, "[JK130] kernel method f must return float[] for MIN with float data, not double[]",
                    "double[] f(");
            assertErrorCount(c, 5);
        }

        @Test
        void errorsInOneInterfaceDoNotStopAnotherFromGenerating() {
            KernelSource bad = kernels("Bad",
                    "    @Formula(\"x + \")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);");
            KernelSource good = kernels("Good",
                    "    @Formula(\"SqDist(x, y)\")",
                    "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y);");
            Compilation c = KernelSource.compile(bad, good);
            assertThat(c).failed();
            bad.assertError(c, "[JK200] syntax error in the formula of f at column 5: the formula ends where an "
                    + "operand was expected", "@Formula(");
            assertErrorCount(c, 1);
            assertNoImpl(c, "test.Bad");
            assertTrue(KernelSource.createdSources(c).contains("test.GoodImpl"), () -> "" + KernelSource.createdSources(c));
        }
    }
}
