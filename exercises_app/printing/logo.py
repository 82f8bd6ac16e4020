"""The clinic's logo on page 1 of the handout: a PNG or SVG file, read once, drawn fitted in a box.

A logo that cannot be read is left off the page; ``load_logo`` says why, in words the window shows.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer

from .layout import Item, fit_rect

MAX_LOGO_BYTES = 5 * 1024 * 1024  # a logo is small; a larger file is refused before it is read
LOGO_FORMATS = (".png", ".svg")

Picture = QSvgRenderer | QImage


def load_logo(path: Path) -> tuple[Picture | None, str | None]:
    """The logo's picture and None, or None and what is wrong with the file."""
    path = Path(path)
    if path.suffix.lower() not in LOGO_FORMATS:
        return None, f"{path}: a logo must be a PNG or SVG file"
    try:
        if not path.is_file():
            return None, f"{path}: no such file"
        if path.stat().st_size > MAX_LOGO_BYTES:
            return None, f"{path}: the file is larger than 5 MB"
    except OSError as exc:
        return None, f"{path}: {exc.strerror or exc}"
    if path.suffix.lower() == ".svg":
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid() or renderer.viewBoxF().isEmpty():
            return None, f"{path}: not a readable SVG picture"
        return renderer, None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        return None, f"{path}: not a readable PNG picture ({reader.errorString()})"
    return image, None


def logo_problem(path: Path) -> str | None:
    """What is wrong with the logo file, or None when it can be printed."""
    return load_logo(path)[1]


class Logo(Item):
    """The picture fitted in ``width`` × ``height`` (its own proportions kept), against the right edge."""

    def __init__(self, picture: Picture, width: float, height: float) -> None:
        self.picture = picture
        self.width, self.height = width, height
        if isinstance(picture, QSvgRenderer):
            view = picture.viewBoxF()
            self.aspect = (view.width(), view.height())
        else:
            self.aspect = (float(picture.width()), float(picture.height()))

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        area = fit_rect(QRectF(x, y, self.width, self.height), *self.aspect)
        area.moveRight(x + self.width)
        area.moveTop(y)
        if isinstance(self.picture, QSvgRenderer):
            self.picture.render(painter, area)
        else:
            painter.drawImage(area, self.picture)
