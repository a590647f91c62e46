package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.Ref.Pair;
import org.jkeops.it.Ref.PairFn;
import org.jkeops.it.SumCase.D2;
import org.jkeops.it.SumCase.F2;
import org.jkeops.it.TestData.Gen;
import org.jkeops.it.TestData.Prec;
import org.jkeops.it.TestData.Tweak;
import org.jkeops.it.TestData.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every element-wise operation of FORMULAS.md (tier 1) under a SUM over j, float32 and float64,
 * against a float64 reference written here, on every backend of {@link Backends#underTest()}.
 * Inputs are drawn in each operation's domain; operations with kinks (Floor, Round, Mod, Step,
 * Sign, comparisons, IfElse) get inputs that are exact (integers, halves) or kept away from the
 * kinks by a grid, so float32 rounding cannot flip a branch.
 */
class ElementwiseTest {
    private static final Gen U = Gen.uniform(-2, 2);
    private static final Gen POS = Gen.uniform(0.25, 2);
    private static final Gen INTS = Gen.ints(-2, 2);
    private static final Gen HALVES = Gen.halves(-2, 2);
    /** x - y = integer + [0.15, 0.45] for x from FLOOR_X and y from FLOOR_Y: no integer kink. */
    private static final Gen FLOOR_X = Gen.grid(1, -3, 3, 0.3, 0.45);
    private static final Gen FLOOR_Y = Gen.grid(1, -3, 3, 0.0, 0.15);

    /** A per-component reference of x and y (dimension-1 operands broadcast); p reports kinks. */
    @FunctionalInterface
    interface Op2 {
        double apply(Pair p, double x, double y);
    }

    static PairFn each(Op2 op) {
        return (p, out) -> {
            double[] x = p.v(0);
            double[] y = p.v(1);
            for (int c = 0; c < out.length; c++) {
                out[c] = op.apply(p, x[x.length == 1 ? 0 : c], y[y.length == 1 ? 0 : c]);
            }
        };
    }

    private static SumCase<ElementwiseKernels> c(String method, String formula, Gen gx, Gen gy,
            F2<ElementwiseKernels> f, D2<ElementwiseKernels> g, Op2 ref) {
        return SumCase.xy(method + ": " + formula, 3, Var.vi("x", 3, gx), Var.vj("y", 3, gy), f, g, each(ref));
    }

    private static SumCase<ElementwiseKernels> c(String method, String formula, int dx, int dy, int d,
            Gen gx, Gen gy, F2<ElementwiseKernels> f, D2<ElementwiseKernels> g, PairFn ref) {
        return SumCase.xy(method + ": " + formula, d, Var.vi("x", dx, gx), Var.vj("y", dy, gy), f, g, ref);
    }

    private static double sign(double v) {
        return v > 0 ? 1 : v < 0 ? -1 : 0;
    }

    static final List<SumCase<ElementwiseKernels>> CASES = List.of(
            // ---- arithmetic: operators and their function forms
            c("add", "x + y", U, U, ElementwiseKernels::add, ElementwiseKernels::add, (p, x, y) -> x + y)
                    .sizes(TestData.SWEEP_BIG),
            c("addFn", "Add(x, y)", U, U, ElementwiseKernels::addFn, ElementwiseKernels::addFn, (p, x, y) -> x + y),
            c("sub", "x - y", U, U, ElementwiseKernels::sub, ElementwiseKernels::sub, (p, x, y) -> x - y),
            c("subtractFn", "Subtract(x, y)", U, U, ElementwiseKernels::subtractFn, ElementwiseKernels::subtractFn,
                    (p, x, y) -> x - y),
            c("mul", "x * y", U, U, ElementwiseKernels::mul, ElementwiseKernels::mul, (p, x, y) -> x * y),
            c("multFn", "Mult(x, y)", U, U, ElementwiseKernels::multFn, ElementwiseKernels::multFn, (p, x, y) -> x * y),
            c("div", "x / y", U, Gen.awayFromZero(0.5, 2), ElementwiseKernels::div, ElementwiseKernels::div,
                    (p, x, y) -> x / y),
            c("divideFn", "Divide(x, y)", U, Gen.awayFromZero(0.5, 2), ElementwiseKernels::divideFn,
                    ElementwiseKernels::divideFn, (p, x, y) -> x / y),
            c("neg", "-x + y", U, U, ElementwiseKernels::neg, ElementwiseKernels::neg, (p, x, y) -> y - x),
            c("minusFn", "Minus(x) * y", U, U, ElementwiseKernels::minusFn, ElementwiseKernels::minusFn,
                    (p, x, y) -> -(x * y)),
            c("broadcast", "x * y + x (x of dim 1)", 1, 3, 3, U, U, ElementwiseKernels::broadcast,
                    ElementwiseKernels::broadcast, each((p, x, y) -> x * y + x)),
            c("precedence", "x + y * x - y / 2", U, U, ElementwiseKernels::precedence, ElementwiseKernels::precedence,
                    (p, x, y) -> x + y * x - y / 2),
            c("scalarProduct", "(x | y)", 3, 3, 1, U, U, ElementwiseKernels::scalarProduct,
                    ElementwiseKernels::scalarProduct, (p, o) -> {
                        double[] x = p.v(0);
                        double[] y = p.v(1);
                        o[0] = x[0] * y[0] + x[1] * y[1] + x[2] * y[2];
                    }),
            c("powOp3", "(x - y) ** 3", U, U, ElementwiseKernels::powOp3, ElementwiseKernels::powOp3,
                    (p, x, y) -> (x - y) * (x - y) * (x - y)),
            c("powOp2", "(x - y) ** 2", U, U, ElementwiseKernels::powOp2, ElementwiseKernels::powOp2,
                    (p, x, y) -> (x - y) * (x - y)),
            c("powOpNeg", "x ** -2", Gen.awayFromZero(0.5, 2), U, ElementwiseKernels::powOpNeg,
                    ElementwiseKernels::powOpNeg, (p, x, y) -> 1 / (x * x)),
            c("powOpReal", "x ** y", Gen.uniform(0.5, 2), U, ElementwiseKernels::powOpReal,
                    ElementwiseKernels::powOpReal, (p, x, y) -> Math.exp(y * Math.log(x))),
            c("powOpHalf", "x ** 0.5", Gen.uniform(0.1, 4), U, ElementwiseKernels::powOpHalf,
                    ElementwiseKernels::powOpHalf, (p, x, y) -> Math.sqrt(x)),
            c("negPow", "-x ** 2 + y", U, U, ElementwiseKernels::negPow, ElementwiseKernels::negPow,
                    (p, x, y) -> y - x * x),
            // ---- comparisons, on exact integers (equalities happen)
            c("eq", "x == y", INTS, INTS, ElementwiseKernels::eq, ElementwiseKernels::eq, (p, x, y) -> x == y ? 1 : 0),
            c("ne", "x != y", INTS, INTS, ElementwiseKernels::ne, ElementwiseKernels::ne, (p, x, y) -> x != y ? 1 : 0),
            c("lt", "x < y", INTS, INTS, ElementwiseKernels::lt, ElementwiseKernels::lt, (p, x, y) -> x < y ? 1 : 0),
            c("le", "x <= y", INTS, INTS, ElementwiseKernels::le, ElementwiseKernels::le, (p, x, y) -> x <= y ? 1 : 0),
            c("gt", "x > y", INTS, INTS, ElementwiseKernels::gt, ElementwiseKernels::gt, (p, x, y) -> x > y ? 1 : 0),
            c("ge", "x >= y", INTS, INTS, ElementwiseKernels::ge, ElementwiseKernels::ge, (p, x, y) -> x >= y ? 1 : 0),
            // ---- arithmetic functions
            c("inv", "Inv(x + y)", POS, POS, ElementwiseKernels::inv, ElementwiseKernels::inv, (p, x, y) -> 1 / (x + y)),
            c("square", "Square(x - y)", U, U, ElementwiseKernels::square, ElementwiseKernels::square,
                    (p, x, y) -> (x - y) * (x - y)),
            c("pow3", "Pow(x - y, 3)", U, U, ElementwiseKernels::pow3, ElementwiseKernels::pow3,
                    (p, x, y) -> (x - y) * (x - y) * (x - y)),
            c("powNeg3", "Pow(x, -3)", Gen.awayFromZero(0.5, 2), U, ElementwiseKernels::powNeg3,
                    ElementwiseKernels::powNeg3, (p, x, y) -> 1 / (x * x * x)),
            c("powf", "Powf(x, y)", Gen.uniform(0.5, 2), U, ElementwiseKernels::powf, ElementwiseKernels::powf,
                    (p, x, y) -> Math.exp(y * Math.log(x))),
            c("sqrt", "Sqrt(x + y)", Gen.uniform(0, 2), Gen.uniform(0, 2), ElementwiseKernels::sqrt,
                    ElementwiseKernels::sqrt, (p, x, y) -> Math.sqrt(x + y)),
            c("rsqrt", "Rsqrt(Abs(x - y))", U, U, ElementwiseKernels::rsqrt, ElementwiseKernels::rsqrt,
                    (p, x, y) -> x == y ? 0 : 1 / Math.sqrt(Math.abs(x - y))).tweak(Tweak.copyRows(0, 1, 3)),
            c("intInv", "x * IntInv(3) + y", U, U, ElementwiseKernels::intInv, ElementwiseKernels::intInv,
                    (p, x, y) -> x / 3 + y),
            c("intCst", "x * IntCst(3) - y * IntCst(-2)", U, U, ElementwiseKernels::intCst, ElementwiseKernels::intCst,
                    (p, x, y) -> 3 * x + 2 * y),
            c("zero", "Concat(Zero(2), x - y)", 3, 3, 5, U, U, ElementwiseKernels::zero, ElementwiseKernels::zero,
                    (p, o) -> {
                        o[0] = 0;
                        o[1] = 0;
                        for (int c = 0; c < 3; c++) {
                            o[2 + c] = p.v(0)[c] - p.v(1)[c];
                        }
                    }),
            // ---- element-wise math
            c("exp", "Exp(x - y)", U, U, ElementwiseKernels::exp, ElementwiseKernels::exp, (p, x, y) -> Math.exp(x - y))
                    .sizes(TestData.SWEEP_BIG),
            c("log", "Log(x + y)", Gen.uniform(0.1, 2), Gen.uniform(0.1, 2), ElementwiseKernels::log,
                    ElementwiseKernels::log, (p, x, y) -> Math.log(x + y)),
            c("sin", "Sin(x * y)", U, U, ElementwiseKernels::sin, ElementwiseKernels::sin, (p, x, y) -> Math.sin(x * y)),
            c("cos", "Cos(x - y)", U, U, ElementwiseKernels::cos, ElementwiseKernels::cos, (p, x, y) -> Math.cos(x - y)),
            c("asin", "Asin(x * y)", Gen.uniform(-0.95, 0.95), Gen.uniform(-0.95, 0.95), ElementwiseKernels::asin,
                    ElementwiseKernels::asin, (p, x, y) -> Math.asin(x * y)),
            c("acos", "Acos(x * y)", Gen.uniform(-0.95, 0.95), Gen.uniform(-0.95, 0.95), ElementwiseKernels::acos,
                    ElementwiseKernels::acos, (p, x, y) -> Math.acos(x * y)),
            c("atan", "Atan(x - y)", Gen.uniform(-3, 3), Gen.uniform(-3, 3), ElementwiseKernels::atan,
                    ElementwiseKernels::atan, (p, x, y) -> Math.atan(x - y)),
            c("abs", "Abs(x - y)", U, U, ElementwiseKernels::abs, ElementwiseKernels::abs, (p, x, y) -> Math.abs(x - y)),
            c("floor", "Floor(x - y)", FLOOR_X, FLOOR_Y, ElementwiseKernels::floor, ElementwiseKernels::floor,
                    (p, x, y) -> {
                        p.kinkInt(x - y);
                        return Math.floor(x - y);
                    }),
            c("atan2", "Atan2(x, y)", Gen.awayFromZero(0.1, 2), U, ElementwiseKernels::atan2, ElementwiseKernels::atan2,
                    (p, x, y) -> Math.atan2(x, y)),
            c("xlogx", "XLogX(Abs(x - y))", U, U, ElementwiseKernels::xlogx, ElementwiseKernels::xlogx,
                    (p, x, y) -> x == y ? 0 : Math.abs(x - y) * Math.log(Math.abs(x - y)))
                    .tweak(Tweak.copyRows(0, 1, 3)),
            c("sinxdivx", "SinXDivX(x - y)", U, U, ElementwiseKernels::sinxdivx, ElementwiseKernels::sinxdivx,
                    (p, x, y) -> x == y ? 1 : Math.sin(x - y) / (x - y)).tweak(Tweak.copyRows(0, 1, 3)),
            c("round1", "Round(x - y, 1)", Gen.grid(0.1, -20, 20, 0, 0.2), Gen.grid(0.1, -20, 20, 0, 0.2),
                    ElementwiseKernels::round1, ElementwiseKernels::round1, (p, x, y) -> {
                        p.kinkHalf((x - y) * 10);
                        return Math.rint((x - y) * 10) / 10;
                    }),
            c("round2", "Round(x - y, 2)", Gen.grid(0.01, -200, 200, 0, 0.2), Gen.grid(0.01, -200, 200, 0, 0.2),
                    ElementwiseKernels::round2, ElementwiseKernels::round2, (p, x, y) -> {
                        p.kinkHalf((x - y) * 100);
                        return Math.rint((x - y) * 100) / 100;
                    }),
            c("mod", "Mod(x - y, 2, 0.5)", FLOOR_X, FLOOR_Y, ElementwiseKernels::mod, ElementwiseKernels::mod,
                    (p, x, y) -> {
                        double q = (x - y - 0.5) / 2;
                        p.kinkInt(q);
                        return (x - y) - 2 * Math.floor(q);
                    }),
            c("modVar", "Mod(x, y, 0.25)", Gen.grid(1, -3, 3, 0.35, 0.65), r -> new double[] {-2, -1, 1, 2, 3}[r.nextInt(5)],
                    ElementwiseKernels::modVar, ElementwiseKernels::modVar, (p, x, y) -> {
                        double q = (x - 0.25) / y;
                        p.kinkInt(q);
                        return x - y * Math.floor(q);
                    }),
            // ---- piecewise, on exact halves (x - y is often exactly 0)
            c("step", "Step(x - y)", HALVES, HALVES, ElementwiseKernels::step, ElementwiseKernels::step,
                    (p, x, y) -> x - y < 0 ? 0 : 1),
            c("sign", "Sign(x - y)", HALVES, HALVES, ElementwiseKernels::sign, ElementwiseKernels::sign,
                    (p, x, y) -> sign(x - y)),
            c("relu", "ReLU(x - y)", HALVES, HALVES, ElementwiseKernels::relu, ElementwiseKernels::relu,
                    (p, x, y) -> Math.max(x - y, 0)),
            c("clamp", "Clamp(x, y - 1, y + 1)", Gen.uniform(-3, 3), U, ElementwiseKernels::clamp,
                    ElementwiseKernels::clamp, (p, x, y) -> x < y - 1 ? y - 1 : x > y + 1 ? y + 1 : x),
            c("clampInt", "ClampInt(x - y, -1, 2)", Gen.uniform(-4, 4), Gen.uniform(-4, 4), ElementwiseKernels::clampInt,
                    ElementwiseKernels::clampInt, (p, x, y) -> Math.min(Math.max(x - y, -1), 2)),
            c("ifElse", "IfElse(x - y, x * y, x + y)", HALVES, HALVES, ElementwiseKernels::ifElse,
                    ElementwiseKernels::ifElse, (p, x, y) -> x - y >= 0 ? x * y : x + y).sizes(TestData.SWEEP_BIG));

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Target b : Backends.underTest()) {
            for (Prec p : Prec.values()) {
                for (SumCase<ElementwiseKernels> c : CASES) {
                    all.add(Arguments.of(b, p, c));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{2} {1} {0}")
    @MethodSource("cases")
    void sumOverJ(Target backend, Prec prec, SumCase<ElementwiseKernels> c) {
        c.run(new ElementwiseKernelsImpl(Backends.runtime(backend)), backend, prec);
    }

    /** Every method of the interface has a case: a kernel added without a test fails here. */
    @Test
    void everyKernelHasACase() {
        assertEquals(methodNames(ElementwiseKernels.class), caseNames(CASES));
    }

    static Set<String> methodNames(Class<?> iface) {
        return Arrays.stream(iface.getDeclaredMethods()).map(m -> m.getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> caseNames(List<? extends SumCase<?>> cases) {
        return cases.stream().map(c -> c.name().substring(0, c.name().indexOf(':')))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
