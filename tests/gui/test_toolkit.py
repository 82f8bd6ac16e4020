"""Guards against toolkit builds that would crash the app."""
from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QApplication


def test_void_qt_calls_keep_their_reference_to_none(qapp: QApplication) -> None:
    """PySide6 6.12.0 dropped a reference to None on each void call: Python 3.11 then aborts
    mid-session ("deallocating None") after a few minutes of animation."""
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    path = QPainterPath(QPointF(1, 1))
    path.lineTo(40, 40)
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 5, f"{before - after} references to None lost"
