package org.jkeops.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkeops.processor.emit.SimdSchedule.Costs;
import org.junit.jupiter.api.Test;

/** The register-blocking decisions of {@link SimdSchedule}, from costs alone. */
class SimdScheduleTest {
    /** A Gaussian at D = 3 in float32: 3 broadcast row values, a float32 Exp's 14 constants. */
    private static final Costs GAUSS_D3 = new Costs(false, 13, 40, 8, 3, 14, 1);

    @Test
    void registerFilesOfTheWidths() {
        assertEquals(32, SimdSchedule.registers(512));
        assertEquals(16, SimdSchedule.registers(256));
        assertEquals(16, SimdSchedule.registers(128));
    }

    @Test
    void theModelFitsFourGaussianD3RowsIn32RegistersAndOneIn16() {
        // 4 rows: 12 broadcasts + 14 constants = 26 live registers: within 32, past 16. The kernel
        // itself is budgeted 16 registers at every width, as every SUM of a formula with inline
        // transcendentals (SimdSchedule#rowsPerBlock(int), measured): the golden GaussSimdKernels
        // runs one row per block at 512 bits.
        assertEquals(4, SimdSchedule.rowsPerBlock(GAUSS_D3, 32));
        assertEquals(1, SimdSchedule.rowsPerBlock(GAUSS_D3, 16));
    }

    @Test
    void withoutTranscendentalsBroadcastsAloneLimitTheRows() {
        Costs d3 = new Costs(false, 10, 10, 4, 3, 0, 1);
        assertEquals(4, SimdSchedule.rowsPerBlock(d3, 16));
        Costs d8 = new Costs(false, 10, 10, 4, 8, 0, 1);
        assertEquals(1, SimdSchedule.rowsPerBlock(d8, 16)); // 2 x 8 > 12
        assertEquals(2, SimdSchedule.rowsPerBlock(d8, 32)); // 4 x 8 > 28 >= 2 x 8
    }

    @Test
    void perRowWorkSetsTheStartingBlock() {
        assertEquals(2, SimdSchedule.rowsPerBlock(new Costs(false, 40, 40, 4, 1, 0, 1), 32));
        assertEquals(1, SimdSchedule.rowsPerBlock(new Costs(false, 65, 65, 4, 1, 0, 1), 32));
    }

    @Test
    void theBytecodeBudgetHalvesTheBlock() {
        // 16 x (0 + 4 x 100) = 6400 bytes > 6000; 16 x (2 x 100) = 3200 fits
        assertEquals(2, SimdSchedule.rowsPerBlock(new Costs(false, 10, 100, 0, 1, 0, 1), 32));
    }

    @Test
    void wideOutputsKeepTheirAccumulatorsWithinHalfTheRegisters() {
        // A Gaussian times a 10-column weight (SpectralKernels.gauss2x10): 2 rows would hold 20
        // accumulators, past 16 of AVX-512's 32 registers and past 8 of the 16 a SUM of Exp is
        // budgeted for; 3 components (a D = 3 gradient) fit 2 rows of 16 registers
        assertEquals(1, SimdSchedule.rowsPerBlock(new Costs(false, 16, 40, 8, 2, 0, 10), 32));
        assertEquals(1, SimdSchedule.rowsPerBlock(new Costs(false, 16, 40, 8, 2, 0, 10), 16));
        assertEquals(2, SimdSchedule.rowsPerBlock(new Costs(false, 16, 40, 8, 2, 0, 3), 16));
        assertEquals(4, SimdSchedule.rowsPerBlock(new Costs(false, 16, 40, 8, 2, 0, 8), 64));
    }

    @Test
    void reductionsWithRowBuffersRunARowAtATime() {
        assertEquals(1, SimdSchedule.rowsPerBlock(new Costs(true, 4, 4, 4, 1, 0, 1), 32));
    }

    @Test
    void tilesFillTheRegisterFile() {
        // SqDist (one temporary): 6 x 4 = 24 accumulators + 4 vectors + broadcast + temporary = 30 of 32
        assertEquals(new SimdSchedule.Tile(6, 4), SimdSchedule.tile(32, 1));
        // 16 registers: 3 x 3 = 9 + 3 + 2 = 14
        assertEquals(new SimdSchedule.Tile(3, 3), SimdSchedule.tile(16, 1));
    }

    @Test
    void everyTileFitsAndMoreTemporariesShrinkIt() {
        for (int regs : new int[] {16, 32}) {
            for (int temps = 1; temps <= 8; temps++) {
                SimdSchedule.Tile t = SimdSchedule.tile(regs, temps);
                int live = t.rows() * t.vectors() + t.vectors() + 1 + temps;
                assertTrue(live <= regs - 2 || (t.rows() == 1 && t.vectors() == 1),
                        regs + " registers, " + temps + " temporaries: " + t + " keeps " + live + " live");
            }
        }
        SimdSchedule.Tile weighted = SimdSchedule.tile(32, 3);
        assertTrue(weighted.rows() * weighted.vectors() < 24, weighted.toString());
    }

    @Test
    void aTermTooLargeForTheRegistersStillGetsATile() {
        assertEquals(new SimdSchedule.Tile(1, 1), SimdSchedule.tile(16, 20));
    }

    @Test
    void streamingTilesHaveMoreRows() {
        // kNN-sized rest of the formula (10 operations): more rows, at least 8 accumulators
        SimdSchedule.Tile t = SimdSchedule.tile(32, 1, 10, true);
        SimdSchedule.Tile cached = SimdSchedule.tile(32, 1, 10, false);
        assertTrue(t.rows() > cached.rows(), t + " vs " + cached);
        assertTrue(t.rows() * t.vectors() >= 8, t.toString());
    }

    @Test
    void aLargeEpilogueIsLoopedOverTheVectorsOnlyWhenStreaming() {
        // Gaussian-sized rest of the formula (an inline Exp and the fold, ~30 operations): 2 x 4 spelled out
        SimdSchedule.Tile cached = SimdSchedule.tile(32, 1, 30, false);
        assertEquals(new SimdSchedule.Tile(2, 4), cached);
        // streaming: the epilogue once per row in a loop over 2 vectors, so 5 rows fit the budget
        assertEquals(new SimdSchedule.Tile(5, 2, true), SimdSchedule.tile(32, 1, 30, true));
        // a kNN's small epilogue fits spelled out: no loop
        assertFalse(SimdSchedule.tile(32, 1, 10, true).epilogueLoop());
        // too large even once per row: no loop, a small tile
        SimdSchedule.Tile huge = SimdSchedule.tile(32, 1, 400, true);
        assertFalse(huge.epilogueLoop(), huge.toString());
    }
}
