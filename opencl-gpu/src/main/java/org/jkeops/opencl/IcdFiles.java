package org.jkeops.opencl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The OpenCL drivers the ICD loader would load, read from its vendor files (Khronos ICD loader
 * and ocl-icd: {@code OCL_ICD_VENDORS}, else {@code /etc/OpenCL/vendors/*.icd}) without loading
 * any of them.
 */
final class IcdFiles {
    private IcdFiles() {
    }

    /** A reason for AUTO to skip OpenCL, or null when a GPU driver may be installed (or we cannot tell). */
    static String autoSkipReason() {
        List<String> drivers = drivers();
        if (drivers == null) {
            return null; // no vendor directory (other platforms): probe normally
        }
        if (drivers.isEmpty()) {
            return "no OpenCL driver is installed (no ICD files)";
        }
        for (String d : drivers) {
            if (!d.toLowerCase(Locale.ROOT).contains("pocl")) {
                return null;
            }
        }
        return "only PoCL (CPU) OpenCL drivers are installed " + drivers
                + "; AUTO uses OpenCL only on a GPU (request Backend.OPENCL to use PoCL)";
    }

    /** The library names in the vendor files, or null when there is no vendor directory. */
    static List<String> drivers() {
        String env = System.getenv("OCL_ICD_VENDORS");
        Path dir = Path.of(env != null && !env.isBlank() ? env : "/etc/OpenCL/vendors");
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(dir)) {
            files.add(dir);
        } else if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(f -> f.getFileName().toString().endsWith(".icd")).sorted().forEach(files::add);
            } catch (IOException e) {
                return null;
            }
        } else {
            return null;
        }
        List<String> drivers = new ArrayList<>();
        for (Path f : files) {
            try {
                drivers.add(Files.readString(f, StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                return null;
            }
        }
        return drivers;
    }
}
