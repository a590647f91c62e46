package org.jkeops.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A hand-written C Gaussian convolution, compiled at benchmark time with
 * {@code gcc -O3 -march=native -ffast-math -fopenmp} and run as a separate process on the same
 * machine, in the same run as the Java measurements: the loop a C programmer lets gcc vectorise
 * ({@code native/gauss_conv.c}, expf through libmvec), and where the CPU has AVX-512 the loop
 * written with intrinsics ({@code native/gauss_conv_avx512.c}, D = 3 only). Both programs compute
 * the same data and print a checksum, which {@link #pairsPerSecond} returns beside the speed.
 */
final class NativeBaseline {
    static final List<String> FLAGS = List.of("-O3", "-march=native", "-ffast-math", "-fopenmp");
    /** The arguments, data, timing and output every program shares (so their checksums agree). */
    private static final String HARNESS = "gauss_conv_harness.h";

    private final String program;
    private final Path binary;
    private final String unavailable;

    private NativeBaseline(String program, Path binary, String unavailable) {
        this.program = program;
        this.binary = binary;
        this.unavailable = unavailable;
    }

    /** The gcc-vectorised loop, every D of the runner. */
    static NativeBaseline compile() {
        return compile("gauss_conv");
    }

    /** The AVX-512 intrinsics loop (D = 3), or an unavailable one where the CPU lacks avx512f. */
    static NativeBaseline compileAvx512() {
        String flags = cpuFlags();
        if (flags == null) {
            return new NativeBaseline("gauss_conv_avx512", null, "cannot read /proc/cpuinfo");
        }
        if (!List.of(flags.split("\\s+")).contains("avx512f")) {
            return new NativeBaseline("gauss_conv_avx512", null, "the CPU has no avx512f");
        }
        return compile("gauss_conv_avx512");
    }

    /** The "flags" line of the first processor in /proc/cpuinfo, or null. */
    private static String cpuFlags() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("flags"))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Compiles {@code native/<program>.c}; never throws: a failure becomes {@link #unavailableReason()}. */
    private static NativeBaseline compile(String program) {
        try {
            Path dir = Files.createTempDirectory("jkeops-native");
            Path source = dir.resolve(program + ".c");
            // the program and the harness it includes, side by side
            for (String file : List.of(program + ".c", HARNESS)) {
                try (InputStream in = NativeBaseline.class.getResourceAsStream("/native/" + file)) {
                    if (in == null) {
                        return new NativeBaseline(program, null, "resource native/" + file + " missing");
                    }
                    Files.write(dir.resolve(file), in.readAllBytes());
                }
            }
            Path binary = dir.resolve(program);
            List<String> cmd = new java.util.ArrayList<>(List.of("gcc"));
            cmd.addAll(FLAGS);
            cmd.addAll(List.of(source.toString(), "-o", binary.toString(), "-lm"));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return new NativeBaseline(program, null, "gcc failed on " + program + ".c: " + log.strip());
            }
            return new NativeBaseline(program, binary, null);
        } catch (IOException e) {
            return new NativeBaseline(program, null, "cannot run gcc: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NativeBaseline(program, null, "interrupted");
        }
    }

    String unavailableReason() {
        return unavailable;
    }

    /** One run: the best pairs per second of its timed calls, and the checksum of its outputs. */
    record Result(double pairsPerSecond, double checksum) {
    }

    /** Pairs per second of the best of {@code reps} timed runs (after one warm-up run). */
    double pairsPerSecond(int m, int n, int d, int threads, int reps) throws IOException, InterruptedException {
        return run(m, n, d, threads, reps).pairsPerSecond();
    }

    /** The best of {@code reps} timed runs (after one warm-up run), NaN where unavailable. */
    Result run(int m, int n, int d, int threads, int reps) throws IOException, InterruptedException {
        if (binary == null) {
            return new Result(Double.NaN, Double.NaN);
        }
        Process p = new ProcessBuilder(binary.toString(), Integer.toString(m), Integer.toString(n),
                Integer.toString(d), Integer.toString(threads), Integer.toString(reps))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IOException("native baseline " + program + " failed (M=" + m + ", N=" + n + ", D=" + d + "): " + out);
        }
        String[] fields = out.split("\\s+");
        return new Result(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]));
    }
}
