#!/usr/bin/env bash
# The whole check, as `make test` and CI run it: set-up, services, lint and types, then the tests.
# Extra arguments go to pytest (e.g. scripts/test.sh -m "not slow" -x).
# The tests run in CERTLEDGER_TEST_WORKERS pytest-xdist processes (default 2; 0 runs them in this process),
# one test file per process at a time (--dist loadfile) so a module's fixtures are built once.
# pytest runs last so that its summary is the closing line; its exit code 5 (no tests collected) fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./scripts/setup.sh
./scripts/services.sh

failed=()
.venv/bin/ruff check . || failed+=("ruff")
.venv/bin/mypy || failed+=("mypy")

workers="${CERTLEDGER_TEST_WORKERS:-2}"
parallel=()
if [ "$workers" != "0" ]; then
    parallel=(-n "$workers" --dist loadfile)
fi

rc=0
.venv/bin/python -m pytest "${parallel[@]}" "$@" || rc=$?
if [ "$rc" -eq 5 ]; then
    echo "test.sh: pytest collected no tests: failing" >&2
fi
if [ "$rc" -ne 0 ]; then
    failed+=("pytest (exit $rc)")
fi

if [ "${#failed[@]}" -gt 0 ]; then
    echo "test.sh: FAILED: ${failed[*]}" >&2
    exit 1
fi
