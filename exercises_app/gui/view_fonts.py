"""The large text a patient reads from the mat, and one font given to a whole view or dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

LARGE_TEXT_SCALE = 1.4  # times the application's text, which Settings' text size already scales
LARGE_TEXT_MIN_POINTS = 12.0


def large_text(base: QFont) -> QFont:
    """``base`` at the size of Today's text: what a patient reads a metre or two from the screen.

    Today, the missed-session reminder and the dialogs opened from Today (warning sign, day off,
    check-in) all use it, so a dialog's text is never smaller than the screen it came from.
    """
    font = QFont(base)
    font.setPointSizeF(max(LARGE_TEXT_MIN_POINTS, base.pointSizeF() * LARGE_TEXT_SCALE))
    return font


def use_font_throughout(root: QWidget, font: QFont) -> None:
    """Give ``font`` to ``root`` and every descendant that has no font of its own.

    Set explicitly rather than inherited: Qt drops an inherited font when a style sheet is in play
    and the view is re-parented (as the main window does), and the views must keep their large text.
    """
    for widget in (root, *root.findChildren(QWidget)):
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            widget.setFont(font)


def use_large_text(dialog: QWidget, min_width: int) -> None:
    """Today's large text throughout ``dialog`` (one opened from Today, read from the mat too), then
    sized to fit it, at least ``min_width`` wide."""
    use_font_throughout(dialog, large_text(dialog.font()))
    dialog.resize(max(min_width, dialog.sizeHint().width()), dialog.sizeHint().height())
