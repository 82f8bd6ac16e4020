"""The History view: the month calendar, sessions per week, streaks, the pain trend and any warning.

Every figure comes from ``core.record.figures``; this view only reads the store and shows them.
What the screen needs first (the month on screen, the last weeks, the pain trend) is read at
once. Figures over the whole record (streaks, the pain baseline and the warning) need every day
since the first: a short record is read at once too, a long one (years of sessions) a year at a
time after the view is on screen, so opening it stays quick; `historyLoaded` says when they are in.

Colours follow the application palette (``HistoryColours.of``), as in the Today view: the light
theme keeps its reviewed colours, dark themes take theirs from the palette, at every theme change.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, fields
from functools import lru_cache

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.record.days import DayRecord
from ..core.record.errors import RecordError
from ..core.record.figures import (
    PAIN_RISE_POINTS,
    PAIN_TREND_WEEKS,
    CareWarning,
    WeekFigure,
    day_shares,
    pain_baseline,
    pain_trend,
    streaks,
    warning,
    weekly_adherence,
    weeks_range,
)
from ..core.record.service import RecordService
from ..core.red_flags import EMERGENCY, flag_level, flag_words
from .colours import mix, palette_is_light, readable
from .content_html import escape
from .context import AppContext
from .formatting import locale_for, long_date, quoted, session_name
from .theme import TodayColours
from .view_fonts import use_font_throughout
from .widgets.backdrop import Backdrop
from .widgets.month_calendar import CalendarDay, MonthCalendar, ink_on, share_colour
from .widgets.pain_chart import PainChart

log = logging.getLogger(__name__)

WEEKS_SHOWN = 8
SYNC_DAYS = 400  # a record shorter than this is read in one go
CHUNK_DAYS = 366  # otherwise, a year per step of the event loop
WIDE_LAYOUT_MIN_CHARS = 122  # narrower than this many average characters (980 px at the usual size),
# the calendar goes above the other figures; counted in characters so that large text stacks sooner



@dataclass(frozen=True)
class HistoryColours:
    """Every colour of the view's style sheet and content, as '#rrggbb'."""

    background: str  # behind the whole view
    text: str
    notice_background: str  # the yellow notice about the record
    notice_text: str
    notice_border: str
    details_background: str  # the selected day's box
    details_border: str
    tile_background: str  # streak tiles
    tile_border: str
    streak_number: str
    caption: str  # the line under a streak's title
    gridline: str  # the weekly table's
    selected_text: str  # a selected row of the weekly table (Fusion fills it with the highlight colour)
    focus: str = "#e66100"

    @classmethod
    def of(cls, palette: QPalette) -> HistoryColours:
        """The light theme's reviewed colours, or colours taken from a dark palette's roles."""
        if palette_is_light(palette):
            return LIGHT_COLOURS
        role = QPalette.ColorRole
        return _dark_colours(TodayColours.of(palette), *(palette.color(r).name() for r in (
            role.Base, role.Text, role.AlternateBase, role.Highlight, role.HighlightedText, role.Link, role.Mid)))


LIGHT_COLOURS = HistoryColours(
    background="#ffffff", text="#111111", notice_background="#fff4d6", notice_text="#3d2b00",
    notice_border="#b07d00", details_background="#f7f9fb", details_border="#c5ccd4", tile_background="#f4f8fc",
    tile_border="#0b5cad", streak_number="#08306b", caption="#2d3748", gridline="#d5d9de", selected_text="#000000",
)


@lru_cache(maxsize=8)
def _dark_colours(today: TodayColours, base: str, text: str, alternate: str, highlight: str, highlighted_text: str,
                  link: str, mid: str) -> HistoryColours:
    """Colours on a dark palette: text at least 4.5:1 on what it sits on, borders 3:1 on the background."""
    background, panel = QColor(base), QColor(alternate)

    def on(colour: str, behind: QColor = panel, ratio: float = 4.5) -> str:
        return readable(QColor(colour), behind, ratio).name()

    ink = on(on(text), background)
    return HistoryColours(
        background=base, text=ink, notice_background=today.notice_background, notice_text=today.notice_text,
        notice_border=today.notice_border, details_background=alternate, details_border=on(mid, background, 3.0),
        tile_background=alternate, tile_border=on(highlight, background, 3.0), streak_number=on(link),
        caption=on(mix(QColor(ink), panel, 0.18).name()), gridline=mix(background, QColor(ink), 0.25).name(),
        selected_text=on(highlighted_text, QColor(highlight)),
    )


# One style sheet for the whole view (see where it is set), filled in with HistoryColours.
STYLE_TEMPLATE = """
QLabel { color: %(text)s; }
#careWarning { background: #8b0000; color: #ffffff; padding: 14px; border-radius: 4px; }
#historyStoreBanner { background: %(notice_background)s; color: %(notice_text)s; border: 2px solid %(notice_border)s;
    padding: 10px; }
#dayDetails { border: 1px solid %(details_border)s; border-radius: 6px; padding: 8px;
    background: %(details_background)s;
    color: %(text)s; }
#streakTile { border: 2px solid %(tile_border)s; border-radius: 8px; background: %(tile_background)s; }
#streakTile QLabel { color: %(text)s; }
#streakTile QLabel#streakNumber { color: %(streak_number)s; }
#streakTile QLabel#streakCaption { color: %(caption)s; }
#weeklyTable { gridline-color: %(gridline)s; }
#weeklyTable::item:selected { background: palette(highlight); color: palette(highlighted-text);
    border: 2px solid %(focus)s; }
"""


def style_sheet(colours: HistoryColours) -> str:
    """The view's style sheet in ``colours``."""
    return STYLE_TEMPLATE % {f.name: getattr(colours, f.name) for f in fields(colours)}


STYLE = style_sheet(LIGHT_COLOURS)


class _HistoryLoader(QObject):
    """Reads ``first``..``last`` from the store a chunk per event-loop turn (GUI thread only)."""

    finished = Signal()
    failed = Signal(str)

    def __init__(self, store: RecordService, first: dt.date, last: dt.date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.first, self.last = first, last
        self.days: list[DayRecord] = []
        self._cursor = first
        self._cancelled = False

    def start(self) -> None:
        QTimer.singleShot(0, self._step)

    def cancel(self) -> None:
        self._cancelled = True

    @Slot()
    def _step(self) -> None:
        if self._cancelled:
            return
        end = min(self.last, self._cursor + dt.timedelta(days=CHUNK_DAYS - 1))
        try:
            self.days.extend(self.store.records(self._cursor, end))
        except RecordError as exc:
            self.failed.emit(str(exc))
            return
        self._cursor = end + dt.timedelta(days=1)
        if self._cursor > self.last:
            self.finished.emit()
        else:
            QTimer.singleShot(0, self._step)


class HistoryView(QWidget):
    """Adherence by day (calendar) and week (table), streaks, pain over 8 weeks, and a plain warning."""

    historyLoaded = Signal()  # the figures over the whole record (streaks, warning) are on screen

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = context.lang
        self._locale = locale_for(context.lang)
        self._today = context.today()
        self._recent: tuple[DayRecord, ...] = ()
        self._past: list[DayRecord] | None = None  # every day from _past_first to _past_end
        self._past_first: dt.date | None = None
        self._past_end: dt.date | None = None
        self._past_store: RecordService | None = None
        self._loader: _HistoryLoader | None = None
        self._warning: CareWarning | None = None

        base = QFont(self.font())
        self._body_size = max(11.5, base.pointSizeF() * 1.3)
        body = QFont(base)
        body.setPointSizeF(self._body_size)
        self.setFont(body)
        heading_font = QFont(body)
        heading_font.setPointSizeF(self._body_size * 1.2)
        heading_font.setBold(True)

        self.warning_banner = QLabel()
        self.warning_banner.setObjectName("careWarning")
        self.warning_banner.setWordWrap(True)
        self.warning_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning_banner.setAccessibleName(self.tr("Warning: contact your physiotherapist"))
        self.warning_banner.hide()

        self.store_banner = QLabel()
        self.store_banner.setObjectName("historyStoreBanner")
        self.store_banner.setWordWrap(True)
        self.store_banner.hide()

        # left: calendar and the selected day
        self.calendar = MonthCalendar(self._today)
        self.calendar.set_locale(self._locale)
        self.calendar.setMinimumHeight(380)
        self.calendar.monthChanged.connect(self._on_month_changed)
        self.calendar.selectedDateChanged.connect(self._on_date_selected)
        self.day_details = QLabel()
        self.day_details.setObjectName("dayDetails")
        self.day_details.setWordWrap(True)
        self.day_details.setTextFormat(Qt.TextFormat.RichText)
        self.day_details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.day_details.setMinimumHeight(self.fontMetrics().height() * 4)
        self.day_details.setAccessibleName(self.tr("The selected day"))

        self.calendar_block = QWidget()
        left = QVBoxLayout(self.calendar_block)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(8)
        left.addWidget(self._heading(self.tr("Sessions done each day"), heading_font))
        left.addWidget(self.calendar, 1)
        left.addWidget(self.day_details)

        # right: streaks, weeks, pain
        self.current_streak_label = QLabel()
        self.longest_streak_label = QLabel()
        self.streak_block = QWidget()
        streak_row = QHBoxLayout(self.streak_block)
        streak_row.setContentsMargins(0, 0, 0, 0)
        streak_row.setSpacing(12)
        streak_row.addWidget(self._tile(self.current_streak_label, self.tr("Current streak"),
                                        self.tr("days in a row")))
        streak_row.addWidget(self._tile(self.longest_streak_label, self.tr("Longest streak"),
                                        self.tr("best run so far")))

        self.weekly_table = QTableWidget(0, 3)
        self.weekly_table.setHorizontalHeaderLabels([self.tr("Week"), self.tr("Sessions done"), self.tr("Share")])
        self.weekly_table.setAccessibleName(self.tr("Sessions done each week"))
        self.weekly_table.verticalHeader().hide()
        self.weekly_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weekly_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.weekly_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.weekly_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.weekly_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.weekly_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header_font = QFont(body)
        header_font.setBold(True)
        header.setFont(header_font)
        self.weekly_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.weekly_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.weekly_table.setObjectName("weeklyTable")
        self.weekly_empty = QLabel(self.tr("No week recorded yet."))

        self.pain_chart = PainChart()
        self.pain_chart.setFont(body)

        self.weeks_block = QWidget()
        weeks = QVBoxLayout(self.weeks_block)
        weeks.setContentsMargins(0, 0, 0, 0)
        weeks.setSpacing(8)
        weeks.addWidget(self._heading(self.tr("Sessions each week"), heading_font))
        weeks.addWidget(self.weekly_table)
        weeks.addWidget(self.weekly_empty)
        self.pain_block = QWidget()
        pain = QVBoxLayout(self.pain_block)
        pain.setContentsMargins(0, 0, 0, 0)
        pain.setSpacing(8)
        pain.addWidget(self._heading(self.tr("Pain over the last %1 weeks").replace("%1", str(PAIN_TREND_WEEKS)),
                                     heading_font))
        pain.addWidget(self.pain_chart, 1)

        self.arrangement = QGridLayout()
        self.arrangement.setHorizontalSpacing(24)
        self.arrangement.setVerticalSpacing(10)
        self._wide: bool | None = None
        self._arrange(wide=True)

        content = Backdrop(lambda palette: HistoryColours.of(palette).background)
        content.setObjectName("historyContent")
        self.content = content
        self._colours: HistoryColours | None = None
        self._apply_colours()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(20, 14, 20, 14)
        content_layout.setSpacing(10)
        content_layout.addWidget(self.warning_banner)
        content_layout.addWidget(self.store_banner)
        content_layout.addLayout(self.arrangement, 1)
        content.setMinimumHeight(560)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

        use_font_throughout(self, body)
        QWidget.setTabOrder(self.calendar.previous_button, self.calendar.next_button)
        QWidget.setTabOrder(self.calendar.next_button, self.calendar.today_button)
        QWidget.setTabOrder(self.calendar.today_button, self.calendar.grid)
        QWidget.setTabOrder(self.calendar.grid, self.weekly_table)
        QWidget.setTabOrder(self.weekly_table, self.pain_chart)
        self.refresh()

    # -- building helpers ---------------------------------------------------------------------
    @staticmethod
    def _heading(text: str, font: QFont) -> QLabel:
        label = QLabel(text)
        label.setFont(font)
        return label

    def _tile(self, number: QLabel, title: str, caption: str) -> QFrame:
        tile = QFrame()
        tile.setObjectName("streakTile")
        number_font = QFont(self.font())
        number_font.setPointSizeF(self._body_size * 1.7)
        number_font.setBold(True)
        number.setFont(number_font)
        number.setObjectName("streakNumber")
        title_label = QLabel(title)
        title_label.setWordWrap(True)  # two tiles side by side at a large text size: words wrap, no sideways scroll
        bold = QFont(self.font())
        bold.setBold(True)
        title_label.setFont(bold)
        caption_label = QLabel(caption)
        caption_label.setObjectName("streakCaption")
        caption_label.setWordWrap(True)
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QGridLayout(tile)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(0)
        layout.addWidget(title_label, 0, 0)
        layout.addWidget(caption_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(number, 0, 1, 2, 1)
        layout.setColumnStretch(0, 1)
        number.setAccessibleName(title)
        return tile

    # -- public ---------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Re-read the record and show every figure as of the context's today."""
        today = self.context.today()
        day_changed = today != self._today
        self._today = today
        self.calendar.set_today(today)
        store = self.context.record
        if store is None:
            self._show_unavailable()
            return
        self.store_banner.hide()
        if store is not self._past_store:
            self._forget_history()
        try:
            first = store.first_day()
            self.calendar.set_date_range(first if first is not None and first <= today else today, today)
            if day_changed:
                self.calendar.set_selected_date(today)
            window_start = min(weeks_range(today, WEEKS_SHOWN)[0],
                               today - dt.timedelta(days=7 * PAIN_TREND_WEEKS - 1))
            self._recent = store.records(window_start, today)
            self._show_month()
            self._show_day_details(self.calendar.selected_date())
            self._show_weeks(first)
            self._show_whole_history(store, first, window_start)
        except RecordError as exc:
            log.error("could not read the adherence record: %s", exc)
            self._show_read_error(exc)

    def is_loading(self) -> bool:
        """True while the whole record is still being read (streaks and warning not shown yet)."""
        return self._loader is not None

    def warning_text(self) -> str:
        """The warning banner's text, or '' when there is no warning."""
        return self.warning_banner.text() if self._warning is not None else ""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        """Side by side when there is room, one above the other in a narrow window."""
        self._arrange(wide=event.size().width() >= WIDE_LAYOUT_MIN_CHARS * self.fontMetrics().averageCharWidth())
        super().resizeEvent(event)

    def _arrange(self, wide: bool) -> None:
        """Wide: calendar on the left, streaks, weeks and pain on the right. Narrow: streaks first, then
        the calendar, the weeks and the pain, one above the other."""
        if wide == self._wide:
            return
        self._wide = wide
        grid = self.arrangement
        for block in (self.streak_block, self.calendar_block, self.weeks_block, self.pain_block):
            grid.removeWidget(block)
        for index in range(4):
            grid.setRowStretch(index, 0)
            grid.setColumnStretch(index, 0)
        if wide:
            grid.addWidget(self.calendar_block, 0, 0, 3, 1)
            grid.addWidget(self.streak_block, 0, 1)
            grid.addWidget(self.weeks_block, 1, 1)
            grid.addWidget(self.pain_block, 2, 1)
            grid.setColumnStretch(0, 5)
            grid.setColumnStretch(1, 6)
            grid.setRowStretch(2, 1)
        else:
            grid.addWidget(self.streak_block, 0, 0)
            grid.addWidget(self.calendar_block, 1, 0)
            grid.addWidget(self.weeks_block, 2, 0)
            grid.addWidget(self.pain_block, 3, 0)
            grid.setColumnStretch(0, 1)
            self.pain_chart.setMinimumHeight(240)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        """Follow a new theme: the style sheet carries colours of its own."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "content"):  # not while being built
            self._apply_colours()

    def _apply_colours(self) -> None:
        """Set the style sheet again, even with the same colours: Qt keeps a copy of the palette of every
        widget under a style sheet, and polishing them again is what makes them take the new palette."""
        self._colours = HistoryColours.of(self.palette())
        self.content.setStyleSheet(style_sheet(self._colours))
        self.content.update()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """Show the record as it is now: sessions may have been ticked since the last look."""
        super().showEvent(event)
        self.refresh()  # it may have been built before the last session was recorded

    # -- whole-record figures -------------------------------------------------------------------
    def _forget_history(self) -> None:
        if self._loader is not None:
            self._loader.cancel()
            self._loader.deleteLater()
            self._loader = None
        self._past = None
        self._past_first = self._past_end = None
        self._past_store = self.context.record

    def _show_whole_history(self, store: RecordService, first: dt.date | None, window_start: dt.date) -> None:
        today = self._today
        if first is None or first > today:
            self._forget_history()
            self._show_streaks_and_warning([])
            self._show_pain(self._recent, None)
            return
        if self._past is not None and self._past_first == first and self._past_end is not None:
            days = [*self._past, *store.records(self._past_end + dt.timedelta(days=1), today)]
        elif (today - first).days <= SYNC_DAYS:
            days = list(store.records(first, today))
        else:
            if self._loader is None or self._loader.first != first:
                self._start_loader(store, first, window_start - dt.timedelta(days=1))
            self._show_pending()
            self._show_pain(self._recent, None)  # the baseline comes with the whole record
            return
        self._show_streaks_and_warning(days)
        self._show_pain(self._recent, pain_baseline(days))
        self.historyLoaded.emit()

    def _start_loader(self, store: RecordService, first: dt.date, last: dt.date) -> None:
        self._forget_history()
        self._loader = _HistoryLoader(store, first, last, self)
        self._loader.finished.connect(self._on_history_loaded)
        self._loader.failed.connect(self._on_history_failed)
        self._loader.start()

    @Slot()
    def _on_history_loaded(self) -> None:
        loader = self._loader
        if loader is None:
            return
        self._loader = None
        loader.deleteLater()
        self._past, self._past_first, self._past_end = loader.days, loader.first, loader.last
        store = self.context.record
        if store is None:
            return
        try:
            days = [*self._past, *store.records(loader.last + dt.timedelta(days=1), self._today)]
        except RecordError as exc:
            self._show_read_error(exc)
            return
        self._show_streaks_and_warning(days)
        self._show_pain(self._recent, pain_baseline(days))
        self.historyLoaded.emit()

    @Slot(str)
    def _on_history_failed(self, message: str) -> None:
        if self._loader is not None:
            self._loader.deleteLater()
            self._loader = None
        self.store_banner.setText(escape(self.tr("Part of your record could not be read:")) + " " + escape(message))
        self.store_banner.show()

    def _show_pending(self) -> None:
        for label in (self.current_streak_label, self.longest_streak_label):
            label.setText("…")
            label.setAccessibleDescription(self.tr("Counting"))

    def _show_streaks_and_warning(self, days: list[DayRecord]) -> None:
        today = self._today
        figures = streaks(days, today)
        self.current_streak_label.setText(self._days_text(figures.current))
        self.longest_streak_label.setText(self._days_text(figures.longest))
        for label in (self.current_streak_label, self.longest_streak_label):
            label.setAccessibleDescription(label.text())
        self._warning = warning(days, today)
        self._show_warning(self._warning)

    def _days_text(self, count: int) -> str:
        return self.tr("1 day") if count == 1 else self.tr("%1 days").replace("%1", self._locale.toString(count))

    def _show_warning(self, care: CareWarning | None) -> None:
        if care is None:
            self.warning_banner.hide()
            self.warning_banner.clear()
            return
        size = self._body_size
        head = escape(self.tr("Please contact your physiotherapist."))
        parts = [f"<span style='font-size:{size * 1.3:.1f}pt; font-weight:bold'>⚠ {head}</span>"]
        rise = care.pain_rise
        if rise is not None:
            if len(rise.ratings) == 1:
                text = self.tr("Your pain has gone up: your last rating was %1 out of 10, against %2 when you started.")
            else:
                text = self.tr("Your pain has gone up: your last %4 ratings average %1 out of 10, against %2 when "
                               "you started.")
            text += " " + self.tr("A rise of %3 points or more is the change that matters.")
            parts.append(escape(text.replace("%1", self._number(rise.recent)).replace("%2", self._number(rise.baseline))
                                .replace("%3", str(PAIN_RISE_POINTS)).replace("%4", str(len(rise.ratings)))))
        if care.red_flags:
            latest = care.red_flags[-1]
            when = long_date(latest.on, self.lang)
            library = self.context.library_load.library
            safety = library.safety if library else None
            level = flag_level(latest, safety)
            words = "; ".join(flag_words(latest, safety, self.lang))
            sentence = self.tr("You reported a warning sign on %1.").replace("%1", when)
            if words:
                sentence += " " + self.tr("(%1)").replace("%1", words)
            if level == EMERGENCY:
                sentence += " " + self.tr("If you have not been seen yet, "
                                          "call 911 or go to the emergency department now.")
            else:
                sentence += " " + self.tr("If you have not been seen yet, see a doctor today.")
            parts.append(escape(sentence))
        self.warning_banner.setText("<br/>".join(parts))
        self.warning_banner.setAccessibleDescription(care.describe())
        self.warning_banner.show()

    # -- recent figures -------------------------------------------------------------------------
    def _number(self, value: float) -> str:
        return self._locale.toString(value, "f", 1)

    def _short_date(self, on: dt.date) -> str:
        fmt = "d MMM" if self.lang == "fr" else "MMM d"
        return self._locale.toString(QDate(on.year, on.month, on.day), fmt)

    def _show_weeks(self, first: dt.date | None) -> None:
        today = self._today
        start, _end = weeks_range(today, WEEKS_SHOWN)
        days = [d for d in self._recent if start <= d.on <= today]  # this week: so far
        figures = [w for w in weekly_adherence(days)
                   if first is not None and w.monday + dt.timedelta(days=6) >= first and w.prescribed]
        figures.reverse()  # newest first
        table = self.weekly_table
        table.setRowCount(len(figures))
        for row, figure in enumerate(figures):
            self._fill_week_row(row, figure, today)
        table.setVisible(bool(figures))
        self.weekly_empty.setVisible(not figures)
        rows_height = table.verticalHeader().defaultSectionSize() * max(1, len(figures))
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows_height + 4)

    def _fill_week_row(self, row: int, figure: WeekFigure, today: dt.date) -> None:
        sunday = figure.monday + dt.timedelta(days=6)
        label = f"{self._short_date(figure.monday)} – {self._short_date(sunday)}"
        if figure.monday <= today <= sunday:
            label = self.tr("This week (so far)")
        done = self.tr("%1 of %2").replace("%1", str(figure.done)).replace("%2", str(figure.prescribed))
        share = figure.share
        percent = (self._locale.toString(round(share * 100)) + (" %" if self.lang == "fr" else "%")
                   if share is not None else "—")
        week_item = QTableWidgetItem(label)
        done_item = QTableWidgetItem(done)
        share_item = QTableWidgetItem(percent)
        done_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        share_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if share is not None:
            fill = share_colour(share, self.palette())
            share_item.setBackground(fill)
            share_item.setForeground(ink_on(fill))
            bold = QFont(self.font())
            bold.setBold(True)
            share_item.setFont(bold)
        accessible = self.tr("%1: %2 sessions done, %3").replace("%1", label).replace("%2", done).replace("%3", percent)
        for column, item in enumerate((week_item, done_item, share_item)):
            item.setData(Qt.ItemDataRole.AccessibleTextRole, accessible)
            self.weekly_table.setItem(row, column, item)

    def _show_pain(self, recent: tuple[DayRecord, ...], baseline: float | None) -> None:
        today = self._today
        start = today - dt.timedelta(days=7 * PAIN_TREND_WEEKS - 1)
        self.pain_chart.set_series(pain_trend(recent, today), start, today, baseline, PAIN_RISE_POINTS, self._locale)

    def _show_month(self) -> None:
        store = self.context.record
        if store is None:
            return
        year, month = self.calendar.month()
        first = dt.date(year, month, 1)
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        days = store.records(first, following - dt.timedelta(days=1))
        shares = day_shares(days)
        self.calendar.set_days({
            day.on: (CalendarDay(day.sessions_done, 0, None) if day.excused  # a day off: nothing was due
                     else CalendarDay(day.sessions_done, day.sessions_prescribed, shares[day.on])) for day in days
        })

    def _show_day_details(self, on: dt.date) -> None:
        store = self.context.record
        title = f"<b>{escape(long_date(on, self.lang))}</b>"
        if store is None:
            self.day_details.setText(title)
            return
        if on > self._today:
            still = self.tr("Still to come.")
            self.day_details.setText(f"{title}<br/>{escape(still)}")
            return
        record = store.day(on)
        if record.prescription is None:
            nothing = self.tr("No exercise was prescribed.")
            self.day_details.setText(f"{title}<br/>{escape(nothing)}")
            return
        lines = []
        if record.excused:
            reasons = {"ill": self.tr("a day off: ill"), "away": self.tr("a day off: away"),
                       "rest": self.tr("a day off: rest advised by the physiotherapist")}
            lines.append(escape(reasons.get(record.excused, record.excused)))
        count = record.sessions_prescribed
        for session in record.sessions:
            if not session.is_prescribed:
                continue
            done = sum(1 for t in session.ticks if t.status == "done")
            total = len(session.prescribed)  # English has no catalogue: its singular is a string of its own
            counted = self.tr("%1 of 1 exercise") if total == 1 else self.tr("%1 of %2 exercises")
            parts = [counted.replace("%1", str(done)).replace("%2", str(total))]
            if session.is_done:
                parts[0] = "✓ " + parts[0]
            report = session.report
            if report is not None and report.pain is not None:
                parts.append(self.tr("pain %1/10").replace("%1", str(report.pain)))
            if report is not None:
                parts += [quoted(note.text) for note in report.notes]
            if report is not None and report.has_red_flag:
                parts.append(self.tr("warning sign reported"))
            lines.append(f"<b>{escape(session_name(session.slot, count))}:</b> {escape(' · '.join(parts))}")
        self.day_details.setText(title + "<br/>" + "<br/>".join(lines))

    # -- problems -------------------------------------------------------------------------------
    def _show_unavailable(self) -> None:
        notice = self.context.store_notice
        self.store_banner.setText(
            "<b>" + escape(self.tr("No history to show.")) + "</b> "
            + escape(self.tr("The record of your exercises could not be opened, so nothing is being saved."))
            + (f"<br/>{escape(notice)}" if notice else ""))
        self.store_banner.show()
        self.calendar.set_days({})
        self.weekly_table.setRowCount(0)
        self.weekly_table.hide()
        self.weekly_empty.show()
        for label in (self.current_streak_label, self.longest_streak_label):
            label.setText("—")
            label.setAccessibleDescription(self.tr("Not available"))
        self.calendar.set_date_range(self._today, self._today)
        self._show_warning(None)
        self.pain_chart.set_series([], self._today - dt.timedelta(days=7 * PAIN_TREND_WEEKS - 1), self._today,
                                   None, PAIN_RISE_POINTS, self._locale)
        self.day_details.setText(f"<b>{escape(long_date(self.calendar.selected_date(), self.lang))}</b>")

    def _show_read_error(self, error: Exception) -> None:
        self.store_banner.setText("<b>" + escape(self.tr("Your record could not be read.")) + "</b> "
                                  + escape(str(error)))
        self.store_banner.show()

    # -- slots ----------------------------------------------------------------------------------
    @Slot(int, int)
    def _on_month_changed(self, _year: int, _month: int) -> None:
        try:
            self._show_month()
        except RecordError as exc:
            self._show_read_error(exc)

    @Slot(object)
    def _on_date_selected(self, on: dt.date) -> None:
        try:
            self._show_day_details(on)
        except RecordError as exc:
            self._show_read_error(exc)


__all__ = ["HistoryView"]
