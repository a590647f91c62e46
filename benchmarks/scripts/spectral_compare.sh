#!/usr/bin/env bash
# Issue 15's table: the spectral tutorial's Swiss roll (7 smallest eigenpairs of the normalized
# Laplacian, sigma = 0.01, pairs within 4 sigma) by jkeops (RadiusRanges + LOBPCG with a 12-column
# block kernel, started from the eigenvectors of a subsample from N = 10^4 on, SIMD, float32) and by
# SciPy (cKDTree + CSR + ARPACK eigsh "SM"), back to back in one run so that both see the same
# machine load. Prints the load before each run. SPECTRAL_ARGS adds tutorial flags to the jkeops
# runs (e.g. SPECTRAL_ARGS=--no-coarse-start for LOBPCG's default start).
#
# Usage (from the repository root, after `mvn -B -DskipTests -Pexamples package` built the classes,
# or `mvn -B -DskipTests -pl examples -am package`, which builds them without running the examples):
#   benchmarks/scripts/spectral_compare.sh 30000 100000
set -euo pipefail
cd "$(dirname "$0")/../.."
# JKEOPS_CP overrides the class path (e.g. classes compiled elsewhere).
CP_FILE=examples/target/spectral-classpath.txt
if [ -z "${JKEOPS_CP:-}" ] && [ ! -s "$CP_FILE" ]; then
  mvn -B -q -o -pl examples dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" >/dev/null
fi
# The reactor's own modules first: dependency:build-classpath names their jars in ~/.m2, which may
# be older than this checkout (another checkout's `install`); the classes built here shadow them.
MODULES=""
for m in linalg runtime vector-cpu opencl-gpu annotations; do MODULES="$MODULES:$m/target/classes"; done
CP="${JKEOPS_CP:-examples/target/classes$MODULES:$(cat "$CP_FILE" 2>/dev/null)}"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
if [ $# -eq 0 ]; then set -- 30000 100000; fi
for n in "$@"; do
  echo "== N = $n; $(uptime)"
  python3 benchmarks/scripts/spectral_scipy.py --n "$n" --sigma 0.01 | grep '^scipy'
  echo "   $(uptime)"
  "$JAVA" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true \
    -cp "$CP" org.jkeops.examples.SpectralTutorial --roll-only --roll "$n" \
    --sigma 0.01 --no-arpack --out examples/target/spectral-compare ${SPECTRAL_ARGS:-} 2>/dev/null | grep -E '^roll N=|eigenvalues|^\[|^\(.*iterations|^Start block|subsample of'
done
