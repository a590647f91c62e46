package org.jkeops.processor.emit;

import com.palantir.javapoet.CodeBlock;
import org.jkeops.processor.ir.UnaryOp;
import org.jkeops.processor.plan.Instr;
import org.jkeops.processor.plan.Level;
import org.jkeops.processor.plan.Program;
import org.jkeops.processor.reduce.SumReduction;

/**
 * Speculative tiles for a float32 SUM whose formula has an Exp (a Gaussian): each tile of
 * {@link SumReduction#BLOCK} pairs first runs with the Exps' range
 * handling left out (their overflow product, two compares and two blends: 5 of a float32 Exp's 17
 * vector operations) and keeps the largest |argument| as integer bits (an and and a max, on any
 * vector pipe; NaN's bits exceed every number's). When that stays within
 * {@link VectorTranscendentals#expInRangeBound} the tile's sums are exactly those of the full
 * code and are kept; otherwise the tile runs again with the full Exps, and so does the rest of the
 * row (block), so that rows whose arguments often leave the range (a narrow Gaussian over far
 * pairs) pay at most one tile twice. Results are bitwise those of the plain loop.
 *
 * <p>Measured on the Swiss roll's block-sparse 10-column pass at N = 10^6 (AMD EPYC, AVX-512,
 * 2 threads, {@code RangedPassPrototype}): 1.08-1.10 x less process CPU per pass, bitwise equal.
 */
final class SpeculativeExp {
    /** The local keeping the tile's largest |argument| bits. */
    static final String ARGS = "expArgs";
    /** The local saying whether the block's rows still speculate. */
    private static final String IN_RANGE = "expInRange";

    private SpeculativeExp() {
    }

    /**
     * Whether the tiles of a kernel speculate: float32 (the int lanes of FIS match its float lanes),
     * an Exp among the j-loop's values, and room to spell the loop twice within the code budget
     * {@link SimdSchedule#rowsPerBlock} keeps (HotSpot does not compile methods over 8000 bytes).
     */
    static boolean applies(Program program, boolean[] live, boolean isFloat, SimdSchedule.Costs costs, int rows) {
        return isFloat && program.nodes().stream().anyMatch(n -> live[n.id()] && n.level() == Level.INNER
                && n.instr() instanceof Instr.Un u && u.op() == UnaryOp.EXP)
                && 2 * costs.loopCode(rows) <= SimdSchedule.LOOP_CODE_BUDGET;
    }

    /** Spells one tile's partial sums and loop over j, its Exps speculative or not. */
    @FunctionalInterface
    interface Tile {
        void spell(boolean speculative);
    }

    /**
     * The loop over tiles of {@link SumReduction#BLOCK} pairs: with {@code speculate}, the
     * speculative tile first, kept when its arguments stayed in range, else the exact one; {@code ends}
     * spells the tile's partial sums added to the row sums.
     */
    static void tiles(CodeBlock.Builder b, boolean speculate, Tile tile, Runnable ends) {
        if (speculate) {
            b.addStatement("boolean $L = true", IN_RANGE);
        }
        b.beginControlFlow("for (int j0 = js; j0 < bound; j0 += $L)", SumReduction.BLOCK);
        b.addStatement("final int j1 = Math.min(bound, j0 + $L)", SumReduction.BLOCK);
        if (speculate) {
            b.add("// Exp without its range handling while every argument is within its range (see SpeculativeExp)\n");
            b.beginControlFlow("if ($L)", IN_RANGE);
            tile.spell(true);
            b.beginControlFlow("if ($L)", allInRange());
            ends.run();
            b.addStatement("continue");
            b.endControlFlow();
            b.add("// an argument out of range or NaN: this tile again with the full Exp, and the rest of the rows too\n");
            b.addStatement("$L = false", IN_RANGE);
            b.endControlFlow();
        }
        tile.spell(false);
        ends.run();
        b.endControlFlow();
    }

    /** The tile's argument bound, declared after its sums. */
    static void declareArgs(CodeBlock.Builder b) {
        b.addStatement("$T $L = $T.zero(FIS)", RuntimeTypes.INT_VECTOR, ARGS, RuntimeTypes.INT_VECTOR);
    }

    /** Folds one Exp argument {@code x} into the tile's bound: its bits without the sign. */
    static void track(CodeBlock.Builder b, String x) {
        b.addStatement("$L = $L.max($L.reinterpretAsInts().and(0x7fffffff))", ARGS, ARGS, x);
    }

    /** The test after the speculative loop: true when every argument was in range. */
    private static CodeBlock allInRange() {
        return CodeBlock.of("!$L.compare($T.GT, $L).anyTrue()", ARGS, RuntimeTypes.VECTOR_OPERATORS,
                Float.floatToRawIntBits((float) VectorTranscendentals.expInRangeBound(true)));
    }
}
