#!/usr/bin/env bash
# Builds the self-contained device bundle (default: device/bundle, at most ~60 MiB):
#   jre/      a jlink'ed Java runtime with only the modules the run needs (found with jdeps)
#   lib/      the runner's jar and every jar it needs (jkeops, it-tests' test jar, JOCL with its
#             native library inside, JUnit's launcher, the examples' libraries)
#   native/   libOpenCL.so.1, the OpenCL ICD loader of Debian's ocl-icd-libopencl1
#   icd/      nvidia.icd, the ICD vendor file naming NVIDIA's libnvidia-opencl.so.1
#   run.sh    device/run.sh, which runs it (see there)
# The device has no Java and no network: nothing in the bundle may be fetched at run time.
#
# Usage: device/bundle.sh [--out DIR] [--build]
#   --build  runs `mvn -B -ntp -DskipTests package -pl device/runner -am` first (done anyway when
#            device/runner/target/lib is missing). In CI the jars come from the build before it.
# Environment: JLINK_JDK (default: the newest JDK >= 21 under /usr/lib/jvm, the one the build's
# toolchain selection picks; 25 here), OPENCL_ICD_LOADER
# (default /usr/lib/x86_64-linux-gnu/libOpenCL.so.1), MAX_MIB (default 60; the bundle fails above).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/device/bundle"
BUILD=0
usage() {  # what was wrong, then the usage line; exit status 2
  echo "device/bundle.sh: $1" >&2
  echo "usage: device/bundle.sh [--out DIR] [--build]" >&2
  exit 2
}
while [ $# -gt 0 ]; do
  case "$1" in
    --out) [ $# -ge 2 ] && [ -n "$2" ] || usage "--out needs a value"  # not "$2: unbound variable"
           OUT=$(realpath -m "$2"); shift 2 ;;
    --build) BUILD=1; shift ;;
    *) usage "unknown argument '$1'" ;;
  esac
done
MAX_MIB=${MAX_MIB:-60}
RUNNER="$ROOT/device/runner/target"

if [ -z "${JLINK_JDK:-}" ]; then
  JLINK_JDK=$(ls -d /usr/lib/jvm/*-2[1-9]-* /usr/lib/jvm/*-[3-9][0-9]-* 2>/dev/null | sort -t- -k2,2V | tail -n 1 || true)
fi
if [ ! -x "${JLINK_JDK:-}/bin/jlink" ]; then
  echo "bundle: no JDK >= 21 with jlink found (looked under /usr/lib/jvm; set JLINK_JDK)" >&2
  exit 1
fi
JDK_BIN="$JLINK_JDK/bin"
JDK_FEATURE=$("$JDK_BIN/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
echo "== bundle: JDK $JLINK_JDK (Java $JDK_FEATURE)"

if [ "$BUILD" = 1 ] || [ ! -d "$RUNNER/lib" ] || ! ls "$RUNNER"/jkeops-device-runner-*.jar >/dev/null 2>&1; then
  echo "== bundle: building the runner and its jars"
  (cd "$ROOT" && mvn -B -ntp -q -DskipTests package -pl device/runner -am)
fi
RUNNER_JAR=$(ls "$RUNNER"/jkeops-device-runner-*.jar | head -n 1)

LOADER=${OPENCL_ICD_LOADER:-/usr/lib/x86_64-linux-gnu/libOpenCL.so.1}
if [ ! -e "$LOADER" ]; then
  echo "bundle: the OpenCL ICD loader $LOADER is missing (apt-get install ocl-icd-libopencl1)" >&2
  exit 1
fi

rm -rf "$OUT"
mkdir -p "$OUT/lib" "$OUT/native" "$OUT/icd"
cp "$RUNNER_JAR" "$OUT/lib/"
cp "$RUNNER"/lib/*.jar "$OUT/lib/"
# Removes the entries matching the given paths (shell patterns, relative to the jar's root) from
# a jar in the bundle, keeping its manifest.
strip_jar() {
  local jar=$1 unpacked
  shift
  unpacked=$(mktemp -d)
  (cd "$unpacked" && "$JDK_BIN/jar" --extract --file "$jar")
  for pattern in "$@"; do
    # shellcheck disable=SC2086 # the pattern is meant to glob
    rm -f "$unpacked"/$pattern
  done
  mv "$unpacked/META-INF/MANIFEST.MF" "$unpacked.mf"
  rm "$jar"
  "$JDK_BIN/jar" --create --file "$jar" --manifest "$unpacked.mf" -C "$unpacked" .
  rm -rf "$unpacked" "$unpacked.mf"
}
# The it-tests suites that only check the CPU's SIMD schedules (HighDim*, ChunkedSweep*,
# TiledPacking*: their generated SIMD kernels are ~1.7 MiB of the test jar) are left out of the
# bundle: the device run checks OpenCL, where LargeDimTest covers large dimensions, and the bundle
# must stay under its limit. So are the benchmarks' HighDimUnrolled kernels (~1.2 MiB), the old
# unrolled SIMD schedule that only HighDimBenchmark compares on the CPU; the device run's GpuBench
# does not load them.
strip_jar "$(ls "$OUT"/lib/jkeops-it-tests-*-tests.jar)" \
  'org/jkeops/it/HighDim*' 'org/jkeops/it/ChunkedSweep*' 'org/jkeops/it/TiledPacking*' \
  'META-INF/jkeops/opencl/org.jkeops.it.HighDim*' 'META-INF/jkeops/opencl/org.jkeops.it.ChunkedSweep*' \
  'META-INF/jkeops/opencl/org.jkeops.it.TiledPacking*'
strip_jar "$(ls "$OUT"/lib/jkeops-benchmarks-*.jar)" 'org/jkeops/benchmarks/HighDimUnrolled*' \
  'META-INF/jkeops/opencl/org.jkeops.benchmarks.HighDimUnrolled*'

# The modules: what jdeps finds in all the jars, plus a floor the run needs whatever jdeps says
# (java.logging for JOCL, the Vector API module the SIMD backend and the generated code load).
# --module-path: some jars (progressbar) are named modules that require others in lib/.
FOUND=$("$JDK_BIN/jdeps" --multi-release "$JDK_FEATURE" --ignore-missing-deps --print-module-deps \
  --module-path "$OUT/lib" --class-path "$OUT/lib/*" "$OUT"/lib/*.jar 2>/dev/null | tail -n 1)
case "$FOUND" in
  java.*|jdk.*) ;;
  *) echo "bundle: jdeps did not print a module list (got: $FOUND)" >&2; exit 1 ;;
esac
# java.desktop (~15 MiB: AWT for the examples' PNG figures) is left out to stay under the size
# limit: the device run writes no figures, and the runner's pom leaves XChart out too.
MODULES=$(echo "java.base,java.logging,jdk.incubator.vector,jdk.unsupported,$FOUND" | tr ',' '\n' \
  | grep -vx 'java.desktop' | sort -u | paste -sd, -)
echo "== bundle: jlink modules: $MODULES"
"$JDK_BIN/jlink" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages \
  --compress zip-9 --output "$OUT/jre"
# The CDS archive speeds start-up by ~0.1 s but weighs ~13 MiB: not worth its place here.
rm -f "$OUT"/jre/lib/server/classes*.jsa
# libjvm.so keeps a 5 MiB static symbol table (.symtab; no debug sections to strip): drop it.
# Its dynamic symbols stay, so it links and runs the same; hs_err files lose JVM frame names.
if command -v strip >/dev/null 2>&1; then
  strip --strip-unneeded "$OUT/jre/lib/server/libjvm.so"
fi

cp -L "$LOADER" "$OUT/native/libOpenCL.so.1"
# A bare name: the loader dlopen()s it through LD_LIBRARY_PATH, which run.sh points at the
# driver's folder it found.
echo "libnvidia-opencl.so.1" > "$OUT/icd/nvidia.icd"
cp "$ROOT/device/run.sh" "$OUT/run.sh"
chmod +x "$OUT/run.sh"
{
  echo "jkeops device bundle"
  echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ) from $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "java: $("$OUT/jre/bin/java" -version 2>&1 | head -n 1)"
  echo "modules: $MODULES"
  echo "icd loader: $(dpkg -S "$(readlink -f "$LOADER")" 2>/dev/null | cut -d: -f1 || echo "?") $(dpkg-query -W -f='${Version}' ocl-icd-libopencl1 2>/dev/null || true)"
} > "$OUT/BUNDLE.txt"

SIZE_KIB=$(du -sk "$OUT" | cut -f1)
echo "== bundle: $OUT: $((SIZE_KIB / 1024)) MiB (jre $(du -sm "$OUT/jre" | cut -f1) MiB, lib $(du -sm "$OUT/lib" | cut -f1) MiB)"
if [ "$SIZE_KIB" -gt $((MAX_MIB * 1024)) ]; then
  echo "bundle: $((SIZE_KIB / 1024)) MiB is over the limit of $MAX_MIB MiB" >&2
  exit 1
fi
