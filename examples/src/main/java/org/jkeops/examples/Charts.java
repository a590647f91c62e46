package org.jkeops.examples;

import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.IChart;

/** Writes the examples' XChart figures. */
final class Charts {
    private Charts() {
    }

    /** The chart as a PNG file, through ImageIO (XChart 4 deprecates its own saveBitmap methods). */
    static void savePng(IChart chart, Path file) throws IOException {
        if (!ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
    }
}
