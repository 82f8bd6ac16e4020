"""The follow-up report's charts, drawn as vectors (lines, dots, text) for print: pain, and each
exercise's dose over time (``DoseChartItem``), on the same dates across.

The pain chart is the History view's (``charts/pain.py`` paints both): daily mean pain on a 0-10
axis, the baseline dashed, a dotted line 2 points above it (the clinically important rise), the
line broken across gaps of more than a week. Paper gives it print colours and sizes in points, the
words of ``strings.py``, and for the clinician the red flags (orange triangles on the top edge) and
a hollow orange ring round the days 2+ points above the baseline. The dose charts share its week
lines and its legend (``charts/week_axis.py``, ``charts/legend.py``).
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from ..charts import pain
from ..charts.legend import LegendStyle, legend_height, legend_rows, paint_legend
from ..charts.week_axis import WeekAxisStyle, draw_week_lines
from ..core.record.figures import DoseLine
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
    make_font,
    pt,
)

AXIS = Style(8, colour=MUTED)
PAPER_WEEKS = WeekAxisStyle(line=QColor(LIGHT_RULE), line_width=pt(0.5), label_ink=QColor(MUTED), label_gap=pt(3),
                            label_spacing=pt(6))


def paper_legend() -> LegendStyle:
    """The printed charts' legend: 8 pt, black words after a 16 pt sample."""
    return LegendStyle(font=make_font(AXIS), ink=QColor(INK), sample_width=pt(16), text_offset=pt(19), gap=pt(10),
                       row_gap=pt(2))


def paper_pain_style() -> pain.PainChartStyle:
    """The pain chart on paper: navy line, black baseline, orange rise and red flags, sizes in points."""
    return pain.PainChartStyle(
        font=make_font(AXIS), legend=paper_legend(), weeks=PAPER_WEEKS,
        background=QColor("#FFFFFF"), fill_background=False, label_ink=QColor(MUTED),
        grid=QColor(LIGHT_RULE), grid_width=pt(0.5), axis=QColor(RULE), axis_width=pt(0.8),
        line=QColor(NAVY), line_width=pt(1.4), baseline=QColor(INK), baseline_width=pt(1),
        rise=QColor(ACCENT), rise_width=pt(1), flag=QColor(ACCENT), flag_width=pt(0.6), flag_size=pt(6),
        dot_radius=pt(2.1), dense_dot_radius=pt(1.7), legend_dot_radius=pt(2.1), dot_outline_width=0,
        rise_ring_width=pt(1.3),
        empty_font=make_font(CAPTION), empty_ink=QColor(CAPTION.colour), empty_inset=0,
        axis_room=pt(5), label_gap=pt(4), legend_top=0, legend_gap=pt(8), legend_over_plot=False, legend_right=0,
        plot_right=pt(4), plot_bottom=pt(4), dates_right=0,
    )


class PainChartItem(Item):
    """Daily mean pain between ``start`` and ``end`` with a legend above; no split."""

    def __init__(self, points: Sequence[tuple[dt.date, float]], start: dt.date, end: dt.date,
                 baseline: float | None, red_flags: Sequence[dt.date], lang: str, width: float, height: float,
                 date_label: Callable[[dt.date], str]) -> None:
        self.series = pain.PainSeries.of(points, start, end, baseline, red_flags=red_flags)
        self.lang = lang
        self.width, self.height = width, height
        self.date_label = date_label  # dt.date -> short text for the x axis

    def words(self) -> pain.PainChartWords:
        return pain.PainChartWords(
            pain=S.text("report_legend_pain", self.lang), baseline=S.text("report_legend_baseline", self.lang),
            rise=S.text("report_legend_rise", self.lang), red_flag=S.text("report_legend_red_flag", self.lang),
            empty=S.text("report_chart_empty", self.lang), date_label=self.date_label)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        pain.paint_pain_chart(painter, QRectF(x, y, self.width, self.height), self.series, paper_pain_style(),
                              self.words())


__all__ = ["PainChartItem"]


DOSE_LEGEND = ("in_force", "programme", "limit", "accepted", "declined")


class DoseLegendItem(Item):
    """The legend of the dose charts, once above them."""

    def __init__(self, lang: str, width: float) -> None:
        self.width = width
        legend = paper_legend()
        metrics = QFontMetricsF(legend.font)
        self.rows = legend_rows([(kind, S.text(f"report_dose_{kind}", lang)) for kind in DOSE_LEGEND], metrics, width,
                                legend)
        self.height = legend_height(self.rows, metrics, legend)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_legend(painter, self.rows, x, y, paper_legend(), _dose_sample)
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
                        QRectF(x, y, self.width, 0), PAPER_WEEKS)
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
