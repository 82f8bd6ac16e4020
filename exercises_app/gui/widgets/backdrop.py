"""A view's scrolled content, painting its own background."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget


class Backdrop(QWidget):
    """A view's scrolled content: paints its background in the colour ``colour_of(palette)`` gives.

    Painted rather than set in the widget's palette or its style sheet: Qt keeps a copy of the palette
    of every widget under a style sheet and puts it back when the style is polished again (as
    ``apply_appearance`` does), so a palette set by hand would not follow a change of theme.
    """

    def __init__(self, colour_of: Callable[[QPalette], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour_of = colour_of

    def background(self) -> QColor:
        return QColor(self._colour_of(self.palette()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.background())
        painter.end()

