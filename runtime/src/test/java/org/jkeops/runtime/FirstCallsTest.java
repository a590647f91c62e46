package org.jkeops.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link FirstCalls.Watch} fed with piece timings, as the interpreter, C1 and C2 would give them. */
class FirstCallsTest {
    private static final long MS = 1_000_000L;

    /** Feeds pieces with {@code nanosPerRow(piece index)} until the watch stops; returns it. */
    private static FirstCalls.Watch run(int count, java.util.function.IntToLongFunction nanosPerRow) {
        FirstCalls.Watch w = new FirstCalls.Watch(count);
        int pieces = 0;
        while (!w.stopped()) {
            int rows = w.nextPiece();
            assertTrue(rows >= 1, "a piece has rows");
            w.record(rows, rows * nanosPerRow.applyAsLong(pieces++));
        }
        return w;
    }

    @Test
    void stopsOnceAPieceRunsAHundredTimesFasterThanTheInterpretedOnes() {
        // class loading, then 5 ms a row interpreted, 0.5 ms in C1, 20 us once C2 has compiled it (piece 12)
        FirstCalls.Watch w = run(100_000, p -> p == 0 ? 80 * MS : p < 6 ? 5 * MS : p < 12 ? MS / 2 : 20_000);
        assertEquals("compiled", w.outcome(), w.toString());
        assertTrue(w.done() < 100, w.done() + " rows alone");
    }

    @Test
    void piecesGrowWhileFastAndShrinkWhenSlow() {
        FirstCalls.Watch w = new FirstCalls.Watch(1 << 20);
        w.record(w.nextPiece(), MS);
        assertEquals(2, w.nextPiece(), "doubled after a 1 ms piece");
        w.record(2, MS + MS / 2);
        assertEquals(4, w.nextPiece(), "doubled after a 1.5 ms piece");
        w.record(4, 3 * MS);
        assertEquals(4, w.nextPiece(), "kept after a 3 ms piece");
        w.record(4, 40 * MS);
        assertEquals(2, w.nextPiece(), "halved after a 40 ms piece");
        assertFalse(w.stopped(), w.toString());
    }

    @Test
    void stopsAfterEightPiecesWhenNothingGetsFaster() {
        FirstCalls.Watch w = run(100_000, p -> 30_000);
        assertEquals("no speed-up (compiled before)", w.outcome(), w.toString());
    }

    @Test
    void aSteadyInterpretedStartIsNotTakenForCompiledCode() {
        // 19 ms a row, as the roll's first pieces on a slow day: nothing gets faster for 8 pieces
        // (seen: "no speed-up" after 14 rows, then two workers in interpreted code for 1.7 s)
        FirstCalls.Watch w = run(100_000, p -> p < 20 ? 19 * MS : p < 30 ? 2 * MS : 50_000);
        assertEquals("compiled", w.outcome(), w.toString());
    }

    @Test
    void stopsOnlyAtAHundredFoldSpeedUp() {
        // 5 ms interpreted, 0.1 ms (50 x) in C1 with compiled Vector API methods: not yet
        FirstCalls.Watch w = run(1 << 20, p -> p < 6 ? 5 * MS : p < 20 ? MS / 10 : 20_000);
        assertEquals("compiled", w.outcome(), w.toString());
        assertTrue(w.toString().contains("in 21 pieces"), w.toString());
    }

    @Test
    void neverRunsMoreThanAQuarterOfTheRowsAlone() {
        // slowly faster (C1 on its way), never the C2 jump
        FirstCalls.Watch w = run(400, p -> p < 6 ? 5 * MS : MS);
        assertEquals(100, w.done(), w.toString());
        assertEquals("a quarter of the rows", w.outcome());
    }

    @Test
    void stopsAtTheTimeLimit() {
        FirstCalls.Watch w = run(1 << 30, p -> p < 6 ? 300 * MS : 200 * MS);
        assertEquals("time limit", w.outcome(), w.toString());
        assertTrue(w.toString().contains("stopped: time limit"), w.toString());
    }

    @Test
    void fewerThanFourRowsRunNothingAlone() {
        FirstCalls.Watch w = new FirstCalls.Watch(3);
        assertTrue(w.stopped());
        assertEquals(0, w.done());
    }
}
