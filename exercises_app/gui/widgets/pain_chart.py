"""A line chart of daily pain (0-10) over a few weeks, with the baseline and the rise that warns.

The points come from ``record.figures.pain_trend`` and the baseline from ``pain_baseline``;
this widget only hands them to the painter. The baseline is a dashed line; a dotted line 2 points above it marks
the clinically important rise (``PAIN_RISE_POINTS``) at which to contact the physiotherapist.
The colours come from the palette (``ChartColours.of``): the light theme keeps its reviewed colours,
other themes paint on their base colour with lines of at least 3:1 and text of at least 4.5:1.
The printed report draws the same chart: both paint through ``charts.pain.paint_pain_chart``, the
widget with ``screen_style`` (theme colours, pixel sizes, its own font) and its own words.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...charts import pain
from ...charts.legend import LegendStyle
from ...charts.week_axis import WeekAxisStyle
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


def screen_style(colours: ChartColours, font: QFont) -> pain.PainChartStyle:
    """The pain chart on screen: the theme's colours, sizes in whole pixels, the widget's font throughout."""
    font = QFont(font)
    return pain.PainChartStyle(
        font=font,
        legend=LegendStyle(font=font, ink=colours.ink, sample_width=28, text_offset=34, gap=22, row_gap=6,
                           whole_pixels=True),
        weeks=WeekAxisStyle(line=colours.grid, line_width=1, label_ink=colours.ink, label_gap=6, label_spacing=8,
                            whole_pixels=True),
        background=colours.background, fill_background=True, label_ink=colours.ink,
        grid=colours.grid, grid_width=1, axis=colours.axis, axis_width=1,
        line=colours.line, line_width=3, baseline=colours.baseline, baseline_width=2,
        rise=colours.threshold, rise_width=2, flag=colours.threshold, flag_width=1, flag_size=9,
        dot_radius=4.5, dense_dot_radius=3.0, legend_dot_radius=4, dot_outline_width=1.5, rise_ring_width=0,
        empty_font=font, empty_ink=colours.muted_ink, empty_inset=12,
        axis_room=16, label_gap=8, legend_top=5, legend_gap=7, legend_over_plot=True, legend_right=8,
        plot_right=14, plot_bottom=14, dates_right=2, whole_pixels=True,
    )


class PainChart(QWidget):
    """Daily mean pain as a line with points; y axis 0-10, x axis dates labelled by week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = dt.date.today()
        self._series = pain.PainSeries.of([], today, today, None)
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
        self._series = pain.PainSeries.of(points, start, end, baseline, rise_points)
        self._locale = locale
        self.setAccessibleDescription(self.summary())
        self.update()

    def series(self) -> pain.PainSeries:
        return self._series

    def points(self) -> list[tuple[dt.date, float]]:
        return list(self._series.points)

    def baseline(self) -> float | None:
        return self._series.baseline

    def number(self, value: float) -> str:
        return self._locale.toString(value, "f", 1)

    def summary(self) -> str:
        """What the chart shows, in one sentence (its accessible description)."""
        if not self._series.points:
            return self.empty_text()
        values = [v for _, v in self._series.points]
        text = (self.tr("%4 days rated, from %1 to %2 out of 10; latest %3.") if len(values) > 1 else
                self.tr("1 day rated: %1 out of 10.")).replace("%4", str(len(values)))
        text = (text.replace("%1", self.number(min(values))).replace("%2", self.number(max(values)))
                .replace("%3", self.number(values[-1])))
        if self._series.baseline is not None:
            text += " " + self.tr("Baseline %1.").replace("%1", self.number(self._series.baseline))
        return text

    def empty_text(self) -> str:
        return self.tr("No pain ratings in these weeks yet. Rate your pain after each session on the Today page.")

    def words(self) -> pain.PainChartWords:
        """The legend in the patient's words (the levels in the locale's numbers), the empty
        sentence, and the dates as the locale writes a short day and month."""
        baseline, limit = self._series.baseline, self._series.limit
        start = "" if baseline is None else self.tr("Your starting level %1").replace("%1", self.number(baseline))
        rise = "" if limit is None else self.tr("Contact your physiotherapist at %1").replace("%1", self.number(limit))
        fmt = "d MMM" if self._locale.language() == QLocale.Language.French else "MMM d"
        return pain.PainChartWords(
            pain=self.tr("Pain (day's average)"), baseline=start, rise=rise, empty=self.empty_text(),
            date_label=lambda on: self._locale.toString(QDate(on.year, on.month, on.day), fmt),
        )

    def legend_items(self) -> list[tuple[str, str]]:
        """(kind, text) of the legend: 'pain', 'baseline', 'rise'."""
        return pain.pain_legend(self._series, self.words())

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pain.paint_pain_chart(painter, QRectF(self.rect()), self._series,
                              screen_style(ChartColours.of(self.palette()), self.font()), self.words())
        if self.hasFocus():
            painter.setPen(QPen(FOCUS, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()
