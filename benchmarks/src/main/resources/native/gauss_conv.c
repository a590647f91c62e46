/*
 * Hand-written native baseline for the jkeops benchmark runner: the Gaussian convolution
 * a_i = sum_j exp(-g |x_i - y_j|^2) b_j in float32, the loop a C programmer would write and let
 * gcc vectorise (-O3 -march=native -ffast-math -fopenmp). Compiled and run by
 * org.jkeops.benchmarks.NativeBaseline at benchmark time; prints "pairs_per_second checksum".
 *
 * usage: gauss_conv M N D threads repetitions
 */
#include <math.h>

#include "gauss_conv_harness.h"

/* One function per dimension, so that the compiler sees D as a constant, unrolls the k loop and
 * vectorises the j loop (expf becomes a libmvec SIMD call under -ffast-math). */
#define DEFINE_CONV(D)                                                                         \
    static void conv##D(int m, int n, const float *restrict x, const float *restrict yt,       \
                        const float *restrict b, float g, float *restrict out) {               \
        _Pragma("omp parallel for schedule(static)")                                           \
        for (int i = 0; i < m; i++) {                                                          \
            float xi[D];                                                                       \
            for (int k = 0; k < D; k++) xi[k] = x[i * D + k];                                  \
            float acc = 0.0f;                                                                  \
            _Pragma("omp simd reduction(+ : acc)")                                             \
            for (int j = 0; j < n; j++) {                                                      \
                float s = 0.0f;                                                                \
                for (int k = 0; k < D; k++) {                                                  \
                    float t = xi[k] - yt[(long) k * n + j];                                    \
                    s += t * t;                                                                \
                }                                                                              \
                acc += expf(-g * s) * b[j];                                                    \
            }                                                                                  \
            out[i] = acc;                                                                      \
        }                                                                                      \
    }

/* yt is y transposed (D rows of n), so the inner j loop reads contiguous memory. */
DEFINE_CONV(1)
DEFINE_CONV(3)
DEFINE_CONV(16)
DEFINE_CONV(64)

static void conv(int m, int n, int d, const float *x, const float *yt, const float *b, float g,
                 float *out) {
    switch (d) {
    case 1: conv1(m, n, x, yt, b, g, out); break;
    case 3: conv3(m, n, x, yt, b, g, out); break;
    case 16: conv16(m, n, x, yt, b, g, out); break;
    case 64: conv64(m, n, x, yt, b, g, out); break;
    default: fprintf(stderr, "D must be 1, 3, 16 or 64\n"); exit(2);
    }
}

int main(int argc, char **argv) {
    return gauss_conv_main(argc, argv, conv, "D", 0);
}
