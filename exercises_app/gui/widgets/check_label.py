"""The wrapped text of a check box: a check box's own text never wraps, so a long one is cut off
(a warning sign, a symptom to report, in French at a large text size). The box goes without text
and this label beside it carries the words, wraps, and ticks the box when clicked."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QLabel


class CheckLabel(QLabel):
    """``text`` for ``box``: plain text (words from files are never markup), wrapped; a click ticks
    the box as a click on a check box's own text does. The box takes the words as its accessible name."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if not box.accessibleName():
            box.setAccessibleName(text)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        self.box.toggle()
        self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()
