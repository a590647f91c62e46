#!/usr/bin/env bash
# Follows the README's Quick start as a user would, from an empty folder: installs the jkeops
# artifacts into the local Maven repository (they are not published yet), generates a project
# from the jkeops-quickstart archetype, builds it (its JUnit test runs) and runs its main with
# `mvn compile exec:exec`. Maven may run on Java 17: the generated project finds a JDK >= 21.
# Exits non-zero when any step fails or the main's output is not what it should be.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MVN="mvn -B -ntp"

echo "== quick start: install the jkeops artifacts"
$MVN -q -DskipTests install -pl bom,starter-parent,quickstart,annotations,processor,runtime,vector-cpu,opencl-gpu,linalg -am

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
echo "== quick start: generate a project in $WORK"
$MVN -q archetype:generate -DarchetypeGroupId=org.jkeops -DarchetypeArtifactId=jkeops-quickstart \
  -DarchetypeVersion=0.1.0-SNAPSHOT -DgroupId=com.example -DartifactId=hello-kernels \
  -Dversion=1.0-SNAPSHOT -Dpackage=com.example.kernels -DinteractiveMode=false
cd hello-kernels
echo "== quick start: the project's pom ($(grep -c . pom.xml) lines)"
echo "== quick start: mvn verify"
$MVN verify > build.log 2>&1 || { cat build.log; exit 1; }
grep -E 'Tests run: [0-9]+, Failures: 0, Errors: 0' build.log | tail -n 1
echo "== quick start: mvn compile exec:exec"
$MVN -q compile exec:exec > run.log 2>&1 || { cat run.log; exit 1; }
cat run.log
grep -q '^call 3: conv' run.log || { echo "quick start: the main did not print its third call"; exit 1; }
grep -q 'chose SIMD' run.log || { echo "quick start: the main did not run on the SIMD backend"; exit 1; }
echo "== quick start: JVM options through -Djkeops.execJvmArgs"
$MVN -q compile exec:exec -Djkeops.execJvmArgs="-Djkeops.threads=1 -Djkeops.strict=true" > run2.log 2>&1 \
  || { cat run2.log; exit 1; }
grep -q 'threads=1, strict=true' run2.log \
  || { cat run2.log; echo "quick start: -Djkeops.execJvmArgs did not reach the main"; exit 1; }
echo "== quick start: OK"
