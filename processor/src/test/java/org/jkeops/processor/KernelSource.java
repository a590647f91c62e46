package org.jkeops.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * A test source file in package {@code test}, with every annotation and runtime type imported,
 * that knows the line numbers of its own text, so tests can assert where a diagnostic points.
 */
final class KernelSource {
    static final String PACKAGE = "test";
    private static final List<String> IMPORTS = List.of(
            "import java.util.List;",
            "import org.jkeops.annotations.*;",
            "import org.jkeops.runtime.*;",
            "");

    private final String qualifiedName;
    private final List<String> lines;
    private final JavaFileObject file;

    private KernelSource(String pkg, String simpleName, List<String> body) {
        this.qualifiedName = pkg + "." + simpleName;
        List<String> all = new ArrayList<>(List.of("package " + pkg + ";", ""));
        all.addAll(IMPORTS);
        all.addAll(body);
        this.lines = List.copyOf(all);
        this.file = JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    /** A source file declaring the top-level type {@code simpleName}; body lines follow the imports. */
    static KernelSource of(String simpleName, String... body) {
        return new KernelSource(PACKAGE, simpleName, Arrays.asList(body));
    }

    /** As {@link #of}, in package {@code pkg}. */
    static KernelSource inPackage(String pkg, String simpleName, String... body) {
        return new KernelSource(pkg, simpleName, Arrays.asList(body));
    }

    JavaFileObject file() {
        return file;
    }

    String qualifiedName() {
        return qualifiedName;
    }

    /** The 1-based line of the only line containing {@code fragment}. */
    long line(String fragment) {
        long found = -1;
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).contains(fragment)) {
                if (found >= 0) {
                    fail("test source " + qualifiedName + " has more than one line containing " + fragment);
                }
                found = k + 1;
            }
        }
        if (found < 0) {
            fail("test source " + qualifiedName + " has no line containing " + fragment);
        }
        return found;
    }

    /** The 1-based column, in the Java source, of {@code at} inside {@code fragment} on its (only) line. */
    long column(String fragment, String at) {
        String text = lines.get((int) line(fragment) - 1);
        int offset = fragment.indexOf(at);
        if (offset < 0) {
            fail(at + " is not part of " + fragment);
        }
        return text.indexOf(fragment) + offset + 1;
    }

    // ---- compiling ---------------------------------------------------------------------------

    /** Source files the processor asked the Filer for, per compilation (generated files of a failed one are hidden). */
    private static final Map<Compilation, List<String>> CREATED = Collections.synchronizedMap(new IdentityHashMap<>());

    /** javac with the processor (behind a recording Filer), all lint warnings on. */
    static Compiler compiler(String... options) {
        return compiler(new RecordingProcessor(), options);
    }

    private static Compiler compiler(RecordingProcessor processor, String... options) {
        return Compiler.javac().withProcessors(processor).withOptions(options(options));
    }

    /** The options of every test compilation, then {@code extra}. */
    static List<String> options(String... extra) {
        // Generated SIMD kernels use the incubating Vector API, as in the build (-incubating).
        List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Xlint:-processing", "-Xlint:-incubating",
                "--add-modules", "jdk.incubator.vector"));
        all.addAll(Arrays.asList(extra));
        return all;
    }

    static Compilation compile(KernelSource... sources) {
        return compileWith(new String[0], sources);
    }

    static Compilation compileWith(String[] options, KernelSource... sources) {
        RecordingProcessor processor = new RecordingProcessor();
        Compilation c = compiler(processor, options).compile(Arrays.stream(sources).map(KernelSource::file).toList());
        CREATED.put(c, processor.createdSources);
        if (Arrays.stream(options).noneMatch(o -> o.contains("unrolledSimd"))) {
            assertNoMethodTheJitSkips(c);
        }
        return c;
    }

    /**
     * Every kernel the processor accepts compiles to methods HotSpot's JIT takes (at most 8,000
     * bytes of bytecode; JK208 otherwise): checked on every test compilation that succeeds, unless
     * it forces the unrolled SIMD schedule.
     */
    private static void assertNoMethodTheJitSkips(Compilation c) {
        if (c.status() != Compilation.Status.SUCCESS) {
            return;
        }
        List<String> huge = new ArrayList<>();
        for (JavaFileObject f : c.generatedFiles()) {
            if (f.getKind() == JavaFileObject.Kind.CLASS && f.getName().contains("Kernels")) {
                try (java.io.InputStream in = f.openInputStream()) {
                    huge.addAll(HighDimensionTest.methodsOver(in.readAllBytes(), HighDimensionTest.HUGE_METHOD));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        assertTrue(huge.isEmpty(), () -> "accepted kernels with methods over " + HighDimensionTest.HUGE_METHOD
                + " bytes (the JIT never compiles them): " + huge);
    }

    /** Compiles, expecting errors only: no Impl may be generated for {@code this} source's interface. */
    Compilation compileWithErrors() {
        Compilation c = compile(this);
        assertThat(c).failed();
        assertNoImpl(c, qualifiedName);
        assertTrue(createdSources(c).isEmpty(), () -> "generated sources despite errors: " + createdSources(c));
        return c;
    }

    /**
     * Asserts no {@code Impl} was generated for an interface (e.g. {@code test.Outer_Hidden}).
     * compile-testing hides the generated files of a failed compilation, so this asks the
     * recording Filer what the processor created.
     */
    static void assertNoImpl(Compilation c, String flatQualifiedName) {
        String impl = flatQualifiedName + "Impl";
        if (c.status() == Compilation.Status.SUCCESS) {
            assertTrue(c.generatedSourceFile(impl).isEmpty(), "generated " + impl);
        }
        List<String> created = CREATED.get(c);
        assertTrue(created != null, "compile through KernelSource.compile to record generated files");
        assertTrue(!created.contains(impl), () -> "generated " + impl + " despite errors: " + created);
    }

    /** Sources the processor generated in a compilation made by {@link #compile}. */
    static List<String> createdSources(Compilation c) {
        return List.copyOf(CREATED.get(c));
    }

    /** The jkeops processor, seeing a Filer that records the source files it creates. */
    static final class RecordingProcessor implements Processor {
        private final JKeOpsProcessor delegate = new JKeOpsProcessor();
        final List<String> createdSources = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public void init(ProcessingEnvironment env) {
            Filer filer = env.getFiler();
            Filer recording = new Filer() {
                @Override
                public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
                        throws IOException {
                    createdSources.add(name.toString());
                    return filer.createSourceFile(name, originatingElements);
                }

                @Override
                public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
                        throws IOException {
                    return filer.createClassFile(name, originatingElements);
                }

                @Override
                public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                        CharSequence relativeName, Element... originatingElements) throws IOException {
                    return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
                }

                @Override
                public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                        CharSequence relativeName) throws IOException {
                    return filer.getResource(location, moduleAndPkg, relativeName);
                }
            };
            delegate.init(new ProcessingEnvironment() {
                @Override
                public Map<String, String> getOptions() {
                    return env.getOptions();
                }

                @Override
                public Messager getMessager() {
                    return env.getMessager();
                }

                @Override
                public Filer getFiler() {
                    return recording;
                }

                @Override
                public Elements getElementUtils() {
                    return env.getElementUtils();
                }

                @Override
                public Types getTypeUtils() {
                    return env.getTypeUtils();
                }

                @Override
                public SourceVersion getSourceVersion() {
                    return env.getSourceVersion();
                }

                @Override
                public Locale getLocale() {
                    return env.getLocale();
                }

                @Override
                public boolean isPreviewEnabled() {
                    return env.isPreviewEnabled();
                }
            });
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return delegate.process(annotations, round);
        }

        @Override
        public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
                ExecutableElement member, String userText) {
            return delegate.getCompletions(element, annotation, member, userText);
        }
    }

    /**
     * Asserts an error containing {@code message} (the code and text) is reported on the line of
     * this source containing {@code lineFragment}.
     */
    void assertError(Compilation c, String message, String lineFragment) {
        assertThat(c).hadErrorContaining(message).inFile(file).onLine(line(lineFragment));
    }

    /** Asserts an error with message is reported at the exact Java line and column of a fragment. */
    void assertErrorAt(Compilation c, String message, String fragment) {
        assertErrorAt(c, message, fragment, fragment);
    }

    /** As {@link #assertErrorAt(Compilation, String, String)}, at the column of {@code at} inside the fragment. */
    void assertErrorAt(Compilation c, String message, String fragment, String at) {
        assertThat(c).hadErrorContaining(message).inFile(file).onLine(line(fragment)).atColumn(column(fragment, at));
    }

    /** The messages of all errors, for checks that are not about one message. */
    static List<String> errors(Compilation c) {
        return c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    }

    /** How many errors carry a code, e.g. {@code JK204}. */
    static long count(Compilation c, String code) {
        return c.errors().stream().filter(d -> d.getMessage(Locale.ROOT).contains("[" + code + "]")).count();
    }

    /** Asserts exactly {@code n} errors were reported, listing them when not. */
    static void assertErrorCount(Compilation c, int n) {
        List<Diagnostic<? extends JavaFileObject>> errors = c.errors();
        assertEquals(n, errors.size(), () -> "errors: " + errors(c));
    }
}
