#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each for a while on a
# copy of its seed corpus. Usage: scripts/fuzz.sh [--seconds N] [TARGET...]
# A crash, leak or sanitizer report fails the script; the reproducer is left in build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=20
if [ "${1:-}" = "--seconds" ]; then seconds=$2; shift 2; fi

cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DKG_FUZZ=ON -DKG_BUILD_TESTS=OFF -DKG_BUILD_EXAMPLES=OFF >/dev/null
# Same options whether run from scripts/test.sh or by hand: any sanitizer report stops the run.
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$PWD/fuzz/ubsan.supp"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=()
  for seeds in fuzz/corpus/*/; do targets+=("fuzz_$(basename "$seeds")"); done
fi
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]}"

for target in "${targets[@]}"; do
  name=${target#fuzz_}
  work=build-fuzz/corpus-$name
  mkdir -p "$work"
  cp -n fuzz/corpus/"$name"/* "$work"/ 2>/dev/null || true
  echo "fuzz: $target for ${seconds}s"
  log=build-fuzz/$target.log
  if (cd build-fuzz && "./fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 "corpus-$name") >"$log" 2>&1; then
    grep -E "^stat::(number_of_executed_units|peak_rss_mb)" "$log" | sed 's/^/  /'
  else
    tail -40 "$log"
    echo "fuzz: $target FAILED (log: $log)"
    exit 1
  fi
done
echo "fuzz: all targets passed"
