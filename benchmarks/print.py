"""Time and size of printing a 20-exercise programme to PDF, beside a one-page blank PDF.

    python benchmarks/print.py [--repeat 3]

Targets: under 1.5 s and under 2 MB. The library has 18 exercises, so the 20 entries take all 18
and two of them again (the printer does not mind; a saved programme would refuse duplicates).
Both figures are measured in the same process, after one warm-up run of each.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from exercises_app.config import AppPaths
from exercises_app.core.library import load_library
from exercises_app.core.programme import Clinic, Programme, ProgrammeExercise
from exercises_app.printing import write_programme_pdf

TARGET_SECONDS = 1.5
TARGET_BYTES = 2 * 1024 * 1024


def blank_pdf(out: Path) -> None:
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    painter = QPainter(writer)
    painter.end()
    del writer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 - fonts need a GUI application
    paths = AppPaths(data_dir=ROOT / "unused")
    library = load_library(paths.bundled_library, paths.assets_dir)
    exercises = [library.exercises[i % len(library.exercises)] for i in range(20)]
    programme = Programme(
        programme_id="benchmark", version=1, title="Twenty exercises", language="fr", patient="Marie Tremblay",
        clinician="Luc Gagnon, pht", clinic=Clinic("Clinique", "514-555-0199", "123, rue Saint-Denis"),
        advice="Programme de démonstration. " * 20, sessions_per_day=2,
        exercises=tuple(ProgrammeExercise(e.id, e.dose, note="Gardez le dos neutre.") for e in exercises),
    )
    with tempfile.TemporaryDirectory() as tmp:
        handout, blank = Path(tmp) / "handout.pdf", Path(tmp) / "blank.pdf"
        write_programme_pdf(programme, library, paths.assets_dir, handout)  # warm-up (fonts, SVG parsing)
        blank_pdf(blank)
        handout_times, blank_times, pages = [], [], 0
        for _ in range(args.repeat):
            start = time.perf_counter()
            pages = write_programme_pdf(programme, library, paths.assets_dir, handout)
            handout_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            blank_pdf(blank)
            blank_times.append(time.perf_counter() - start)
        size, blank_size = handout.stat().st_size, blank.stat().st_size
    seconds, baseline = statistics.median(handout_times), statistics.median(blank_times)
    print(f"{'measure':<34}{'figure':>12}{'target':>12}{'baseline':>12}{'ratio':>9}")
    print(f"{'20-exercise handout, seconds':<34}{seconds:>12.3f}{TARGET_SECONDS:>12.1f}{baseline:>12.4f}"
          f"{seconds / baseline:>9.0f}")
    print(f"{'20-exercise handout, MB':<34}{size / 2**20:>12.2f}{TARGET_BYTES / 2**20:>12.1f}"
          f"{blank_size / 2**20:>12.4f}"
          f"{size / blank_size:>9.0f}")
    print(f"pages: {pages}; median of {args.repeat} runs")
    return 0 if seconds < TARGET_SECONDS and size < TARGET_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
