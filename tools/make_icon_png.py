"""Write assets/icons/exercises-app.png, the window icon, from the SVG icon (256 × 256 px).

    python tools/make_icon_png.py

The app sets its window icon from the PNG: Qt reads PNG itself, while an SVG icon loads Qt's SVG
icon engine and QtSvg (about 1.3 MiB of a start, benchmarks/startup.py). The SVG stays the source
(and the launcher's icon); tests/gui/test_desktop.py checks that the PNG is its rendering.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
SVG = ICONS / "exercises-app.svg"
PNG = ICONS / "exercises-app.png"
SIZE = 256


def render(svg: Path = SVG, size: int = SIZE) -> QImage:
    """The SVG drawn on a transparent ``size`` × ``size`` image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 - QPainter needs one
    if not render().save(str(PNG)):
        print(f"could not write {PNG}", file=sys.stderr)
        return 1
    print(PNG)
    return 0


if __name__ == "__main__":
    sys.exit(main())
