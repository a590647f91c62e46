package org.jkeops.processor.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for KeOps' formula syntax. Precedence, lowest first: comparisons (not
 * chained), {@code + -}, {@code * /}, unary minus, {@code **} (right-associative, so {@code -x**2}
 * is {@code -(x**2)}), then literals, names, calls and parentheses. {@code |} is only allowed
 * directly inside parentheses: {@code (a | b)}.
 */
public final class FormulaParser {
    private static final String BAR_OUTSIDE_PARENTHESES =
            "'|' is only allowed directly inside parentheses, as in (a | b)";

    private final String text;
    private int pos;

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
            throw p.error(p.atBar() ? BAR_OUTSIDE_PARENTHESES
                    : "unexpected " + p.describeHere() + " after a complete expression");
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
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
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
            if (pos < text.length() && (text.charAt(pos) == '/'
                    || (text.charAt(pos) == '*' && !text.startsWith("**", pos)))) {
                int col = column();
                String op = String.valueOf(text.charAt(pos++));
                left = new Ast.Infix(op, left, unary(), col);
            } else {
                return left;
            }
        }
    }

    private Ast unary() throws FormulaSyntaxException {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '-') {
            int col = column();
            pos++;
            return new Ast.Negate(unary(), col);
        }
        if (pos < text.length() && text.charAt(pos) == '+') {
            pos++;
            return unary();
        }
        return power();
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
            if (pos < text.length() && text.charAt(pos) == '|') {
                pos++;
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
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos))
                    || text.charAt(pos) == '_' || text.charAt(pos) == '$')) {
                pos++;
            }
            String name = text.substring(start, pos);
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '(') {
                pos++;
                List<Ast> args = new ArrayList<>();
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == ')') {
                    pos++;
                    return new Ast.Call(name, args, col);
                }
                while (true) {
                    args.add(comparison());
                    skipSpace();
                    if (pos < text.length() && text.charAt(pos) == ',') {
                        pos++;
                        continue;
                    }
                    if (atBar()) {
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
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            integer = false;
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                integer = false;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
                throw error("malformed exponent in number '" + text.substring(start, pos + 1) + "'");
            }
        }
        if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '$')) {
            throw error("a number cannot be followed directly by a name");
        }
        String lexeme = text.substring(start, pos);
        double value = Double.parseDouble(lexeme);
        if (integer && value >= 0x1p53) {
            throw new FormulaSyntaxException("integer literal " + lexeme + " is too large to stay exact", col);
        }
        return new Ast.Num(value, integer, lexeme, col);
    }

    private void expect(char c, String why) throws FormulaSyntaxException {
        skipSpace();
        if (pos >= text.length() || text.charAt(pos) != c) {
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
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private int column() {
        return pos + 1;
    }

    private boolean atBar() {
        return pos < text.length() && text.charAt(pos) == '|';
    }

    private String describeHere() {
        return pos >= text.length() ? "the end of the formula" : "'" + text.charAt(pos) + "'";
    }

    private FormulaSyntaxException error(String message) {
        return new FormulaSyntaxException(message, column());
    }
}
