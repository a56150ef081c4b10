# kbkit — two commands on a fresh Debian machine with Swift:
#   make demo   install what is missing, build (release), run the main job on the sample workspace
#   make test   install what is missing, build, run the whole test suite
# and: make bench (benchmark figures), make build, make clean.

SWIFT ?= swift
# The C libraries kbkit links (Debian 12 package names).
DEB_PACKAGES := pkg-config libxml2-dev libsqlite3-dev libcmark-gfm-dev libcmark-gfm-extensions-dev \
                libstemmer-dev libicu-dev libcld2-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN := .build/release
BENCH_CORPUS ?= ../shared/bench-corpus

.PHONY: deps build release test demo bench baseline clean

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
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

demo: release
	@bash scripts/demo.sh $(RELEASE_BIN)/kbkit

# Re-record reports/baseline (commit it when the engine's quality changes on purpose).
baseline: release
	$(RELEASE_BIN)/kbkit import && $(RELEASE_BIN)/kbkit index && $(RELEASE_BIN)/kbkit eval --report reports/baseline

bench: release
	$(RELEASE_BIN)/kbkit-bench --corpus $(BENCH_CORPUS)

clean:
	rm -rf .build .kbkit
