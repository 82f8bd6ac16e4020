"""The pain chart's one painter: the History view's widget and the printed report both draw through
``charts.pain.paint_pain_chart``, and put the same days at the same places."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exercises_app.charts import pain
from exercises_app.core.record.figures import PAIN_RISE_POINTS
from exercises_app.gui.widgets.pain_chart import ChartColours, PainChart, screen_style
from exercises_app.printing.layout import pt
from exercises_app.printing.report_chart import PainChartItem, paper_pain_style

START = dt.date(2025, 3, 3)
END = dt.date(2025, 4, 13)
# a gap of ten days (the line breaks), a bad day 2+ points above the baseline, a last day on END
POINTS = [(START + dt.timedelta(days=d), v) for d, v in
          ((0, 4.0), (1, 3.0), (2, 5.0), (3, 4.0), (14, 6.5), (15, 4.0), (20, 3.5), (41, 2.0))]
RED_FLAG = dt.date(2025, 3, 19)


def words() -> pain.PainChartWords:
    return pain.PainChartWords("Pain", "Baseline", "+2", "None yet", lambda on: on.isoformat(), red_flag="Red flag")


def relative(layout: pain.PainChartLayout) -> list[tuple[float, float]]:
    """The dots, as fractions of the plot from its bottom-left corner."""
    plot = layout.plot
    return [(round((d.x() - plot.left()) / plot.width(), 6), round((plot.bottom() - d.y()) / plot.height(), 6))
            for d in layout.dots]


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[pain.PainSeries, pain.PainChartStyle, pain.PainChartLayout]]:
    """Every call of the one painter from now on: (series, style, what it drew)."""
    calls: list[tuple[pain.PainSeries, pain.PainChartStyle, pain.PainChartLayout]] = []
    original = pain.paint_pain_chart

    def spy(painter: QPainter, rect: QRectF, series: pain.PainSeries, style: pain.PainChartStyle,
            chart_words: pain.PainChartWords) -> pain.PainChartLayout:
        layout = original(painter, rect, series, style, chart_words)
        calls.append((series, style, layout))
        return layout

    monkeypatch.setattr(pain, "paint_pain_chart", spy)
    return calls


def paint_item(item: PainChartItem) -> None:
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.scale(0.1, 0.1)
    item.paint(painter, 0, 0)
    painter.end()


def test_screen_and_paper_draw_through_the_one_painter_with_the_same_places(
    qtbot: QtBot, painted: list[tuple[pain.PainSeries, pain.PainChartStyle, pain.PainChartLayout]]
) -> None:
    widget = PainChart()
    qtbot.addWidget(widget)
    widget.resize(560, 260)
    widget.set_series(POINTS, START, END, 3.5, PAIN_RISE_POINTS, QLocale(QLocale.Language.English))
    widget.grab()
    paint_item(PainChartItem(POINTS, START, END, 3.5, [RED_FLAG], "en", pt(250), pt(150), lambda on: on.isoformat()))

    [(screen, screen_look, on_screen), (paper, paper_look, on_paper)] = painted
    assert screen_look.fill_background and not paper_look.fill_background
    assert (screen.points, screen.start, screen.end, screen.baseline, screen.rise) == \
           (paper.points, paper.start, paper.end, paper.baseline, paper.rise)
    assert paper.red_flags == (RED_FLAG,)
    assert len(on_screen.dots) == len(on_paper.dots) == len(POINTS)
    assert relative(on_screen) == relative(on_paper)


def test_the_dots_sit_on_their_dates_and_levels(qapp: QApplication) -> None:
    series = pain.PainSeries.of(list(reversed(POINTS)), START, END, 3.5)
    image = QImage(600, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    layout = pain.paint_pain_chart(painter, QRectF(image.rect()), series, screen_style(
        ChartColours.of(qapp.palette()), qapp.font()), words())
    painter.end()
    span = (END - START).days
    assert relative(layout) == [(round((on - START).days / span, 6), round(value / 10, 6)) for on, value in POINTS]
    assert layout.dots[0].x() == layout.plot.left() and layout.dots[-1].x() == layout.plot.right()


def test_the_legend_follows_the_series() -> None:
    def kinds(baseline: float | None, flags: list[dt.date]) -> list[str]:
        return [kind for kind, _ in pain.pain_legend(pain.PainSeries.of(POINTS, START, END, baseline,
                                                                        red_flags=flags), words())]

    assert kinds(None, []) == ["pain"]
    assert kinds(3.5, []) == ["pain", "baseline", "rise"]
    assert kinds(8.5, [RED_FLAG]) == ["pain", "baseline", "flag"]  # 10.5 is off the scale


def test_paper_rings_the_days_at_the_rise_and_the_screen_does_not(qapp: QApplication) -> None:
    series = pain.PainSeries.of(POINTS, START, END, 3.5)  # 6.5 on day 14 is 2+ points above
    colours = ChartColours.of(qapp.palette())
    for style, ringed in ((paper_pain_style(), True), (screen_style(colours, qapp.font()), False)):
        image = QImage(600, 300, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scale = 1.0 if style.fill_background else 0.25  # paper is in layout units (10 to the point)
        painter.scale(scale, scale)
        layout = pain.paint_pain_chart(painter, QRectF(0, 0, 600 / scale, 300 / scale), series, style, words())
        painter.end()
        bad_day = layout.dots[4]
        ring = (bad_day.x() + style.dot_radius * pain.RISE_RING) * scale  # on the ring, right of the dot
        pixel = image.pixelColor(round(ring), round(bad_day.y() * scale))
        is_orange = pixel.red() > 180 and pixel.blue() < 120
        assert is_orange == ringed, pixel.name()


def test_the_charts_import_neither_widgets_nor_the_views_nor_printing() -> None:
    code = ("import sys, exercises_app.charts.pain; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'exercises_app.gui', "
            "'exercises_app.printing'))))")
    root = Path(__file__).resolve().parents[2]
    completed = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "[]"
