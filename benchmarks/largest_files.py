"""Work bounded by the limits: loading, starting on and printing the largest valid files.

Builds (``tests/fault_helpers/largest_files.py``) a clinic library whose texts and lists are all at
their limits (``core/limits.py``) and the largest programme of it, then measures

* loading the library (wall and CPU seconds);
* start-up on a data folder holding that library and programme (``--check-startup``, seconds to
  the first paint, in a child process);
* printing the programme's handout (pages, wall and CPU seconds), and the same with the shipped
  library.

Target: every valid file prints in under 10 s (CPU time is shown too: the wall clock suffers from
other work on the machine).

    python benchmarks/largest_files.py [--exercises 60]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fault_helpers.largest_files import largest_library_text, largest_programme

from exercises_app.config import AppPaths
from exercises_app.core import limits
from exercises_app.core.library import load_library
from exercises_app.core.programme_file import save_programme

TARGET_S = 10.0


def timed(action):  # type: ignore[no-untyped-def]
    """(result, wall seconds, CPU seconds) of ``action()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exercises", type=int, default=limits.MAX_PROGRAMME_EXERCISES,
                        help="exercises in the library (default: the most a programme holds)")
    args = parser.parse_args(argv)
    from exercises_app.printing import write_programme_pdf

    shipped = AppPaths(data_dir=Path("unused"))
    with tempfile.TemporaryDirectory(prefix="largest-") as folder:
        data = Path(folder) / "data"
        paths = AppPaths(data_dir=data)
        paths.ensure_data_dir()
        text = largest_library_text(shipped.bundled_library.read_text(encoding="utf-8"), args.exercises)
        paths.user_library.write_text(text, encoding="utf-8")
        print(f"library: {args.exercises} exercises at every limit, {len(text.encode()) / 1e6:.2f} MB")
        library, wall, cpu = timed(lambda: load_library(paths.user_library, paths.assets_dir))
        print(f"  load: {wall:.2f} s ({cpu:.2f} s CPU)")
        programme = largest_programme(library)
        save_programme(programme, paths.active_programme_file)
        command = [sys.executable, "-m", "exercises_app", "--check-startup", "--data-dir", str(data), "--lang", "en"]
        child = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
        print(f"  start-up to first paint: {child.stdout.strip() or child.stderr.strip()[-200:]} s")
        results = []
        libraries = (("largest library", library),
                     ("shipped library", load_library(shipped.bundled_library, shipped.assets_dir)))
        for name, used in libraries:
            biggest = largest_programme(used)
            pages, wall, cpu = timed(lambda biggest=biggest, used=used:
                                     write_programme_pdf(biggest, used, paths.assets_dir,
                                                         Path(folder) / "handout.pdf"))
            results.append(wall)
            print(f"  print, {name} ({len(biggest.exercises)} exercises): {pages} pages in {wall:.2f} s "
                  f"({cpu:.2f} s CPU)")
    worst = max(results)
    print(f"slowest print {worst:.2f} s; target < {TARGET_S:.0f} s: {'ok' if worst < TARGET_S else 'MISSED'}")
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
