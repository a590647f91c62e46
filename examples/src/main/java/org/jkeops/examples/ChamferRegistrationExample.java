package org.jkeops.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jkeops.runtime.DoubleArgResult;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Gradients through a MIN: rigid registration (rotation a, translation t) of a 2-D point cloud
 * onto another by gradient descent on the Chamfer loss L(a, t) = mean_i min_j |R(a) x_i + t - y_j|^2,
 * the iterative-closest-point objective. The gradients with respect to a and t are
 * {@code @Gradient} kernels of the MIN reduction, taken through its arg indices; they are
 * checked once against the gradient written by hand from the same indices. The source cloud is
 * centred first so that rotation and translation decouple; each step is Newton's step for the
 * current nearest neighbours (t: 1/2, a: 1 / (2 mean |x|^2)). Exits with status 1 if the
 * recovered motion is off by more than 0.01 (angle in radians, translation) or the gradients
 * disagree. Writes the loss per step and the clouds before and after to {@code --out DIR}
 * (default {@code target/chamfer}).
 */
public final class ChamferRegistrationExample {
    private ChamferRegistrationExample() {
    }

    public static void main(String[] args) throws IOException {
        Path out;
        try {
            out = ExampleArgs.outOnly(args, Path.of("target", "chamfer"));
        } catch (IllegalArgumentException e) {
            ExampleArgs.exit("ChamferRegistrationExample", e, ExampleArgs.OUT_USAGE);
            return;
        }
        int n = 6000;
        int m = 3000;
        double angle = 0.35;
        double[] shift = {0.25, -0.15};
        SplittableRandom rnd = new SplittableRandom(11);
        // target: a closed curve with no symmetry; source: other samples of it, moved by the
        // inverse motion, with noise, so that y = R(angle) x + shift up to noise
        double[] y = new double[2 * n];
        for (int j = 0; j < n; j++) {
            double[] p = curve(2 * Math.PI * j / n);
            y[2 * j] = p[0] + 0.005 * rnd.nextGaussian();
            y[2 * j + 1] = p[1] + 0.005 * rnd.nextGaussian();
        }
        double[] x = new double[2 * m];
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        for (int i = 0; i < m; i++) {
            double[] p = curve(2 * Math.PI * rnd.nextDouble());
            double u = p[0] - shift[0];
            double v = p[1] - shift[1];
            x[2 * i] = c * u + s * v + 0.005 * rnd.nextGaussian();
            x[2 * i + 1] = -s * u + c * v + 0.005 * rnd.nextGaussian();
        }
        // centre the source: then y = R(angle) (x - cx) + (R(angle) cx + shift)
        double[] cx = {0, 0};
        for (int i = 0; i < m; i++) {
            cx[0] += x[2 * i] / m;
            cx[1] += x[2 * i + 1] / m;
        }
        double[] xc = new double[2 * m];
        double spread = 0;
        for (int i = 0; i < m; i++) {
            xc[2 * i] = x[2 * i] - cx[0];
            xc[2 * i + 1] = x[2 * i + 1] - cx[1];
            spread += (xc[2 * i] * xc[2 * i] + xc[2 * i + 1] * xc[2 * i + 1]) / m;
        }
        double[] e = new double[m];
        java.util.Arrays.fill(e, 1.0 / m);

        ChamferKernels k = new ChamferKernelsImpl();
        double a = 0;
        double[] t = {cx[0], cx[1]}; // start from the identity motion of the uncentred cloud
        double gradError = checkGradient(k, xc, y, a, t, e);
        System.out.printf(Locale.ROOT, "Chamfer registration: M = %d source points, N = %d target points; "
                + "@Gradient vs hand-written gradient: relative difference %.2e%n", m, n, gradError);

        List<Double> losses = new ArrayList<>();
        long t0 = System.nanoTime();
        int steps = 0;
        for (; steps < 100; steps++) {
            DoubleArgResult near = k.nearest(xc, y, a, t);
            double loss = 0;
            for (double d : near.values()) {
                loss += d / m;
            }
            losses.add(loss);
            double da = k.nearestDa(xc, y, a, t, near.indices(), e)[0];
            double[] dt = k.nearestDt(xc, y, a, t, near.indices(), e);
            if (steps % 10 == 0) {
                System.out.printf(Locale.ROOT, "step %2d: L = %.6e, a = %.5f, t = (%.5f, %.5f)%n", steps, loss, a,
                        t[0], t[1]);
            }
            double stepA = da / (2 * spread);
            a -= stepA;
            t = new double[] {t[0] - dt[0] / 2, t[1] - dt[1] / 2};
            if (Math.abs(stepA) < 1e-10 && Math.hypot(dt[0], dt[1]) < 1e-10) {
                steps++;
                break;
            }
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        // back to the uncentred source: R(a) (x - cx) + t = R(a) x + (t - R(a) cx)
        double ca = Math.cos(a);
        double sa = Math.sin(a);
        double[] found = {t[0] - (ca * cx[0] - sa * cx[1]), t[1] - (sa * cx[0] + ca * cx[1])};
        double angleError = Math.abs(a - angle);
        double shiftError = Math.hypot(found[0] - shift[0], found[1] - shift[1]);
        System.out.printf(Locale.ROOT, "recovered a = %.5f (true %.2f), t = (%.5f, %.5f) (true (%.2f, %.2f)); "
                + "errors %.1e rad, %.1e; %d steps (3 kernel calls each: the MIN_ARG_MIN, then its gradients wrt a and t) in %.2f s, "
                + "final loss %.3e%n", a, angle, found[0], found[1], shift[0], shift[1], angleError, shiftError,
                steps, seconds, losses.get(losses.size() - 1));
        writeFigures(out, x, y, a, found, losses);
        boolean ok = angleError < 0.01 && shiftError < 0.01 && gradError < 1e-9;
        System.out.println(ok ? "OK" : "FAILED");
        if (!ok) {
            System.exit(1);
        }
    }

    /** A closed curve without rotational or mirror symmetry. */
    private static double[] curve(double u) {
        double r = 0.5 + 0.15 * Math.cos(3 * u) + 0.08 * Math.sin(2 * u + 0.5);
        return new double[] {0.5 + r * Math.cos(u), 0.5 + r * Math.sin(u)};
    }

    /**
     * The generated gradients against the ones written from the arg indices: dL/dt = sum_i e_i 2 r_i,
     * dL/da = sum_i e_i 2 r_i . R'(a) x_i, with r_i = R(a) x_i + t - y_idx(i). Returns the larger
     * relative difference.
     */
    private static double checkGradient(ChamferKernels k, double[] x, double[] y, double a, double[] t, double[] e) {
        DoubleArgResult near = k.nearest(x, y, a, t);
        int[] idx = near.indices();
        double c = Math.cos(a);
        double s = Math.sin(a);
        double da = 0;
        double[] dt = {0, 0};
        for (int i = 0; i < idx.length; i++) {
            double x0 = x[2 * i];
            double x1 = x[2 * i + 1];
            double r0 = c * x0 - s * x1 + t[0] - y[2 * idx[i]];
            double r1 = s * x0 + c * x1 + t[1] - y[2 * idx[i] + 1];
            dt[0] += e[i] * 2 * r0;
            dt[1] += e[i] * 2 * r1;
            da += e[i] * 2 * (r0 * (-s * x0 - c * x1) + r1 * (c * x0 - s * x1));
        }
        double gotA = k.nearestDa(x, y, a, t, idx, e)[0];
        double[] gotT = k.nearestDt(x, y, a, t, idx, e);
        double errA = Math.abs(gotA - da) / Math.max(1e-300, Math.abs(da));
        double errT = Math.hypot(gotT[0] - dt[0], gotT[1] - dt[1]) / Math.max(1e-300, Math.hypot(dt[0], dt[1]));
        return Math.max(errA, errT);
    }

    private static void writeFigures(Path out, double[] x, double[] y, double a, double[] t, List<Double> losses)
            throws IOException {
        Files.createDirectories(out);
        XYChart curve = new XYChartBuilder().width(640).height(420).title("Chamfer loss per step")
                .xAxisTitle("step").yAxisTitle("mean squared distance to the nearest target point").build();
        double[] steps = new double[losses.size()];
        double[] values = new double[losses.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i;
            values[i] = losses.get(i);
        }
        curve.addSeries("L", steps, values).setMarker(SeriesMarkers.CIRCLE);
        curve.getStyler().setLegendVisible(false);
        curve.getStyler().setYAxisLogarithmic(true);
        Path lossFile = out.resolve("chamfer-loss.png");
        Charts.savePng(curve, lossFile);

        XYChart clouds = new XYChartBuilder().width(640).height(640).title("Rigid registration by the Chamfer loss")
                .xAxisTitle("x").yAxisTitle("y").build();
        clouds.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        clouds.getStyler().setMarkerSize(3);
        int n = y.length / 2;
        int m = x.length / 2;
        double[][] target = new double[2][n];
        for (int j = 0; j < n; j++) {
            target[0][j] = y[2 * j];
            target[1][j] = y[2 * j + 1];
        }
        double[][] source = new double[4][m];
        double c = Math.cos(a);
        double s = Math.sin(a);
        for (int i = 0; i < m; i++) {
            source[0][i] = x[2 * i];
            source[1][i] = x[2 * i + 1];
            source[2][i] = c * x[2 * i] - s * x[2 * i + 1] + t[0];
            source[3][i] = s * x[2 * i] + c * x[2 * i + 1] + t[1];
        }
        clouds.addSeries("target y", target[0], target[1]);
        clouds.addSeries("source x", source[0], source[1]);
        clouds.addSeries(String.format(Locale.ROOT, "R(a) x + t, a = %.3f, t = (%.3f, %.3f)", a, t[0], t[1]),
                source[2], source[3]);
        Path cloudFile = out.resolve("chamfer-clouds.png");
        Charts.savePng(clouds, cloudFile);
        System.out.println("figures: " + lossFile + ", " + cloudFile);
    }
}
