"""The follow-up report's charts, drawn as vectors (lines, dots, text) for print: pain, and each
exercise's dose over time (``DoseChartItem``), on the same dates across.

Same reading as the History view's ``PainChart``: daily mean pain on a 0-10 axis, the baseline
dashed, a dotted line 2 points above it (the clinically important rise), the line broken across
gaps of more than a week. For the clinician it also marks the days 2+ points above the baseline
(hollow orange dots) and the red flags (orange triangles on the top edge).
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from ..core.record.figures import PAIN_RISE_POINTS, DoseLine, pain_line_runs
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


def draw_week_lines(painter: QPainter, plot: QRectF, start: dt.date, end: dt.date, x_of: Callable[[dt.date], float],
                    date_label: Callable[[dt.date], str], bounds: QRectF) -> None:
    """Mondays (every few on a long period): light verticals across ``plot``, and under each a date
    that does not collide with the last one, kept within ``bounds``' left and right."""
    metrics = QFontMetricsF(painter.font())
    span = max(1, (end - start).days)
    monday = start + dt.timedelta(days=(7 - start.weekday()) % 7)
    step = dt.timedelta(days=7 * max(1, math.ceil(span / 7 / MAX_WEEK_LINES)))
    last_right = -1e12
    while monday <= end:
        across = x_of(monday)
        painter.setPen(QPen(QColor(LIGHT_RULE), pt(0.5)))
        painter.drawLine(QPointF(across, plot.top()), QPointF(across, plot.bottom()))
        label = date_label(monday)
        width = metrics.horizontalAdvance(label)
        left = min(max(across - width / 2, bounds.left()), bounds.right() - width)
        if left > last_right + pt(6):
            painter.setPen(QColor(MUTED))
            painter.drawText(QPointF(left, plot.bottom() + pt(3) + metrics.ascent()), label)
            last_right = left + width
        monday += step


LegendRows = list[list[tuple[str, str, float]]]  # rows of (kind, text, width)


def legend_rows(entries: Sequence[tuple[str, str]], metrics: QFontMetricsF, width: float) -> LegendRows:
    """A chart's legend entries (kind, text) laid out in rows no wider than ``width``."""
    sample, gap = pt(16), pt(10)
    rows: LegendRows = [[]]
    used = 0.0
    for kind, text in entries:
        needed = sample + pt(3) + metrics.horizontalAdvance(text)
        if rows[-1] and used + gap + needed > width:
            rows.append([])
            used = 0.0
        used += (gap if rows[-1] else 0.0) + needed
        rows[-1].append((kind, text, needed))
    return rows


def legend_height(rows: LegendRows, metrics: QFontMetricsF) -> float:
    return len(rows) * (metrics.height() + pt(2))


def paint_legend(painter: QPainter, rows: LegendRows, x: float, y: float,
                 sample: Callable[[QPainter, str, QPointF], None]) -> float:
    """Paint a legend's rows from (x, y), each entry's sample drawn by ``sample``; returns its height."""
    font = make_font(AXIS)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    for index, row in enumerate(rows):
        left = x
        middle = y + index * (line + pt(2)) + line / 2
        for kind, text, width in row:
            sample(painter, kind, QPointF(left, middle))
            painter.setFont(font)
            painter.setPen(QColor(INK))
            painter.drawText(QPointF(left + pt(19), middle - line / 2 + metrics.ascent()), text)
            left += width + pt(10)
    return legend_height(rows, metrics)


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

    # -- painting -------------------------------------------------------------------------------
    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = make_font(AXIS)
        metrics = QFontMetricsF(font)
        line = metrics.height()
        rows = legend_rows(self._legend(), metrics, self.width)
        legend_space = paint_legend(painter, rows, x, y, self._legend_sample)
        painter.setFont(font)

        axis_width = metrics.horizontalAdvance("10") + pt(5)
        plot = QRectF(x + axis_width, y + legend_space + pt(8), self.width - axis_width - pt(4),
                      self.height - legend_space - pt(8) - line - pt(4))
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
        draw_week_lines(painter, plot, self.start, self.end, x_of, self.date_label, QRectF(x, y, self.width, 0))
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


DOSE_LEGEND = ("in_force", "programme", "limit", "accepted", "declined")


class DoseLegendItem(Item):
    """The legend of the dose charts, once above them."""

    def __init__(self, lang: str, width: float) -> None:
        self.width = width
        metrics = QFontMetricsF(make_font(AXIS))
        self.rows = legend_rows([(kind, S.text(f"report_dose_{kind}", lang)) for kind in DOSE_LEGEND], metrics, width)
        self.height = legend_height(self.rows, metrics)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_legend(painter, self.rows, x, y, _dose_sample)
        painter.restore()


class DoseChartItem(Item):
    """One exercise's dose over the period: the programme's value (dashed), the value in force (a
    step line), the limit (dotted), each accepted step (a filled triangle, up or down) and each
    declined one (a hollow circle at the value proposed). Same dates across as the pain chart."""

    def __init__(self, line: DoseLine, start: dt.date, end: dt.date, lang: str, width: float, height: float,
                 date_label: Callable[[dt.date], str]) -> None:
        self.line = line
        self.start, self.end = start, end
        self.lang = lang
        self.width, self.height = width, height
        self.date_label = date_label

    def _range(self) -> tuple[int, int]:
        values = [p.prescribed for p in self.line.points] + [p.in_force for p in self.line.points]
        values += [s.after for s in self.line.steps] + [self.line.limit]
        low, high = min(values), max(values)
        margin = max(1, math.ceil((high - low) * 0.15))
        return max(0, low - margin), high + margin

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = make_font(AXIS)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        text_line = metrics.height()
        low, high = self._range()
        axis_width = metrics.horizontalAdvance(str(high)) + pt(5)
        plot = QRectF(x + axis_width, y + pt(3), self.width - axis_width - pt(4), self.height - text_line - pt(7))
        span = max(1, (self.end - self.start).days)

        def x_of(on: dt.date) -> float:
            return plot.left() + plot.width() * (on - self.start).days / span

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * (value - low) / max(1, high - low)

        labelled: list[float] = []  # the limit and the programme's values first; others only where they fit
        marks = [self.line.limit, *sorted({p.prescribed for p in self.line.points}), low, high]
        for mark in dict.fromkeys(marks):
            level = y_of(mark)
            if any(abs(level - other) < text_line for other in labelled):
                continue
            labelled.append(level)
            painter.setPen(QPen(QColor(LIGHT_RULE), pt(0.5)))
            painter.drawLine(QPointF(plot.left(), level), QPointF(plot.right(), level))
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(x, level - text_line / 2, axis_width - pt(4), text_line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(mark))
        draw_week_lines(painter, plot, self.start, self.end, x_of, self.date_label,
                        QRectF(x, y, self.width, 0))
        painter.setPen(QPen(QColor(RULE), pt(0.8)))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.setPen(QPen(QColor(ACCENT), pt(1), Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(plot.left(), y_of(self.line.limit)), QPointF(plot.right(), y_of(self.line.limit)))

        day = dt.timedelta(days=1)
        for value_of_point, pen in ((lambda p: p.prescribed, QPen(QColor(INK), pt(1), Qt.PenStyle.DashLine)),
                                    (lambda p: p.in_force, QPen(QColor(NAVY), pt(1.6)))):
            path = QPainterPath()
            previous = None
            for point in self.line.points:
                value = value_of_point(point)
                left, right = x_of(point.on), x_of(min(point.on + day, self.end))
                if previous is None or (point.on - previous[0]).days > 1:
                    path.moveTo(QPointF(left, y_of(value)))
                else:
                    path.lineTo(QPointF(left, y_of(previous[1])))
                    path.lineTo(QPointF(left, y_of(value)))
                path.lineTo(QPointF(right, y_of(value)))
                previous = (point.on, value)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        for step in self.line.steps:
            centre = QPointF(x_of(step.on), y_of(step.after))
            _step_mark(painter, "accepted" if step.accepted else "declined", centre, step.direction)
        painter.restore()


def _step_mark(painter: QPainter, kind: str, centre: QPointF, direction: str = "up") -> None:
    """A filled triangle pointing the step's way (accepted), or a hollow circle (declined)."""
    size = pt(3.2)
    if kind == "declined":
        painter.setPen(QPen(QColor(MUTED), pt(1.1)))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(centre, size * 0.8, size * 0.8)
        return
    sign = -1 if direction == "up" else 1
    path = QPainterPath(QPointF(centre.x(), centre.y() + sign * size))
    path.lineTo(centre.x() - size, centre.y() - sign * size * 0.7)
    path.lineTo(centre.x() + size, centre.y() - sign * size * 0.7)
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(NAVY if direction == "up" else ACCENT))
    painter.drawPath(path)


def _dose_sample(painter: QPainter, kind: str, at: QPointF) -> None:
    painter.save()
    end = QPointF(at.x() + pt(16), at.y())
    if kind == "in_force":
        painter.setPen(QPen(QColor(NAVY), pt(1.6)))
        painter.drawLine(at, end)
    elif kind == "programme":
        painter.setPen(QPen(QColor(INK), pt(1), Qt.PenStyle.DashLine))
        painter.drawLine(at, end)
    elif kind == "limit":
        painter.setPen(QPen(QColor(ACCENT), pt(1), Qt.PenStyle.DotLine))
        painter.drawLine(at, end)
    else:
        _step_mark(painter, kind, QPointF(at.x() + pt(8), at.y()))
    painter.restore()
