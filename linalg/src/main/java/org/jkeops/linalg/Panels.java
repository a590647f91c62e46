package org.jkeops.linalg;

/**
 * Column-major panels of a few rows of a row-major n × k block: {@code panel[c * ROWS + r]} is
 * row {@code i0 + r}, column c. The Gram matrices of {@link RowBlocks} are formed on panels because
 * their dot products then run over {@link #ROWS} contiguous values in a register tile instead of
 * over a block's 10 columns.
 */
final class Panels {

    /** Rows per panel: 30 columns of a panel fit in L1 (15 KB), and the loops are long enough. */
    static final int ROWS = 64;

    private Panels() {
    }

    /** Rows {@code [i0, i0 + len)} of the row-major n × k block {@code a} into {@code panel}. */
    static void load(double[] a, int k, int i0, int len, double[] panel) {
        for (int r = 0; r < len; r++) {
            int row = (i0 + r) * k;
            for (int c = 0; c < k; c++) {
                panel[c * ROWS + r] = a[row + c];
            }
        }
    }

    /**
     * {@code acc += Uᵀ V} over the first {@code len} rows of two panels; acc is ku × kv row-major.
     * Four rows of U against two of V at a time: 8 independent sums per 6 loads.
     */
    static void gram(double[] u, int ku, double[] v, int kv, int len, double[] acc) {
        int p = 0;
        for (; p + 4 <= ku; p += 4) {
            int u0 = p * ROWS;
            int u1 = u0 + ROWS;
            int u2 = u1 + ROWS;
            int u3 = u2 + ROWS;
            int q = 0;
            for (; q + 2 <= kv; q += 2) {
                int v0 = q * ROWS;
                int v1 = v0 + ROWS;
                double s00 = 0, s01 = 0, s10 = 0, s11 = 0, s20 = 0, s21 = 0, s30 = 0, s31 = 0;
                for (int r = 0; r < len; r++) {
                    double b0 = v[v0 + r];
                    double b1 = v[v1 + r];
                    double a0 = u[u0 + r];
                    double a1 = u[u1 + r];
                    double a2 = u[u2 + r];
                    double a3 = u[u3 + r];
                    s00 = Math.fma(a0, b0, s00);
                    s01 = Math.fma(a0, b1, s01);
                    s10 = Math.fma(a1, b0, s10);
                    s11 = Math.fma(a1, b1, s11);
                    s20 = Math.fma(a2, b0, s20);
                    s21 = Math.fma(a2, b1, s21);
                    s30 = Math.fma(a3, b0, s30);
                    s31 = Math.fma(a3, b1, s31);
                }
                acc[p * kv + q] += s00;
                acc[p * kv + q + 1] += s01;
                acc[(p + 1) * kv + q] += s10;
                acc[(p + 1) * kv + q + 1] += s11;
                acc[(p + 2) * kv + q] += s20;
                acc[(p + 2) * kv + q + 1] += s21;
                acc[(p + 3) * kv + q] += s30;
                acc[(p + 3) * kv + q + 1] += s31;
            }
            for (; q < kv; q++) {
                int v0 = q * ROWS;
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int r = 0; r < len; r++) {
                    double b0 = v[v0 + r];
                    s0 = Math.fma(u[u0 + r], b0, s0);
                    s1 = Math.fma(u[u1 + r], b0, s1);
                    s2 = Math.fma(u[u2 + r], b0, s2);
                    s3 = Math.fma(u[u3 + r], b0, s3);
                }
                acc[p * kv + q] += s0;
                acc[(p + 1) * kv + q] += s1;
                acc[(p + 2) * kv + q] += s2;
                acc[(p + 3) * kv + q] += s3;
            }
        }
        for (; p < ku; p++) {
            int u0 = p * ROWS;
            int q = 0;
            for (; q + 4 <= kv; q += 4) {
                int v0 = q * ROWS;
                int v1 = v0 + ROWS;
                int v2 = v1 + ROWS;
                int v3 = v2 + ROWS;
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int r = 0; r < len; r++) {
                    double a0 = u[u0 + r];
                    s0 = Math.fma(a0, v[v0 + r], s0);
                    s1 = Math.fma(a0, v[v1 + r], s1);
                    s2 = Math.fma(a0, v[v2 + r], s2);
                    s3 = Math.fma(a0, v[v3 + r], s3);
                }
                acc[p * kv + q] += s0;
                acc[p * kv + q + 1] += s1;
                acc[p * kv + q + 2] += s2;
                acc[p * kv + q + 3] += s3;
            }
            for (; q < kv; q++) {
                int v0 = q * ROWS;
                double s = 0;
                for (int r = 0; r < len; r++) {
                    s = Math.fma(u[u0 + r], v[v0 + r], s);
                }
                acc[p * kv + q] += s;
            }
        }
    }
}
