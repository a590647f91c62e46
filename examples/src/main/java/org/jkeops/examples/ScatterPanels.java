package org.jkeops.examples;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A grid of scatter plots of one 2-D point set, each coloured by its own signal through a
 * diverging colour map (matplotlib's "Spectral": red for low, yellow around the middle, blue for
 * high), written as one PNG. Plain Java2D: XChart has no per-point colour map.
 */
final class ScatterPanels {
    private static final int PANEL = 400;
    private static final int TITLE = 28;
    /** Spectral's anchor colours, from low to high. */
    private static final Color[] MAP = {new Color(158, 1, 66), new Color(244, 109, 67), new Color(254, 224, 139),
        new Color(230, 245, 152), new Color(102, 194, 165), new Color(94, 79, 162)};

    private ScatterPanels() {
    }

    /**
     * @param u, v     the plotted coordinates of every point (in [lo, hi])
     * @param signals  one signal per panel, each with one value per point
     * @param titles   one title per panel
     */
    static void write(Path file, int rows, int cols, double[] u, double[] v, double lo, double hi,
            double[][] signals, String[] titles, double dotSize) throws IOException {
        BufferedImage img = new BufferedImage(cols * PANEL, rows * (PANEL + TITLE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        for (int p = 0; p < signals.length && p < rows * cols; p++) {
            int ox = (p % cols) * PANEL;
            int oy = (p / cols) * (PANEL + TITLE);
            g.setColor(Color.BLACK);
            g.drawString(titles[p], ox + 10, oy + 20);
            g.setColor(Color.LIGHT_GRAY);
            g.drawRect(ox + 4, oy + TITLE, PANEL - 8, PANEL - 8);
            double[] s = signals[p];
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double value : s) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
            double span = max > min ? max - min : 1;
            for (int i = 0; i < u.length; i++) {
                double px = ox + 4 + (u[i] - lo) / (hi - lo) * (PANEL - 8);
                double py = oy + TITLE + (1 - (v[i] - lo) / (hi - lo)) * (PANEL - 8);
                g.setColor(color((s[i] - min) / span));
                g.fill(new Ellipse2D.Double(px - dotSize / 2, py - dotSize / 2, dotSize, dotSize));
            }
        }
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(img, "png", file.toFile());
    }

    /** The colour of a value in [0, 1]. */
    static Color color(double t) {
        double x = Math.max(0, Math.min(1, t)) * (MAP.length - 1);
        int k = Math.min(MAP.length - 2, (int) x);
        double f = x - k;
        Color a = MAP[k];
        Color b = MAP[k + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}
