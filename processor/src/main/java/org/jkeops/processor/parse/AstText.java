package org.jkeops.processor.parse;

import java.util.stream.Collectors;

/**
 * A syntax tree written back as formula text, for messages that quote an operand ("x", "x - y",
 * "Exp(-g * SqDist(x, y))"). Spacing is normalized and parentheses are added around infix
 * operands that are themselves infix, so the text reads unambiguously.
 */
public final class AstText {
    private AstText() {
    }

    public static String of(Ast ast) {
        return switch (ast) {
            case Ast.Num n -> n.text();
            case Ast.Name n -> n.name();
            case Ast.Call c -> c.function() + c.args().stream().map(AstText::of).collect(Collectors.joining(", ", "(", ")"));
            case Ast.Infix in -> operand(in.left()) + " " + in.op() + " " + operand(in.right());
            case Ast.Negate n -> "-" + operand(n.arg());
            case Ast.ScalarProduct sp -> "(" + of(sp.left()) + " | " + of(sp.right()) + ")";
        };
    }

    private static String operand(Ast ast) {
        return ast instanceof Ast.Infix ? "(" + of(ast) + ")" : of(ast);
    }
}
