# sitegen: the two set-up commands are `make site` and `make test` (see README.md).
SWIFT ?= swift

.PHONY: site test deps test-deps release install uninstall clean bench fuzz memory

## Where `make install` puts sitegen: $(DESTDIR)$(PREFIX)/bin/sitegen.
PREFIX ?= /usr/local

## Install what is missing, build sitegen (release) and build the sample site seeds/ → site/.
site: deps release
	.build/release/sitegen build --input seeds --output site

## Install what is missing and run the whole test suite (unit, end-to-end, site checks, HTML validity
## and links, real-browser test, page budgets of a site of 1,200 made-up articles).
test: test-deps
	$(SWIFT) build
	$(SWIFT) test
	scripts/test-site
	scripts/test-incremental
	scripts/validate-site
	scripts/browser-test
	scripts/browser-serve-test
	scripts/serve-load-test 5
	scripts/test-budgets --validate

## Build the libFuzzer targets and run each for FUZZ_SECONDS (scripts/fuzz --runs N for a fixed count).
FUZZ_SECONDS ?= 20
fuzz: deps
	scripts/fuzz --replay
	scripts/fuzz --time $(FUZZ_SECONDS)

## Peak memory of a build of the ANT corpus (../shared/corpora/ant), which must stay under 1 GB.
memory: deps
	scripts/check-memory

deps:
	scripts/install-deps

test-deps:
	scripts/install-deps --test

release:
	$(SWIFT) build -c release --product sitegen

## Build sitegen with the Swift runtime and Foundation linked in (the installed binary then needs only
## Debian's libcmark-gfm, libxml2, libcurl and libmimalloc, which `make deps` installs; libcurl is what Foundation's
## networking part, linked in through FlyingFox, calls) and install it in $(PREFIX)/bin.
install: deps
	$(SWIFT) build -c release --product sitegen --static-swift-stdlib --scratch-path .build-install
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 .build-install/release/sitegen "$(DESTDIR)$(PREFIX)/bin/sitegen"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/sitegen"

## Benchmark sitegen against Hugo and cmark-gfm on the ANT corpus (see BENCHMARKS.md).
bench:
	bench/run

clean:
	rm -rf .build .build-install site
