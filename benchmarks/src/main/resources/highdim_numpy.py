#!/usr/bin/env python3
"""NumPy/BLAS brute force for the high-dimensional benchmark rows (issue 18).

Usage: highdim_numpy.py {knn|gauss} D M N reps
Prints the best pairs/s (M * N / seconds) over `reps` timed runs after one warm-up, then the
BLAS library. Threads: set OPENBLAS_NUM_THREADS / OMP_NUM_THREADS before starting (the runner does).

kNN (k = 10): squared distances |x|^2 + |y|^2 - 2 x.y with one sgemm per chunk of rows, then
argpartition and a sort of the k candidates: the usual NumPy brute force, float32 throughout.
Gaussian convolution: the same distances, exp(-g d) in place, then one sgemv with b.
"""
import sys
import time

import numpy as np

K = 10
CHUNK = 1024


def knn(x, y, yy):
    out = np.empty((x.shape[0], K), dtype=np.int64)
    for s in range(0, x.shape[0], CHUNK):
        xc = x[s:s + CHUNK]
        d = xc @ y.T
        d *= -2.0
        d += (xc * xc).sum(axis=1)[:, None]
        d += yy[None, :]
        idx = np.argpartition(d, K, axis=1)[:, :K]
        part = np.take_along_axis(d, idx, axis=1)
        order = np.argsort(part, axis=1, kind="stable")
        out[s:s + CHUNK] = np.take_along_axis(idx, order, axis=1)
    return out


def gauss(x, y, yy, b, g):
    out = np.empty(x.shape[0], dtype=np.float32)
    for s in range(0, x.shape[0], CHUNK):
        xc = x[s:s + CHUNK]
        d = xc @ y.T
        d *= -2.0
        d += (xc * xc).sum(axis=1)[:, None]
        d += yy[None, :]
        d *= -g
        np.exp(d, out=d)
        out[s:s + CHUNK] = d @ b
    return out


def main():
    kind, dim, m, n, reps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    rng = np.random.default_rng(42)
    x = rng.random((m, dim), dtype=np.float32)
    y = rng.random((n, dim), dtype=np.float32)
    b = rng.random(n, dtype=np.float32)
    g = np.float32(8.0 / dim)
    yy = (y * y).sum(axis=1)
    call = (lambda: knn(x, y, yy)) if kind == "knn" else (lambda: gauss(x, y, yy, b, g))
    call()
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - t0)
    cfg = np.show_config(mode="dicts") if hasattr(np, "show_config") else {}
    try:
        blas = cfg["Build Dependencies"]["blas"]["name"] + " " + cfg["Build Dependencies"]["blas"]["version"]
    except Exception:  # noqa: BLE001 - older NumPy: name unknown
        blas = "unknown BLAS"
    print("%.6g numpy %s, %s" % (m * n / best, np.__version__, blas))


if __name__ == "__main__":
    main()
