/*
 * The harness of the native baselines (gauss_conv.c, gauss_conv_avx512.c), in one place so that
 * every program times the same way and draws the same data (which is what lets the runner compare
 * their checksums): the arguments "M N D threads repetitions", x (M x D), y transposed (D rows of
 * N) and b from one linear congruential stream, g = 8 / D, one warm-up call, the best of the timed
 * calls, and the output "pairs_per_second checksum" (the sum of the M outputs).
 * NativeBaseline copies this header beside the program it compiles.
 */
#ifndef GAUSS_CONV_HARNESS_H
#define GAUSS_CONV_HARNESS_H

#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* a_i = sum_j exp(-g |x_i - y_j|^2) b_j for i < m, into out[i]; yt is y transposed. */
typedef void (*gauss_conv_fn)(int m, int n, int d, const float *x, const float *yt, const float *b, float g,
                              float *out);

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

/* The program's main: dim_arg names D in the usage line; only_d > 0 is the one D the program takes. */
static int gauss_conv_main(int argc, char **argv, gauss_conv_fn conv, const char *dim_arg, int only_d) {
    if (argc != 6) {
        fprintf(stderr, "usage: %s M N %s threads repetitions\n", argv[0], dim_arg);
        return 2;
    }
    int m = atoi(argv[1]), n = atoi(argv[2]), d = atoi(argv[3]);
    int threads = atoi(argv[4]), reps = atoi(argv[5]);
    if (m < 1 || n < 1 || reps < 1 || (only_d > 0 && d != only_d)) {
        if (only_d > 0) {
            fprintf(stderr, "bad sizes (D must be %d)\n", only_d);
        } else {
            fprintf(stderr, "bad sizes\n");
        }
        return 2;
    }
    omp_set_num_threads(threads);
    float *x = malloc(sizeof(float) * m * d), *yt = malloc(sizeof(float) * n * d);
    float *b = malloc(sizeof(float) * n), *out = malloc(sizeof(float) * m);
    unsigned s = 12345u;
    for (long k = 0; k < (long) m * d; k++) { s = s * 1664525u + 1013904223u; x[k] = (s >> 8) * 0x1p-24f; }
    for (long k = 0; k < (long) n * d; k++) { s = s * 1664525u + 1013904223u; yt[k] = (s >> 8) * 0x1p-24f; }
    for (int k = 0; k < n; k++) { s = s * 1664525u + 1013904223u; b[k] = (s >> 8) * 0x1p-24f; }
    float g = 8.0f / d;
    conv(m, n, d, x, yt, b, g, out); /* warm-up: page faults, thread start */
    double best = 1e300;
    for (int r = 0; r < reps; r++) {
        double t0 = now();
        conv(m, n, d, x, yt, b, g, out);
        double t = now() - t0;
        if (t < best) best = t;
    }
    double checksum = 0;
    for (int i = 0; i < m; i++) checksum += out[i];
    printf("%.6e %.6e\n", (double) m * n / best, checksum);
    return 0;
}

#endif
