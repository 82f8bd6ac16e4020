"""Check boxes and radio buttons that grow with the text: a box as tall as most of a line of its
text, not Fusion's fixed 13 pixels, so a patient who made the text larger can still see and hit it.

The size is set on each widget that shows check boxes (a check box or radio button, or a list with
checkable rows) by a one-rule style sheet, not by the application style: a ``pixelMetric`` written
in Python would be called for every size Qt asks of the style (hundreds while the first window is
laid out) and makes PySide6 build the Python types of all 26 style options before the first paint
(``benchmarks/startup.py``). The box is still drawn by the theme's style (``theme.ThemedStyle``).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

FUSION_INDICATOR_PX = 13


def indicator_side(font: QFont) -> int:
    """The side of a check box for text in ``font``: four fifths of a line, never below Fusion's."""
    return max(FUSION_INDICATOR_PX, round(QFontMetrics(font).height() * 0.8))


def indicator_rule(font: QFont) -> str:
    """The style sheet that gives the check boxes of a widget showing ``font`` their side."""
    side = indicator_side(font)
    return (f"QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator "
            f"{{ width: {side}px; height: {side}px; }}")


class _IndicatorSizer(QObject):
    """Sets the rule on its widget, and again when the widget's font changes."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.setStyleSheet(indicator_rule(widget.font()))
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QWidget):
            watched.setStyleSheet(indicator_rule(watched.font()))  # a sheet sends no font change back
        return False


def grow_check_indicators(*widgets: QWidget) -> None:
    """Keep the check boxes of ``widgets`` (check boxes, radio buttons, or lists with checkable rows)
    sized to their text."""
    for widget in widgets:
        _IndicatorSizer(widget)
