package org.jkeops.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** {@link Soa#columns}, which transposes in blocks of {@link Soa#TRANSPOSE_ROWS} rows. */
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
}
