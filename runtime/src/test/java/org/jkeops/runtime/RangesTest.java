package org.jkeops.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkeops.runtime.internal.RangeBlocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

public class RangesTest {
    private static final int[] NONE = {};

    /** 3 i-clusters, 2 j-clusters, keep = [T F; T T; F T]. */
    private static Ranges handMade() {
        return Ranges.fromMatrix(new int[] {0, 2, 2, 5, 5, 6}, new int[] {0, 3, 3, 4},
                new boolean[] {true, false, true, true, false, true});
    }

    private static String message(Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "'" + part + "' not in: " + message);
        }
    }

    @Test
    void fromMatrixHandComputed() {
        Ranges r = handMade();
        assertArrayEquals(new int[] {0, 2, 2, 5, 5, 6}, r.rangesI());
        assertArrayEquals(new int[] {1, 3, 4}, r.slicesI());
        assertArrayEquals(new int[] {0, 3, 0, 3, 3, 4, 3, 4}, r.redrangesJ());
        assertArrayEquals(new int[] {0, 3, 3, 4}, r.rangesJ());
        assertArrayEquals(new int[] {2, 4}, r.slicesJ());
        assertArrayEquals(new int[] {0, 2, 2, 5, 2, 5, 5, 6}, r.redrangesI());
        // rows 0-1 x 3 cols, rows 2-4 x 4 cols, row 5 x 1 col
        assertEquals(2 * 3 + 3 * 4 + 1, r.pairsOverJ());
        assertEquals(r.pairsOverJ(), r.pairsOverI());
    }

    @Test
    void fromMatrixMatchesNumpyFormulaOnRandomMasks() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            int mc = rnd.nextInt(7);
            int nc = rnd.nextInt(7);
            int[] ri = randomClusterRanges(rnd, mc);
            int[] rj = randomClusterRanges(rnd, nc);
            double density = switch (trial % 4) {
                case 0 -> 0;
                case 1 -> 1;
                default -> rnd.nextDouble();
            };
            boolean[] keep = new boolean[mc * nc];
            for (int k = 0; k < keep.length; k++) {
                keep[k] = rnd.nextDouble() < density;
            }
            checkAgainstNumpy(ri, rj, keep);
        }
    }

    @Test
    void fromMatrixSpecialShapes() {
        checkAgainstNumpy(new int[] {0, 10}, new int[] {0, 7}, new boolean[] {true});
        checkAgainstNumpy(new int[] {0, 10}, new int[] {0, 7}, new boolean[] {false});
        checkAgainstNumpy(NONE, new int[] {0, 3, 3, 9}, new boolean[0]);
        checkAgainstNumpy(new int[] {0, 3, 3, 9}, NONE, new boolean[0]);
        // an empty row (i-cluster 1 keeps nothing) and an empty column (j-cluster 0 is never kept)
        checkAgainstNumpy(new int[] {0, 1, 1, 4, 4, 4}, new int[] {0, 2, 2, 3},
                new boolean[] {false, true, false, false, false, true});
    }

    /** numpy's from_matrix, transcribed step by step (meshgrid, transposes, boolean indexing). */
    private static void checkAgainstNumpy(int[] ri, int[] rj, boolean[] keep) {
        int mc = ri.length / 2;
        int nc = rj.length / 2;
        int[][] bigI = new int[mc][nc];
        int[][] bigJ = new int[mc][nc];
        boolean[][] k2 = new boolean[mc][nc];
        for (int a = 0; a < mc; a++) {
            for (int b = 0; b < nc; b++) {
                bigI[a][b] = a;
                bigJ[a][b] = b;
                k2[a][b] = keep[a * nc + b];
            }
        }
        // redranges_i = ranges_i[I.T[keep.T]]: boolean indexing walks the transposed arrays in C order
        List<Integer> redI = new ArrayList<>();
        for (int b = 0; b < nc; b++) {
            for (int a = 0; a < mc; a++) {
                if (k2[a][b]) {
                    int row = bigI[a][b];
                    redI.add(ri[2 * row]);
                    redI.add(ri[2 * row + 1]);
                }
            }
        }
        // redranges_j = ranges_j[J[keep]]
        List<Integer> redJ = new ArrayList<>();
        for (int a = 0; a < mc; a++) {
            for (int b = 0; b < nc; b++) {
                if (k2[a][b]) {
                    int col = bigJ[a][b];
                    redJ.add(rj[2 * col]);
                    redJ.add(rj[2 * col + 1]);
                }
            }
        }
        int[] slicesI = new int[mc];
        for (int a = 0, sum = 0; a < mc; a++) {
            for (int b = 0; b < nc; b++) {
                sum += k2[a][b] ? 1 : 0;
            }
            slicesI[a] = sum;
        }
        int[] slicesJ = new int[nc];
        for (int b = 0, sum = 0; b < nc; b++) {
            for (int a = 0; a < mc; a++) {
                sum += k2[a][b] ? 1 : 0;
            }
            slicesJ[b] = sum;
        }
        Ranges r = Ranges.fromMatrix(ri, rj, keep);
        assertArrayEquals(ri, r.rangesI());
        assertArrayEquals(slicesI, r.slicesI());
        assertArrayEquals(toArray(redJ), r.redrangesJ());
        assertArrayEquals(rj, r.rangesJ());
        assertArrayEquals(slicesJ, r.slicesJ());
        assertArrayEquals(toArray(redI), r.redrangesI());

        long pairs = 0;
        for (int a = 0; a < mc; a++) {
            for (int b = 0; b < nc; b++) {
                if (k2[a][b]) {
                    pairs += (long) (ri[2 * a + 1] - ri[2 * a]) * (rj[2 * b + 1] - rj[2 * b]);
                }
            }
        }
        assertEquals(pairs, r.pairsOverJ());
        assertEquals(pairs, r.pairsOverI());
        r.validate(mc == 0 ? 0 : ri[2 * mc - 1], nc == 0 ? 0 : rj[2 * nc - 1]);
    }

    /** Consecutive ranges [0, e1), [e1, e2), ... as cluster_ranges gives, some of them empty. */
    public static int[] randomClusterRanges(Random rnd, int count) {
        int[] r = new int[2 * count];
        int start = 0;
        for (int c = 0; c < count; c++) {
            int end = start + (rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(5));
            r[2 * c] = start;
            r[2 * c + 1] = end;
            start = end;
        }
        return r;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void fromMatrixRejectsBadShapes() {
        assertContains(message(() -> Ranges.fromMatrix(new int[] {0, 1, 1, 2}, new int[] {0, 3}, new boolean[3])),
                "keep", "length 3", "2 x 1");
        assertContains(message(() -> Ranges.fromMatrix(new int[] {0, 1, 1}, new int[] {0, 3}, new boolean[1])),
                "rangesI", "length 3", "odd");
        assertContains(message(() -> Ranges.fromMatrix(new int[] {0, 1}, new int[] {0, 3}, null)), "keep is null");
        assertContains(message(() -> Ranges.fromMatrix(new int[] {0, 1}, null, new boolean[1])), "rangesJ is null");
    }

    @Test
    void swapAxesExchangesHalvesAndTwiceIsIdentity() {
        Ranges r = handMade();
        Ranges s = r.swapAxes();
        assertArrayEquals(r.rangesJ(), s.rangesI());
        assertArrayEquals(r.slicesJ(), s.slicesI());
        assertArrayEquals(r.redrangesI(), s.redrangesJ());
        assertArrayEquals(r.rangesI(), s.rangesJ());
        assertArrayEquals(r.slicesI(), s.slicesJ());
        assertArrayEquals(r.redrangesJ(), s.redrangesI());
        assertEquals(r, s.swapAxes());
        assertEquals(r.hashCode(), s.swapAxes().hashCode());
        assertNotEquals(r, s);
        assertEquals(r.pairsOverJ(), s.pairsOverI());

        Random rnd = new Random(5);
        for (int trial = 0; trial < 50; trial++) {
            int mc = 1 + rnd.nextInt(5);
            int nc = 1 + rnd.nextInt(5);
            boolean[] keep = new boolean[mc * nc];
            for (int k = 0; k < keep.length; k++) {
                keep[k] = rnd.nextBoolean();
            }
            Ranges a = Ranges.fromMatrix(randomClusterRanges(rnd, mc), randomClusterRanges(rnd, nc), keep);
            assertEquals(a, a.swapAxes().swapAxes());
            // the transposed mask gives the swapped pattern
            boolean[] transposed = new boolean[keep.length];
            for (int i = 0; i < mc; i++) {
                for (int j = 0; j < nc; j++) {
                    transposed[j * mc + i] = keep[i * nc + j];
                }
            }
            assertEquals(a.swapAxes(), Ranges.fromMatrix(a.rangesJ(), a.rangesI(), transposed));
        }
    }

    @Test
    void arraysAreCopiedInAndOut() {
        int[] ri = {0, 2};
        int[] si = {1};
        int[] rj = {0, 3};
        Ranges r = new Ranges(ri, si, rj.clone(), rj, si.clone(), ri.clone());
        ri[1] = 9;
        si[0] = 7;
        rj[0] = 2;
        assertArrayEquals(new int[] {0, 2}, r.rangesI());
        assertArrayEquals(new int[] {1}, r.slicesI());
        assertArrayEquals(new int[] {0, 3}, r.rangesJ());
        r.rangesI()[0] = 5;
        r.redrangesJ()[0] = 5;
        r.slicesJ()[0] = 5;
        r.redrangesI()[0] = 5;
        assertArrayEquals(new int[] {0, 2}, r.rangesI());
        assertArrayEquals(new int[] {0, 3}, r.redrangesJ());
        assertArrayEquals(new int[] {1}, r.slicesJ());
        assertArrayEquals(new int[] {0, 2}, r.redrangesI());
    }

    @Test
    void constructorChecksStructure() {
        int[] r = {0, 2};
        int[] s = {1};
        assertContains(message(() -> new Ranges(null, s, r, r, s, r)), "rangesI is null");
        assertContains(message(() -> new Ranges(r, null, r, r, s, r)), "slicesI is null");
        assertContains(message(() -> new Ranges(r, s, null, r, s, r)), "redrangesJ is null");
        assertContains(message(() -> new Ranges(r, s, r, null, s, r)), "rangesJ is null");
        assertContains(message(() -> new Ranges(r, s, r, r, null, r)), "slicesJ is null");
        assertContains(message(() -> new Ranges(r, s, r, r, s, null)), "redrangesI is null");
        assertContains(message(() -> new Ranges(new int[] {0, 2, 3}, s, r, r, s, r)), "rangesI", "length 3", "odd");
        assertContains(message(() -> new Ranges(r, s, new int[] {1}, r, s, r)), "redrangesJ", "length 1", "odd");
        assertContains(message(() -> new Ranges(r, s, r, r, s, new int[] {0, 1, 2})), "redrangesI", "length 3");
        assertContains(message(() -> new Ranges(r, new int[] {1, 1}, r, r, s, r)),
                "slicesI", "length 2", "rangesI", "(1)");
        assertContains(message(() -> new Ranges(r, s, r, r, new int[0], r)), "slicesJ", "length 0", "(1)");
        assertContains(message(() -> new Ranges(r, new int[] {-1}, r, r, s, r)), "slicesI[0] = -1", "negative");
        assertContains(message(() -> new Ranges(new int[] {0, 1, 1, 2}, new int[] {2, 1}, new int[] {0, 1, 1, 2},
                r, s, r)), "slicesI[1] = 1 < slicesI[0] = 2");
        assertContains(message(() -> new Ranges(r, new int[] {2}, r, r, s, r)),
                "slicesI", "last slice is 2", "redrangesJ pairs (1)");
        assertContains(message(() -> new Ranges(r, s, r, r, new int[] {0}, r)),
                "slicesJ", "last slice is 0", "redrangesI pairs (1)");
        // no ranges: the implicit slice 0 must cover all red-ranges
        assertContains(message(() -> new Ranges(NONE, NONE, r, r, s, r)), "slicesI", "last slice is 0", "(1)");
        new Ranges(NONE, NONE, NONE, NONE, NONE, NONE).validate(0, 0);
    }

    /** A valid pattern on M = 10, N = 8 whose arrays the validate tests corrupt one at a time. */
    private static Ranges valid(int[] ri, int[] si, int[] rdj, int[] rj, int[] sj, int[] rdi) {
        return new Ranges(ri, si, rdj, rj, sj, rdi);
    }

    private static final int[] RI = {0, 4, 6, 10};
    private static final int[] SI = {2, 3};
    private static final int[] RDJ = {0, 3, 5, 8, 3, 5};
    private static final int[] RJ = {0, 3, 3, 5, 5, 8};
    private static final int[] SJ = {1, 2, 3};
    private static final int[] RDI = {0, 4, 6, 10, 0, 4};

    @Test
    void validPatternPasses() {
        Ranges r = valid(RI, SI, RDJ, RJ, SJ, RDI);
        r.validate(10, 8);
        r.validate("r", 12, 9);
        assertEquals(4 * 6 + 4 * 2, r.pairsOverJ());
    }

    @Test
    void validateRejectsOutOfBounds() {
        String m = message(() -> valid(new int[] {0, 4, 6, 11}, SI, RDJ, RJ, SJ, RDI).validate("rg", 10, 8));
        assertTrue(m.startsWith("rg: "), m);
        assertContains(m, "rangesI pair 1 = [6, 11)", "[0, M]", "M = 10");
        assertContains(message(() -> valid(RI, SI, RDJ, RJ, SJ, new int[] {0, 4, -1, 10, 0, 4}).validate("rg", 10, 8)),
                "rg: ", "redrangesI pair 1 = [-1, 10)", "M = 10");
        assertContains(message(() -> valid(RI, SI, RDJ, new int[] {0, 3, 3, 5, 5, 9}, SJ, RDI).validate("rg", 10, 8)),
                "rg: ", "rangesJ pair 2 = [5, 9)", "[0, N]", "N = 8");
        assertContains(message(() -> valid(RI, SI, new int[] {0, 3, 5, 8, 3, 9}, RJ, SJ, RDI).validate("rg", 10, 8)),
                "rg: ", "redrangesJ pair 2 = [3, 9)", "N = 8");
        // the same arrays fit larger sizes
        valid(RI, SI, RDJ, RJ, SJ, RDI).validate("rg", 11, 9);
    }

    @Test
    void validateRejectsReversedPairs() {
        assertContains(message(() -> valid(new int[] {0, 4, 7, 6}, SI, RDJ, RJ, SJ, RDI).validate("q", 10, 8)),
                "q: ", "rangesI pair 1 = [7, 6)", "start > end");
        assertContains(message(() -> valid(RI, SI, new int[] {3, 0, 5, 8, 3, 5}, RJ, SJ, RDI).validate("q", 10, 8)),
                "q: ", "redrangesJ pair 0 = [3, 0)", "start > end");
    }

    @Test
    void validateRejectsUnsortedOrOverlappingRanges() {
        assertContains(message(() -> valid(new int[] {6, 10, 0, 4}, SI, RDJ, RJ, SJ, RDI).validate("p", 10, 8)),
                "p: ", "rangesI pair 1 = [0, 4)", "pair 0 = [6, 10)", "sorted", "overlap");
        assertContains(message(() -> valid(new int[] {0, 5, 4, 10}, SI, RDJ, RJ, SJ, RDI).validate("p", 10, 8)),
                "p: ", "rangesI pair 1 = [4, 10)", "pair 0 = [0, 5)");
        assertContains(message(() -> valid(RI, SI, RDJ, new int[] {0, 3, 2, 5, 5, 8}, SJ, RDI).validate("p", 10, 8)),
                "p: ", "rangesJ pair 1 = [2, 5)", "pair 0 = [0, 3)");
        assertContains(message(() -> valid(RI, SI, RDJ, RJ, SJ, RDI).validate("p", 10, 8 - 1)), "N = 7");
    }

    @Test
    void validateRejectsRedRangesOverlappingWithinOneSlice() {
        // i-range 0 reduced over [5, 8) then [0, 6): they share columns 5..5, given out of order
        String m = message(() -> valid(RI, SI, new int[] {5, 8, 0, 6, 3, 5}, RJ, SJ, RDI).validate("s", 10, 8));
        assertTrue(m.startsWith("s: "), m);
        assertContains(m, "redrangesJ pairs 0 = [5, 8) and 1 = [0, 6)", "i-range 0", "slicesI", "twice");
        // j-half: j-range 2 (slice 2..2 of redrangesI) gets a second, overlapping i-range
        String n = message(() -> new Ranges(RI, SI, RDJ, RJ, new int[] {1, 2, 4}, new int[] {0, 4, 6, 10, 0, 4, 3, 5})
                .validate("s", 10, 8));
        assertContains(n, "s: ", "redrangesI pairs 2 = [0, 4) and 3 = [3, 5)", "j-range 2", "slicesJ");
    }

    @Test
    void redRangesMayOverlapAcrossSlicesTouchOrBeEmpty() {
        // the same columns for both i-ranges, touching pairs, an empty pair inside another
        // (the j-half keeps every pair too: each j-range against both i-ranges)
        Ranges r = new Ranges(RI, new int[] {3, 5}, new int[] {0, 3, 3, 8, 2, 2, 0, 8, 4, 4}, RJ,
                new int[] {2, 4, 6}, new int[] {0, 4, 6, 10, 0, 4, 6, 10, 0, 4, 6, 10});
        r.validate(10, 8);
        assertEquals(4 * 8 + 4 * 8, r.pairsOverJ());
    }

    @Test
    void validateRejectsHalvesThatDescribeDifferentPairs() {
        // an empty j-half: the forward call would be right and a gradient over i silently 0
        String m = message(() -> new Ranges(new int[] {0, 10}, new int[] {1}, new int[] {0, 8}, new int[] {0, 8},
                new int[] {0}, new int[0]).validate("h", 10, 8));
        assertTrue(m.startsWith("h: "), m);
        assertContains(m, "i-half", "keeps 80 pairs", "j-half", "redrangesI) 0", "same pairs", "fromMatrix");
        // the same number of pairs, but the j-half is the i-half not transposed (rows 0..3 x columns 0..1
        // against columns 0..3 x rows 0..1)
        String n = message(() -> new Ranges(new int[] {0, 4}, new int[] {1}, new int[] {0, 2}, new int[] {0, 4},
                new int[] {1}, new int[] {0, 2}).validate("h", 10, 8));
        assertContains(n, "h: ", "both keep 8 pairs, but not the same ones");
        // one pair moved: (9, 7) kept by the i-half, (9, 6) by the j-half
        String o = message(() -> new Ranges(new int[] {9, 10}, new int[] {1}, new int[] {7, 8}, new int[] {6, 7},
                new int[] {1}, new int[] {9, 10}).validate("h", 10, 8));
        assertContains(o, "both keep 1 pairs, but not the same ones");
        // the same pairs cut into different blocks on each side pass
        new Ranges(new int[] {0, 2, 2, 5}, new int[] {1, 2}, new int[] {0, 3, 0, 3}, new int[] {0, 1, 1, 3},
                new int[] {1, 2}, new int[] {0, 5, 0, 5}).validate("h", 5, 3);
        // fromMatrix on random masks always agrees with itself
        java.util.Random random = new java.util.Random(11);
        for (int t = 0; t < 50; t++) {
            boolean[] keep = new boolean[3 * 4];
            for (int k = 0; k < keep.length; k++) {
                keep[k] = random.nextBoolean();
            }
            Ranges.fromMatrix(new int[] {0, 2, 2, 2, 2, 7}, new int[] {0, 1, 1, 4, 4, 4, 4, 9}, keep).validate(7, 9);
        }
    }

    @Test
    void validateRejectsNegativeSizesAndUsesDefaultName() {
        assertContains(message(() -> valid(RI, SI, RDJ, RJ, SJ, RDI).validate("r", -1, 8)), "r: ", "M = -1");
        String m = message(() -> valid(RI, SI, RDJ, RJ, SJ, RDI).validate(9, 8));
        assertTrue(m.startsWith("ranges: "), m);
        assertContains(m, "rangesI pair 1 = [6, 10)", "M = 9");
    }

    @Test
    void blocksOverJValidatesAndIsCached() {
        Ranges r = valid(RI, SI, RDJ, RJ, SJ, RDI);
        RangeBlocks b = r.blocksOverJ("r", 10, 8);
        assertSame(b, r.blocksOverJ("r", 10, 8));
        assertEquals(10, b.rows());
        assertEquals(8, b.cols());
        assertEquals(r.pairsOverJ(), b.pairs());
        RangeBlocks wider = r.blocksOverJ("r", 12, 8);
        assertNotSame(b, wider);
        assertEquals(12, wider.rows());
        assertEquals(b.blocks() + 1, wider.blocks()); // rows 10..11 form a gap block
        assertContains(message(() -> r.blocksOverJ("arg", 9, 8)), "arg: ", "rangesI", "M = 9");
        // a failed call leaves the cache usable
        assertSame(wider, r.blocksOverJ("r", 12, 8));
    }

    @Test
    void blocksOverIUsesTheJHalf() {
        Ranges r = valid(RI, SI, RDJ, RJ, SJ, RDI);
        RangeBlocks b = r.blocksOverI("r", 10, 8);
        assertSame(b, r.blocksOverI("r", 10, 8));
        assertEquals(8, b.rows());
        assertEquals(10, b.cols());
        assertArrayEquals(new int[] {0, 3, 5, 8}, b.bounds());
        // j-range 0 reduced over [0, 4), j-range 1 over [6, 10), j-range 2 over [0, 4)
        assertArrayEquals(new int[] {0, 1, 2, 3}, b.slices());
        assertArrayEquals(new int[] {0, 4, 6, 10, 0, 4}, b.intervals());
        assertEquals(r.pairsOverI(), b.pairs());
        assertEquals(r.swapAxes().blocksOverJ("r", 8, 10), b);
        assertContains(message(() -> r.blocksOverI("w", 10, 7)), "w: ", "N = 7");
    }

    @Test
    void equalsHashCodeAndShortToString() {
        Ranges a = valid(RI, SI, RDJ, RJ, SJ, RDI);
        Ranges b = valid(RI.clone(), SI.clone(), RDJ.clone(), RJ.clone(), SJ.clone(), RDI.clone());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, valid(RI, SI, new int[] {0, 3, 5, 8, 3, 4}, RJ, SJ, RDI));
        assertNotEquals(a, null);
        assertEquals("Ranges[2 i-ranges with 3 j red-ranges, 3 j-ranges with 3 i red-ranges]", a.toString());
    }
}
