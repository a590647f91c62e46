package org.jkeops.spark;

import java.io.Serializable;
import java.util.Arrays;
import org.jkeops.runtime.KernelParam.Axis;
import org.jkeops.runtime.Ranges;

/**
 * A block-sparsity pattern as the six plain arrays of {@link Ranges} (which is not
 * {@link Serializable}), shipped to tasks and cut there to the task's block: a task that computes
 * rows [r0, r1) of an axis gets the pattern of those rows only, renumbered from 0, as the kernel
 * sees its slice of the arrays. Cutting keeps every surviving range's red-ranges in their given
 * order, so each output row is reduced over the same columns in the same order as in the
 * single-JVM call.
 */
record RangesPart(int[] rangesI, int[] slicesI, int[] redrangesJ, int[] rangesJ, int[] slicesJ, int[] redrangesI)
        implements Serializable {

    static RangesPart of(Ranges r) {
        return new RangesPart(r.rangesI(), r.slicesI(), r.redrangesJ(), r.rangesJ(), r.slicesJ(), r.redrangesI());
    }

    Ranges toRanges() {
        return new Ranges(rangesI, slicesI, redrangesJ, rangesJ, slicesJ, redrangesI);
    }

    /**
     * The pattern of rows [r0, r1) of {@code axis}, renumbered from 0: the ranges of that axis
     * clipped to the block (those left empty dropped, with their red-ranges), and the red-ranges
     * that point into that axis clipped likewise (empty ones dropped). Both halves are cut, so the
     * result is valid for the task's sizes whichever half its kernel reads.
     */
    RangesPart cut(Axis axis, int r0, int r1) {
        if (axis == Axis.J) {
            return swap().cut(Axis.I, r0, r1).swap();
        }
        if (axis != Axis.I) {
            throw new IllegalArgumentException("cut along " + axis);
        }
        Half rows = Half.ofRanges(rangesI, slicesI, redrangesJ, r0, r1);
        Half reds = Half.ofRedRanges(rangesJ, slicesJ, redrangesI, r0, r1);
        return new RangesPart(rows.ranges, rows.slices, rows.redranges, reds.ranges, reds.slices, reds.redranges);
    }

    private RangesPart swap() {
        return new RangesPart(rangesJ, slicesJ, redrangesI, rangesI, slicesI, redrangesJ);
    }

    /** One half of a pattern: ranges, cumulative slice ends, red-ranges. */
    private record Half(int[] ranges, int[] slices, int[] redranges) {

        /** The ranges clipped to [r0, r1) and rebased; each kept range keeps its red-ranges as they are. */
        static Half ofRanges(int[] ranges, int[] slices, int[] redranges, int r0, int r1) {
            int[] outRanges = new int[ranges.length];
            int[] outSlices = new int[slices.length];
            int[] outRed = new int[redranges.length];
            int kept = 0;
            int red = 0;
            for (int c = 0; c < slices.length; c++) {
                int s = Math.max(ranges[2 * c], r0);
                int e = Math.min(ranges[2 * c + 1], r1);
                if (s >= e) {
                    continue;
                }
                outRanges[2 * kept] = s - r0;
                outRanges[2 * kept + 1] = e - r0;
                int from = c == 0 ? 0 : slices[c - 1];
                int count = slices[c] - from;
                System.arraycopy(redranges, 2 * from, outRed, 2 * red, 2 * count);
                red += count;
                outSlices[kept++] = red;
            }
            return new Half(Arrays.copyOf(outRanges, 2 * kept), Arrays.copyOf(outSlices, kept),
                    Arrays.copyOf(outRed, 2 * red));
        }

        /** Every range kept; its red-ranges clipped to [r0, r1) and rebased, the empty ones dropped. */
        static Half ofRedRanges(int[] ranges, int[] slices, int[] redranges, int r0, int r1) {
            int[] outSlices = new int[slices.length];
            int[] outRed = new int[redranges.length];
            int red = 0;
            int from = 0;
            for (int c = 0; c < slices.length; c++) {
                for (int k = from; k < slices[c]; k++) {
                    int s = Math.max(redranges[2 * k], r0);
                    int e = Math.min(redranges[2 * k + 1], r1);
                    if (s < e) {
                        outRed[2 * red] = s - r0;
                        outRed[2 * red + 1] = e - r0;
                        red++;
                    }
                }
                outSlices[c] = red;
                from = slices[c];
            }
            return new Half(ranges.clone(), outSlices, Arrays.copyOf(outRed, 2 * red));
        }
    }
}
