package org.jkeops.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.DimensionException;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.ir.IndexRangeException;
import org.jkeops.processor.ir.Ops;
import org.jkeops.processor.ir.Printer;
import org.jkeops.processor.ir.UnaryOp;
import org.jkeops.processor.parse.Ast;
import org.jkeops.processor.parse.FormulaParser;
import org.jkeops.processor.parse.FormulaSyntaxException;
import org.jkeops.processor.passes.Simplifier;
import org.jkeops.processor.resolve.FormulaException;
import org.jkeops.processor.resolve.Resolver;
import org.jkeops.processor.resolve.Scope;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit tests of the formula front end: parser, resolver, smart constructors, simplifier, printer. */
class FrontEndTest {
    static final Expr.Var X = new Expr.Var(0, 3, Category.I, "x");
    static final Expr.Var Y = new Expr.Var(1, 3, Category.J, "y");
    static final Expr.Var B = new Expr.Var(2, 1, Category.J, "b");
    static final Expr.Var G = new Expr.Var(3, 1, Category.P, "g");
    static final Expr.Var A = new Expr.Var(4, 9, Category.P, "A");
    static final Expr.Var Z = new Expr.Var(5, 2, Category.J, "z");

    /** Aliases x, y, b, g, A, z at positions 0..5; positions 6 and 7 are free for Var forms. */
    static final class TestScope implements Scope {
        final Map<String, Expr.Var> aliases = new LinkedHashMap<>();
        final List<String> declared = new ArrayList<>();

        TestScope() {
            for (Expr.Var v : List.of(X, Y, B, G, A, Z)) {
                aliases.put(v.name(), v);
            }
            aliases.put("x$1", new Expr.Var(8, 3, Category.J, "x$1"));
        }

        @Override
        public Expr.Var alias(String name) {
            return aliases.get(name);
        }

        @Override
        public boolean float32() {
            return false;
        }

        @Override
        public Collection<String> aliasNames() {
            return aliases.keySet();
        }

        @Override
        public Expr.Var positional(int position, Category category, int dim) {
            if (position < 6) {
                Expr.Var v = List.of(X, Y, B, G, A, Z).get(position);
                if (v.category() != category || v.dim() != dim) {
                    throw new IllegalArgumentException("mismatch at " + position);
                }
                return v;
            }
            if (position > 7) {
                throw new IllegalArgumentException("no position " + position);
            }
            declared.add(category.keopsName() + position);
            return new Expr.Var(position, dim, category, "p" + position);
        }
    }

    static Expr resolve(String text) {
        try {
            return Resolver.resolve(text, new TestScope());
        } catch (FormulaException e) {
            throw new AssertionError(e.format("test formula") + " in " + text, e);
        }
    }

    static FormulaException resolveError(String text) {
        return assertThrows(FormulaException.class, () -> Resolver.resolve(text, new TestScope()));
    }

    static Ast parse(String text) {
        try {
            return FormulaParser.parse(text);
        } catch (FormulaSyntaxException e) {
            throw new AssertionError(e.getMessage() + " at column " + e.column(), e);
        }
    }

    @Nested
    class Parser {
        @Test
        void precedenceOfAdditionAndMultiplication() {
            Ast ast = parse("a + b * c");
            Ast.Infix plus = assertInstanceOf(Ast.Infix.class, ast);
            assertEquals("+", plus.op());
            assertEquals(new Ast.Name("a", 1), plus.left());
            Ast.Infix times = assertInstanceOf(Ast.Infix.class, plus.right());
            assertEquals("*", times.op());
            assertEquals(7, times.column());
        }

        @Test
        void subtractionIsLeftAssociative() {
            Ast.Infix outer = assertInstanceOf(Ast.Infix.class, parse("a - b - c"));
            assertEquals(new Ast.Name("c", 9), outer.right());
            Ast.Infix inner = assertInstanceOf(Ast.Infix.class, outer.left());
            assertEquals(new Ast.Name("a", 1), inner.left());
            assertEquals(new Ast.Name("b", 5), inner.right());
        }

        @Test
        void powerIsRightAssociativeAndBindsTighterThanUnaryMinus() {
            Ast.Negate neg = assertInstanceOf(Ast.Negate.class, parse("-x ** 2"));
            Ast.Infix pow = assertInstanceOf(Ast.Infix.class, neg.arg());
            assertEquals("**", pow.op());
            Ast.Infix right = assertInstanceOf(Ast.Infix.class, assertInstanceOf(Ast.Infix.class, parse("2 ** 3 ** 2")).right());
            assertEquals("**", right.op());
            assertEquals(Ops.constant(512), resolve("2 ** 3 ** 2"));
            assertEquals(Ops.constant(-4), resolve("-2 ** 2"));
        }

        @Test
        void comparisonsHaveTheLowestPrecedence() {
            Ast.Infix le = assertInstanceOf(Ast.Infix.class, parse("a + 1 <= b * 2"));
            assertEquals("<=", le.op());
            assertEquals(7, le.column());
            assertInstanceOf(Ast.Infix.class, le.left());
            assertInstanceOf(Ast.Infix.class, le.right());
        }

        @Test
        void callsScalarProductsAndNumbers() {
            Ast.Call call = assertInstanceOf(Ast.Call.class, parse("  Fn( (a | b), 1.5e-3, 42, G() )"));
            assertEquals("Fn", call.function());
            assertEquals(3, call.column());
            assertEquals(4, call.args().size());
            assertInstanceOf(Ast.ScalarProduct.class, call.args().get(0));
            assertEquals(new Ast.Num(1.5e-3, false, "1.5e-3", 16), call.args().get(1));
            assertEquals(new Ast.Num(42, true, "42", 24), call.args().get(2));
            assertEquals(new Ast.Call("G", List.of(), 28), call.args().get(3));
        }

        @Test
        void unaryPlusIsDropped() {
            assertEquals(new Ast.Name("x", 2), parse("+x"));
        }

        @Test
        void syntaxErrorsCarryTheirColumn() {
            FormulaSyntaxException e = assertThrows(FormulaSyntaxException.class, () -> FormulaParser.parse("Exp(x"));
            assertEquals(6, e.column());
            e = assertThrows(FormulaSyntaxException.class, () -> FormulaParser.parse("x < y < z"));
            assertEquals(7, e.column());
            e = assertThrows(FormulaSyntaxException.class, () -> FormulaParser.parse(""));
            assertEquals(1, e.column());
            e = assertThrows(FormulaSyntaxException.class, () -> FormulaParser.parse("x | y"));
            assertEquals(3, e.column());
        }
    }

    @Nested
    class Resolution {
        @Test
        void aliasesResolveToTheirVariables() {
            assertEquals(Ops.sub(X, Y), resolve("x - y"));
            assertEquals(Ops.sqDist(X, Y), resolve("SqDist(x, y)"));
            assertEquals(Ops.scalarProduct(X, Y), resolve("(x | y)"));
        }

        @Test
        void positionalFormsAskTheScope() throws FormulaException {
            TestScope scope = new TestScope();
            Expr e = Resolver.resolve("Sum(Vi(6, 3) * Var(7, 3, 1)) + Pm(3, 1)", scope);
            assertEquals(List.of("Vi6", "Vj7"), scope.declared);
            Expr.Var p6 = new Expr.Var(6, 3, Category.I, "p6");
            Expr.Var p7 = new Expr.Var(7, 3, Category.J, "p7");
            assertEquals(Ops.add(Ops.sum(Ops.mul(p6, p7)), G), e);
        }

        @Test
        void errorsCarryCodeAndColumn() {
            FormulaException e = resolveError("x + w");
            assertEquals(Msg.UNKNOWN_NAME, e.msg());
            assertEquals(5, e.column());
            assertEquals("[JK201] unknown name in here at column 5: 'w'; known names: A, b, g, x, x$1, y, z", e.format("here"));

            e = resolveError("Sum(x + z)");
            assertEquals(Msg.DIMENSION_MISMATCH, e.msg());
            assertEquals(7, e.column());

            e = resolveError("Exp(x, y)");
            assertEquals(Msg.ARITY, e.msg());
            assertEquals(1, e.column());

            e = resolveError("Elem(x, 3)");
            assertEquals(Msg.BAD_INDEX, e.msg());

            e = resolveError("Pow(x, 1.5)");
            assertEquals(Msg.INTEGER_ARGUMENT, e.msg());
            assertEquals(8, e.column());

            e = resolveError("Vi(0, 2)");
            assertEquals(Msg.BAD_VARIABLE, e.msg());

            e = resolveError("Nope(x)");
            assertEquals(Msg.UNKNOWN_FUNCTION, e.msg());

            e = resolveError("x +");
            assertEquals(Msg.SYNTAX, e.msg());
            assertEquals(4, e.column());
        }

        @Test
        void integerArgumentErrorsPointAtTheStartOfTheArgument() {
            FormulaException e = resolveError("Elem(x, 1 + 1)");
            assertEquals(Msg.INTEGER_ARGUMENT, e.msg());
            assertEquals(9, e.column());
        }

        @Test
        void powerWithAnIntegerLiteralIsPowOtherwisePowf() {
            assertEquals(Ops.pow(X, 3), resolve("x ** 3"));
            assertEquals(new Expr.Pow(X, -3), resolve("x ** -3"));
            assertEquals(Ops.binary(BinaryOp.POWF, X, B), resolve("x ** b"));
            assertEquals(Ops.binary(BinaryOp.POWF, X, Ops.constant(0.5)), resolve("x ** 0.5"));
        }
    }

    @Nested
    class Simplification {
        @Test
        void constantFolding() {
            assertEquals(Ops.constant(7), resolve("2 * 3 + 1"));
            assertEquals(Ops.constant(1), resolve("Exp(0)"));
            assertEquals(Ops.constant(0.25), resolve("IntInv(4)"));
            assertEquals(Ops.constant(-6), resolve("-(2 * 3)"));
            assertEquals(Ops.constant(1), resolve("2 < 3"));
            assertEquals(Ops.constant(3), resolve("Clamp(5, 1, 3)"));
            assertEquals(Ops.constant(8), resolve("Pow(2, 3)"));
            assertEquals(Ops.constant(1.3), resolve("Round(1.25, 1)"));
        }

        @Test
        void zeroTimesAnythingIsZero() {
            assertEquals(new Expr.Zero(3), resolve("0 * x"));
            assertEquals(new Expr.Zero(3), resolve("x * 0"));
            assertEquals(Ops.constant(0), resolve("0 * Exp(b)"));
            assertEquals(Ops.constant(0), resolve("Sum(0 * x)"));
            // the zero is +0, and x + (+0) is not x where x is -0 (IEEE): only the difference drops it
            assertEquals(new Expr.Binary(BinaryOp.ADD, X, new Expr.Zero(3)), resolve("x + 0 * y"));
            assertEquals(X, resolve("x - 0 * y"));
        }

        @Test
        void neutralElements() {
            assertEquals(X, resolve("x * 1"));
            assertEquals(X, resolve("1 * x"));
            assertEquals(X, resolve("x / 1"));
            assertEquals(X, resolve("x - 0"));
            // only the rewrites exact for signed zeros: -0 + 0 is +0, and 0 - (+0) is +0, not -0
            assertEquals(new Expr.Binary(BinaryOp.ADD, X, Ops.constant(0)), resolve("x + 0"));
            assertEquals(new Expr.Binary(BinaryOp.ADD, Ops.constant(0), X), resolve("0 + x"));
            assertEquals(new Expr.Binary(BinaryOp.SUB, Ops.constant(0), X), resolve("0 - x"));
            assertEquals(X, resolve("x + -0"));
            assertEquals(X, resolve("-0 + x"));
            assertEquals(Ops.neg(X), resolve("-0 - x"));
            assertEquals(Ops.neg(X), resolve("x * -1"));
        }

        @Test
        void doubleNegation() {
            assertEquals(X, resolve("Minus(Minus(x))"));
            assertEquals(X, resolve("-(-x)"));
            assertEquals(Ops.add(X, Y), resolve("x - -y"));
            assertEquals(Ops.mul(X, Y), resolve("(-x) * (-y)"));
        }

        @Test
        void smallPowersBecomeSimplerOperations() {
            assertEquals(new Expr.Unary(UnaryOp.SQUARE, X), resolve("Pow(x, 2)"));
            assertEquals(X, resolve("Pow(x, 1)"));
            assertEquals(new Expr.Unary(UnaryOp.INV, X), resolve("Pow(x, -1)"));
            assertEquals(new Expr.SumT(Ops.constant(1), 3), resolve("Pow(x, 0)"));
            assertEquals(new Expr.Pow(X, 5), resolve("Pow(x, 5)"));
            assertEquals(new Expr.Unary(UnaryOp.SQUARE, X), resolve("Square(-x)"));
        }

        @Test
        void simplifierRewritesTreesBuiltWithoutTheSmartConstructors() {
            Expr zeroTimes = new Expr.Binary(BinaryOp.MUL, new Expr.Const(0), X);
            assertEquals(new Expr.Zero(3), Simplifier.simplify(zeroTimes));
            Expr timesOne = new Expr.Binary(BinaryOp.MUL, X, new Expr.Const(1));
            assertEquals(X, Simplifier.simplify(timesOne));
            Expr minusMinus = new Expr.Unary(UnaryOp.NEG, new Expr.Unary(UnaryOp.NEG, X));
            assertEquals(X, Simplifier.simplify(minusMinus));
            Expr square = new Expr.Pow(X, 2);
            assertEquals(new Expr.Unary(UnaryOp.SQUARE, X), Simplifier.simplify(square));
            Expr folded = new Expr.Binary(BinaryOp.ADD,
                    new Expr.Binary(BinaryOp.MUL, new Expr.Const(2), new Expr.Const(3)), new Expr.Const(1));
            assertEquals(Ops.constant(7), Simplifier.simplify(folded));
            // Rules enabled by a rewrite deeper in the tree apply too: y - (0 * x) -> y.
            Expr deep = new Expr.Binary(BinaryOp.SUB, Y, zeroTimes);
            assertEquals(Y, Simplifier.simplify(deep));
            Expr sumOfZero = new Expr.ComponentReduce(org.jkeops.processor.ir.ComponentOp.SUM,
                    new Expr.Binary(BinaryOp.MUL, X, new Expr.Const(0)));
            assertEquals(Ops.constant(0), Simplifier.simplify(sumOfZero));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Exp(-g * SqDist(x, y)) * b", "WeightedSqDist(A, x, y)", "Mod(x, b, 1) + Normalize(y)",
            "IfElse(b - 1, x, y) * 0 + Concat(z, b)", "Extract(Concat(x, y), 3, 3)"})
        void simplificationReachesAFixedPoint(String formula) {
            Expr e = resolve(formula);
            Expr once = Simplifier.simplify(e);
            assertEquals(once, Simplifier.simplify(once));
        }

        @Test
        void extractOfConcatPicksTheOperand() {
            assertEquals(Y, resolve("Extract(Concat(x, y), 3, 3)"));
            assertEquals(Ops.elem(X, 1), resolve("Elem(Concat(x, y), 1)"));
        }

        @Test
        void smartConstructorsCheckDimensions() {
            assertThrows(DimensionException.class, () -> Ops.add(X, Z));
            assertThrows(DimensionException.class, () -> Ops.sqDist(X, Z));
            assertThrows(DimensionException.class, () -> Ops.matVecMult(A, Z));
            assertThrows(IndexRangeException.class, () -> Ops.elem(X, 3));
            assertThrows(IndexRangeException.class, () -> Ops.extract(X, 2, 2));
            assertEquals(3, Ops.matVecMult(A, X).dim());
            assertEquals(3, Ops.vecMatMult(X, A).dim());
            assertEquals(6, Ops.tensorProd(X, Z).dim());
            assertEquals(3, Ops.add(X, B).dim());
        }
    }

    @Test
    void messageCodesAreUniqueAndGrouped() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Msg m : Msg.values()) {
            assertTrue(m.code().matches("JK[1239][0-9][0-9]"), m.code());
            assertTrue(codes.add(m.code()), "duplicate code " + m.code());
            assertTrue(m.format(new Object[20]).startsWith("[" + m.code() + "] "), m.code());
        }
    }

    @Nested
    class Printing {
        @Test
        void printsKeOpsSyntax() {
            assertEquals("(Exp((Minus(g) * Sum(Square((x - y))))) * b)", Printer.print(resolve("Exp(-g * SqDist(x, y)) * b")));
            assertEquals("Pow(x, -3)", Printer.print(resolve("Pow(x, -3)")));
            assertEquals("Zero(3)", Printer.print(resolve("0 * x")));
            assertEquals("((-2) * x)", Printer.print(resolve("-2 * x")));
            assertEquals("Powf(x, b)", Printer.print(resolve("x ** b")));
        }

        @Test
        void numbersPrintExactly() {
            assertEquals("3", Printer.number(3));
            assertEquals("(-3)", Printer.number(-3));
            assertEquals("(-0)", Printer.number(-0.0));
            assertEquals("0.1", Printer.number(0.1));
            assertEquals("(-1.0E-20)", Printer.number(-1e-20));
            assertEquals("(1 / 0)", Printer.number(Double.POSITIVE_INFINITY));
            assertEquals("(-1 / 0)", Printer.number(Double.NEGATIVE_INFINITY));
            assertEquals("(0 / 0)", Printer.number(Double.NaN));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Exp(-g * SqDist(x, y)) * b",
            "x - y",
            "-x ** 2",
            "x ** 3 + x ** -2 + x ** b",
            "(x | y) / Norm2(x)",
            "Sum(Normalize(x)) * Max(y) - Min(y) + ArgMax(x) + ArgMin(y)",
            "IfElse(b - g, x, y) + Clamp(x, b, g) + ClampInt(y, -1, 2)",
            "Round(x, 2) * Mod(b, g, 0.5)",
            "SumT(b, 3) * OneHot(b, 3)",
            "Extract(Concat(x, y), 2, 3) + ExtractT(z, 1, 3)",
            "MatVecMult(A, x) + VecMatMult(x, A) + Elem(TensorProd(x, x), 4)",
            "WeightedSqDist(A, x, y) + WeightedSqNorm(x, y) + WeightedSqNorm(g, y)",
            "(x == y) + (x != y) + (x < y) + (x <= y) + (x > y) + (x >= y)",
            "Atan2(x, y) * Powf(b, g) + Inv(x) * Rsqrt(b) + Sqrt(Abs(x))",
            "Log(Exp(b)) + Sin(Cos(b)) + Asin(Acos(Atan(b))) + Floor(b) + XLogX(b) + SinXDivX(b)",
            "Step(b) + Sign(b) + ReLU(b) + Square(b) - 1.5e-7 * g + 0.1",
            "-0.25 * x + 1e300 * y + 12345678 * b",
            "IntInv(0) * x + Log(0) * b + Sqrt(-1) * g",
            "x$1 + y",
        })
        void printingThenReparsingGivesAnEqualTree(String formula) {
            Expr e = resolve(formula);
            String printed = Printer.print(e);
            Expr again = resolve(printed);
            assertEquals(e, again, () -> formula + " printed as " + printed);
            assertEquals(printed, Printer.print(again));
            assertTrue(!printed.isEmpty());
        }
    }
}
