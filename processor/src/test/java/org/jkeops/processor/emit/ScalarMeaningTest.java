package org.jkeops.processor.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.tools.JavaFileObject;
import org.jkeops.annotations.Formulas;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.ir.Ops;
import org.jkeops.processor.ir.UnaryOp;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: one scalar meaning per operation. The processor folds constants with
 * {@link UnaryOp#apply}/{@link BinaryOp#apply} ({@link Formulas}' methods); the generated scalar
 * code computes with the operations' Java spellings. Both must agree bit for bit on special
 * values, in float64 and float32 (a float32 kernel computes each operation in float32, or in
 * float64 rounded once, which is the folded value rounded once): the spellings are compiled here
 * and run.
 */
class ScalarMeaningTest {
    static final double[] SPECIAL = {0.0, -0.0, 1, -1, 0.5, -0.5, 2.5, -2.5, 3, Math.PI, 1e-8, 0.49999999999999994,
        0x1p52 + 1, 1e-310, Double.MIN_VALUE, 1e300, -1e300, 3.4e38, 4e38, Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN};

    @Test
    void theGeneratedScalarSpellingsComputeTheFoldedMeaning() throws Exception {
        Class<?> spelled = compileSpellings();
        int compared = 0;
        for (UnaryOp op : UnaryOp.values()) {
            Method d = spelled.getMethod("d" + op.name(), double.class);
            Method f = spelled.getMethod("f" + op.name(), float.class);
            for (double x : SPECIAL) {
                same(op.apply(x), (double) d.invoke(null, x), op + "(" + x + ") in float64");
                float xf = (float) x;
                same((float) op.apply(xf), (float) f.invoke(null, xf), op + "(" + xf + "f) in float32");
                compared += 2;
            }
        }
        for (BinaryOp op : BinaryOp.values()) {
            Method d = spelled.getMethod("d" + op.name(), double.class, double.class);
            Method f = spelled.getMethod("f" + op.name(), float.class, float.class);
            for (double a : SPECIAL) {
                for (double b : SPECIAL) {
                    same(op.apply(a, b), (double) d.invoke(null, a, b), op + "(" + a + ", " + b + ") in float64");
                    float af = (float) a;
                    float bf = (float) b;
                    same((float) op.apply(af, bf), (float) f.invoke(null, af, bf),
                            op + "(" + af + "f, " + bf + "f) in float32");
                    compared += 2;
                }
            }
        }
        assertEquals(2 * SPECIAL.length * (UnaryOp.values().length + SPECIAL.length * BinaryOp.values().length), compared);
    }

    /** The meanings FORMULAS.md states, on the inputs of issue 14, through constant folding. */
    @Test
    void constantFoldingFollowsTheDocumentedSpecialValues() {
        assertEquals(0.0, folded(Ops.round(Ops.constant(0.49999999999999994), 0)));
        assertEquals(0x1p52 + 1, folded(Ops.round(Ops.constant(0x1p52 + 1), 0)));
        assertEquals(3.0, folded(Ops.round(Ops.constant(2.5), 0)));
        assertEquals(-3.0, folded(Ops.round(Ops.constant(-2.5), 0)));
        assertEquals(1.5, folded(Ops.round(Ops.constant(1.5), 400))); // 10^400 overflows: unchanged
        assertEquals(0.0, folded(Ops.round(Ops.constant(1.5), -400)));
        assertEquals(1.5, folded(Ops.round(Ops.constant(1.5), 39)));
        assertEquals(4e35f, Formulas.round(4e35f, 3));
        assertEquals(0f, Formulas.round(0.49999997f, 0));
        assertEquals(0x1p23f + 1, Formulas.round(0x1p23f + 1, 0));
        same(0.0, folded(Ops.unary(UnaryOp.RSQRT, Ops.constant(0))), "Rsqrt(0)");
        same(1.0, folded(Ops.unary(UnaryOp.STEP, Ops.constant(Double.NaN))), "Step(NaN)");
        same(0.0, folded(Ops.unary(UnaryOp.SIGN, Ops.constant(Double.NaN))), "Sign(NaN)");
        same(Double.NaN, folded(Ops.binary(BinaryOp.POWF, Ops.constant(1), Ops.constant(Double.NaN))), "Powf(1, NaN)");
        same(Double.NaN, folded(Ops.clamp(Ops.constant(Double.NaN), Ops.constant(0), Ops.constant(1))), "Clamp(NaN, 0, 1)");
        same(0.0, folded(Ops.clamp(Ops.constant(-0.0), Ops.constant(0), Ops.constant(0))), "Clamp(-0, 0, 0)");
    }

    /** Max/Min/ArgMax/ArgMin over components (finding 10): the first NaN wins, else the first extreme. */
    @Test
    void componentReductionsOfTheFormulaLibraryFollowTheDocumentedNanRule() {
        double nan = Double.NaN;
        same(nan, Formulas.max(new double[] {1, nan, 3}), "Max(1, NaN, 3)");
        same(nan, Formulas.min(new double[] {nan, -1}), "Min(NaN, -1)");
        assertEquals(1.0, Formulas.argMax(new double[] {1, nan, 3, nan}));
        assertEquals(2f, Formulas.argMin(new float[] {1, 0, Float.NaN}));
        same(-0.0, Formulas.max(new double[] {-0.0, 0.0}), "Max(-0, +0)");
        same(0.0f, Formulas.min(new float[] {0f, -0f}), "Min(+0, -0)");
        assertEquals(1.0, Formulas.argMax(new double[] {1, 3, 3}));
    }

    private static double folded(Expr e) {
        return ((Expr.Const) e).value();
    }

    private static void same(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                () -> what + ": expected " + expected + ", got " + actual);
    }

    private static void same(float expected, float actual, String what) {
        assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(actual),
                () -> what + ": expected " + expected + ", got " + actual);
    }

    /** A class with, per operation, {@code dOP} and {@code fOP} returning the operation's spelling. */
    private static Class<?> compileSpellings() throws Exception {
        TypeSpec.Builder t = TypeSpec.classBuilder("Spelled").addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        for (boolean isFloat : new boolean[] {false, true}) {
            TypeName type = isFloat ? TypeName.FLOAT : TypeName.DOUBLE;
            String prefix = isFloat ? "f" : "d";
            for (UnaryOp op : UnaryOp.values()) {
                t.addMethod(method(prefix + op.name(), type, List.of("x"),
                        JavaSpelling.unary(op, "x", isFloat)));
            }
            for (BinaryOp op : BinaryOp.values()) {
                t.addMethod(method(prefix + op.name(), type, List.of("a", "b"),
                        JavaSpelling.binary(op, "a", "b", isFloat)));
            }
        }
        String source = JavaFile.builder("spelled", t.build()).build().toString();
        Compilation c = Compiler.javac().compile(JavaFileObjects.forSourceString("spelled.Spelled", source));
        assertThat(c).succeeded();
        List<JavaFileObject> classes = new ArrayList<>(c.generatedFiles());
        ClassLoader loader = new ClassLoader(ScalarMeaningTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                for (JavaFileObject f : classes) {
                    if (f.getKind() == JavaFileObject.Kind.CLASS && f.getName().endsWith(name.replace('.', '/') + ".class")) {
                        try (InputStream in = f.openInputStream()) {
                            byte[] bytes = in.readAllBytes();
                            return defineClass(name, bytes, 0, bytes.length);
                        } catch (IOException e) {
                            throw new ClassNotFoundException(name, e);
                        }
                    }
                }
                return super.findClass(name);
            }
        };
        return loader.loadClass("spelled.Spelled");
    }

    private static MethodSpec method(String name, TypeName type, List<String> params, CodeBlock body) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(type);
        for (String p : params) {
            m.addParameter(type, p);
        }
        return m.addStatement("return $L", body).build();
    }
}
