"""Render every exercise's committed SVG frames, labelled, into ``docs/illustrations.png``.

Usage: python tools/contact_sheet.py [output.png] [--cell-width 300]
Runs offscreen (QT_QPA_PLATFORM=offscreen is set when unset).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from exercises_app.art.export import illustrations_dir
from exercises_app.art.poses import PoseLibrary, default_poses_path

REPO = Path(__file__).resolve().parents[1]
FRAMES_PER_ROW = 6  # two exercises of up to three frames side by side
LABEL_HEIGHT = 22
GAP = 10


def render_contact_sheet(output: Path, cell_width: int = 300) -> Path:
    """Draw the sheet and save it as PNG; returns ``output``."""
    library = PoseLibrary.from_file(default_poses_path())
    cell_height = round(cell_width * 250 / 400)
    slots: list[tuple[str, str] | None] = []
    for exercise_id in library.exercise_ids:
        names = list(library.exercise(exercise_id).frame_names)
        names += [None] * (3 - len(names))
        slots.extend((exercise_id, name) if name else None for name in names)
    rows = (len(slots) + FRAMES_PER_ROW - 1) // FRAMES_PER_ROW
    width = FRAMES_PER_ROW * (cell_width + GAP) + GAP
    height = rows * (cell_height + LABEL_HEIGHT + GAP) + GAP
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#D8DCE1"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)
    for index, slot in enumerate(slots):
        if slot is None:
            continue
        exercise_id, frame = slot
        row, column = divmod(index, FRAMES_PER_ROW)
        x = GAP + column * (cell_width + GAP)
        y = GAP + row * (cell_height + LABEL_HEIGHT + GAP)
        painter.setPen(QPen(QColor("#222222")))
        painter.drawText(QRectF(x, y, cell_width, LABEL_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                         f"{exercise_id} · {frame}")
        renderer = QSvgRenderer(str(illustrations_dir() / exercise_id / f"{frame}.svg"))
        renderer.render(painter, QRectF(x, y + LABEL_HEIGHT, cell_width, cell_height))
    painter.end()
    output.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(output))
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, default=REPO / "docs" / "illustrations.png")
    parser.add_argument("--cell-width", type=int, default=300)
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (needed for fonts)
    print(render_contact_sheet(args.output, args.cell_width))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
