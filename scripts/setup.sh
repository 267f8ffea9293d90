#!/usr/bin/env bash
# Idempotent set-up on a fresh Debian/Ubuntu machine: .venv with the project and its dev tools,
# and the tesseract binary. Quiet unless something fails. Safe to run again and again.
#   PYTHON=/path/to/python3.11 scripts/setup.sh   to choose the interpreter.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV=.venv
STAMP="$VENV/.certledger-setup"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

die() { echo "setup: $*" >&2; exit 1; }

# Run a command with its output kept aside; show it only when the command fails.
quiet() {
    if ! "$@" >"$log" 2>&1; then
        cat "$log" >&2
        die "failed: $*"
    fi
}

is_root() { [ "$(id -u)" -eq 0 ]; }

py_ok() {  # the interpreter exists and is Python >= 3.11
    command -v "$1" >/dev/null 2>&1 &&
        "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

# 1. An interpreter >= 3.11.
python="${PYTHON:-}"
if [ -n "$python" ]; then
    py_ok "$python" || die "PYTHON=$python is not a Python >= 3.11"
else
    for candidate in python3 python3.13 python3.12 python3.11; do
        if py_ok "$candidate"; then python="$candidate"; break; fi
    done
fi
if [ -z "$python" ]; then
    found="$(python3 --version 2>&1 || echo 'no python3')"
    die "Python >= 3.11 is required (found: $found). Install it (Debian 12+/Ubuntu 24.04+: 'sudo apt-get install -y python3 python3-venv') or run with PYTHON=/path/to/python3.11"
fi

# 2. The virtual environment (made again when it is missing, broken or too old).
if ! py_ok "$VENV/bin/python" || ! "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
    rm -rf "$VENV"
    if ! "$python" -m venv "$VENV" >"$log" 2>&1; then
        if is_root && command -v apt-get >/dev/null 2>&1; then
            pyver="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
            quiet apt-get update -qq
            if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "python${pyver}-venv" >"$log" 2>&1; then
                DEBIAN_FRONTEND=noninteractive quiet apt-get install -y -qq python3-venv
            fi
            rm -rf "$VENV"
            quiet "$python" -m venv "$VENV"
        else
            cat "$log" >&2
            die "could not create $VENV: run 'sudo apt-get install -y python3-venv' and try again"
        fi
    fi
    rm -f "$STAMP"
fi

# 3. The project, editable, with its dev extras; skipped when pyproject.toml has not changed since.
want="$( (cat pyproject.toml; "$VENV/bin/python" --version) | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$STAMP" 2>/dev/null || true)" != "$want" ] ||
    ! "$VENV/bin/python" -c 'import certledger' >/dev/null 2>&1; then
    quiet "$VENV/bin/python" -m pip install --disable-pip-version-check -q -e '.[dev]'
    echo "$want" >"$STAMP"
fi

# 4. The tesseract binary (OCR of scans).
if ! command -v tesseract >/dev/null 2>&1; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
        quiet apt-get update -qq
        DEBIAN_FRONTEND=noninteractive quiet apt-get install -y -qq tesseract-ocr
    else
        echo "tesseract is missing: run 'sudo apt-get install -y tesseract-ocr'" >&2
        exit 1
    fi
fi

# 5. Its English and orientation (osd) data: Debian's tesseract-ocr depends on both, other installs may lack them.
langs="$(tesseract --list-langs 2>/dev/null || true)"
if ! grep -qx eng <<<"$langs" || ! grep -qx osd <<<"$langs"; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
        quiet apt-get update -qq
        DEBIAN_FRONTEND=noninteractive quiet apt-get install -y -qq tesseract-ocr-eng tesseract-ocr-osd
    else
        echo "tesseract language data is missing: run 'sudo apt-get install -y tesseract-ocr-eng tesseract-ocr-osd'" >&2
        exit 1
    fi
fi

# 6. Chromium for the reviewer UI's browser tests (Playwright drives Debian's /usr/bin/chromium;
#    Playwright's own browser downloads are never used).
if ! command -v chromium >/dev/null 2>&1; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
        quiet apt-get update -qq
        DEBIAN_FRONTEND=noninteractive quiet apt-get install -y -qq chromium
    else
        echo "note: chromium is missing (browser tests will skip): run 'sudo apt-get install -y chromium'" >&2
    fi
fi
