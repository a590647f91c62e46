package org.jkeops.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated Java and OpenCL C of a few kernels, compared with checked-in golden files, so that every
 * change to generated code is seen in review.
 *
 * <p>To regenerate after an intended change: {@code mvn -pl processor -am test -Dtest=GoldenFilesTest
 * -Djkeops.updateGolden=true}, then review the diff under {@code src/test/resources/golden/expected}.
 */
class GoldenFilesTest {
    private static final boolean UPDATE = Boolean.getBoolean("jkeops.updateGolden");

    static List<String[]> cases() {
        return List.of(
                new String[] {"Gauss", "GaussImpl"},
                new String[] {"Gauss", "GaussScalarKernels"},
                new String[] {"Gauss", "GaussSimdKernels"},
                new String[] {"Gauss", "GaussMethods"},
                new String[] {"AllReductions", "AllReductionsMethods"},
                new String[] {"GaussBody", "GaussBodyImpl"},
                new String[] {"GaussBody", "GaussBodyScalarKernels"},
                new String[] {"Reductions", "ReductionsImpl"},
                new String[] {"Reductions", "ReductionsScalarKernels"},
                new String[] {"Reductions", "ReductionsSimdKernels"},
                new String[] {"AllReductions", "AllReductionsImpl"},
                new String[] {"AllReductions", "AllReductionsScalarKernels"},
                new String[] {"AllReductions", "AllReductionsSimdKernels"},
                new String[] {"BlockSparse", "BlockSparseImpl"},
                new String[] {"BlockSparse", "BlockSparseScalarKernels"},
                new String[] {"BlockSparse", "BlockSparseSimdKernels"},
                new String[] {"Gradients", "GradientsImpl"},
                new String[] {"Gradients", "GradientsScalarKernels"});
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void generatedSourceMatchesGolden(String input, String generated) throws IOException {
        JavaFileObject source = JavaFileObjects.forSourceString("golden." + input, resource("golden/input/" + input + ".java"));
        Compilation compilation = Compiler.javac().withProcessors(new JKeOpsProcessor())
                .withOptions("--add-modules", "jdk.incubator.vector", "-Xlint:-incubating").compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        Optional<JavaFileObject> file = compilation.generatedSourceFile("golden." + generated);
        assertTrue(file.isPresent(), "no generated file golden." + generated);
        String actual = file.get().getCharContent(true).toString();
        String expectedName = "golden/expected/" + generated + ".java";
        if (UPDATE) {
            Path dir = Path.of(System.getProperty("jkeops.goldenDir"), "expected");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(generated + ".java"), actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(resource(expectedName), actual, "generated " + generated
                + " differs from its golden file; if the change is intended, regenerate with "
                + "-Djkeops.updateGolden=true and review the diff");
    }

    /** The OpenCL C program of an interface, a class-path resource, compared the same way. */
    @ParameterizedTest(name = "{0}.cl")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Gauss", "Reductions", "AllReductions", "BlockSparse", "Gradients", "Embeddings"})
    void generatedOpenClMatchesGolden(String input) throws IOException {
        JavaFileObject source = JavaFileObjects.forSourceString("golden." + input, resource("golden/input/" + input + ".java"));
        Compilation compilation = Compiler.javac().withProcessors(new JKeOpsProcessor())
                .withOptions("--add-modules", "jdk.incubator.vector", "-Xlint:-incubating").compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        Optional<JavaFileObject> file = compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
                "META-INF/jkeops/opencl/golden." + input + ".cl");
        assertTrue(file.isPresent(), "no generated OpenCL program for golden." + input);
        String actual = file.get().getCharContent(true).toString();
        if (UPDATE) {
            Path dir = Path.of(System.getProperty("jkeops.goldenDir"), "expected");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(input + ".cl"), actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(resource("golden/expected/" + input + ".cl"), actual, "generated OpenCL of " + input
                + " differs from its golden file; if the change is intended, regenerate with "
                + "-Djkeops.updateGolden=true and review the diff");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name
                        + " (run once with -Djkeops.updateGolden=true to create golden files)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
