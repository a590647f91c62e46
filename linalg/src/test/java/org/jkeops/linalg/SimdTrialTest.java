package org.jkeops.linalg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fresh-JVM switch to SIMD: per row at least as fast as the scalar twin, and then for good. */
class SimdTrialTest {

    @Test
    void staysScalarWhileSimdIsSlowerPerRow() {
        SimdTrial trial = new SimdTrial();
        assertFalse(trial.fast());
        // 64 SIMD rows in 1000 ns (15.625 ns a row) against 192 scalar rows in 2999 ns (15.62 ns a row)
        trial.record(1000, 64, 2999, 192);
        assertFalse(trial.fast(), "SIMD slower per row than the scalar twin");
    }

    @Test
    void switchesWhenSimdIsAsFastPerRowAndStays() {
        SimdTrial trial = new SimdTrial();
        trial.record(1000, 64, 3000, 192); // exactly as fast per row
        assertTrue(trial.fast());
        trial.record(1_000_000, 64, 1, 192); // a later slow trial does not switch back
        assertTrue(trial.fast());
    }

    @Test
    void aZeroScalarTimeDoesNotSwitch() {
        SimdTrial trial = new SimdTrial();
        trial.record(1, 128, 0, 3968);
        assertFalse(trial.fast());
    }
}
