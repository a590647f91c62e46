package org.jkeops.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jkeops.processor.KernelSource.assertErrorCount;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compile-time errors inside formula text (JK2xx). Each is reported on the formula string (or the
 * weight string) with the 1-based column inside it; each test checks code, message, column and the
 * Java line, and that no implementation was generated.
 */
class FormulaErrorTest {
    /** The standard signature: x (i, 3), y (j, 3), z (j, 2), b (j, 1), A (parameter, 6), g (scalar). */
    private static final String SIGNATURE =
            "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(2) float[] z, @Vj(1) float[] b, "
            + "@Pm(6) float[] A, @Pm float g);";

    /** A one-method interface whose formula is {@code formula}, on its own line. */
    static KernelSource withFormula(String name, String formula) {
        return DeclarationErrorTest.kernels(name,
                "    @Formula(\"" + formula.replace("\\", "\\\\").replace("\"", "\\\"") + "\")",
                SIGNATURE);
    }

    /** Compiles a one-formula interface and checks its only error: message fragment, on the formula line. */
    static Compilation expectOne(String formula, String message) {
        KernelSource s = withFormula("Single", formula);
        Compilation c = s.compileWithErrors();
        s.assertError(c, message, "@Formula(");
        assertErrorCount(c, 1);
        return c;
    }

    @Nested
    class Syntax {
        static Stream<Arguments> syntaxErrors() {
            return Stream.of(
                    // unbalanced parentheses
                    Arguments.of("Exp(x", 6, "expected ')' to close the argument list of Exp opened at column 1 but found the end of the formula"),
                    Arguments.of("(x + y", 7, "expected ')' to close the parenthesis opened at column 1 but found the end of the formula"),
                    Arguments.of("Exp(Sum(x)", 11, "expected ')' to close the argument list of Exp opened at column 1 but found the end of the formula"),
                    Arguments.of("x + y)", 6, "unexpected ')' after a complete expression"),
                    Arguments.of("SqDist(x, y))", 13, "unexpected ')' after a complete expression"),
                    // trailing or doubled operators
                    Arguments.of("x +", 4, "the formula ends where an operand was expected"),
                    Arguments.of("SqDist(x, y) *", 15, "the formula ends where an operand was expected"),
                    Arguments.of("x + * y", 5, "expected a number, a name, a call or '(' but found '*'"),
                    Arguments.of("Exp(x, )", 8, "expected a number, a name, a call or '(' but found ')'"),
                    // comparisons do not chain
                    Arguments.of("x < y < z", 7, "comparisons cannot be chained; add parentheses"),
                    Arguments.of("b == g != 1", 8, "comparisons cannot be chained; add parentheses"),
                    // '|' is the scalar product, only directly inside parentheses
                    Arguments.of("x | y", 3, "'|' is only allowed directly inside parentheses, as in (a | b)"),
                    Arguments.of("Exp(x | y)", 7, "'|' is only allowed directly inside parentheses, as in (a | b)"),
                    Arguments.of("(x | y | z)", 8, "expected ')' to close the scalar product opened at column 1 but found '|'"),
                    // numbers, names and stray characters
                    Arguments.of("2x", 2, "a number cannot be followed directly by a name"),
                    Arguments.of("x * 1e", 6, "malformed exponent in number '1e'"),
                    Arguments.of("x * 12345678901234567", 5, "integer literal 12345678901234567 is too large to stay exact"),
                    Arguments.of("x # y", 3, "unexpected '#' after a complete expression"),
                    Arguments.of("Exp * x", 1, "'Exp' is a function; call it with arguments in parentheses"));
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" -> column {1}")
        @MethodSource("syntaxErrors")
        void syntaxError(String formula, int column, String detail) {
            expectOne(formula, "[JK200] syntax error in the formula of f at column " + column + ": " + detail);
        }

        @Test
        void emptyFormula() {
            expectOne("", "[JK200] syntax error in the formula of f at column 1: the formula is empty");
        }

        @Test
        void blankFormula() {
            expectOne("   ", "[JK200] syntax error in the formula of f at column 1: the formula is empty");
        }

        @Test
        void formulaSplitOverSeveralJavaLinesIsReportedOnItsFirstLine() {
            KernelSource s = DeclarationErrorTest.kernels("Split",
                    "    @Formula(\"SqDist(x, y) \"",
                    "            + \"* Exp(\")",
                    SIGNATURE);
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK200] syntax error in the formula of f at column 20: the formula ends where an "
                    + "operand was expected", "@Formula(");
            assertErrorCount(c, 1);
        }

        /**
         * A text block: the position is the line within the formula and the column within that line,
         * not a column counted across the line ends (it was "column 28" for 'bb' at line 2, column 5).
         */
        @Test
        void formulaOfSeveralLinesGivesTheLineAndItsColumn() {
            KernelSource s = DeclarationErrorTest.kernels("Block",
                    "    @Formula(\"\"\"",
                    "        Exp(-g * SqDist(x, y))",
                    "          * bb\"\"\")",
                    SIGNATURE);
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK201] unknown name in the formula of f at line 2, column 5: 'bb'", "@Formula(");
            assertErrorCount(c, 1);
        }
    }

    @Nested
    class Names {
        @Test
        void jk201UnknownAliasListsKnownNames() {
            expectOne("x + w", "[JK201] unknown name in the formula of f at column 5: 'w'; known names: A, b, g, x, y, z");
        }

        @Test
        void jk201NoAliasesAtAll() {
            KernelSource s = DeclarationErrorTest.kernels("NoAliases",
                    "    @Formula(\"SqDist(Vi(0, 3), Vj(1, 3)) * w\")",
                    "    float[] f(float[] x, float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK201] unknown name in the formula of f at column 30: 'w'; known names: (none)",
                    "@Formula(");
            assertErrorCount(c, 1);
        }

        @Test
        void jk201AParameterDeclaredByAVarFormIsNotAName() {
            // Whether a resolves must not depend on whether Vi(0, 3) comes before it in the text.
            for (String formula : new String[] {"Sum(Vi(0, 3)) + Sum(a)", "Sum(a) + Sum(Vi(0, 3))"}) {
                KernelSource s = DeclarationErrorTest.kernels("VarName",
                        "    @Formula(\"" + formula + "\")",
                        "    float[] f(float[] a, @Vj(3) float[] y);");
                Compilation c = s.compileWithErrors();
                s.assertError(c, "[JK201] unknown name in the formula of f at column " + (formula.indexOf("Sum(a)") + 5)
                        + ": 'a'; a is a parameter of f without @Vi, @Vj or @Pm, and a formula names only annotated"
                        + " parameters; known names: y", "@Formula(");
                assertErrorCount(c, 1);
            }
        }

        /**
         * The commonest slip, {@code float g} for {@code @Pm(1) float g}: the message says that g
         * is a parameter lacking its annotation, not only that the name is unknown, and suggests
         * no other name.
         */
        @Test
        void jk201SaysTheNameIsAParameterWithoutAnnotation() {
            KernelSource s = DeclarationErrorTest.kernels("Unannotated",
                    "    @Formula(\"Exp(-g * SqDist(x, y)) * b\")",
                    "    @Reduce(Reduction.SUM)",
                    "    float[] conv(@Vi(3) float[] x, @Vj(3) float[] y, @Vj(1) float[] b, float g);");
            Compilation c = s.compileWithErrors();
            s.assertErrorAt(c, "[JK201] unknown name in the formula of conv at column 6: 'g'; g is a parameter of conv"
                    + " without @Vi, @Vj or @Pm, and a formula names only annotated parameters; known names: b, x, y",
                    "\"Exp(-g");
            assertErrorCount(c, 1);
        }

        /** An @Out parameter, or a name that is no parameter, is not said to lack an annotation. */
        @Test
        void jk201ForOtherNamesIsUnchanged() {
            KernelSource s = DeclarationErrorTest.kernels("OutNamed",
                    "    @Formula(\"SqDist(x, y) * r\")",
                    "    void f(@Vi(3) float[] x, @Vj(3) float[] y, @Out float[] r);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK201] unknown name in the formula of f at column 16: 'r'; known names: x, y", "@Formula(");
            assertErrorCount(c, 1);
            expectOne("x + xx", "[JK201] unknown name in the formula of f at column 5: 'xx'; known names: A, b, g, x, y, z");
        }

        @Test
        void jk201NamesAreCaseSensitive() {
            expectOne("SqDist(X, y)", "[JK201] unknown name in the formula of f at column 8: 'X'");
        }

        @Test
        void jk202UnknownFunction() {
            expectOne("Exp(-g * SqDistance(x, y))", "[JK202] unknown function in the formula of f at column 10: 'SqDistance'");
        }

        @Test
        void jk202SuggestsTheNearestFunction() {
            expectOne("Exp(-g * SqDst(x, y))", "[JK202] unknown function in the formula of f at column 10: 'SqDst'; "
                    + "did you mean 'SqDist'?");
            expectOne("Exp(-g * SqDistance(x, y))", "'SqDistance'; did you mean 'SqDist'?");
            expectOne("Nromalize(x)", "'Nromalize'; did you mean 'Normalize'?");
            expectOne("exp(b)", "'exp'; did you mean 'Exp'?");
        }

        @Test
        void jk202NoSuggestionWhenNothingIsClose() {
            for (String formula : new String[] {"b + x(1)", "Frobnicate(b)"}) {
                Compilation c = withFormula("Far", formula).compileWithErrors();
                assertTrue(KernelSource.errors(c).stream().noneMatch(m -> m.contains("did you mean")),
                        () -> formula + ": " + KernelSource.errors(c));
            }
        }

        @Test
        void jk201SuggestsAnAliasThatDiffersInCase() {
            expectOne("SqDist(X, y)", "[JK201] unknown name in the formula of f at column 8: 'X'; did you mean 'x'?; "
                    + "known names:");
        }

        @Test
        void jk202FunctionNamesAreCaseSensitive() {
            expectOne("exp(b)", "[JK202] unknown function in the formula of f at column 1: 'exp'");
        }

        @Test
        void jk202AnAliasIsNotAFunction() {
            expectOne("b + x(1)", "[JK202] unknown function in the formula of f at column 5: 'x'");
        }
    }

    @Nested
    class Arity {
        @Test
        void jk203ExpWithTwoArguments() {
            expectOne("b * Exp(x, y)", "[JK203] wrong number of arguments in the formula of f at column 5: "
                    + "Exp takes 1 argument, got 2");
        }

        @Test
        void jk203SqDistWithOneArgument() {
            expectOne("SqDist(x)", "[JK203] wrong number of arguments in the formula of f at column 1: "
                    + "SqDist takes 2 arguments, got 1");
        }

        @Test
        void jk203NoArguments() {
            expectOne("b + Sum()", "[JK203] wrong number of arguments in the formula of f at column 5: "
                    + "Sum takes 1 argument, got 0");
        }

        @Test
        void jk203FunctionWithIntegerArguments() {
            expectOne("Extract(x, 1)", "[JK203] wrong number of arguments in the formula of f at column 1: "
                    + "Extract takes 3 arguments (1 formula, then 2 integers), got 2");
        }

        @Test
        void jk203PositionalForm() {
            expectOne("Sum(Vi(0)) + b", "[JK203] wrong number of arguments in the formula of f at column 5: "
                    + "Vi takes 2 integer arguments, got 1");
        }
    }

    @Nested
    class Dimensions {
        @Test
        void jk204AddOfDimensionsThreeAndTwo() {
            Compilation c = expectOne("Sum(x + z)", "[JK204] dimension mismatch in the formula of f at column 7: "
                    + "'+': Add needs operands of equal dimension, or of dimension 1, but got dimensions 3 and 2");
            // In the Java source, the error points at the formula's string literal.
            withFormula("Single", "Sum(x + z)").assertErrorAt(c, "[JK204]", "\"Sum(x + z)\"");
        }

        @Test
        void jk204QuotesTheOperandsAsWritten() {
            expectOne("Sum(x + z)", "but got dimensions 3 and 2 (operands: x has dimension 3, z has dimension 2)");
            expectOne("Exp(-g * SqDist(x - y, (z - b) * g)) + 1", "SqDist needs operands of equal dimension, but got "
                    + "dimensions 3 and 2 (operands: x - y has dimension 3, (z - b) * g has dimension 2)");
        }

        @Test
        void jk204SqDistOfDimensionsThreeAndTwo() {
            expectOne("Exp(-g * SqDist(x, z))", "[JK204] dimension mismatch in the formula of f at column 10: "
                    + "SqDist needs operands of equal dimension, but got dimensions 3 and 2");
        }

        @Test
        void jk204MatVecMultWithIncompatibleDimensions() {
            // A has dimension 6, which is not a multiple of 4 = dim Concat(z, z).
            expectOne("Sum(MatVecMult(A, Concat(z, z)))", "[JK204] dimension mismatch in the formula of f at column 5: "
                    + "MatVecMult needs a matrix whose dimension is a multiple of the vector's: got 6 and 4");
        }

        @Test
        void jk204ScalarProduct() {
            expectOne("(x | z)", "[JK204] dimension mismatch in the formula of f at column 1: "
                    + "scalar product (a | b) needs operands of equal dimension, but got dimensions 3 and 2");
        }

        @Test
        void jk204SumTOfAVector() {
            expectOne("Sum(SumT(x, 3))", "[JK204] dimension mismatch in the formula of f at column 5: "
                    + "SumT needs a scalar, got dimension 3");
        }

        @Test
        void jk204Comparison() {
            expectOne("Sum(x < z)", "[JK204] dimension mismatch in the formula of f at column 7: '<': LessThan needs");
        }

        @Test
        void jk204ErrorInTheWeightIsReportedOnTheWeight() {
            KernelSource s = DeclarationErrorTest.kernels("Weighted",
                    "    @Formula(\"-g * SqDist(x, y)\")",
                    "    @Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT,",
                    "            weight = \"y - z\")",
                    SIGNATURE);
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK204] dimension mismatch in the weight of f at column 3: "
                    + "'-': Subtract needs operands of equal dimension, or of dimension 1, but got dimensions 3 and 2",
                    "weight = \"y - z\"");
            assertErrorCount(c, 1);
        }

        @Test
        void errorsInFormulaAndWeightAreBothReported() {
            KernelSource s = DeclarationErrorTest.kernels("BothBad",
                    "    @Formula(\"-g * SqDist(x, z)\")",
                    "    @Reduce(value = Reduction.LOG_SUM_EXP,",
                    "            weight = \"Foo(y)\")",
                    SIGNATURE);
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK204] dimension mismatch in the formula of f at column 6", "@Formula(");
            s.assertError(c, "[JK202] unknown function in the weight of f at column 1: 'Foo'", "weight = ");
            assertErrorCount(c, 2);
        }
    }

    @Nested
    class IntegerArguments {
        @Test
        void jk205PowWithANonIntegerExponent() {
            expectOne("Sum(Pow(x, 1.5))", "[JK205] integer literal expected in the formula of f at column 12: "
                    + "argument 2 of Pow must be an integer literal");
        }

        @Test
        void jk205ElemWithAVariableIndex() {
            expectOne("Elem(x, y)", "[JK205] integer literal expected in the formula of f at column 9: "
                    + "argument 2 of Elem must be an integer literal");
        }

        @Test
        void jk205ExtractWithAnExpressionAsSize() {
            expectOne("Sum(Extract(x, 0, 1 + 1))", "[JK205] integer literal expected in the formula of f at column 19: "
                    + "argument 3 of Extract must be an integer literal");
        }

        @Test
        void jk205PositionalFormWithANonIntegerDimension() {
            KernelSource s = DeclarationErrorTest.kernels("VarDim",
                    "    @Formula(\"SqDist(Vi(0, 3.0), Vj(1, 3))\")",
                    "    float[] f(float[] x, float[] y);");
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK205] integer literal expected in the formula of f at column 14: "
                    + "argument 2 of Vi must be an integer literal", "@Formula(");
            assertErrorCount(c, 1);
        }

        @Test
        void negativeIntegerLiteralsAreIntegers() {
            // Pow(x, -2) is fine; the error is the dimension mismatch later on.
            expectOne("Sum(Pow(x, -2) + z)", "[JK204] dimension mismatch in the formula of f at column 16");
        }
    }

    @Nested
    class Variables {
        static KernelSource positional(String name, String formula, String signature) {
            return DeclarationErrorTest.kernels(name, "    @Formula(\"" + formula + "\")", "    " + signature);
        }

        static void expect(String formula, String signature, String message) {
            KernelSource s = positional("Positional", formula, signature);
            Compilation c = s.compileWithErrors();
            s.assertError(c, message, "@Formula(");
            assertErrorCount(c, 1);
        }

        @Test
        void jk206PositionOutOfRange() {
            expect("SqDist(Vi(0, 3), Vj(2, 3))", "float[] f(float[] x, float[] y);",
                    "[JK206] bad variable in the formula of f at column 18: parameter position 2 does not exist: "
                    + "f has 2 parameters (positions from 0)");
        }

        @Test
        void jk206NegativePosition() {
            expect("SqDist(Vi(-1, 3), Vj(1, 3))", "float[] f(float[] x, float[] y);",
                    "[JK206] bad variable in the formula of f at column 8: parameter position -1 does not exist");
        }

        @Test
        void jk206CategoryMismatchWithTheAnnotation() {
            expect("SqDist(x, Vi(1, 3))", "float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "[JK206] bad variable in the formula of f at column 11: Vi(1, 3) refers to y, which is declared @Vj(3)");
        }

        @Test
        void jk206DimensionMismatchWithTheAnnotation() {
            expect("SqDist(x, Vj(1, 2))", "float[] f(@Vi(3) float[] x, @Vj(3) float[] y);",
                    "[JK206] bad variable in the formula of f at column 11: Vj(1, 2) refers to y, which is declared @Vj(3)");
        }

        @Test
        void jk206InconsistentUsesOfOneUnannotatedParameter() {
            expect("SqDist(Vi(0, 3), Vj(1, 3)) + Sum(Vj(0, 3))", "float[] f(float[] x, float[] y);",
                    "[JK206] bad variable in the formula of f at column 34: Vj(0, 3) refers to x, which is already "
                    + "used as Vi(0, 3)");
        }

        @Test
        void jk206BadVarCategory() {
            expect("SqDist(Var(0, 3, 5), Vj(1, 3))", "float[] f(float[] x, float[] y);",
                    "[JK206] bad variable in the formula of f at column 8: Var category must be 0 (i), 1 (j) or 2 "
                    + "(parameter), got 5");
        }

        @Test
        void jk206ZeroDimension() {
            expect("Sum(Vi(0, 0)) + Sum(Vj(1, 3))", "float[] f(float[] x, float[] y);",
                    "[JK206] bad variable in the formula of f at column 5: dimension must be >= 1, got 0");
        }

        @Test
        void jk206ScalarParameterAsVector() {
            expect("SqDist(Vi(0, 3), Vj(1, 3)) * Vi(2, 1)", "float[] f(float[] x, float[] y, float g);",
                    "[JK206] bad variable in the formula of f at column 30: Vi(2, 1) refers to g, a scalar float, "
                    + "which can only be Pm(2, 1)");
        }

        @Test
        void jk206OutParameter() {
            expect("SqDist(x, y) * Sum(Vi(2, 1))", "void f(@Vi(3) float[] x, @Vj(3) float[] y, @Out float[] result);",
                    "[JK206] bad variable in the formula of f at column 20: Vi(2, 1) refers to result, an @Out parameter");
        }
    }

    @Nested
    class Indices {
        @Test
        void jk207ElemPastTheEnd() {
            expectOne("Elem(x, 3)", "[JK207] index or size out of range in the formula of f at column 1: "
                    + "Elem: components [3, 4) are outside a vector of dimension 3");
        }

        @Test
        void jk207NegativeElem() {
            expectOne("b * Elem(x, -1)", "[JK207] index or size out of range in the formula of f at column 5: "
                    + "Elem: components [-1, 0) are outside a vector of dimension 3");
        }

        @Test
        void jk207ExtractPastTheEnd() {
            expectOne("Sum(Extract(x, 2, 2))", "[JK207] index or size out of range in the formula of f at column 5: "
                    + "Extract: components [2, 4) are outside a vector of dimension 3");
        }

        @Test
        void jk207SumTOfSizeZero() {
            expectOne("Sum(SumT(x, 0))", "[JK207] index or size out of range in the formula of f at column 5: "
                    + "SumT needs a dimension >= 1, got 0");
        }

        @Test
        void jk207ExtractTThatDoesNotFit() {
            expectOne("Sum(ExtractT(x, 1, 3))", "[JK207] index or size out of range in the formula of f at column 5: "
                    + "ExtractT: a vector of dimension 3 placed at 1 does not fit in dimension 3");
        }

        @Test
        void jk207ZeroOfSizeZero() {
            expectOne("b + Zero(0)", "[JK207] index or size out of range in the formula of f at column 5: "
                    + "Zero needs a dimension >= 1, got 0");
        }
    }

    /** Issue 14: limits are JK2xx errors at the formula, never JK900, OutOfMemoryError or StackOverflowError. */
    @Nested
    class Limits {
        @ParameterizedTest
        @ValueSource(strings = {"Elem(x, 2147483647)", "Extract(x, 2147483647, 1)", "Sum(ExtractT(x, 2147483647, 9))"})
        void hugeIndicesAreOutOfRange(String formula) {
            expectOne("b + " + formula, "[JK207] index or size out of range in the formula of f at column ");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Sum(ElemT(x, 100000000, 0))", "Sum(SumT(g, 2000000000))", "b + Sum(Zero(1000000000))",
            "Sum(OneHot(g, 65537))"})
        void hugeSizesAreBeyondTheMaximumDimension(String formula) {
            expectOne(formula, "indices and sizes are limited to 65536");
        }

        @Test
        void aConcatenationBeyondTheMaximumDimensionIsAnError() {
            expectOne("Sum(Concat(SumT(g, 65536), g))", "Concat has dimension 65537; formulas are limited to dimension 65536");
        }

        @Test
        void aTensorProductWhoseDimensionOverflowsIsAnError() {
            // 65536 x 65536 = 2^32 wrapped around to dimension 0 before the IR checked it
            expectOne("Sum(TensorProd(SumT(g, 65536), SumT(g, 65536)))", "[JK207] index or size out of range in the formula"
                    + " of f at column 5: TensorProd of dimensions 65536 and 65536 would have dimension 4294967296, beyond the"
                    + " int range");
        }

        @Test
        void integersBeyondTheIntRangeAreOutOfRange() {
            expectOne("b + Elem(x, 2147483648)", "argument 2 of Elem is 2147483648, beyond the int range");
        }

        @Test
        void theSmallestIntIsAnIntegerExponent() {
            KernelSource s = withFormula("MinPow", "b * Pow(g, -2147483648)");
            assertThat(KernelSource.compile(s)).succeeded();
        }

        @Test
        void anOverflowingLiteralIsAnError() {
            expectOne("b * 1e400", "[JK200] syntax error in the formula of f at column 5: number 1e400 overflows");
        }

        @Test
        void aLiteralThatOverflowsFloat32IsAnErrorInAFloat32Kernel() {
            // (float) 1e39 is +inf: every result of the kernel would be silently infinite or NaN
            expectOne("b * 1e39", "[JK200] syntax error in the formula of f at column 5: number 1e39 overflows float32,"
                    + " the precision of this kernel (beyond 3.4028235E38)");
            expectOne("Exp(b) - 3.5e38 * g", "[JK200] syntax error in the formula of f at column 10: number 3.5e38"
                    + " overflows float32");
        }

        @Test
        void literalsUpToTheLargestFloatCompileInAFloat32Kernel() {
            // 3.40282356779733e38 rounds down to Float.MAX_VALUE; only what rounds to infinity is an error
            // (from the midpoint 3.4028235677973366e38 up), and underflow to 0 is rounding, not an error
            assertThat(KernelSource.compile(withFormula("Largest", "b * 3.4028235e38 - g * 3.40282356779733e38 + 1e-50")))
                    .succeeded();
            expectOne("b * 3.4028235677973366e38", "at column 5: number 3.4028235677973366e38 overflows float32");
        }

        @Test
        void aFloat64KernelTakesLiteralsBeyondFloat32ButNotBeyondFloat64() {
            String signature = "    double[] f(@Vj(1) double[] b, @Vi(1) double[] x);";
            KernelSource ok = DeclarationErrorTest.kernels("Wide", "    @Formula(\"b * 1e39\")", signature);
            assertThat(KernelSource.compile(ok)).succeeded();
            KernelSource bad = DeclarationErrorTest.kernels("Wider", "    @Formula(\"b * 1e400\")", signature);
            Compilation c = bad.compileWithErrors();
            bad.assertError(c, "[JK200] syntax error in the formula of f at column 5: number 1e400 overflows", "@Formula(");
            assertErrorCount(c, 1);
        }

        @Test
        void deepNestingIsAnError() {
            String formula = "Exp(".repeat(5000) + "b" + ")".repeat(5000);
            expectOne(formula, "the formula is nested more than 200 levels deep");
            expectOne("-".repeat(100_000) + "b", "the formula is nested more than 200 levels deep");
        }

        /**
         * Nested derivatives grow exponentially: six Laplacians of a Gaussian ran javac for minutes
         * past 4 GB, twenty Sum(Grad(...)) threw OutOfMemoryError; now JK208 at the form that grows too much.
         */
        @Test
        void nestedDerivativesBeyondTheLimitAreJk208AtTheForm() {
            String signature = "    float[] f(@Vi(3) float[] x, @Vj(3) float[] y, @Pm(1) float[] g, @Vj(1) float[] b);";
            String laplacians = "Laplacian(".repeat(6) + "Exp(-g*SqDist(x,y))*b" + ", x)".repeat(6);
            KernelSource s = DeclarationErrorTest.kernels("Laplacians", "    @Formula(\"" + laplacians + "\")", signature);
            Compilation c = s.compileWithErrors();
            s.assertError(c, "[JK208] kernel too large in the formula of f at column 11: Laplacian expands to more than"
                    + " 1000000 operations", "@Formula(");
            assertErrorCount(c, 1);
            String grads = "Sum(Grad(".repeat(20) + "Exp(-g*SqDist(x,y))*b" + ", x, b))".repeat(20);
            KernelSource t = DeclarationErrorTest.kernels("Grads", "    @Formula(\"" + grads + "\")", signature);
            Compilation d = t.compileWithErrors();
            t.assertError(d, "Grad expands to more than 1000000 operations", "@Formula(");
            assertErrorCount(d, 1);
        }

        /** Divergence and Laplacian at D = 1,000-2,000 were JK900 (StackOverflowError) or ran javac out of memory. */
        @Test
        void derivativesOverThousandsOfComponentsAreJk208() {
            KernelSource s = DeclarationErrorTest.kernels("ManyComponents",
                    "    @Formula(\"Divergence(x*y, x) * b\")",
                    "    float[] div(@Vi(1000) float[] x, @Vj(1000) float[] y, @Vj(1) float[] b);",
                    "    @Formula(\"Laplacian(Exp(-g*SqDist(x,y)), x)\")",
                    "    float[] lap(@Vi(2000) float[] x, @Vj(2000) float[] y, @Pm(1) float[] g);");
            Compilation c = s.compileWithErrors();
            assertThat(c).hadErrorContaining("[JK208] kernel too large in the formula of div at column 1: the formula spells"
                    + " about 2001 operations per pair or row outside loops");
            assertThat(c).hadErrorContaining("[JK208] kernel too large in the formula of lap at column 1: the formula lowers to"
                    + " more than 1000000 scalar operations");
            assertErrorCount(c, 2);
        }

        /**
         * An element-wise SUM output too large to spell out below 32 components compiles at 32,
         * where the wide-output loop takes it: the JK208 message says so (it said only component
         * sums loop, so nobody could tell that D = 32 compiles; fuzz probe finding 3).
         */
        @Test
        void jk208NamesTheWideOutputLoopBelowItsThreshold() {
            String formula = "(Round(Exp(Atan2(Acos(q), IfElse(x, y, Acos(q)))), 1) - Log(y))";
            KernelSource s = DeclarationErrorTest.kernels("Elementwise",
                    "    @Formula(\"" + formula + "\") @Reduce(Reduction.SUM)",
                    "    float[] d16(@Vi(16) float[] x, @Vj(16) float[] y, @Pm(16) float[] q);");
            Compilation c = s.compileWithErrors();
            assertThat(c).hadErrorContaining("[JK208] kernel too large in the formula of d16");
            assertThat(c).hadErrorContaining("the SUM's 16 output components are one expression of the"
                    + " components, which loops over them (the wide-output loop) from 32 components");
            assertErrorCount(c, 1);
            KernelSource wide = DeclarationErrorTest.kernels("Elementwise32",
                    "    @Formula(\"" + formula + "\") @Reduce(Reduction.SUM)",
                    "    float[] d32(@Vi(32) float[] x, @Vj(32) float[] y, @Pm(32) float[] q);");
            assertThat(KernelSource.compile(wide)).succeededWithoutWarnings();
        }

        @Test
        void nestingAndChainsWithinTheLimitsCompile() {
            // Sqrt, not Exp: 150 inline exponentials are ~42,000 bytes of SIMD code, JK208 (KernelSize)
            String nested = "Sqrt(".repeat(150) + "b" + ")".repeat(150);
            assertThat(KernelSource.compile(withFormula("Nested", nested))).succeeded();
            String chain = "b" + " + b * g".repeat(190);
            assertThat(KernelSource.compile(withFormula("Chain", chain))).succeeded();
            expectOne(chain + " + b".repeat(20), "levels deep, more than 200");
            expectOne("b" + " + b".repeat(100_000), "more than 200");
        }
    }

    @Test
    void onlyTheFirstProblemOfAFormulaIsReported() {
        Compilation c = expectOne("Foo(x) + Elem(x, 7) + w", "[JK202] unknown function in the formula of f at column 1");
        assertThat(c).hadErrorCount(1);
    }
}
