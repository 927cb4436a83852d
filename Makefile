# Waymark's two everyday commands. Both install whatever is missing first and are safe to repeat.
.PHONY: run dev test bench setup build clean

## run: build the release and serve the portal at http://127.0.0.1:3000 on SQLite (data/)
run:
	@scripts/run.sh

## dev: serve a debug build on SQLite with live reload (rebuilds when code, styles, guides or messages change)
dev:
	@scripts/dev.sh

## test: formatting, lints, unit and integration tests, release build and end-to-end tests
test:
	@scripts/test.sh

## bench: build the release and print page weight, throughput, latency and memory figures
bench:
	@scripts/bench.sh

setup:
	@scripts/setup.sh --test

build:
	@scripts/setup.sh && scripts/build.sh

## clean: remove the build cache (see WAYMARK_CACHE), the built site and the end-to-end tests' leftovers
clean:
	@scripts/clean.sh
