#!/usr/bin/env python3
"""The SciPy route for the spectral tutorial's Swiss roll (issue 15's peer baseline).

Builds the same noisy Swiss roll as the seed tutorial (numpy's generator, so the points are not
the Java tutorial's, only drawn from the same distribution), the float32 Gaussian kernel restricted
to pairs closer than 4 sigma (cKDTree.sparse_distance_matrix -> CSR), the normalized Laplacian
I - D^-1/2 K D^-1/2 as a CSR matrix, and its 7 smallest eigenpairs with ARPACK
(scipy.sparse.linalg.eigsh, which="SM", as the seed). Prints one line per phase and a summary line

    scipy N=... sigma=... build_s=... eigsh_s=... total_s=... matvecs=... nnz=... eigenvalues=[...]

Usage: python3 benchmarks/scripts/spectral_scipy.py --n 100000 --sigma 0.01 [--which SM|SA] [--seed 0]
"""
import argparse
import time

import numpy as np
from scipy.sparse import diags, identity
from scipy.sparse.linalg import LinearOperator, eigsh
from scipy.spatial import cKDTree


def roll(n, rng):
    t = np.linspace(0, 2 * np.pi, n + 1)[:-1]
    x = np.stack((0.4 + 0.4 * (t / 7) * np.cos(1.5 * t),
                  0.1 + 0.8 * rng.random(n),
                  0.5 + 0.3 * (t / 7) * np.sin(1.5 * t)), 1)
    x = x + 0.01 * rng.standard_normal(x.shape)
    return x.astype(np.float32)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=100_000)
    p.add_argument("--sigma", type=float, default=0.01)
    p.add_argument("--which", default="SM")
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()
    x = roll(a.n, np.random.default_rng(a.seed))
    t_start = time.perf_counter()
    tree = cKDTree(x)
    t0 = time.perf_counter()
    coo = tree.sparse_distance_matrix(tree, 4 * a.sigma, output_type="coo_matrix")
    t1 = time.perf_counter()
    # sparse_distance_matrix leaves out i == j (distance 0): add the diagonal exp(0) = 1 back.
    k = coo.tocsr().astype(np.float32)
    k.data = np.exp(-(k.data.astype(np.float32) ** 2) / np.float32(2 * a.sigma ** 2))
    k = (k + identity(a.n, dtype=np.float32, format="csr")).tocsr()
    d = np.asarray(k.sum(axis=1)).ravel()
    s = diags((1 / np.sqrt(d)).astype(np.float32))
    lap = (identity(a.n, dtype=np.float32, format="csr") - s @ k @ s).tocsr()
    t_build = time.perf_counter()
    print(f"cKDTree: {t0 - t_start:.3f} s; pairs within 4 sigma: {t1 - t0:.3f} s; CSR, degrees and L_norm: "
          f"{t_build - t1:.3f} s; nnz = {lap.nnz:,} ({100 * lap.nnz / a.n ** 2:.3f} % of N^2)")
    count = [0]

    def matvec(v):
        count[0] += 1
        return lap @ v

    op = LinearOperator(lap.shape, matvec=matvec, dtype=np.float32)
    t2 = time.perf_counter()
    values, _ = eigsh(op, k=7, which=a.which)
    t3 = time.perf_counter()
    values = np.sort(values)
    print(f"eigsh(k=7, which={a.which}): {t3 - t2:.3f} s, {count[0]} mat-vecs")
    print(f"scipy N={a.n} sigma={a.sigma} build_s={t_build - t_start:.3f} eigsh_s={t3 - t2:.3f} "
          f"total_s={t3 - t_start:.3f} matvecs={count[0]} nnz={lap.nnz} eigenvalues={np.array2string(values, precision=4)}")


if __name__ == "__main__":
    main()
