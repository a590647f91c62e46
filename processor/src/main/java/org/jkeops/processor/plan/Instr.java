package org.jkeops.processor.plan;

import java.util.List;
import org.jkeops.processor.ir.BinaryOp;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.UnaryOp;

/**
 * One scalar operation of a lowered formula: every vector operation of the IR becomes a few of
 * these, one per component. Operands are ids of earlier values of the same {@link Program}.
 * Records compare structurally, which is what value numbering (CSE) keys on.
 */
public sealed interface Instr {
    /** The ids of the values this operation reads, in order. */
    default List<Integer> operands() {
        return switch (this) {
            case Load l -> List.of();
            case Literal l -> List.of();
            case Un u -> List.of(u.a());
            case Bin b -> List.of(b.a(), b.b());
            case Select s -> List.of(s.cond(), s.then(), s.otherwise());
            case IfLess l -> List.of(l.a(), l.b(), l.then(), l.otherwise());
            case Clamp c -> List.of(c.a(), c.low(), c.high());
            case PowInt pw -> List.of(pw.a());
            case RoundTo rt -> List.of(rt.a());
        };
    }

    /** Component {@code component} of the method parameter at {@code param}. */
    record Load(int param, int component, Category category) implements Instr {
    }

    record Literal(double value) implements Instr {
    }

    record Un(UnaryOp op, int a) implements Instr {
    }

    record Bin(BinaryOp op, int a, int b) implements Instr {
    }

    /** {@code cond >= 0 ? then : otherwise} (IfElse). */
    record Select(int cond, int then, int otherwise) implements Instr {
    }

    /** {@code a < b ? then : otherwise}: component min / max / arg-min / arg-max chains. */
    record IfLess(int a, int b, int then, int otherwise) implements Instr {
    }

    /** min(max(a, low), high). */
    record Clamp(int a, int low, int high) implements Instr {
    }

    /** a to an integer power. */
    record PowInt(int a, int exponent) implements Instr {
    }

    /** a rounded to {@code digits} decimals, halves away from zero. */
    record RoundTo(int a, int digits) implements Instr {
    }
}
