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
# shellcheck source=scripts/llm-server.sh
. "$root/scripts/llm-server.sh"
llm_session judge

step "kbkit-bench --only judge"
"$bench" --only judge --judge-url "http://127.0.0.1:$LLM_PORT/v1" --judge-model "$LLM_MODEL_NAME"

[ -n "${JUDGE_EVALSETS:-}" ] && [ -n "$kbkit" ] || exit 0
step "kbkit eval $JUDGE_EVALSETS --judge (embedded answers, judged by $LLM_MODEL_NAME)"
# The generator stays embedded; the judge asks the model of engine.openai.
llm_workspace "$kbkit" embedded
# shellcheck disable=SC2086
"$kbkit" eval $JUDGE_EVALSETS --workspace "$WORK/ws" --judge --jobs 1 --report "$WORK/ws/reports/judge-demo"
llm_report judge-demo
echo "Report: $root/reports/judge-demo/report.md (the judged means per market and language)"
