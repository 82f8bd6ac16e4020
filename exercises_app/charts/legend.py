"""A chart's legend: entries (a sample and its words) laid out in rows no wider than the chart, then
painted, each entry's sample drawn by the chart that owns it."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QPainter

from .text import Metrics, metrics_of


@dataclass(frozen=True)
class LegendStyle:
    """How a legend is set: its font and ink, and its spacing in the painter's units."""

    font: QFont
    ink: QColor
    sample_width: float  # a line sample runs this far from the entry's left
    text_offset: float  # from an entry's left to its words
    gap: float  # between two entries on a row
    row_gap: float  # between two rows
    whole_pixels: bool = False  # measure the words in whole pixels (screen)


LegendRows = list[list[tuple[str, str, float]]]  # rows of (kind, text, width)
Sample = Callable[[QPainter, str, QPointF], None]  # draws one kind's sample from its left middle


def legend_rows(entries: Sequence[tuple[str, str]], metrics: Metrics, width: float,
                style: LegendStyle) -> LegendRows:
    """A legend's entries (kind, text) laid out in rows no wider than ``width``."""
    rows: LegendRows = [[]]
    used = 0.0
    for kind, text in entries:
        needed = style.text_offset + metrics.horizontalAdvance(text)
        if rows[-1] and used + style.gap + needed > width:
            rows.append([])
            used = 0.0
        used += (style.gap if rows[-1] else 0.0) + needed
        rows[-1].append((kind, text, needed))
    return rows


def legend_height(rows: LegendRows, metrics: Metrics, style: LegendStyle) -> float:
    return len(rows) * (metrics.height() + style.row_gap)


def paint_legend(painter: QPainter, rows: LegendRows, x: float, y: float, style: LegendStyle,
                 sample: Sample) -> float:
    """Paint a legend's rows from (x, y), each entry's sample drawn by ``sample``; returns its height."""
    metrics = metrics_of(style.font, style.whole_pixels)
    line = metrics.height()
    for index, row in enumerate(rows):
        left = x
        middle = y + index * (line + style.row_gap) + line / 2
        for kind, text, width in row:
            sample(painter, kind, QPointF(left, middle))
            painter.setFont(style.font)
            painter.setPen(style.ink)
            painter.drawText(QPointF(left + style.text_offset, middle - line / 2 + metrics.ascent()), text)
            left += width + style.gap
    return legend_height(rows, metrics, style)
