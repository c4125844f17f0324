#!/usr/bin/env bash
# Set up dyadline in ./.venv (if needed) and code the bundled example article.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
.venv/bin/dyadline example --format table --db "${DYADLINE_DB:-events.duckdb}"
