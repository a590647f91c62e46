package org.jkeops.examples;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The seed tutorial's point-cloud figures without a 3-D plotting library: the roll in an isometric
 * projection (the view of matplotlib's default 3-D axes, up to the angle), coloured by a signal.
 */
final class RollFigures {
    private RollFigures() {
    }

    /** The raw spiral in the unit square, coloured by its parameter t. */
    static void spiral(Path file, float[] x, int n) throws IOException {
        double[] u = new double[n];
        double[] v = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = x[2 * i];
            v[i] = x[2 * i + 1];
            t[i] = i;
        }
        ScatterPanels.write(file, 1, 1, u, v, 0, 1, new double[][] {t},
                new String[] {String.format(java.util.Locale.ROOT, "%,d points of the noisy spiral", n)}, 2.5);
    }

    /**
     * Up to {@code shown} points of a 3-D cloud (every {@code n / shown}-th), isometric projection,
     * coloured by {@code signal} of each point.
     */
    static void isometric(Path file, float[] x, int n, int shown, double[] signal, String title) throws IOException {
        isometric(file, 1, 1, x, n, shown, new double[][] {signal}, new String[] {title});
    }

    /**
     * A rows x cols grid of panels, each the same isometric view of up to {@code shown} points of a
     * 3-D cloud (every {@code n / shown}-th) coloured by its own signal (n values each), as the seed
     * draws the roll's eigenvectors on 3-D axes. Returns the number of points drawn.
     */
    static int isometric(Path file, int rows, int cols, float[] x, int n, int shown, double[][] signals,
                         String[] titles) throws IOException {
        int stride = Math.max(1, n / shown);
        int count = (n + stride - 1) / stride;
        double[] u = new double[count];
        double[] v = new double[count];
        double[][] s = new double[signals.length][count];
        double c30 = Math.cos(Math.PI / 6);
        for (int p = 0, i = 0; i < n; i += stride, p++) {
            double px = x[3 * i];
            double py = x[3 * i + 1];
            double pz = x[3 * i + 2];
            // Isometric view: x to the lower right, y to the lower left, z up; the unit cube
            // projects into [-1, 1]^2, mapped to [0, 1]^2.
            u[p] = 0.5 + c30 * (px - py) / 2;
            v[p] = 0.5 + (pz - 0.5 * (px + py)) / 2;
            for (int e = 0; e < signals.length; e++) {
                s[e][p] = signals[e][i];
            }
        }
        ScatterPanels.write(file, rows, cols, u, v, 0, 1, s, titles, 2.5);
        return count;
    }

    /** Labels scrambled into [0, 1) so that neighbouring clusters get distinct colours, like "prism". */
    static double[] scrambled(int[] labels) {
        double[] s = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            s[i] = (labels[i] * 0.6180339887498949) % 1.0;
        }
        return s;
    }
}
