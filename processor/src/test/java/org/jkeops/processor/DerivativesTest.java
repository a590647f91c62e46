package org.jkeops.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.ComponentOp;
import org.jkeops.processor.ir.Derivatives;
import org.jkeops.processor.ir.DimensionException;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.ir.Expr.Var;
import org.jkeops.processor.ir.Ops;
import org.jkeops.processor.ir.Printer;
import org.jkeops.processor.ir.UnaryOp;
import org.jkeops.processor.passes.Simplifier;
import org.jkeops.processor.resolve.FormulaException;
import org.jkeops.processor.resolve.Resolver;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Symbolic differentiation ({@link Derivatives}): every operation's vector-Jacobian rule against
 * central finite differences in float64 at random points away from kinks (the IR is evaluated by
 * {@link IrEvaluator}), the Jacobian-vector product, GradMatrix, Divergence, Laplacian and
 * second-order gradients likewise, golden strings of simplified gradients, and the front end's
 * forms and errors.
 */
class DerivativesTest {
    static final Var X = new Var(0, 3, Category.I, "x");
    static final Var Y = new Var(1, 3, Category.J, "y");
    static final Var P = new Var(2, 1, Category.P, "p");
    static final Var A = new Var(3, 9, Category.P, "A");
    static final Var Z = new Var(4, 2, Category.J, "z");
    static final Var M = new Var(5, 6, Category.P, "M");
    static final Var Q = new Var(6, 1, Category.J, "q");

    private static final double H = 1e-5;
    private static final int POINTS = 6;

    /** Draws one component. */
    interface Gen {
        double draw(Random r);
    }

    static Gen uniform(double lo, double hi) {
        return r -> lo + (hi - lo) * r.nextDouble();
    }

    static final Gen U = uniform(-2, 2);
    static final Gen POS = uniform(0.3, 2);
    /** An integer in [-2, 1] plus a fraction in [0.1, 0.4]: away from 0, integers and halves. */
    static final Gen KINKFREE = r -> (r.nextInt(4) - 2) + 0.1 + 0.3 * r.nextDouble();

    record Case(String name, Expr f, List<Var> wrt, Map<Var, Gen> gens) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Map<Var, Gen> gens(Object... varGen) {
        Map<Var, Gen> m = new LinkedHashMap<>();
        for (int k = 0; k < varGen.length; k += 2) {
            m.put((Var) varGen[k], (Gen) varGen[k + 1]);
        }
        return m;
    }

    private static Case c(String name, Expr f, List<Var> wrt, Object... varGen) {
        return new Case(name, f, wrt, gens(varGen));
    }

    static Gen domain(UnaryOp op) {
        return switch (op) {
            case LOG, SQRT, RSQRT, XLOGX, INV -> POS;
            case ASIN, ACOS -> uniform(-0.9, 0.9);
            case FLOOR, STEP, SIGN, ABS, RELU -> KINKFREE;
            default -> U;
        };
    }

    static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        for (UnaryOp op : UnaryOp.values()) {
            all.add(c(op.keopsName() + "(x)", Ops.unary(op, X), List.of(X), X, domain(op)));
            // the chain rule through a product, and broadcasting of a scalar operand
            if (op != UnaryOp.FLOOR && op != UnaryOp.STEP && op != UnaryOp.SIGN) {
                all.add(c(op.keopsName() + "(x * p) * y", Ops.mul(Ops.unary(op, Ops.mul(X, P)), Y), List.of(X, P, Y),
                        X, domain(op), P, uniform(0.8, 1.1), Y, U));
            }
        }
        for (BinaryOp op : BinaryOp.values()) {
            Gen gx = op == BinaryOp.POWF ? POS : U;
            Gen gy = op == BinaryOp.DIV ? POS : U;
            all.add(c(op.keopsName() + "(x, y)", Ops.binary(op, X, Y), List.of(X, Y), X, gx, Y, gy));
            all.add(c(op.keopsName() + "(x, p)", Ops.binary(op, X, P), List.of(X, P), X, gx, P, gy));
            all.add(c(op.keopsName() + "(p, y)", Ops.binary(op, P, Y), List.of(P, Y), P, gx, Y, gy));
        }
        all.add(c("IfElse(x - y, Exp(x), Sin(x * y))", Ops.ifElse(Ops.sub(X, Y), Ops.unary(UnaryOp.EXP, X),
                Ops.unary(UnaryOp.SIN, Ops.mul(X, Y))), List.of(X, Y), X, U, Y, U));
        all.add(c("IfElse(p, x, y * q)", Ops.ifElse(P, X, Ops.mul(Y, Q)), List.of(X, Y, Q), X, U, Y, U, P, U, Q, U));
        all.add(c("IfElse(x, p, q)", Ops.ifElse(X, P, Q), List.of(P, Q), X, U, P, U, Q, U));
        all.add(c("Clamp(x, y, p)", Ops.clamp(X, Y, P), List.of(X, Y, P), X, U, Y, uniform(-1.5, 0.5),
                P, uniform(-0.5, 1.5)));
        all.add(c("Clamp(x * y, -1, 1)", Ops.clamp(Ops.mul(X, Y), Ops.constant(-1), Ops.constant(1)), List.of(X, Y),
                X, U, Y, U));
        for (int n : new int[] {3, 4, -2, -3}) {
            all.add(c("Pow(x, " + n + ")", Ops.pow(X, n), List.of(X), X, POS));
        }
        all.add(c("Round(x, 0) * y", Ops.mul(Ops.round(X, 0), Ops.mul(X, Y)), List.of(X, Y), X, KINKFREE, Y, U));
        for (ComponentOp op : ComponentOp.values()) {
            all.add(c(op.keopsName() + "(x * y)", Ops.componentReduce(op, Ops.mul(X, Y)), List.of(X, Y), X, U, Y, U));
        }
        all.add(c("SumT(Sum(x), 3) * y", Ops.mul(Ops.sumT(Ops.sum(X), 3), Y), List.of(X, Y), X, U, Y, U));
        all.add(c("SumT(p, 3) * y", Ops.mul(Ops.sumT(P, 3), Y), List.of(P), P, U, Y, U));
        all.add(c("OneHot(Elem(x, 0), 4) * p", Ops.mul(Ops.oneHot(Ops.elem(X, 0), 4), P), List.of(X, P),
                X, KINKFREE, P, U));
        all.add(c("Extract(x * y, 1, 2)", Ops.extract(Ops.mul(X, Y), 1, 2), List.of(X, Y), X, U, Y, U));
        all.add(c("ExtractT(Exp(x), 1, 5)", Ops.extractT(Ops.unary(UnaryOp.EXP, X), 1, 5), List.of(X), X, U));
        all.add(c("Concat(Sin(x), z * p)", Ops.concat(Ops.unary(UnaryOp.SIN, X), Ops.mul(Z, P)), List.of(X, Z, P),
                X, U, Z, U, P, U));
        all.add(c("MatVecMult(A, x)", Ops.matVecMult(A, X), List.of(A, X), A, U, X, U));
        all.add(c("MatVecMult(M, z)", Ops.matVecMult(M, Z), List.of(M, Z), M, U, Z, U));
        all.add(c("VecMatMult(x, A)", Ops.vecMatMult(X, A), List.of(A, X), A, U, X, U));
        all.add(c("VecMatMult(z, M)", Ops.vecMatMult(Z, M), List.of(M, Z), M, U, Z, U));
        all.add(c("TensorProd(x, z)", Ops.tensorProd(X, Z), List.of(X, Z), X, U, Z, U));
        all.add(c("TensorProd(Sin(x), x * y)", Ops.tensorProd(Ops.unary(UnaryOp.SIN, X), Ops.mul(X, Y)), List.of(X, Y),
                X, U, Y, U));
        // composites of FORMULAS.md, built from the records above
        Expr gauss = Ops.mul(Ops.unary(UnaryOp.EXP, Ops.neg(Ops.mul(P, Ops.sqDist(X, Y)))), Q);
        all.add(c("Exp(-p * SqDist(x, y)) * q", gauss, List.of(X, Y, P, Q), X, U, Y, U, P, POS, Q, U));
        all.add(c("Normalize(x - y)", Ops.normalize(Ops.sub(X, Y)), List.of(X, Y), X, U, Y, U));
        all.add(c("Norm2(x - y)", Ops.norm2(Ops.sub(X, Y)), List.of(X, Y), X, U, Y, U));
        all.add(c("WeightedSqDist(A, x, y)", Ops.weightedSqDist(A, X, Y), List.of(A, X, Y), A, U, X, U, Y, U));
        all.add(c("Mod(x, 2, p)", Ops.mod(X, Ops.constant(2), P), List.of(X), X, KINKFREE, P, uniform(0.5, 0.55)));
        all.add(c("Atan2(Sin(x), x * x + y) ** q", Ops.binary(BinaryOp.POWF, Ops.add(Ops.constant(2), Ops.binary(
                BinaryOp.ATAN2, Ops.unary(UnaryOp.SIN, X), Ops.add(Ops.square(X), Y))), Q), List.of(X, Y, Q),
                X, U, Y, POS, Q, U));
        // a second-order gradient: the Hessian of a scalar times e
        Expr scalar = Ops.mul(Ops.unary(UnaryOp.EXP, Ops.neg(Ops.sqNorm2(X))), Ops.unary(UnaryOp.SIN, Ops.sum(X)));
        all.add(c("Grad(Exp(-|x|^2) Sin(Sum(x)), x, 1)", Derivatives.grad(scalar, X, Ops.constant(1)), List.of(X),
                X, U));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyRuleMatchesFiniteDifferences() {
        List<Case> all = cases();
        return all.stream().map(cs -> DynamicTest.dynamicTest(cs.name(), () -> check(cs)));
    }

    private static Map<Var, double[]> draw(Case cs, Random r) {
        Map<Var, double[]> env = new HashMap<>();
        for (Map.Entry<Var, Gen> g : cs.gens().entrySet()) {
            double[] v = new double[g.getKey().dim()];
            for (int k = 0; k < v.length; k++) {
                v[k] = g.getValue().draw(r);
            }
            env.put(g.getKey(), v);
        }
        return env;
    }

    private static double[] random(int d, Random r) {
        double[] v = new double[d];
        for (int k = 0; k < d; k++) {
            v[k] = 2 * r.nextDouble() - 1;
        }
        return v;
    }

    /** F at the point with v moved by t * dir. */
    private static double[] at(Expr f, Map<Var, double[]> env, Var v, double[] dir, double t) {
        Map<Var, double[]> moved = new HashMap<>(env);
        double[] x = env.get(v).clone();
        for (int k = 0; k < x.length; k++) {
            x[k] += t * dir[k];
        }
        moved.put(v, x);
        return IrEvaluator.eval(f, moved);
    }

    /** Central difference of F in the direction dir. */
    private static double[] fd(Expr f, Map<Var, double[]> env, Var v, double[] dir) {
        double[] plus = at(f, env, v, dir, H);
        double[] minus = at(f, env, v, dir, -H);
        double[] d = new double[plus.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = (plus[k] - minus[k]) / (2 * H);
        }
        return d;
    }

    private static double[] unit(int l, int d) {
        double[] u = new double[d];
        u[l] = 1;
        return u;
    }

    private static void close(String what, double expected, double got) {
        if (!(Math.abs(got - expected) <= 1e-6 * (1 + Math.abs(expected)))) {
            fail(what + ": expected " + expected + " (finite differences), got " + got);
        }
    }

    private static void check(Case cs) {
        Random r = new Random(cs.name().hashCode());
        for (Var v : cs.wrt()) {
            Var e = new Var(20, cs.f().dim(), Category.P, "e");
            Var u = new Var(21, v.dim(), Category.P, "u");
            Expr grad = Simplifier.simplify(Derivatives.grad(cs.f(), v, e));
            Expr jvp = Simplifier.simplify(Derivatives.diff(cs.f(), v, u));
            assertEquals(v.dim(), grad.dim(), "dim of the gradient");
            assertEquals(cs.f().dim(), jvp.dim(), "dim of Diff");
            for (int point = 0; point < POINTS; point++) {
                Map<Var, double[]> env = draw(cs, r);
                double[] ev = random(cs.f().dim(), r);
                double[] uv = random(v.dim(), r);
                env.put(e, ev);
                env.put(u, uv);
                String where = cs.name() + " wrt " + v.name() + " at point " + point;
                double[] g = IrEvaluator.eval(grad, env);
                for (int l = 0; l < v.dim(); l++) {
                    double[] d = fd(cs.f(), env, v, unit(l, v.dim()));
                    double expected = 0;
                    for (int k = 0; k < d.length; k++) {
                        expected += ev[k] * d[k];
                    }
                    close(where + ": Grad component " + l + " = " + Printer.print(grad), expected, g[l]);
                }
                double[] j = IrEvaluator.eval(jvp, env);
                double[] d = fd(cs.f(), env, v, uv);
                for (int k = 0; k < d.length; k++) {
                    close(where + ": Diff component " + k + " = " + Printer.print(jvp), d[k], j[k]);
                }
            }
        }
    }

    @Test
    void gradMatrixIsRowMajorWithOneRowPerComponent() {
        Expr f = Ops.concat(Ops.mul(Ops.unary(UnaryOp.SIN, X), Y), Ops.sqDist(X, Y)); // dim 4
        Expr gm = Simplifier.simplify(Derivatives.gradMatrix(f, X));
        assertEquals(12, gm.dim());
        Case cs = c("GradMatrix", f, List.of(X), X, U, Y, U);
        Random r = new Random(1);
        for (int point = 0; point < POINTS; point++) {
            Map<Var, double[]> env = draw(cs, r);
            double[] m = IrEvaluator.eval(gm, env);
            for (int l = 0; l < 3; l++) {
                double[] d = fd(f, env, X, unit(l, 3));
                for (int k = 0; k < 4; k++) {
                    close("GradMatrix entry (" + k + ", " + l + ")", d[k], m[k * 3 + l]);
                }
            }
        }
    }

    @Test
    void divergenceAndLaplacian() {
        Expr field = Ops.mul(X, Ops.unary(UnaryOp.SIN, Ops.mul(X, Y))); // dim 3
        Expr div = Simplifier.simplify(Derivatives.divergence(field, X));
        Expr potential = Ops.mul(Ops.unary(UnaryOp.EXP, Ops.neg(Ops.sqDist(X, Y))), Ops.unary(UnaryOp.COS, Ops.sum(X)));
        Expr lap = Simplifier.simplify(Derivatives.laplacian(potential, X));
        assertEquals(1, div.dim());
        assertEquals(1, lap.dim());
        Case cs = c("field", field, List.of(X), X, U, Y, U);
        Random r = new Random(2);
        double h = 1e-4;
        for (int point = 0; point < POINTS; point++) {
            Map<Var, double[]> env = draw(cs, r);
            double expectedDiv = 0;
            double expectedLap = 0;
            double centre = IrEvaluator.eval(potential, env)[0];
            for (int k = 0; k < 3; k++) {
                expectedDiv += fd(field, env, X, unit(k, 3))[k];
                expectedLap += (at(potential, env, X, unit(k, 3), h)[0] - 2 * centre
                        + at(potential, env, X, unit(k, 3), -h)[0]) / (h * h);
            }
            close("Divergence", expectedDiv, IrEvaluator.eval(div, env)[0]);
            if (Math.abs(IrEvaluator.eval(lap, env)[0] - expectedLap) > 1e-5 * (1 + Math.abs(expectedLap))) {
                fail("Laplacian: expected " + expectedLap + ", got " + IrEvaluator.eval(lap, env)[0]);
            }
        }
    }

    /**
     * d/dx sin(x)/x near 0: the closed form (cos x - sin x / x) / x cancels there (2e-4 off at
     * 1e-6, exactly 0 at 1e-8 in float64); the derivative is well conditioned, -x/3 near 0. The
     * reference is the series to 20 terms below |x| = 2 (alternating, terms falling fast) and the
     * closed form (x cos x - sin x) / x^2 above, where it does not cancel.
     */
    @Test
    void sinXDivXDerivativeIsAccurateNearZero() {
        Var x1 = new Var(0, 1, Category.I, "x");
        Expr g = Simplifier.simplify(Derivatives.grad(Ops.unary(UnaryOp.SINXDIVX, x1), x1, P));
        double[] points = {1e-300, 1e-8, -1e-6, 1e-4, 1e-3, -0.01, 0.1, 0.3, 0.4999, 0.5, 0.5001, -0.7, 1, 1.9, 2.5,
            -3, 10, 1e3};
        for (double t : points) {
            double got = IrEvaluator.eval(g, Map.of(x1, new double[] {t}, P, new double[] {1}))[0];
            double want;
            if (Math.abs(t) < 2) {
                want = 0;
                double term = 1; // x^(2k-1) / (2k+1)! times 2k, built up term by term
                double power = t;
                double factorial = 6;
                for (int k = 1; k <= 20; k++) {
                    term = (k % 2 == 1 ? -1 : 1) * 2 * k * power / factorial;
                    want += term;
                    power *= t * t;
                    factorial *= (2 * k + 2) * (2 * k + 3);
                }
            } else {
                want = (t * Math.cos(t) - Math.sin(t)) / (t * t);
            }
            assertEquals(want, got, 1e-13 * Math.abs(want), "d/dx SinXDivX at " + t);
        }
        // 0 at ±0 (-x/3 there: either sign), NaN at NaN and at the infinities
        for (double t : new double[] {0, -0.0}) {
            assertEquals(0, IrEvaluator.eval(g, Map.of(x1, new double[] {t}, P, new double[] {1}))[0], 0.0);
        }
        for (double t : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertTrue(Double.isNaN(IrEvaluator.eval(g, Map.of(x1, new double[] {t}, P, new double[] {1}))[0]),
                    "d/dx SinXDivX at " + t);
        }
    }

    @Test
    void specialPointsFollowKeOpsConventions() {
        Map<Var, double[]> env = Map.of(X, new double[] {0, 0, 0}, P, new double[] {1});
        for (UnaryOp op : List.of(UnaryOp.SINXDIVX, UnaryOp.RSQRT, UnaryOp.SQRT)) {
            Expr g = Simplifier.simplify(Derivatives.grad(Ops.unary(op, X), X, SUMT_P));
            double[] v = IrEvaluator.eval(g, env);
            for (double c : v) {
                assertTrue(c == 0, op + "' at 0: " + c);
            }
        }
        // Norm2 has gradient 0 at 0 (through the safe Rsqrt), not NaN
        double[] v = IrEvaluator.eval(Simplifier.simplify(Derivatives.grad(Ops.norm2(X), X, P)), env);
        assertEquals(0.0, v[0] + v[1] + v[2]);
        // Max over components: the first component achieving the maximum takes the gradient
        Expr gmax = Simplifier.simplify(Derivatives.grad(Ops.componentReduce(ComponentOp.MAX, X), X, P));
        double[] tie = IrEvaluator.eval(gmax, Map.of(X, new double[] {1, 3, 3}, P, new double[] {1}));
        assertEquals(List.of(0.0, 1.0, 0.0), List.of(tie[0], tie[1], tie[2]));
    }

    private static final Expr SUMT_P = Ops.sumT(P, 3);

    @Test
    void derivativeWithRespectToAnAbsentVariableIsZero() {
        assertEquals(Ops.zero(2), Derivatives.grad(Ops.sqDist(X, Y), Z, P));
        assertEquals(Ops.zero(3), Derivatives.diff(Ops.mul(X, Y), Z, Z));
        assertEquals(Ops.zero(6), Simplifier.simplify(Derivatives.gradMatrix(Ops.mul(X, Y), Z)));
        // piecewise-constant operations give an exact zero, not a formula evaluating to 0
        assertEquals(Ops.zero(3), Simplifier.simplify(Derivatives.grad(Ops.unary(UnaryOp.FLOOR, X), X, Y)));
        assertEquals(Ops.constant(0), Simplifier.simplify(Derivatives.grad(
                Ops.sum(Ops.binary(BinaryOp.LT, X, Y)), P, P)));
        assertEquals(Ops.zero(3), Simplifier.simplify(Derivatives.grad(
                Ops.componentReduce(ComponentOp.ARG_MAX, X), X, P)));
    }

    @Test
    void dimensionsAreChecked() {
        assertThrows(DimensionException.class, () -> Derivatives.grad(Ops.sqDist(X, Y), X, Y));
        assertThrows(DimensionException.class, () -> Derivatives.diff(Ops.sqDist(X, Y), X, P));
        assertThrows(DimensionException.class, () -> Derivatives.divergence(Ops.sqDist(X, Y), X));
        assertThrows(DimensionException.class, () -> Derivatives.laplacian(X, X));
    }

    // ---- the front end ---------------------------------------------------------------------------

    private static FrontEndTest.TestScope scope() {
        FrontEndTest.TestScope s = new FrontEndTest.TestScope();
        s.aliases.put("e", new Var(9, 1, Category.I, "e"));
        s.aliases.put("e3", new Var(10, 3, Category.I, "e3"));
        return s;
    }

    private static String print(String formula) throws FormulaException {
        return Printer.print(Resolver.resolve(formula, scope()));
    }

    /** Gradients after simplification, as Printer prints them (formula, then expected text). */
    private static final String[][] GOLDEN = {
        {"Grad(Exp(-SqDist(x, y)) * b, x, e)",
            "((2 * (x - y)) * Minus((Exp(Minus(Sum(Square((x - y))))) * (e * b))))"},
        {"Grad(Exp(-SqDist(x, y)) * b, y, e)",
            "Minus(((2 * (x - y)) * Minus((Exp(Minus(Sum(Square((x - y))))) * (e * b)))))"},
        {"Grad(Exp(-SqDist(x, y)) * b, b, e)",
            "(e * Exp(Minus(Sum(Square((x - y))))))"},
        {"Grad(Exp(-g * SqDist(x, y)) * b, g, e)",
            "Minus(((Exp((Minus(g) * Sum(Square((x - y))))) * (e * b)) * Sum(Square((x - y)))))"},
        {"Grad(Sin(x), x, e3)",
            "(Cos(x) * e3)"},
        {"Grad((x | y) * g, g, e)",
            "(e * Sum((x * y)))"},
        {"Grad(Norm2(x - y), x, e)",
            "((2 * (x - y)) * ((0.5 * Rsqrt(Sum(Square((x - y))))) * e))"},
        {"Grad(Max(x * y), x, e)",
            "((OneHot(ArgMax((x * y)), 3) * e) * y)"},
        {"Grad(MatVecMult(A, x), A, e3)",
            "TensorProd(e3, x)"},
        {"Diff(Sin(x), x, e3)",
            "(e3 * Cos(x))"},
        {"Diff(SqDist(x, y), x, e3)",
            "Sum((e3 * (2 * (x - y))))"},
        {"GradMatrix(x * y, x)",
            "Concat(ExtractT(Extract(y, 0, 1), 0, 3), Concat(ExtractT(Extract(y, 1, 1), 1, 3), ExtractT(Extract(y, 2, 1), 2, 3)))"},
        {"Laplacian(SqNorm2(x), x)",
            "6"},
        {"Grad(Exp(-SqDist(x, y)) * b, e3, e)",
            "Zero(3)"},
    };

    @Test
    void goldenGradients() throws FormulaException {
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (String[] g : GOLDEN) {
            expected.append(g[0]).append(" = ").append(g[1]).append('\n');
            actual.append(g[0]).append(" = ").append(print(g[0])).append('\n');
        }
        assertEquals(expected.toString(), actual.toString());
    }

    @Test
    void frontEndForms() throws FormulaException {
        assertEquals(9, Resolver.resolve("GradMatrix(Sin(x) * y, x)", scope()).dim());
        assertEquals(3, Resolver.resolve("GradMatrix(SqDist(x, y), x)", scope()).dim());
        assertEquals(1, Resolver.resolve("Divergence(Sin(x) * y, x)", scope()).dim());
        assertEquals(1, Resolver.resolve("Laplacian(Exp(-SqDist(x, y)), x)", scope()).dim());
        assertEquals(1, Resolver.resolve("Diff(SqDist(x, y), y, e3)", scope()).dim());
        // positional forms name the same variables, and gradients nest
        assertEquals(Resolver.resolve("Grad(SqNorm2(x), x, e)", scope()),
                Resolver.resolve("Grad(SqNorm2(Vi(0, 3)), Vi(0, 3), e)", scope()));
        Expr hessian = Resolver.resolve("Grad(Grad(Exp(-SqNorm2(x)), x, e), x, e3)", scope());
        assertEquals(3, hessian.dim());
        assertFalse(hessian.toString().contains("$w"));
    }

    private static FormulaException error(String formula) {
        return assertThrows(FormulaException.class, () -> Resolver.resolve(formula, scope()));
    }

    @Test
    void frontEndErrors() {
        FormulaException notVar = error("Grad(SqDist(x, y), x + y, e)");
        assertEquals(Msg.BAD_VARIABLE, notVar.msg());
        assertEquals(20, notVar.column());
        assertTrue(notVar.format("the formula of k").contains("Grad differentiates with respect to a variable"));
        assertEquals(Msg.DIMENSION_MISMATCH, error("Grad(SqDist(x, y), x, e3)").msg());
        assertEquals(Msg.DIMENSION_MISMATCH, error("Diff(SqDist(x, y), x, e)").msg());
        assertEquals(Msg.DIMENSION_MISMATCH, error("Divergence(SqDist(x, y), x)").msg());
        assertEquals(Msg.DIMENSION_MISMATCH, error("Laplacian(x, x)").msg());
        assertEquals(Msg.ARITY, error("Grad(SqDist(x, y), x)").msg());
        assertEquals(Msg.ARITY, error("Laplacian(SqDist(x, y))").msg());
        assertEquals(Msg.BAD_VARIABLE, error("Laplacian(SqDist(x, y), 2)").msg());
    }
}
