package org.jkeops.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The checked rows are distinct, so the count the examples print is the count they check. */
class CheckedRowsTest {
    @Test
    void fewerRowsThanTheCountAreAllChecked() {
        assertArrayEquals(IntStream.range(0, 10).toArray(), CheckedRows.sample(new SplittableRandom(1), 10, 200));
        assertArrayEquals(new int[] {0}, CheckedRows.sample(new SplittableRandom(1), 1, 50));
    }

    @Test
    void moreRowsGiveTheCountDistinctRowsInRange() {
        for (int m : new int[] {201, 300, 10_000}) {
            int[] rows = CheckedRows.sample(new SplittableRandom(m), m, 200);
            assertEquals(200, rows.length);
            assertEquals(200, Arrays.stream(rows).distinct().count(), "distinct at m = " + m);
            assertTrue(Arrays.stream(rows).allMatch(r -> r >= 0 && r < m), "in range at m = " + m);
        }
    }
}
