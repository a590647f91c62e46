package org.jkeops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jkeops.runtime.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples' argument values: parsed, or refused with the flag and the value named. */
class ExampleArgsTest {
    @Test
    void valuesAreParsed() {
        assertEquals(200_000, ExampleArgs.count("--large", "200_000", 100, true, "why"));
        assertEquals(0, ExampleArgs.count("--large", "0", 100, true, "why"), "0 skips where allowed");
        assertEquals(100, ExampleArgs.count("--size", "100", 100, false, "why"));
        assertEquals(0.02, ExampleArgs.positive("--large-eps", "0.02"));
        assertEquals(Backend.SIMD, ExampleArgs.backend("simd"));
        assertEquals(Backend.OPENCL, ExampleArgs.backend("OpenCL"));
        assertEquals("x", ExampleArgs.value("--out", new String[] {"--out", "x"}, 1));
    }

    @Test
    void sizeAndBackendAreParsedWithTheirDefaults() {
        assertEquals(new ExampleArgs.SizeAndBackend(2000, null), ExampleArgs.sizeAndBackend(new String[0], 2000, 1, "why"));
        assertEquals(new ExampleArgs.SizeAndBackend(30, Backend.SCALAR),
                ExampleArgs.sizeAndBackend(new String[] {"--backend", "scalar", "--size", "30"}, 2000, 1, "why"));
        assertMessage("--size needs at least 10 points (its check), got 3",
                () -> ExampleArgs.sizeAndBackend(new String[] {"--size", "3"}, 2000, 10, "its check"));
        assertMessage("unknown argument '--sise'",
                () -> ExampleArgs.sizeAndBackend(new String[] {"--sise", "3"}, 2000, 10, "its check"));
    }

    @Test
    void badValuesAreNamed() {
        assertMessage("--size needs at least 100 points (its check), got 0",
                () -> ExampleArgs.count("--size", "0", 100, false, "its check"));
        assertMessage("--large needs at least 100 points (its check) or 0 to skip it, got -5",
                () -> ExampleArgs.count("--large", "-5", 100, true, "its check"));
        assertMessage("--size needs at least 1 point (the rows it checks), got 0",
                () -> ExampleArgs.count("--size", "0", 1, false, "the rows it checks"));
        assertMessage("--size needs a whole number of points, got '1e5'",
                () -> ExampleArgs.count("--size", "1e5", 100, false, "its check"));
        assertMessage("--large-sigma needs a finite positive number, got -0.0",
                () -> ExampleArgs.positive("--large-sigma", "-0.0"));
        assertMessage("--large-eps needs a number, got 'small'", () -> ExampleArgs.positive("--large-eps", "small"));
        assertMessage("--backend needs one of auto, scalar, simd, opencl, got 'cuda'", () -> ExampleArgs.backend("cuda"));
        assertMessage("--out needs a value", () -> ExampleArgs.value("--out", new String[] {"--out"}, 1));
    }

    @Test
    void aWholeNumberBeyondIntIsTooLargeNotMalformed() {
        assertMessage("--size takes at most 100,000,000 points (the examples' arrays of a few coordinates per point"
                + " stay within an int index), got 99999999999",
                () -> ExampleArgs.count("--size", "99999999999", 10, false, "its check"));
        assertMessage("--size needs at least 10 points (its check), got -99999999999",
                () -> ExampleArgs.count("--size", "-99_999_999_999", 10, false, "its check"));
        assertMessage("--size needs a whole number of points, got '1.5'",
                () -> ExampleArgs.count("--size", "1.5", 10, false, "its check"));
        assertEquals(ExampleArgs.MAX_POINTS, ExampleArgs.count("--size", "100_000_000", 10, false, "its check"));
    }

    @Test
    void helpIsAskedForAndNotAnError() {
        assertThrows(ExampleArgs.HelpRequested.class,
                () -> ExampleArgs.sizeAndBackend(new String[] {"--size", "30", "--help"}, 2000, 1, "why"));
        assertThrows(ExampleArgs.HelpRequested.class, () -> ExampleArgs.sizeAndBackend(new String[] {"-h"}, 2000, 1, "why"));
        assertThrows(ExampleArgs.HelpRequested.class, () -> ExampleArgs.outOnly(new String[] {"--help"}, Path.of("x")));
    }

    @Test
    void outOnlyNamesWhatIsWrong(@TempDir Path tmp) {
        assertMessage("--out needs a value", () -> ExampleArgs.outOnly(new String[] {"--out"}, tmp));
        assertMessage("unknown argument 'figures'", () -> ExampleArgs.outOnly(new String[] {"figures"}, tmp));
        Path given = tmp.resolve("a").resolve("b");
        assertEquals(given, ExampleArgs.outOnly(new String[] {"--out", given.toString()}, tmp));
        assertTrue(Files.isDirectory(given), "created with its parents before anything runs");
        assertEquals(tmp, ExampleArgs.outOnly(new String[0], tmp), "the default");
    }

    @Test
    void anOutThatCannotBeADirectoryIsNamedBeforeAnythingRuns(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        assertMessage("--out " + file + " is not a directory: a file of that name exists", () -> ExampleArgs.outDir(file));
        Path under = file.resolve("sub").resolve("deeper");
        assertMessage("--out " + under + " cannot be created: " + file + " is a file, not a directory",
                () -> ExampleArgs.outDir(under));
        assertEquals(tmp, ExampleArgs.outDir(tmp), "an existing directory is fine");
        try (var left = Files.list(tmp)) {
            assertEquals(1, left.count(), "the write check leaves no file behind");
        }
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
