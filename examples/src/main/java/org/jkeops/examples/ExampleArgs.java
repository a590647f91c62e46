package org.jkeops.examples;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelRuntime;

/**
 * The examples' command-line values, checked before anything runs: each failure is an
 * {@link IllegalArgumentException} naming the flag and the value seen, which the mains print with
 * their usage line (exit status 2). {@code --help} (or {@code -h}) is a {@link HelpRequested}: the
 * usage line on standard output, exit status 0.
 */
final class ExampleArgs {
    /** The most points an example takes: n x 3 coordinates and n x 12 blocks stay below 2^31 elements. */
    static final int MAX_POINTS = 100_000_000;

    private ExampleArgs() {
    }

    /**
     * What a parser throws for {@code --help} or {@code -h}: an IllegalArgumentException so that it
     * leaves the parsing loop by the path every bad argument takes, and {@link #exit} tells it apart.
     */
    static final class HelpRequested extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        HelpRequested() {
            super("--help");
        }
    }

    /**
     * Prints what was wrong with the arguments and the usage line, and exits with status 2; for
     * {@link HelpRequested}, prints the usage line on standard output and exits with status 0.
     */
    static void exit(String tool, IllegalArgumentException e, String usage) {
        if (e instanceof HelpRequested) {
            System.out.println("usage: " + tool + " " + usage);
            System.exit(0);
        }
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
        // a BigInteger, not an int: a whole number beyond int's range is too large, not malformed
        BigInteger n;
        try {
            n = new BigInteger(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a whole number of points, got '" + text + "'");
        }
        if (n.compareTo(BigInteger.valueOf(least)) < 0 && !(zeroSkips && n.signum() == 0)) {
            throw new IllegalArgumentException(flag + " needs at least " + least + (least == 1 ? " point (" : " points (") + why + ")"
                    + (zeroSkips ? " or 0 to skip it" : "") + ", got " + n);
        }
        if (n.compareTo(BigInteger.valueOf(MAX_POINTS)) > 0) {
            throw new IllegalArgumentException(flag + " takes at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_POINTS)
                    + " points (the examples' arrays of a few coordinates per point stay within an int index), got " + n);
        }
        return n.intValueExact();
    }

    /** The usage of an example whose only option is where its figures go ({@link #outOnly}). */
    static final String OUT_USAGE = "[--out DIR]";

    /** {@code [--out DIR]}: the figures' directory ({@code out} by default), checked by {@link #outDir}. */
    static Path outOnly(String[] args, Path out) {
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--help", "-h" -> throw new HelpRequested();
                case "--out" -> out = Path.of(value("--out", args, ++a));
                default -> throw new IllegalArgumentException("unknown argument '" + args[a] + "'");
            }
        }
        return outDir(out);
    }

    /**
     * The figures' directory {@code --out}, created now with its parents and written to once, so
     * that one the figures cannot go to is named before the computation rather than by a stack
     * trace after it: a path that exists and is not a directory, one that cannot be created (a
     * parent is a file, no permission, a read-only file system), or a directory that cannot be
     * written. The default is checked too: it lies under the working directory, which may be any.
     */
    static Path outDir(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out " + dir + " is not a directory: a file of that name exists");
        }
        for (Path up = dir.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up)) {  // the deepest existing parent: a file there stops every directory below
                if (!Files.isDirectory(up)) {
                    throw new IllegalArgumentException("--out " + dir + " cannot be created: " + up + " is a file, not a directory");
                }
                break;
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalArgumentException("--out " + dir + " cannot be created: " + describe(e), e);
        }
        // Files.isWritable says yes to root on a read-only mount or in /proc: write a file to know
        try {
            Files.delete(Files.createTempFile(dir, ".out-check", ".tmp"));
        } catch (IOException e) {
            throw new IllegalArgumentException("--out " + dir + " is a directory that cannot be written: " + describe(e), e);
        }
        return dir;
    }

    /** The file and the reason of an I/O failure, from the exception's type where it gives no reason. */
    private static String describe(IOException e) {
        if (!(e instanceof FileSystemException f)) {
            return e.toString();
        }
        String why = f.getReason() != null ? f.getReason()
                : f instanceof AccessDeniedException ? "permission denied"
                : f instanceof FileAlreadyExistsException ? "exists and is not a directory"
                : f instanceof NoSuchFileException ? "no such file or directory"
                : f.getClass().getSimpleName();
        return f.getFile() + ": " + why;
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
                case "--help", "-h" -> throw new HelpRequested();
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
