"""Run every benchmark in this folder and print one table: figure, target, baseline and ratio.

Each benchmark runs as a subprocess (``QT_QPA_PLATFORM=offscreen``, one after the other, never
two at once) with its existing options, and its printed table is parsed here. Every figure is
set beside a baseline measured in the same run:

* startup.py: the app's time to first paint and peak RSS / a bare 1280×800 QMainWindow (and, with
  no target, a screen like Today's in Qt alone / the same bare window);
* illustration_frame.py: one illustration frame, mean ms / fill + drawPixmap of a ready pixmap;
* history_store.py: DB size and a year's figures + streaks on 10 years / the same on an empty store;
* history_view.py: opening the History view on 10 years / the same on an empty store;
* print.py: a 20-exercise handout to PDF, seconds and MB / a one-page blank PDF (its own baseline);
* timer_drift.py (``--seconds 60``): the engine's bookkeeping error / counting 50 ms ticks (same
  run); reporting latency / a ``--no-aim`` run of half the length (the plain 50 ms timer); and the
  same with every cue spoken (``--voice``, half the length) where a speech engine is installed;
* fuzz_loaders.py (``--examples 200``, if it has that option): failures and the slowest load per
  loader / no baseline (the loaders' 2 s time limit is the target).

Prints the date, ``uname -srm``, the CPU model, Python's and PySide6's versions, then the table.
Exits 1 when any target is missed or a benchmark could not be run or read; the whole table is
printed in any case. About 2.5 minutes on a 2-core machine.

    python benchmarks/run_all.py [--drift-seconds 60] [--only NAME ...] [--keep-output DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TIMEOUT_S = 200.0
BUDGET_S = 300.0
#: Scripts here that are not benchmarks themselves.
HELPERS = {"run_all.py", "realistic_data.py", "bare_qt_window.py", "qt_first_screen_window.py"}
FUZZ_EXAMPLES = 200  # per loader; its default of 5,000 takes minutes
FUZZ_TIME_LIMIT_MS = 2000.0  # tests/fault_helpers/yaml_fuzz.py TIME_LIMIT_S (not printed by fuzz_loaders.py)


@dataclass
class Row:
    """One line of the table. ``ok`` is None for a figure without a target."""

    name: str
    figure: str
    target: str = "-"
    baseline: str = "-"
    ratio: str = "-"
    ok: bool | None = None


@dataclass
class Outcome:
    """What running one script gave: its exit status, output and run time."""

    script: str
    args: list[str]
    status: int | None
    stdout: str
    stderr: str
    seconds: float
    error: str | None = None


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONIOENCODING"] = "utf-8"  # the tables hold µ and ×
    return env


def run_script(script: str, args: list[str], keep: Path | None) -> Outcome:
    """Run ``benchmarks/script args`` with this Python; never raises."""
    command = [sys.executable, str(HERE / script), *args]
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command,
            cwd=ROOT,
            env=child_env(),
            capture_output=True,
            text=True,
            check=False,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode(errors="replace") if isinstance(exc.stdout, bytes) else exc.stdout or ""
        return Outcome(
            script, args, None, out, "", time.perf_counter() - started, f"timed out after {TIMEOUT_S:g} s"
        )
    outcome = Outcome(script, args, done.returncode, done.stdout, done.stderr, time.perf_counter() - started)
    if keep is not None:
        name = script.removesuffix(".py") + "".join(a.replace("-", "_") for a in args if a.startswith("--"))
        (keep / f"{name}.out").write_text(f"$ {' '.join(command)}\n{done.stdout}\n--- stderr\n{done.stderr}")
    return outcome


def number(text: str) -> float:
    return float(text.replace(",", ""))


def find_floats(stdout: str, label: str, count: int) -> list[float]:
    """The first ``count`` numbers after ``label`` on the line that starts with it."""
    for line in stdout.splitlines():
        rest = line[len(label) :].lstrip()
        if line.startswith(label) and rest[:1] in "-0123456789" and rest:
            found = re.findall(r"-?\d[\d,]*\.?\d*", rest)
            if len(found) >= count:
                return [number(f) for f in found[:count]]
    raise LookupError(f"no line '{label}' with {count} numbers")


def fmt(value: float, digits: int = 2) -> str:
    return f"{value:,.{digits}f}"


def ratio_text(figure: float, baseline: float) -> str:
    if baseline == 0:
        return "inf" if figure else "-"
    return f"{figure / baseline:.2f}x"


def explain(outcome: Outcome) -> str:
    """Why a script gave no figures, in one line."""
    if outcome.error:
        return outcome.error
    tail = (outcome.stderr.strip() or outcome.stdout.strip()).splitlines()[-1:] or ["no output"]
    return f"exit status {outcome.status}: {tail[0][:160]}"


# -- one parser per benchmark ------------------------------------------------------------------
def parse_startup(outcome: Outcome, figures: dict) -> list[Row]:
    rows = []
    for label, key, digits in (
        ("start-up: time to first paint (s)", "first_paint_s", 3),
        ("start-up: peak RSS (MiB)", "peak_rss_mib", 1),
    ):
        f = figures["figures"][key]
        rows.append(
            Row(
                label,
                fmt(f["app"], digits),
                f"ratio <= {f['target_ratio']:g}",
                fmt(f["bare"], digits),
                f"{f['ratio']:.2f}x",
                bool(f["ok"]),
            )
        )
    cold = figures["figures"].get("first_paint_no_cache_s")
    if cold is not None:  # no target: the first start, before the library cache exists
        rows.append(Row("start-up: first start, no cache (s)", fmt(cold["app"], 3), "-", fmt(cold["bare"], 3),
                        f"{cold['ratio']:.2f}x"))
    screen = figures["figures"].get("qt_first_screen_first_paint_s")
    if screen is not None:  # no target: a screen like Today's in Qt alone, against the same bare window
        rows.append(Row("start-up: Qt-only first screen (s)", fmt(screen["app"], 3), "-", fmt(screen["bare"], 3),
                        f"{screen['ratio']:.2f}x"))
    return rows


def parse_illustration(outcome: Outcome) -> list[Row]:
    frame = find_floats(outcome.stdout, "illustration frame", 2)[0]
    plain = find_floats(outcome.stdout, "plain QPixmap (fill + drawPixmap)", 2)[0]
    target = float(re.search(r"target: <= ([\d.]+) ms", outcome.stdout).group(1))  # type: ignore[union-attr]
    return [
        Row(
            "illustration: frame at 800x500, mean (ms)",
            fmt(frame, 3),
            f"<= {target:g}",
            fmt(plain, 3),
            ratio_text(frame, plain),
            frame <= target,
        )
    ]


def parse_history_store(outcome: Outcome) -> list[Row]:
    rows = []
    for label, name in (
        ("database size (MB)", "history store: 10 years, DB size (MB)"),
        ("a year's weekly figures + streaks (ms)", "history store: a year's figures (ms)"),
    ):
        empty, full, target = find_floats(outcome.stdout, label, 3)
        rows.append(Row(name, fmt(full), f"< {target:g}", fmt(empty), ratio_text(full, empty), full < target))
    return rows


def parse_history_view(outcome: Outcome) -> list[Row]:
    empty, full, target = find_floats(outcome.stdout, "open: construct + refresh + grab", 3)
    rows = [
        Row(
            "history view: open on 10 years (ms)",
            fmt(full, 1),
            f"< {target:g}",
            fmt(empty, 1),
            ratio_text(full, empty),
            full < target,
        )
    ]
    for label, name in (
        ("first open (cold)", "history view: first open, cold (ms)"),
        ("until streaks and warning are in", "history view: until all figures in (ms)"),
        ("refresh after a tick (+ grab)", "history view: refresh after a tick (ms)"),
    ):
        try:
            empty, full = find_floats(outcome.stdout, label, 2)
        except LookupError:
            continue
        rows.append(Row(name, fmt(full, 1), "-", fmt(empty, 1), ratio_text(full, empty)))
    return rows


def parse_print(outcome: Outcome) -> list[Row]:
    rows = []
    for label, name, digits in (
        ("20-exercise handout, seconds", "print: 20-exercise handout PDF (s)", 3),
        ("20-exercise handout, MB", "print: 20-exercise handout PDF (MB)", 2),
    ):
        figure, target, baseline = find_floats(outcome.stdout, label, 3)
        rows.append(
            Row(
                name,
                fmt(figure, digits),
                f"< {target:g}",
                fmt(baseline, 4),
                ratio_text(figure, baseline),
                figure < target,
            )
        )
    return rows


def parse_fuzz(outcome: Outcome) -> list[Row]:
    """One row per loader from the closing table: failures (target 0) and the slowest load."""
    rows = []
    lines = outcome.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("loader") and "failures" in line)
    for line in lines[start + 1 :]:
        cells = line.split()
        if len(cells) != 8:
            break
        loader, examples, _loaded, _refused, failures, _kinds, slowest_ms, _seconds = cells
        rows.append(
            Row(f"fuzz {loader}: failures in {examples} examples", failures, "0", ok=int(failures) == 0)
        )
        rows.append(
            Row(
                f"fuzz {loader}: slowest load (ms)",
                slowest_ms,
                f"<= {FUZZ_TIME_LIMIT_MS:g}",
                ok=float(slowest_ms) <= FUZZ_TIME_LIMIT_MS,
            )
        )
    if not rows:
        raise LookupError("no rows in its closing table")
    return rows


def drift_whole(stdout: str, label: str) -> float:
    """The whole-run column of a timer_drift row ('-' when no event fell in that class)."""
    for line in stdout.splitlines():
        if line.startswith(label):
            cells = line[len(label) :].split()
            return float("nan") if cells[1] == "-" else number(cells[1])
    raise LookupError(f"no line '{label}'")


def parse_timer_drift(outcome: Outcome, plain: Outcome | None) -> list[Row]:
    stdout = outcome.stdout
    tick_ms = int(re.search(r"(\d+) ms tick", stdout).group(1))  # type: ignore[union-attr]
    counting = re.search(r"would put the clock (-?[\d.]+) s behind", stdout)
    blocks = re.search(r"blocks of (\d+)-(\d+) ms", stdout)
    bookkeeping = drift_whole(stdout, "bookkeeping error, max (µs)")
    clear = drift_whole(stdout, "latency clear of blocks, max (ms)")
    after = drift_whole(stdout, "latency after a block, max (ms)")
    clear_line = re.search(r"latency clear of blocks, max \(ms\).*<= ([\d.]+)", stdout)
    clear_target = float(clear_line.group(1))  # type: ignore[union-attr]
    counting_us = abs(float(counting.group(1))) * 1e6 if counting else float("nan")
    after_target = (float(blocks.group(2)) + 2 * tick_ms) if blocks else float("nan")
    base_clear = base_after = float("nan")
    if plain is not None and plain.status is not None and not plain.error:
        try:
            base_clear = drift_whole(plain.stdout, "latency clear of blocks, max (ms)")
            base_after = drift_whole(plain.stdout, "latency after a block, max (ms)")
        except (LookupError, ValueError, IndexError):
            pass

    def cell(value: float, digits: int) -> str:
        return "-" if math.isnan(value) else fmt(value, digits)  # NaN: not measured

    def ratio(figure: float, baseline: float) -> str:
        return "-" if math.isnan(figure) or math.isnan(baseline) else ratio_text(figure, baseline)

    return [
        Row(
            "timer drift: bookkeeping error, max (µs)",
            cell(bookkeeping, 3),
            "<= 1",
            cell(counting_us, 0),
            ratio(bookkeeping, counting_us),
            bookkeeping <= 1.0,
        ),
        Row(
            "timer drift: latency clear of blocks (ms)",
            cell(clear, 1),
            f"<= {clear_target:g}",
            cell(base_clear, 1),
            ratio(clear, base_clear),
            not clear > clear_target,
        ),
        Row(
            "timer drift: latency after a block (ms)",
            cell(after, 1),
            f"<= {cell(after_target, 0)}",
            cell(base_after, 1),
            ratio(after, base_after),
            not after > after_target,
        ),
    ]


# -- the run ------------------------------------------------------------------------------------
def machine_lines() -> list[str]:
    """Date, kernel, CPU, Python and PySide6 (as the children see them)."""
    uname = (
        subprocess.run(["uname", "-srm"], capture_output=True, text=True, check=False).stdout.strip()
        or platform.platform()
    )
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    qt = subprocess.run(
        [
            sys.executable,
            "-c",
            "import PySide6, PySide6.QtCore as c; print(PySide6.__version__, c.qVersion())",
        ],
        capture_output=True,
        text=True,
        check=False,
        env=child_env(),
    ).stdout.split()
    pyside = f"PySide6 {qt[0]} (Qt {qt[1]})" if len(qt) == 2 else "PySide6 not importable"
    return [
        f"date:    {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %z}",
        f"machine: {uname}; {cpu} x {os.cpu_count()} CPUs",
        f"python:  {platform.python_version()} ({sys.executable}); {pyside}",
    ]


def run_benchmarks(selected: set[str] | None, drift_seconds: float, keep: Path | None) -> Report:
    report = Report()
    present = {p.name for p in HERE.glob("*.py")} - HELPERS
    known = {
        "startup.py",
        "illustration_frame.py",
        "history_store.py",
        "history_view.py",
        "timer_drift.py",
        "fuzz_loaders.py",
        "print.py",
    }

    def wanted(script: str) -> bool:
        return selected is None or script.removesuffix(".py") in selected

    def attempt(script: str, args: list[str], parse: Callable[[Outcome], list[Row]]) -> Outcome | None:
        if not wanted(script):
            return None
        if script not in present:
            report.notes.append(f"{script}: not in benchmarks/ (yet); skipped")
            return None
        print(f"running {' '.join((script, *args))} ...", file=sys.stderr, flush=True)
        outcome = run_script(script, args, keep)
        print(f"  {outcome.seconds:.1f} s, exit status {outcome.status}", file=sys.stderr, flush=True)
        try:
            if outcome.error:
                raise LookupError(outcome.error)
            rows = parse(outcome)
        except (LookupError, ValueError, IndexError, AttributeError, KeyError, OSError) as exc:
            report.failures.append(f"{script}: could not be read ({exc}); {explain(outcome)}")
            report.rows.append(Row(script.removesuffix(".py"), "ERROR", ok=False))
            return outcome
        report.rows.extend(rows)
        targeted = [r for r in rows if r.ok is not None]
        if outcome.status not in (0, None) and all(r.ok for r in targeted):
            report.failures.append(
                f"{script}: exit status {outcome.status} although every figure read meets its "
                f"target; {explain(outcome)}"
            )
        shown = " ".join(a for a in args if not a.endswith(".json"))
        report.notes.append(
            f"{f'{script} {shown}'.strip()}: {outcome.seconds:.1f} s, exit status {outcome.status}"
        )
        return outcome

    with tempfile.TemporaryDirectory(prefix="run-all-") as folder:
        figures_file = Path(folder) / "startup.json"

        def startup(outcome: Outcome) -> list[Row]:
            return parse_startup(outcome, json.loads(figures_file.read_text()))

        attempt("startup.py", ["--report-only", "--json", str(figures_file)], startup)
    attempt("illustration_frame.py", [], parse_illustration)
    attempt("history_store.py", [], parse_history_store)
    attempt("history_view.py", [], parse_history_view)
    attempt("print.py", [], parse_print)

    if wanted("timer_drift.py") and "timer_drift.py" in present:
        seconds = f"{drift_seconds:g}"
        plain = None
        if drift_seconds >= 10:
            print(
                f"running timer_drift.py --no-aim --seconds {drift_seconds / 2:g} (baseline) ...",
                file=sys.stderr,
                flush=True,
            )
            plain = run_script("timer_drift.py", ["--no-aim", "--seconds", f"{drift_seconds / 2:g}"], keep)
            report.notes.append(
                f"timer_drift.py --no-aim --seconds {drift_seconds / 2:g} (baseline): "
                f"{plain.seconds:.1f} s, exit status {plain.status}"
            )
        attempt("timer_drift.py", ["--seconds", seconds], lambda o: parse_timer_drift(o, plain))
        if shutil.which("spd-say") or shutil.which("espeak-ng") or shutil.which("espeak"):
            voice_seconds = f"{drift_seconds / 2:g}"  # speech starts a process per cue: the timer must not wait
            attempt("timer_drift.py", ["--voice", "--seconds", voice_seconds],
                    lambda o: [replace(r, name=r.name.replace("timer drift:", "timer drift, voice on:"))
                               for r in parse_timer_drift(o, plain)])
        else:
            report.notes.append("timer_drift.py --voice: no speech engine here (spd-say, espeak-ng); not run")
    else:
        attempt("timer_drift.py", [], lambda o: [])

    if wanted("fuzz_loaders.py"):
        if "fuzz_loaders.py" not in present:
            report.notes.append("fuzz_loaders.py: not in benchmarks/; skipped")
        else:
            help_text = run_script("fuzz_loaders.py", ["--help"], None).stdout
            option = re.search(r"(--[\w-]*examples?[\w-]*)", help_text)
            if option is None:
                report.notes.append(
                    "fuzz_loaders.py: no option to limit its example count (--help shows none); "
                    "skipped to keep the run short"
                )
            else:
                attempt("fuzz_loaders.py", [option.group(1), str(FUZZ_EXAMPLES)], parse_fuzz)

    for script in sorted(present - known):
        report.notes.append(f"{script}: a script run_all.py does not know how to read; not run")
    return report


def print_table(rows: list[Row]) -> None:
    headers = ("benchmark", "figure", "target", "baseline", "ratio", "result")
    cells = [
        (r.name, r.figure, r.target, r.baseline, r.ratio, "-" if r.ok is None else "ok" if r.ok else "MISSED")
        for r in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h) for i, h in enumerate(headers)]

    def line(values: tuple[str, ...]) -> str:
        """The first column to the left, the figures to the right."""
        pairs = enumerate(zip(values, widths, strict=True))
        return "  ".join(f"{v:<{w}}" if i == 0 else f"{v:>{w}}" for i, (v, w) in pairs)

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for c in cells:
        print(line(c))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--drift-seconds",
        type=float,
        default=60.0,
        help="length of the timer_drift run (default 60); its --no-aim baseline runs half as long",
    )
    parser.add_argument(
        "--only", nargs="+", metavar="NAME", help="run only these (e.g. startup history_view)"
    )
    parser.add_argument(
        "--keep-output", type=Path, metavar="DIR", help="write each script's raw output into DIR"
    )
    args = parser.parse_args(argv)
    if args.keep_output:
        args.keep_output.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    header = machine_lines()
    report = run_benchmarks(set(args.only) if args.only else None, args.drift_seconds, args.keep_output)
    elapsed = time.perf_counter() - started

    print()
    for line in header:
        print(line)
    print(
        f"run:     {elapsed:.0f} s in all (budget {BUDGET_S:g} s), every benchmark offscreen, one at a time"
    )
    print()
    print_table(report.rows)
    missed = [r.name for r in report.rows if r.ok is False]
    targeted = [r for r in report.rows if r.ok is not None]
    print()
    for note in report.notes:
        print(f"note: {note}")
    for failure in report.failures:
        print(f"FAILED: {failure}")
    for name in missed:
        print(f"MISSED: {name}")
    if elapsed > BUDGET_S:
        print(f"WARNING: the run took {elapsed:.0f} s, over its {BUDGET_S:g} s budget")
    print(
        f"\ntargets: {len(targeted) - len(missed)} of {len(targeted)} met; "
        f"benchmarks that could not be run or read: {len(report.failures)}"
    )
    return 1 if missed or report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
