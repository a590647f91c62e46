package org.jkeops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jkeops.runtime.KernelRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spectral tutorial's arguments and its sizes below the default: bad arguments are named before
 * anything runs, and a roll too sparse for its sigma (its graph in many components, the eigenvalue 0
 * repeated 7 times) is reported, not a crash (ARPACK's Lanczos did not converge on it and threw).
 */
class SpectralTutorialTest {
    @Test
    void theDefaultsAreTheExamplesCommandsSizes() {
        SpectralTutorial.Options o = SpectralTutorial.Options.parse();
        assertEquals(10_000, o.spiral);
        assertEquals(30_000, o.roll);
        assertEquals(0.01, o.rollSigma);
        assertNull(o.arpack);
        assertTrue(o.plots && o.coarseStart && o.precondition);
        SpectralTutorial.Options full = SpectralTutorial.Options.parse("--full", "--roll-only", "--no-plots", "--arpack");
        assertEquals(SpectralRoll.SEED_N, full.roll);
        assertEquals(0, full.spiral);
        assertFalse(full.plots);
        assertTrue(full.arpack);
        assertEquals(1_000, SpectralTutorial.Options.parse("--roll", "1_000").roll);
        assertEquals(0, SpectralTutorial.Options.parse("--spiral", "0").spiral, "--spiral 0 skips the spiral");
        assertEquals(8, SpectralTutorial.Options.parse("--roll", "8", "--spiral", "8").roll);
    }

    @Test
    void badArgumentsAreNamedWithTheirValues() {
        assertMessage("--roll needs at least 8 points (7 eigenpairs), got 5", "--roll", "5");
        assertMessage("--roll needs at least 8 points (7 eigenpairs), got 0", "--roll", "0");
        assertMessage("--roll needs at least 8 points (7 eigenpairs), got -3", "--roll", "-3");
        assertMessage("--spiral needs at least 8 points (7 eigenpairs) or 0 to skip it, got 7", "--spiral", "7");
        assertMessage("--roll needs a whole number of points, got 'abc'", "--roll", "abc");
        assertMessage("--roll needs a value", "--roll");
        assertMessage("--out needs a value", "--out");
        assertMessage("--sigma needs a finite positive number, got 0", "--sigma", "0");
        assertMessage("--sigma needs a finite positive number, got -1e-2", "--sigma", "-1e-2");
        assertMessage("--sigma needs a finite positive number, got Infinity", "--sigma", "Infinity");
        assertMessage("--sigma needs a finite positive number, got NaN", "--sigma", "NaN");
        assertMessage("--sigma needs a number, got 'x'", "--sigma", "x");
        assertMessage("unknown argument '--rol'", "--rol", "100");
        assertMessage("--roll takes at most 100,000,000 points (the examples' arrays of a few coordinates per point"
                + " stay within an int index), got 2000000000", "--roll", "2000000000");
        assertMessage("--sigma 1.0E-30 is too small: the kernel's g = 1 / (2 sigma^2) overflows float32", "--sigma", "1e-30");
    }

    @Test
    void helpIsNotAnError() {
        assertThrows(ExampleArgs.HelpRequested.class, () -> SpectralTutorial.Options.parse("--roll", "8", "--help"));
    }

    private static void assertMessage(String expected, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpectralTutorial.Options.parse(args), String.join(" ", args));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void smallSpiralsUseTheDefaultStartAndAgreeWithARPACK(@TempDir Path out) throws IOException {
        SpectralKernels kernels = new SpectralKernelsImpl(KernelRuntime.shared());
        // 30 points: a subsample of 3 cannot give 9 start vectors (Lobpcg threw); 8 points: K is
        // almost I, and L's eigenvalues (1.6e-5 ...) sit at float32's rounding of D - K
        String text30 = printed(() -> assertTrue(SpectralTutorial.spiral(kernels, 30, true, true, out)));
        assertTrue(text30.contains("the default start (a subsample of 3 points is too small for 9 vectors)"), text30);
        String text8 = printed(() -> assertTrue(SpectralTutorial.spiral(kernels, 8, true, true, out)));
        assertTrue(text8.contains("check ok: LOBPCG and ARPACK agree on L's eigenvalues 2..7"), text8);
        assertFalse(text30.contains("CHECK FAILED") || text8.contains("CHECK FAILED"), text30 + text8);
    }

    /** What {@code run} prints, with figures off. */
    private static String printed(org.junit.jupiter.api.function.Executable run) {
        boolean plots = SpectralTutorial.plots;
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SpectralTutorial.plots = false;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            run.execute();
        } catch (Throwable t) {
            throw new AssertionError(printed.toString(StandardCharsets.UTF_8), t);
        } finally {
            System.setOut(stdout);
            SpectralTutorial.plots = plots;
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRollTooSparseForItsSigmaSaysSoAndSkipsARPACK(@TempDir Path out) {
        SpectralKernels kernels = new SpectralKernelsImpl(KernelRuntime.shared());
        boolean[] ok = new boolean[1];
        // 500 points at sigma = 0.01: hundreds of components, all 7 smallest eigenvalues 0
        String text = printed(() -> ok[0] = SpectralRoll.run(kernels, 500, 0.01, true, true, out, "roll"));
        assertTrue(ok[0], text);
        assertTrue(text.contains("note: 7 of the 7 smallest eigenvalues are 0 to tolerance"), text);
        assertTrue(text.contains("at least 7 connected components"), text);
        assertTrue(text.contains("check skipped: ARPACK on the same operator"), text);
        assertFalse(text.contains("CHECK FAILED"), text);
    }
}
