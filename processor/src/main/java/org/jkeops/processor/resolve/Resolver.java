package org.jkeops.processor.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.DimensionException;
import org.jkeops.processor.ir.ExpressionTooLargeException;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.ir.IndexRangeException;
import org.jkeops.processor.ir.Ops;
import org.jkeops.processor.parse.Ast;
import org.jkeops.processor.parse.AstText;
import org.jkeops.processor.parse.FormulaParser;
import org.jkeops.processor.parse.FormulaSyntaxException;

/**
 * Turns a formula's syntax tree into IR: resolves names against a {@link Scope}, checks arity
 * and integer arguments, and builds every node through {@link Ops} so that dimensions are checked
 * (and the formula simplified) as it is built. The first problem stops resolution with a
 * {@link FormulaException} pointing at its column.
 */
public final class Resolver {
    private final Scope scope;

    private Resolver(Scope scope) {
        this.scope = scope;
    }

    /** Parses and resolves formula text. */
    public static Expr resolve(String text, Scope scope) throws FormulaException {
        try {
            return new Resolver(scope).expr(FormulaParser.parse(text));
        } catch (FormulaSyntaxException e) {
            throw new FormulaException(Msg.SYNTAX, e.column(), e.getMessage());
        }
    }

    /**
     * Resolves a syntax tree built by another front end (the body of a static method): its
     * {@code column}s are whatever that front end uses to locate nodes, and come back in
     * {@link FormulaException#column()}.
     */
    public static Expr resolve(Ast ast, Scope scope) throws FormulaException {
        return new Resolver(scope).expr(ast);
    }

    private Expr expr(Ast ast) throws FormulaException {
        return switch (ast) {
            case Ast.Num n -> literal(n);
            case Ast.Name n -> name(n);
            case Ast.Negate n -> Ops.neg(expr(n.arg()));
            case Ast.Infix in -> infix(in);
            case Ast.ScalarProduct sp -> scalarProduct(sp);
            case Ast.Call c -> call(c);
        };
    }

    /**
     * A literal is rounded to the kernel's precision; one that overflows it would silently be
     * infinite (float64 overflow is the parser's error, before the precision is known).
     */
    private Expr literal(Ast.Num n) throws FormulaException {
        if (scope.float32() && Float.isInfinite((float) n.value())) {
            throw new FormulaException(Msg.SYNTAX, n.column(), "number " + n.text() + " overflows float32, the precision"
                    + " of this kernel (beyond " + Float.MAX_VALUE + "); write a smaller constant, or use double parameters");
        }
        return Ops.constant(n.value());
    }

    private Expr name(Ast.Name n) throws FormulaException {
        Expr.Var v = scope.alias(n.name());
        if (v == null) {
            if (Functions.lookup(n.name()) != null || Functions.POSITIONAL.contains(n.name())) {
                throw new FormulaException(Msg.SYNTAX, n.column(),
                        "'" + n.name() + "' is a function; call it with arguments in parentheses");
            }
            // a parameter lacking its annotation: say so, rather than suggest another name
            String parameter = scope.unannotatedParameter(n.name());
            throw new FormulaException(Msg.UNKNOWN_NAME, n.column(), n.name(),
                    parameter != null ? "; " + parameter : NearestName.didYouMean(n.name(), scope.aliasNames()),
                    scope.aliasNames().isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(scope.aliasNames())));
        }
        return v;
    }

    private Expr scalarProduct(Ast.ScalarProduct sp) throws FormulaException {
        Expr left = expr(sp.left());
        Expr right = expr(sp.right());
        return build(sp.column(), "scalar product (a | b)", List.of(sp.left(), sp.right()), List.of(left, right),
                () -> Ops.scalarProduct(left, right));
    }

    private Expr infix(Ast.Infix in) throws FormulaException {
        if (in.op().equals("**")) {
            Expr base = expr(in.left());
            Long n = integerLiteral(in.right());
            if (n != null && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
                int exponent = (int) (long) n;
                return build(in.column(), "**", List.of(in.left()), List.of(base), () -> Ops.pow(base, exponent));
            }
            Expr exponent = expr(in.right());
            return build(in.column(), "**", List.of(in.left(), in.right()), List.of(base, exponent),
                    () -> Ops.binary(BinaryOp.POWF, base, exponent));
        }
        BinaryOp op = Arrays.stream(BinaryOp.values()).filter(o -> in.op().equals(o.symbol())).findFirst()
                .orElseThrow(() -> new IllegalStateException("parser produced operator " + in.op()));
        Expr left = expr(in.left());
        Expr right = expr(in.right());
        return build(in.column(), "'" + in.op() + "'", List.of(in.left(), in.right()), List.of(left, right),
                () -> Ops.binary(op, left, right));
    }

    private Expr call(Ast.Call c) throws FormulaException {
        if (Functions.POSITIONAL.contains(c.function())) {
            return positional(c);
        }
        Functions.Signature sig = Functions.lookup(c.function());
        if (sig == null) {
            throw new FormulaException(Msg.UNKNOWN_FUNCTION, c.column(), c.function(),
                    NearestName.didYouMean(c.function(), Functions.names()));
        }
        if (c.args().size() != sig.operands() + sig.ints()) {
            throw new FormulaException(Msg.ARITY, c.column(), c.function(), sig.describe(), c.args().size());
        }
        List<Expr> operands = new ArrayList<>(sig.operands());
        for (int k = 0; k < sig.operands(); k++) {
            operands.add(expr(c.args().get(k)));
        }
        if (Functions.WRT_VARIABLE.contains(c.function()) && !(operands.get(1) instanceof Expr.Var)) {
            throw new FormulaException(Msg.BAD_VARIABLE, start(c.args().get(1)), c.function()
                    + " differentiates with respect to a variable (an alias or Vi/Vj/Pm/Var), got a formula");
        }
        int[] ints = new int[sig.ints()];
        for (int k = 0; k < sig.ints(); k++) {
            ints[k] = requireInteger(c, sig.operands() + k);
        }
        Expr built = build(c.column(), c.function(), c.args().subList(0, sig.operands()), operands,
                () -> sig.builder().build(operands, ints));
        if (built.dim() > MAX_DIMENSION) {
            throw new FormulaException(Msg.BAD_INDEX, c.column(), c.function() + " has dimension " + built.dim()
                    + "; formulas are limited to dimension " + MAX_DIMENSION);
        }
        return built;
    }

    private Expr positional(Ast.Call c) throws FormulaException {
        boolean full = c.function().equals("Var");
        int expected = full ? 3 : 2;
        if (c.args().size() != expected) {
            throw new FormulaException(Msg.ARITY, c.column(), c.function(),
                    expected + " integer arguments", c.args().size());
        }
        int pos = requireInteger(c, 0);
        int dim = requireInteger(c, 1);
        Category cat;
        if (full) {
            int code = requireInteger(c, 2);
            if (code < 0 || code > 2) {
                throw new FormulaException(Msg.BAD_VARIABLE, c.column(),
                        "Var category must be 0 (i), 1 (j) or 2 (parameter), got " + code);
            }
            cat = Category.values()[code];
        } else {
            cat = Category.ofKeopsName(c.function());
        }
        if (dim < 1) {
            throw new FormulaException(Msg.BAD_VARIABLE, c.column(), "dimension must be >= 1, got " + dim);
        }
        try {
            return scope.positional(pos, cat, dim);
        } catch (IllegalArgumentException e) {
            throw new FormulaException(Msg.BAD_VARIABLE, c.column(), e.getMessage());
        }
    }

    /**
     * The largest dimension a formula, a size argument (Zero, SumT, OneHot, ElemT, Extract,
     * ExtractT) or an index argument may have: far above any kernel that fits a JVM method, and
     * small enough that index arithmetic cannot overflow and javac is not asked for a gigabyte of
     * code.
     */
    public static final int MAX_DIMENSION = 1 << 16;

    private int requireInteger(Ast.Call c, int index) throws FormulaException {
        Ast arg = c.args().get(index);
        Long n = integerLiteral(arg);
        if (n == null) {
            throw new FormulaException(Msg.INTEGER_ARGUMENT, start(arg), index + 1, c.function());
        }
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new FormulaException(Msg.BAD_INDEX, start(arg), "argument " + (index + 1) + " of " + c.function()
                    + " is " + n + ", beyond the int range");
        }
        if (Functions.SIZE_ARGUMENTS.contains(c.function()) && Math.abs(n) > MAX_DIMENSION) {
            throw new FormulaException(Msg.BAD_INDEX, start(arg), "argument " + (index + 1) + " of " + c.function()
                    + " is " + n + "; indices and sizes are limited to " + MAX_DIMENSION);
        }
        return (int) (long) n;
    }

    /** The column where an argument's text starts (an infix node keeps its operator's column). */
    private static int start(Ast a) {
        return switch (a) {
            case Ast.Infix in -> Math.min(in.column(), start(in.left()));
            default -> a.column();
        };
    }

    /** The value of an integer literal, possibly negated (exact below 2^53: the parser checks), or null. */
    private static Long integerLiteral(Ast a) {
        if (a instanceof Ast.Num n && n.integer()) {
            return (long) n.value();
        }
        if (a instanceof Ast.Negate neg) {
            Long inner = integerLiteral(neg.arg());
            return inner == null ? null : -inner;
        }
        return null;
    }

    /**
     * Builds an expression, turning the IR's dimension and index errors into formula errors at
     * {@code column}; a dimension error quotes the operands as written, with their dimensions.
     */
    private static Expr build(int column, String what, List<Ast> written, List<Expr> operands, Supplier<Expr> b)
            throws FormulaException {
        try {
            return b.get();
        } catch (DimensionException e) {
            throw new FormulaException(Msg.DIMENSION_MISMATCH, column, detail(what, e.getMessage())
                    + operandDimensions(written, operands));
        } catch (ExpressionTooLargeException e) {
            throw new FormulaException(Msg.KERNEL_TOO_LARGE, column, detail(what, e.getMessage()));
        } catch (IndexRangeException | IllegalArgumentException e) {
            throw new FormulaException(Msg.BAD_INDEX, column, detail(what, e.getMessage()));
        }
    }

    /** {@code " (operands: x has dimension 3, z has dimension 2)"}. */
    private static String operandDimensions(List<Ast> written, List<Expr> operands) {
        List<String> parts = new ArrayList<>(written.size());
        for (int k = 0; k < written.size(); k++) {
            parts.add(AstText.of(written.get(k)) + " has dimension " + operands.get(k).dim());
        }
        return " (operands: " + String.join(", ", parts) + ")";
    }

    /** "what: message", unless the message already starts by naming what failed. */
    private static String detail(String what, String message) {
        return message.startsWith(what + " ") ? message : what + ": " + message;
    }
}
