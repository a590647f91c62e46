package org.jkeops.examples;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** The rows an example checks against its float64 reference. */
final class CheckedRows {
    private CheckedRows() {
    }

    /**
     * {@code count} distinct rows of {@code [0, m)} drawn at random, or all of them when there are
     * no more than {@code count}: drawn with replacement, 200 draws among 10 rows checked 10 rows
     * while the examples printed "on 200 rows".
     */
    static int[] sample(SplittableRandom rnd, int m, int count) {
        if (m <= count) {
            return IntStream.range(0, m).toArray();
        }
        return rnd.ints(0, m).distinct().limit(count).toArray();
    }
}
