package org.jkeops.processor.ir;

/**
 * Prints IR in KeOps' text syntax, the canonical form used by error messages, IR dumps and golden
 * files. Infix operators are fully parenthesised so the text reads unambiguously; printing and
 * re-parsing gives the same tree.
 */
public final class Printer {
    private Printer() {
    }

    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        print(e, sb);
        return sb.toString();
    }

    private static void print(Expr e, StringBuilder sb) {
        switch (e) {
            case Expr.Var v -> sb.append(v.name());
            case Expr.Const c -> sb.append(number(c.value()));
            case Expr.Zero z -> sb.append("Zero(").append(z.dim()).append(')');
            case Expr.Unary u -> call(sb, u.op().keopsName(), u.arg());
            case Expr.Binary b -> {
                if (b.op().symbol() != null) {
                    sb.append('(');
                    print(b.left(), sb);
                    sb.append(' ').append(b.op().symbol()).append(' ');
                    print(b.right(), sb);
                    sb.append(')');
                } else {
                    call(sb, b.op().keopsName(), b.left(), b.right());
                }
            }
            case Expr.IfElse s -> call(sb, "IfElse", s.cond(), s.then(), s.otherwise());
            case Expr.Clamp c -> call(sb, "Clamp", c.arg(), c.low(), c.high());
            case Expr.Pow p -> callInts(sb, "Pow", p.arg(), p.exponent());
            case Expr.Round r -> callInts(sb, "Round", r.arg(), r.digits());
            case Expr.ComponentReduce r -> call(sb, r.op().keopsName(), r.arg());
            case Expr.SumT s -> callInts(sb, "SumT", s.arg(), s.dim());
            case Expr.OneHot h -> callInts(sb, "OneHot", h.arg(), h.dim());
            case Expr.Extract x -> callInts(sb, "Extract", x.arg(), x.start(), x.dim());
            case Expr.ExtractT x -> callInts(sb, "ExtractT", x.arg(), x.start(), x.dim());
            case Expr.Concat c -> call(sb, "Concat", c.left(), c.right());
            case Expr.MatVecMult m -> call(sb, "MatVecMult", m.matrix(), m.vector());
            case Expr.VecMatMult m -> call(sb, "VecMatMult", m.vector(), m.matrix());
            case Expr.TensorProd t -> call(sb, "TensorProd", t.left(), t.right());
        }
    }

    private static void call(StringBuilder sb, String name, Expr... args) {
        sb.append(name).append('(');
        for (int k = 0; k < args.length; k++) {
            if (k > 0) {
                sb.append(", ");
            }
            print(args[k], sb);
        }
        sb.append(')');
    }

    private static void callInts(StringBuilder sb, String name, Expr arg, int... ints) {
        sb.append(name).append('(');
        print(arg, sb);
        for (int n : ints) {
            sb.append(", ").append(n);
        }
        sb.append(')');
    }

    /**
     * Integers without a point; other values in the shortest form that reads back exactly;
     * infinities and NaN (from folding, e.g. {@code IntInv(0)}) as the divisions that fold back
     * to them.
     */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "(0 / 0)";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "(1 / 0)" : "(-1 / 0)";
        }
        if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
            String s = Long.toString((long) v);
            return v < 0 || (v == 0 && 1 / v < 0) ? "(" + (v == 0 ? "-0" : s) + ")" : s;
        }
        String s = Double.toString(v);
        return v < 0 ? "(" + s + ")" : s;
    }
}
