package org.jkeops.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jkeops.linalg.EigenResult;
import org.jkeops.linalg.Eigsh;
import org.jkeops.linalg.LinearOperator;
import org.jkeops.linalg.Lobpcg;
import org.jkeops.linalg.LobpcgResult;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelInfo;
import org.jkeops.runtime.KernelRuntime;

/**
 * The second seed tutorial (KeOps' "LinearOperators and eigsh"): kernel matrices as linear
 * operators driving eigensolvers.
 *
 * <ol>
 *   <li>A 2-D noisy spiral of N = 10,000 points (the tutorial's GPU size; {@code --spiral N}),
 *       sigma = 0.05: the raw points, the 5 largest eigenvalues of the Gaussian kernel matrix K, the
 *       7 smallest of the graph Laplacian L = diag(D) - K (D = K 1) with ARPACK and with LOBPCG on
 *       blocks of 10 vectors, and of the normalized Laplacian I - D^-1/2 K D^-1/2, with times; the
 *       2 x 3 grid of L's eigenvectors as a PNG.</li>
 *   <li>A 3-D noisy Swiss roll ({@code --roll N}, sigma {@code --sigma}, default 30,000 points at
 *       sigma = 0.01), made block-sparse by {@link org.jkeops.cluster.RadiusRanges} (all pairs closer
 *       than 4 sigma): kept pairs against those within 4 sigma, and the 7 smallest eigenpairs of the
 *       block-sparse normalized Laplacian by LOBPCG on blocks of 12 ({@link SpectralRoll}), compared with ARPACK on the
 *       same operator up to 10^5 points ({@code --arpack} / {@code --no-arpack} force it); figures of
 *       the roll coloured by t, of the cluster labels and of the eigenvectors.</li>
 * </ol>
 * {@code --roll-only} skips part 1 (benchmarks/scripts/spectral_compare.sh). {@code --full} runs the
 * seed's size, the roll with N = 10^6 at sigma = 0.01, on the CPU (3.1 to 4.2 minutes on 2 idle cores and
 * 2.4 to 4.8 GB resident over the last runs, docs/PERFORMANCE.md). Checks (exit status 1 on failure): eigen-residuals small,
 * the first Laplacian eigenvalues 0 up to tolerance, the block-sparse degrees equal to dense ones on
 * sampled rows, LOBPCG equal to ARPACK where both run (not on a roll whose graph falls into components: the
 * eigenvalue 0 repeated, which the tutorial reports), and at the seed's size eigenvalues 2..7 within
 * 5 % of the seed's. Figures go to {@code --out DIR} (default
 * {@code target/tutorial-003}).
 */
public final class SpectralTutorial {
    /** LOBPCG's block size for the spiral's Laplacian ({@link SpectralKernels#gauss2x10}). */
    static final int SPIRAL_BLOCK = 10;
    /** The spiral's kernel width. */
    static final double SPIRAL_SIGMA = 0.05;
    /** The fewest points of the spiral (unless 0: skipped) and of the roll: 7 eigenpairs need 8. */
    static final int MIN_POINTS = 8;

    private SpectralTutorial() {
    }

    /**
     * Whether figures are drawn ({@code --no-plots}: not): the GPU device bundle's Java runtime
     * has no java.desktop module, which the charts need.
     */
    static boolean plots = true;

    /** The tutorial's arguments, with their defaults (the examples command's sizes). */
    static final class Options {
        int spiral = 10_000;
        int roll = 30_000;
        double rollSigma = 0.01;
        /** Whether the roll is compared with ARPACK: null for "up to 10^5 points". */
        Boolean arpack;
        boolean coarseStart = true;
        boolean precondition = true;
        boolean plots = true;
        Path out = Path.of("target", "tutorial-003");

        /**
         * The options {@code args} give.
         *
         * @throws IllegalArgumentException naming the argument and the value for an unknown argument,
         *         a missing value, a point count below {@link #MIN_POINTS} or a sigma that is not a
         *         finite positive number
         */
        static Options parse(String... args) {
            Options o = new Options();
            for (int a = 0; a < args.length; a++) {
                switch (args[a]) {
                    case "--help", "-h" -> throw new ExampleArgs.HelpRequested();
                    case "--spiral" -> o.spiral = ExampleArgs.count("--spiral", ExampleArgs.value("--spiral", args, ++a),
                            MIN_POINTS, true, "7 eigenpairs");
                    case "--roll" -> o.roll = ExampleArgs.count("--roll", ExampleArgs.value("--roll", args, ++a),
                            MIN_POINTS, false, "7 eigenpairs");
                    case "--sigma" -> o.rollSigma = ExampleArgs.positive("--sigma", ExampleArgs.value("--sigma", args, ++a));
                    case "--default" -> {
                        // the examples command's size (what -Dspectral.size leaves when not set)
                    }
                    case "--full" -> {
                        o.roll = SpectralRoll.SEED_N;
                        o.rollSigma = SpectralRoll.SEED_SIGMA;
                    }
                    case "--roll-only" -> o.spiral = 0;
                    case "--arpack" -> o.arpack = true;
                    case "--no-arpack" -> o.arpack = false;
                    case "--out" -> o.out = Path.of(ExampleArgs.value("--out", args, ++a));
                    case "--no-plots" -> o.plots = false;
                    case "--no-coarse-start" -> o.coarseStart = false;
                    case "--no-preconditioner" -> o.precondition = false;
                    default -> throw new IllegalArgumentException("unknown argument '" + args[a] + "'");
                }
            }
            if (Float.isInfinite((float) (1 / (2 * o.rollSigma * o.rollSigma)))) {
                throw new IllegalArgumentException("--sigma " + o.rollSigma + " is too small: the kernel's"
                        + " g = 1 / (2 sigma^2) overflows float32");
            }
            return o;
        }
    }

    public static void main(String[] args) throws IOException {
        Options o;
        try {
            o = Options.parse(args);
            if (o.plots) {  // only the figures go there: --no-plots (the GPU bundle) writes nothing
                o.out = ExampleArgs.outDir(o.out);
            }
        } catch (IllegalArgumentException e) {
            ExampleArgs.exit("SpectralTutorial", e, "[--full] [--spiral N | --roll-only] [--roll N] [--sigma S]"
                    + " [--arpack | --no-arpack] [--out DIR] [--no-plots] [--no-coarse-start] [--no-preconditioner]");
            return;
        }
        plots = o.plots;
        KernelRuntime runtime = KernelRuntime.shared();
        SpectralKernels kernels = new SpectralKernelsImpl(runtime);
        Backend backend = runtime.select(new KernelInfo("SpectralTutorial",
                Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL)));
        System.out.printf(Locale.ROOT, "jkeops spectral tutorial: %s, backend %s, %d cores, max heap %,d MB%n", runtime,
                backend, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        boolean ok = o.spiral == 0 || spiral(kernels, o.spiral, o.coarseStart, o.precondition, o.out);
        ok &= SpectralRoll.run(kernels, o.roll, o.rollSigma, o.arpack != null ? o.arpack : o.roll <= 100_000,
                o.coarseStart, o.out, o.roll == SpectralRoll.SEED_N ? "roll-1e6" : "roll");
        System.out.println(ok ? "\nall checks passed" : "\nSOME CHECKS FAILED");
        if (!ok) {
            System.exit(1);
        }
    }

    // ---- part 1: the spiral ---------------------------------------------------------------------

    static boolean spiral(SpectralKernels kernels, int n, boolean coarseStart, boolean precondition,
                                  Path out) throws IOException {
        float[] x = spiralPoints(n);
        double sigma = SPIRAL_SIGMA;
        float g = (float) (1 / (2 * sigma * sigma));
        System.out.printf(Locale.ROOT, "%n== Spiral: N = %,d points in 2-D, sigma = %.2f ==%n", n, sigma);
        if (plots) {
            Path rawFile = out.resolve("spiral-points.png");
            RollFigures.spiral(rawFile, x, n);
            System.out.println("wrote " + rawFile);
        }
        LinearOperator k = LinearOperator.symmetric(LinearOperator.ofFloat(n, n, v -> kernels.gauss2(x, x, v, g)))
                .named("K");
        float[] ones = new float[n];
        java.util.Arrays.fill(ones, 1f);
        // The first call of a kernel in a fresh JVM runs its Vector API code in the interpreter and
        // C1 until C2 has compiled it (1.5-2.5 s at N = 10^4 on 2 cores): paid once, shown apart.
        long tw = System.nanoTime();
        kernels.gauss2(x, x, ones, g);
        kernels.gauss2x10(x, x, new float[SPIRAL_BLOCK * n], g);
        System.out.printf(Locale.ROOT, "first calls of the 1- and %d-column kernels (class loading, JIT): %.3f s%n",
                SPIRAL_BLOCK, seconds(tw));
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

        PassClock clock = new PassClock();
        LinearOperator kBlock = spiralKernel(kernels, x, g, clock);
        LinearOperator lapBlock = LinearOperator.diag(d).minus(kBlock).named("L");
        System.out.println("7 smallest eigenvalues of L = diag(D) - K, LOBPCG with blocks of " + SPIRAL_BLOCK
                + (precondition ? ", preconditioned by diag(L)^-1" : "") + ":");
        LobpcgResult lob = spiralLobpcg(kernels, x, g, d, lapBlock, clock, coarseStart, precondition, true);
        // The first LOBPCG of this JVM runs its dense algebra (and the start's) before the JIT has
        // compiled it; the same solve again shows the steady state, three times for its spread.
        for (int again = 1; again <= 3; again++) {
            System.out.print("the same solve again (JIT warm, " + again + " of 3): ");
            spiralLobpcg(kernels, x, g, d, lapBlock, clock, coarseStart, precondition, false);
        }
        // 1e-4 relative; eigenvalues near L's float32 rounding (a few points far apart: K close to I,
        // L's eigenvalues differences of numbers near 1, 2.3e-3 apart relative at N = 8) within it.
        double floor = 2 * Math.ulp(1f) * max(d);
        double worstDiff = worstRelative(lob::eigenvalue, small::eigenvalue, 1, 7);
        boolean agree = IntStream.range(1, 7).allMatch(e -> agrees(lob.eigenvalue(e), small.eigenvalue(e), floor));
        ok &= check(agree, String.format(Locale.ROOT, "LOBPCG and ARPACK agree on L's eigenvalues 2..7 to %.1e relative "
                + "(allowed: 1e-4, or %.1e absolute, two float32 ulps of max D)", worstDiff, floor));

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

    /**
     * K on the spiral's points {@code x}: single vectors through {@link SpectralKernels#gauss2},
     * blocks of {@value #SPIRAL_BLOCK} columns through one pass of {@link SpectralKernels#gauss2x10}
     * (counted by {@code clock} when not null).
     */
    static LinearOperator spiralKernel(SpectralKernels kernels, float[] x, float g, PassClock clock) {
        int n = x.length / 2;
        return LinearOperator.symmetric(LinearOperator.ofFloat(n, n, v -> kernels.gauss2(x, x, v, g),
                SPIRAL_BLOCK, b -> {
                    long s = System.nanoTime();
                    float[] r = kernels.gauss2x10(x, x, b, g);
                    if (clock != null) {
                        clock.add(s);
                    }
                    return r;
                })).named("K");
    }

    /**
     * The Jacobi preconditioner of the spiral's L = diag(D) - K: the inverse of L's diagonal,
     * D_i - K_ii = D_i - 1. The degrees vary eightfold along the spiral (208 at its open end,
     * 1,776 where the curve winds tightly), which spreads L's spectrum; scaling the residuals by
     * diag(L)^-1 evens it out, and LOBPCG needs 6 iterations from the subsample's start instead
     * of 15. Positive definite as LOBPCG asks: a point whose only neighbour is itself (D_i = 1)
     * gets 1.
     */
    static LinearOperator laplacianJacobi(double[] d) {
        double[] inverse = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            double diagonal = d[i] - 1;
            inverse[i] = diagonal > 0 ? 1 / diagonal : 1;
        }
        return LinearOperator.diag(inverse).named("diag(L)^-1");
    }

    /** The spiral's LOBPCG solve, from the subsample's start or the default one, timed by phase. */
    private static LobpcgResult spiralLobpcg(SpectralKernels kernels, float[] x, float g, double[] d,
                                             LinearOperator lap, PassClock clock, boolean coarseStart,
                                             boolean precondition, boolean progress) {
        long tl = System.nanoTime();
        Lobpcg solver = Lobpcg.of(lap).k(7).blockSize(SPIRAL_BLOCK).tol(SpectralRoll.TOL);
        if (precondition) {
            solver.preconditioner(laplacianJacobi(d));
        }
        String startText = "the default start";
        if (coarseStart && !SpiralStart.applies(x.length / 2)) {
            startText = String.format(Locale.ROOT, "the default start (a subsample of %,d points is too small for %d"
                    + " vectors)", x.length / 2 / SpiralStart.STRIDE, SpiralStart.VECTORS);
        } else if (coarseStart) {
            SpiralStart.Start start = SpiralStart.block(kernels, x, g);
            solver.start(start.block(), SpiralStart.VECTORS);
            startText = String.format(Locale.ROOT, "%.3f s for the start block (a subsample of %,d points: %d"
                    + " iterations to tolerance %.0e)", seconds(tl), start.coarsePoints(), start.coarseIterations(),
                    SpiralStart.TOL);
        }
        double startSeconds = seconds(tl);
        clock.reset();
        LobpcgResult lob = progress ? withProgress(7, solver) : solver.solve();
        double solve = seconds(tl);
        double passes = clock.seconds();
        System.out.printf(Locale.ROOT, "computed in %.3f s: %s, then %d iterations, %d kernel passes: %.3f s,"
                + " %.3f s per pass, %.3f s in the solver's dense algebra%s:%n%s%n", solve, startText,
                lob.iterations(), clock.passes(), passes, passes / clock.passes(), solve - startSeconds - passes,
                precondition ? " and the preconditioner" : "", fmtAll(lob.eigenvalues()));
        return lob;
    }

    /** The seed's noisy spiral of n points in 2-D, row-major, in order along the curve. */
    static float[] spiralPoints(int n) {
        SplittableRandom rnd = new SplittableRandom(3);
        float[] x = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            x[2 * i] = (float) (0.4 + 0.4 * (t / 7) * Math.cos(t) + 0.01 * gaussian(rnd));
            x[2 * i + 1] = (float) (0.5 + 0.3 * Math.sin(t) + 0.01 * gaussian(rnd));
        }
        return x;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** I - D^-1/2 K D^-1/2. */
    static LinearOperator normalized(LinearOperator k, double[] d) {
        double[] s = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            s[i] = 1 / Math.sqrt(d[i]);
        }
        LinearOperator half = LinearOperator.diag(s);
        return LinearOperator.identity(d.length).minus(half.times(k).times(half)).named("L_norm");
    }

    /** An ARPACK result and the seconds its solve took. */
    private record Timed(EigenResult result, double seconds) {
        double eigenvalue(int i) {
            return result.eigenvalue(i);
        }

        double[] vector(int i) {
            return result.vector(i);
        }
    }

    /** A solve with a console progress bar (converged eigenpairs, mat-vecs so far). */
    private static Timed run(String task, int k, Eigsh eigsh) {
        long t0 = System.nanoTime();
        EigenResult r;
        System.out.println(task + ":");
        // The bar counts converged eigenpairs; its message the mat-vecs so far.
        try (ProgressBar bar = progressBar("eigsh", k)) {
            r = eigsh.k(k).progress(p -> {
                bar.stepTo(Math.max(0, Math.min(k, p.converged())));
                bar.setExtraMessage(p.applications() + " mat-vecs");
            }).solve();
            bar.stepTo(k);
        }
        return new Timed(r, seconds(t0));
    }

    /** A LOBPCG solve with a console progress bar (converged eigenpairs; iterations and residual). */
    static LobpcgResult withProgress(int k, Lobpcg lobpcg) {
        try (ProgressBar bar = progressBar("lobpcg", k)) {
            LobpcgResult r = lobpcg.progress(p -> {
                bar.stepTo(p.converged());
                bar.setExtraMessage(String.format(Locale.ROOT, "iteration %d, residual %.1e", p.iteration(),
                        p.largestResidual()));
            }).solve();
            bar.stepTo(k);
            return r;
        }
    }

    /**
     * A bar that redraws in place every second on a terminal; in a log (Maven -B, CI) a plain line
     * every 5 s instead of carriage returns that pile up into one long line.
     */
    private static ProgressBar progressBar(String task, int k) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(k)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" pairs", 1).continuousUpdate();
        if (onTerminal()) {
            builder.setUpdateIntervalMillis(1000);
        } else {
            builder.setUpdateIntervalMillis(5000).setConsumer(new DelegatingProgressBarConsumer(System.out::println, 100));
        }
        return builder.build();
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

    /** The largest {@code |value(e) - reference(e)| / reference(e)} for e in [from, to). */
    /**
     * Whether an eigenvalue equals ARPACK's {@code reference} on the same operator to 1e-4 relative,
     * or within {@code floor}, the float32 rounding of the operator's scale: LOBPCG applies the
     * block kernel, ARPACK the single-column one, two roundings of one operator.
     */
    static boolean agrees(double value, double reference, double floor) {
        return Math.abs(value - reference) <= Math.max(1e-4 * reference, floor);
    }

    static double worstRelative(IntToDoubleFunction value, IntToDoubleFunction reference, int from, int to) {
        return IntStream.range(from, to)
                .mapToDouble(e -> Math.abs(value.applyAsDouble(e) - reference.applyAsDouble(e)) / reference.applyAsDouble(e))
                .max().orElse(0);
    }

    static boolean check(boolean ok, String what) {
        System.out.println((ok ? "check ok: " : "CHECK FAILED: ") + what);
        return ok;
    }

    static String fmtAll(double[] values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : " ").append(fmt(values[i]));
        }
        return b.append(']').toString();
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.8e", v);
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    static double[] widen(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }

    static double gaussian(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) * 1e-9;
    }
}
