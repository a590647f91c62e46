package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.Ref.PairFn;
import org.jkeops.it.Ref.Walk;
import org.jkeops.it.TestData.Gen;
import org.jkeops.it.TestData.Inputs;
import org.jkeops.it.TestData.Prec;
import org.jkeops.it.TestData.Size;
import org.jkeops.it.TestData.Tweak;
import org.jkeops.it.TestData.Var;
import org.jkeops.runtime.DoubleArgResult;
import org.jkeops.runtime.FloatArgResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reduction of FORMULAS.md, over j and over i, float32 and float64, returned or written to
 * poisoned {@code @Out} arrays, against float64 reference reductions: continuous data, exact
 * integer data full of ties (smallest index wins; K ties put the smaller index first), NaN and
 * infinite values of F (NaN never wins), N = 0 (neutral values) and M = 0 (empty output), and for
 * LOG_SUM_EXP / SUM_SOFTMAX_WEIGHT, F around +-1000 (a naive exp overflows) and F = -inf for all j.
 */
class ReductionTest {
    static final int K = 3;

    enum Kind {
        SUM, MIN, MAX, ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX, K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN,
        LSE, LSE_WEIGHTED, SOFTMAX;

        boolean exp() {
            return this == LSE || this == LSE_WEIGHTED || this == SOFTMAX;
        }

        boolean k() {
            return this == K_MIN || this == ARG_K_MIN || this == K_MIN_ARG_K_MIN;
        }

        /** Output values per output row. */
        int width() {
            return switch (this) {
                case SUM, MIN, MAX, ARG_MIN, ARG_MAX, MIN_ARG_MIN, MAX_ARG_MAX -> 2;
                case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN -> 2 * K;
                case LSE -> 1;
                case LSE_WEIGHTED -> 2;
                case SOFTMAX -> 3;
            };
        }
    }

    /** What a kernel returned, in double. */
    record Got(double[] values, int[] indices) {
        static Got of(float[] v) {
            return new Got(TestData.toDouble(v), null);
        }

        static Got of(double[] v) {
            return new Got(v, null);
        }

        static Got of(int[] i) {
            return new Got(null, i);
        }

        static Got of(float[] v, int[] i) {
            return new Got(TestData.toDouble(v), i);
        }

        static Got of(double[] v, int[] i) {
            return new Got(v, i);
        }

        static Got of(FloatArgResult r) {
            return of(r.values(), r.indices());
        }

        static Got of(DoubleArgResult r) {
            return of(r.values(), r.indices());
        }
    }

    @FunctionalInterface
    interface Call {
        Got call(ReductionKernels k, Inputs in);
    }

    /** One kernel method: its reduction and axis, and how to call its float32 and float64 forms. */
    record RCase(String name, Kind kind, boolean overI, Call f32, Call f64) {
        @Override
        public String toString() {
            return name;
        }

        /** Length of an output array for these inputs. */
        int outLength(Inputs in) {
            return (overI ? in.n : in.m) * kind.width();
        }
    }

    private static RCase r(String name, Kind kind, boolean overI, Call f32, Call f64) {
        return new RCase(name, kind, overI, f32, f64);
    }

    static final List<RCase> CASES = List.of(
            // ---- over j: results returned
            r("sum", Kind.SUM, false, (k, in) -> Got.of(k.sum(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.sum(in.d(0), in.d(1), in.d(2)))),
            r("min", Kind.MIN, false, (k, in) -> Got.of(k.min(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.min(in.d(0), in.d(1), in.d(2)))),
            r("max", Kind.MAX, false, (k, in) -> Got.of(k.max(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.max(in.d(0), in.d(1), in.d(2)))),
            r("argMin", Kind.ARG_MIN, false, (k, in) -> Got.of(k.argMin(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.argMin(in.d(0), in.d(1), in.d(2)))),
            r("argMax", Kind.ARG_MAX, false, (k, in) -> Got.of(k.argMax(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.argMax(in.d(0), in.d(1), in.d(2)))),
            r("minArgMin", Kind.MIN_ARG_MIN, false, (k, in) -> Got.of(k.minArgMin(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.minArgMin(in.d(0), in.d(1), in.d(2)))),
            r("maxArgMax", Kind.MAX_ARG_MAX, false, (k, in) -> Got.of(k.maxArgMax(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.maxArgMax(in.d(0), in.d(1), in.d(2)))),
            r("kMin", Kind.K_MIN, false, (k, in) -> Got.of(k.kMin(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.kMin(in.d(0), in.d(1), in.d(2)))),
            r("argKMin", Kind.ARG_K_MIN, false, (k, in) -> Got.of(k.argKMin(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.argKMin(in.d(0), in.d(1), in.d(2)))),
            r("kMinArgKMin", Kind.K_MIN_ARG_K_MIN, false, (k, in) -> Got.of(k.kMinArgKMin(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.kMinArgKMin(in.d(0), in.d(1), in.d(2)))),
            r("lse", Kind.LSE, false, (k, in) -> Got.of(k.lse(in.f(0), in.f(1), in.f(2), in.fs(3))),
                    (k, in) -> Got.of(k.lse(in.d(0), in.d(1), in.d(2), in.ds(3)))),
            r("lseWeighted", Kind.LSE_WEIGHTED, false,
                    (k, in) -> Got.of(k.lseWeighted(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4))),
                    (k, in) -> Got.of(k.lseWeighted(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4)))),
            r("softmax", Kind.SOFTMAX, false,
                    (k, in) -> Got.of(k.softmax(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4))),
                    (k, in) -> Got.of(k.softmax(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4)))),
            // ---- over i: results returned
            r("sumOverI", Kind.SUM, true, (k, in) -> Got.of(k.sumOverI(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.sumOverI(in.d(0), in.d(1), in.d(2)))),
            r("minOverI", Kind.MIN, true, (k, in) -> Got.of(k.minOverI(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.minOverI(in.d(0), in.d(1), in.d(2)))),
            r("maxOverI", Kind.MAX, true, (k, in) -> Got.of(k.maxOverI(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.maxOverI(in.d(0), in.d(1), in.d(2)))),
            r("argMinOverI", Kind.ARG_MIN, true, (k, in) -> Got.of(k.argMinOverI(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.argMinOverI(in.d(0), in.d(1), in.d(2)))),
            r("argMaxOverI", Kind.ARG_MAX, true, (k, in) -> Got.of(k.argMaxOverI(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.argMaxOverI(in.d(0), in.d(1), in.d(2)))),
            r("minArgMinOverI", Kind.MIN_ARG_MIN, true,
                    (k, in) -> Got.of(k.minArgMinOverI(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.minArgMinOverI(in.d(0), in.d(1), in.d(2)))),
            r("maxArgMaxOverI", Kind.MAX_ARG_MAX, true,
                    (k, in) -> Got.of(k.maxArgMaxOverI(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.maxArgMaxOverI(in.d(0), in.d(1), in.d(2)))),
            r("kMinOverI", Kind.K_MIN, true, (k, in) -> Got.of(k.kMinOverI(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.kMinOverI(in.d(0), in.d(1), in.d(2)))),
            r("argKMinOverI", Kind.ARG_K_MIN, true, (k, in) -> Got.of(k.argKMinOverI(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.argKMinOverI(in.d(0), in.d(1), in.d(2)))),
            r("kMinArgKMinOverI", Kind.K_MIN_ARG_K_MIN, true,
                    (k, in) -> Got.of(k.kMinArgKMinOverI(in.f(0), in.f(1), in.f(2))),
                    (k, in) -> Got.of(k.kMinArgKMinOverI(in.d(0), in.d(1), in.d(2)))),
            r("lseOverI", Kind.LSE, true, (k, in) -> Got.of(k.lseOverI(in.f(0), in.f(1), in.f(2), in.fs(3))),
                    (k, in) -> Got.of(k.lseOverI(in.d(0), in.d(1), in.d(2), in.ds(3)))),
            r("lseWeightedOverI", Kind.LSE_WEIGHTED, true,
                    (k, in) -> Got.of(k.lseWeightedOverI(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4))),
                    (k, in) -> Got.of(k.lseWeightedOverI(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4)))),
            r("softmaxOverI", Kind.SOFTMAX, true,
                    (k, in) -> Got.of(k.softmaxOverI(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4))),
                    (k, in) -> Got.of(k.softmaxOverI(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4)))),
            // ---- results written to poisoned @Out arrays
            r("sumOut", Kind.SUM, false, (k, in) -> {
                float[] out = TestData.poisonF(outLength(in, Kind.SUM, false));
                k.sumOut(in.f(0), in.f(1), in.f(2), out);
                return Got.of(out);
            }, (k, in) -> {
                double[] out = TestData.poisonD(outLength(in, Kind.SUM, false));
                k.sumOut(in.d(0), in.d(1), in.d(2), out);
                return Got.of(out);
            }),
            r("sumOutOverI", Kind.SUM, true, (k, in) -> {
                float[] out = TestData.poisonF(outLength(in, Kind.SUM, true));
                k.sumOutOverI(in.f(0), in.f(1), in.f(2), out);
                return Got.of(out);
            }, (k, in) -> {
                double[] out = TestData.poisonD(outLength(in, Kind.SUM, true));
                k.sumOutOverI(in.d(0), in.d(1), in.d(2), out);
                return Got.of(out);
            }),
            r("maxOut", Kind.MAX, false, (k, in) -> {
                float[] out = TestData.poisonF(outLength(in, Kind.MAX, false));
                k.maxOut(in.f(0), in.f(1), in.f(2), out);
                return Got.of(out);
            }, (k, in) -> {
                double[] out = TestData.poisonD(outLength(in, Kind.MAX, false));
                k.maxOut(in.d(0), in.d(1), in.d(2), out);
                return Got.of(out);
            }),
            r("argMinOut", Kind.ARG_MIN, false, (k, in) -> {
                int[] idx = TestData.poisonI(outLength(in, Kind.ARG_MIN, false));
                k.argMinOut(in.f(0), in.f(1), in.f(2), idx);
                return Got.of(idx);
            }, (k, in) -> {
                int[] idx = TestData.poisonI(outLength(in, Kind.ARG_MIN, false));
                k.argMinOut(in.d(0), in.d(1), in.d(2), idx);
                return Got.of(idx);
            }),
            r("argMaxOutOverI", Kind.ARG_MAX, true, (k, in) -> {
                int[] idx = TestData.poisonI(outLength(in, Kind.ARG_MAX, true));
                k.argMaxOutOverI(in.f(0), in.f(1), in.f(2), idx);
                return Got.of(idx);
            }, (k, in) -> {
                int[] idx = TestData.poisonI(outLength(in, Kind.ARG_MAX, true));
                k.argMaxOutOverI(in.d(0), in.d(1), in.d(2), idx);
                return Got.of(idx);
            }),
            r("minArgMinOut", Kind.MIN_ARG_MIN, false, (k, in) -> {
                float[] v = TestData.poisonF(outLength(in, Kind.MIN_ARG_MIN, false));
                int[] idx = TestData.poisonI(v.length);
                k.minArgMinOut(in.f(0), in.f(1), in.f(2), v, idx);
                return Got.of(v, idx);
            }, (k, in) -> {
                double[] v = TestData.poisonD(outLength(in, Kind.MIN_ARG_MIN, false));
                int[] idx = TestData.poisonI(v.length);
                k.minArgMinOut(in.d(0), in.d(1), in.d(2), v, idx);
                return Got.of(v, idx);
            }),
            r("maxArgMaxOutOverI", Kind.MAX_ARG_MAX, true, (k, in) -> {
                float[] v = TestData.poisonF(outLength(in, Kind.MAX_ARG_MAX, true));
                int[] idx = TestData.poisonI(v.length);
                k.maxArgMaxOutOverI(in.f(0), in.f(1), in.f(2), v, idx);
                return Got.of(v, idx);
            }, (k, in) -> {
                double[] v = TestData.poisonD(outLength(in, Kind.MAX_ARG_MAX, true));
                int[] idx = TestData.poisonI(v.length);
                k.maxArgMaxOutOverI(in.d(0), in.d(1), in.d(2), v, idx);
                return Got.of(v, idx);
            }),
            r("kMinOut", Kind.K_MIN, false, (k, in) -> {
                float[] v = TestData.poisonF(outLength(in, Kind.K_MIN, false));
                k.kMinOut(in.f(0), in.f(1), in.f(2), v);
                return Got.of(v);
            }, (k, in) -> {
                double[] v = TestData.poisonD(outLength(in, Kind.K_MIN, false));
                k.kMinOut(in.d(0), in.d(1), in.d(2), v);
                return Got.of(v);
            }),
            r("argKMinOutOverI", Kind.ARG_K_MIN, true, (k, in) -> {
                int[] idx = TestData.poisonI(outLength(in, Kind.ARG_K_MIN, true));
                k.argKMinOutOverI(in.f(0), in.f(1), in.f(2), idx);
                return Got.of(idx);
            }, (k, in) -> {
                int[] idx = TestData.poisonI(outLength(in, Kind.ARG_K_MIN, true));
                k.argKMinOutOverI(in.d(0), in.d(1), in.d(2), idx);
                return Got.of(idx);
            }),
            r("kMinArgKMinOut", Kind.K_MIN_ARG_K_MIN, false, (k, in) -> {
                float[] v = TestData.poisonF(outLength(in, Kind.K_MIN_ARG_K_MIN, false));
                int[] idx = TestData.poisonI(v.length);
                k.kMinArgKMinOut(in.f(0), in.f(1), in.f(2), v, idx);
                return Got.of(v, idx);
            }, (k, in) -> {
                double[] v = TestData.poisonD(outLength(in, Kind.K_MIN_ARG_K_MIN, false));
                int[] idx = TestData.poisonI(v.length);
                k.kMinArgKMinOut(in.d(0), in.d(1), in.d(2), v, idx);
                return Got.of(v, idx);
            }),
            r("kMinArgKMinOutOverI", Kind.K_MIN_ARG_K_MIN, true, (k, in) -> {
                float[] v = TestData.poisonF(outLength(in, Kind.K_MIN_ARG_K_MIN, true));
                int[] idx = TestData.poisonI(v.length);
                k.kMinArgKMinOutOverI(in.f(0), in.f(1), in.f(2), v, idx);
                return Got.of(v, idx);
            }, (k, in) -> {
                double[] v = TestData.poisonD(outLength(in, Kind.K_MIN_ARG_K_MIN, true));
                int[] idx = TestData.poisonI(v.length);
                k.kMinArgKMinOutOverI(in.d(0), in.d(1), in.d(2), v, idx);
                return Got.of(v, idx);
            }),
            r("lseOut", Kind.LSE, false, (k, in) -> {
                float[] v = TestData.poisonF(outLength(in, Kind.LSE, false));
                k.lseOut(in.f(0), in.f(1), in.f(2), in.fs(3), v);
                return Got.of(v);
            }, (k, in) -> {
                double[] v = TestData.poisonD(outLength(in, Kind.LSE, false));
                k.lseOut(in.d(0), in.d(1), in.d(2), in.ds(3), v);
                return Got.of(v);
            }),
            r("lseWeightedOutOverI", Kind.LSE_WEIGHTED, true, (k, in) -> {
                float[] v = TestData.poisonF(outLength(in, Kind.LSE_WEIGHTED, true));
                k.lseWeightedOutOverI(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4), v);
                return Got.of(v);
            }, (k, in) -> {
                double[] v = TestData.poisonD(outLength(in, Kind.LSE_WEIGHTED, true));
                k.lseWeightedOutOverI(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4), v);
                return Got.of(v);
            }),
            r("softmaxOut", Kind.SOFTMAX, false, (k, in) -> {
                float[] v = TestData.poisonF(outLength(in, Kind.SOFTMAX, false));
                k.softmaxOut(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4), v);
                return Got.of(v);
            }, (k, in) -> {
                double[] v = TestData.poisonD(outLength(in, Kind.SOFTMAX, false));
                k.softmaxOut(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4), v);
                return Got.of(v);
            }));

    static int outLength(Inputs in, Kind kind, boolean overI) {
        return (overI ? in.n : in.m) * kind.width();
    }

    // ---- the formulas, by hand -----------------------------------------------------------------

    /** F = x * y - b, dimension 2 (variables 0, 1, 2). */
    static final PairFn F = (p, o) -> {
        for (int c = 0; c < 2; c++) {
            o[c] = p.v(0)[c] * p.v(1)[c] - p.s(2);
        }
    };

    /** F = (x | y) - b + s, dimension 1 (variables 0 to 3). */
    static final PairFn EXP_F = (p, o) -> o[0] = p.v(0)[0] * p.v(1)[0] + p.v(0)[1] * p.v(1)[1] - p.s(2) + p.s(3);

    /** The weight v (variable 4). */
    static final PairFn WEIGHT_V = (p, o) -> {
        o[0] = p.v(4)[0];
        o[1] = p.v(4)[1];
    };

    /** The weight Concat(v, Elem(x, 0) * b). */
    static final PairFn WEIGHT_CONCAT = (p, o) -> {
        o[0] = p.v(4)[0];
        o[1] = p.v(4)[1];
        o[2] = p.v(0)[0] * p.s(2);
    };

    // ---- inputs --------------------------------------------------------------------------------

    /** How the data of a scenario are drawn. */
    record Draw(Gen xyb, Gen s, Gen v, Tweak tweak) {
    }

    static List<Var> vars(RCase c, Draw draw) {
        return vars(c.kind(), c.overI(), draw);
    }

    static List<Var> vars(Kind kind, boolean overI, Draw draw) {
        List<Var> vars = new ArrayList<>(List.of(Var.vi("x", 2, draw.xyb()), Var.vj("y", 2, draw.xyb()),
                Var.vj("b", 1, draw.xyb())));
        if (kind.exp()) {
            vars.add(Var.pm("s", 1, draw.s()));
        }
        if (kind == Kind.LSE_WEIGHTED || kind == Kind.SOFTMAX) {
            vars.add(overI ? Var.vi("v", 2, draw.v()) : Var.vj("v", 2, draw.v()));
        }
        return vars;
    }

    /** Calls the kernel and checks it against the reference on one draw. */
    static void check(RCase c, Target backend, Prec prec, String scenario, Size size, Draw draw, boolean exact) {
        long seed = TestData.seed(c.name() + "/" + scenario, prec, size.m(), size.n());
        Inputs in = Inputs.draw(prec, seed, size.m(), size.n(), vars(c, draw), draw.tweak());
        ReductionKernels k = new ReductionKernelsImpl(Backends.runtime(backend));
        Object[] before = in.snapshot();
        Got got = prec == Prec.F32 ? c.f32().call(k, in) : c.f64().call(k, in);
        String what = c.name() + " (" + c.kind() + (c.overI() ? " over i" : " over j") + ", " + scenario
                + ") on " + backend;
        in.assertUnchanged(before, what);
        verify(c.kind(), c.overI(), in, got, what, scenario, exact, null);
    }

    /**
     * Checks what a kernel returned against the reference reductions of the same inputs; with a
     * mask, the reference visits only the kept pairs (a block-sparse kernel's meaning).
     */
    static void verify(Kind kind, boolean overI, Inputs in, Got got, String what, String scenario, boolean exact,
            Ref.Mask mask) {
        int outLength = (overI ? in.n : in.m) * kind.width();
        boolean values = switch (kind) {
            case ARG_MIN, ARG_MAX, ARG_K_MIN -> false;
            default -> true;
        };
        boolean indices = switch (kind) {
            case ARG_MIN, ARG_MAX, ARG_K_MIN, MIN_ARG_MIN, MAX_ARG_MAX, K_MIN_ARG_K_MIN -> true;
            default -> false;
        };
        if (values) {
            assertNotNull(got.values(), what + ": no values");
            assertEquals(outLength, got.values().length, what + " [" + in + "]: values length");
        }
        if (indices) {
            assertNotNull(got.indices(), what + ": no indices");
            assertEquals(outLength, got.indices().length, what + " [" + in + "]: indices length");
        }
        Walk w = new Walk(in, overI, kind.exp() ? 1 : 2, kind.exp() ? EXP_F : F).masked(mask);
        switch (kind) {
            case SUM -> Check.sum(what, in, got.values(), Ref.sum(w));
            case MIN, ARG_MIN, MIN_ARG_MIN -> Check.best(what, in, got.values(), got.indices(), Ref.best(w, false), w, exact);
            case MAX, ARG_MAX, MAX_ARG_MAX -> Check.best(what, in, got.values(), got.indices(), Ref.best(w, true), w, exact);
            case K_MIN, ARG_K_MIN, K_MIN_ARG_K_MIN -> Check.kMin(what, in, got.values(), got.indices(), Ref.kMin(w, K), w, exact);
            case LSE -> Check.lse(what, in, got.values(), Ref.exp(w, null));
            case LSE_WEIGHTED -> Check.lse(what, in, got.values(), Ref.exp(w, new Walk(in, overI, 2, WEIGHT_V)));
            case SOFTMAX -> Check.softmax(what, in, got.values(), Ref.exp(w, new Walk(in, overI, 3, WEIGHT_CONCAT)));
        }
        if (values) {
            for (int e = 0; e < got.values().length; e++) {
                if (Double.isNaN(got.values()[e]) && !scenario.equals("nan")) {
                    throw new AssertionError(what + " [" + in + "]: NaN at " + e);
                }
            }
        }
    }

    /** Sizes whose reduced count is 0 or at least K, for the K reductions (K > N is an error). */
    static List<Size> sizesFor(RCase c, List<Size> sizes) {
        if (!c.kind().k()) {
            return sizes;
        }
        return sizes.stream().filter(s -> {
            int reduced = c.overI() ? s.m() : s.n();
            return reduced == 0 || reduced >= K;
        }).toList();
    }

    static final Gen U = Gen.uniform(-2, 2);
    static final Gen POS = Gen.uniform(0.25, 2);

    /** Every 5th reduced index of the exp reductions gets b = +inf: F = -inf, a term that adds nothing. */
    static Tweak minusInfTerms() {
        return (in, r) -> {
            for (int j = 2; j < in.n; j += 5) {
                in.set(2, j, Double.POSITIVE_INFINITY);
            }
        };
    }

    // ---- the tests -----------------------------------------------------------------------------

    static Stream<Arguments> cases() {
        return casesWhere(c -> true);
    }

    static Stream<Arguments> casesWhere(java.util.function.Predicate<RCase> keep) {
        List<Arguments> all = new ArrayList<>();
        for (Target b : Backends.underTest()) {
            for (Prec p : Prec.values()) {
                for (RCase c : CASES) {
                    if (keep.test(c)) {
                        all.add(Arguments.of(b, p, c));
                    }
                }
            }
        }
        return all.stream();
    }

    static Stream<Arguments> minMaxCases() {
        return casesWhere(c -> !c.kind().exp() && c.kind() != Kind.SUM);
    }

    static Stream<Arguments> expCases() {
        return casesWhere(c -> c.kind().exp());
    }

    /** Continuous data over the whole size sweep, including N = 0 (neutral values) and M = 0. */
    @ParameterizedTest(name = "{2} {1} {0}")
    @MethodSource("cases")
    void continuousData(Target backend, Prec prec, RCase c) {
        Draw draw = c.kind().exp() ? new Draw(U, U, POS, minusInfTerms()) : new Draw(U, U, POS, Tweak.NONE);
        for (Size size : sizesFor(c, TestData.SWEEP)) {
            check(c, backend, prec, "continuous", size, draw, false);
        }
    }

    /** Small integers: exact values in both precisions, many ties; the smallest index must win. */
    @ParameterizedTest(name = "{2} {1} {0}")
    @MethodSource("cases")
    void integerDataWithTies(Target backend, Prec prec, RCase c) {
        Draw draw = new Draw(Gen.ints(-2, 2), Gen.ints(-2, 2), Gen.ints(1, 3), Tweak.NONE);
        List<Size> sizes = List.of(new Size(7, 7), new Size(1, 207), new Size(207, 1), new Size(207, 207),
                new Size(3, 1023), new Size(1023, 3));
        for (Size size : sizesFor(c, sizes)) {
            check(c, backend, prec, "ties", size, draw, true);
        }
    }

    /**
     * NaN values of F are skipped (never win), and infinite values compete like any other: NaN
     * in component 0 of every 3rd reduced row (including the first) and component 1 of every 4th;
     * b = +inf (F = -inf) and b = -inf (F = +inf) on every 5th j: over i, whole output rows are
     * -inf or +inf, and the first non-NaN index must still be reported. With 1 or 3 reduced rows some components have fewer
     * than K, or no, non-NaN values: their slots keep +inf and index -1.
     */
    @ParameterizedTest(name = "{2} {1} {0}")
    @MethodSource("minMaxCases")
    void nanAndInfiniteValues(Target backend, Prec prec, RCase c) {
        int inner = c.overI() ? 0 : 1; // x (i) or y (j): the variable of the reduced index
        Tweak nans = (in, r) -> {
            int rows = in.rows(inner);
            for (int t = 0; t < rows; t++) {
                if (t % 3 == 0) {
                    in.set(inner, t * 2, Double.NaN);
                }
                if (t % 4 == 1) {
                    in.set(inner, t * 2 + 1, Double.NaN);
                }
            }
            for (int j = 0; j < in.n; j++) {
                if (j % 5 == 2) {
                    in.set(2, j, Double.POSITIVE_INFINITY);
                } else if (j % 5 == 4) {
                    in.set(2, j, Double.NEGATIVE_INFINITY);
                }
            }
        };
        Draw draw = new Draw(U, U, POS, nans);
        List<Size> sizes = List.of(new Size(1, 1), new Size(3, 3), new Size(7, 7), new Size(1, 207),
                new Size(207, 1), new Size(207, 207));
        for (Size size : sizesFor(c, sizes)) {
            check(c, backend, prec, "nan", size, draw, false);
        }
    }

    /**
     * F around +1000 and -1000 (exact integers, so float32 loses nothing before the exp): a naive
     * sum of exp overflows or underflows; the online (max, shifted sum) scheme must not.
     */
    @ParameterizedTest(name = "{2} {1} {0}")
    @MethodSource("expCases")
    void largeMagnitudes(Target backend, Prec prec, RCase c) {
        for (double shift : new double[] {1000, -1000}) {
            Draw draw = new Draw(Gen.ints(-2, 2), r -> shift, POS, Tweak.NONE);
            for (Size size : List.of(new Size(7, 7), new Size(207, 1023), new Size(1, 207))) {
                check(c, backend, prec, "shift " + shift, size, draw, false);
            }
        }
    }

    /** F = -inf for every pair: LOG_SUM_EXP gives -inf and SUM_SOFTMAX_WEIGHT 0, never NaN. */
    @ParameterizedTest(name = "{2} {1} {0}")
    @MethodSource("expCases")
    void allMinusInfinity(Target backend, Prec prec, RCase c) {
        Tweak allInf = (in, r) -> {
            for (int j = 0; j < in.n; j++) {
                in.set(2, j, Double.POSITIVE_INFINITY);
            }
        };
        Draw draw = new Draw(U, U, POS, allInf);
        for (Size size : List.of(new Size(1, 1), new Size(7, 7), new Size(7, 207))) {
            check(c, backend, prec, "all -inf", size, draw, false);
            // and the values explicitly, so the reference cannot agree with a wrong kernel
            long seed = TestData.seed(c.name() + "/all -inf", prec, size.m(), size.n());
            Inputs in = Inputs.draw(prec, seed, size.m(), size.n(), vars(c, draw), draw.tweak());
            ReductionKernels k = new ReductionKernelsImpl(Backends.runtime(backend));
            double[] got = (prec == Prec.F32 ? c.f32().call(k, in) : c.f64().call(k, in)).values();
            double expected = c.kind() == Kind.SOFTMAX ? 0 : Double.NEGATIVE_INFINITY;
            for (double v : got) {
                assertEquals(expected, v, c.name() + " [" + in + "]");
            }
        }
    }

    /** Every method of the interface has a case. */
    @Test
    void everyKernelHasACase() {
        Set<String> names = CASES.stream().map(RCase::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ElementwiseTest.methodNames(ReductionKernels.class), names);
        assertTrue(Arrays.stream(Kind.values()).allMatch(k -> CASES.stream().anyMatch(c -> c.kind() == k && c.overI())
                && CASES.stream().anyMatch(c -> c.kind() == k && !c.overI())), "every reduction over i and over j");
    }
}
