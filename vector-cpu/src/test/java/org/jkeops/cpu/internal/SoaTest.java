package org.jkeops.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelRuntime;
import org.junit.jupiter.api.Test;

/**
 * {@link Soa#columns}, which transposes in blocks of {@link Soa#TRANSPOSE_ROWS} rows, the packed
 * vectors of the tiled schedule (from the columns and straight from the rows), and
 * {@link Soa#gather}.
 */
class SoaTest {
    @Test
    void columnsAreTheTransposeAtEveryBlockBoundary() {
        int block = Soa.TRANSPOSE_ROWS;
        for (int rows : new int[] {0, 1, block - 1, block, block + 1, 3 * block + 5}) {
            for (int dim : new int[] {2, 3, 17, 768}) {
                float[] a = new float[rows * dim];
                double[] b = new double[rows * dim];
                for (int i = 0; i < a.length; i++) {
                    a[i] = i * 0.5f + 1;
                    b[i] = i * 0.25 - 3;
                }
                float[][] c = Soa.columns(a, rows, dim);
                double[][] e = Soa.columns(b, rows, dim);
                assertEquals(dim, c.length);
                assertEquals(dim, e.length);
                for (int k = 0; k < dim; k++) {
                    assertEquals(rows, c[k].length, "column " + k + " of rows " + rows + ", dim " + dim);
                    assertEquals(rows, e[k].length, "float64 column " + k + " of rows " + rows + ", dim " + dim);
                    for (int r = 0; r < rows; r++) {
                        assertEquals(a[r * dim + k], c[k][r], "rows " + rows + ", dim " + dim + ", (" + r + ", " + k + ")");
                        assertEquals(b[r * dim + k], e[k][r], "rows " + rows + ", dim " + dim + ", (" + r + ", " + k + ")");
                    }
                }
            }
        }
    }

    @Test
    void oneComponentIsTheArrayItself() {
        float[] a = {1, 2, 3};
        assertSame(a, Soa.columns(a, 3, 1)[0]);
    }

    @Test
    void packedVectorsFromRowsAndFromColumnsAreTheSameLayout() {
        int lanes = 16;
        try (KernelRuntime two = KernelRuntime.builder().backend(Backend.SCALAR).threads(2).build()) {
            for (int rows : new int[] {0, 1, 15, 16, 17, 4099}) {
                int stride = 43;
                float[] a = new float[rows * stride];
                double[] b = new double[rows * stride];
                for (int i = 0; i < a.length; i++) {
                    a[i] = i + 1;
                    b[i] = -i - 0.5;
                }
                float[][] c = Soa.columns(a, rows, stride);
                double[][] e = Soa.columns(b, rows, stride);
                // Components 3 .. 42 of columns [js, je): a start inside a vector, a partial last vector.
                int js = Math.min(rows, 2);
                int je = rows;
                int dim = 40;
                int vectors = (je - js + lanes - 1) / lanes;
                float[] p = Soa.pack(a, stride, 3, dim, js, je, lanes);
                assertEquals(vectors * dim * lanes, p.length, "rows " + rows);
                for (int k = 0; k < vectors; k++) {
                    for (int d = 0; d < dim; d++) {
                        for (int l = 0; l < lanes; l++) {
                            int j = js + k * lanes + l;
                            float want = j < je ? a[j * stride + 3 + d] : 0f;
                            assertEquals(want, p[(k * dim + d) * lanes + l], "rows " + rows + ", vector " + k + ", d " + d + ", lane " + l);
                        }
                    }
                }
                assertArrayEquals(p, Soa.packVectors(c, 3, dim, js, je, lanes), "from the columns, rows " + rows);
                assertArrayEquals(p, Soa.pack(two, a, stride, 3, dim, js, je, lanes), "on two threads, rows " + rows);
                double[] q = Soa.pack(b, stride, 3, dim, js, je, lanes / 2);
                int dlanes = lanes / 2;
                int dvectors = (je - js + dlanes - 1) / dlanes;
                assertEquals(dvectors * dim * dlanes, q.length, "float64, rows " + rows);
                for (int k = 0; k < dvectors; k++) { // against the rows, as float32 above (not only the variants against each other)
                    for (int d = 0; d < dim; d++) {
                        for (int l = 0; l < dlanes; l++) {
                            int j = js + k * dlanes + l;
                            double want = j < je ? b[j * stride + 3 + d] : 0.0;
                            assertEquals(want, q[(k * dim + d) * dlanes + l],
                                    "float64, rows " + rows + ", vector " + k + ", d " + d + ", lane " + l);
                        }
                    }
                }
                assertArrayEquals(q, Soa.packVectors(e, 3, dim, js, je, lanes / 2), "float64 from the columns, rows " + rows);
                assertArrayEquals(q, Soa.pack(two, b, stride, 3, dim, js, je, lanes / 2), "float64 on two threads, rows " + rows);
            }
        }
    }

    @Test
    void gatherConcatenatesTheIntervalsAndReusesABufferThatIsLongEnough() {
        float[][] cols = new float[2][40];
        double[][] dcols = new double[2][40];
        for (int d = 0; d < 2; d++) {
            for (int j = 0; j < 40; j++) {
                cols[d][j] = 100 * d + j;
                dcols[d][j] = -100 * d - j;
            }
        }
        int[] iv = {0, 0, 3, 7, 10, 12, 20, 40};
        float[][] first = Soa.gather(cols, iv, 1, 3, null); // [3, 7) + [10, 12): 6 columns
        double[][] dfirst = Soa.gather(dcols, iv, 1, 3, null);
        int[] expected = {3, 4, 5, 6, 10, 11};
        for (int d = 0; d < 2; d++) {
            assertTrue(first[d].length >= 6, "column " + d + " holds the 6 gathered values");
            for (int p = 0; p < expected.length; p++) {
                assertEquals(100 * d + expected[p], first[d][p], "component " + d + ", position " + p);
                assertEquals(-100 * d - expected[p], dfirst[d][p], "float64 component " + d + ", position " + p);
            }
        }
        float[][] again = Soa.gather(cols, iv, 2, 3, first); // [10, 12): fits, same buffer, new values
        assertSame(first, again);
        assertEquals(10, again[0][0]);
        assertEquals(111, again[1][1]);
        assertSame(dfirst, Soa.gather(dcols, iv, 2, 3, dfirst));
        float[][] longer = Soa.gather(cols, iv, 0, 4, first); // 26 columns: a new, longer buffer
        assertNotSame(first, longer);
        assertEquals(39, longer[0][25]);
        assertEquals(120, longer[1][6]); // position 6 is column 20, the first of [20, 40)
        assertEquals(26, Soa.gatheredLength(iv, 0, 4));
        float[][] otherWidth = Soa.gather(new float[3][40], iv, 1, 3, first); // three components: not the 2-column buffer
        assertEquals(3, otherWidth.length);
    }

    @Test
    void ungatherIndicesMapsGatheredPositionsBackOnBothPaths() {
        // Intervals 1..3 of iv: [3, 7) + [10, 12) + [20, 23), gathered positions 0..8.
        int[] iv = {0, 0, 3, 7, 10, 12, 20, 23};
        int[] columns = {3, 4, 5, 6, 10, 11, 20, 21, 22};
        // Few indices (3 x 3 intervals <= 2 x 9 positions): the walk.
        int[] few = {99, 0, 5, 8, 99};
        Soa.ungatherIndices(few, 1, 4, iv, 1, 4);
        assertArrayEquals(new int[] {99, 3, 11, 22, 99}, few, "walk: outputs outside [from, to) untouched");
        // Many indices (21 x 3 intervals > 2 x 9 positions): the table, -1 kept.
        int[] many = new int[21];
        for (int e = 0; e < many.length; e++) {
            many[e] = e % 10 - 1; // -1, 0 .. 8
        }
        Soa.ungatherIndices(many, 0, many.length, iv, 1, 4);
        for (int e = 0; e < many.length; e++) {
            int p = e % 10 - 1;
            assertEquals(p < 0 ? -1 : columns[p], many[e], "table, output " + e);
        }
    }
}
