package org.jkeops.examples;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jkeops.runtime.KernelRuntime;

/**
 * The two ways to write a formula, side by side ({@link GaussTwoForms}): calls the kernel generated
 * from the {@code @Formula} string and the one generated from the static method's body, checks
 * that they agree, and checks sampled rows against calling the static method itself pair by pair,
 * summed in float64. M = N = 2000 by default ({@code --size N}); {@code --backend
 * auto|scalar|simd|opencl} as in {@link GaussKnnExample}. Exits with status 1 if a check fails.
 */
public final class TwoFormsExample {
    private static final int CHECKED_ROWS = 50;

    private TwoFormsExample() {
    }

    public static void main(String[] args) {
        ExampleArgs.SizeAndBackend o;
        try {
            o = ExampleArgs.sizeAndBackend(args, 2000, 1, "the rows it checks");
        } catch (IllegalArgumentException e) {
            ExampleArgs.exit("TwoFormsExample", e, ExampleArgs.SIZE_AND_BACKEND_USAGE);
            return;
        }
        int size = o.size();
        int m = size;
        int n = size;
        SplittableRandom rnd = new SplittableRandom(20261122L);
        float[] x = uniform(rnd, m * 3);
        float[] y = uniform(rnd, n * 3);
        float[] b = uniform(rnd, n);
        float g = 8f;

        KernelRuntime runtime = ExampleArgs.runtime(o.backend());
        GaussTwoFormsImpl kernels = new GaussTwoFormsImpl(runtime); // the Impl type: conv is not an override
        System.out.printf(Locale.ROOT, "jkeops two forms: M = %d, N = %d, D = 3, %s%n", m, n, runtime);

        long t0 = System.nanoTime();
        float[] fromString = kernels.convString(x, y, b, g); // @Formula("Exp(-g * SqDist(x, y)) * b")
        long t1 = System.nanoTime();
        float[] fromBody = kernels.conv(x, y, b, g);         // return exp(-g * sqDist(x, y)) * b;
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "@Formula string: %.3f s; method body: %.3f s%n", (t1 - t0) * 1e-9,
                (t2 - t1) * 1e-9);

        // Same IR, same kernel: the two results agree (bit for bit on a deterministic backend).
        double worstForms = 0;
        for (int i = 0; i < m; i++) {
            worstForms = Math.max(worstForms, Math.abs(fromString[i] - fromBody[i]) / (1 + Math.abs(fromString[i])));
        }
        boolean formsOk = worstForms <= 1e-6;
        System.out.printf(Locale.ROOT, "string vs body on %d rows: max relative difference = %.2e%s  %s%n", m,
                worstForms, Arrays.equals(fromString, fromBody) ? " (identical)" : "", formsOk ? "OK" : "FAILED");

        // The static method is its own reference: call it for each pair (i, j), sum in float64.
        int[] rows = CheckedRows.sample(rnd, m, CHECKED_ROWS);
        double worst = 0;
        for (int i : rows) {
            float[] xi = Arrays.copyOfRange(x, i * 3, i * 3 + 3);
            double ref = 0;
            double scale = 0;
            for (int j = 0; j < n; j++) {
                double term = GaussTwoForms.conv(xi, Arrays.copyOfRange(y, j * 3, j * 3 + 3), b[j], g);
                ref += term;
                scale += Math.abs(term);
            }
            worst = Math.max(worst, Math.max(Math.abs(fromBody[i] - ref), Math.abs(fromString[i] - ref))
                    / Math.max(scale, Double.MIN_NORMAL));
        }
        boolean refOk = worst < 1e-5;
        System.out.printf(Locale.ROOT, "check against GaussTwoForms.conv pair by pair on %d rows: "
                + "max error / sum|terms| = %.2e  %s%n", rows.length, worst, refOk ? "OK" : "FAILED");
        if (!formsOk || !refOk) {
            System.exit(1);
        }
    }

    private static float[] uniform(SplittableRandom rnd, int len) {
        float[] v = new float[len];
        for (int k = 0; k < len; k++) {
            v[k] = (float) rnd.nextDouble();
        }
        return v;
    }
}
