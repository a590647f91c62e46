package org.jkeops.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A kernel's parameters may be named like any identifier generated code uses (its locals, the
 * width classes {@code W512}..., the types it imports such as {@code Lanes}): every identifier of
 * every golden file becomes a parameter of some kernel, of every reduction family, and the
 * generated Impl, scalar and SIMD kernels must compile without warnings. The it-tests kernel
 * {@code NameClashKernels} checks that such kernels also compute the right result.
 */
class GeneratedIdentifiersTest {
    /** Keywords, literals and contextual keywords that cannot name a parameter. */
    private static final Set<String> NOT_PARAMETER_NAMES = Set.of("abstract", "assert", "boolean", "break", "byte",
            "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum",
            "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
            "non", "when", "module", "open", "exports", "requires", "_");

    /** The identifiers of the golden generated sources, sorted. */
    static List<String> goldenIdentifiers() throws IOException {
        Path dir = Path.of(System.getProperty("jkeops.goldenDir"), "expected");
        Set<String> names = new TreeSet<>();
        Pattern identifier = Pattern.compile("\\b[A-Za-z_$][A-Za-z0-9_$]*\\b");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = identifier.matcher(Files.readString(f));
                while (m.find()) {
                    names.add(m.group());
                }
            }
        }
        names.removeAll(NOT_PARAMETER_NAMES);
        return List.copyOf(names);
    }

    @Test
    void parametersNamedLikeEveryGeneratedIdentifierCompile() throws IOException {
        List<String> names = goldenIdentifiers();
        assertTrue(names.containsAll(List.of("Lanes", "W512", "W256", "W128", "rows", "cols", "out", "outIndex",
                "runtime", "r", "s", "t0", "acc0", "kv", "ki", "kn", "mx", "FloatVector", "Args")),
                "the golden files no longer use some identifiers this test is about: " + names);
        // every reduction family (SUM's schemes, MIN/MAX and their ARG forms, the K forms, the
        // online-exp pair); %w stands for the kernel's j-variable
        String[][] reductions = {
            {"@Reduce(value = Reduction.SUM, sum = SumScheme.BLOCK)", "float[]"},
            {"@Reduce(value = Reduction.SUM, sum = SumScheme.KAHAN)", "float[]"},
            {"@Reduce(Reduction.MIN_ARG_MIN)", "FloatArgResult"},
            {"@Reduce(value = Reduction.K_MIN_ARG_K_MIN, k = 2)", "FloatArgResult"},
            {"@Reduce(Reduction.LOG_SUM_EXP)", "float[]"},
            {"@Reduce(Reduction.MIN)", "float[]"},
            {"@Reduce(Reduction.ARG_MAX)", "int[]"},
            {"@Reduce(value = Reduction.K_MIN, k = 2)", "float[]"},
            {"@Reduce(value = Reduction.ARG_K_MIN, k = 2)", "int[]"},
            {"@Reduce(value = Reduction.SUM_SOFTMAX_WEIGHT, weight = \"%w\")", "float[]"},
        };
        List<String> members = new ArrayList<>();
        int chunk = 24;
        for (int start = 0, kernel = 0; start < names.size(); start += chunk, kernel++) {
            List<String> own = names.subList(start, Math.min(names.size(), start + chunk));
            String[] reduction = reductions[kernel % reductions.length];
            // the first parameter is an i-variable, the second a j-variable, the others scalar parameters
            String vi = own.get(0);
            String vj = own.size() > 1 ? own.get(1) : null;
            StringBuilder formula = new StringBuilder(vj == null ? "Sum(" + vi + ")" : "SqDist(" + vi + ", " + vj + ")");
            StringBuilder params = new StringBuilder("@Vi(2) float[] " + vi);
            if (vj == null) {
                params.append(", @Vj(2) float[] k").append(kernel).append("y");
                formula = new StringBuilder("SqDist(" + vi + ", k" + kernel + "y)");
            } else {
                params.append(", @Vj(2) float[] ").append(vj);
            }
            for (String p : own.subList(Math.min(2, own.size()), own.size())) {
                formula.append(" + ").append(p);
                params.append(", @Pm float ").append(p);
            }
            members.add("    @Formula(\"" + formula + "\")");
            members.add("    " + reduction[0].replace("%w", vj == null ? "k" + kernel + "y" : vj));
            members.add("    " + reduction[1] + " k" + kernel + "(" + params + ");");
        }
        // A method whose name ends with an underscore has a constant that does too (r0_: R0_), as
        // does the local of a parameter named like the rest of it (R0: R0_).
        for (int q = 0; q < reductions.length; q++) {
            String[] reduction = reductions[q];
            String method = "r" + q + "_";
            String constant = "R" + q;
            members.add("    @Formula(\"SqDist(" + constant + ", y) * g\")");
            members.add("    " + reduction[0].replace("%w", "y"));
            members.add("    " + reduction[1] + " " + method + "(@Vi(2) float[] " + constant + ", @Vj(2) float[] y, @Pm float g);");
        }
        KernelSource s = DeclarationErrorTest.kernels("Clash", members.toArray(String[]::new));
        Compilation c = KernelSource.compile(s);
        assertThat(c).succeededWithoutWarnings();
        for (String generated : List.of("test.ClashImpl", "test.ClashScalarKernels", "test.ClashSimdKernels")) {
            assertTrue(c.generatedSourceFile(generated).isPresent(), "no generated " + generated);
        }
    }
}
