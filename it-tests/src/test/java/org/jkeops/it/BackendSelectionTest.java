package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import org.jkeops.it.Ref.Walk;
import org.jkeops.it.TestData.Gen;
import org.jkeops.it.TestData.Inputs;
import org.jkeops.it.TestData.Prec;
import org.jkeops.it.TestData.Tweak;
import org.jkeops.it.TestData.Var;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.BackendUnavailableException;
import org.jkeops.runtime.KernelRuntime;
import org.junit.jupiter.api.Test;

/**
 * Backend choice at call time: a backend that cannot run a kernel throws under strict and falls
 * back to the scalar path otherwise, which still computes the right result.
 */
class BackendSelectionTest {
    private static final Gen U = Gen.uniform(-2, 2);

    private static Inputs gaussInputs(Prec prec, String id) {
        return Inputs.draw(prec, TestData.seed(id, prec, 207, 33), 207, 33, List.of(Var.vi("x", 3, U),
                Var.vj("y", 3, U), Var.vj("b", 1, U), Var.pm("g", 1, Gen.uniform(0.2, 2))), Tweak.NONE);
    }

    private static void checkGauss(WorkedExamples k, Prec prec, String what) {
        Inputs in = gaussInputs(prec, what);
        double[] got = prec == Prec.F32 ? TestData.toDouble(k.gaussConv(in.f(0), in.f(1), in.f(2), in.fs(3)))
                : k.gaussConv(in.d(0), in.d(1), in.d(2), in.ds(3));
        Check.sum(what, in, got, Ref.sum(new Walk(in, false, 1,
                (p, o) -> o[0] = Math.exp(-p.s(3) * WorkedExamplesTest.sqDist(p.v(0), p.v(1))) * p.s(2))));
    }

    /** Strict SIMD without a SIMD provider must refuse rather than run something else. */
    @Test
    void strictSimdWithoutProviderThrows() {
        KernelRuntime rt = KernelRuntime.builder().backend(Backend.SIMD).strict(true).providers(List.of()).build();
        WorkedExamples k = new WorkedExamplesImpl(rt);
        Inputs in = gaussInputs(Prec.F32, "strict simd");
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> k.gaussConv(in.f(0), in.f(1), in.f(2), in.fs(3)));
        assertEquals(Backend.SIMD, e.requested());
    }

    /** No OpenCL code is generated today: strict OpenCL must refuse. */
    @Test
    void strictOpenClIsUnavailableToday() {
        assumeFalse(Backends.underTest().stream().anyMatch(t -> t.backend() == Backend.OPENCL),
                "OpenCL is a backend under test now");
        KernelRuntime rt = KernelRuntime.builder().backend(Backend.OPENCL).strict(true).build();
        WorkedExamples k = new WorkedExamplesImpl(rt);
        Inputs in = gaussInputs(Prec.F64, "strict opencl");
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> k.gaussConv(in.d(0), in.d(1), in.d(2), in.ds(3)));
        assertEquals(Backend.OPENCL, e.requested());
    }

    /** Without strict, an unavailable backend falls back, and the result is still right. */
    @Test
    void nonStrictFallsBackAndComputes() {
        for (Backend b : List.of(Backend.SIMD, Backend.OPENCL, Backend.AUTO, Backend.SCALAR)) {
            for (boolean providers : new boolean[] {true, false}) {
                KernelRuntime.Builder builder = KernelRuntime.builder().backend(b).strict(false);
                if (!providers) {
                    builder.providers(List.of()); // no SIMD or OpenCL provider at all
                }
                WorkedExamples k = new WorkedExamplesImpl(builder.build());
                for (Prec p : Prec.values()) {
                    checkGauss(k, p, "gaussConv requested " + b + " without strict"
                            + (providers ? "" : " and without providers"));
                }
            }
        }
    }

    /** The no-argument constructor uses the shared runtime (system properties). */
    @Test
    void sharedRuntime() {
        checkGauss(new WorkedExamplesImpl(), Prec.F64, "gaussConv on the shared runtime");
    }

    @Test
    void closedRuntimeRefusesCalls() {
        KernelRuntime rt = KernelRuntime.builder().backend(Backend.SCALAR).build();
        WorkedExamples k = new WorkedExamplesImpl(rt);
        rt.close();
        Inputs in = gaussInputs(Prec.F64, "closed");
        assertThrows(IllegalStateException.class, () -> k.gaussConv(in.d(0), in.d(1), in.d(2), in.ds(3)));
    }
}
