"""The History view: calendar, weekly figures, streaks, pain chart and the warning, on hand-made records."""
from __future__ import annotations

import datetime as dt

import pytest
import recording
from monday import MakeContext, on_monday
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from theme_checks import app_theme, assert_labels_readable, image_rect, painted_colours

from exercises_app.core.library import RedFlagSign
from exercises_app.gui import history_view
from exercises_app.gui.colours import contrast_ratio
from exercises_app.gui.context import AppContext
from exercises_app.gui.history_view import HistoryView
from exercises_app.gui.widgets.pain_chart import ChartColours

UTC = dt.UTC


@pytest.fixture
def make_context(make_context: MakeContext) -> MakeContext:
    """The shared fixture, on Monday 5 January 2026 in any time zone."""
    return on_monday(make_context)


def open_view(qtbot: QtBot, context: AppContext, size: tuple[int, int] = (1110, 780)) -> HistoryView:
    view = HistoryView(context)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def start_programme(context: AppContext, days_ago: int) -> dt.date:
    """Make the context's prescription active from ``days_ago`` days before today; return that date."""
    assert context.record is not None and context.prescription is not None
    first = context.today() - dt.timedelta(days=days_ago)
    context.record.use_prescription(context.prescription, first)
    return first


def do_session(context: AppContext, on: dt.date, slot: int) -> None:
    """Every exercise of session ``slot`` on ``on``, done."""
    recording.finish(context, on, slot)


def rate(context: AppContext, on: dt.date, pain: int, slot: int = 1, red_flag: RedFlagSign | None = None) -> None:
    record = recording.service(context)
    record.rate_pain(on, slot, pain)
    if red_flag is not None:
        record.report_red_flag(on, [red_flag], context.lang, slot)


def table_rows(view: HistoryView) -> list[list[str]]:
    table = view.weekly_table
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def test_a_day_with_two_of_three_sessions_says_so(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()  # today: Monday 5 January 2026; three sessions a day
    today = context.today()
    start_programme(context, 10)
    two_of_three = today - dt.timedelta(days=3)
    for slot in (1, 2):
        do_session(context, two_of_three, slot)
    all_three = today - dt.timedelta(days=2)
    for slot in (1, 2, 3):
        do_session(context, all_three, slot)
    view = open_view(qtbot, context)

    view.calendar.set_selected_date(two_of_three)  # 2 January: December's days are a month back
    assert view.calendar.month() == (2026, 1)
    assert view.calendar.day_text(two_of_three) == "2/3"
    assert view.calendar.day_text(all_three) == "✓ 3/3"
    assert view.calendar.day_text(today) == "0/3"
    assert view.calendar.day_text(today + dt.timedelta(days=1)) == ""  # still to come
    assert "2 of 3 sessions done" in view.calendar.describe(two_of_three)
    assert "2 of 3 sessions" in view.calendar.grid.accessibleDescription()
    assert "Friday, January 2, 2026" in view.day_details.text()


def test_months_change_with_the_buttons_and_the_keyboard(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    today = context.today()
    start_programme(context, 40)
    december_day = dt.date(2025, 12, 10)
    do_session(context, december_day, 1)
    view = open_view(qtbot, context)
    calendar = view.calendar
    assert calendar.month() == (2026, 1) and calendar.selected_date() == today
    assert not calendar.next_button.isEnabled()  # nothing to see in the future

    with qtbot.waitSignal(calendar.monthChanged):
        qtbot.mouseClick(calendar.previous_button, Qt.MouseButton.LeftButton)
    assert calendar.month() == (2025, 12)
    assert calendar.day_text(december_day) == "1/3"

    qtbot.keyClick(calendar.grid, Qt.Key.Key_PageDown)
    assert calendar.month() == (2026, 1)
    qtbot.keyClick(calendar.grid, Qt.Key.Key_Left)  # Monday 5 -> Sunday 4 January
    assert calendar.selected_date() == today - dt.timedelta(days=1)
    qtbot.keyClick(calendar.grid, Qt.Key.Key_Up)
    assert calendar.selected_date() == dt.date(2025, 12, 28) and calendar.month() == (2025, 12)
    assert "Sunday, December 28, 2025" in view.day_details.text()
    qtbot.keyClick(calendar.grid, Qt.Key.Key_End)
    assert calendar.selected_date() == dt.date(2025, 12, 31)
    qtbot.mouseClick(calendar.today_button, Qt.MouseButton.LeftButton)
    assert calendar.selected_date() == today


def test_weekly_figures(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    today = context.today()  # a Monday
    start_programme(context, 7)  # from Monday 29 December
    last_week = [today - dt.timedelta(days=d) for d in range(7, 0, -1)]
    for on in last_week[:5]:
        do_session(context, on, 1)
        do_session(context, on, 2)
    do_session(context, today, 1)
    view = open_view(qtbot, context)

    rows = table_rows(view)
    assert rows[0] == ["This week (so far)", "1 of 3", "33%"]
    assert rows[1] == ["Dec 29 – Jan 4", "10 of 21", "48%"]
    assert len(rows) == 2  # weeks before the programme are not listed


def test_streak_labels(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    today = context.today()
    start_programme(context, 20)
    for days_ago in (12, 11, 10, 9):  # a run of 4
        do_session(context, today - dt.timedelta(days=days_ago), 1)
    for days_ago in (3, 2, 1):  # a run of 3, up to yesterday: still current this morning
        do_session(context, today - dt.timedelta(days=days_ago), 3)
    view = open_view(qtbot, context)
    assert view.current_streak_label.text() == "3 days"
    assert view.longest_streak_label.text() == "4 days"

    do_session(context, today, 2)
    view.refresh()
    assert view.current_streak_label.text() == "4 days"
    assert view.longest_streak_label.text() == "4 days"


def test_no_warning_for_a_small_rise(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    today = context.today()
    start_programme(context, 20)
    for days_ago in range(20, 13, -1):
        rate(context, today - dt.timedelta(days=days_ago), 3)
    for days_ago in (3, 2, 1):
        rate(context, today - dt.timedelta(days=days_ago), 4)
    view = open_view(qtbot, context)
    assert not view.warning_banner.isVisible()
    assert view.warning_text() == ""
    assert view.pain_chart.baseline() == 3.0
    assert len(view.pain_chart.points()) == 10


def test_a_pain_rise_of_two_points_shows_the_warning(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    today = context.today()
    start_programme(context, 20)
    for days_ago in range(20, 13, -1):
        rate(context, today - dt.timedelta(days=days_ago), 3)
    for days_ago in (3, 2, 1):
        rate(context, today - dt.timedelta(days=days_ago), 5)
    view = open_view(qtbot, context)
    assert view.warning_banner.isVisible()
    text = view.warning_banner.text()
    assert "contact your physiotherapist" in text.lower()
    assert "5.0" in text and "3.0" in text
    assert "pain has risen" in view.warning_banner.accessibleDescription()  # CareWarning.describe()
    calendar_top = view.calendar_block.mapTo(view.warning_banner.parentWidget(), view.calendar_block.rect().topLeft())
    assert view.warning_banner.y() < calendar_top.y()


def test_a_reported_red_flag_shows_the_warning(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    library = context.library_load.library
    assert library is not None
    today = context.today()
    start_programme(context, 5)
    sign = library.safety.emergency[0]
    rate(context, today - dt.timedelta(days=2), 4, red_flag=sign)
    view = open_view(qtbot, context)
    text = view.warning_banner.text()
    assert view.warning_banner.isVisible()
    assert "Saturday, January 3, 2026" in text and "911" in text
    assert "warning sign reported" not in view.day_details.text()  # today has none


def test_empty_record(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    view = open_view(qtbot, context)
    assert view.current_streak_label.text() == "0 days"
    assert view.longest_streak_label.text() == "0 days"
    assert not view.warning_banner.isVisible()
    assert view.pain_chart.points() == []
    assert table_rows(view)[0] == ["This week (so far)", "0 of 3", "0%"]


def test_without_a_store_it_says_so(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    assert context.record is not None
    context.record.store.close()
    context.record = None
    view = open_view(qtbot, context)
    assert view.store_banner.isVisible()
    assert "could not be opened" in view.store_banner.text()


def test_a_long_record_is_read_after_the_view_is_shown(
    qtbot: QtBot, make_context: MakeContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_view, "SYNC_DAYS", 30)
    monkeypatch.setattr(history_view, "CHUNK_DAYS", 20)
    context = make_context()
    today = context.today()
    start_programme(context, 120)
    for days_ago in range(120, 100, -1):  # the longest run, long ago
        do_session(context, today - dt.timedelta(days=days_ago), 1)
    for days_ago in range(6, 0, -1):
        do_session(context, today - dt.timedelta(days=days_ago), 1)
    for days_ago in range(120, 113, -1):  # the baseline comes from the first rated week
        rate(context, today - dt.timedelta(days=days_ago), 2)
    for days_ago in (3, 2, 1):
        rate(context, today - dt.timedelta(days=days_ago), 6)

    view = HistoryView(context)
    qtbot.addWidget(view)
    assert view.is_loading()
    assert view.current_streak_label.text() == "…"
    with qtbot.waitSignal(view.historyLoaded, timeout=5000):
        view.show()
    assert not view.is_loading()
    assert view.current_streak_label.text() == "6 days"
    assert view.longest_streak_label.text() == "20 days"
    assert view.warning_banner.isVisible() and "2.0" in view.warning_banner.text()
    assert view.pain_chart.baseline() == 2.0

    do_session(context, today, 1)  # a session finished later: the loaded part is kept, the rest re-read
    view.refresh()
    assert not view.is_loading()
    assert view.current_streak_label.text() == "7 days"


def test_french_uses_french_dates_and_numbers(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context("fr")
    today = context.today()
    start_programme(context, 20)
    for days_ago in range(20, 13, -1):
        rate(context, today - dt.timedelta(days=days_ago), 3)
    for days_ago in (3, 2, 1):
        rate(context, today - dt.timedelta(days=days_ago), 6)
    view = open_view(qtbot, context)
    assert view.calendar.title.text() == "Janvier 2026"
    assert "Lundi 5 janvier 2026" in view.day_details.text()
    assert "6,0" in view.warning_banner.text() and "3,0" in view.warning_banner.text()
    assert table_rows(view)[1][0].startswith("29 déc.")


def test_a_french_day_counts_and_quotes_in_french(qtbot: QtBot, make_context: MakeContext) -> None:
    """'1 sur 10 exercices' (never '1 exercices sur 10'), and a note in « French quotation marks »."""
    context = make_context("fr")
    today = context.today()
    start_programme(context, 3)
    service = recording.service(context)
    first = context.session_items(1)[0].exercise_id
    service.tick(today, 1, first)
    service.set_today_note(today, 1, "Mieux après les étirements")
    view = open_view(qtbot, context)
    view.calendar.set_selected_date(today)
    total = len(context.session_items(1))
    assert f"1 sur {total} exercices" in view.day_details.text()
    assert "« Mieux après les étirements »" in view.day_details.text()


@pytest.mark.parametrize("size", [(1110, 780), (854, 620)])  # the view in 1280×800 and 1024×640 windows
def test_fits_the_width_of_small_windows(qtbot: QtBot, make_context: MakeContext, size: tuple[int, int]) -> None:
    context = make_context()
    start_programme(context, 30)
    view = open_view(qtbot, context, size)
    assert view.grab().width() == size[0]
    QApplication.processEvents()  # let the layout settle after the resize (no waiting)
    assert view.scroll_area.widget().minimumSizeHint().width() <= view.scroll_area.viewport().width()
    assert not view.scroll_area.horizontalScrollBar().isVisible()


def test_showing_the_view_again_shows_new_ticks(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    today = context.today()
    start_programme(context, 3)
    view = open_view(qtbot, context)
    assert view.calendar.day_text(today) == "0/3"
    view.hide()
    do_session(context, today, 1)  # ticked on the Today page meanwhile
    view.show()
    assert view.calendar.day_text(today) == "1/3"
    assert view.current_streak_label.text() == "1 day"


# -- themes: what is painted must stay readable in the dark and high-contrast themes ------------------



@pytest.mark.parametrize("live", [False, True], ids=["opened-in-theme", "theme-changed-while-open"])
@pytest.mark.parametrize("theme", ["dark", "high-contrast"])
def test_the_history_is_readable_in_dark_themes(
    qtbot: QtBot, make_context: MakeContext, theme: str, live: bool
) -> None:
    context = make_context()
    today = context.today()
    start_programme(context, 20)
    for days_ago in (4, 3, 2, 1):
        do_session(context, today - dt.timedelta(days=days_ago), 1)
    for days_ago in range(20, 13, -1):
        rate(context, today - dt.timedelta(days=days_ago), 3)
    for days_ago in (3, 2, 1):
        rate(context, today - dt.timedelta(days=days_ago), 6)
    opened = open_view(qtbot, context) if live else None  # built in the light theme, then the theme changes
    with app_theme(theme):
        view = opened or open_view(qtbot, context)
        main = [view.calendar.title, view.day_details, view.current_streak_label, view.longest_streak_label,
                view.warning_banner]
        assert_labels_readable(view, main, len(main))
        labels = view.scroll_area.widget().findChildren(QLabel)  # headings, streak titles and captions
        assert_labels_readable(view, labels, len(main) + 7)

        image = view.grab().toImage()
        # the view follows the theme (it does not merely stay light and readable)
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        for widget in (view.calendar.title, view.pain_chart):
            assert painted_colours(image, image_rect(image, view, widget))[0] == base
        # the calendar's weekday names, painted on the view's background
        grid = view.calendar.grid
        header = image_rect(image, view, grid)
        header.setHeight(grid._header_height())
        background, ink = painted_colours(image, header)
        assert ink >= 4.5, f"weekday names: {ink:.2f}:1 on {background.name()}"
        # the pain chart: its background is what it says, text 4.5:1 and lines 3:1 against it
        chart = view.pain_chart
        colours = ChartColours.of(chart.palette())
        corner = image_rect(image, view, chart)
        corner.setSize(corner.size() / 20)
        assert painted_colours(image, corner)[0] == colours.background
        assert contrast_ratio(colours.ink, colours.background) >= 4.5
        assert contrast_ratio(colours.muted_ink, colours.background) >= 4.5
        for line in (colours.line, colours.baseline, colours.threshold, colours.axis):
            assert contrast_ratio(line, colours.background) >= 3.0, line.name()
        assert view.pain_chart.points() and view.pain_chart.baseline() == 3.0


@pytest.mark.parametrize("theme", ["dark", "high-contrast"])
def test_in_a_dark_theme_more_done_is_brighter_and_nothing_done_does_not_glare(theme: str) -> None:
    """The calendar's scale runs dark to bright on a dark page: a day with nothing done stays dark."""
    from exercises_app.core.contrast import relative_luminance
    from exercises_app.gui.widgets.month_calendar import ink_on, share_colour

    with app_theme(theme):
        palette = QApplication.palette()
        shades = [share_colour(share / 4, palette) for share in range(5)]
        lightness = [relative_luminance(shade.name()) for shade in shades]
        assert lightness == sorted(lightness) and lightness[0] < 0.05  # not the light theme's near-white
        assert all(contrast_ratio(ink_on(shade), shade) >= 4.5 for shade in shades)
    light = [relative_luminance(share_colour(share / 4, QApplication.palette()).name()) for share in range(5)]
    assert light == sorted(light, reverse=True)  # the light theme keeps light to dark
