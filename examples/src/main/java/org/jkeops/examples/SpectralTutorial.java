package org.jkeops.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jkeops.cluster.Clusters;
import org.jkeops.cluster.RangesCentroids;
import org.jkeops.cluster.Sorting;
import org.jkeops.linalg.EigenResult;
import org.jkeops.linalg.Eigsh;
import org.jkeops.linalg.LinearOperator;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelInfo;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.Ranges;

/**
 * The second seed tutorial (KeOps' "LinearOperators and eigsh"): kernel matrices as linear
 * operators driving ARPACK's Lanczos solver.
 *
 * <ol>
 *   <li>A 2-D noisy spiral of N = 10,000 points (the tutorial's GPU size; {@code --spiral N}),
 *       sigma = 0.05: the 5 largest eigenvalues of the Gaussian kernel matrix K, the 7 smallest of
 *       the graph Laplacian L = diag(D) - K (D = K 1) and of the normalized Laplacian
 *       I - D^-1/2 K D^-1/2, with times; the 2 x 3 grid of L's eigenvectors as a PNG.</li>
 *   <li>A 3-D noisy Swiss roll ({@code --roll N}, sigma {@code --sigma}), sorted by a grid clustering
 *       (eps = 0.05) and made block-sparse with the mask |c_k - c_l|^2 < (4 sigma + sqrt(3) eps)^2:
 *       the kept fraction and the 7 smallest eigenvalues of the block-sparse normalized Laplacian,
 *       with times; its eigenvectors plotted on the (x, z) plane. With an OpenCL GPU the roll also
 *       runs at N = 10^6, sigma = 0.01, as the tutorial does
 *       ({@code --big-roll N} sets that size, 0 skips it).</li>
 * </ol>
 * Checks (exit status 1 on failure): eigen-residuals ||A v - lambda v|| small against ||A||, the
 * first Laplacian eigenvalues 0 up to tolerance, and the block-sparse degrees equal to dense ones
 * on sampled rows. Figures go to {@code --out DIR} (default {@code target/tutorial-003}).
 */
public final class SpectralTutorial {
    private static final double EPS = 0.05;
    /**
     * Whether figures are written: {@code --no-plots} turns them off where java.desktop is absent
     * (the device bundle's trimmed Java runtime, device/bundle.sh).
     */
    private static boolean plots = true;

    private SpectralTutorial() {
    }

    public static void main(String[] args) throws IOException {
        int spiral = 10_000;
        int roll = 50_000;
        double rollSigma = 0.015;
        int bigRoll = 1_000_000; // the tutorial's GPU size; device/run.sh shrinks it for its dry run on PoCL
        Path out = Path.of("target", "tutorial-003");
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--spiral" -> spiral = Integer.parseInt(args[++a]);
                case "--roll" -> roll = Integer.parseInt(args[++a]);
                case "--sigma" -> rollSigma = Double.parseDouble(args[++a]);
                case "--big-roll" -> bigRoll = Integer.parseInt(args[++a]);
                case "--no-plots" -> plots = false;
                case "--out" -> out = Path.of(args[++a]);
                default -> {
                    System.err.println("usage: SpectralTutorial [--spiral N] [--roll N] [--sigma S] [--big-roll N] [--no-plots] [--out DIR]");
                    System.exit(2);
                }
            }
        }
        KernelRuntime runtime = KernelRuntime.shared();
        SpectralKernels kernels = new SpectralKernelsImpl(runtime);
        Backend backend = runtime.select(new KernelInfo("SpectralTutorial",
                Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL)));
        System.out.printf(Locale.ROOT, "jkeops spectral tutorial: %s, backend %s%n", runtime, backend);
        boolean ok = spiral(kernels, spiral, out);
        ok &= swissRoll(kernels, roll, rollSigma, out, "roll");
        if (backend == Backend.OPENCL && bigRoll > 0) {
            ok &= swissRoll(kernels, bigRoll, 0.01, out, "roll-big");
        } else if (bigRoll > 0) {
            System.out.println("\nNo OpenCL GPU in use: the tutorial's 10^6-point roll (sigma = 0.01) is skipped.");
        }
        System.out.println(ok ? "\nall checks passed" : "\nSOME CHECKS FAILED");
        if (!ok) {
            System.exit(1);
        }
    }

    // ---- part 1: the spiral ---------------------------------------------------------------------

    private static boolean spiral(SpectralKernels kernels, int n, Path out) throws IOException {
        SplittableRandom rnd = new SplittableRandom(3);
        float[] x = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            x[2 * i] = (float) (0.4 + 0.4 * (t / 7) * Math.cos(t) + 0.01 * gaussian(rnd));
            x[2 * i + 1] = (float) (0.5 + 0.3 * Math.sin(t) + 0.01 * gaussian(rnd));
        }
        double sigma = 0.05;
        float g = (float) (1 / (2 * sigma * sigma));
        System.out.printf(Locale.ROOT, "%n== Spiral: N = %,d points in 2-D, sigma = %.2f ==%n", n, sigma);
        LinearOperator k = LinearOperator.symmetric(LinearOperator.ofFloat(n, n, v -> kernels.gauss2(x, x, v, g)))
                .named("K");
        float[] ones = new float[n];
        java.util.Arrays.fill(ones, 1f);
        kernels.gauss2(x, x, ones, g); // warm-up: class loading and JIT
        long t0 = System.nanoTime();
        double[] d = widen(k.apply(ones));
        System.out.printf(Locale.ROOT, "D = K 1 (one mat-vec, %,d pairs): %.3f s%n", (long) n * n, seconds(t0));

        Timed top = run("5 largest eigenvalues of K", 5, Eigsh.of(k).which(Eigsh.Which.LARGEST_MAGNITUDE));
        print("Largest eigenvalues", top);
        boolean ok = residualsSmall("K", k, top, 1e-3);

        LinearOperator lap = LinearOperator.diag(d).minus(k).named("L");
        Timed small = run("7 smallest eigenvalues of L = diag(D) - K", 7,
                Eigsh.of(lap).which(Eigsh.Which.SMALLEST_MAGNITUDE));
        print("Smallest eigenvalues of the graph Laplacian", small);
        ok &= residualsSmall("L", lap, small, 1e-3);
        ok &= check(Math.abs(small.eigenvalue(0)) < 1e-3 * max(d), "the first eigenvalue of L is 0 up to tolerance ("
                + fmt(small.eigenvalue(0)) + ")");

        LinearOperator norm = normalized(k, d);
        Timed nsmall = run("7 smallest eigenvalues of I - D^-1/2 K D^-1/2", 7,
                Eigsh.of(norm).which(Eigsh.Which.SMALLEST_MAGNITUDE));
        print("Smallest eigenvalues of the normalized Laplacian", nsmall);
        ok &= residualsSmall("L_norm", norm, nsmall, 1e-3);
        ok &= check(Math.abs(nsmall.eigenvalue(0)) < 1e-4, "the first eigenvalue of L_norm is 0 up to tolerance ("
                + fmt(nsmall.eigenvalue(0)) + ")");

        double[] u = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = x[2 * i];
            w[i] = x[2 * i + 1];
        }
        double[][] signals = new double[6][];
        String[] titles = new String[6];
        for (int e = 0; e < 6; e++) {
            signals[e] = small.vector(e);
            titles[e] = String.format(Locale.ROOT, "Eigenvalue %d = %.2f", e + 1, small.eigenvalue(e));
        }
        if (plots) {
            Path file = out.resolve("spiral-laplacian-eigenvectors.png");
            ScatterPanels.write(file, 2, 3, u, w, 0, 1, signals, titles, Math.max(1.5, 9 * 500.0 / n));
            System.out.println("wrote " + file);
        }
        return ok;
    }

    // ---- part 2: the Swiss roll, block-sparse ---------------------------------------------------

    private static boolean swissRoll(SpectralKernels kernels, int n, double sigma, Path out, String name)
            throws IOException {
        SplittableRandom rnd = new SplittableRandom(7);
        float[] raw = new float[3 * n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            raw[3 * i] = (float) (0.4 + 0.4 * (t / 7) * Math.cos(1.5 * t) + 0.01 * gaussian(rnd));
            raw[3 * i + 1] = (float) (0.1 + 0.8 * rnd.nextDouble() + 0.01 * gaussian(rnd));
            raw[3 * i + 2] = (float) (0.5 + 0.3 * (t / 7) * Math.sin(1.5 * t) + 0.01 * gaussian(rnd));
        }
        System.out.printf(Locale.ROOT, "%n== Swiss roll: N = %,d points in 3-D, sigma = %.3f, block-sparse (eps = %.2f) ==%n",
                n, sigma, EPS);
        long t0 = System.nanoTime();
        int[] labels = Clusters.gridCluster(raw, 3, (float) EPS);
        Sorting sorting = Clusters.sortClusters(labels);
        float[] x = sorting.apply(raw, 3);
        RangesCentroids rc = Clusters.clusterRangesCentroids(x, 3, sorting.labels());
        int c = rc.clusters();
        double radius = 4 * sigma + Math.sqrt(3) * EPS;
        boolean[] keep = new boolean[c * c];
        float[] cen = rc.centroids();
        for (int a = 0; a < c; a++) {
            for (int b = 0; b < c; b++) {
                double s = 0;
                for (int l = 0; l < 3; l++) {
                    double diff = cen[3 * a + l] - cen[3 * b + l];
                    s += diff * diff;
                }
                keep[a * c + b] = s < radius * radius;
            }
        }
        Ranges ranges = Ranges.fromMatrix(rc.ranges(), rc.ranges(), keep);
        double prep = seconds(t0);
        double kept = (double) ranges.pairsOverJ() / ((double) n * n);
        System.out.printf(Locale.ROOT, "%d clusters; clustering, sorting and ranges: %.3f s%n", c, prep);
        System.out.printf(Locale.ROOT, "We keep %.2e/%.2e = %.1f%% of the original kernel matrix.%n",
                (double) ranges.pairsOverJ(), (double) n * n, 100 * kept);

        float g = (float) (1 / (2 * sigma * sigma));
        LinearOperator k = LinearOperator.symmetric(LinearOperator.ofFloat(n, n, v -> kernels.gauss3(x, x, v, g, ranges)))
                .named("K");
        float[] ones = new float[n];
        java.util.Arrays.fill(ones, 1f);
        float[] df = null;
        double matvec = Double.POSITIVE_INFINITY;
        for (int rep = 0; rep < 5; rep++) { // the first calls include JIT compilation
            long t1 = System.nanoTime();
            df = kernels.gauss3(x, x, ones, g, ranges);
            matvec = Math.min(matvec, seconds(t1));
        }
        System.out.printf(Locale.ROOT, "one block-sparse mat-vec (best of 5): %.3f s (%.3g kept pairs/s)%n", matvec,
                ranges.pairsOverJ() / matvec);
        boolean ok = degreesMatchDense(x, g, df, n);
        double[] d = widen(df);

        LinearOperator norm = normalized(k, d);
        Timed small = run("7 smallest eigenvalues of the block-sparse normalized Laplacian", 7,
                Eigsh.of(norm).which(Eigsh.Which.SMALLEST_MAGNITUDE));
        System.out.printf(Locale.ROOT, "Smallest eigenvalues of the normalized graph Laplacian, computed in %.3f s "
                + "on a cloud of %,d points in dimension 3:%n", small.seconds(), n);
        System.out.println(fmtAll(small.result().eigenvalues()));
        System.out.printf(Locale.ROOT, "(%d restarts, %d mat-vecs)%n", small.result().iterations(), small.result().applications());
        ok &= residualsSmall("L_norm (block-sparse)", norm, small, 1e-3);
        ok &= check(Math.abs(small.eigenvalue(0)) < 1e-4, "the first eigenvalue is 0 up to tolerance ("
                + fmt(small.eigenvalue(0)) + ")");

        // Plot up to 10,000 points on the (x, z) plane, the roll's cross-section.
        int shown = Math.min(n, 10_000);
        int stride = Math.max(1, n / shown);
        int count = (n + stride - 1) / stride;
        double[] u = new double[count];
        double[] w = new double[count];
        double[][] signals = new double[6][count];
        String[] titles = new String[6];
        for (int e = 0; e < 6; e++) {
            double[] vec = small.vector(e);
            for (int p = 0, i = 0; i < n; i += stride, p++) {
                signals[e][p] = vec[i];
            }
            titles[e] = String.format(Locale.ROOT, "Eigenvalue %d = %.1e", e + 1, small.eigenvalue(e));
        }
        for (int p = 0, i = 0; i < n; i += stride, p++) {
            u[p] = x[3 * i];
            w[p] = x[3 * i + 2];
        }
        if (plots) {
            Path file = out.resolve(name + "-normalized-laplacian-eigenvectors.png");
            ScatterPanels.write(file, 2, 3, u, w, 0, 1, signals, titles, 2.5);
            System.out.println("wrote " + file + " (" + count + " of " + n + " points, (x, z) plane)");
        }
        return ok;
    }

    /** The block-sparse degrees against dense sums over all j, on 64 sampled rows. */
    private static boolean degreesMatchDense(float[] x, float g, float[] d, int n) {
        double worst = 0;
        for (int s = 0; s < 64; s++) {
            int i = (int) ((long) s * n / 64);
            double sum = 0;
            for (int j = 0; j < n; j++) {
                double r = 0;
                for (int l = 0; l < 3; l++) {
                    double diff = x[3 * i + l] - x[3 * j + l];
                    r += diff * diff;
                }
                sum += Math.exp(-g * r);
            }
            worst = Math.max(worst, Math.abs(d[i] - sum) / sum);
        }
        return check(worst < 1e-3, String.format(Locale.ROOT,
                "block-sparse degrees D = K 1 equal dense ones on 64 rows (worst relative difference %.1e)", worst));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** I - D^-1/2 K D^-1/2. */
    private static LinearOperator normalized(LinearOperator k, double[] d) {
        double[] s = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            s[i] = 1 / Math.sqrt(d[i]);
        }
        LinearOperator half = LinearOperator.diag(s);
        return LinearOperator.identity(d.length).minus(half.times(k).times(half)).named("L_norm");
    }

    /** A solve with a console progress bar (converged eigenpairs, mat-vecs so far). */
    private record Timed(EigenResult result, double seconds) {
        double eigenvalue(int i) {
            return result.eigenvalue(i);
        }

        double[] vector(int i) {
            return result.vector(i);
        }
    }

    private static Timed run(String task, int k, Eigsh eigsh) {
        long t0 = System.nanoTime();
        EigenResult r;
        System.out.println(task + ":");
        // The bar counts converged eigenpairs; its message the mat-vecs so far.
        // On a terminal the bar redraws in place every second; in a log (Maven -B, CI) it prints
        // a plain line every 5 s instead of carriage returns that pile up into one long line.
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("eigsh").setInitialMax(k)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" pairs", 1).continuousUpdate();
        if (onTerminal()) {
            builder.setUpdateIntervalMillis(1000);
        } else {
            builder.setUpdateIntervalMillis(5000).setConsumer(new DelegatingProgressBarConsumer(System.out::println, 100));
        }
        try (ProgressBar bar = builder.build()) {
            r = eigsh.k(k).progress(p -> {
                bar.stepTo(Math.max(0, Math.min(k, p.converged())));
                bar.setExtraMessage(p.applications() + " mat-vecs");
            }).solve();
            bar.stepTo(k);
        }
        return new Timed(r, seconds(t0));
    }

    /**
     * Whether standard output is a terminal. Java 22+ has {@code Console.isTerminal()} (from 22 on
     * {@code System.console()} is not null when output is redirected); the examples compile for
     * Java 21, so it is looked up when present.
     */
    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only on a terminal
        }
    }

    private static void print(String what, Timed t) {
        System.out.printf(Locale.ROOT, "%s, computed in %.3f s (%d restarts, %d mat-vecs):%n%s%n", what, t.seconds(),
                t.result().iterations(), t.result().applications(), fmtAll(t.result().eigenvalues()));
    }

    /** ||A v - lambda v|| <= tol ||A|| (||A|| estimated by the largest |lambda| seen, at least 1). */
    private static boolean residualsSmall(String name, LinearOperator a, Timed t, double tol) {
        double scale = 1;
        for (double l : t.result().eigenvalues()) {
            scale = Math.max(scale, Math.abs(l));
        }
        double worst = 0;
        for (int e = 0; e < t.result().k(); e++) {
            double[] v = t.vector(e);
            double[] av = a.apply(v);
            double r = 0;
            double nv = 0;
            for (int i = 0; i < v.length; i++) {
                double diff = av[i] - t.eigenvalue(e) * v[i];
                r += diff * diff;
                nv += v[i] * v[i];
            }
            worst = Math.max(worst, Math.sqrt(r / nv) / scale);
        }
        return check(worst < tol, String.format(Locale.ROOT, "eigenpairs of %s: max ||A v - lambda v|| / ||A|| = %.1e",
                name, worst));
    }

    private static boolean check(boolean ok, String what) {
        System.out.println((ok ? "check ok: " : "CHECK FAILED: ") + what);
        return ok;
    }

    private static String fmtAll(double[] values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : " ").append(fmt(values[i]));
        }
        return b.append(']').toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.8e", v);
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static double[] widen(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) * 1e-9;
    }
}
