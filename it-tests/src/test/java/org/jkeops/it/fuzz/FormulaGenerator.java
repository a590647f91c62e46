package org.jkeops.it.fuzz;

import java.util.List;
import java.util.Random;
import org.jkeops.it.fuzz.Ops.Kind;

/**
 * Random well-typed formulas over x ({@code @Vi(2)}), y ({@code @Vj(2)}) and p ({@code @Pm}):
 * every element-wise operation of tier 1 that has a float64 meaning, the reductions over
 * components, Elem and Concat, with dimension-1 operands broadcast. Depth at most {@code depth}.
 */
final class FormulaGenerator {
    private static final Kind[] UNARY = {Kind.NEG, Kind.EXP, Kind.LOG, Kind.SQRT, Kind.RSQRT, Kind.ABS, Kind.SIN,
        Kind.COS, Kind.ATAN, Kind.SQUARE, Kind.INV, Kind.FLOOR, Kind.STEP, Kind.SIGN, Kind.RELU, Kind.XLOGX,
        Kind.SINXDIVX, Kind.ROUND, Kind.POW};
    private static final Kind[] BINARY = {Kind.ADD, Kind.SUB, Kind.MUL, Kind.DIV, Kind.POWF, Kind.ATAN2};
    private static final Kind[] TO_SCALAR = {Kind.SUM, Kind.MAX, Kind.MIN, Kind.SQNORM2, Kind.NORM2, Kind.DOT,
        Kind.SQDIST, Kind.ELEM};
    private static final String[][] LITERALS = {{"0", "0"}, {"1", "1"}, {"2", "2"}, {"0.5", "0.5"}, {"3", "3"},
        {"1e-3", "1e-3"}, {"IntCst(-1)", "-1"}, {"0.1", "0.1"}};

    private final Random rnd;

    FormulaGenerator(long seed) {
        this.rnd = new Random(seed);
    }

    Node formula(int dim, int depth) {
        if (depth <= 0 || rnd.nextInt(5) == 0) {
            return leaf(dim);
        }
        int pick = rnd.nextInt(10);
        if (dim == 1 && pick < 2) {
            Kind k = TO_SCALAR[rnd.nextInt(TO_SCALAR.length)];
            Node a = formula(2, depth - 1);
            return switch (k) {
                case DOT, SQDIST -> new Node.Op(k, 1, 0, List.of(a, formula(2, depth - 1)));
                case ELEM -> new Node.Op(k, 1, rnd.nextInt(2), List.of(a));
                default -> new Node.Op(k, 1, 0, List.of(a));
            };
        }
        if (dim == 2 && pick < 1) {
            return new Node.Op(Kind.CONCAT, 2, 0, List.of(formula(1, depth - 1), formula(1, depth - 1)));
        }
        if (pick < 5) {
            Kind k = UNARY[rnd.nextInt(UNARY.length)];
            int n = switch (k) {
                case ROUND -> new int[] {0, 1, 2, 3, -1}[rnd.nextInt(5)];
                case POW -> new int[] {2, 3, -1, -2, 0, 5}[rnd.nextInt(6)];
                default -> 0;
            };
            // Round of an input half the time: the halfway points in the data reach it unchanged
            Node arg = k == Kind.ROUND && rnd.nextBoolean() ? leaf(dim) : formula(dim, depth - 1);
            return new Node.Op(k, dim, n, List.of(arg));
        }
        if (pick < 9) {
            Kind k = BINARY[rnd.nextInt(BINARY.length)];
            Node a = operand(dim, depth - 1);
            Node b = a.dim == dim ? operand(dim, depth - 1) : formula(dim, depth - 1);
            return rnd.nextBoolean() ? new Node.Op(k, dim, 0, List.of(a, b)) : new Node.Op(k, dim, 0, List.of(b, a));
        }
        Kind k = rnd.nextBoolean() ? Kind.IFELSE : Kind.CLAMP;
        Node a = operand(dim, depth - 1);
        Node b = operand(dim, depth - 1);
        Node c = a.dim == dim || b.dim == dim ? operand(dim, depth - 1) : formula(dim, depth - 1);
        return new Node.Op(k, dim, 0, List.of(a, b, c));
    }

    /** An operand of an element-wise operation of dimension dim: that dimension or 1 (broadcast). */
    private Node operand(int dim, int depth) {
        return formula(dim == 2 && rnd.nextInt(3) == 0 ? 1 : dim, depth);
    }

    private Node leaf(int dim) {
        if (dim == 2) {
            return new Node.Leaf(rnd.nextBoolean() ? "x" : "y", 2);
        }
        return switch (rnd.nextInt(4)) {
            case 0 -> new Node.Leaf("p", 1);
            case 1 -> {
                String[] l = LITERALS[rnd.nextInt(LITERALS.length)];
                yield new Node.Literal(l[0], Double.parseDouble(l[1]));
            }
            default -> new Node.Op(Kind.ELEM, 1, rnd.nextInt(2), List.of(new Node.Leaf(rnd.nextBoolean() ? "x" : "y", 2)));
        };
    }
}
