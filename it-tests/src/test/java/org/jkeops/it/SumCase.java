package org.jkeops.it;

import java.util.List;
import org.jkeops.it.Backends.Target;
import org.jkeops.it.Ref.PairFn;
import org.jkeops.it.Ref.Walk;
import org.jkeops.it.TestData.Inputs;
import org.jkeops.it.TestData.Prec;
import org.jkeops.it.TestData.Size;
import org.jkeops.it.TestData.Tweak;
import org.jkeops.it.TestData.Var;

/**
 * One formula checked under a SUM over j: the float32 and float64 methods of a kernel interface
 * K, the variables they take (in parameter order), and the formula written by hand for the
 * reference. {@link #run} sweeps the sizes with a fresh seeded draw for each.
 *
 * @param name   what failures print (the method name and its formula)
 * @param d      the formula's dimension
 * @param vars   the parameters, in order
 * @param f32    calls the float32 method
 * @param f64    calls the float64 method
 * @param ref    the formula in double
 * @param tweak  changes to the drawn inputs
 * @param sizes  the (M, N) sweep
 */
record SumCase<K>(String name, int d, List<Var> vars, Call32<K> f32, Call64<K> f64, PairFn ref,
        Tweak tweak, List<Size> sizes) {

    @FunctionalInterface
    interface Call32<K> {
        float[] call(K kernels, Inputs in);
    }

    @FunctionalInterface
    interface Call64<K> {
        double[] call(K kernels, Inputs in);
    }

    /** A method of two array parameters, float32. */
    @FunctionalInterface
    interface F2<K> {
        float[] call(K kernels, float[] x, float[] y);
    }

    /** A method of two array parameters, float64. */
    @FunctionalInterface
    interface D2<K> {
        double[] call(K kernels, double[] x, double[] y);
    }

    @FunctionalInterface
    interface F3<K> {
        float[] call(K kernels, float[] x, float[] y, float[] z);
    }

    @FunctionalInterface
    interface D3<K> {
        double[] call(K kernels, double[] x, double[] y, double[] z);
    }

    static <K> SumCase<K> of(String name, int d, List<Var> vars, Call32<K> f32, Call64<K> f64, PairFn ref) {
        return new SumCase<>(name, d, vars, f32, f64, ref, Tweak.NONE, TestData.SWEEP);
    }

    /** A kernel {@code (x, y)} of two array variables. */
    static <K> SumCase<K> xy(String name, int d, Var x, Var y, F2<K> f, D2<K> g, PairFn ref) {
        return of(name, d, List.of(x, y), (k, in) -> f.call(k, in.f(0), in.f(1)),
                (k, in) -> g.call(k, in.d(0), in.d(1)), ref);
    }

    /** A kernel {@code (x, y, z)} of three array variables. */
    static <K> SumCase<K> xyz(String name, int d, Var x, Var y, Var z, F3<K> f, D3<K> g, PairFn ref) {
        return of(name, d, List.of(x, y, z), (k, in) -> f.call(k, in.f(0), in.f(1), in.f(2)),
                (k, in) -> g.call(k, in.d(0), in.d(1), in.d(2)), ref);
    }

    SumCase<K> tweak(Tweak t) {
        return new SumCase<>(name, d, vars, f32, f64, ref, t, sizes);
    }

    SumCase<K> sizes(List<Size> s) {
        return new SumCase<>(name, d, vars, f32, f64, ref, tweak, s);
    }

    /** Runs every size: fresh inputs, the kernel, the reference, the comparison. */
    void run(K kernels, Target backend, Prec prec) {
        for (Size size : sizes) {
            long seed = TestData.seed(name, prec, size.m(), size.n());
            Inputs in = Inputs.draw(prec, seed, size.m(), size.n(), vars, tweak);
            Object[] before = in.snapshot();
            double[] got = prec == Prec.F32 ? TestData.toDouble(f32.call(kernels, in)) : f64.call(kernels, in);
            in.assertUnchanged(before, name + " on " + backend);
            Check.sum(name + " on " + backend, in, got, Ref.sum(new Walk(in, false, d, ref)));
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
