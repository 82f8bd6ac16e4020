"""Fuzz damaged records: 5,000 copies of a real record with bytes changed at random, each read as the
commands that only read do (read-only open, every day derived, both exports) and opened as the app
does. Every outcome must be "works" or a RecordError (one line naming the file); the file must be
byte-identical after reading.

    python benchmarks/fuzz_record.py [--examples 5000]
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fault_helpers.record_fuzz import damaged, make_record, open_for_the_app, read_everything


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=20261130)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    outcomes: dict[str, int] = {}
    failures = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        original = make_record(Path(folder) / "original.sqlite3")
        target = Path(folder) / "work" / "adherence.sqlite3"
        for example in range(args.examples):
            changes = [(rng.randrange(len(original)), rng.randrange(256)) for _ in range(rng.randint(1, 12))]
            shutil.rmtree(target.parent, ignore_errors=True)
            target.parent.mkdir()
            target.write_bytes(damaged(original, changes))
            before = target.read_bytes()
            try:
                read = read_everything(target)
                if target.read_bytes() != before:
                    raise AssertionError("reading changed the file")
                app = open_for_the_app(target)
            except Exception as error:  # noqa: BLE001 - a failure of the fuzz target is what we count
                failures += 1
                print(f"example {example}: {changes}: {type(error).__name__}: {error}", file=sys.stderr)
                continue
            outcomes[f"read {read}"] = outcomes.get(f"read {read}", 0) + 1
            outcomes[f"app {app}"] = outcomes.get(f"app {app}", 0) + 1
    seconds = time.perf_counter() - started
    print(f"{args.examples} damaged records in {seconds:.0f} s: {failures} failures; "
          + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
