package org.jkeops.examples;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The second part's {@code --large-sigma} is refused before anything runs when the part cannot use
 * it, as SpectralTutorial refuses its {@code --sigma}, instead of a run ending in {@code NaN%} or a
 * FAILED error check on an empty mask.
 */
class BlockSparseTutorialTest {
    @Test
    void aSigmaWhoseInverseOverflowsFloat32IsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BlockSparseTutorial.checkLargeSigma(1000, 1e-300, 0.02));
        assertEquals("--large-sigma 1.0E-300 is too small: the points are divided by sigma, and 1 / sigma overflows"
                + " float32", e.getMessage());
    }

    @Test
    void aSigmaForWhichTheMaskKeepsNothingIsRefusedWithTheSmallestThatKeepsSome() {
        // 4 sigma = 4e-4 is below the closest centroids of 1000 points in bins of 0.02 (7.68e-4 apart)
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BlockSparseTutorial.checkLargeSigma(1000, 1e-4, 0.02));
        assertEquals("--large-sigma 1.0E-4 keeps no pair of clusters: the mask keeps centroids closer than"
                + " 4 sigma = 0.000400, and the closest target and source centroids (bins of --large-eps 0.02,"
                + " 1,000 points) are 0.000768 apart; take --large-sigma above 0.000192", e.getMessage());
        assertDoesNotThrow(() -> BlockSparseTutorial.checkLargeSigma(1000, 0.0002, 0.02), "above the bound it names");
    }

    @Test
    void theDefaultsPass() {
        assertDoesNotThrow(() -> BlockSparseTutorial.checkLargeSigma(200_000, 0.02, 0.02));
        assertDoesNotThrow(() -> BlockSparseTutorial.checkLargeSigma(100, 0.02, 0.02));
    }
}
