package org.jkeops.opencl;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Program binaries on disk, so that a new process skips the OpenCL C compiler. One file per
 * (device name, driver version, platform version, build options, source), named by their SHA-256.
 *
 * <p>File format: 8 magic bytes, the SHA-256 of the binary, the binary. The checksum catches a
 * truncated or damaged file before a driver sees it (a driver may crash on garbage). Files are
 * written to a temporary file and moved into place atomically, so concurrent processes never
 * read a half-written file. The cache is an optimisation: failures to read or write it are
 * logged, never thrown.
 *
 * <p>System property {@value #MODE_PROPERTY}: {@code on}, {@code off} or {@code auto} (the
 * default: on, except on PoCL). PoCL compiles every kernel of a program when asked for its binary
 * (measured about 0.5 s per kernel on a 2-core machine, 17 s for a 40-kernel program) where a
 * launch compiles only the kernels it runs, and PoCL keeps its own persistent kernel cache
 * ({@code ~/.cache/pocl}), so there the binary cache would cost far more than it saves.
 */
final class BinaryCache {
    /** System property: the cache folder. */
    static final String DIR_PROPERTY = "jkeops.opencl.cacheDir";

    /** System property: {@code auto} (default), {@code on} or {@code off}. */
    static final String MODE_PROPERTY = "jkeops.opencl.binaryCache";

    /** When binaries are cached. */
    enum Mode {
        /** On, except on platforms with their own kernel cache whose binaries are slow to produce (PoCL). */
        AUTO,
        ON,
        OFF
    }

    private static final Logger LOG = System.getLogger("org.jkeops.opencl");
    private static final byte[] MAGIC = "JKOCLB01".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH_BYTES = 32;

    private final Path dir;
    private final Mode mode;
    private volatile boolean warnedWrite;

    BinaryCache(Path dir, Mode mode) {
        this.dir = dir;
        this.mode = mode;
    }

    /** A cache that is on whatever the platform (tests). */
    BinaryCache(Path dir) {
        this(dir, Mode.ON);
    }

    /**
     * The folder of {@value #DIR_PROPERTY}, default {@code ${user.home}/.cache/jkeops/opencl}, in
     * the mode of {@value #MODE_PROPERTY}.
     */
    static BinaryCache fromSystemProperties() {
        String d = System.getProperty(DIR_PROPERTY);
        Path dir = d == null || d.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "jkeops", "opencl")
                : Path.of(d.strip());
        String m = System.getProperty(MODE_PROPERTY, "auto").strip().toUpperCase(Locale.ROOT);
        Mode mode;
        try {
            mode = Mode.valueOf(m);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("system property " + MODE_PROPERTY + ": expected auto, on or off, got '"
                    + System.getProperty(MODE_PROPERTY) + "'", e);
        }
        return new BinaryCache(dir, mode);
    }

    Path dir() {
        return dir;
    }

    /** Whether binaries are cached for this device; see {@link Mode#AUTO}. */
    boolean enabledFor(DeviceProperties device) {
        return switch (mode) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> !isPocl(device);
        };
    }

    private static boolean isPocl(DeviceProperties device) {
        String p = device.ref().platformName().toLowerCase(Locale.ROOT);
        return p.contains("portable computing language") || p.contains("pocl");
    }

    /** The cache key of a program: hex SHA-256 of its device, driver, options and source. */
    static String key(DeviceProperties device, String options, String source) {
        MessageDigest md = sha256();
        for (String part : new String[] {device.ref().deviceName(), device.driverVersion(), device.platformVersion(),
                options, source}) {
            byte[] b = part.getBytes(StandardCharsets.UTF_8);
            // Length-prefixed, so that no two different tuples hash the same bytes.
            md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            md.update((byte) ':');
            md.update(b);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    Path file(String key) {
        return dir.resolve(key + ".clbin");
    }

    /** The cached binary, or null when there is none; a damaged file is deleted. */
    byte[] read(String key) {
        Path f = file(key);
        byte[] all;
        try {
            all = Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "cannot read OpenCL binary cache file " + f + ": " + e);
            return null;
        }
        int head = MAGIC.length + HASH_BYTES;
        if (all.length > head && Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            byte[] binary = Arrays.copyOfRange(all, head, all.length);
            if (Arrays.equals(sha256().digest(binary), 0, HASH_BYTES, all, MAGIC.length, head)) {
                return binary;
            }
        }
        LOG.log(Level.INFO, () -> "damaged OpenCL binary cache file " + f + " deleted; building from source");
        delete(key);
        return null;
    }

    /** Stores a binary; returns whether it was written. */
    boolean write(String key, byte[] binary) {
        Path target = file(key);
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, key.substring(0, 16), ".tmp");
            byte[] all = new byte[MAGIC.length + HASH_BYTES + binary.length];
            System.arraycopy(MAGIC, 0, all, 0, MAGIC.length);
            System.arraycopy(sha256().digest(binary), 0, all, MAGIC.length, HASH_BYTES);
            System.arraycopy(binary, 0, all, MAGIC.length + HASH_BYTES, binary.length);
            Files.write(tmp, all);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return true;
        } catch (IOException | RuntimeException e) {
            if (!warnedWrite) {
                warnedWrite = true;
                LOG.log(Level.WARNING, "cannot write the OpenCL binary cache in " + dir + " (set "
                        + DIR_PROPERTY + " to a writable folder): " + e);
            }
            return false;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // A stray temporary file is harmless.
                }
            }
        }
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "cannot delete OpenCL binary cache file " + file(key) + ": " + e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Hex SHA-256 of a string (the in-memory program cache key). */
    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
