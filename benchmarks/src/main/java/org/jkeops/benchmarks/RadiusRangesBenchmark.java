package org.jkeops.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.jkeops.cluster.RadiusRanges;
import org.jkeops.runtime.Ranges;

/**
 * The pattern build of issue 15 item 3: clustering, sorting and {@link Ranges} construction for the
 * seed's Swiss roll ({@code SpectralRoll.points}, 10^6 points by default) at sigma = 0.01, pairs
 * closer than 4 sigma, with the default cells that {@code SpectralRoll} and {@code SpectralTutorial
 * --full --roll-only} use ({@code RadiusRanges.of(x, 3, 4 * sigma)}). The FIRST call is timed on
 * its own, as the tutorial's "prep" figure is: class loading, the interpreter and the JIT count, so
 * run one fresh JVM per cold figure. Beside it the process CPU time over that call (all threads,
 * the JIT's included), then the best of {@code warm=W} further calls (default 10).
 * The last line is a digest of the result (sort permutation, cluster ranges, all six range arrays,
 * kept pairs), so that two builds of the runtime can be shown to give the same pattern.
 * {@code dim=D} mixes the roll into D dimensions (each coordinate a random combination of the three,
 * plus noise of 1e-4): points of many dimensions on a surface, as embeddings are, where the grid
 * bins only some axes ({@link RadiusRanges#cellAxes()}); the line then also gives the pairs within
 * the radius (sampled) against the kept ones.
 *
 * <p>Run: {@code mvn -B -DskipTests -Pbench package -pl benchmarks -am
 * -Dbench.main=org.jkeops.benchmarks.RadiusRangesBenchmark -Dbench.args=1000000}, or with java on
 * the benchmarks' classpath (one fresh JVM per cold figure, best of several runs).
 */
public final class RadiusRangesBenchmark {
    private static final double SIGMA = 0.01;

    private RadiusRangesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int n = Arrays.stream(args).filter(a -> a.matches("\\d+")).mapToInt(Integer::parseInt).findFirst().orElse(1_000_000);
        int warm = Arrays.stream(args).filter(a -> a.startsWith("warm=")).mapToInt(a -> Integer.parseInt(a.substring(5)))
                .findFirst().orElse(10);
        int dim = Arrays.stream(args).filter(a -> a.startsWith("dim=")).mapToInt(a -> Integer.parseInt(a.substring(4)))
                .findFirst().orElse(3);
        float[] x = dim == 3 ? SwissRoll.points(n) : mixed(SwissRoll.points(n), dim);
        String loadBefore = load();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        RadiusRanges rr = RadiusRanges.of(x, dim, 4 * SIGMA);
        double cold = (System.nanoTime() - t0) * 1e-9;
        // CPU of the whole process over the call (its threads, the JIT's and the GC's): less
        // sensitive than the wall time to other work on a shared machine.
        double coldCpu = (processCpuNanos() - cpu0) * 1e-9;
        double best = Double.NaN;
        for (int call = 0; call < warm; call++) {
            long t = System.nanoTime();
            RadiusRanges again = RadiusRanges.of(x, dim, 4 * SIGMA);
            double s = (System.nanoTime() - t) * 1e-9;
            best = call == 0 ? s : Math.min(best, s);
            if (again.keptPairs() != rr.keptPairs()) {
                throw new IllegalStateException("call " + call + " kept " + again.keptPairs() + " pairs, the first " + rr.keptPairs());
            }
        }
        System.out.printf(Locale.ROOT, "radius pattern roll N=%d sigma=%.3f cell=%.4f clusters=%d kept_pairs=%d "
                        + "cold_s=%.3f cold_cpu_s=%.3f warm_best_s=%.3f (%d warm calls) cores=%d load_before=%s load_after=%s%n",
                n, SIGMA, rr.cellSize(), rr.clusters(), rr.keptPairs(), cold, coldCpu, best, warm,
                Runtime.getRuntime().availableProcessors(), loadBefore, load());
        if (dim != 3) {
            System.out.printf(Locale.ROOT, "dim=%d cell_axes=%s kept_over_within=%.2f (sampled)%n", dim,
                    Arrays.toString(rr.cellAxes()), rr.keptPairs() / rr.estimatePairsWithin(2000, 1));
        }
        System.out.printf(Locale.ROOT, "digest %016x%n", digest(rr));
    }

    /** The n x 3 points mixed into {@code dim} coordinates: random combinations of the three, plus noise of 1e-4. */
    static float[] mixed(float[] x3, int dim) {
        int n = x3.length / 3;
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        double[][] w = new double[dim][3];
        for (double[] row : w) {
            for (int k = 0; k < 3; k++) {
                row[k] = rnd.nextGaussian() / Math.sqrt(dim);
            }
        }
        float[] x = new float[n * dim];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dim; d++) {
                double v = 0;
                for (int k = 0; k < 3; k++) {
                    v += w[d][k] * x3[3 * i + k];
                }
                x[i * dim + d] = (float) (v + 1e-4 * rnd.nextGaussian());
            }
        }
        return x;
    }

    /** A hash of everything the pattern returns, to compare two builds of the runtime. */
    static long digest(RadiusRanges rr) {
        Ranges r = rr.ranges();
        long h = rr.keptPairs();
        for (int[] a : new int[][] {rr.sorting().permutation(), rr.sorting().labels(), rr.clusterRanges(), r.rangesI(),
                r.slicesI(), r.redrangesJ(), r.rangesJ(), r.slicesJ(), r.redrangesI()}) {
            h = 31 * h + Arrays.hashCode(a);
        }
        h = 31 * h + Arrays.hashCode(rr.points());
        return h;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String load() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
        return fields[0] + "," + fields[1] + "," + fields[2];
    }
}
