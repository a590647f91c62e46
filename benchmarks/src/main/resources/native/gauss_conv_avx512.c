/*
 * Hand-written AVX-512 intrinsics baseline for the jkeops benchmark runner: the Gaussian
 * convolution a_i = sum_j exp(-g |x_i - y_j|^2) b_j in float32 at D = 3, the loop an HPC
 * programmer would write by hand: 4 rows per tile (their 12 coordinates broadcast in registers,
 * each loaded y_j vector used 4 times), 16 columns per vector, exp as a power of 2 (one
 * multiply, a rounding, a degree-6 polynomial in 6 fmas and vscalefps), one accumulator per row,
 * the tiles split over OpenMP threads. Compiled with the same flags as gauss_conv.c and run by
 * org.jkeops.benchmarks.NativeBaseline, only when /proc/cpuinfo has avx512f; prints
 * "pairs_per_second checksum" on the same data as gauss_conv.c, so the two checksums must agree.
 *
 * usage: gauss_conv_avx512 M N 3 threads repetitions
 */
#include <immintrin.h>

#include "gauss_conv_harness.h"

/* 2^t for finite t <= 0: exp(-g s) = 2^t with t = -g log2(e) s (log2 e folded into the factor).
 * t = n + f, n = round(t), |f| <= 1/2; 2^f by its degree-6 Taylor polynomial (relative error
 * about 1e-7, float32's rounding), 2^n by vscalefps, which gives 0 far below (no clamp needed). */
static inline __m512 exp2_ps(__m512 t) {
    __m512 n = _mm512_roundscale_ps(t, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m512 f = _mm512_sub_ps(t, n);
    __m512 p = _mm512_set1_ps(1.5403530393381606e-4f);
    p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(1.3333558146428443e-3f));
    p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(9.6181291076284772e-3f));
    p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(5.5504108664821580e-2f));
    p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(2.4022650695910071e-1f));
    p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(6.9314718055994531e-1f));
    p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(1.0f));
    return _mm512_scalef_ps(p, n);
}

/* The contribution of 16 columns to one row's accumulator; NG is -g log2(e). */
#define TERM(X0, X1, X2, Y0, Y1, Y2, B, NG, ACC)                      \
    do {                                                              \
        __m512 d0_ = _mm512_sub_ps(X0, Y0);                           \
        __m512 d1_ = _mm512_sub_ps(X1, Y1);                           \
        __m512 d2_ = _mm512_sub_ps(X2, Y2);                           \
        __m512 s_ = _mm512_mul_ps(d0_, d0_);                          \
        s_ = _mm512_fmadd_ps(d1_, d1_, s_);                           \
        s_ = _mm512_fmadd_ps(d2_, d2_, s_);                           \
        ACC = _mm512_fmadd_ps(exp2_ps(_mm512_mul_ps(NG, s_)), B, ACC); \
    } while (0)

/* Rows [i, i + R) for R = 4 (a tile) or 1 (the rows left over). */
static void tile(int rows, int i, int n, const float *restrict x, const float *restrict yt,
                 const float *restrict b, __m512 ng, float *restrict out) {
    const float *y0 = yt, *y1 = yt + n, *y2 = yt + 2L * n;
    __m512 x0[4], x1[4], x2[4], acc[4];
    for (int q = 0; q < rows; q++) {
        x0[q] = _mm512_set1_ps(x[3L * (i + q)]);
        x1[q] = _mm512_set1_ps(x[3L * (i + q) + 1]);
        x2[q] = _mm512_set1_ps(x[3L * (i + q) + 2]);
        acc[q] = _mm512_setzero_ps();
    }
    int j = 0;
    for (; j + 16 <= n; j += 16) {
        __m512 v0 = _mm512_loadu_ps(y0 + j), v1 = _mm512_loadu_ps(y1 + j), v2 = _mm512_loadu_ps(y2 + j);
        __m512 vb = _mm512_loadu_ps(b + j);
        if (rows == 4) {
            TERM(x0[0], x1[0], x2[0], v0, v1, v2, vb, ng, acc[0]);
            TERM(x0[1], x1[1], x2[1], v0, v1, v2, vb, ng, acc[1]);
            TERM(x0[2], x1[2], x2[2], v0, v1, v2, vb, ng, acc[2]);
            TERM(x0[3], x1[3], x2[3], v0, v1, v2, vb, ng, acc[3]);
        } else {
            TERM(x0[0], x1[0], x2[0], v0, v1, v2, vb, ng, acc[0]);
        }
    }
    if (j < n) {
        /* the last columns: masked loads read zeros beyond n, and b = 0 there adds nothing */
        __mmask16 k = (__mmask16) ((1u << (n - j)) - 1);
        __m512 v0 = _mm512_maskz_loadu_ps(k, y0 + j), v1 = _mm512_maskz_loadu_ps(k, y1 + j);
        __m512 v2 = _mm512_maskz_loadu_ps(k, y2 + j), vb = _mm512_maskz_loadu_ps(k, b + j);
        for (int q = 0; q < rows; q++) {
            TERM(x0[q], x1[q], x2[q], v0, v1, v2, vb, ng, acc[q]);
        }
    }
    for (int q = 0; q < rows; q++) {
        out[i + q] = _mm512_reduce_add_ps(acc[q]);
    }
}

/* D = 3 only (gauss_conv_main rejects any other D before the call). */
static void conv3(int m, int n, int d, const float *x, const float *yt, const float *b, float g, float *out) {
    (void) d;
    const __m512 ng = _mm512_set1_ps(-g * 1.44269504088896341f); /* exp(-g s) = 2^(ng s) */
    int tiles = m / 4;
#pragma omp parallel for schedule(static)
    for (int t = 0; t < tiles; t++) {
        tile(4, 4 * t, n, x, yt, b, ng, out);
    }
    for (int i = 4 * tiles; i < m; i++) {
        tile(1, i, n, x, yt, b, ng, out);
    }
}

int main(int argc, char **argv) {
    return gauss_conv_main(argc, argv, conv3, "3", 3);
}
