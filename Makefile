# Every target works on a fresh Debian/Ubuntu machine: setup makes .venv and installs tesseract.
.PHONY: setup services demo test lint bench

setup:
	./scripts/setup.sh

services:
	./scripts/services.sh

demo:
	./scripts/demo.sh

# The same as ./scripts/test.sh (which CI runs): setup, services, ruff, mypy, pytest.
test:
	./scripts/test.sh

lint: setup
	.venv/bin/ruff check .
	.venv/bin/mypy

bench: setup
	@test -f bench/run.py || { echo "bench: bench/run.py is not there yet" >&2; exit 1; }
	.venv/bin/python bench/run.py

# The intake API on http://127.0.0.1:8000 (docs at /docs); without REDIS_URL it also reads uploads.
.PHONY: serve
serve: setup
	.venv/bin/certledger serve
