# Shell helpers for the benchmark scripts (sourced, not run).

# measure RUNS COMMAND... : runs COMMAND (output discarded) RUNS times; prints
# "<median wall seconds> <peak resident KiB over the runs> <median CPU seconds>".
# CPU time (user + system) is not inflated by other loads on the machine; wall time is.
# Fails when the command fails.
measure() {
  local runs=$1 i start end peak=0 rss user system
  shift
  local times=() cpus=() stamp
  stamp=$(mktemp)
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s.%N)
    if ! /usr/bin/time -f '%M %U %S' -o "$stamp" "$@" >/dev/null 2>&1; then
      echo "measure: command failed: $*" >&2
      rm -f "$stamp"
      return 1
    fi
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')")
    read -r rss user system < <(tail -n 1 "$stamp")
    cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')")
    ((rss > peak)) && peak=$rss
  done
  rm -f "$stamp"
  local wall cpu
  wall=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
  echo "$wall $peak $cpu"
}

# ratio A B: A / B with two decimals.
ratio() { echo "$1 $2" | awk '{ printf "%.2f", ($2 > 0 ? $1 / $2 : 0) }'; }

# megabytes FILE-OR-FOLDER: its size in MB (10^6 bytes).
megabytes() { du -sb --apparent-size "$1" | awk '{ printf "%.2f", $1 / 1e6 }'; }

# warm FILE-OR-FOLDER: reads it once so that timings start from a warm page cache.
warm() { find "$1" -type f -exec cat {} + >/dev/null; }

# meets VALUE OP TARGET (OP is >= or <=): prints "met" or "NOT met".
meets() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == ">=") ? v >= t : v <= t; print ok ? "met" : "NOT met" }'; }

# row FIGURE TARGET MEASURED STATUS: one line of the results table.
row() { printf '%-52s %-14s %-22s %s\n' "$1" "$2" "$3" "$4"; }

# figure NAME FILE: the value of "NAME<TAB>value<TAB>unit" in a kg-bench-scale report.
figure() { awk -F '\t' -v name="$1" '$1 == name { print $2 }' "$2"; }
