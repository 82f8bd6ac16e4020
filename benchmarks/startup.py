"""Start-up time and memory of the app, against a bare Qt window measured in the same run.

Makes a realistic data folder (``realistic_data.py``: a year of twice-daily sessions, a
10-exercise programme in use), then starts, as subprocesses with ``QT_QPA_PLATFORM=offscreen``,
alternately

* the app: ``python -m exercises_app --check-startup --data-dir <a copy of the folder> --lang en``
* the baseline: ``python benchmarks/bare_qt_window.py`` (an empty 1280×800 QMainWindow),
* a second baseline, with no target: ``python benchmarks/qt_first_screen_window.py`` (a screen like
  Today's, in Qt alone: what any window of text and controls pays that the empty one does not),

one warm-up run of each (not counted), then ``--runs`` of each. The app's warm-up runs on the
folder itself, which it leaves as any start does (with the parsed-library cache); every counted
run gets a fresh copy of it, so each start sees the same files, as every start but a patient's
very first would. Both children keep their compiled bytecode in this run's own cache folder
(``PYTHONPYCACHEPREFIX``; ``PYTHONDONTWRITEBYTECODE`` is dropped), filled by the warm-up runs, as
an installed app's is (pip compiles it): neither child compiles Python source while measured.

For every run it takes

* time to first paint: the seconds since the process started that the child prints once its
  window has been painted (from /proc, so to 10 ms: the clock-tick resolution of a start time);
* launch to figure: the parent's clock from just before starting the child to the line with
  that figure arriving (finer grained, includes fork/exec; the children run unbuffered);
* CPU time: the child's user + system time (from ``os.wait4``), less sensitive than the clock
  to other work on the machine (shown, no target);
* peak memory: the whole child process's maximum resident set size, from ``os.wait4`` on its pid
  once it has exited (so it covers everything the process did, start to exit).

It prints the medians, the ratios app / bare window and the targets: time to first paint ratio
<= 1.8 and peak memory ratio <= 1.4; and, with no target, the app's first start (each round
also starts the app on a copy without the library cache) and the Qt-only first screen, as a ratio
to the bare window and the app's ratio to it: how much of the app's start is Qt's. Exits 1 when a
target is missed, unless ``--report-only``.

    python benchmarks/startup.py [--runs 7] [--data-dir DIR] [--report-only] [--json FILE]

``--data-dir`` starts the app on a copy of an existing folder instead of a new realistic one.
``--json FILE`` also writes the figures as JSON (for run_all.py).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

from exercises_app.config import AppPaths  # (after the path is set)

TIME_RATIO_TARGET = 1.8
MEMORY_RATIO_TARGET = 1.4
CHILD_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Run:
    """One start of a child: its own figure, the parent's clock, and its peak memory."""

    first_paint_s: float
    launch_to_figure_s: float
    cpu_s: float
    peak_rss_mib: float


class ChildFailed(RuntimeError):
    pass


def child_env(bytecode_dir: Path, root: Path = ROOT) -> dict[str, str]:
    """Offscreen, unbuffered, the app of the checkout at ``root`` importable, and compiled bytecode
    kept in ``bytecode_dir``."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONUNBUFFERED"] = "1"  # the figure's line arrives when printed, not at exit
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(root), env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    # Without a bytecode cache every start would compile the app's source again (and nothing of
    # the bare window, whose modules pip compiled): not what a user's start does.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bytecode_dir)
    return env


def run_child(command: list[str], name: str, bytecode_dir: Path, root: Path = ROOT) -> Run:
    """Start ``command`` in the checkout at ``root``, read the figure it prints, reap it with wait4
    for its own peak RSS."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(
            command,
            cwd=root,
            env=child_env(bytecode_dir, root),
            stdout=subprocess.PIPE,
            stderr=errors,
            stdin=subprocess.DEVNULL,
        )
        assert child.stdout is not None
        # Kill a child that never finishes (a window that is never painted or refuses to close).
        watchdog = threading.Timer(CHILD_TIMEOUT_S, child.kill)
        watchdog.start()
        try:
            first_line = child.stdout.readline()
            arrived = time.perf_counter()
            child.stdout.read()
            child.stdout.close()
            # Reap it ourselves (not child.wait()) to get this child's own rusage.
            _pid, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
        finally:
            watchdog.cancel()
        errors.seek(0)
        stderr = errors.read().decode(errors="replace")
    if child.returncode == -signal.SIGKILL:
        raise ChildFailed(f"{name} was stopped after {CHILD_TIMEOUT_S:g} s without finishing:\n{stderr}")
    if child.returncode != 0:
        raise ChildFailed(f"{name} exited with status {child.returncode}:\n{stderr}")
    try:
        first_paint = float(first_line)
    except ValueError:
        raise ChildFailed(f"{name} printed {first_line!r}, not a number of seconds:\n{stderr}") from None
    peak_mib = usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux
    return Run(first_paint, arrived - started, usage.ru_utime + usage.ru_stime, peak_mib)


def describe_folder(folder: Path) -> str:
    """A line about what the data folder holds."""
    record = folder / "adherence.sqlite3"
    if not record.exists():
        return f"{folder}: no adherence record"
    db = sqlite3.connect(f"file:{record}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT count(*) FILTER (WHERE kind = 'result'), count(DISTINCT on_date) "
                          "FROM journal WHERE kind != 'prescription'").fetchone()
        sessions = db.execute("SELECT count(*) FROM journal WHERE kind = 'session_started'").fetchone()[0]
    finally:
        db.close()
    programme = folder / "programme.yaml"
    exercises = programme.read_text(encoding="utf-8").count("\n  - id: ") if programme.exists() else 0
    return (
        f"{rows[1]} days with records, {sessions} sessions, {rows[0]:,} exercise results; "
        f"programme in use: {exercises} exercises"
    )


def app_start_command(folder: Path) -> list[str]:
    """The app's start-up check on the data folder ``folder``, in English."""
    return [sys.executable, "-m", "exercises_app", "--check-startup", "--data-dir", str(folder), "--lang", "en"]


def median_of(runs: list[Run], field: str) -> float:
    return statistics.median(getattr(r, field) for r in runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="counted runs of each (default 7)")
    parser.add_argument("--warmup", type=int, default=1, help="uncounted runs of each first (default 1)")
    parser.add_argument("--data-dir", type=Path, help="start the app on copies of this folder")
    parser.add_argument("--report-only", action="store_true", help="exit 0 even when a target is missed")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="startup-bench-") as root:
        pristine = Path(root) / "pristine"
        made = 0.0
        if args.data_dir:
            shutil.copytree(args.data_dir, pristine)
        else:
            from realistic_data import make_realistic_data_dir

            started = time.perf_counter()
            make_realistic_data_dir(pristine)
            made = time.perf_counter() - started
        about = describe_folder(pristine)

        bytecode_dir = Path(root) / "bytecode"

        def app_command(index: int, *, without_cache: bool = False) -> list[str]:
            folder = pristine  # the warm-up start leaves the folder as any start does
            if index >= args.warmup:
                folder = Path(root) / f"run-{index}{'-no-cache' if without_cache else ''}"
                shutil.copytree(pristine, folder)  # every counted start sees the same files
                if without_cache:
                    shutil.rmtree(AppPaths(data_dir=folder).cache_dir, ignore_errors=True)
            return app_start_command(folder)

        bare_command = [sys.executable, str(HERE / "bare_qt_window.py")]
        screen_command = [sys.executable, str(HERE / "qt_first_screen_window.py")]
        app_runs: list[Run] = []
        bare_runs: list[Run] = []
        screen_runs: list[Run] = []
        cold_runs: list[Run] = []
        try:
            for index in range(args.warmup + args.runs):
                app = run_child(app_command(index), "the app", bytecode_dir)
                bare = run_child(bare_command, "the bare window", bytecode_dir)
                screen = run_child(screen_command, "the Qt-only first screen", bytecode_dir)
                if index >= args.warmup:
                    app_runs.append(app)
                    bare_runs.append(bare)
                    screen_runs.append(screen)
                    cold_runs.append(run_child(app_command(index, without_cache=True), "the app", bytecode_dir))
        except ChildFailed as exc:
            print(f"startup: {exc}", file=sys.stderr)
            return 2

    rows = [
        ("time to first paint, median (s)", "first_paint_s", TIME_RATIO_TARGET, "{:.3f}"),
        ("launch to figure, median (s)", "launch_to_figure_s", None, "{:.3f}"),
        ("CPU time, user + system (s)", "cpu_s", None, "{:.3f}"),
        ("peak RSS, median (MiB)", "peak_rss_mib", MEMORY_RATIO_TARGET, "{:.1f}"),
    ]
    print(
        f"start-up, offscreen: {args.runs} runs of each after {args.warmup} warm-up, alternating "
        f"(app, bare window, Qt-only first screen); {os.cpu_count()} CPUs"
    )
    print(f"data folder{f' made in {made:.1f} s' if made else ''}: {about}")
    print()
    print(f"{'measure':<34} {'app':>8} {'bare':>8} {'ratio':>7} {'target':>9}  result")
    figures: dict[str, dict[str, float | bool | None]] = {}
    missed = []
    for label, field, target, fmt in rows:
        app_value, bare_value = median_of(app_runs, field), median_of(bare_runs, field)
        ratio = app_value / bare_value if bare_value else float("inf")
        ok = target is None or ratio <= target
        if not ok:
            missed.append(label)
        limit = f"<= {target:g}x" if target else ""
        verdict = ("ok" if ok else "MISSED") if target else ""
        values = f"{fmt.format(app_value):>8} {fmt.format(bare_value):>8} {ratio:>6.2f}x"
        print(f"{label:<34} {values} {limit:>9}  {verdict}")
        figures[field] = {
            "app": app_value,
            "bare": bare_value,
            "ratio": ratio,
            "target_ratio": target,
            "ok": ok,
        }
    cold = median_of(cold_runs, "first_paint_s")
    bare_paint = median_of(bare_runs, "first_paint_s")
    print(f"{'first start, no library cache (s)':<34} {cold:>8.3f} {bare_paint:>8.3f} {cold / bare_paint:>6.2f}x")
    figures["first_paint_no_cache_s"] = {"app": cold, "bare": bare_paint, "ratio": cold / bare_paint,
                                         "target_ratio": None, "ok": True}
    print()
    print("a screen like Today's in Qt alone (qt_first_screen_window.py), no target:")
    print(f"{'measure':<34} {'screen':>8} {'bare':>8} {'ratio':>7} {'app/it':>9}")
    for label, field, _target, fmt in rows:
        screen_value, bare_value = median_of(screen_runs, field), median_of(bare_runs, field)
        app_value = median_of(app_runs, field)
        print(f"{label:<34} {fmt.format(screen_value):>8} {fmt.format(bare_value):>8} "
              f"{screen_value / bare_value:>6.2f}x {app_value / screen_value:>8.2f}x")
        figures[f"qt_first_screen_{field}"] = {"app": screen_value, "bare": bare_value,
                                               "ratio": screen_value / bare_value, "target_ratio": None, "ok": True}
    print()
    print("every run (app / bare / Qt-only first screen): first paint s, peak RSS MiB")
    for app, bare, screen in zip(app_runs, bare_runs, screen_runs, strict=True):
        print(
            f"  {app.first_paint_s:.3f} / {bare.first_paint_s:.3f} / {screen.first_paint_s:.3f}    "
            f"{app.peak_rss_mib:.1f} / {bare.peak_rss_mib:.1f} / {screen.peak_rss_mib:.1f}"
        )
    for label in missed:
        print(f"MISSED: {label}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "figures": figures,
                    "runs": {
                        "app": [asdict(r) for r in app_runs],
                        "bare": [asdict(r) for r in bare_runs],
                        "qt_first_screen": [asdict(r) for r in screen_runs],
                        "app_no_cache": [asdict(r) for r in cold_runs],
                    },
                    "data_folder": about,
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 1 if missed and not args.report_only else 0


if __name__ == "__main__":
    sys.exit(main())
