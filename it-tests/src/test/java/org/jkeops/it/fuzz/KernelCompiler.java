package org.jkeops.it.fuzz;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.jkeops.processor.JKeOpsProcessor;

/**
 * Compiles one generated {@code @Kernels} interface with the real processor, in this JVM
 * (javax.tools), into a temporary directory, and loads the generated implementation with its
 * OpenCL program resource. One compilation per batch of formulas: javac and OpenCL program
 * builds are the slow part of a fuzz run.
 */
final class KernelCompiler {
    private KernelCompiler() {
    }

    /** The generated {@code <name>Impl}, constructed with the runtime class-loader's view of the interface. */
    static Class<?> compile(String pkg, String name, String source) {
        try {
            Path dir = Files.createTempDirectory("jkeops-fuzz");
            Path src = dir.resolve("src").resolve(pkg);
            Files.createDirectories(src);
            Path file = src.resolve(name + ".java");
            Files.writeString(file, source);
            Path out = Files.createDirectories(dir.resolve("classes"));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, null)) {
                fm.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
                fm.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(Files.createDirectories(dir.resolve("gen")).toFile()));
                fm.setLocation(StandardLocation.CLASS_PATH, classPath());
                List<String> options = List.of("--add-modules", "jdk.incubator.vector", "-Xlint:-incubating",
                        "-proc:full", "-g:none");
                JavaCompiler.CompilationTask task = javac.getTask(null, fm, diags, options, null,
                        fm.getJavaFileObjects(file.toFile()));
                task.setProcessors(List.of(new JKeOpsProcessor()));
                if (!task.call()) {
                    StringBuilder sb = new StringBuilder("the fuzz kernels did not compile:\n");
                    diags.getDiagnostics().forEach(d -> sb.append(d).append('\n'));
                    throw new AssertionError(sb + "\nsource:\n" + source);
                }
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
                    KernelCompiler.class.getClassLoader());
            return loader.loadClass(pkg + "." + name + "Impl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the processor generated no implementation", e);
        }
    }

    private static List<File> classPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<File> files = new ArrayList<>();
        for (String s : cp.split(File.pathSeparator)) {
            if (!s.isBlank()) {
                files.add(new File(s));
            }
        }
        return files;
    }
}
