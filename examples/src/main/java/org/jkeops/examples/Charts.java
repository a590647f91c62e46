package org.jkeops.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.IChart;

/** Writes the examples' XChart figures. */
final class Charts {
    private Charts() {
    }

    /** The chart as a PNG file (through a stream: XChart 4 deprecates its file-name overload). */
    static void savePng(IChart chart, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
    }
}
