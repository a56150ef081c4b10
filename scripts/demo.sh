#!/usr/bin/env bash
# The main job on the repository's own workspace (the sample store Meridian Goods).
set -euo pipefail
kbkit="$(realpath "$1")"
cd "$(dirname "$0")/.."
echo "== kbkit import (kb/docs → .kbkit/kb.sqlite)"
"$kbkit" import
echo
echo "== kbkit docs"
"$kbkit" docs | tail -n 5
echo
echo "The store is at $(pwd)/.kbkit/kb.sqlite — try: $kbkit show de/returns · $kbkit extract kb/docs/en/faq.html"
