# kbkit — two commands on a fresh Debian machine with Swift:
#   make demo   install what is missing, build (release), run the main job on the sample workspace
#   make test   install what is missing, build, run the whole test suite
# and: make llm-demo (a real local model beside the embedded answers; installs a Python venv),
#      make bench (benchmark figures), make fuzz (libFuzzer, FUZZ_SECONDS per target), make build, make clean.

SWIFT ?= swift
# The word lists that tell a slip from a real word (Linguistics/Resources/spelling/dictionaries.tsv).
DICTIONARY_PACKAGES := hunspell-en-us hunspell-en-gb hunspell-de-de hunspell-fr hunspell-es hunspell-it hunspell-nl \
                       hunspell-pl hunspell-vi hunspell-id myspell-tl
# The C libraries kbkit links (Debian 12 package names).
DEB_PACKAGES := pkg-config libxml2-dev libsqlite3-dev libcmark-gfm-dev libcmark-gfm-extensions-dev \
                libstemmer-dev libicu-dev libcld2-dev libhunspell-dev $(DICTIONARY_PACKAGES)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN := .build/release
BENCH_CORPUS ?= ../shared/bench-corpus

.PHONY: deps build release test demo llm-demo bench bench-peers baseline fuzz fuzz-build clean

# Installs only the packages that are missing (dpkg -s is quick; apt-get update only when needed).
deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product kbkit
	$(SWIFT) build -c release --product kbkit-bench

test: deps
	@bash scripts/check-module-imports.sh
	@bash scripts/check-store-free.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

demo: release
	@bash scripts/demo.sh $(RELEASE_BIN)/kbkit

# Opt-in: SmolLM2-135M under a llama.cpp server writes the answers of a few cases per market, beside the
# embedded ones (scripts/llm-demo.sh; LLM_CASES cases per market of LLM_EVALSETS, default 1 of orders).
llm-demo: release
	@bash scripts/llm-demo.sh $(RELEASE_BIN)/kbkit

# Re-record reports/baseline (commit it when the engine's quality changes on purpose).
baseline: release
	$(RELEASE_BIN)/kbkit import && $(RELEASE_BIN)/kbkit index && $(RELEASE_BIN)/kbkit eval --report reports/baseline

bench: release bench-peers
	$(RELEASE_BIN)/kbkit-bench --corpus $(BENCH_CORPUS)

# The peers kbkit-bench measures against (Lingua for language identification; lxml + markdown-it +
# SQLite FTS5 for import and index, Benchmarks/peers/), in a git-ignored venv from
# Benchmarks/requirements.txt; refreshed when that file changes, never a dependency of kbkit.
# Without it the benchmark prints kbkit's side only.
PEER_VENV := .venv-bench
bench-peers: $(PEER_VENV)/.installed
$(PEER_VENV)/.installed: Benchmarks/requirements.txt
	{ [ -x $(PEER_VENV)/bin/python ] || python3 -m venv $(PEER_VENV); } && $(PEER_VENV)/bin/pip install -q -r Benchmarks/requirements.txt && touch $@ \
	  || { rm -rf $(PEER_VENV); echo "bench-peers: no peer venv (python3 -m venv or pip failed); the peer columns stay empty"; }

# Fuzzing (Tests/Fuzz/README.md): one libFuzzer binary, built with -sanitize=fuzzer,address in its own
# scratch folder (the target exists only when KBKIT_FUZZ=1, so `make test` never builds it), run for
# FUZZ_SECONDS per target: the default, 120 s × 5 targets, is 10 minutes. New inputs go to
# .build-fuzz/corpus/<target>; a crash is written to .build-fuzz/crashes/<target>/ and stops the run
# (keep it as Tests/Fuzz/regressions/<target>/<name>: the test suite replays it).
FUZZ_SECONDS ?= 120
FUZZ_TARGETS ?= html markdown workspace-yaml evalset erp-json help-export
FUZZ_BIN := .build-fuzz/debug/kbkit-fuzz

fuzz-build: deps
	KBKIT_FUZZ=1 $(SWIFT) build --scratch-path .build-fuzz -c debug --product kbkit-fuzz -Xswiftc -sanitize=fuzzer,address

fuzz: SHELL := /bin/bash
fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build-fuzz/corpus/$$t .build-fuzz/crashes/$$t; \
	  echo "== fuzz $$t: $(FUZZ_SECONDS) s"; \
	  KBKIT_FUZZ_TARGET=$$t $(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=4096 -max_len=65536 \
	    -print_final_stats=1 -artifact_prefix=.build-fuzz/crashes/$$t/ .build-fuzz/corpus/$$t Tests/Fuzz/corpus/$$t 2>&1 \
	    | grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^(==|SUMMARY|stat::(number_of_executed_units|average_exec_per_sec|peak_rss))|ERROR|artifact' ; \
	  status=$${PIPESTATUS[0]}; [ $$status = 0 ] || { echo "fuzz $$t failed ($$status): see .build-fuzz/crashes/$$t/"; exit 1; }; \
	done

clean:
	rm -rf .build .build-fuzz .kbkit
