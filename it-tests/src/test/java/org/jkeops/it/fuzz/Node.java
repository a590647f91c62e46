package org.jkeops.it.fuzz;

import java.util.List;

/**
 * A random formula: its KeOps text and its float64 reference meaning, evaluated for one pair
 * (x row, y row) and the parameter p. The semantics are docs/FORMULAS.md's "Special values".
 */
abstract class Node {
    final int dim;

    Node(int dim) {
        this.dim = dim;
    }

    abstract String text();

    abstract Val eval(Env env);

    /** The values of one pair: x (category i), y (category j), p (parameter), in a precision. */
    record Env(double[] x, double[] y, double p, Precision prec) {
    }

    /** x, y or p. */
    static final class Leaf extends Node {
        private final String name;

        Leaf(String name, int dim) {
            super(dim);
            this.name = name;
        }

        @Override
        String text() {
            return name;
        }

        @Override
        Val eval(Env env) {
            return switch (name) {
                case "x" -> Val.exact(env.x().clone());
                case "y" -> Val.exact(env.y().clone());
                default -> Val.exact(env.p());
            };
        }
    }

    /** A literal of dimension 1. */
    static final class Literal extends Node {
        private final String text;
        private final double value;

        Literal(String text, double value) {
            super(1);
            this.text = text;
            this.value = value;
        }

        @Override
        String text() {
            return text;
        }

        @Override
        Val eval(Env env) {
            double r = env.prec().round(value);
            return new Val(new double[] {r}, new double[] {Math.abs(r - value)}, false);
        }

        double value() {
            return value;
        }
    }

    /** An operation on child formulas, element-wise with broadcast of dimension-1 operands, or over components. */
    static final class Op extends Node {
        final Ops.Kind kind;
        final List<Node> args;
        final int n;
        /** The processor's form of this formula ({@link Folding}), once computed. */
        private Folding.Form form;

        Op(Ops.Kind kind, int dim, int n, List<Node> args) {
            super(dim);
            this.kind = kind;
            this.args = args;
            this.n = n;
        }

        @Override
        String text() {
            return Ops.text(this);
        }

        @Override
        Val eval(Env env) {
            if (form == null) {
                form = Folding.form(this);
            }
            if (Folding.isZero(form)) {
                // KeOps' 0 * f = 0, whatever f (Folding); a zero keeps its sign (Inv(-0) = -inf), -Zero(d) too
                double[] zeros = new double[dim];
                if (form instanceof Folding.Scalar s) {
                    zeros[0] = s.c();
                } else if (form instanceof Folding.Repeated r) {
                    java.util.Arrays.fill(zeros, r.c());
                }
                return Val.exact(zeros);
            }
            Val[] a = new Val[args.size()];
            for (int k = 0; k < a.length; k++) {
                a[k] = args.get(k).eval(env);
            }
            return Ops.eval(this, a, env.prec());
        }
    }
}
