package org.jkeops.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Gradients at work: rigid registration of two 2-D point clouds by a translation t, maximising
 * the Gaussian kernel correlation E(t) = sum_ij exp(-s |x_i + t - y_j|^2). The gradient comes from
 * a {@code Grad(...)} formula, derived by the processor at build time; it is checked once against
 * the hand-written gradient. Each step is the fixed-point (mean-shift) update
 * t <- t + grad E / (2 s E), which needs no step size. Exits with status 1 if the recovered
 * translation is off by more than 0.01 or the two gradients disagree. Writes two figures to
 * {@code --out DIR} (default {@code target/registration}): the energy along the iterations, and
 * the clouds before and after.
 */
public final class RegistrationExample {
    private RegistrationExample() {
    }

    public static void main(String[] args) throws IOException {
        Path out;
        try {
            out = ExampleArgs.outOnly(args, Path.of("target", "registration"));
        } catch (IllegalArgumentException e) {
            ExampleArgs.exit("RegistrationExample", e, ExampleArgs.OUT_USAGE);
            return;
        }
        int n = 4000;
        double sigma = 0.25;
        double s = 1 / (2 * sigma * sigma);
        double[] truth = {0.3, -0.2};
        SplittableRandom rnd = new SplittableRandom(7);
        double[] y = new double[2 * n];
        double[] x = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double u = 4 * Math.PI * i / n;
            y[2 * i] = 0.5 + 0.08 * u * Math.cos(u) + 0.01 * rnd.nextGaussian();
            y[2 * i + 1] = 0.5 + 0.08 * u * Math.sin(u) + 0.01 * rnd.nextGaussian();
            // x is y moved by -truth, with its own noise: registration must find t = truth
            x[2 * i] = y[2 * i] - truth[0] + 0.01 * rnd.nextGaussian();
            x[2 * i + 1] = y[2 * i + 1] - truth[1] + 0.01 * rnd.nextGaussian();
        }
        RegistrationKernels k = new RegistrationKernelsImpl();
        double[] t = {0, 0};

        double[] derived = sumRows(k.energyGradient(x, y, t, s), 2);
        double[] byHand = sumRows(k.energyGradientByHand(x, y, t, s), 2);
        double gradError = Math.hypot(derived[0] - byHand[0], derived[1] - byHand[1]) / Math.hypot(byHand[0], byHand[1]);
        System.out.printf(Locale.ROOT, "registration: M = N = %d, sigma = %.2f; derived vs hand-written gradient: "
                + "relative difference %.2e%n", n, sigma, gradError);

        long t0 = System.nanoTime();
        List<Double> energies = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            double energy = sumRows(k.energy(x, y, t, s), 1)[0];
            double[] g = sumRows(k.energyGradient(x, y, t, s), 2);
            energies.add(energy);
            if (step % 5 == 0) {
                System.out.printf(Locale.ROOT, "step %2d: E = %.6e, t = (%.5f, %.5f)%n", step, energy, t[0], t[1]);
            }
            t = new double[] {t[0] + g[0] / (2 * s * energy), t[1] + g[1] / (2 * s * energy)};
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        double error = Math.hypot(t[0] - truth[0], t[1] - truth[1]);
        System.out.printf(Locale.ROOT, "recovered t = (%.5f, %.5f), true (%.2f, %.2f), error %.2e; 40 steps in %.2f s%n",
                t[0], t[1], truth[0], truth[1], error, seconds);
        writeFigures(out, x, y, t, energies);
        boolean ok = error < 0.01 && gradError < 1e-9;
        System.out.println(ok ? "OK" : "FAILED");
        if (!ok) {
            System.exit(1);
        }
    }

    /** The energy per step, and the clouds: target y, source x, and x moved by the recovered t. */
    private static void writeFigures(Path out, double[] x, double[] y, double[] t, List<Double> energies)
            throws IOException {
        Files.createDirectories(out);
        XYChart curve = new XYChartBuilder().width(640).height(420).title("Kernel correlation E(t) per step")
                .xAxisTitle("step").yAxisTitle("E(t)").build();
        double[] steps = new double[energies.size()];
        double[] values = new double[energies.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i;
            values[i] = energies.get(i);
        }
        curve.addSeries("E", steps, values).setMarker(SeriesMarkers.CIRCLE);
        curve.getStyler().setLegendVisible(false);
        Path energyFile = out.resolve("registration-energy.png");
        Charts.savePng(curve, energyFile);

        XYChart clouds = new XYChartBuilder().width(640).height(640).title("Rigid registration by kernel correlation")
                .xAxisTitle("x").yAxisTitle("y").build();
        clouds.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        clouds.getStyler().setMarkerSize(3);
        int n = y.length / 2;
        double[][] series = new double[6][n];
        for (int i = 0; i < n; i++) {
            series[0][i] = y[2 * i];
            series[1][i] = y[2 * i + 1];
            series[2][i] = x[2 * i];
            series[3][i] = x[2 * i + 1];
            series[4][i] = x[2 * i] + t[0];
            series[5][i] = x[2 * i + 1] + t[1];
        }
        clouds.addSeries("target y", series[0], series[1]);
        clouds.addSeries("source x", series[2], series[3]);
        clouds.addSeries(String.format(Locale.ROOT, "x + t, t = (%.3f, %.3f)", t[0], t[1]), series[4], series[5]);
        Path cloudFile = out.resolve("registration-clouds.png");
        Charts.savePng(clouds, cloudFile);
        System.out.println("figures: " + energyFile + ", " + cloudFile);
    }

    /** Sums the rows of a row-major rows x width array. */
    private static double[] sumRows(double[] a, int width) {
        double[] s = new double[width];
        for (int k = 0; k < a.length; k++) {
            s[k % width] += a[k];
        }
        return s;
    }
}
