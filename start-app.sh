#!/usr/bin/env bash
# Set up (first run only) and start exercises_app. Extra arguments go to the app, e.g. --lang fr.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
exec .venv/bin/exercises-app "$@"
