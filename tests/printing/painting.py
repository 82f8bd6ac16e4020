"""Painting a handout without a printer, and measuring its drawings as they are painted (shared by the
printing tests)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QPainter

from exercises_app.printing.layout import U
from exercises_app.printing.programme_pdf import Figure, ProgrammeDocument


def paint_all(document: ProgrammeDocument) -> None:
    """Paint every page of ``document`` on a scratch image."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    for page in range(document.page_count()):
        painter = QPainter(image)
        document.paint(painter, page)
        painter.end()


def measure_drawings(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """A list that receives the width, in points, of every exercise drawing painted from now on."""
    drawn: list[float] = []
    original = Figure.paint

    def measuring(figure: Figure, painter: QPainter, x: float, y: float) -> None:
        drawn.append(figure.width / U)
        original(figure, painter, x, y)

    monkeypatch.setattr(Figure, "paint", measuring)
    return drawn


