#!/usr/bin/env bash
# The main job on sample applications the project draws itself: set-up, then `certledger demo`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./scripts/setup.sh
exec .venv/bin/certledger demo "$@"
