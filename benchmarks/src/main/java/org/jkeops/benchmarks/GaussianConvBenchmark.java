package org.jkeops.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelRuntime;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the 3-D Gaussian convolution on each backend. Throughput in pairs/s is
 * {@code M * N / score} (score in seconds per call). Run with
 * {@code java --add-modules jdk.incubator.vector -cp <benchmarks jar and deps> org.openjdk.jmh.Main GaussianConv}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class GaussianConvBenchmark {
    @Param({"SCALAR", "SIMD"})
    public Backend backend;

    @Param({"1", "2"})
    public int threads;

    @Param({"2000"})
    public int m;

    @Param({"10000"})
    public int n;

    private KernelRuntime runtime;
    private BenchKernels kernels;
    private float[] x;
    private float[] y;
    private float[] b;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(3);
        x = new float[m * 3];
        y = new float[n * 3];
        b = new float[n];
        for (float[] a : new float[][] {x, y, b}) {
            for (int k = 0; k < a.length; k++) {
                a[k] = (float) rnd.nextDouble();
            }
        }
        runtime = KernelRuntime.builder().backend(backend).threads(threads).strict(true).build();
        kernels = new BenchKernelsImpl(runtime);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        runtime.close();
    }

    @Benchmark
    public float[] gauss3() {
        return kernels.gauss3(x, y, b, 8f / 3);
    }
}
