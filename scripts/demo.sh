#!/usr/bin/env bash
# The main job on the repository's own workspace (the sample store Meridian Goods):
# import the help centre, index it, evaluate the engine on every evalset, gate the release.
set -uo pipefail
kbkit="$(realpath "$1")"
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "kbkit import   (kb/docs → .kbkit/kb.sqlite)"
"$kbkit" import || exit $?
step "kbkit lint     (the KB itself: facts across languages, stale translations, coverage, tone…)"
"$kbkit" lint --html reports/lint || exit $?
step "kbkit index    (chunks → per-language FTS5 index)"
"$kbkit" index || exit $?
step "kbkit ask      (one answer with its trace)"
"$kbkit" ask "Hallo, wo ist meine Bestellung MG10000005?" --market DE || exit $?
step "kbkit eval     (every evalset, compared with reports/baseline)"
baseline=()
[ -f reports/baseline/report.json ] && baseline=(--baseline reports/baseline)
"$kbkit" eval "${baseline[@]}" --report reports/latest || exit $?
step "kbkit gate     (gate.yaml thresholds and regressions)"
"$kbkit" gate reports/latest "${baseline[@]}"
status=$?
echo
echo "Reports: $(pwd)/reports/latest/report.html (also report.md, report.json, junit.xml)"
exit $status
