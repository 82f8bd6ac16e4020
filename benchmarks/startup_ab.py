"""Start-up of two versions of the app side by side: a git revision against this checkout.

For a round of start-up work, the figure that matters is what the change saved, and the machine's
noise (other work, a 10 ms clock tick) is larger than most single changes. This script checks out
``--base`` (default ``HEAD``: the uncommitted changes are what is measured) in a temporary git
worktree, makes one realistic data folder (``realistic_data.py``), gives each version its own copy
warmed by one start of that version (the parsed caches are keyed to the version's own files), then
starts the two alternately, ``--runs`` times each, with ``--check-startup`` on a fresh copy of its
folder, offscreen, as ``startup.py`` does (same child environment and bytecode cache rules).

It prints, for each version, the medians of the child's time to first paint, the parent's launch to
figure, the CPU time and the peak RSS, and the differences. It judges nothing (no target) and
exits 0 once both have run; 2 when a start fails or the worktree cannot be made.

    python benchmarks/startup_ab.py [--base REV] [--runs 21]
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

from realistic_data import make_realistic_data_dir  # (after the path is set)
from startup import ChildFailed, Run, app_start_command, median_of, run_child

FIELDS = (
    ("time to first paint (s)", "first_paint_s", "{:.3f}"),
    ("launch to figure (ms)", "launch_to_figure_s", "{:.1f}"),
    ("CPU time, user + system (ms)", "cpu_s", "{:.1f}"),
    ("peak RSS (MiB)", "peak_rss_mib", "{:.1f}"),
)
IN_MS = {"launch_to_figure_s", "cpu_s"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD", help="the git revision to compare this checkout with (default HEAD)")
    parser.add_argument("--runs", type=int, default=21, help="counted starts of each version (default 21)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="startup-ab-") as temporary:
        root = Path(temporary)
        base_tree = root / "base"
        made = subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base_tree), args.base],
                              capture_output=True, text=True)
        if made.returncode != 0:
            print(f"startup_ab: cannot check out {args.base}: {made.stderr.strip()}", file=sys.stderr)
            return 2
        try:
            return _measure(root, {f"base ({args.base})": base_tree, "this checkout": ROOT}, args.runs)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base_tree)],
                           capture_output=True)


def _measure(root: Path, versions: dict[str, Path], runs: int) -> int:
    data = root / "data"
    make_realistic_data_dir(data)
    bytecode = root / "bytecode"
    warmed: dict[str, Path] = {}
    results: dict[str, list[Run]] = {name: [] for name in versions}
    try:
        for index, (name, tree) in enumerate(versions.items()):
            warmed[name] = root / f"warmed-{index}"
            shutil.copytree(data, warmed[name])
            run_child(app_start_command(warmed[name]), name, bytecode, tree)  # its caches, its bytecode
        for count in range(runs):
            for name, tree in versions.items():
                folder = root / "run"
                shutil.rmtree(folder, ignore_errors=True)
                shutil.copytree(warmed[name], folder)
                results[name].append(run_child(app_start_command(folder), name, bytecode, tree))
            print(f"\r{count + 1} of {runs} rounds", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
    except ChildFailed as exc:
        print(f"startup_ab: {exc}", file=sys.stderr)
        return 2

    names = list(versions)
    print(f"start-up A/B, offscreen, {runs} alternating starts of each, medians")
    print(f"{'measure':<30} {names[0]:>22} {names[1]:>16} {'difference':>11}")
    for label, field, fmt in FIELDS:
        scale = 1000 if field in IN_MS else 1
        first, second = (median_of(results[name], field) * scale for name in names)
        print(f"{label:<30} {fmt.format(first):>22} {fmt.format(second):>16} {fmt.format(second - first):>11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
