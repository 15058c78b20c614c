#!/usr/bin/env bash
# Installs what kg needs to build and test, from Debian 12 packages. Idempotent: when
# everything is present it only checks (well under a second) and installs nothing.
set -euo pipefail

packages=(
  # build
  g++ cmake ninja-build pkg-config
  # libraries
  libboost-graph-dev rapidjson-dev libgraphviz-dev libspdlog-dev doctest-dev
  libutf8proc-dev libcli11-dev
  # rendering and the tools the tests check exports with
  graphviz fonts-noto-cjk libxml2-utils python3 python3-networkx python3-igraph python3-rdflib python3-jieba
  # fuzzing (clang's libFuzzer)
  clang libclang-rt-14-dev
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
