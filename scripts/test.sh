#!/usr/bin/env bash
# Installs what is missing, builds kg and runs every test: a plain build, then (unless
# --quick) the same suite under AddressSanitizer + UndefinedBehaviorSanitizer, then a
# short run of each fuzz target. Any failure or sanitizer report fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
[ "${1:-}" = "--quick" ] && quick=1
jobs=$(nproc)

scripts/setup.sh

echo "== plain build (build/)"
# build/ is shared with scripts/demo.sh, which turns the tests off: turn them on again, and
# let ctest fail rather than pass when it finds none.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DKG_WERROR=ON -DKG_BUILD_TESTS=ON >/dev/null
cmake --build build -j "$jobs"
(cd build && ctest --output-on-failure --no-tests=error -j "$jobs")

[ $quick = 1 ] && exit 0

echo "== AddressSanitizer + UndefinedBehaviorSanitizer build (build-asan/)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_SANITIZE=ON -DKG_BUILD_TESTS=ON >/dev/null
cmake --build build-asan -j "$jobs"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure --no-tests=error -j "$jobs")

if [ -x scripts/fuzz.sh ]; then
  echo "== short fuzzing"
  scripts/fuzz.sh --seconds 20
fi
