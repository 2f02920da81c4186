#!/usr/bin/env bash
# Runs the benchmarks: each starts the whole local stack (as the system tests do, state in
# system-tests/target/local-stack), drives it through the gateway, prints its figures and writes
# them to system-tests/target/benchmarks/<name>.json. Stop a stack started with ./cloudshop.sh
# first: the benchmark needs the same ports.
#
#   scripts/benchmark.sh                              every benchmark
#   scripts/benchmark.sh CatalogFreshnessBenchmark    one of them
#   scripts/benchmark.sh CatalogFreshnessBenchmark -Dbenchmark.writes=5000
set -euo pipefail
cd "$(dirname "$0")/.."

benchmark=${1:-'*Benchmark'}
shift || true
./mvnw -q install -DskipTests
./mvnw -pl system-tests verify -Dit.test="$benchmark" -Dfailsafe.failIfNoSpecifiedTests=false "$@"
