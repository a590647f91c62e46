package org.jkeops.linalg;

import dev.ludovic.netlib.arpack.ARPACK;
import java.io.File;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ARPACK implementation, chosen once per JVM without noise. dev.ludovic.netlib tries a native
 * {@code libarpack.so.2} first, and its JNI loader prints {@code dlopen(libarpack.so.2) failed}
 * to stderr when there is none (the usual case): output that looks like a failure in a run that
 * works. So unless the user set {@value #ALLOW_NATIVE} themselves, the native library is tried
 * only when a file of that name exists in the library path; the choice is logged once (INFO) on
 * the "org.jkeops" logger, and netlib's own INFO lines are turned off.
 */
final class ArpackImplementation {
    static final String ALLOW_NATIVE = "dev.ludovic.netlib.arpack.allowNative";
    private static final String NATIVE_NAME = "libarpack.so.2";

    /** Kept strongly: java.util.logging holds loggers weakly, and a collected one forgets its level. */
    private static final java.util.logging.Logger NETLIB_LOG =
            java.util.logging.Logger.getLogger("dev.ludovic.netlib.arpack.InstanceBuilder");

    private ArpackImplementation() {
    }

    /** The process-wide instance. */
    static ARPACK get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ARPACK INSTANCE = choose();
    }

    private static ARPACK choose() {
        String why;
        if (System.getProperty(ALLOW_NATIVE) != null) {
            why = "-D" + ALLOW_NATIVE + "=" + System.getProperty(ALLOW_NATIVE) + " given";
        } else {
            Path found = findNative();
            if (found == null) {
                System.setProperty(ALLOW_NATIVE, "false");
                why = "no " + NATIVE_NAME + " in " + String.join(File.pathSeparator, searchPath());
            } else {
                why = "found " + found;
            }
        }
        java.util.logging.Level before = NETLIB_LOG.getLevel();
        NETLIB_LOG.setLevel(java.util.logging.Level.WARNING);
        ARPACK arpack;
        try {
            arpack = ARPACK.getInstance();
        } finally {
            NETLIB_LOG.setLevel(before == null ? java.util.logging.Level.WARNING : before);
        }
        System.getLogger("org.jkeops").log(Level.INFO, "ARPACK: " + arpack.getClass().getSimpleName() + " (" + why + ")");
        return arpack;
    }

    private static Path findNative() {
        for (String dir : searchPath()) {
            Path p = Path.of(dir, NATIVE_NAME);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** Where the dynamic linker and the JVM look for a library, in order, without duplicates. */
    static List<String> searchPath() {
        Set<String> dirs = new LinkedHashSet<>();
        for (String variable : List.of(System.getProperty("java.library.path", ""),
                System.getenv().getOrDefault("LD_LIBRARY_PATH", ""))) {
            for (String d : variable.split(File.pathSeparator)) {
                if (!d.isBlank()) {
                    dirs.add(d);
                }
            }
        }
        dirs.addAll(List.of("/usr/local/lib", "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
                "/usr/lib64", "/usr/lib", "/lib/x86_64-linux-gnu", "/lib64", "/lib"));
        return new ArrayList<>(dirs);
    }
}
