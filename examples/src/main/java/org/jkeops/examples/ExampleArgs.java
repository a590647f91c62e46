package org.jkeops.examples;

import java.util.Locale;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelRuntime;

/**
 * The examples' command-line values, checked before anything runs: each failure is an
 * {@link IllegalArgumentException} naming the flag and the value seen, which the mains print with
 * their usage line (exit status 2).
 */
final class ExampleArgs {
    /** The most points an example takes: n x 3 coordinates and n x 12 blocks stay below 2^31 elements. */
    static final int MAX_POINTS = 100_000_000;

    private ExampleArgs() {
    }

    /** Prints what was wrong with the arguments and the usage line, and exits with status 2. */
    static void exit(String tool, IllegalArgumentException e, String usage) {
        System.err.println(tool + ": " + e.getMessage());
        System.err.println("usage: " + tool + " " + usage);
        System.exit(2);
    }

    /** The value after {@code flag} at {@code args[at]}, or an exception naming the flag when there is none. */
    static String value(String flag, String[] args, int at) {
        if (at >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[at];
    }

    /**
     * A point count (underscores allowed: {@code 1_000}) of at least {@code least}, or 0 where
     * {@code zeroSkips} (0 skips that part); {@code why} says what needs that many.
     */
    static int count(String flag, String text, int least, boolean zeroSkips, String why) {
        int n;
        try {
            n = Integer.parseInt(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a whole number of points, got '" + text + "'");
        }
        if (n < least && !(zeroSkips && n == 0)) {
            throw new IllegalArgumentException(flag + " needs at least " + least + (least == 1 ? " point (" : " points (") + why + ")"
                    + (zeroSkips ? " or 0 to skip it" : "") + ", got " + n);
        }
        if (n > MAX_POINTS) {
            throw new IllegalArgumentException(flag + " takes at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_POINTS)
                    + " points (the examples' arrays of a few coordinates per point stay within an int index), got " + n);
        }
        return n;
    }

    /** A finite positive number. */
    static double positive(String flag, String text) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number, got '" + text + "'");
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(flag + " needs a finite positive number, got " + text);
        }
        return v;
    }

    /** The usage of an example that takes only a size and a backend ({@link #sizeAndBackend}). */
    static final String SIZE_AND_BACKEND_USAGE = "[--size N] [--backend auto|scalar|simd|opencl]";

    /** An example's M = N and its backend, null for the shared runtime's choice. */
    record SizeAndBackend(int size, Backend backend) {
    }

    /**
     * {@code [--size N] [--backend auto|scalar|simd|opencl]}: the size (default {@code size}, at
     * least {@code least}, {@code why} saying what needs that many) and the backend.
     */
    static SizeAndBackend sizeAndBackend(String[] args, int size, int least, String why) {
        Backend backend = null;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--size" -> size = count("--size", value("--size", args, ++a), least, false, why);
                case "--backend" -> backend = backend(value("--backend", args, ++a));
                default -> throw new IllegalArgumentException("unknown argument '" + args[a] + "'");
            }
        }
        return new SizeAndBackend(size, backend);
    }

    /** The shared runtime, or one held strictly to {@code backend} when a backend was named. */
    static KernelRuntime runtime(Backend backend) {
        return backend == null ? KernelRuntime.shared() : KernelRuntime.builder().backend(backend).strict(true).build();
    }

    /** A backend named in any case. */
    static Backend backend(String text) {
        try {
            return Backend.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--backend needs one of auto, scalar, simd, opencl, got '" + text + "'");
        }
    }
}
