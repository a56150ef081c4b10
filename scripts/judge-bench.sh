#!/usr/bin/env bash
# The naturalness judge of `kbkit eval --judge` with a real small model, opt-in (never part of
# `make test` or CI; docs/BENCHMARKS.md, "How answers read"):
# 1. the llama.cpp server with SmolLM2-135M-Instruct, as `make llm-demo` starts it (scripts/llm-server.sh);
# 2. `kbkit-bench --only judge`: the model rates Benchmarks/judge/pairs.tsv, good against poor answers;
# 3. with JUDGE_EVALSETS (e.g. evalsets/reading.yaml) and a kbkit binary: a copy of the sample
#    workspace with engine.openai pointing at the server (the answers stay embedded), imported,
#    indexed and evaluated with `kbkit eval --judge`, its report in reports/judge-demo;
# 4. the server is stopped whatever happens (trap).
# Usage: scripts/judge-bench.sh path/to/kbkit-bench [path/to/kbkit]
#   (env: JUDGE_EVALSETS, LLM_THREADS (2), LLM_TIMEOUT_MS, LLM_VENV)
set -euo pipefail
bench="$(realpath "$1")"
kbkit="${2:+$(realpath "$2")}"
cd "$(dirname "$0")/.."
root="$(pwd)"
venv="${LLM_VENV:-$root/Benchmarks/llm/.venv}"
model_name=SmolLM2-135M-Instruct
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# shellcheck source=scripts/llm-server.sh
. "$root/scripts/llm-server.sh"
step "virtual environment ($venv)"
llm_server_venv "$venv"

work="$(mktemp -d -t kbkit-judge.XXXXXX)"
cleanup() { llm_server_stop; rm -rf "$work"; }
trap cleanup EXIT INT TERM

step "llama.cpp server"
llm_server_start "$venv" "$work/server.log"

step "kbkit-bench --only judge"
"$bench" --only judge --judge-url "http://127.0.0.1:$LLM_PORT/v1" --judge-model "$model_name"

[ -n "${JUDGE_EVALSETS:-}" ] && [ -n "$kbkit" ] || exit 0
step "kbkit eval $JUDGE_EVALSETS --judge (embedded answers, judged by $model_name)"
mkdir -p "$work/ws"
for item in kb evalsets; do ln -s "$root/$item" "$work/ws/$item"; done
# The generator line stays; the judge asks the model of engine.openai, appended under engine:.
"$venv/bin/python" - "$root/kbkit.yaml" "$work/ws/kbkit.yaml" "$LLM_PORT" "$model_name" <<'PY'
import os, sys
source, target, port, model = sys.argv[1:]
text = open(source, encoding="utf-8").read()
line = "  generator: embedded"
assert line in text, "kbkit.yaml has no `generator: embedded` line to follow"
start = text.index(line)
end = text.index("\n", start) + 1
block = f"""  openai:
    endpoint: http://127.0.0.1:{port}/v1
    model: {model}
    temperature: 0
    seed: 42
    timeout_ms: {os.environ.get("LLM_TIMEOUT_MS", "120000")}
    retries: 0
"""
open(target, "w", encoding="utf-8").write(text[:end] + block + text[end:])
PY
"$kbkit" import --workspace "$work/ws" > /dev/null
"$kbkit" index --workspace "$work/ws" > /dev/null
# shellcheck disable=SC2086
"$kbkit" eval $JUDGE_EVALSETS --workspace "$work/ws" --judge --jobs 1 --report "$work/ws/reports/judge-demo"
mkdir -p "$root/reports"
rm -rf "$root/reports/judge-demo" && cp -r "$work/ws/reports/judge-demo" "$root/reports/judge-demo"
echo "Report: $root/reports/judge-demo/report.md (the judged means per market and language)"
