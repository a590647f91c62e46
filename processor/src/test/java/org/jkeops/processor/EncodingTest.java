package org.jkeops.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-ASCII names under a source encoding other than UTF-8, with javac's own file manager (the
 * in-memory one of compile-testing does not apply {@code -encoding} to generated files). The
 * OpenCL resource was written in the {@code -encoding} charset and read back as UTF-8 (kernel
 * {@code jk_caf\uFFFD}: CL_INVALID_KERNEL_NAME), and the generated Java was written in it too
 * ({@code λ} became {@code ?}: the generated class did not compile).
 */
class EncodingTest {
    @Test
    void nonAsciiNamesSurviveALatin1Encoding(@TempDir Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/q"));
        // An ASCII file: the names are Unicode escapes, so the file reads the same in any encoding.
        Files.writeString(src.resolve("K.java"), String.join("\n", "package q;", "import org.jkeops.annotations.*;",
                "@Kernels", "public interface K {", "    @Formula(\"SqDist(x, y) * \\u03bb\")",
                "    double[] caf\\u00e9(@Vi double[] x, @Vj double[] y, @Pm double \\u03bb);", "}", ""),
                StandardCharsets.US_ASCII);
        Path gen = Files.createDirectories(dir.resolve("gen"));
        Path out = Files.createDirectories(dir.resolve("out"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
                    List.of("-encoding", "ISO-8859-1", "--add-modules", "jdk.incubator.vector", "-Xlint:-incubating",
                            "-cp", System.getProperty("java.class.path"), "-s", gen.toString(), "-d", out.toString()),
                    null, files.getJavaFileObjects(src.resolve("K.java")));
            task.setProcessors(List.of(new JKeOpsProcessor()));
            assertTrue(task.call(), () -> "" + diagnostics.getDiagnostics());
        }
        String program = Files.readString(out.resolve("META-INF/jkeops/opencl/q.K.cl"), StandardCharsets.UTF_8);
        assertTrue(program.contains("__kernel void jk_caf\u00e9("), program);
        byte[] impl = Files.readAllBytes(gen.resolve("q/KImpl.java"));
        for (byte b : impl) {
            assertTrue(b >= 0, "generated Java is ASCII");
        }
        String text = new String(impl, StandardCharsets.US_ASCII);
        assertTrue(text.contains("public double[] caf\\u00e9(double[] x_, double[] y_, double \\u03bb_)"), text);
    }
}
