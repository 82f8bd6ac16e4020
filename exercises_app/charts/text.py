"""Measuring a chart's words: in whole pixels on screen, in fractions on paper."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF

Metrics = QFontMetrics | QFontMetricsF


def metrics_of(font: QFont, whole_pixels: bool) -> Metrics:
    """The font's metrics: whole pixels keep a screen's labels and the lines beside them crisp;
    fractions keep paper's layout exact at any resolution."""
    return QFontMetrics(font) if whole_pixels else QFontMetricsF(font)
