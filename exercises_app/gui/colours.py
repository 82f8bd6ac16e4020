"""Colours on screen: contrast, mixing and readable shades of the palette's colours (QColor).

The WCAG arithmetic itself is ``core.contrast``; the calendar, the pain chart, Today, History and
the dialogs all take their colour helpers from here.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from ..core.contrast import contrast_ratio as _contrast_of_hex
from ..core.contrast import relative_luminance


def _luminance(colour: QColor) -> float:
    return relative_luminance(colour.name())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21), computed by core.contrast."""
    return _contrast_of_hex(first.name(), second.name())


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``first`` moved ``amount`` (0 to 1) of the way towards ``second``."""
    return QColor(round(first.red() + (second.red() - first.red()) * amount),
                  round(first.green() + (second.green() - first.green()) * amount),
                  round(first.blue() + (second.blue() - first.blue()) * amount))


def readable(colour: QColor, background: QColor, ratio: float = 4.5) -> QColor:
    """``colour``, or the nearest shade of it towards white or black that has ``ratio`` against ``background``."""
    if contrast_ratio(colour, background) >= ratio:
        return QColor(colour)
    target = QColor("#ffffff") if _luminance(background) < 0.18 else QColor("#000000")
    for step in range(1, 21):
        shade = mix(colour, target, step / 20)
        if contrast_ratio(shade, background) >= ratio:
            return shade
    return target


def palette_is_light(palette: QPalette) -> bool:
    """True for a light theme (dark text on a light window), by the lightness of the window colour."""
    return palette.color(QPalette.ColorRole.Window).lightness() >= 128
