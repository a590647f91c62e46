package org.jkeops.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Block boundaries of the TILES scheme: uneven ends, a short last block joined for K, empty axes. */
class TileCutsTest {
    @Test
    void blocksOfTheTileSizeWithAShorterLastOne() {
        assertArrayEquals(new int[] {0, 40, 80, 120, 157}, TilesScheme.cuts(157, 40, 1));
        assertArrayEquals(new int[] {0, 5}, TilesScheme.cuts(5, 5, 1));
        assertArrayEquals(new int[] {0, 5}, TilesScheme.cuts(5, 50, 1));
    }

    @Test
    void aLastBlockWithFewerThanKRowsJoinsTheOneBefore() {
        assertArrayEquals(new int[] {0, 4, 10}, TilesScheme.cuts(10, 4, 3));
        assertArrayEquals(new int[] {0, 4, 8, 11}, TilesScheme.cuts(11, 4, 3));
    }

    @Test
    void anEmptyAxisIsOneEmptyBlock() {
        assertArrayEquals(new int[] {0, 0}, TilesScheme.cuts(0, 5, 1));
    }
}
