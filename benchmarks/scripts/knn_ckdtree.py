#!/usr/bin/env python3
"""SciPy's cKDTree k-nearest-neighbour query on the points KnnRangesBenchmark wrote, the peer of
jkeops' exact block-sparse kNN (issue 15 item 5). Prints one line:
    ckdtree n=<n> dim=<d> k=<k> build=<s> query=<s> total=<s> workers=<w> kth_sum=<sum of k-th distances>
times are the best of --repeat runs; query uses all cores (workers=-1), as jkeops uses its threads."""
import argparse
import time

import numpy as np
from scipy.spatial import cKDTree

p = argparse.ArgumentParser()
p.add_argument("file")
p.add_argument("--dim", type=int, default=3)
p.add_argument("--k", type=int, default=10)
p.add_argument("--repeat", type=int, default=3)
a = p.parse_args()
x = np.fromfile(a.file, dtype="<f4").reshape(-1, a.dim)
best_build = best_query = best_total = float("inf")
for _ in range(a.repeat):
    t0 = time.perf_counter()
    tree = cKDTree(x)
    t1 = time.perf_counter()
    d, idx = tree.query(x, k=a.k, workers=-1)
    t2 = time.perf_counter()
    best_build, best_query, best_total = min(best_build, t1 - t0), min(best_query, t2 - t1), min(best_total, t2 - t0)
print(f"ckdtree n={len(x)} dim={a.dim} k={a.k} build={best_build:.4f} query={best_query:.4f} "
      f"total={best_total:.4f} workers=-1 kth_sum={float(np.sum(d[:, -1].astype(np.float64) ** 2)):.6e}")
