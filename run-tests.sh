#!/usr/bin/env bash
# Set up (first run only), check the code with ruff and mypy, then run the whole test suite offscreen.
# Extra arguments go to pytest. The script fails when ruff, mypy or pytest fails; pytest runs last,
# whatever the checks found, so its summary line ends the output.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen

failed=()
# Rules and paths: [tool.ruff] and [tool.mypy] in pyproject.toml. ruff runs without its cache, which
# can hide a problem in a file changed since the cache was written.
.venv/bin/ruff check --quiet --no-cache exercises_app tests benchmarks tools || failed+=(ruff)
.venv/bin/mypy || failed+=(mypy)
if [ ${#failed[@]} -gt 0 ]; then
  echo "run-tests.sh: $(IFS=/; echo "${failed[*]}") found problems (above); the tests still run, then the run fails." >&2
fi

status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" -eq 0 ] && [ ${#failed[@]} -gt 0 ]; then
  status=1
fi
exit "$status"
