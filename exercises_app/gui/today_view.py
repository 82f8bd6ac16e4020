"""The Today view: the day's checklist, one column per session, like the printed tick sheet.

Rows are the day's exercises (name and dose), columns the sessions of the day; a large tick box
sits where an exercise belongs to a session. Each column has its Start button, how many are done,
a pain rating (0-10, or not rated) and a note. Every action is handed at once to the record's
service (``core.record.service``), which adds it to the journal: this view decides nothing about
the record. The dose shown is the one the record holds as prescribed for the day. The layout
depends only on the day's checklist, so nothing moves from one day to the next; refresh() updates
states in place and keeps the keyboard focus.

Colours follow the application palette (``TodayColours.of``): the light theme keeps the colours it
was reviewed with, the dark and high-contrast themes take theirs from the palette's roles. They
are applied again whenever the palette changes, so a theme chosen in the settings shows at once.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from itertools import pairwise

from PySide6.QtCore import (
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..core.dose_progression import value_of
from ..core.dose_text import describe_amount, describe_dose
from ..core.prescription import PrescribedExercise
from ..core.record.days import PAIN_MAX, PAIN_MIN, Checklist, DayRecord, checklist
from ..core.record.errors import RecordError
from ..core.red_flags import EMERGENCY
from .content_html import escape, plain_as_rich_text
from .context import AppContext
from .formatting import long_date, quoted, session_name
from .theme import LIGHT_COLOURS, TodayColours
from .view_fonts import large_text, use_font_throughout
from .widgets.backdrop import Backdrop

log = logging.getLogger(__name__)

DAY_CHECK_MS = 30_000


STYLE_TEMPLATE = """
QLabel { color: %(text)s; }
#redFlagButton { border: 2px solid %(flag_border)s; border-radius: 6px; color: %(flag_text)s;
    background: %(flag_background)s; padding: 6px 16px; }
#redFlagButton:hover { background: %(flag_hover)s; }
#redFlagButton:focus { border: 3px solid %(focus)s; }
#storeBanner, #saveErrorBanner, #exampleBanner, #dayOffBanner, #checkInBanner { background: %(notice_background)s;
    color: %(notice_text)s; border: 2px solid %(notice_border)s; padding: 10px; }
#adviceBanner { background: #8b0000; color: #ffffff; padding: 12px; border-radius: 4px; }
#notInSession { color: %(not_in_session)s; }
QPushButton#startButton { background: %(start_background)s; color: %(start_text)s; border: 2px solid %(start_border)s;
    border-radius: 6px; padding: 8px 8px; }
QPushButton#startButton[primary="true"] { background: %(primary_background)s; color: %(primary_text)s;
    border: 2px solid %(primary_border)s; }
QPushButton#startButton:pressed { background: %(pressed_background)s; color: %(pressed_text)s; }
QPushButton#startButton:focus { border: 3px solid %(focus)s; }
QPushButton#startButton:disabled { color: %(disabled_text)s; background: %(start_background)s;
    border-color: %(disabled_border)s; }
"""


def style_sheet(colours: TodayColours) -> str:
    """The view's style sheet in ``colours``."""
    return STYLE_TEMPLATE % {f.name: getattr(colours, f.name) for f in fields(colours)}


STYLE = style_sheet(LIGHT_COLOURS)


def _ignoring_arguments(slot: Callable[..., object], *bound: object) -> Callable[..., None]:
    """Connect ``slot`` with ``bound`` arguments, whatever the signal sends (PySide passes a
    signal's arguments to a partial only sometimes); the slot reads the widget's state itself."""
    def call(*_signal_arguments: object) -> None:
        slot(*bound)
    return call


@dataclass(frozen=True)
class _Row:
    """One exercise of the day and the sessions it belongs to."""

    exercise_id: str
    name: str
    dose: str
    sets: int
    slots: tuple[int, ...]


class TickBox(QCheckBox):
    """A large tick box that fills its cell: click anywhere in it, or Space when focused.

    Partly done (a guided session stopped part way) shows as a dash; a click then marks it done.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(64, 52)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(48, 44)

    def hitButton(self, pos) -> bool:  # noqa: N802 (Qt name)
        return self.rect().contains(pos)

    def nextCheckState(self) -> None:  # noqa: N802 (Qt name)
        checked = self.checkState() == Qt.CheckState.Checked
        self.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(34.0, self.height() - 10.0, self.width() - 10.0)
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        state = self.checkState()
        enabled = self.isEnabled()
        colours = TodayColours.of(self.palette())
        if state == Qt.CheckState.Checked:
            painter.setPen(QPen(QColor(colours.tick_checked_border), 2))
            painter.setBrush(QColor(colours.tick_checked_fill if enabled else colours.tick_checked_disabled_fill))
        else:
            painter.setPen(QPen(QColor(colours.tick_border if enabled else colours.tick_disabled_border), 2))
            painter.setBrush(QColor(colours.tick_fill))
        painter.drawRoundedRect(box, 5, 5)
        if state == Qt.CheckState.Checked:
            pen = QPen(QColor(colours.tick_mark), max(3.0, side / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                       Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPolyline([
                QPointF(box.left() + side * 0.24, box.top() + side * 0.54),
                QPointF(box.left() + side * 0.43, box.top() + side * 0.73),
                QPointF(box.left() + side * 0.78, box.top() + side * 0.30),
            ])
        elif state == Qt.CheckState.PartiallyChecked:
            painter.setPen(QPen(QColor(colours.tick_partial), max(3.0, side / 9), Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            y = box.center().y()
            painter.drawLine(QPointF(box.left() + side * 0.25, y), QPointF(box.right() - side * 0.25, y))
        if self.hasFocus():
            painter.setPen(QPen(QColor(colours.focus), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(-5, -5, 5, 5), 8, 8)
        painter.end()


class _ChecklistGrid(QWidget):
    """The grid's container: paints a stripe behind every other exercise row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.striped_rows: list[int] = []

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        layout = self.layout()
        if isinstance(layout, QGridLayout) and self.striped_rows:
            stripe = QColor(TodayColours.of(self.palette()).stripe)
            painter = QPainter(self)
            for row in self.striped_rows:
                # cellRect() is not kept up to date when rows have height-for-width labels: use the items
                items = [layout.itemAtPosition(row, column) for column in range(layout.columnCount())]
                rects = [item.geometry() for item in items if item is not None]
                if rects:
                    top = min(r.top() for r in rects)
                    bottom = max(r.bottom() for r in rects)
                    painter.fillRect(QRectF(2, top - 3, self.width() - 4, bottom - top + 7), stripe)
            painter.end()
        super().paintEvent(event)


class _SessionColumn:
    """The widgets of one session's column (not a widget itself: they sit in the shared grid)."""

    def __init__(self, slot: int, title: str) -> None:
        self.slot = slot
        self.title = title
        self.heading = QLabel(title)
        self.status = QLabel()
        self.start_button = QPushButton()
        self.ticks: dict[str, TickBox] = {}
        self.pain = QComboBox()
        self.note = QLineEdit()
        self.saved_note = ""
        self.other_notes = QLabel()  # the session's other notes (from guided sessions), read only
        self.other_notes.setTextFormat(Qt.TextFormat.PlainText)
        self.other_notes.setWordWrap(True)
        self.other_notes.setObjectName("otherNotes")


class TodayView(QWidget):
    """Today's exercises by session, ticked by hand or by finishing a guided session."""

    startSessionRequested = Signal(int)  # the session slot to run
    checklistChanged = Signal()  # something of today was written to the store
    redFlagReported = Signal(str)  # 'emergency' or 'urgent'
    dayChanged = Signal()  # the date rolled over (midnight) and the view shows the new day

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = context.lang
        self._day = context.today()
        self._plan_key: tuple | None = None
        self._plan: Checklist = ()
        self._rows: list[_Row] = []
        self.columns: dict[int, _SessionColumn] = {}

        body = large_text(self.font())
        self._body_size = body.pointSizeF()
        self.setFont(body)

        self.date_label = QLabel()
        self.date_label.setObjectName("todayDate")
        date_font = QFont(body)
        date_font.setPointSizeF(self._body_size * 1.6)
        date_font.setBold(True)
        self.date_label.setFont(date_font)
        self.date_label.setAccessibleName(self.tr("Today's date"))
        self.date_label.setWordWrap(True)  # a long date wraps in a small window: no sideways scrolling
        self.subtitle = QLabel(self.tr("Tick each exercise when you have done it, or press Start to be guided."))
        self.subtitle.setWordWrap(True)

        self.red_flag_button = QPushButton(self.tr("I have a warning sign…"))
        self.red_flag_button.setObjectName("redFlagButton")
        self.red_flag_button.setMinimumHeight(48)
        self.red_flag_button.setAccessibleName(self.tr("Report a warning sign"))
        self.red_flag_button.setToolTip(self.tr("Numbness, loss of bladder control, fever "
                                                "and other signs that need a doctor"))
        flag_font = QFont(body)
        flag_font.setBold(True)
        self.red_flag_button.setFont(flag_font)
        self.red_flag_button.clicked.connect(self._on_red_flag)

        self.store_banner = QLabel()
        self.store_banner.setObjectName("storeBanner")
        self.store_banner.setWordWrap(True)
        self.store_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the message about the record"))
        self.dismiss_button.clicked.connect(self._on_dismiss_notice)
        self.store_box = QWidget()
        store_row = QHBoxLayout(self.store_box)
        store_row.setContentsMargins(0, 0, 0, 0)
        store_row.addWidget(self.store_banner, 1)
        store_row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)

        self.advice_banner = QLabel()
        self.advice_banner.setObjectName("adviceBanner")
        self.advice_banner.setWordWrap(True)
        self.advice_banner.setAccessibleName(self.tr("Advice"))

        self.example_banner = QLabel()
        self.example_banner.setObjectName("exampleBanner")
        self.example_banner.setWordWrap(True)
        self.example_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.example_banner.setAccessibleName(self.tr("An example programme"))

        self.error_banner = QLabel()
        self.error_banner.setObjectName("saveErrorBanner")
        self.error_banner.setWordWrap(True)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)

        self.grid_host = _ChecklistGrid()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(8, 4, 8, 8)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(6)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.date_label)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        self.day_off_button = QPushButton(self.tr("A day off…"))
        self.day_off_button.setObjectName("dayOffButton")
        self.day_off_button.setMinimumHeight(40)
        self.day_off_button.setAccessibleName(self.tr("Mark a day off your exercises"))
        self.day_off_button.setToolTip(self.tr("I'm ill, away, or my physiotherapist advised a rest day: "
                                               "the day does not count against me"))
        self.day_off_button.clicked.connect(self._on_day_off)
        actions = QVBoxLayout()
        actions.addWidget(self.red_flag_button)
        actions.addWidget(self.day_off_button)
        actions.addStretch(1)
        header.addLayout(actions)

        self.day_off_label = QLabel()
        self.day_off_label.setObjectName("dayOffBanner")
        self.day_off_label.setWordWrap(True)
        self.count_again_button = QPushButton(self.tr("Count today again"))
        self.count_again_button.clicked.connect(self._on_count_again)
        self.day_off_box = QWidget()
        day_off_row = QHBoxLayout(self.day_off_box)
        day_off_row.setContentsMargins(0, 0, 0, 0)
        day_off_row.addWidget(self.day_off_label, 1)
        day_off_row.addWidget(self.count_again_button, 0, Qt.AlignmentFlag.AlignTop)
        self.day_off_box.hide()

        self.check_in_label = QLabel(self.tr("Check-in (2 minutes): how well can you do the activities that are hard "
                                             "for you? Your answers show your physiotherapist what has changed."))
        self.check_in_label.setObjectName("checkInBanner")
        self.check_in_label.setWordWrap(True)
        self.check_in_button = QPushButton(self.tr("Answer"))
        self.check_in_button.clicked.connect(self._on_check_in)
        self.not_now_button = QPushButton(self.tr("Not now"))
        self.not_now_button.clicked.connect(self._on_not_now)
        for button in (self.count_again_button, self.check_in_button, self.not_now_button):
            button.setMinimumHeight(40)  # as tall as the day-off button: hit from the mat
        self.check_in_box = QWidget()
        check_in_row = QHBoxLayout(self.check_in_box)
        check_in_row.setContentsMargins(0, 0, 0, 0)
        check_in_row.addWidget(self.check_in_label, 1)
        check_in_row.addWidget(self.check_in_button, 0, Qt.AlignmentFlag.AlignTop)
        check_in_row.addWidget(self.not_now_button, 0, Qt.AlignmentFlag.AlignTop)
        self.check_in_box.hide()

        content = Backdrop(lambda palette: TodayColours.of(palette).background)
        content.setObjectName("todayContent")
        self.content = content
        self._colours: TodayColours | None = None
        self._row_labels: list[tuple[QLabel, _Row]] = []
        self._name_size = self._small_size = self._body_size
        self._apply_colours()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(20, 14, 20, 14)
        content_layout.setSpacing(10)
        content_layout.addLayout(header)
        content_layout.addWidget(self.store_box)
        content_layout.addWidget(self.advice_banner)
        content_layout.addWidget(self.error_banner)
        content_layout.addWidget(self.example_banner)
        content_layout.addWidget(self.day_off_box)
        content_layout.addWidget(self.check_in_box)
        content_layout.addWidget(self.empty_label)
        content_layout.addWidget(self.grid_host)
        content_layout.addStretch(1)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

        self._body_font = body
        use_font_throughout(self, body)
        self.error_banner.hide()
        self.advice_banner.hide()
        self._show_store_state()

        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self.check_day)
        self.day_timer.start()
        self.refresh()

    # -- public -------------------------------------------------------------------------------
    @property
    def day(self) -> dt.date:
        """The date the checklist is for."""
        return self._day

    @Slot()
    def refresh(self) -> None:
        """Re-read today from the store and update ticks, counts, pain and notes in place."""
        record = self._read_day()
        self._ensure_layout(checklist(record, self.context.prescription))
        programme = self.context.programme
        self.example_banner.setVisible(programme is not None and programme.example)
        self.example_banner.setText(self.tr(
            "These are the clinic guide's exercises, shown as an example: nobody chose them for you. Check with "
            "a physiotherapist before following them, and open your own programme file when you have one "
            "(File › Open programme)."))
        self.date_label.setText(long_date(self._day, self.lang))
        if record is not None:
            self._apply_record(record)
        self._update_statuses(record)
        self._show_red_flag_advice(record)
        self._show_day_off(record)
        self._show_check_in()

    @Slot()
    def check_day(self) -> bool:
        """Follow the clock over midnight: show the new day when the date changed (True then)."""
        today = self.context.today()
        if today == self._day:
            return False
        self._save_pending_notes()
        self._day = today
        self.error_banner.hide()
        for column in self.columns.values():
            column.note.clear()
            column.saved_note = ""
        self.refresh()
        self.dayChanged.emit()
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        """Follow a new theme: the style sheet and the rich text carry colours of their own."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "content"):  # not while being built
            self._apply_colours()

    def _apply_colours(self) -> None:
        """Set the style sheet again, even with the same colours: Qt keeps a copy of the palette of every
        widget under a style sheet, and polishing them again is what makes them take the new palette."""
        colours = TodayColours.of(self.palette())
        changed = colours != self._colours
        self._colours = colours
        self.content.setStyleSheet(style_sheet(colours))
        if changed:
            for label, row in self._row_labels:
                label.setText(self._row_html(row))
        self.content.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_start_buttons)  # once the grid has its new column widths

    def _fit_start_buttons(self) -> None:
        """Where a column is too narrow for "▶ Start" (large text in a small window), show the ▶ alone:
        its accessible name and tooltip still say what it does."""
        full = self.tr("▶ Start")
        for column in self.columns.values():
            button = column.start_button
            margin = button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
            fits = button.fontMetrics().horizontalAdvance(full) <= button.width() - 2 * margin
            text = full if fits else "▶"
            if button.text() != text:
                button.setText(text)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if not self.check_day():
            self.refresh()

    # -- reading --------------------------------------------------------------------------------
    def _read_day(self) -> DayRecord | None:
        record = self.context.record
        if record is None:
            return None
        try:
            return record.day(self._day)
        except RecordError as exc:
            log.error("could not read today's record: %s", exc)
            self._show_error(self.tr("Today's record could not be read."), exc)
            return None

    # -- layout: rebuilt only when the day's checklist changes shape ---------------------------
    def _ensure_layout(self, plan: Checklist) -> None:
        key = tuple((slot, tuple((e.exercise_id, e.dose, e.sets) for e in exercises)) for slot, exercises in plan)
        if key == self._plan_key:
            return
        self._plan_key = key
        self._plan = plan
        self._rows = self._rows_of(plan)
        self._build_grid(plan)

    def _rows_of(self, plan: Checklist) -> list[_Row]:
        """One row per exercise of the day, in the order it first appears, with the dose prescribed."""
        first: dict[str, PrescribedExercise] = {}
        slots_of: dict[str, list[int]] = {}
        for slot, exercises in plan:
            for exercise in exercises:
                first.setdefault(exercise.exercise_id, exercise)
                slots_of.setdefault(exercise.exercise_id, []).append(slot)
        rows = []
        for exercise_id, prescribed in first.items():
            slots = tuple(slots_of[exercise_id])
            dose = prescribed.session_dose
            if dose is not None:
                text = describe_dose(replace(dose, times_per_day=len(slots)), self.lang)
                if prescribed.side in ("left", "right"):
                    text += " · " + (self.tr("left side") if prescribed.side == "left" else self.tr("right side"))
                if prescribed.stepped and prescribed.as_prescribed is not None and prescribed.progression:
                    field = prescribed.progression.field
                    text += " · " + self.tr("adjusted from {amount}").format(amount=describe_amount(
                        field, value_of(prescribed.as_prescribed, field) or 0, self.lang))
            else:  # recorded before the record kept the whole dose
                text = self._sets_text(prescribed)
            rows.append(_Row(exercise_id, prescribed.name.get(self.lang), text, prescribed.sets, slots))
        return rows

    def _sets_text(self, prescribed: PrescribedExercise) -> str:
        return self.tr("%n set(s)", "", prescribed.sets)

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
            self.grid.setColumnMinimumWidth(column, 0)
        self.columns = {}
        self.grid_host.striped_rows = []
        self._row_labels = []

    def _build_grid(self, plan: Checklist) -> None:
        self._clear_grid()
        if not plan or not self._rows:
            self.grid_host.hide()
            self.empty_label.setText(self._empty_text())
            self.empty_label.show()
            self.red_flag_button.setEnabled(self._safety() is not None)
            return
        self.empty_label.hide()
        self.grid_host.show()
        count = len(plan)
        # left-aligned and no wider than it needs: a tick box stays near its exercise's name
        self.grid_host.setMaximumWidth(460 + count * 250)
        base = self._body_size
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(base * 1.2)
        heading_font.setBold(True)
        name_size = base * 1.1
        small_size = base * 0.9
        self._name_size, self._small_size = name_size, small_size

        label_head = QLabel(self.tr("Exercise"))
        label_head.setFont(heading_font)
        self.grid.addWidget(label_head, 0, 0, Qt.AlignmentFlag.AlignBottom)
        first_row = 3
        pain_row = first_row + len(self._rows)
        note_row = pain_row + 1

        for index, (slot, exercises) in enumerate(plan, start=1):
            column = _SessionColumn(slot, session_name(slot, count))
            self.columns[slot] = column
            col = index
            column.heading.setFont(heading_font)
            column.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            column.status.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.status.setWordWrap(True)  # "Faits : 0 sur 7" large, in three columns: two lines, not sideways
            column.status.setAccessibleName(self.tr("%1: progress").replace("%1", column.title))
            column.start_button.setObjectName("startButton")
            column.start_button.setProperty("primary", False)
            column.start_button.setText(self.tr("▶ Start"))
            column.start_button.setAccessibleName(self.tr("Start the session: %1").replace("%1", column.title))
            column.start_button.setToolTip(self.tr("Be guided through the %1 exercises")
                                           .replace("%1", column.title.lower()))
            column.start_button.setMinimumHeight(54)
            column.start_button.setMinimumWidth(130)
            column.start_button.setMaximumWidth(260)
            start_font = QFont(self.font())
            start_font.setPointSizeF(base * 1.05)
            start_font.setBold(True)
            column.start_button.setFont(start_font)
            column.start_button.clicked.connect(_ignoring_arguments(self._on_start_clicked, slot))
            column.start_button.setEnabled(bool(exercises))
            self.grid.addWidget(column.heading, 0, col)
            self.grid.addWidget(column.status, 1, col)
            self.grid.addWidget(column.start_button, 2, col)

            column.pain.setAccessibleName(self.tr("Pain after the %1 session, 0 to 10")
                                          .replace("%1", column.title.lower()))
            column.pain.addItem(self.tr("Not rated"), None)
            for value in range(PAIN_MIN, PAIN_MAX + 1):
                if value == PAIN_MIN:
                    text = self.tr("0 – no pain")
                elif value == PAIN_MAX:
                    text = self.tr("10 – worst")
                else:
                    text = str(value)
                column.pain.addItem(text, value)
            column.pain.setMinimumHeight(44)
            column.pain.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            column.pain.setMinimumContentsLength(6)  # long French items must not widen the column
            column.pain.setMaxVisibleItems(12)
            column.pain.activated.connect(_ignoring_arguments(self._on_pain_chosen, slot))
            self.grid.addWidget(column.pain, pain_row, col)

            column.note.setPlaceholderText(self.tr("Note (optional)"))
            column.note.setAccessibleName(self.tr("Note about the %1 session").replace("%1", column.title.lower()))
            column.note.setMinimumHeight(44)
            column.note.setMaxLength(500)
            column.note.editingFinished.connect(_ignoring_arguments(self._on_note_edited, slot))
            self.grid.addWidget(column.note, note_row, col)
            self.grid.addWidget(column.other_notes, note_row + 1, col)
            column.other_notes.hide()
            self.grid.setColumnStretch(col, 1)
            self.grid.setColumnMinimumWidth(col, 150)

        for index, row in enumerate(self._rows):
            grid_row = first_row + index
            label = QLabel(self._row_html(row))
            label.setTextFormat(Qt.TextFormat.RichText)
            self._row_labels.append((label, row))
            label.setWordWrap(True)
            label.setMinimumWidth(170)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.grid.addWidget(label, grid_row, 0)
            if index % 2 == 0:
                self.grid_host.striped_rows.append(grid_row)
            for col, (slot, column) in enumerate(self.columns.items(), start=1):
                if slot in row.slots:
                    box = TickBox()
                    box.setAccessibleName(self.tr("%1, %2").replace("%1", row.name).replace("%2", column.title.lower()))
                    box.setToolTip(plain_as_rich_text(
                        self.tr("Done: %1 (%2)").replace("%1", row.name).replace("%2", column.title.lower())))
                    box.clicked.connect(_ignoring_arguments(self._on_tick_clicked, slot, row.exercise_id))
                    column.ticks[row.exercise_id] = box
                    self.grid.addWidget(box, grid_row, col)
                else:
                    dash = QLabel("—")
                    dash.setAlignment(Qt.AlignmentFlag.AlignCenter)
                    dash.setObjectName("notInSession")
                    dash.setAccessibleName(self.tr("Not in this session"))
                    dash.setToolTip(self.tr("Not in this session"))
                    self.grid.addWidget(dash, grid_row, col)

        pain_label = QLabel(self.tr("Pain after the session<br/><span style='font-size:%1pt'>"
                                    "0 = no pain, 10 = worst imaginable</span>").replace("%1", f"{small_size:.1f}"))
        pain_label.setTextFormat(Qt.TextFormat.RichText)
        pain_label.setWordWrap(True)
        self.grid.addWidget(pain_label, pain_row, 0)
        note_label = QLabel(self.tr("Note"))
        self.grid.addWidget(note_label, note_row, 0)
        self.grid.setColumnStretch(0, 1)
        self.grid.setRowMinimumHeight(pain_row, 56)
        self.grid.setColumnMinimumWidth(0, 240)
        self.grid.setRowStretch(note_row + 2, 1)
        self._set_tab_order()
        use_font_throughout(self.grid_host, self._body_font)
        self.red_flag_button.setEnabled(self._safety() is not None)
        QTimer.singleShot(0, self._fit_start_buttons)

    def _row_html(self, row: _Row) -> str:
        """An exercise's name and, smaller and a little lighter, its dose."""
        dose_colour = (self._colours or LIGHT_COLOURS).dose
        return (f"<span style='font-size:{self._name_size:.1f}pt; font-weight:600'>{escape(row.name)}</span><br/>"
                f"<span style='font-size:{self._small_size:.1f}pt; color:{dose_colour}'>{escape(row.dose)}</span>")

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = []
        for column in self.columns.values():
            chain.append(column.start_button)
            chain.extend(column.ticks[row.exercise_id] for row in self._rows if row.exercise_id in column.ticks)
            chain.extend((column.pain, column.note))
        chain += [self.red_flag_button, self.day_off_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _empty_text(self) -> str:
        if self.context.library_load.library is None:
            return self.tr("The exercise library could not be loaded, so there is no checklist today. "
                           "See the Library page for what went wrong.")
        if self.context.programme is None:
            return self.tr("There is no programme yet. Open the programme file from your physiotherapist with "
                           "File › Open programme, or build one on the Programme page.")
        return self.tr("No exercises are prescribed for today.")

    # -- showing the state ----------------------------------------------------------------------
    def _apply_record(self, record: DayRecord) -> None:
        service = self.context.record
        for slot, column in self.columns.items():
            session = record.session(slot)
            for exercise_id, box in column.ticks.items():
                tick = session.tick(exercise_id) if session else None
                if tick is None or tick.status in ("skipped", "not_reached"):
                    state = Qt.CheckState.Unchecked
                elif tick.status == "done":
                    state = Qt.CheckState.Checked
                else:
                    state = Qt.CheckState.PartiallyChecked
                box.setCheckState(state)
                name = next((r.name for r in self._rows if r.exercise_id == exercise_id), exercise_id)
                if tick is not None and tick.status == "partial":
                    tip = (self.tr("%1: %2 of %3 sets done. Click to mark it done.")
                           .replace("%1", name).replace("%2", str(tick.sets_done))
                           .replace("%3", str(tick.sets_prescribed)))
                elif tick is not None and tick.status == "skipped":
                    tip = self.tr("%1: skipped. Click to mark it done.").replace("%1", name)
                elif tick is not None and tick.status == "not_reached":
                    tip = self.tr("%1: not reached (the session ended before it). "
                                  "Click to mark it done.").replace("%1", name)
                else:
                    tip = self.tr("Done: %1 (%2)").replace("%1", name).replace("%2", column.title.lower())
                box.setToolTip(plain_as_rich_text(tip))
            report = session.report if session else None
            pain = report.pain if report else None
            column.pain.setCurrentIndex(column.pain.findData(pain) if pain is not None else 0)
            try:
                note = service.today_note(self._day, slot) if service is not None else ""
            except RecordError as exc:
                log.error("could not read today's note: %s", exc)
                note = column.saved_note
            if not column.note.hasFocus() or column.note.text() == column.saved_note:
                column.note.setText(note)
                column.note.setCursorPosition(0)  # a long note shows its start
            column.saved_note = note
            others = [n.text for n in (report.notes if report else ()) if n.text != note]
            column.other_notes.setText("\n".join(quoted(text) for text in others))
            column.other_notes.setVisible(bool(others))
            column.other_notes.setAccessibleName(self.tr("Other notes about the %1 session").replace(
                "%1", column.title.lower()))

    def _update_statuses(self, record: DayRecord | None) -> None:
        next_slot = None
        for slot, column in self.columns.items():
            total = len(column.ticks)
            if record is not None:
                session = record.session(slot)
                done = sum(1 for t in (session.ticks if session else ())
                           if t.status == "done" and t.exercise_id in column.ticks)
                complete = bool(session and session.is_done)
            else:  # nothing is being saved: count what is ticked on screen
                done = sum(1 for box in column.ticks.values() if box.checkState() == Qt.CheckState.Checked)
                complete = total > 0 and done == total
            if complete:
                column.status.setText(self.tr("✓ All done") if total > 1 else self.tr("✓ Done"))
            else:
                column.status.setText(self.tr("%1 of %n done", "", total).replace("%1", str(done)))
            column.heading.setAccessibleDescription(column.status.text())
            if not complete and next_slot is None and total:
                next_slot = slot
        for slot, column in self.columns.items():
            primary = slot == next_slot
            button = column.start_button
            if button.property("primary") != primary:
                button.setProperty("primary", primary)
                button.style().unpolish(button)
                button.style().polish(button)
        self.grid_host.update()

    def _show_store_state(self) -> None:
        context = self.context
        if context.record is None:
            reason = f"<br/>{escape(context.store_notice)}" if context.store_notice else ""
            self.store_banner.setText(
                "<b>" + escape(self.tr("Nothing is being saved.")) + "</b> "
                + escape(self.tr("The record of your exercises could not be opened, so your ticks, pain and "
                                 "notes will be lost when you close the app. You can still follow your exercises."))
                + reason)
            self.dismiss_button.hide()
            self.store_box.show()
        elif context.moved_aside is not None:
            moved = context.moved_aside
            self.store_banner.setText(escape(self.tr(
                "The record of your exercises at %1 could not be used (%2). It was kept, unchanged, at %3, and a "
                "new, empty record was started. Your physiotherapist or a helper may be able to recover it.")
                .replace("%1", str(moved.path)).replace("%2", moved.reason or self.tr("damaged"))
                .replace("%3", str(moved.moved_to))))
            self.dismiss_button.setText(self.tr("I understand"))
            self.dismiss_button.show()
            self.store_box.show()
        elif context.store_notice:
            self.store_banner.setText(escape(context.store_notice))
            self.dismiss_button.hide()
            self.store_box.show()
        else:
            self.store_box.hide()

    def _show_error(self, message: str, error: Exception) -> None:
        self.error_banner.setText(f"<b>{escape(message)}</b> {escape(str(error))}")
        self.error_banner.show()

    def _show_red_flag_advice(self, record: DayRecord | None) -> None:
        level = self.context.warning_sign_level(self._day, record.red_flags if record else ())
        if level is None:
            self.advice_banner.hide()
            return
        self.advice_banner.setText(self._advice_html(level))
        self.advice_banner.show()

    def _advice_html(self, level: str) -> str:
        if level == EMERGENCY:
            head = self.tr("Call 911 or go to the nearest emergency department now.")
            body = self.tr("You reported a warning sign that needs care right away. Do not continue your exercises.")
        else:
            head = self.tr("See a doctor today.")
            body = self.tr("You reported a warning sign that needs care the same day: call your doctor, a walk-in "
                           "clinic or your province's health line (811). Stop your exercises until you have been seen.")
        tell = self.tr("Tell your physiotherapist too.")
        return (f"<span style='font-size:{self._body_size * 1.25:.1f}pt; font-weight:bold'>⚠ {escape(head)}</span>"
                f"<br/>{escape(body)} {escape(tell)}")

    def _safety(self):
        library = self.context.library_load.library
        return library.safety if library is not None else None

    # -- writing: every action goes to the record's service -----------------------------------------
    def _saved(self, write: Callable[[], object], failure: str) -> bool:
        """Run one write of the record's service; show ``failure`` when it cannot be saved."""
        try:
            changed = write()
        except RecordError as exc:
            log.error("%s %s", failure, exc)
            self._show_error(failure, exc)
            return False
        self.error_banner.hide()
        return changed is not False

    @Slot(int)
    def _on_start_clicked(self, slot: int) -> None:
        self.startSessionRequested.emit(slot)

    @Slot(int, str)
    def _on_tick_clicked(self, slot: int, exercise_id: str) -> None:
        checked = self.columns[slot].ticks[exercise_id].isChecked()
        service = self.context.record
        if service is None:
            self._update_statuses(None)
            return
        if checked:
            self._saved(lambda: service.tick(self._day, slot, exercise_id), self.tr("This tick could not be saved."))
        else:
            self._saved(lambda: service.untick(self._day, slot, exercise_id), self.tr("This tick could not be saved."))
        self.refresh()
        self.checklistChanged.emit()

    @Slot(int)
    def _on_pain_chosen(self, slot: int) -> None:
        service = self.context.record
        pain = self.columns[slot].pain.currentData()
        if service is not None and self._saved(lambda: service.rate_pain(self._day, slot, pain),
                                               self.tr("Your answer could not be saved.")):
            self.checklistChanged.emit()

    @Slot(int)
    def _on_note_edited(self, slot: int) -> None:
        column = self.columns.get(slot)
        service = self.context.record
        if column is None or service is None:
            return
        text = column.note.text().strip()
        if text == column.saved_note:
            return
        if self._saved(lambda: service.set_today_note(self._day, slot, text),
                       self.tr("Your answer could not be saved.")):
            column.saved_note = text
            self.checklistChanged.emit()

    def _save_pending_notes(self) -> None:
        for slot, column in self.columns.items():
            if column.note.text().strip() != column.saved_note:
                self._on_note_edited(slot)

    @Slot()
    def _on_red_flag(self) -> None:
        safety = self._safety()
        if safety is None:
            return
        from .red_flag_dialog import RedFlagDialog  # dialogs load when first opened, not at start-up

        choice, accepted = RedFlagDialog.ask(safety, self.lang, self, regions=self.context.programme_regions())
        if not accepted or choice is None or choice.level is None:
            return
        self.context.note_warning_sign(self._day, choice.level)
        service = self.context.record
        if service is not None and self._saved(
                lambda: service.report_red_flag(self._day, choice.signs, self.lang),
                self.tr("The warning sign could not be saved.")):
            self.checklistChanged.emit()
        self._show_red_flag_advice(self._read_day())
        self.redFlagReported.emit(choice.level)

    def _show_day_off(self, record: DayRecord | None) -> None:
        reason = record.excused if record is not None else None
        self.day_off_box.setVisible(reason is not None)
        if reason is not None:
            words = {"ill": self.tr("you are ill"), "away": self.tr("you are away"),
                     "rest": self.tr("your physiotherapist advised a rest day")}
            self.day_off_label.setText(self.tr("Today is a day off (%1): it does not count against you. Whatever "
                                               "you do today still counts.").replace("%1", words.get(reason, reason)))

    def _show_check_in(self) -> None:
        service = self.context.record
        try:
            due = service is not None and self.context.programme is not None and service.psfs_due(self._day)
        except RecordError as exc:
            log.error("could not read the check-ins: %s", exc)
            due = False
        self.check_in_box.setVisible(due)

    @Slot()
    def _on_check_in(self) -> None:
        service = self.context.record
        if service is None:
            return
        answers = service.psfs_answers()
        previous = tuple(activity for activity, _ in answers[-1].items) if answers else ()
        from .psfs_dialog import PsfsDialog

        items, accepted = PsfsDialog.ask(previous, self)
        if accepted and self._saved(lambda: service.record_psfs(self._day, items),
                                    self.tr("Your answers could not be saved.")):
            self._show_check_in()
            self.checklistChanged.emit()

    @Slot()
    def _on_not_now(self) -> None:
        service = self.context.record
        if service is not None and self._saved(lambda: service.dismiss_psfs(self._day),
                                               self.tr("Your answers could not be saved.")):
            self._show_check_in()

    @Slot()
    def _on_day_off(self) -> None:
        service = self.context.record
        if service is None:
            return
        from .excuse_dialog import ExcuseDialog

        value, accepted = ExcuseDialog.ask(self._day, self.lang, self)
        if not accepted or value is None:
            return
        reason, last = value
        if self._saved(lambda: service.excuse(self._day, last, reason), self.tr("The day off could not be saved.")):
            self.refresh()
            self.checklistChanged.emit()

    @Slot()
    def _on_count_again(self) -> None:
        service = self.context.record
        if service is not None and self._saved(lambda: service.withdraw_excuse(self._day),
                                               self.tr("The day off could not be saved.")):
            self.refresh()
            self.checklistChanged.emit()

    @Slot()
    def _on_dismiss_notice(self) -> None:
        self.context.acknowledge_store_notice()
        self._show_store_state()
