package org.jkeops.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.ir.Expr.Var;
import org.jkeops.processor.ir.Printer;
import org.jkeops.processor.resolve.FormulaException;
import org.jkeops.processor.resolve.Resolver;
import org.jkeops.processor.resolve.Scope;
import org.junit.jupiter.api.Test;

/**
 * The formulas of {@link GradientForm}, built on resolved IR, against the same gradient written
 * as KeOps text with {@code Grad} and resolved by the front end (as the analyzer used to build
 * them): every form must give the identical expression, so that generated kernels do not depend
 * on which route built them. The it-tests check the kernels against finite differences.
 */
class GradientFormTest {
    /** The variables of a target and its gradient's trailing parameters, by name. */
    private static final Map<String, Var> VARS = new LinkedHashMap<>();

    static {
        for (Var v : List.of(new Var(0, 3, Category.I, "x"), new Var(1, 3, Category.J, "y"),
                new Var(2, 2, Category.J, "b"), new Var(3, 1, Category.P, "g"), new Var(4, 1, Category.J, "c"),
                new Var(5, 1, Category.I, "s1"), new Var(6, 3, Category.I, "s3"), new Var(7, 1, Category.I, "e1"),
                new Var(8, 2, Category.I, "e2"), new Var(9, 3, Category.I, "e3"), new Var(10, 6, Category.I, "e6"),
                new Var(11, 1, Category.I, "lse"), new Var(12, 1, Category.I, "i1"), new Var(13, 2, Category.I, "i2"),
                new Var(14, 6, Category.I, "i6"), new Var(15, 2, Category.I, "i2k"), new Var(16, 2, Category.I, "e2k"),
                new Var(17, 1, Category.J, "jk_index"))) {
            VARS.put(v.name(), v);
        }
    }

    private static final Scope SCOPE = new Scope() {
        @Override
        public Var alias(String name) {
            return VARS.get(name);
        }

        @Override
        public boolean float32() {
            return false;
        }

        @Override
        public Collection<String> aliasNames() {
            return VARS.keySet();
        }

        @Override
        public Var positional(int position, Category category, int dim) {
            throw new IllegalArgumentException("no positional forms in these tests");
        }
    };

    private static Expr resolve(String text) {
        try {
            return Resolver.resolve(text, SCOPE);
        } catch (FormulaException e) {
            throw new AssertionError(e.format(text), e);
        }
    }

    /** Formulas of dimension 2 and 3 whose gradients have broadcasts and reductions over components. */
    private static final List<String> VECTOR_FORMULAS = List.of("Exp(-g * SqDist(x, y)) * b",
            "Sin(x - y) * c * Sqrt(SqNorm2(x) + 1)");
    private static final List<String> SCALAR_FORMULAS = List.of("c - g * SqDist(x, y)",
            "Log(1 + Exp((x | y) * g)) - Norm2(x - y)");
    private static final List<String> WRT = List.of("x", "y", "g", "c");

    private static Expr form(GradientForm form, String f, String g, String wrt, String... trailing) {
        List<Var> vars = new ArrayList<>();
        for (String t : trailing) {
            vars.add(VARS.get(t));
        }
        return form.formula(new GradientForm.Inputs(resolve(f), g == null ? null : resolve(g), VARS.get(wrt), vars,
                VARS.get("jk_index")));
    }

    private static void assertSame(String text, Expr built) {
        Expr expected = resolve(text);
        assertEquals(Printer.print(expected), Printer.print(built), text);
        assertEquals(expected, built, text);
    }

    @Test
    void sumIsGradOfTheFormula() {
        for (String f : VECTOR_FORMULAS) {
            for (String v : WRT) {
                int dim = resolve(f).dim();
                String e = "e" + dim;
                assertSame("Grad(" + f + ", " + v + ", " + e + ")", form(new GradientForm.Sum(), f, null, v, e));
            }
        }
    }

    @Test
    void logSumExpWeighsGradBySoftmax() {
        for (String f : SCALAR_FORMULAS) {
            for (String v : WRT) {
                assertSame("Grad(" + f + ", " + v + ", e1) * Exp(" + f + " - s1)",
                        form(new GradientForm.LogSumExp(), f, null, v, "s1", "e1"));
            }
        }
    }

    @Test
    void weightedLogSumExpDifferentiatesFormulaAndWeight() {
        for (String f : SCALAR_FORMULAS) {
            for (String g : List.of("y", "Exp(c) * x * y")) {
                for (String v : WRT) {
                    String w = "(e3 * Exp((" + f + ") - s3))";
                    assertSame("Grad((" + f + "), " + v + ", (" + w + " | (" + g + "))) + Grad((" + g + "), " + v
                            + ", " + w + ")", form(new GradientForm.WeightedLogSumExp(), f, g, v, "s3", "e3"));
                }
            }
        }
    }

    @Test
    void softmaxWeightDifferentiatesProbabilitiesAndWeight() {
        for (String f : SCALAR_FORMULAS) {
            for (String g : List.of("y", "Exp(c) * x * y")) {
                for (String v : WRT) {
                    assertSame("Exp((" + f + ") - lse) * (Grad((" + g + "), " + v + ", e3) + Grad((" + f + "), " + v
                            + ", (e3 | ((" + g + ") - s3))))",
                            form(new GradientForm.SoftmaxWeight(), f, g, v, "lse", "s3", "e3"));
                }
            }
        }
    }

    @Test
    void argIndicesSelectTheGradientAtTheSavedIndex() {
        // (formula, K, indices, incoming gradient): K x dimF values each
        List<List<String>> cases = List.of(
                List.of("SqDist(x, y)", "1", "i1", "e1"),
                List.of("Exp(-g * SqDist(x, y)) * b", "1", "i2", "e2"),
                List.of("Exp(-g * SqDist(x, y)) * b", "3", "i6", "e6"),
                List.of("SqDist(x, y) * c", "2", "i2k", "e2k"));
        for (List<String> c : cases) {
            String f = c.get(0);
            int k = Integer.parseInt(c.get(1));
            int dim = resolve(f).dim();
            for (String v : WRT) {
                List<String> terms = new ArrayList<>();
                for (int l = 0; l < k; l++) {
                    for (int comp = 0; comp < dim; comp++) {
                        int t = l * dim + comp;
                        String component = dim == 1 ? "(" + f + ")" : "Elem((" + f + "), " + comp + ")";
                        String index = k * dim == 1 ? c.get(2) : "Elem(" + c.get(2) + ", " + t + ")";
                        String incoming = k * dim == 1 ? c.get(3) : "Elem(" + c.get(3) + ", " + t + ")";
                        terms.add("IfElse((jk_index == " + index + ") - 0.5, Grad(" + component + ", " + v + ", "
                                + incoming + "), 0)");
                    }
                }
                assertSame(String.join(" + ", terms), form(new GradientForm.ArgIndices(k), f, null, v, c.get(2), c.get(3)));
            }
        }
    }

    /** The comparison can fail: a gradient with respect to another variable is another expression. */
    @Test
    void theComparisonTellsVariablesApart() {
        String f = VECTOR_FORMULAS.get(0);
        assertNotEquals(resolve("Grad(" + f + ", y, e2)"), form(new GradientForm.Sum(), f, null, "x", "e2"));
    }

    @Test
    void notationNamesTheParameters() {
        assertEquals("Grad(F, x, e) * Exp(F - s)", new GradientForm.LogSumExp().notation("x", List.of("s", "e")));
        assertEquals("Exp(F - l) * (Grad(G, y, d) + Grad(F, y, (d | (G - r))))",
                new GradientForm.SoftmaxWeight().notation("y", List.of("l", "r", "d")));
        assertEquals("Sum over c < dimF, l < 2, t = l * dimF + c of IfElse((j == idx_t) - 0.5, Grad(F_c, x, e_t), 0)",
                new GradientForm.ArgIndices(2).notation("x", List.of("idx", "e")));
    }
}
