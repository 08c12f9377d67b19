# Sinergi: `make run` sets up everything on a fresh Debian 12 machine and starts the server with demo data;
# `make test` builds and runs every check CI runs.
SHELL := /bin/bash
.DEFAULT_GOAL := help

JOBS ?= $(shell nproc)
LISTEN ?= 127.0.0.1:8080
DB ?= sqlite:data/sinergi.db
# The data key of field-level encryption at rest, made on the first `make run`. For a real installation keep it
# off the database's disk (docs/security.md).
KEY_FILE ?= data/sinergi.keys
NPM_DIRS := reference web tests/api tests/e2e

.PHONY: help deps system-deps npm-deps build build-ci web run test test-unit test-api test-web test-e2e format format-check clean

help:
	@echo "make run    install what is missing, build, start Sinergi on http://localhost:8080 with demo data"
	@echo "make test   build and run every check (unit, storage contract, API, web unit, web e2e)"
	@echo "make build  build the release binary at build/sinergi and the web UI at web/dist"
	@echo "make bench  build and run the micro-benchmarks; results in bench/results/ (docs/performance.md)"

system-deps:
	@bash scripts/install-deps.sh

# Install npm packages when a lock file changed since the last install (a stamp inside node_modules).
# `npm install` rather than `npm ci`: npm 11 leaves other platforms' optional packages (rollup, esbuild) out of
# the lock file, which `npm ci` then rejects as out of sync; `npm install` keeps the locked versions.
npm-deps: system-deps
	@for d in $(NPM_DIRS); do \
	  if [ ! -f $$d/node_modules/.sinergi-stamp ] || [ $$d/package-lock.json -nt $$d/node_modules/.sinergi-stamp ]; then \
	    echo "sinergi: npm install in $$d"; \
	    (cd $$d && npm install --no-audit --no-fund --loglevel=error) && touch $$d/node_modules/.sinergi-stamp || exit 1; \
	  fi; \
	done
	@# The public holidays (working days) are written by reference/'s postinstall; make them again if they went missing.
	@[ -f reference/node_modules/.sinergi/public-holidays-id.json ] || (cd reference && node public-holidays.mjs)

deps: system-deps npm-deps

build: deps web
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)
	@ln -sfn release/sinergi build/sinergi
	@echo "built build/sinergi"

build-ci: deps
	cmake --preset ci >/dev/null
	cmake --build --preset ci -j $(JOBS)

web: npm-deps
	cd web && npm run build --silent

run: build
	@mkdir -p data
	@[ -f $(KEY_FILE) ] || ./build/sinergi key generate --out $(KEY_FILE)
	./build/sinergi serve --listen $(LISTEN) --db $(DB) --data-key-file $(KEY_FILE) --demo --web-root web/dist \
	  --reference-dir reference/node_modules

test: format-check build-ci web
	$(MAKE) --no-print-directory test-unit test-api test-web test-e2e

test-unit:
	cd build/ci && ctest --output-on-failure -j $(JOBS)

test-api:
	cd tests/api && SINERGI_BIN=$(CURDIR)/build/ci/sinergi npm test --silent

test-web:
	cd web && npm test --silent

test-e2e:
	cd tests/e2e && SINERGI_BIN=$(CURDIR)/build/ci/sinergi npm test --silent

# Micro-benchmarks (docs/performance.md): Release build of the `bench` preset, run pinned to one core (the last one,
# away from where the kernel tends to handle interrupts), JSON into bench/results/ and a Markdown table beside it.
# Never part of `make test`.
BENCH_CPU ?= $(shell echo $$(( $$(nproc) - 1 )))
BENCH_REPETITIONS ?= 5
BENCH_FILTER ?= .

.PHONY: bench
bench: deps
	cmake --preset bench >/dev/null
	cmake --build --preset bench -j $(JOBS)
	@mkdir -p bench/results
	taskset -c $(BENCH_CPU) build/bench/sinergi_benchmarks --benchmark_filter='$(BENCH_FILTER)' \
	  --benchmark_repetitions=$(BENCH_REPETITIONS) --benchmark_report_aggregates_only=true \
	  --benchmark_out=bench/results/micro.json --benchmark_out_format=json
	node bench/micro_report.mjs bench/results/micro.json bench/results/micro.md
	@echo "bench: wrote bench/results/micro.json and bench/results/micro.md"

CXX_SOURCES = git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp' 'bench/*.hpp'

format:
	$(CXX_SOURCES) | xargs clang-format -i

# clang-format (Debian's clang-format 14) must leave every C++ file unchanged.
format-check: system-deps
	@command -v clang-format >/dev/null || { echo "sinergi: clang-format is missing (apt-get install clang-format)"; exit 1; }
	@$(CXX_SOURCES) | xargs clang-format --dry-run --Werror
	@echo "format-check: ok"

clean:
	rm -rf build web/dist
