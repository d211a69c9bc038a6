# myapp: `make run` and `make test` do all set-up on a fresh Debian machine.
# Tests, `make run` and the benchmark share the release profile, so gRPC
# C-core (several minutes) is compiled once.

CARGO ?= cargo
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# cmake and g++ build gRPC C-core (grpcio-sys); python3-venv runs the interop test;
# mariadb-server and nginx run the MySQL and replica tests; wrk and nginx the benchmark;
# Debian's chromium (never a downloaded browser) and a CJK font the browser tests;
# slowhttptest, sqlmap, wapiti and h2load (nghttp2-client) the hostile-client tests.
APT_PACKAGES := gcc g++ cmake make python3 python3-venv mariadb-server nginx wrk binutils \
	chromium chromium-driver fonts-noto-cjk slowhttptest sqlmap wapiti nghttp2-client
VENV := .venv
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
IMAGE ?= myapp
# Debian's Docker client: BuildKit is built in (DOCKER_BUILDKIT=1). A client
# found earlier on PATH may lack buildx and fall back to the legacy builder,
# which refuses the Dockerfile's `RUN --mount`.
DOCKER := /usr/bin/docker
DOCKER_PACKAGES := docker.io debootstrap
DOCKERD_LOG := target/dockerd.log
# The seed's stack rebuilt in Go, for side-by-side benchmarks (built from shared/).
GO_REFERENCE ?= ../shared/anchors/go-reference
ANCHORS ?= target/anchors

# cargo-fuzz, installed into target/ by `make fuzz`; each target's committed
# seeds (and every crash ever found) are in fuzz/corpus/<target>.
TOOLS := target/tools
CARGO_FUZZ := $(TOOLS)/bin/cargo-fuzz
FUZZ_TARGETS := form cookie router sessions http
FUZZ_SECONDS ?= 300
FUZZ_FLAGS ?=

.PHONY: all deps build run test test-rust test-python test-browser test-image fuzz fuzz-smoke bench bench-smoke anchors \
	docker-engine base-images image deploy clean

all: build

# Installs the system packages the build needs, only when missing.
deps:
	@missing=""; \
	for pkg in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@command -v node >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm; }
	@command -v $(CARGO) >/dev/null || { echo "cargo not found: install the Rust toolchain (rustup) first"; exit 1; }

build: deps
	$(CARGO) build --release --locked --bins

run: build
	./target/release/myapp -logtostderr=true

test: test-rust test-python test-browser test-image fuzz-smoke bench-smoke

# The myapp binary makes C-core poll with poll(2) (src/grpc/env.rs); the
# apps tests/it starts inside the test process do the same through this.
test-rust: deps
	GRPC_POLL_STRATEGY=poll $(CARGO) test --release --locked

# A C-core client in Python against the real binary (built by test-rust).
test-python: deps $(VENV)/.installed
	$(CARGO) build --release --locked --bins
	$(VENV)/bin/python -m pytest -v tests/python

# The image on the real engine (tests/container): built from a clean clone of
# HEAD (uncommitted changes are not in it), then run read-only as uid 10001 on
# the host's network. A cold build takes 10-20 minutes on 2 cores; the
# BuildKit caches make later ones a minute or less.
test-image: deps base-images $(VENV)/.installed
	DOCKER=$(DOCKER) $(VENV)/bin/python -m pytest -v -s tests/container

# The pages in Debian's Chromium, driven by playwright-core from npm; screenshots in target/screenshots.
test-browser: deps tests/browser/node_modules/.installed
	$(CARGO) build --release --locked --bins
	cd tests/browser && node --test --test-concurrency=1 flows.test.mjs

tests/browser/node_modules/.installed: tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund
	touch $@

$(VENV)/.installed: tests/python/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r tests/python/requirements.txt
	touch $@

# Each fuzz target for FUZZ_SECONDS (default 5 minutes); new inputs are kept in
# fuzz/target/corpus, crashes written to fuzz/artifacts. cargo-fuzz passes
# nightly-only flags (-Zsanitizer=address); RUSTC_BOOTSTRAP lets this
# machine's stable rustc accept them, for these builds only.
fuzz: deps $(CARGO_FUZZ)
	cd fuzz && for target in $(FUZZ_TARGETS); do \
	  mkdir -p target/corpus/$$target && \
	  RUSTC_BOOTSTRAP=1 ../$(CARGO_FUZZ) fuzz run $$target target/corpus/$$target corpus/$$target -- \
	    -max_total_time=$(FUZZ_SECONDS) $(FUZZ_FLAGS) $$([ -f dict/$$target.dict ] && echo -dict=dict/$$target.dict) || exit 1; \
	done

# 15 seconds each, after replaying every committed seed and regression; part
# of `make test`, quiet but for crashes and the final counts.
fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=15 FUZZ_FLAGS="-verbosity=0 -print_final_stats=1"

$(CARGO_FUZZ):
	$(CARGO) install --locked --root $(TOOLS) cargo-fuzz --version 0.13.2

# The benchmark: writes bench/results.md, .svg and .json (about 12 minutes).
# myapp runs with its defaults, the access log to a file; BENCH_FLAGS passes
# options (e.g. BENCH_FLAGS="--seconds 2" for a shorter run). wrk, myapp and
# Go each hold 1,000 connections: bench/run.py raises the open-file limit,
# which they inherit.
BENCH_FLAGS ?=
bench: build anchors
	ANCHORS=$(abspath $(ANCHORS)) python3 bench/run.py --out bench/results.md $(BENCH_FLAGS)

# A few seconds per workload, so the benchmark cannot rot; part of `make test`.
bench-smoke: build anchors
	ANCHORS=$(abspath $(ANCHORS)) python3 bench/run.py --quick --out target/bench/smoke.md

anchors: $(ANCHORS)/go-myapp
$(ANCHORS)/go-myapp:
	@test -f $(GO_REFERENCE)/build.sh || { echo "the Go reference is missing at $(GO_REFERENCE)"; exit 1; }
	bash $(GO_REFERENCE)/build.sh $(abspath $(ANCHORS))

# A Docker engine that answers: Debian's docker.io (and debootstrap, for the
# stand-in base images) installed when missing, dockerd started in the
# background when none runs (its log in $(DOCKERD_LOG)). Fails with the reason
# when no engine can run here.
docker-engine:
	@missing=""; \
	for pkg in $(DOCKER_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@if ! $(SUDO) $(DOCKER) info >/dev/null 2>&1; then \
	  mkdir -p $(dir $(DOCKERD_LOG)); \
	  echo "no Docker engine answers: starting dockerd (log: $(DOCKERD_LOG))"; \
	  $(SUDO) setsid dockerd >>$(DOCKERD_LOG) 2>&1 < /dev/null & \
	  for i in $$(seq 60); do \
	    $(SUDO) $(DOCKER) info >/dev/null 2>&1 && break; \
	    kill -0 $$! 2>/dev/null || break; \
	    sleep 1; \
	  done; \
	  if ! $(SUDO) $(DOCKER) info >/dev/null 2>&1; then \
	    echo "the Docker engine cannot start here; dockerd's last words ($(DOCKERD_LOG)):"; \
	    tail -n 15 $(DOCKERD_LOG); \
	    exit 1; \
	  fi; \
	fi
	@$(SUDO) $(DOCKER) version --format 'Docker engine {{.Server.Version}} answers'

# debian:bookworm-slim and rust:1.95-bookworm, made locally (debootstrap)
# only when neither present nor pullable; an existing image is never replaced.
base-images: docker-engine
	$(SUDO) env PATH="$$PATH" DOCKER=$(DOCKER) tests/container/standins.sh

# The container image, tagged with the crate version, built as anywhere else
# (BuildKit; the host's network, where the crates proxy is reached).
image: base-images
	$(SUDO) env DOCKER_BUILDKIT=1 $(DOCKER) build --network host \
	  --build-arg VERSION=$(VERSION) -t $(IMAGE):$(VERSION) .

# MySQL, myapp and their Services on the current kubectl context.
deploy:
	kubectl apply -k deploy/k8s

clean:
	$(CARGO) clean
