package org.jkeops.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jkeops.runtime.internal.DeviceLaunch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Program builds: errors with their build log, and the binary cache on disk across contexts. */
class ProgramCacheTest {
    @TempDir
    Path dir;

    private static final float[] A = {1f, 2f, 3f};
    private static final float[] X = {1f, -1f};
    private static final float[] EXPECTED = {12f, -12f}; // 2 * x_i * (1 + 2 + 3)

    @Test
    void aBuildErrorCarriesTheBuildLogAndTheProgramKey() throws IOException {
        try (OpenClDevice d = TestKernels.open(dir)) {
            String source = "__kernel void broken(__global float* o) { o[0] = undefined_symbol_xyz; }\n";
            OpenClException e = assertThrows(OpenClException.class, () -> d.launch(
                    new DeviceLaunch("test.Broken", () -> source, "broken", 1, 1, false).out(new float[1])));
            String m = e.getMessage();
            assertEquals("clBuildProgram", e.call());
            assertTrue(m.contains("CL_BUILD_PROGRAM_FAILURE"), m);
            assertTrue(m.contains("'test.Broken'"), m);
            assertTrue(m.contains("undefined_symbol_xyz"), "the build log names the bad identifier: " + m);
            assertEquals(List.of(), cacheFiles(), "a failed build caches nothing");
        }
    }

    @Test
    void aSecondContextLoadsTheCachedBinary() throws IOException {
        try (OpenClDevice first = TestKernels.open(dir)) {
            assertArrayEquals(EXPECTED, TestKernels.dotFloat(first, A, X, 2f, 1));
            assertEquals(1, first.sourceBuilds());
            assertEquals(0, first.binaryLoads());
        }
        assertEquals(1, cacheFiles().size(), "one binary written: " + cacheFiles());
        try (OpenClDevice second = TestKernels.open(dir)) {
            assertArrayEquals(EXPECTED, TestKernels.dotFloat(second, A, X, 2f, 1));
            assertEquals(0, second.sourceBuilds());
            assertEquals(1, second.binaryLoads());
        }
    }

    @Test
    void aDamagedCacheFileIsReplaced() throws IOException {
        try (OpenClDevice first = TestKernels.open(dir)) {
            TestKernels.dotFloat(first, A, X, 2f, 1);
        }
        Path file = cacheFiles().get(0);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a; // one flipped byte: the checksum catches it
        Files.write(file, bytes);
        assertRebuiltAndRecached(file);
    }

    @Test
    void aCacheFileTheDriverRejectsIsReplaced() throws IOException {
        try (OpenClDevice first = TestKernels.open(dir)) {
            TestKernels.dotFloat(first, A, X, 2f, 1);
        }
        Path file = cacheFiles().get(0);
        String key = file.getFileName().toString().replace(".clbin", "");
        // A well-formed cache file whose binary is garbage: the driver itself must reject it.
        byte[] garbage = "this is not a program binary for any OpenCL driver".repeat(20).getBytes();
        assertTrue(new BinaryCache(dir).write(key, garbage));
        assertArrayEquals(garbage, new BinaryCache(dir).read(key));
        assertRebuiltAndRecached(file);
    }

    @Test
    void anUnwritableCacheFolderOnlyCostsRebuilds() throws IOException {
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        try (OpenClDevice d = TestKernels.open(notADir.resolve("sub"))) {
            assertArrayEquals(EXPECTED, TestKernels.dotFloat(d, A, X, 2f, 1));
            assertEquals(1, d.sourceBuilds());
        }
    }

    @Test
    void anOffCacheWritesNothing() throws IOException {
        try (OpenClDevice d = new OpenClDevice(TestKernels.deviceOrSkip(), new BinaryCache(dir, BinaryCache.Mode.OFF))) {
            assertArrayEquals(EXPECTED, TestKernels.dotFloat(d, A, X, 2f, 1));
            assertEquals(1, d.sourceBuilds());
        }
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void theModeProperty() {
        ClDeviceRef ref = TestKernels.deviceOrSkip();
        DeviceProperties props = DeviceProperties.query(ref);
        boolean pocl = ref.platformName().contains("Portable Computing Language");
        assertEquals(!pocl, new BinaryCache(dir, BinaryCache.Mode.AUTO).enabledFor(props), "auto is off on PoCL only");
        assertTrue(new BinaryCache(dir, BinaryCache.Mode.ON).enabledFor(props));
        try {
            System.setProperty(BinaryCache.MODE_PROPERTY, " Off ");
            assertTrue(!BinaryCache.fromSystemProperties().enabledFor(props));
            System.setProperty(BinaryCache.MODE_PROPERTY, "sometimes");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, BinaryCache::fromSystemProperties);
            assertTrue(e.getMessage().contains("jkeops.opencl.binaryCache") && e.getMessage().contains("sometimes"),
                    e.getMessage());
        } finally {
            System.clearProperty(BinaryCache.MODE_PROPERTY);
        }
    }

    private void assertRebuiltAndRecached(Path file) throws IOException {
        byte[] damaged = Files.readAllBytes(file);
        try (OpenClDevice second = TestKernels.open(dir)) {
            assertArrayEquals(EXPECTED, TestKernels.dotFloat(second, A, X, 2f, 1));
            assertEquals(1, second.sourceBuilds());
            assertEquals(0, second.binaryLoads());
        }
        assertTrue(Files.exists(file));
        assertTrue(!java.util.Arrays.equals(damaged, Files.readAllBytes(file)), "the file was rewritten");
        try (OpenClDevice third = TestKernels.open(dir)) {
            assertArrayEquals(EXPECTED, TestKernels.dotFloat(third, A, X, 2f, 1));
            assertEquals(1, third.binaryLoads());
        }
    }

    private List<Path> cacheFiles() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".clbin")).toList();
        }
    }
}
