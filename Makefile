# Waymark's two everyday commands. Both install whatever is missing first and are safe to repeat.
.PHONY: run test bench setup build clean

## run: build the release and serve the portal at http://127.0.0.1:3000 on SQLite (data/)
run:
	@scripts/run.sh

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

clean:
	rm -rf target end2end/.data end2end/test-results
