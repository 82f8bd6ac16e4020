"""The long fuzzing run of the content loaders (the test suite runs a small, fixed slice of it).

Feeds damaged and hostile content files (``tests/fault_helpers/yaml_fuzz.py``: the shipped
library and programme templates with lines deleted, swapped and re-indented, values of the wrong
type, huge numbers, YAML tags, aliases, deep nesting, odd Unicode, BOMs, CRLF, broken UTF-8...)
to each loader and checks the one rule: the file loads (a programme also saves and loads back
unchanged) or ``ContentError`` names the file and a line inside it, within the time limit.

Unlike a test, a failure does not stop the run: every failing example is counted and grouped by
where it was raised, and the shortest example of each group is printed (and saved with
``--save DIR``). Loaders:

* ``library``: ``load_library(path, assets)`` on a file;
* ``programme``: ``load_programme(path, library)`` on a file, then ``dump_programme`` and back;
* ``programme-text``: ``parse_programme(text, library or None)`` on text.

    python benchmarks/fuzz_loaders.py [--examples 5000] [--seed 1] [--loaders library,programme]

Prints examples run, outcomes, failures and time per loader; exits with status 1 on any failure.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fault_helpers import yaml_fuzz
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st


@dataclass
class Failure:
    """Failures raised from the same place."""

    kind: str
    count: int = 0
    example: str | bytes = ""
    trace: str = ""


@dataclass
class Run:
    loader: str
    examples: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: dict[str, Failure] = field(default_factory=dict)
    slowest_s: float = 0.0
    seconds: float = 0.0

    def fail(self, error: BaseException, example: str | bytes) -> None:
        frames = traceback.extract_tb(error.__traceback__)
        ours = [f for f in frames if "exercises_app" in f.filename] or frames
        where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
        kind = f"{type(error).__name__} at {where}"
        failure = self.failures.setdefault(kind, Failure(kind))
        failure.count += 1
        if not failure.example or len(example) < len(failure.example):
            failure.example = example
            failure.trace = "".join(traceback.format_exception(error, limit=-8))


def _run(loader: str, strategy: st.SearchStrategy, check: Callable[[object], str], examples: int,
         run_seed: int) -> Run:
    run = Run(loader)

    @seed(run_seed)
    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def fuzz(example: object) -> None:
        run.examples += 1
        start = time.perf_counter()
        try:
            run.outcomes[check(example)] += 1
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as error:  # noqa: BLE001 - anything but ContentError is what we look for
            run.outcomes["FAILED"] += 1
            run.fail(error, example if isinstance(example, (str, bytes)) else repr(example))
        run.slowest_s = max(run.slowest_s, time.perf_counter() - start)

    start = time.perf_counter()
    fuzz()
    run.seconds = time.perf_counter() - start
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000, help="examples per loader (default 5000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--loaders", default="library,programme,programme-text")
    parser.add_argument("--save", type=Path, help="folder to save the shortest failing example of each kind")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fuzz-loaders-") as folder:
        return _fuzz(args, Path(folder))


def _fuzz(args: argparse.Namespace, folder: Path) -> int:
    library_file, programme_file = folder / "exercises.yaml", folder / "programme.yaml"
    library_seeds, programme_seeds = yaml_fuzz.library_seeds(), yaml_fuzz.programme_seeds()
    loaders: dict[str, tuple[st.SearchStrategy, Callable[[object], str]]] = {
        "library": (yaml_fuzz.content_file(library_seeds),
                    lambda data: yaml_fuzz.check_library_file(library_file, data)),
        "programme": (yaml_fuzz.content_file(programme_seeds),
                      lambda data: yaml_fuzz.check_programme_file(programme_file, data)),
        "programme-text": (st.tuples(yaml_fuzz.content_text(programme_seeds), st.booleans()),
                           lambda case: yaml_fuzz.check_programme_text(*case)),
    }
    yaml_fuzz.PWNED_MARKER.unlink(missing_ok=True)
    runs = []
    for name in args.loaders.split(","):
        strategy, check = loaders[name]
        print(f"fuzzing {name}: {args.examples} examples, seed {args.seed} ...", flush=True)
        run = _run(name, strategy, check, args.examples, args.seed)
        runs.append(run)
        failed = sum(f.count for f in run.failures.values())
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(run.outcomes.items()) if k != "FAILED")
        print(f"  {run.examples} examples in {run.seconds:.1f} s (slowest {run.slowest_s * 1000:.0f} ms): "
              f"{outcomes}; failures {failed} ({len(run.failures)} kinds)", flush=True)
    if yaml_fuzz.PWNED_MARKER.exists():
        print(f"A YAML tag ran a command: {yaml_fuzz.PWNED_MARKER} exists")
        return 1

    print()
    print(f"{'loader':<16}{'examples':>9}{'loaded':>8}{'refused':>9}{'failures':>10}{'kinds':>7}"
          f"{'slowest ms':>12}{'time s':>8}")
    for run in runs:
        refused = sum(v for k, v in run.outcomes.items() if k.startswith("refused"))
        failed = sum(f.count for f in run.failures.values())
        print(f"{run.loader:<16}{run.examples:>9}{run.outcomes['loaded']:>8}{refused:>9}{failed:>10}"
              f"{len(run.failures):>7}{run.slowest_s * 1000:>12.0f}{run.seconds:>8.1f}")
    failures = [(run, f) for run in runs for f in run.failures.values()]
    for run, failure in failures:
        example = failure.example
        gap = b" ... " if isinstance(example, bytes) else " ... "
        shown = example if len(example) <= 600 else example[:300] + gap + example[-200:]
        print(f"\n[{run.loader}] {failure.kind}: {failure.count} examples; "
              f"shortest ({len(example)} characters or bytes):")
        print(f"  {shown!r}")
        print("  " + failure.trace.strip().replace("\n", "\n  "))
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            safe = failure.kind.replace(" ", "_").replace(":", "_")
            target = args.save / f"{run.loader}-{safe}.yaml"
            data = example if isinstance(example, bytes) else example.encode("utf-8", "surrogatepass")
            target.write_bytes(data)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
