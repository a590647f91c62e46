#!/usr/bin/env bash
# Runs the device bundle (built by device/bundle.sh) on a machine with no Java: finds the OpenCL
# driver, points the bundled ICD loader at it, prints the device, then runs, each under a time
# limit and logged under $OUT:
#   1. info      the Java runtime, SIMD support and the OpenCL device (must be a GPU)
#   2. checks    the differential suite of it-tests on OpenCL: every reduction over j and over i,
#                float32 and float64, dense and block-sparse, a sample of operations, against
#                float64 references computed on the host CPU
#   3. bench     the benchmark table's OpenCL column at M = N = 10^6 (Gaussian D = 3, 16, 64, k-NN
#                k = 10, LOG_SUM_EXP, block-sparse) with SIMD on this machine's cores beside it
#   4. spectral  the spectral tutorial with its 10^6-point Swiss roll on OpenCL
# Exit status: 0 when every step passed, 1 otherwise (the failed steps are listed in summary.txt).
#
# Usage: run.sh [--dry-run] [--out DIR] [--only STEP,STEP...]
#   --dry-run  (or JKEOPS_DRY_RUN=1) CI's rehearsal on this machine's PoCL: looks for PoCL's driver
#              instead of NVIDIA's, accepts a CPU device, and shrinks every size.
# Sizes (environment): BENCH_SIZE (10^6), BENCH_REPS (3), ROLL_SIZE (10^6, the spectral roll),
#   SPIRAL_SIZE (10^4), CHECK_CLASSES (it-tests class names, space-separated; default: the runner's).
# Time limits in seconds (environment): T_INFO (30), T_CHECKS (120), T_BENCH (150), T_SPECTRAL (180),
# 8 minutes in all at worst; the device tool allows 10 minutes a command.
# Driver search (environment): JKEOPS_OPENCL_DRIVER, a driver library's path to use as it is.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
if [ -x "$HERE/jre/bin/java" ]; then B="$HERE"; else B="$HERE/bundle"; fi
DRY=${JKEOPS_DRY_RUN:-0}
OUTDIR=${OUT:-$PWD/device-out}
ONLY="info,checks,bench,spectral"
usage() {  # what was wrong, then the usage line; exit status 2
  echo "run.sh: $1" >&2
  echo "usage: run.sh [--dry-run] [--out DIR] [--only STEP,STEP...]" >&2
  exit 2
}
while [ $# -gt 0 ]; do
  # a flag's value must be there and not empty: under set -u a missing "$2" was "unbound variable"
  case "$1" in
    --out|--only) [ $# -ge 2 ] && [ -n "$2" ] || usage "$1 needs a value" ;;
  esac
  case "$1" in
    --dry-run) DRY=1; shift ;;
    --out) OUTDIR="$2"; shift 2 ;;
    --only) ONLY="info,$2"; shift 2 ;;
    *) usage "unknown argument '$1'" ;;
  esac
done
mkdir -p "$OUTDIR"
OUTDIR=$(cd "$OUTDIR" && pwd)
LOG="$OUTDIR/00-discovery.txt"
: > "$LOG"
say() { echo "$*" | tee -a "$LOG"; }

if [ ! -x "$B/jre/bin/java" ]; then
  say "run.sh: no bundle at $B (expected $B/jre/bin/java): build it with device/bundle.sh"
  exit 1
fi
say "== jkeops device run $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(uname -srm), $(nproc 2>/dev/null || echo '?') cores; bundle $B"
[ -f "$B/BUNDLE.txt" ] && sed 's/^/   /' "$B/BUNDLE.txt" | tee -a "$LOG"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/jkeops-device.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# ---- finding the OpenCL driver ------------------------------------------------------------------
if [ "$DRY" = 1 ]; then
  DRIVER=libpocl.so.2; ICD_NAME=pocl
  say "== dry run: looking for PoCL ($DRIVER) instead of NVIDIA's driver; sizes are shrunk"
else
  DRIVER=libnvidia-opencl.so.1; ICD_NAME=nvidia
fi
BASE=${DRIVER%.so*}   # libnvidia-opencl: versioned names (libnvidia-opencl.so.580.xx) count too
DIRS=(/usr/local/nvidia/lib64 /usr/local/nvidia/lib /usr/local/nvidia/lib/x86_64-linux-gnu)
IFS=: read -r -a LDP <<< "${LD_LIBRARY_PATH:-}"
DIRS+=("${LDP[@]}" /usr/lib/x86_64-linux-gnu /lib/x86_64-linux-gnu /usr/lib64 /lib64 /usr/lib /lib
  /usr/local/cuda/lib64 /usr/local/cuda/compat /usr/local/cuda/targets/x86_64-linux/lib /usr/local/lib)
FOUND=""
if [ -n "${JKEOPS_OPENCL_DRIVER:-}" ]; then
  if [ -e "$JKEOPS_OPENCL_DRIVER" ]; then FOUND="$JKEOPS_OPENCL_DRIVER"; say "   JKEOPS_OPENCL_DRIVER: $FOUND"
  else say "   JKEOPS_OPENCL_DRIVER=$JKEOPS_OPENCL_DRIVER: no such file"; fi
fi
if [ -z "$FOUND" ]; then
  for d in "${DIRS[@]}"; do
    [ -n "$d" ] || continue
    if [ ! -d "$d" ]; then say "   $d: no such folder"; continue; fi
    if [ -e "$d/$DRIVER" ]; then FOUND="$d/$DRIVER"; say "   $d: found $DRIVER"; break; fi
    v=$(ls "$d/$BASE".so.* 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$v" ]; then FOUND="$v"; say "   $d: found $(basename "$v") (no $DRIVER)"; break; fi
    say "   $d: no $DRIVER or $BASE.so.*"
  done
fi
if [ -z "$FOUND" ] && command -v ldconfig >/dev/null 2>&1; then
  FOUND=$(ldconfig -p 2>/dev/null | awk -v n="$BASE" '$1 ~ "^"n"\\.so" {print $NF; exit}')
  say "   ldconfig -p: ${FOUND:-no $BASE}"
fi
if [ -z "$FOUND" ] && [ -d /usr/local/nvidia ]; then
  FOUND=$(find /usr/local/nvidia -maxdepth 5 -name "$BASE.so*" 2>/dev/null | sort -V | tail -n 1)
  say "   find /usr/local/nvidia -name '$BASE.so*': ${FOUND:-nothing}"
fi
if [ -z "$FOUND" ]; then
  say "run.sh: MISSING: the OpenCL driver $DRIVER (or $BASE.so.*) is in none of the folders above, nor in"
  say "        ldconfig's cache, nor under /usr/local/nvidia. Set JKEOPS_OPENCL_DRIVER to its path."
  [ -d /etc/OpenCL/vendors ] && say "        /etc/OpenCL/vendors holds: $(ls /etc/OpenCL/vendors | tr '\n' ' ')"
  exit 1
fi
DRIVER_DIR=$(cd "$(dirname "$FOUND")" && pwd)
say "== OpenCL driver: $FOUND$( [ -L "$FOUND" ] && echo " -> $(readlink -f "$FOUND")")"
if [ "$DRY" != 1 ]; then
  # NVIDIA's OpenCL driver loads libcuda.so.1 of the same driver: it must be found too.
  if [ -e "$DRIVER_DIR/libcuda.so.1" ]; then say "   libcuda.so.1: $DRIVER_DIR/libcuda.so.1"
  else say "   WARNING: no libcuda.so.1 beside it in $DRIVER_DIR (the driver needs it; searched through LD_LIBRARY_PATH)"; fi
fi
# The vendor file: the bundle's (a bare name, resolved through LD_LIBRARY_PATH) when the driver
# has its usual name, else one naming the found file by its full path.
if [ "$DRY" != 1 ] && [ "$(basename "$FOUND")" = "$DRIVER" ] && [ -f "$B/icd/nvidia.icd" ]; then
  VENDORS="$B/icd"
else
  VENDORS="$WORK/icd"; mkdir -p "$VENDORS"; echo "$FOUND" > "$VENDORS/$ICD_NAME.icd"
fi
export OCL_ICD_VENDORS="$VENDORS"
export LD_LIBRARY_PATH="$B/native:$DRIVER_DIR${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
# The JVM's signal handlers first: drivers that install their own (PoCL's LLVM) otherwise crash it.
export LD_PRELOAD="$B/jre/lib/server/libjsig.so"
# The differential suite: a missing OpenCL device is a failure there, not a skip.
export JKEOPS_REQUIRE_OPENCL=1
say "   OCL_ICD_VENDORS=$OCL_ICD_VENDORS ($(cat "$VENDORS"/*.icd | tr '\n' ' '))"
say "   LD_LIBRARY_PATH=$LD_LIBRARY_PATH"
command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>&1 | sed 's/^/   nvidia-smi: /' | tee -a "$LOG"

# ---- the steps ------------------------------------------------------------------------------------
if [ "$DRY" = 1 ]; then
  BENCH_SIZE=${BENCH_SIZE:-2048}; BENCH_REPS=${BENCH_REPS:-1}; SIMD_SECONDS=0.05
  # The seed's sigma (0.01) on a few thousand points leaves the roll barely connected (a badly
  # conditioned Laplacian), so the dry run runs the same code on a small, well-connected roll.
  ROLL_SIZE=${ROLL_SIZE:-1500}; SPIRAL_SIZE=${SPIRAL_SIZE:-600}; ROLL_SIGMA=0.05
  WARM_SECONDS=0.2; CHECK_CLASSES=${CHECK_CLASSES:-}; INFO_ARGS=--any-device
else
  BENCH_SIZE=${BENCH_SIZE:-1000000}; BENCH_REPS=${BENCH_REPS:-3}; SIMD_SECONDS=0.5
  ROLL_SIZE=${ROLL_SIZE:-1000000}; SPIRAL_SIZE=${SPIRAL_SIZE:-10000}; ROLL_SIGMA=0.01   # the seed's roll
  WARM_SECONDS=1; CHECK_CLASSES=${CHECK_CLASSES:-}; INFO_ARGS=""
fi
JAVA=("$B/jre/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED
  -Djava.awt.headless=true -Djkeops.opencl.cacheDir="$WORK/cl-cache" -cp "$B/lib/*")
TIMEOUT=(); command -v timeout >/dev/null 2>&1 && TIMEOUT=(timeout -k 10)
FAILED=()
SUMMARY="$OUTDIR/summary.txt"
: > "$SUMMARY"

step() { # step NAME LIMIT_S ARGS...: runs java ARGS under the limit, logs to $OUTDIR/NN-NAME.log
  local name=$1 limit=$2; shift 2
  case ",$ONLY," in *",$name,"*) ;; *) return 0 ;; esac
  local n=$(( $(ls "$OUTDIR"/[0-9][0-9]-*.log 2>/dev/null | wc -l) + 1 ))
  local log; log=$(printf '%s/%02d-%s.log' "$OUTDIR" "$n" "$name")
  echo "== $name (limit ${limit}s): java ... $*" | tee -a "$LOG"
  local t0=$SECONDS
  if [ ${#TIMEOUT[@]} -gt 0 ]; then
    "${TIMEOUT[@]}" "$limit" "${JAVA[@]}" "$@" > "$log" 2>&1 &
  else
    "${JAVA[@]}" "$@" > "$log" 2>&1 &
  fi
  local pid=$!
  tail -n +1 -f "$log" --pid=$pid 2>/dev/null || true
  wait $pid; local rc=$?
  local verdict="PASS"
  if [ $rc = 124 ] || [ $rc = 137 ]; then verdict="FAIL (over its ${limit}s limit)"
  elif [ $rc != 0 ]; then verdict="FAIL (exit $rc)"; fi
  [ "$verdict" = PASS ] || FAILED+=("$name")
  printf '%-9s %-28s %4ds  %s\n' "$name" "$verdict" $((SECONDS - t0)) "$(basename "$log")" | tee -a "$SUMMARY"
  if [ "$name" = info ] && [ "$verdict" != PASS ]; then
    echo "run.sh: no usable OpenCL device; the other steps are skipped" | tee -a "$SUMMARY"
    exit 1
  fi
}

step info "${T_INFO:-30}" org.jkeops.device.DeviceInfo $INFO_ARGS
# shellcheck disable=SC2086 # CHECK_CLASSES is a list of words
step checks "${T_CHECKS:-120}" -Djkeops.it.backends=opencl org.jkeops.device.CorrectnessChecks $CHECK_CLASSES
step bench "${T_BENCH:-150}" org.jkeops.device.GpuBench --size "$BENCH_SIZE" --reps "$BENCH_REPS" \
  --simd-seconds "$SIMD_SECONDS" --warm-seconds "$WARM_SECONDS"
step spectral "${T_SPECTRAL:-180}" -Djkeops.backend=OPENCL -Djkeops.strict=true org.jkeops.examples.SpectralTutorial \
  --spiral "$SPIRAL_SIZE" --roll "$ROLL_SIZE" --sigma "$ROLL_SIGMA" --no-plots --out "$OUTDIR/spectral"

echo "== summary ($OUTDIR/summary.txt)"; cat "$SUMMARY"
if [ ${#FAILED[@]} -gt 0 ]; then
  echo "run.sh: FAILED: ${FAILED[*]}"
  exit 1
fi
echo "run.sh: all steps passed"
