package org.jkeops.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The hand-written C Gaussian convolution ({@code native/gauss_conv.c}), compiled at benchmark
 * time with {@code gcc -O3 -march=native -ffast-math -fopenmp} and run as a separate process on
 * the same machine, in the same run as the Java measurements.
 */
final class NativeBaseline {
    static final List<String> FLAGS = List.of("-O3", "-march=native", "-ffast-math", "-fopenmp");

    private final Path binary;
    private final String unavailable;

    private NativeBaseline(Path binary, String unavailable) {
        this.binary = binary;
        this.unavailable = unavailable;
    }

    /** Compiles the baseline; never throws: a failure becomes {@link #unavailableReason()}. */
    static NativeBaseline compile() {
        try {
            Path dir = Files.createTempDirectory("jkeops-native");
            Path source = dir.resolve("gauss_conv.c");
            try (InputStream in = NativeBaseline.class.getResourceAsStream("/native/gauss_conv.c")) {
                if (in == null) {
                    return new NativeBaseline(null, "resource native/gauss_conv.c missing");
                }
                Files.write(source, in.readAllBytes());
            }
            Path binary = dir.resolve("gauss_conv");
            List<String> cmd = new java.util.ArrayList<>(List.of("gcc"));
            cmd.addAll(FLAGS);
            cmd.addAll(List.of(source.toString(), "-o", binary.toString(), "-lm"));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return new NativeBaseline(null, "gcc failed: " + log.strip());
            }
            return new NativeBaseline(binary, null);
        } catch (IOException e) {
            return new NativeBaseline(null, "cannot run gcc: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NativeBaseline(null, "interrupted");
        }
    }

    String unavailableReason() {
        return unavailable;
    }

    /** Pairs per second of the best of {@code reps} timed runs (after one warm-up run). */
    double pairsPerSecond(int m, int n, int d, int threads, int reps) throws IOException, InterruptedException {
        if (binary == null) {
            return Double.NaN;
        }
        Process p = new ProcessBuilder(binary.toString(), Integer.toString(m), Integer.toString(n),
                Integer.toString(d), Integer.toString(threads), Integer.toString(reps))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IOException("native baseline failed: " + out);
        }
        return Double.parseDouble(out.split("\\s+")[0]);
    }
}
