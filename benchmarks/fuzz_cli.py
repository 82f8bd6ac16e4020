"""The long fuzzing run of the command line's arguments (the test suite runs a small, fixed slice).

Feeds argument lists for ``validate``, ``list`` and ``print`` (``tests/fault_helpers/cli_fuzz.py``:
options and their values in any order, the shipped files, broken and hostile files, a folder, a named
pipe, devices, missing paths, names with control characters or undecodable bytes, random text) to
``cli.main`` and checks the rule: exit status 0, 1 or 2, no traceback, no raw control character.

Failures do not stop the run: each is counted by kind and the shortest example of each is printed.

    python benchmarks/fuzz_cli.py [--examples 5000] [--seed 1]

Prints the examples run, exit statuses, failures and time; exits with status 1 on any failure.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fault_helpers import cli_fuzz
from hypothesis import HealthCheck, Phase, given, seed, settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fuzz-cli-") as folder:
        files = cli_fuzz.prepare(Path(folder))
        outcomes: Counter[str] = Counter()
        commands: Counter[str] = Counter()
        failures: dict[str, tuple[int, list[str], str]] = {}
        slowest = 0.0

        @seed(args.seed)
        @settings(max_examples=args.examples, deadline=None, database=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(cli_fuzz.arguments(files))
        def fuzz(example: list[str]) -> None:
            nonlocal slowest
            started = time.perf_counter()
            commands[next((a for a in example if a in cli_fuzz.COMMANDS), "?")] += 1
            try:
                outcomes[cli_fuzz.check_argv(example, files.folder)] += 1
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as error:  # noqa: BLE001 - every failure is counted, none stops the run
                outcomes["FAILED"] += 1
                kind = f"{type(error).__name__}: {str(error).splitlines()[0][:80] if str(error) else ''}"
                count, shortest, trace = failures.get(kind, (0, example, ""))
                if not trace or len(repr(example)) < len(repr(shortest)):
                    shortest, trace = example, "".join(traceback.format_exception(error, limit=-6))
                failures[kind] = (count + 1, shortest, trace)
            slowest = max(slowest, time.perf_counter() - started)

        started = time.perf_counter()
        fuzz()
        seconds = time.perf_counter() - started
    total = sum(outcomes.values())
    print(f"{total} argument lists in {seconds:.1f} s (slowest {slowest * 1000:.0f} ms)")
    print("commands: " + ", ".join(f"{k} {v}" for k, v in sorted(commands.items())))
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    for kind, (count, example, trace) in failures.items():
        print(f"\n{kind}: {count} examples; shortest: {example!r}")
        print("  " + trace.strip().replace("\n", "\n  "))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
