package org.jkeops.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jkeops.processor.JKeOpsProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @javax.annotation.processing.Generated} lives in module java.compiler: in a named module
 * that does not read it, generated classes carrying it did not compile ("package
 * javax.annotation.processing is not visible"), so they go without it there.
 */
class GeneratedAnnotationsTest {

    @Test
    void generatedIsVisibleWhereTheModuleReadsJavaCompiler() {
        Map<String, Boolean> reads = new LinkedHashMap<>();
        AbstractProcessor probe = new AbstractProcessor() {
            @Override
            public Set<String> getSupportedAnnotationTypes() {
                return Set.of("*");
            }

            @Override
            public SourceVersion getSupportedSourceVersion() {
                return SourceVersion.latestSupported();
            }

            @Override
            public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                Elements elements = processingEnv.getElementUtils();
                if (reads.isEmpty()) {
                    reads.put("unnamed", GeneratedAnnotations.readsJavaCompiler(
                            elements.getModuleOf(round.getRootElements().iterator().next())));
                    for (String m : List.of("java.base", "java.desktop", "java.se", "jdk.compiler")) {
                        reads.put(m, GeneratedAnnotations.readsJavaCompiler(elements.getModuleElement(m)));
                    }
                }
                return false;
            }
        };
        Compiler.javac().withProcessors(probe).compile(JavaFileObjects.forSourceString("A", "class A { }"));
        // java.se and jdk.compiler read it through requires transitive java.compiler
        assertEquals(Map.of("unnamed", true, "java.base", false, "java.desktop", false, "java.se", true,
                "jdk.compiler", true), reads);
    }

    /** The reproducer of the report: a module that requires the jkeops modules and not java.compiler. */
    @Test
    void aNamedModuleThatDoesNotReadJavaCompilerCompiles(@TempDir Path dir) throws IOException {
        List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.endsWith(".jar") && Stream.of("jkeops-annotations-", "jkeops-runtime-", "jkeops-vector-cpu-")
                        .anyMatch(n -> Path.of(p).getFileName().toString().startsWith(n)))
                .toList();
        // A reactor build puts the modules' class folders on the class path, which cannot be automatic modules.
        assumeTrue(jars.size() == 3, () -> "the jkeops jars are not on the class path: " + jars);
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("q"));
        Files.writeString(src.resolve("module-info.java"), "module demo { requires static org.jkeops.annotations; "
                + "requires org.jkeops.runtime; requires org.jkeops.cpu; requires jdk.incubator.vector; }\n");
        Files.writeString(src.resolve("q/G.java"), String.join("\n", "package q;", "import org.jkeops.annotations.*;",
                "@Kernels", "public interface G {", "    @Formula(\"Exp(-g * SqDist(x, y)) * b\")",
                "    double[] conv(@Vi(2) double[] x, @Vj(2) double[] y, @Vj double[] b, @Pm double g);", "}", ""));
        Path gen = Files.createDirectories(dir.resolve("gen"));
        Path out = Files.createDirectories(dir.resolve("out"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
                    List.of("--module-path", String.join(File.pathSeparator, jars), "-Xlint:-requires-automatic",
                            "-s", gen.toString(), "-d", out.toString()),
                    null, files.getJavaFileObjects(src.resolve("module-info.java"), src.resolve("q/G.java")));
            task.setProcessors(List.of(new JKeOpsProcessor()));
            assertTrue(task.call(), () -> "" + diagnostics.getDiagnostics());
        }
        String impl = Files.readString(gen.resolve("q/GImpl.java"));
        assertFalse(impl.contains("javax.annotation.processing") || impl.contains("@Generated"), impl);
    }
}
