"""The pain chart, one painter for the History view and the printed follow-up report.

Daily mean pain as a line with dots on a 0-10 axis between two dates: a light grid with the levels
0, 2 ... 10, a vertical on each Monday with a date under it (labels never collide), the baseline
dashed, the clinically important rise above it dotted (``PAIN_RISE_POINTS``; drawn while it stays
on the scale), the line broken across long gaps (``pain_line_runs``), a legend above, and a
sentence in place of the line when there is no rating. Red-flag days, when given, are a dashed
vertical with a triangle on the top edge; a style may ring the days at or above the rise.

The rules (where the line breaks, the rise that warns) are in ``core.record.figures``; this module
only draws. What differs between screen and paper is data to ``paint_pain_chart``: a
``PainChartStyle`` (colours, pen widths, dot sizes, fonts, spacing, in the painter's units) and
``PainChartWords`` (the legend, the empty sentence, how a date is written). The widget
(``gui/widgets/pain_chart.py``) and the report (``printing/report_chart.py``) each build theirs.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from ..core.record.figures import PAIN_RISE_POINTS, pain_line_runs
from .legend import LegendStyle, legend_rows, paint_legend
from .text import metrics_of
from .week_axis import WeekAxisStyle, draw_week_lines

MAX_PAIN = 10
DENSE_POINTS = 40  # more dots than this are drawn smaller
RISE_RING = 1.6  # a ring round a day at or above the rise, in dot radii


@dataclass(frozen=True)
class PainSeries:
    """What the chart shows: daily mean pain between ``start`` and ``end`` (both drawn), the
    baseline (None: none yet), the rise above it that warns, and the days of a red flag."""

    points: tuple[tuple[dt.date, float], ...]
    start: dt.date
    end: dt.date
    baseline: float | None
    rise: float = PAIN_RISE_POINTS
    red_flags: tuple[dt.date, ...] = ()

    @classmethod
    def of(cls, points: Sequence[tuple[dt.date, float]], start: dt.date, end: dt.date, baseline: float | None,
           rise: float = PAIN_RISE_POINTS, red_flags: Sequence[dt.date] = ()) -> PainSeries:
        return cls(tuple(sorted(points)), start, end, baseline, rise, tuple(sorted(set(red_flags))))

    @property
    def limit(self) -> float | None:
        """The level at which to contact the physiotherapist (baseline + rise), or None."""
        return None if self.baseline is None else self.baseline + self.rise


@dataclass(frozen=True)
class PainChartWords:
    """The chart's words: its legend entries, the sentence shown with no rating, a date's label."""

    pain: str
    baseline: str
    rise: str
    empty: str
    date_label: Callable[[dt.date], str]
    red_flag: str = ""  # only shown when the series has red flags


@dataclass(frozen=True)
class PainChartStyle:
    """How the chart is painted; lengths in the painter's units (pixels on screen, layout units on paper)."""

    font: QFont  # the level and date labels
    legend: LegendStyle
    weeks: WeekAxisStyle
    background: QColor  # the ground: the fill of rings, the outline of dots
    fill_background: bool  # paint the ground first (the paper is already white)
    label_ink: QColor  # the levels 0-10
    grid: QColor
    grid_width: float
    axis: QColor
    axis_width: float
    line: QColor
    line_width: float
    baseline: QColor
    baseline_width: float
    rise: QColor
    rise_width: float
    flag: QColor
    flag_width: float
    flag_size: float  # the red flag's triangle
    dot_radius: float
    dense_dot_radius: float  # with more than DENSE_POINTS dots
    legend_dot_radius: float
    dot_outline_width: float  # a ring of the ground's colour round each dot; 0 for none
    rise_ring_width: float  # a hollow ring round each day at or above the rise; 0 for none
    empty_font: QFont
    empty_ink: QColor
    empty_inset: float  # the empty sentence's margin inside the plot (it wraps)
    # spacing
    axis_room: float  # the levels' column is as wide as "10" plus this
    label_gap: float  # between a level's label and the plot
    legend_top: float  # above the legend
    legend_gap: float  # between the legend and the plot
    legend_over_plot: bool  # the legend starts at the plot's left (else at the chart's)
    legend_right: float  # kept free right of the legend
    plot_right: float  # right of the plot
    plot_bottom: float  # under the plot, besides one line of dates
    dates_right: float  # kept free right of the last date label
    whole_pixels: bool = False  # measure the labels in whole pixels (screen)


@dataclass
class PainChartLayout:
    """Where a painted chart put its plot and its dots (what the tests compare between screen and paper)."""

    plot: QRectF
    dots: list[QPointF] = field(default_factory=list)


def pain_legend(series: PainSeries, words: PainChartWords) -> list[tuple[str, str]]:
    """(kind, text) of the legend: 'pain'; 'baseline' and 'rise' (while on the scale) with a baseline;
    'flag' with red flags."""
    entries = [("pain", words.pain)]
    limit = series.limit
    if limit is not None:
        entries.append(("baseline", words.baseline))
        if limit <= MAX_PAIN:
            entries.append(("rise", words.rise))
    if series.red_flags:
        entries.append(("flag", words.red_flag))
    return entries


def paint_pain_chart(painter: QPainter, rect: QRectF, series: PainSeries, style: PainChartStyle,
                     words: PainChartWords) -> PainChartLayout:
    """Paint the chart of ``series`` into ``rect``: legend on top, levels on the left, dates below."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if style.fill_background:
        painter.fillRect(rect, style.background)
    metrics = metrics_of(style.font, style.whole_pixels)
    line = metrics.height()
    axis_width = metrics.horizontalAdvance("10") + style.axis_room

    indent = axis_width if style.legend_over_plot else 0.0
    rows = legend_rows(pain_legend(series, words), metrics_of(style.legend.font, style.legend.whole_pixels),
                       rect.width() - style.legend_right - indent, style.legend)
    legend_space = paint_legend(painter, rows, rect.left() + indent, rect.top() + style.legend_top, style.legend,
                                lambda p, kind, at: _legend_sample(p, kind, at, style))
    painter.setFont(style.font)
    plot = QRectF(rect.left() + axis_width, rect.top() + style.legend_top + legend_space + style.legend_gap,
                  max(10.0, rect.width() - axis_width - style.plot_right),
                  max(10.0, rect.height() - style.legend_top - legend_space - style.legend_gap - line
                      - style.plot_bottom))
    span = max(1, (series.end - series.start).days)

    def x_of(on: dt.date) -> float:
        return plot.left() + plot.width() * (on - series.start).days / span

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / MAX_PAIN

    for mark in range(0, MAX_PAIN + 1, 2):
        level = y_of(mark)
        painter.setPen(QPen(style.grid, style.grid_width))
        painter.drawLine(QPointF(plot.left(), level), QPointF(plot.right(), level))
        painter.setPen(style.label_ink)
        painter.drawText(QRectF(rect.left(), level - line / 2, axis_width - style.label_gap, line),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(mark))
    draw_week_lines(painter, plot, series.start, series.end, x_of, words.date_label,
                    QRectF(rect.left(), rect.top(), rect.width() - style.dates_right, 0), style.weeks)
    painter.setPen(QPen(style.axis, style.axis_width))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())

    limit = series.limit
    if series.baseline is not None:
        painter.setPen(_baseline_pen(style))
        painter.drawLine(QPointF(plot.left(), y_of(series.baseline)), QPointF(plot.right(), y_of(series.baseline)))
        if limit is not None and limit <= MAX_PAIN:
            painter.setPen(_rise_pen(style))
            painter.drawLine(QPointF(plot.left(), y_of(limit)), QPointF(plot.right(), y_of(limit)))

    for flag in series.red_flags:
        if series.start <= flag <= series.end:
            across = x_of(flag)
            painter.setPen(QPen(style.flag, style.flag_width, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(across, plot.top()), QPointF(across, plot.bottom()))
            _triangle(painter, QPointF(across, plot.top()), style)

    layout = PainChartLayout(plot)
    if not series.points:
        painter.save()
        painter.setFont(style.empty_font)
        painter.setPen(style.empty_ink)
        inset = style.empty_inset
        painter.drawText(plot.adjusted(inset, inset, -inset, -inset),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), words.empty)
        painter.restore()
        painter.restore()
        return layout

    path = QPainterPath()
    for run in pain_line_runs(series.points):
        path.moveTo(QPointF(x_of(run[0][0]), y_of(run[0][1])))
        for on, value in run[1:]:
            path.lineTo(QPointF(x_of(on), y_of(value)))
    painter.setPen(QPen(style.line, style.line_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    radius = style.dense_dot_radius if len(series.points) > DENSE_POINTS else style.dot_radius
    for on, value in series.points:
        centre = QPointF(x_of(on), y_of(value))
        layout.dots.append(centre)
        if style.rise_ring_width and limit is not None and value >= limit:
            painter.setPen(QPen(style.rise, style.rise_ring_width))
            painter.setBrush(style.background)
            painter.drawEllipse(centre, radius * RISE_RING, radius * RISE_RING)
        painter.setPen(_dot_pen(style))
        painter.setBrush(style.line)
        painter.drawEllipse(centre, radius, radius)
    painter.restore()
    return layout


def _baseline_pen(style: PainChartStyle) -> QPen:
    return QPen(style.baseline, style.baseline_width, Qt.PenStyle.DashLine)


def _rise_pen(style: PainChartStyle) -> QPen:
    return QPen(style.rise, style.rise_width, Qt.PenStyle.DotLine)


def _dot_pen(style: PainChartStyle) -> QPen:
    if style.dot_outline_width:
        return QPen(style.background, style.dot_outline_width)
    return QPen(Qt.PenStyle.NoPen)


def _legend_sample(painter: QPainter, kind: str, at: QPointF, style: PainChartStyle) -> None:
    """The sample of one legend entry, from ``at`` (its left, on the row's middle)."""
    painter.save()
    width = style.legend.sample_width
    end = QPointF(at.x() + width, at.y())
    if kind == "pain":
        painter.setPen(QPen(style.line, style.line_width))
        painter.drawLine(at, end)
        painter.setPen(_dot_pen(style))
        painter.setBrush(style.line)
        painter.drawEllipse(QPointF(at.x() + width / 2, at.y()), style.legend_dot_radius, style.legend_dot_radius)
    elif kind == "baseline":
        painter.setPen(_baseline_pen(style))
        painter.drawLine(at, end)
    elif kind == "rise":
        painter.setPen(_rise_pen(style))
        painter.drawLine(at, end)
    else:
        _triangle(painter, QPointF(at.x() + width / 2, at.y() - style.flag_size / 2), style)
    painter.restore()


def _triangle(painter: QPainter, top: QPointF, style: PainChartStyle) -> None:
    """A small downward triangle hanging from ``top``: a red flag."""
    size = style.flag_size
    path = QPainterPath(QPointF(top.x() - size / 2, top.y()))
    path.lineTo(top.x() + size / 2, top.y())
    path.lineTo(top.x(), top.y() + size * 0.9)
    path.closeSubpath()
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.flag)
    painter.drawPath(path)
    painter.restore()
