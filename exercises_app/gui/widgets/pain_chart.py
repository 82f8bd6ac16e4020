"""A line chart of daily pain (0-10) over a few weeks, with the baseline and the rise that warns.

The points come from ``record.figures.pain_trend`` and the baseline from ``pain_baseline``;
this widget only draws them. The baseline is a dashed line; a dotted line 2 points above it marks
the clinically important rise (``PAIN_RISE_POINTS``) at which to contact the physiotherapist.
The colours come from the palette (``ChartColours.of``): the light theme keeps its reviewed colours,
other themes paint on their base colour with lines of at least 3:1 and text of at least 4.5:1.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.record.figures import pain_line_runs
from ..colours import mix, palette_is_light, readable
from .month_calendar import FOCUS

# The light theme's colours (reviewed).
LINE = QColor("#08519c")
BASELINE = QColor("#333333")
THRESHOLD = QColor("#b24000")  # vermilion, told apart from the blue line by hue and by its dots
GRID = QColor("#d5d9de")
INK = QColor("#111111")
# Their counterparts on a dark background, before any adjustment for contrast.
DARK_THRESHOLD = QColor("#ff8c42")  # a lighter vermilion
LINE_CONTRAST = 3.0  # WCAG 1.4.11, graphical objects
TEXT_CONTRAST = 4.5


@dataclass(frozen=True)
class ChartColours:
    """What the chart paints with."""

    background: QColor
    ink: QColor  # axis labels, legend
    muted_ink: QColor  # the 'no ratings yet' sentence
    grid: QColor
    axis: QColor
    line: QColor
    baseline: QColor
    threshold: QColor

    @classmethod
    def of(cls, palette: QPalette) -> ChartColours:
        if palette_is_light(palette):
            return cls(QColor("#ffffff"), INK, QColor("#444444"), GRID, QColor("#6b7280"), LINE, BASELINE, THRESHOLD)
        background = palette.color(QPalette.ColorRole.Base)
        text = readable(palette.color(QPalette.ColorRole.Text), background, TEXT_CONTRAST)
        return cls(
            background=background,
            ink=text,
            muted_ink=readable(palette.color(QPalette.ColorRole.PlaceholderText), background, TEXT_CONTRAST),
            grid=mix(background, text, 0.22),  # faint on purpose: the lines carry the meaning
            axis=readable(palette.color(QPalette.ColorRole.Mid), background, LINE_CONTRAST),
            line=readable(palette.color(QPalette.ColorRole.Link), background, LINE_CONTRAST),
            baseline=readable(mix(text, background, 0.15), background, LINE_CONTRAST),
            threshold=readable(DARK_THRESHOLD, background, LINE_CONTRAST),
        )


class PainChart(QWidget):
    """Daily mean pain as a line with points; y axis 0-10, x axis dates labelled by week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[dt.date, float]] = []
        self._start = self._end = dt.date.today()
        self._baseline: float | None = None
        self._rise = 2.0
        self._locale = QLocale()
        self.setMinimumSize(QSize(320, 190))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Pain chart"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(560, 260)

    # -- data -------------------------------------------------------------------------------
    def set_series(
        self, points: Sequence[tuple[dt.date, float]], start: dt.date, end: dt.date,
        baseline: float | None, rise_points: float, locale: QLocale,
    ) -> None:
        """Show ``points`` between ``start`` and ``end``; ``baseline`` None draws no baseline."""
        self._points = sorted(points)
        self._start, self._end = start, end
        self._baseline = baseline
        self._rise = rise_points
        self._locale = locale
        self.setAccessibleDescription(self.summary())
        self.update()

    def points(self) -> list[tuple[dt.date, float]]:
        return list(self._points)

    def baseline(self) -> float | None:
        return self._baseline

    def number(self, value: float) -> str:
        return self._locale.toString(value, "f", 1)

    def summary(self) -> str:
        """What the chart shows, in one sentence (its accessible description)."""
        if not self._points:
            return self.empty_text()
        values = [v for _, v in self._points]
        text = (self.tr("%4 days rated, from %1 to %2 out of 10; latest %3.") if len(values) > 1 else
                self.tr("1 day rated: %1 out of 10.")).replace("%4", str(len(values)))
        text = (text.replace("%1", self.number(min(values))).replace("%2", self.number(max(values)))
                .replace("%3", self.number(values[-1])))
        if self._baseline is not None:
            text += " " + self.tr("Baseline %1.").replace("%1", self.number(self._baseline))
        return text

    def empty_text(self) -> str:
        return self.tr("No pain ratings in these weeks yet. Rate your pain after each session on the Today page.")

    # -- painting ---------------------------------------------------------------------------
    def _label_format(self) -> str:
        return "d MMM" if self._locale.language() == QLocale.Language.French else "MMM d"

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = ChartColours.of(self.palette())
        painter.fillRect(self.rect(), colours.background)
        font = QFont(self.font())
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line_height = metrics.height()

        left = metrics.horizontalAdvance("10") + 16
        legend = self._legend_layout(metrics, left)
        legend_height = (max(line for _, line, _, _ in legend) + 1) * (line_height + 6) + 4
        right = 14
        top = legend_height + 8
        bottom = line_height + 14
        plot = QRectF(left, top, max(10.0, self.width() - left - right), max(10.0, self.height() - top - bottom))
        span_days = max(1, (self._end - self._start).days)

        def x_of(on: dt.date) -> float:
            return plot.left() + plot.width() * (on - self._start).days / span_days

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / 10

        # grid and y labels
        for mark in range(0, 11, 2):
            y = y_of(mark)
            painter.setPen(QPen(colours.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.ink)
            painter.drawText(QRectF(0, y - line_height / 2, left - 8, line_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(mark))
        # x labels: each Monday in range
        monday = self._start + dt.timedelta(days=(7 - self._start.weekday()) % 7)
        fmt = self._label_format()
        last_right = -1e9
        while monday <= self._end:
            x = x_of(monday)
            painter.setPen(QPen(colours.grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            label = self._locale.toString(QDate(monday.year, monday.month, monday.day), fmt)
            width = metrics.horizontalAdvance(label)
            label_left = min(x - width / 2, self.width() - width - 2)
            if label_left > last_right + 8:
                painter.setPen(colours.ink)
                painter.drawText(QPointF(label_left, plot.bottom() + 6 + metrics.ascent()), label)
                last_right = label_left + width
            monday += dt.timedelta(days=7)
        painter.setPen(QPen(colours.axis, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

        # baseline and threshold
        if self._baseline is not None:
            y = y_of(self._baseline)
            painter.setPen(QPen(colours.baseline, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            limit = self._baseline + self._rise
            if limit <= 10:
                y = y_of(limit)
                painter.setPen(QPen(colours.threshold, 2, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

        # the line, broken across long gaps, and its points
        if self._points:
            painter.setPen(QPen(colours.line, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath()
            for run in pain_line_runs(self._points):
                path.moveTo(QPointF(x_of(run[0][0]), y_of(run[0][1])))
                for on, value in run[1:]:
                    path.lineTo(QPointF(x_of(on), y_of(value)))
            painter.drawPath(path)
            painter.setPen(QPen(colours.background, 1.5))
            painter.setBrush(colours.line)
            radius = 4.5 if len(self._points) < 40 else 3.0
            for on, value in self._points:
                painter.drawEllipse(QPointF(x_of(on), y_of(value)), radius, radius)
        else:
            painter.setPen(colours.muted_ink)
            painter.drawText(plot.adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text())

        self._paint_legend(painter, legend, line_height + 6, colours)
        if self.hasFocus():
            painter.setPen(QPen(FOCUS, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def legend_items(self) -> list[tuple[str, str]]:
        """(kind, text) of the legend: 'line', 'baseline', 'threshold'."""
        items = [("line", self.tr("Pain (day's average)"))]
        if self._baseline is not None:
            items.append(("baseline", self.tr("Your starting level %1").replace("%1", self.number(self._baseline))))
            limit = self._baseline + self._rise
            if limit <= 10:
                items.append(("threshold",
                              self.tr("Contact your physiotherapist at %1").replace("%1", self.number(limit))))
        return items

    def _legend_layout(self, metrics, left: float) -> list[tuple[float, int, str, str]]:
        """(x, line, kind, text) of each legend item, wrapping onto more lines when narrow."""
        placed, x, line = [], left, 0
        for kind, text in self.legend_items():
            width = 34 + metrics.horizontalAdvance(text)
            if x > left and x + width > self.width() - 8:
                x, line = left, line + 1
            placed.append((x, line, kind, text))
            x += width + 22
        return placed

    def _paint_legend(self, painter: QPainter, placed: list[tuple[float, int, str, str]], line_height: float,
                      colours: ChartColours) -> None:
        metrics = painter.fontMetrics()
        pens = {
            "line": QPen(colours.line, 3),
            "baseline": QPen(colours.baseline, 2, Qt.PenStyle.DashLine),
            "threshold": QPen(colours.threshold, 2, Qt.PenStyle.DotLine),
        }
        for x, line, kind, text in placed:
            y = line * line_height + line_height / 2 + 2
            painter.setPen(pens[kind])
            painter.drawLine(QPointF(x, y), QPointF(x + 28, y))
            if kind == "line":
                painter.setPen(QPen(colours.background, 1.5))
                painter.setBrush(colours.line)
                painter.drawEllipse(QPointF(x + 14, y), 4, 4)
            painter.setPen(colours.ink)
            painter.drawText(QPointF(x + 34, y - metrics.height() / 2 + metrics.ascent()), text)
