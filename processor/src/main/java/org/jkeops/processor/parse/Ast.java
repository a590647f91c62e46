package org.jkeops.processor.parse;

import java.util.List;

/**
 * The syntax tree of a formula string, before names are resolved. Every node keeps the 1-based
 * column where it starts, so later errors point inside the formula.
 */
public sealed interface Ast {
    int column();

    /** A numeric literal; {@code integer} when written without a point or exponent. */
    record Num(double value, boolean integer, String text, int column) implements Ast {
    }

    /** An alias: the name of a method parameter. */
    record Name(String name, int column) implements Ast {
    }

    /** {@code Fn(args...)}. */
    record Call(String function, List<Ast> args, int column) implements Ast {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** An infix operator: {@code + - * / ** == != < <= > >=}. */
    record Infix(String op, Ast left, Ast right, int column) implements Ast {
    }

    /** Unary minus. */
    record Negate(Ast arg, int column) implements Ast {
    }

    /** {@code (a | b)}, the scalar product. */
    record ScalarProduct(Ast left, Ast right, int column) implements Ast {
    }
}
