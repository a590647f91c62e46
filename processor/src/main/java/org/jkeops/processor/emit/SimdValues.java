package org.jkeops.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.function.IntFunction;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.UnaryOp;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Level;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.plan.Program;
import org.jkeops.processor.reduce.LaneRow;
import org.jkeops.processor.reduce.ScalarRow;

/**
 * How the SIMD row kernels ({@link VectorJavaEmitter}, {@link TiledBlock}) name and spell the
 * values of one kernel's program for row q of a block ({@code q < 0}: a value shared by the rows).
 *
 * <ul>
 * <li>scalars: {@code t<id>} below INNER level (parameters, the row's values), {@code u<id>} at INNER
 *     level in the scalar tail; literals and scalar parameters inline;
 * <li>vectors: {@code b<id>}, the broadcast of a value below INNER level, {@code v<id>} at INNER
 *     level; j-variables loaded from the structure-of-arrays columns {@code col<param>_<component>};
 * <li>a value that depends on the output row carries the row's suffix {@code _q};
 * <li>the vector expression of each instruction, products fused into their user's FMA as the
 *     {@link SimdSchedule} decided, transcendentals inline ({@link VectorTranscendentals});
 * <li>the rows the reduction's two dialects spell: {@link LaneRow} in the vector loop,
 *     {@link ScalarRow} in the scalar tail.
 * </ul>
 */
record SimdValues(KernelPlan plan, boolean[] live, SimdSchedule schedule) {
    boolean isFloat() {
        return plan.precision() == Precision.FLOAT;
    }

    private Program program() {
        return plan.program();
    }

    /** The scalar type's Java name. */
    String t() {
        return plan.precision().javaType();
    }

    TypeName scalarType() {
        return isFloat() ? TypeName.FLOAT : TypeName.DOUBLE;
    }

    /** The vector class. */
    ClassName vec() {
        return isFloat() ? RuntimeTypes.FLOAT_VECTOR : RuntimeTypes.DOUBLE_VECTOR;
    }

    /** The width class's species constant. */
    String sp() {
        return isFloat() ? "FS" : "DS";
    }

    /** The width class's species of the int vectors that index the lanes. */
    String isp() {
        return isFloat() ? "FIS" : "DIS";
    }

    /** Values that depend on the output row (OUTER, or INNER computed from OUTER values). */
    boolean[] perRow() {
        return schedule.perRow();
    }

    /** Products folded into the FMA of their only user (an addition, or the SUM fold). */
    boolean[] fused() {
        return schedule.fused();
    }

    KernelPlan.Param param(int position) {
        return plan.params().get(position);
    }

    /** The structure-of-arrays column of a j-variable's component. */
    static String column(int position, int component) {
        return "col" + position + "_" + component;
    }

    private static String suffix(int q) {
        return q < 0 ? "" : "_" + q;
    }

    /** The scalar name of a value for row q: temporaries below INNER, tail values at INNER. */
    String scalarRef(int id, int q) {
        Program.Node n = program().node(id);
        if (ScalarJavaEmitter.inline(plan, n)) {
            return ScalarJavaEmitter.ref(plan, id);
        }
        String prefix = n.level() == Level.INNER ? "u" : "t";
        return prefix + id + (perRow()[id] ? suffix(q) : "");
    }

    /** The vector name of a value for row q. */
    String vectorRef(int id, int q) {
        Program.Node n = program().node(id);
        String prefix = n.level() == Level.INNER ? "v" : "b";
        return prefix + id + (perRow()[id] ? suffix(q) : "");
    }

    /** The scalar expression of an instruction for row q, in the scalar kernel's spelling. */
    CodeBlock scalar(Instr instr, int q) {
        return ScalarJavaEmitter.spell(instr, id -> scalarRef(id, q), l -> scalarLoad(l, q), isFloat());
    }

    private String scalarLoad(Instr.Load l, int q) {
        return scalarLoad(l, q, Integer.toString(l.component()));
    }

    /** A load for row q at the component {@code component} spells (a number, or an expression of d). */
    String scalarLoad(Instr.Load l, int q, String component) {
        KernelPlan.Param prm = param(l.param());
        String name = GeneratedNames.local(prm.name());
        if (l.category() == Category.P) {
            return name + "[" + component + "]";
        }
        if (l.category() == plan.inner()) {
            return column(l.param(), l.component()) + "[j]";
        }
        String row = q <= 0 ? "r" : "(r + " + q + ")";
        return name + "[" + (prm.dim() == 1 ? row : row + " * " + prm.dim())
                + (component.equals("0") ? "" : " + " + component) + "]";
    }

    /** {@link #emitVector(CodeBlock.Builder, Instr, String, int, boolean)} with Exp's range handled. */
    void emitVector(CodeBlock.Builder b, Instr instr, String name, int q) {
        emitVector(b, instr, name, q, false);
    }

    /**
     * Declares {@code name} as the vector value of an instruction for row q. The transcendental
     * operations ({@link VectorTranscendentals}) take several statements, spelled in place rather
     * than through a helper method so that the JIT sees constant species and never boxes the
     * vectors; everything else is one expression.
     *
     * @param speculativeExp whether Exp is spelled without its range handling, its argument
     *                       tracked ({@link SpeculativeExp})
     */
    void emitVector(CodeBlock.Builder b, Instr instr, String name, int q, boolean speculativeExp) {
        if (speculativeExp && instr instanceof Instr.Un u && u.op() == UnaryOp.EXP) {
            SpeculativeExp.track(b, vectorRef(u.a(), q));
            emitCode(b, VectorTranscendentals.expInRange(vectorRef(u.a(), q), name, isFloat(), sp()), name,
                    "Exp(" + vectorRef(u.a(), q) + ") in range");
        } else if (instr instanceof Instr.Un u && VectorTranscendentals.handles(u.op())) {
            emitCode(b, VectorTranscendentals.unary(u.op(), vectorRef(u.a(), q), name, isFloat(), sp()), name,
                    u.op().keopsName() + "(" + vectorRef(u.a(), q) + ")");
        } else if (instr instanceof Instr.Bin bin && VectorTranscendentals.handles(bin.op())) {
            emitCode(b, VectorTranscendentals.binary(bin.op(), vectorRef(bin.a(), q), vectorRef(bin.b(), q), name,
                    isFloat(), sp()), name,
                    bin.op().keopsName() + "(" + vectorRef(bin.a(), q) + ", " + vectorRef(bin.b(), q) + ")");
        } else {
            b.addStatement("final $T $L = $L", vec(), name, vector(instr, q));
        }
    }

    /** Declares {@code name} as the result of inline code, after a comment saying what it computes. */
    private void emitCode(CodeBlock.Builder b, VectorTranscendentals.Code code, String name, String computes) {
        b.add("// $L = $L, inline (see VectorTranscendentals)\n", name, computes);
        for (CodeBlock st : code.statements()) {
            b.addStatement("$L", st);
        }
        b.addStatement("final $T $L = $L", vec(), name, code.result());
    }

    private CodeBlock vector(Instr instr, int q) {
        IntFunction<String> ref = id -> vectorRef(id, q);
        return switch (instr) {
            case Instr.Load l -> CodeBlock.of("$T.fromArray($L, $L, j)", vec(), sp(), column(l.param(), l.component()));
            case Instr.Literal lit -> throw new IllegalStateException("literals are never per-pair values");
            case Instr.Un u -> JavaSpelling.vector(u.op(), ref.apply(u.a()));
            case Instr.Bin bin when fused()[bin.a()] -> CodeBlock.of("$L", fma(bin.a(), ref.apply(bin.b()), q));
            case Instr.Bin bin when fused()[bin.b()] -> CodeBlock.of("$L", fma(bin.b(), ref.apply(bin.a()), q));
            case Instr.Bin bin -> JavaSpelling.vector(bin.op(), ref.apply(bin.a()), ref.apply(bin.b()));
            // Spelled in place, not through VectorMath: HotSpot does not always inline a helper
            // into a large kernel method, and a vector crossing a call that is not inlined is
            // boxed (an IfElse through a VectorMath helper ran 12 times slower than in place).
            case Instr.Select s -> CodeBlock.of("$L.blend($L, $L.compare($T.GE, 0))", ref.apply(s.otherwise()),
                    ref.apply(s.then()), ref.apply(s.cond()), RuntimeTypes.VECTOR_OPERATORS);
            case Instr.IfLess l -> CodeBlock.of("$L.blend($L, $L.lt($L))", ref.apply(l.otherwise()), ref.apply(l.then()),
                    ref.apply(l.a()), ref.apply(l.b()));
            case Instr.Clamp c -> CodeBlock.of("$L.max($L).min($L)", ref.apply(c.a()), ref.apply(c.low()), ref.apply(c.high()));
            case Instr.PowInt pw when Math.abs(pw.exponent()) <= 4 -> CodeBlock.of("$L", powChain(ref.apply(pw.a()), pw.exponent()));
            case Instr.PowInt pw -> CodeBlock.of("$T.powi($L, $L)", RuntimeTypes.VECTOR_MATH, ref.apply(pw.a()), pw.exponent());
            case Instr.RoundTo rt -> CodeBlock.of("$T.round($L, $L)", RuntimeTypes.VECTOR_MATH, ref.apply(rt.a()), rt.digits());
        };
    }

    /** {@code a.fma(b, addend)} for a fused product. */
    private String fma(int product, String addend, int q) {
        return switch (program().node(product).instr()) {
            case Instr.Bin b -> vectorRef(b.a(), q) + ".fma(" + vectorRef(b.b(), q) + ", " + addend + ")";
            case Instr.Un u -> vectorRef(u.a(), q) + ".fma(" + vectorRef(u.a(), q) + ", " + addend + ")";
            default -> throw new IllegalStateException("not a product: " + product);
        };
    }

    /** v^n for |n| <= 4 as a chain of multiplications (and one division for n < 0), in place. */
    private static String powChain(String v, int n) {
        if (n == 0) {
            return v + ".broadcast(1)";
        }
        StringBuilder chain = new StringBuilder(v);
        for (int k = 1; k < Math.abs(n); k++) {
            chain.append(".mul(").append(v).append(')');
        }
        return n > 0 ? chain.toString() : v + ".broadcast(1).div(" + chain + ")";
    }

    // ---- the rows the reduction's dialects spell: lanes in the vector loop, scalars in the tail

    private String rowBase(int q) {
        int w = plan.outputWidth();
        String row = q == 0 ? "r" : "(r + " + q + ")";
        return w == 1 ? row : row + " * " + w;
    }

    /** Row q's scalar state, as the lane merge leaves it and the scalar tail continues it. */
    ScalarRow scalarRow(int q) {
        return new ScalarRow(plan.precision(), String.valueOf(q),
                program().formula().stream().map(id -> scalarRef(id, q)).toList(),
                program().weight().stream().map(id -> scalarRef(id, q)).toList(), "j", rowBase(q), true);
    }

    /** Row q of a register block, for the lane dialect: every value it reads declared before its fold. */
    LaneRow laneRow(int q) {
        return laneRow(q, (b, c) -> { });
    }

    /** Row q of a register block, for the lane dialect; {@code prepare} declares what the fold reads. */
    LaneRow laneRow(int q, LaneRow.Prepare prepare) {
        List<Integer> f = program().formula();
        return new LaneRow(plan.precision(), q, f.stream().map(id -> vectorRef(id, q)).toList(),
                program().weight().stream().map(id -> vectorRef(id, q)).toList(),
                (c, acc) -> fused()[f.get(c)] ? fma(f.get(c), acc, q) : acc + ".add(" + vectorRef(f.get(c), q) + ")",
                (b, x, name) -> emitCode(b, VectorTranscendentals.unary(UnaryOp.EXP, x, name, isFloat(), sp()), name,
                        "Exp(" + x + ")"),
                scalarRow(q), prepare);
    }
}
