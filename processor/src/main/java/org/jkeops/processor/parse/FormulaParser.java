package org.jkeops.processor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Recursive-descent parser for KeOps' formula syntax. Precedence, lowest first: comparisons (not
 * chained), {@code + -}, {@code * /}, unary minus, {@code **} (right-associative, so {@code -x**2}
 * is {@code -(x**2)}), then literals, names, calls and parentheses. {@code |} is only allowed
 * directly inside parentheses: {@code (a | b)}.
 */
public final class FormulaParser {
    private static final String BAR_OUTSIDE_PARENTHESES =
            "'|' is only allowed directly inside parentheses, as in (a | b)";

    /**
     * The deepest nesting of parentheses, calls and signs a formula may have: every later pass
     * recurses over the tree, and javac's thread must not overflow its stack.
     */
    public static final int MAX_NESTING = 200;
    /**
     * The deepest formula tree (a chain a + b + c ... is as deep as it is long): the passes after
     * parsing recurse over the tree, and javac's thread must not overflow its stack.
     */
    public static final int MAX_DEPTH = 200;

    private final String text;
    private int pos;
    private int depth;

    private FormulaParser(String text) {
        this.text = text;
    }

    public static Ast parse(String text) throws FormulaSyntaxException {
        FormulaParser p = new FormulaParser(text);
        p.skipSpace();
        if (p.pos == text.length()) {
            throw new FormulaSyntaxException("the formula is empty", 1);
        }
        Ast result = p.comparison();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error(p.at('|') ? BAR_OUTSIDE_PARENTHESES
                    : "unexpected " + p.describeHere() + " after a complete expression");
        }
        int depth = depth(result);
        if (depth > MAX_DEPTH) {
            throw new FormulaSyntaxException("the formula's tree is " + depth + " levels deep, more than " + MAX_DEPTH
                    + " (a long chain of + or * counts one level per operand); split it", 1);
        }
        return result;
    }

    private Ast comparison() throws FormulaSyntaxException {
        Ast left = additive();
        skipSpace();
        int col = column();
        String op = peekOperator("==", "!=", "<=", ">=", "<", ">");
        if (op == null) {
            return left;
        }
        pos += op.length();
        Ast right = additive();
        skipSpace();
        if (peekOperator("==", "!=", "<=", ">=", "<", ">") != null) {
            throw error("comparisons cannot be chained; add parentheses");
        }
        return new Ast.Infix(op, left, right, col);
    }

    private Ast additive() throws FormulaSyntaxException {
        Ast left = multiplicative();
        while (true) {
            skipSpace();
            if (at('+') || at('-')) {
                int col = column();
                String op = String.valueOf(text.charAt(pos++));
                left = new Ast.Infix(op, left, multiplicative(), col);
            } else {
                return left;
            }
        }
    }

    private Ast multiplicative() throws FormulaSyntaxException {
        Ast left = unary();
        while (true) {
            skipSpace();
            if (at('/') || (at('*') && !text.startsWith("**", pos))) {
                int col = column();
                String op = String.valueOf(text.charAt(pos++));
                left = new Ast.Infix(op, left, unary(), col);
            } else {
                return left;
            }
        }
    }

    /** The depth of a tree, without recursion (the tree may be too deep for it). */
    static int depth(Ast root) {
        java.util.ArrayDeque<Ast> nodes = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        nodes.push(root);
        depths.push(1);
        int max = 0;
        while (!nodes.isEmpty()) {
            Ast a = nodes.pop();
            int d = depths.pop();
            max = Math.max(max, d);
            java.util.List<Ast> children = switch (a) {
                case Ast.Negate n -> java.util.List.of(n.arg());
                case Ast.Infix in -> java.util.List.of(in.left(), in.right());
                case Ast.ScalarProduct sp -> java.util.List.of(sp.left(), sp.right());
                case Ast.Call c -> c.args();
                default -> java.util.List.of();
            };
            for (Ast child : children) {
                nodes.push(child);
                depths.push(d + 1);
            }
        }
        return max;
    }

    private Ast unary() throws FormulaSyntaxException {
        if (++depth > MAX_NESTING) {
            throw error("the formula is nested more than " + MAX_NESTING + " levels deep");
        }
        try {
            skipSpace();
            if (at('-')) {
                int col = column();
                pos++;
                return new Ast.Negate(unary(), col);
            }
            return accept('+') ? unary() : power();
        } finally {
            depth--;
        }
    }

    private Ast power() throws FormulaSyntaxException {
        Ast base = primary();
        skipSpace();
        if (text.startsWith("**", pos)) {
            int col = column();
            pos += 2;
            return new Ast.Infix("**", base, unary(), col);
        }
        return base;
    }

    private Ast primary() throws FormulaSyntaxException {
        skipSpace();
        if (pos >= text.length()) {
            throw error("the formula ends where an operand was expected");
        }
        char c = text.charAt(pos);
        int col = column();
        if (c == '(') {
            pos++;
            Ast inner = comparison();
            skipSpace();
            if (accept('|')) {
                Ast right = comparison();
                expect(')', "to close the scalar product opened at column " + col);
                return new Ast.ScalarProduct(inner, right, col);
            }
            expect(')', "to close the parenthesis opened at column " + col);
            return inner;
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length()
                && Character.isDigit(text.charAt(pos + 1)))) {
            return number();
        }
        if (Character.isLetter(c) || c == '_' || c == '$') {
            int start = pos;
            skip(ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '$');
            String name = text.substring(start, pos);
            skipSpace();
            if (accept('(')) {
                List<Ast> args = new ArrayList<>();
                skipSpace();
                if (accept(')')) {
                    return new Ast.Call(name, args, col);
                }
                while (true) {
                    args.add(comparison());
                    skipSpace();
                    if (accept(',')) {
                        continue;
                    }
                    if (at('|')) {
                        throw error(BAR_OUTSIDE_PARENTHESES);
                    }
                    expect(')', "to close the argument list of " + name + " opened at column " + col);
                    return new Ast.Call(name, args, col);
                }
            }
            return new Ast.Name(name, col);
        }
        throw error("expected a number, a name, a call or '(' but found " + describeHere());
    }

    private Ast number() throws FormulaSyntaxException {
        int start = pos;
        int col = column();
        boolean integer = true;
        skip(Character::isDigit);
        if (accept('.')) {
            integer = false;
            skip(Character::isDigit);
        }
        if (at('e') || at('E')) {
            int save = pos;
            pos++;
            if (at('+') || at('-')) {
                pos++;
            }
            if (skip(Character::isDigit)) {
                integer = false;
            } else {
                pos = save;
                throw error("malformed exponent in number '" + text.substring(start, pos + 1) + "'");
            }
        }
        if (at('_') || at('$') || (pos < text.length() && Character.isLetter(text.charAt(pos)))) {
            throw error("a number cannot be followed directly by a name");
        }
        String lexeme = text.substring(start, pos);
        double value = Double.parseDouble(lexeme);
        if (Double.isInfinite(value)) {
            throw new FormulaSyntaxException("number " + lexeme + " overflows (beyond " + Double.MAX_VALUE + ")", col);
        }
        if (integer && value >= 0x1p53) {
            throw new FormulaSyntaxException("integer literal " + lexeme + " is too large to stay exact", col);
        }
        return new Ast.Num(value, integer, lexeme, col);
    }

    private void expect(char c, String why) throws FormulaSyntaxException {
        skipSpace();
        if (!at(c)) {
            throw error("expected '" + c + "' " + why + " but found " + describeHere());
        }
        pos++;
    }

    private String peekOperator(String... ops) {
        for (String op : ops) {
            if (text.startsWith(op, pos)) {
                return op;
            }
        }
        return null;
    }

    private void skipSpace() {
        skip(Character::isWhitespace);
    }

    /** Moves past the characters that match; whether there was one. */
    private boolean skip(IntPredicate matches) {
        int start = pos;
        while (pos < text.length() && matches.test(text.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    /** Moves past {@code c} if it is the next character; whether it was. */
    private boolean accept(char c) {
        if (!at(c)) {
            return false;
        }
        pos++;
        return true;
    }

    private int column() {
        return pos + 1;
    }

    private boolean at(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private String describeHere() {
        return pos >= text.length() ? "the end of the formula" : "'" + text.charAt(pos) + "'";
    }

    private FormulaSyntaxException error(String message) {
        return new FormulaSyntaxException(message, column());
    }
}
