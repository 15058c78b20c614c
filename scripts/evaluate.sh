#!/usr/bin/env bash
# Scores kg's extraction against every gold annotation we have: the shared Huxiu article
# (when ../shared exists next to the repository), then each data/sample/*.txt and
# tests/corpus/*.txt that has a *.gold.json beside it. One block of figures per article.
#
# usage: scripts/evaluate.sh [-v] [-o OUTDIR] [-- KG_BUILD_OPTIONS...]
#   -v         also list misses and false positives (score.py --show)
#   -o OUTDIR  keep each article's graph in OUTDIR/<article>/ (default: a temporary folder)
#   --         everything after it goes to `kg build` (e.g. -- --lexicon my.json)
# Environment: KG (the kg binary; default build/cli/kg in the repository),
#              KG_SHARED (the shared folder; default <repo>/../shared).
# Exit status: 0 when kg and the scorer ran for every article, 1 when one of them failed,
# 2 for bad usage or a missing kg binary.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kg=${KG:-$repo/build/cli/kg}
shared=${KG_SHARED:-$repo/../shared}
python=/usr/bin/python3
show=()
out=""
kg_options=()

usage() { sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while (($#)); do
  case $1 in
    -v) show=(--show) ;;
    -o) [[ $# -ge 2 ]] || { usage >&2; exit 2; }; out=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; kg_options=("$@"); break ;;
    *) echo "evaluate.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

if [[ ! -x $kg ]]; then
  echo "evaluate.sh: no kg binary at $kg (build it, or set KG)" >&2
  exit 2
fi
if [[ -z $out ]]; then
  out=$(mktemp -d "${TMPDIR:-/tmp}/kg-eval.XXXXXX")
  trap 'rm -rf "$out"' EXIT
fi

scorer=""
if [[ -f $shared/eval/score.py ]]; then
  scorer=$shared/eval/score.py
else
  echo "evaluate.sh: $shared/eval/score.py not found: graphs are built but not scored"
fi

# Pairs of (text, gold): the shared article first, then the bundled sample and our corpus.
texts=() golds=()
if [[ -f $shared/corpus/huxiu-altman-qa-zh.txt && -f $shared/eval/gold/huxiu-altman-qa-zh.gold.json ]]; then
  texts+=("$shared/corpus/huxiu-altman-qa-zh.txt")
  golds+=("$shared/eval/gold/huxiu-altman-qa-zh.gold.json")
fi
for text in "$repo"/data/sample/*.txt "$repo"/tests/corpus/*.txt; do
  gold=${text%.txt}.gold.json
  [[ -f $gold ]] || continue
  texts+=("$text")
  golds+=("$gold")
done

status=0
for i in "${!texts[@]}"; do
  text=${texts[$i]} gold=${golds[$i]}
  name=$(basename "$text" .txt)
  dir=$out/$name
  echo "== $name"
  if ! "$kg" -q build --no-summary "${kg_options[@]}" "$text" -o "$dir" --formats jsonld; then
    echo "   kg build failed on $text" >&2
    status=1
    continue
  fi
  [[ -n $scorer ]] || continue
  if ! "$python" "$scorer" "$gold" "$dir/graph.jsonld" --text "$text" "${show[@]}"; then
    echo "   score.py failed on $dir/graph.jsonld" >&2
    status=1
  fi
done
exit $status
