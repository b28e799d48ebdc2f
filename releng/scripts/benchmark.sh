#!/usr/bin/env bash
# Runs the benchmark harnesses (tests/org.marginalia.benchmarks) and prints their figures; see docs/benchmarks.md.
# Sizes: ./releng/scripts/benchmark.sh -Dbench.args="-Dbench.documents=100 -Dbench.annotations=10000"
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$MARGINALIA_ROOT"
with_display "$MVN" verify -pl tests/org.marginalia.benchmarks,tests/org.marginalia.ui.benchmarks -am -DskipBenchmarks=false "$@" | grep -vE '^\[|^ *Unable to satisfy|^$'
