package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.TestData.Gen;
import org.jkeops.it.TestData.Prec;
import org.jkeops.it.TestData.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * KeOps' positional variable forms: parameters without annotations declared by
 * {@code Var(pos, dim, cat)}, {@code Vi(pos, dim)}, {@code Vj(pos, dim)}, {@code Pm(pos, dim)}
 * (pos = 0-based parameter position), annotated parameters referred to by position, and
 * parameter names that generated code also uses for its own locals.
 */
class PositionalTest {
    private static final Gen U = Gen.uniform(-2, 2);

    static final List<SumCase<PositionalKernels>> CASES = List.of(
            SumCase.<PositionalKernels>of("varForms: Var(0, 3, 0) - Var(1, 3, 1) * Var(2, 1, 2)", 3,
                    List.of(Var.vi("a", 3, U), Var.vj("b", 3, U), Var.pm("c", 1, U)),
                    (k, in) -> k.varForms(in.f(0), in.f(1), in.f(2)),
                    (k, in) -> k.varForms(in.d(0), in.d(1), in.d(2)),
                    (p, o) -> {
                        for (int c = 0; c < 3; c++) {
                            o[c] = p.v(0)[c] - p.v(1)[c] * p.s(2);
                        }
                    }),
            SumCase.<PositionalKernels>of("byCategory: Vi(0, 2) * Vj(1, 2) + Pm(2, 2)", 2,
                    List.of(Var.vi("a", 2, U), Var.vj("b", 2, U), Var.pm("c", 2, U)),
                    (k, in) -> k.byCategory(in.f(0), in.f(1), in.f(2)),
                    (k, in) -> k.byCategory(in.d(0), in.d(1), in.d(2)),
                    (p, o) -> {
                        for (int c = 0; c < 2; c++) {
                            o[c] = p.v(0)[c] * p.v(1)[c] + p.v(2)[c];
                        }
                    }),
            SumCase.<PositionalKernels>of("scalarPm: Exp(-Pm(2, 1) * SqDist(Vi(0, 3), Vj(1, 3)))", 1,
                    List.of(Var.vi("a", 3, U), Var.vj("b", 3, U), Var.pm("g", 1, Gen.uniform(0.1, 1))),
                    (k, in) -> k.scalarPm(in.f(0), in.f(1), in.fs(2)),
                    (k, in) -> k.scalarPm(in.d(0), in.d(1), in.ds(2)),
                    (p, o) -> {
                        double s = 0;
                        for (int c = 0; c < 3; c++) {
                            s += (p.v(0)[c] - p.v(1)[c]) * (p.v(0)[c] - p.v(1)[c]);
                        }
                        o[0] = Math.exp(-p.s(2) * s);
                    }).sizes(TestData.SWEEP_BIG),
            SumCase.<PositionalKernels>of("mixed: SqDist(Vi(0, 3), y) * Var(2, 1, 1) + Var(3, 2, 1)", 2,
                    List.of(Var.vi("x", 3, U), Var.vj("y", 3, U), Var.vj("b", 1, U), Var.vj("c", 2, U)),
                    (k, in) -> k.mixed(in.f(0), in.f(1), in.f(2), in.f(3)),
                    (k, in) -> k.mixed(in.d(0), in.d(1), in.d(2), in.d(3)),
                    (p, o) -> {
                        double s = 0;
                        for (int c = 0; c < 3; c++) {
                            s += (p.v(0)[c] - p.v(1)[c]) * (p.v(0)[c] - p.v(1)[c]);
                        }
                        o[0] = s * p.s(2) + p.v(3)[0];
                        o[1] = s * p.s(2) + p.v(3)[1];
                    }),
            SumCase.<PositionalKernels>of("jFirst: Vj(0, 2) - Vi(1, 2)", 2,
                    List.of(Var.vj("b", 2, U), Var.vi("a", 2, U)),
                    (k, in) -> k.jFirst(in.f(0), in.f(1)),
                    (k, in) -> k.jFirst(in.d(0), in.d(1)),
                    (p, o) -> {
                        o[0] = p.v(0)[0] - p.v(1)[0];
                        o[1] = p.v(0)[1] - p.v(1)[1];
                    }),
            SumCase.<PositionalKernels>of("reservedNames: Exp(-n * SqDist(r, s)) * e + out * t1 - m", 1,
                    List.of(Var.vi("r", 2, U), Var.vj("s", 2, U), Var.vj("e", 1, U), Var.pm("n", 1, Gen.uniform(0.1, 1)),
                            Var.vi("out", 1, U), Var.pm("t1", 1, U), Var.vj("m", 1, U)),
                    (k, in) -> k.reservedNames(in.f(0), in.f(1), in.f(2), in.fs(3), in.f(4), in.f(5), in.f(6)),
                    (k, in) -> k.reservedNames(in.d(0), in.d(1), in.d(2), in.ds(3), in.d(4), in.d(5), in.d(6)),
                    (p, o) -> {
                        double d0 = p.v(0)[0] - p.v(1)[0];
                        double d1 = p.v(0)[1] - p.v(1)[1];
                        o[0] = Math.exp(-p.s(3) * (d0 * d0 + d1 * d1)) * p.s(2) + p.s(4) * p.s(5) - p.s(6);
                    }));

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Target b : Backends.underTest()) {
            for (Prec p : Prec.values()) {
                for (SumCase<PositionalKernels> c : CASES) {
                    all.add(Arguments.of(b, p, c));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{2} {1} {0}")
    @MethodSource("cases")
    void sumOverJ(Target backend, Prec prec, SumCase<PositionalKernels> c) {
        c.run(new PositionalKernelsImpl(Backends.runtime(backend)), backend, prec);
    }

    @Test
    void everyKernelHasACase() {
        assertEquals(ElementwiseTest.methodNames(PositionalKernels.class), ElementwiseTest.caseNames(CASES));
    }
}
