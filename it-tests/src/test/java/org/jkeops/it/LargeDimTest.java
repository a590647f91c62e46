package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.DeviceBackend;
import org.jkeops.runtime.FloatArgResult;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.internal.DeviceLaunch;
import org.jkeops.runtime.internal.SplitMerge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sums over many components on OpenCL (PoCL here), where the kernels loop over the components
 * with a tile of j in local memory: the generated interfaces at D = 64 and 128 (every path of
 * the facade), and the OpenCL program alone at D = 64, 128 and 784 (MNIST), built by running the
 * processor with {@code -proc:only} and launched directly in one and in three parts of j, so that
 * it does not wait on the Java backends' code at D = 784. Against float64 references.
 */
class LargeDimTest {
    private static KernelRuntime runtime;

    @BeforeAll
    static void open() {
        assumeTrue(Backends.available(Backend.OPENCL), "no OpenCL device");
        runtime = KernelRuntime.builder().backend(Backend.OPENCL).strict(true).build();
    }

    @AfterAll
    static void close() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private static float[] uniform(SplittableRandom rnd, int n, double lo, double hi) {
        float[] a = new float[n];
        for (int k = 0; k < n; k++) {
            a[k] = (float) rnd.nextDouble(lo, hi);
        }
        return a;
    }

    private static double sqDist(float[] x, int i, float[] y, int j, int dim) {
        double s = 0;
        for (int c = 0; c < dim; c++) {
            double d = (double) x[i * dim + c] - y[j * dim + c];
            s += d * d;
        }
        return s;
    }

    private static double dot(float[] x, int i, float[] y, int j, int dim) {
        double s = 0;
        for (int c = 0; c < dim; c++) {
            s += (double) x[i * dim + c] * y[j * dim + c];
        }
        return s;
    }

    @Test
    void generatedKernelsAtDimensions64And128MatchTheReference() {
        LargeDimKernels k = new LargeDimKernelsImpl(runtime);
        SplittableRandom rnd = new SplittableRandom(20261205);
        int m = 150;
        int n = 1_300;
        float[] x64 = uniform(rnd, m * 64, -0.3, 0.3);
        float[] y64 = uniform(rnd, n * 64, -0.3, 0.3);
        float[] x128 = uniform(rnd, m * 128, -0.3, 0.3);
        float[] y128 = uniform(rnd, n * 128, -0.3, 0.3);
        float[] b = uniform(rnd, n, 0.5, 1.5);
        float g = 0.7f;
        float[] gauss = k.gauss64(x64, y64, b, g);
        FloatArgResult knn = k.knn128(x128, y128);
        FloatArgResult cos = k.cosine64(x64, y64);
        float[] lse = k.lse128(x128, y128, g);
        double[] xd = new double[x128.length];
        double[] yd = new double[y128.length];
        double[] bd = new double[n];
        IntStream.range(0, xd.length).forEach(q -> xd[q] = x128[q]);
        IntStream.range(0, yd.length).forEach(q -> yd[q] = y128[q]);
        IntStream.range(0, n).forEach(q -> bd[q] = b[q]);
        double[] gaussD = k.gauss128d(xd, yd, bd, g);
        for (int i = 0; i < m; i++) {
            final int row = i;
            double s = 0;
            double sd = 0;
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                s += Math.exp(-g * sqDist(x64, i, y64, j, 64)) * b[j];
                sd += Math.exp(-(double) g * sqDist(x128, i, y128, j, 128)) * b[j];
                double c = dot(x64, i, y64, j, 64) / Math.sqrt(dot(x64, i, x64, i, 64) * dot(y64, j, y64, j, 64));
                best = Math.max(best, c);
            }
            assertEquals(s, gauss[i], 2e-5 * s, "gauss64 row " + i);
            assertEquals(sd, gaussD[i], 1e-12 * sd, "gauss128d row " + i);
            assertEquals(best, cos.values()[i], 1e-5, "cosine64 value row " + i);
            int at = cos.indices()[i];
            assertEquals(best, dot(x64, i, y64, at, 64) / Math.sqrt(dot(x64, i, x64, i, 64) * dot(y64, at, y64, at, 64)),
                    1e-5, "cosine64 index row " + i);
            int[] order = IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(j -> sqDist(x128, row, y128, j, 128)))
                    .limit(10).mapToInt(Integer::intValue).toArray();
            for (int r = 0; r < 10; r++) {
                double ref = sqDist(x128, i, y128, order[r], 128);
                assertEquals(ref, knn.values()[i * 10 + r], 1e-5 * ref, "knn128 value row " + i + " rank " + r);
                assertEquals(ref, sqDist(x128, i, y128, knn.indices()[i * 10 + r], 128), 1e-5 * ref,
                        "knn128 index row " + i + " rank " + r);
            }
        }
        for (int j = 0; j < n; j++) {
            double mx = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                mx = Math.max(mx, g * dot(x128, i, y128, j, 128));
            }
            double l = 0;
            for (int i = 0; i < m; i++) {
                l += Math.exp(g * dot(x128, i, y128, j, 128) - mx);
            }
            assertEquals(mx + Math.log(l), lse[j], 1e-5 * Math.abs(mx + Math.log(l)) + 1e-5, "lse128 column " + j);
        }
    }

    /** The OpenCL program of a {@code @Kernels} interface, from the processor run with {@code -proc:only}. */
    private static String program(Path dir, String name, String source) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        // The device bundle's jlinked runtime has no compiler and no processor: the facade case runs there.
        assumeTrue(javac != null && LargeDimTest.class.getClassLoader()
                .getResource("org/jkeops/processor/JKeOpsProcessor.class") != null, "no javac or no jkeops processor");
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///org/jkeops/it/gen/" + name + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        StringWriter log = new StringWriter();
        boolean ok = javac.getTask(log, null, null, List.of("-proc:only", "--add-modules", "jdk.incubator.vector", "-processor",
                "org.jkeops.processor.JKeOpsProcessor", "-d", dir.toString(), "-s", dir.toString(), "-classpath",
                System.getProperty("java.class.path")), null, List.of(file)).call();
        assertTrue(ok, () -> "processing " + name + " failed:\n" + log);
        return Files.readString(dir.resolve("META-INF/jkeops/opencl/org.jkeops.it.gen." + name + ".cl"));
    }

    @ParameterizedTest(name = "D = {0}")
    @ValueSource(ints = {64, 128, 784})
    void programAloneMatchesTheReferenceInOneAndThreeParts(int dim, @TempDir Path dir) throws IOException {
        String name = "Embed" + dim;
        String source = String.join("\n", "package org.jkeops.it.gen;", "import org.jkeops.annotations.*;",
                "import org.jkeops.runtime.*;", "@Kernels", "public interface " + name + " {",
                "    @Formula(\"Exp(-g * SqDist(x, y)) * b\")",
                "    float[] gauss(@Vi(" + dim + ") float[] x, @Vj(" + dim + ") float[] y, @Vj float[] b, @Pm float g);",
                "    @Formula(\"SqDist(x, y)\") @Reduce(Reduction.MIN_ARG_MIN)",
                "    FloatArgResult nearest(@Vi(" + dim + ") float[] x, @Vj(" + dim + ") float[] y);", "}");
        String cl = program(dir, name, source);
        assertTrue(cl.contains("for (int d = 0; d < " + dim + "; d++) {"), cl);
        assertTrue(cl.length() < 20_000, () -> "a short program at D = " + dim + ": " + cl.length() + " chars");
        SplittableRandom rnd = new SplittableRandom(dim);
        int m = 37;
        int n = 701;
        float[] x = uniform(rnd, m * dim, 0, 1);
        float[] y = uniform(rnd, n * dim, 0, 1);
        float[] b = uniform(rnd, n, 0.5, 1.5);
        float g = 4f / dim;
        DeviceBackend device = runtime.device(Backend.OPENCL);
        for (int parts : new int[] {1, 3}) {
            int partSize = (n + parts - 1) / parts;
            float[] sums = new float[parts * m];
            device.launch(new DeviceLaunch(name, () -> cl, "jk_gauss", m, parts, false).in(x).in(y).in(b).scalar(g)
                    .scalar(m).scalar(n).scalar(partSize).out(sums).tileRows().localTile(dim * 4).localTile(4));
            float[] values = new float[parts * m];
            int[] indices = new int[parts * m];
            device.launch(new DeviceLaunch(name, () -> cl, "jk_nearest", m, parts, false).in(x).in(y).scalar(m)
                    .scalar(n).scalar(partSize).out(values).out(indices).tileRows().localTile(dim * 4));
            float[][] sp = new float[parts][];
            float[][] vp = new float[parts][];
            int[][] ip = new int[parts][];
            for (int p = 0; p < parts; p++) {
                sp[p] = java.util.Arrays.copyOfRange(sums, p * m, (p + 1) * m);
                vp[p] = java.util.Arrays.copyOfRange(values, p * m, (p + 1) * m);
                ip[p] = java.util.Arrays.copyOfRange(indices, p * m, (p + 1) * m);
            }
            float[] sum = new float[m];
            float[] min = new float[m];
            int[] arg = new int[m];
            SplitMerge.sum(sp, sum);
            SplitMerge.argMinMax(vp, ip, min, arg, false);
            for (int i = 0; i < m; i++) {
                double s = 0;
                double best = Double.POSITIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    s += Math.exp(-g * sqDist(x, i, y, j, dim)) * b[j];
                    best = Math.min(best, sqDist(x, i, y, j, dim));
                }
                String at = "D = " + dim + ", " + parts + " part(s), row " + i;
                assertEquals(s, sum[i], 1e-4 * s, "gauss " + at);
                assertEquals(best, min[i], 1e-5 * best, "nearest value " + at);
                assertEquals(best, sqDist(x, i, y, arg[i], dim), 1e-5 * best, "nearest index " + at);
            }
        }
        String shape = device.launchShapes().get("jk_gauss");
        assertTrue(shape != null && shape.startsWith("work group "), () -> "launch recorded: " + device.launchShapes());
    }
}
