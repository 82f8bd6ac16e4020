"""The pain chart of the follow-up report, drawn as vectors (lines, dots, text) for print.

Same reading as the History view's ``PainChart``: daily mean pain on a 0-10 axis, the baseline
dashed, a dotted line 2 points above it (the clinically important rise), the line broken across
gaps of more than a week. For the clinician it also marks the days 2+ points above the baseline
(hollow orange dots) and the red flags (orange triangles on the top edge).
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from ..core.record.figures import PAIN_RISE_POINTS, pain_line_runs
from . import strings as S
from .layout import (
    ACCENT,
    CAPTION,
    INK,
    LIGHT_RULE,
    MUTED,
    NAVY,
    RULE,
    Item,
    Style,
    centre_text,
    make_font,
    pt,
)

AXIS = Style(8, colour=MUTED)
MAX_WEEK_LINES = 12  # on a longer period, one vertical every 2, 3... weeks


class PainChartItem(Item):
    """Daily mean pain between ``start`` and ``end`` with a legend above; no split."""

    def __init__(self, points: Sequence[tuple[dt.date, float]], start: dt.date, end: dt.date,
                 baseline: float | None, red_flags: Sequence[dt.date], lang: str, width: float, height: float,
                 date_label) -> None:
        self.points = sorted(points)
        self.start, self.end = start, end
        self.baseline = baseline
        self.red_flags = sorted(set(red_flags))
        self.lang = lang
        self.width, self.height = width, height
        self.date_label = date_label  # dt.date -> short text for the x axis

    # -- legend ---------------------------------------------------------------------------------
    def _legend(self) -> list[tuple[str, str]]:
        entries = [("pain", S.text("report_legend_pain", self.lang))]
        if self.baseline is not None:
            entries.append(("baseline", S.text("report_legend_baseline", self.lang)))
            if self.baseline + PAIN_RISE_POINTS <= 10:
                entries.append(("rise", S.text("report_legend_rise", self.lang)))
        if self.red_flags:
            entries.append(("flag", S.text("report_legend_red_flag", self.lang)))
        return entries

    def _legend_rows(self, metrics: QFontMetricsF) -> list[list[tuple[str, str, float]]]:
        sample, gap = pt(16), pt(10)
        rows: list[list[tuple[str, str, float]]] = [[]]
        used = 0.0
        for kind, text in self._legend():
            width = sample + pt(3) + metrics.horizontalAdvance(text)
            if rows[-1] and used + gap + width > self.width:
                rows.append([])
                used = 0.0
            used += (gap if rows[-1] else 0.0) + width
            rows[-1].append((kind, text, width))
        return rows

    # -- painting -------------------------------------------------------------------------------
    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = make_font(AXIS)
        metrics = QFontMetricsF(font)
        line = metrics.height()
        rows = self._legend_rows(metrics)
        legend_height = len(rows) * (line + pt(2))
        for index, row in enumerate(rows):
            left = x
            middle = y + index * (line + pt(2)) + line / 2
            for kind, text, width in row:
                self._legend_sample(painter, kind, QPointF(left, middle))
                painter.setFont(font)
                painter.setPen(QColor(INK))
                painter.drawText(QPointF(left + pt(19), middle - line / 2 + metrics.ascent()), text)
                left += width + pt(10)

        axis_width = metrics.horizontalAdvance("10") + pt(5)
        plot = QRectF(x + axis_width, y + legend_height + pt(8), self.width - axis_width - pt(4),
                      self.height - legend_height - pt(8) - line - pt(4))
        span = max(1, (self.end - self.start).days)

        def x_of(on: dt.date) -> float:
            return plot.left() + plot.width() * (on - self.start).days / span

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / 10

        painter.setFont(font)
        for mark in range(0, 11, 2):
            level = y_of(mark)
            painter.setPen(QPen(QColor(LIGHT_RULE), pt(0.5)))
            painter.drawLine(QPointF(plot.left(), level), QPointF(plot.right(), level))
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(x, level - line / 2, axis_width - pt(4), line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(mark))
        # Mondays (every few on a long period): light verticals, a date under each that does not collide
        monday = self.start + dt.timedelta(days=(7 - self.start.weekday()) % 7)
        step = dt.timedelta(days=7 * max(1, math.ceil(span / 7 / MAX_WEEK_LINES)))
        last_right = -1e12
        while monday <= self.end:
            across = x_of(monday)
            painter.setPen(QPen(QColor(LIGHT_RULE), pt(0.5)))
            painter.drawLine(QPointF(across, plot.top()), QPointF(across, plot.bottom()))
            label = self.date_label(monday)
            width = metrics.horizontalAdvance(label)
            left = min(max(across - width / 2, x), x + self.width - width)
            if left > last_right + pt(6):
                painter.setPen(QColor(MUTED))
                painter.drawText(QPointF(left, plot.bottom() + pt(3) + metrics.ascent()), label)
                last_right = left + width
            monday += step
        painter.setPen(QPen(QColor(RULE), pt(0.8)))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

        threshold = None
        if self.baseline is not None:
            painter.setPen(QPen(QColor(INK), pt(1), Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y_of(self.baseline)), QPointF(plot.right(), y_of(self.baseline)))
            threshold = self.baseline + PAIN_RISE_POINTS
            if threshold <= 10:
                painter.setPen(QPen(QColor(ACCENT), pt(1), Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(plot.left(), y_of(threshold)), QPointF(plot.right(), y_of(threshold)))

        for flag in self.red_flags:
            if self.start <= flag <= self.end:
                across = x_of(flag)
                painter.setPen(QPen(QColor(ACCENT), pt(0.6), Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(across, plot.top()), QPointF(across, plot.bottom()))
                self._triangle(painter, QPointF(across, plot.top()))

        if not self.points:
            centre_text(painter, plot, S.text("report_chart_empty", self.lang), CAPTION)
            painter.restore()
            return
        path = QPainterPath()
        for run in pain_line_runs(self.points):
            path.moveTo(QPointF(x_of(run[0][0]), y_of(run[0][1])))
            for on, value in run[1:]:
                path.lineTo(QPointF(x_of(on), y_of(value)))
        painter.setPen(QPen(QColor(NAVY), pt(1.4), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        radius = pt(1.7) if len(self.points) > 40 else pt(2.1)
        for on, value in self.points:
            centre = QPointF(x_of(on), y_of(value))
            if threshold is not None and value >= threshold:
                painter.setPen(QPen(QColor(ACCENT), pt(1.3)))
                painter.setBrush(QColor("#FFFFFF"))
                painter.drawEllipse(centre, radius * 1.6, radius * 1.6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(NAVY))
            painter.drawEllipse(centre, radius, radius)
        painter.restore()

    def _legend_sample(self, painter: QPainter, kind: str, at: QPointF) -> None:
        painter.save()
        end = QPointF(at.x() + pt(16), at.y())
        if kind == "pain":
            painter.setPen(QPen(QColor(NAVY), pt(1.4)))
            painter.drawLine(at, end)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(NAVY))
            painter.drawEllipse(QPointF(at.x() + pt(8), at.y()), pt(2.1), pt(2.1))
        elif kind == "baseline":
            painter.setPen(QPen(QColor(INK), pt(1), Qt.PenStyle.DashLine))
            painter.drawLine(at, end)
        elif kind == "rise":
            painter.setPen(QPen(QColor(ACCENT), pt(1), Qt.PenStyle.DotLine))
            painter.drawLine(at, end)
        else:
            self._triangle(painter, QPointF(at.x() + pt(8), at.y() - pt(3)))
        painter.restore()

    @staticmethod
    def _triangle(painter: QPainter, top: QPointF) -> None:
        """A small downward triangle hanging from ``top``."""
        size = pt(6)
        path = QPainterPath(QPointF(top.x() - size / 2, top.y()))
        path.lineTo(top.x() + size / 2, top.y())
        path.lineTo(top.x(), top.y() + size * 0.9)
        path.closeSubpath()
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ACCENT))
        painter.drawPath(path)
        painter.restore()


__all__ = ["PainChartItem"]
