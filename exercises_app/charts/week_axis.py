"""The dates across a chart: a light vertical on each Monday (every few Mondays on a long period)
and under each a date label that never collides with the one before."""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from .text import metrics_of

MAX_WEEK_LINES = 12  # on a longer period, one vertical every 2, 3... weeks


@dataclass(frozen=True)
class WeekAxisStyle:
    """The Monday verticals' colour and width, the labels' ink and spacing (painter units)."""

    line: QColor
    line_width: float
    label_ink: QColor
    label_gap: float  # from the plot's bottom to the top of a label
    label_spacing: float  # the least room between two labels
    whole_pixels: bool = False  # measure the labels in whole pixels (screen)


def draw_week_lines(painter: QPainter, plot: QRectF, start: dt.date, end: dt.date, x_of: Callable[[dt.date], float],
                    date_label: Callable[[dt.date], str], bounds: QRectF, style: WeekAxisStyle) -> None:
    """Mondays (every few on a long period): light verticals across ``plot``, and under each a date
    (in the painter's font) that does not collide with the last one, kept within ``bounds``' left and right."""
    metrics = metrics_of(painter.font(), style.whole_pixels)
    span = max(1, (end - start).days)
    monday = start + dt.timedelta(days=(7 - start.weekday()) % 7)
    step = dt.timedelta(days=7 * max(1, math.ceil(span / 7 / MAX_WEEK_LINES)))
    last_right = -1e12
    while monday <= end:
        across = x_of(monday)
        painter.setPen(QPen(style.line, style.line_width))
        painter.drawLine(QPointF(across, plot.top()), QPointF(across, plot.bottom()))
        label = date_label(monday)
        width = metrics.horizontalAdvance(label)
        left = min(max(across - width / 2, bounds.left()), bounds.right() - width)
        if left > last_right + style.label_spacing:
            painter.setPen(style.label_ink)
            painter.drawText(QPointF(left, plot.bottom() + style.label_gap + metrics.ascent()), label)
            last_right = left + width
        monday += step
