"""A month calendar coloured by the share of the day's sessions that were done.

Each day is painted on a colour-blind-safe sequential scale (light to dark blue; dark to bright blue
in a dark theme) and carries its figure in words ("2/3", "✓ 3/3"), so colour is never the only
carrier. Everything else (weekday
names, empty days, the selection, the legend) takes its colours from the widget's palette, so the
calendar follows the light, dark and high-contrast themes; the light theme keeps its own greys.
Weeks run Monday to Sunday, like the weekly adherence figures. The grid always has six rows, so
nothing moves from one month to the next. Keyboard: arrows move a day or a week, Page Up/Down a
month, Home/End the first or last day of the month; the month changes when the selection crosses its
edge.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from ...core.contrast import relative_luminance
from ..colours import contrast_ratio, mix, palette_is_light, readable

ROWS = 6
COLUMNS = 7

# ColorBrewer "Blues" (sequential, safe for the common colour-vision deficiencies and in greyscale).
SCALE: tuple[tuple[float, str], ...] = (
    (0.0, "#eff3ff"), (0.25, "#c6dbef"), (0.5, "#6baed6"), (0.75, "#2171b5"), (1.0, "#08306b"),
)
# On a dark background: the darker half of the same 9-class Blues, run the other way (more done is
# brighter, and a day with nothing done no longer glares white against the dark page).
DARK_SCALE: tuple[tuple[float, str], ...] = (
    (0.0, "#08306b"), (0.25, "#08519c"), (0.5, "#2171b5"), (0.75, "#4292c6"), (1.0, "#6baed6"),
)
# The light theme's colours (reviewed); other themes take theirs from the palette (see _GridColours).
EMPTY_BORDER = QColor("#b8bec6")
INK = QColor("#111111")
MUTED_INK = QColor("#5a6068")
FILLED_BORDER = QColor("#4a5a6a")
FOCUS = QColor("#e66100")  # the app's focus ring: orange, visible on light and dark backgrounds


@dataclass(frozen=True)
class CalendarDay:
    """What the calendar shows for one date: sessions done of those prescribed, and the share."""

    done: int
    prescribed: int
    share: float | None  # from adherence_figures.day_shares; None when nothing was prescribed


def share_colour(share: float, palette: QPalette | None = None) -> QColor:
    """The fill for a share from 0 to 1 on the sequential scale (linear between its steps): light to
    dark blue, or on a dark ``palette`` dark to bright blue."""
    share = min(1.0, max(0.0, share))
    scale = DARK_SCALE if palette is not None and not palette_is_light(palette) else SCALE
    for (low, low_hex), (high, high_hex) in pairwise(scale):
        if share <= high:
            t = (share - low) / (high - low)
            a, b = QColor(low_hex), QColor(high_hex)
            return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                          round(a.blue() + (b.blue() - a.blue()) * t))
    return QColor(scale[-1][1])


@dataclass(frozen=True)
class _GridColours:
    """The colours the grid and the legend paint with, besides the fixed scale of the filled days."""

    ink: QColor  # weekday names, day numbers and figures on empty days, legend text
    muted: QColor  # day numbers of days with nothing prescribed and of days to come
    empty_border: QColor
    filled_border: QColor
    selection: QColor  # the ring round the selected day
    selection_inner: QColor  # the thin ring inside it when the grid has the focus

    @classmethod
    def of(cls, palette: QPalette) -> _GridColours:
        if palette_is_light(palette):
            return cls(INK, MUTED_INK, EMPTY_BORDER, FILLED_BORDER, QColor("#000000"), QColor("#ffffff"))
        background = palette.color(QPalette.ColorRole.Base)  # what the views paint behind the calendar
        ink = readable(palette.color(QPalette.ColorRole.Text), background)
        muted = readable(palette.color(QPalette.ColorRole.PlaceholderText), background)
        return cls(ink, muted, readable(palette.color(QPalette.ColorRole.Mid), background, 3.0),
                   readable(FILLED_BORDER, background, 1.5), ink, background)


def ink_on(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``background`` (WCAG contrast ratio)."""
    lum = relative_luminance(background.name())
    on_black = (lum + 0.05) / 0.05
    on_white = 1.05 / (lum + 0.05)
    return QColor("#000000") if on_black >= on_white else QColor("#ffffff")


def month_grid_dates(year: int, month: int) -> list[dt.date | None]:
    """The 42 cells of a Monday-first, six-row grid: dates of the month, None elsewhere."""
    first = dt.date(year, month, 1)
    lead = first.weekday()
    count = calendar.monthrange(year, month)[1]
    cells: list[dt.date | None] = [None] * (ROWS * COLUMNS)
    for day in range(count):
        cells[lead + day] = first + dt.timedelta(days=day)
    return cells


def _add_months(on: dt.date, months: int) -> dt.date:
    index = on.year * 12 + on.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(on.day, calendar.monthrange(year, month)[1]))


class MonthCalendar(QWidget):
    """Month header with previous/next buttons, the painted day grid and a colour legend."""

    monthChanged = Signal(int, int)  # year, month
    selectedDateChanged = Signal(object)  # datetime.date

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()
        self._today = today
        self._year, self._month = today.year, today.month
        self._selected = today
        self._min: dt.date | None = None
        self._max: dt.date | None = None
        self._days: dict[dt.date, CalendarDay] = {}

        self.previous_button = QPushButton("◀")
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.previous_button.setToolTip(self.tr("Previous month (Page Up)"))
        self.previous_button.clicked.connect(self._on_previous)
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setToolTip(self.tr("Next month (Page Down)"))
        self.next_button.clicked.connect(self._on_next)
        for button in (self.previous_button, self.next_button):
            button.setMinimumSize(QSize(52, 40))
        self.today_button = QPushButton(self.tr("This month"))
        self.today_button.setMinimumHeight(40)
        self.today_button.clicked.connect(self._on_today)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title.setFont(title_font)

        self.grid = _MonthGrid(self)
        self.legend = _Legend(self)

        header = QHBoxLayout()
        header.addWidget(self.previous_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.next_button)
        header.addWidget(self.today_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.legend)
        self.setFocusProxy(self.grid)
        self._sync()

    # -- public API -----------------------------------------------------------------------
    def set_locale(self, locale: QLocale) -> None:
        """Month and weekday names, numbers and the accessible texts follow ``locale``."""
        self._locale = locale
        self.setLocale(locale)
        self._sync()

    def set_today(self, today: dt.date) -> None:
        """The date marked as today."""
        self._today = today
        self._sync()

    def set_date_range(self, first: dt.date | None, last: dt.date | None) -> None:
        """Months outside ``first``..``last`` cannot be shown (None: no limit)."""
        self._min, self._max = first, last
        self._sync()

    def set_days(self, days: dict[dt.date, CalendarDay]) -> None:
        """The figures to paint; dates missing from ``days`` are drawn without a figure."""
        self._days = dict(days)
        self._sync()

    def month(self) -> tuple[int, int]:
        """(year, month) on screen."""
        return self._year, self._month

    def show_month(self, year: int, month: int) -> None:
        """Show the month of ``year`` (emits monthChanged when it changes)."""
        self._go_to_month(year, month, keep_day=True)

    def selected_date(self) -> dt.date:
        return self._selected

    def set_selected_date(self, on: dt.date) -> None:
        """Select ``on``, showing its month if needed (clamped to the date range)."""
        if self._min and on < self._min:
            on = self._min
        if self._max and on > self._max:
            on = self._max
        changed_month = (on.year, on.month) != (self._year, self._month)
        changed = on != self._selected
        self._selected = on
        if changed_month:
            self._year, self._month = on.year, on.month
        self._sync()
        if changed_month:
            self.monthChanged.emit(self._year, self._month)
        if changed or changed_month:
            self.selectedDateChanged.emit(on)

    def day_text(self, on: dt.date) -> str:
        """The figure written in a day's cell: '2/3', '✓ 3/3', or '' (no figure)."""
        info = self._days.get(on)
        if info is None or info.prescribed == 0 or on > self._today:
            return ""
        figure = f"{info.done}/{info.prescribed}"
        return f"✓ {figure}" if info.done >= info.prescribed else figure

    def describe(self, on: dt.date) -> str:
        """A sentence for screen readers and tooltips about one date."""
        when = self._locale.toString(QDate(on.year, on.month, on.day), QLocale.FormatType.LongFormat)
        info = self._days.get(on)
        if on > self._today:
            return self.tr("%1: still to come").replace("%1", when)
        if info is None or info.prescribed == 0:
            return self.tr("%1: no exercise prescribed").replace("%1", when)
        sentence = (self.tr("%1: %2 of 1 session done") if info.prescribed == 1
                    else self.tr("%1: %2 of %n sessions done", "", info.prescribed))
        return sentence.replace("%1", when).replace("%2", self._locale.toString(info.done))

    # -- internals --------------------------------------------------------------------------
    def _month_allowed(self, year: int, month: int) -> bool:
        key = (year, month)
        if self._min and key < (self._min.year, self._min.month):
            return False
        return not (self._max and key > (self._max.year, self._max.month))

    def _go_to_month(self, year: int, month: int, keep_day: bool) -> None:
        if not self._month_allowed(year, month) or (year, month) == (self._year, self._month):
            return
        day = min(self._selected.day, calendar.monthrange(year, month)[1]) if keep_day else 1
        self.set_selected_date(dt.date(year, month, day))

    def _sync(self) -> None:
        month_name = self._locale.standaloneMonthName(self._month, QLocale.FormatType.LongFormat)
        month_name = month_name[:1].upper() + month_name[1:]
        self.title.setText(f"{month_name} {self._year}")
        previous = _add_months(dt.date(self._year, self._month, 1), -1)
        following = _add_months(dt.date(self._year, self._month, 1), 1)
        self.previous_button.setEnabled(self._month_allowed(previous.year, previous.month))
        self.next_button.setEnabled(self._month_allowed(following.year, following.month))
        self.today_button.setEnabled((self._today.year, self._today.month) != (self._year, self._month))
        self.grid.setAccessibleName(self.tr("Calendar of %1").replace("%1", self.title.text()))
        self.grid.setAccessibleDescription(self.describe(self._selected))
        self.grid.update()
        self.legend.update()

    @Slot()
    def _on_previous(self) -> None:
        target = _add_months(dt.date(self._year, self._month, 1), -1)
        self._go_to_month(target.year, target.month, keep_day=True)

    @Slot()
    def _on_next(self) -> None:
        target = _add_months(dt.date(self._year, self._month, 1), 1)
        self._go_to_month(target.year, target.month, keep_day=True)

    @Slot()
    def _on_today(self) -> None:
        self.set_selected_date(self._today)
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)


class _MonthGrid(QWidget):
    """The painted 7 × 6 grid of days, with weekday names on top."""

    def __init__(self, calendar_widget: MonthCalendar) -> None:
        super().__init__(calendar_widget)
        self.cal = calendar_widget
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """Cells big enough for the day number above the figure, at any text size."""
        line = self.fontMetrics().height()
        return QSize(7 * max(52, int(line * 2.8)), self._header_height() + 6 * max(46, int(line * 2.5)))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        minimum = self.minimumSizeHint()
        return QSize(max(7 * 76, int(minimum.width() * 1.3)), max(34 + 6 * 62, int(minimum.height() * 1.3)))

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 12

    def cell_rect(self, index: int) -> QRectF:
        """The rectangle of cell ``index`` (0..41), row by row."""
        top = self._header_height()
        width = self.width() / COLUMNS
        height = (self.height() - top) / ROWS
        row, column = divmod(index, COLUMNS)
        return QRectF(column * width, top + row * height, width, height)

    def _index_at(self, x: float, y: float) -> int | None:
        top = self._header_height()
        if y < top or x < 0 or x >= self.width() or y >= self.height():
            return None
        column = int(x / (self.width() / COLUMNS))
        row = int((y - top) / ((self.height() - top) / ROWS))
        return min(row, ROWS - 1) * COLUMNS + min(column, COLUMNS - 1)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        cal = self.cal
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QFont(self.font())
        header_font = QFont(base)
        header_font.setBold(True)
        painter.setFont(header_font)
        colours = _GridColours.of(self.palette())
        painter.setPen(colours.ink)
        width = self.width() / COLUMNS
        for column in range(COLUMNS):
            name = cal._locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(QRectF(column * width, 0, width, self._header_height()),
                             Qt.AlignmentFlag.AlignCenter, name[:1].upper() + name[1:])

        number_font = QFont(base)
        number_font.setPointSizeF(base.pointSizeF() * 0.95)
        figure_font = QFont(base)
        figure_font.setPointSizeF(base.pointSizeF() * 1.2)
        figure_font.setBold(True)
        dates = month_grid_dates(cal._year, cal._month)
        for index, on in enumerate(dates):
            if on is None:
                continue
            rect = self.cell_rect(index).adjusted(3, 3, -3, -3)
            info = cal._days.get(on)
            future = on > cal._today
            figure = cal.day_text(on)
            if info is not None and info.share is not None and not future:
                fill = share_colour(info.share, self.palette())
                painter.setPen(QPen(colours.filled_border, 1))
                painter.setBrush(fill)
                ink = ink_on(fill)
            else:
                painter.setPen(QPen(colours.empty_border, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                ink = colours.muted if future or info is None or info.prescribed == 0 else colours.ink
            painter.drawRoundedRect(rect, 5, 5)

            number_rect = QRectF(rect.left() + 6, rect.top() + 3, rect.width() - 12, painter.fontMetrics().height() + 4)
            painter.setFont(number_font)
            if on == cal._today:
                diameter = number_font.pointSizeF() * 2.3
                circle = QRectF(rect.left() + 3, rect.top() + 3, diameter, diameter)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#000000") if ink.lightness() < 128 else QColor("#ffffff"))
                painter.drawEllipse(circle)
                painter.setPen(QColor("#ffffff") if ink.lightness() < 128 else QColor("#000000"))
                bold = QFont(number_font)
                bold.setBold(True)
                painter.setFont(bold)
                painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(on.day))
            else:
                painter.setPen(ink)
                painter.drawText(number_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(on.day))
            if figure:
                complete = figure.startswith("✓")
                figure = figure.removeprefix("✓ ")
                fitted = QFont(figure_font)
                while fitted.pointSizeF() > 7 and QFontMetricsF(fitted).horizontalAdvance(figure) > rect.width() - 8:
                    fitted.setPointSizeF(fitted.pointSizeF() - 0.5)
                painter.setFont(fitted)
                painter.setPen(ink)
                figure_rect = QRectF(rect.left(), rect.top() + rect.height() * 0.35, rect.width(), rect.height() * 0.6)
                painter.drawText(figure_rect, Qt.AlignmentFlag.AlignCenter, figure)
                tick_room = rect.width() - 12 - QFontMetricsF(number_font).horizontalAdvance("00") * 1.3
                if complete and QFontMetricsF(figure_font).horizontalAdvance("✓") < tick_room:
                    # the tick sits in the top-right corner, beside the day number, when there is room
                    painter.setFont(figure_font)
                    painter.drawText(QRectF(rect.left(), rect.top() + 2, rect.width() - 6, rect.height() * 0.4),
                                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, "✓")

            if on == cal._selected:
                outer = rect.adjusted(-2, -2, 2, 2)
                focused = self.hasFocus()
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(colours.selection, 3 if focused else 2))
                painter.drawRoundedRect(outer, 6, 6)
                if focused:
                    painter.setPen(QPen(colours.selection_inner, 2))
                    painter.drawRoundedRect(outer.adjusted(3, 3, -3, -3), 4, 4)
                    painter.setPen(QPen(FOCUS, 2, Qt.PenStyle.SolidLine))
                    painter.drawRoundedRect(outer.adjusted(-3, -3, 3, 3), 8, 8)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        cal = self.cal
        selected = cal._selected
        key = event.key()
        steps: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in steps:
            cal.set_selected_date(selected + dt.timedelta(days=steps[key]))
        elif key == Qt.Key.Key_PageUp:
            cal.set_selected_date(_add_months(selected, -1))
        elif key == Qt.Key.Key_PageDown:
            cal.set_selected_date(_add_months(selected, 1))
        elif key == Qt.Key.Key_Home:
            cal.set_selected_date(selected.replace(day=1))
        elif key == Qt.Key.Key_End:
            cal.set_selected_date(selected.replace(day=calendar.monthrange(selected.year, selected.month)[1]))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        index = self._index_at(event.position().x(), event.position().y())
        on = month_grid_dates(self.cal._year, self.cal._month)[index] if index is not None else None
        if on is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.cal.set_selected_date(on)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        index = self._index_at(event.position().x(), event.position().y())
        on = month_grid_dates(self.cal._year, self.cal._month)[index] if index is not None else None
        if on is None or index is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.cal.describe(on), self,
                              self.cell_rect(index).toRect())
        super().mouseMoveEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.update()
        super().focusOutEvent(event)


class _Legend(QWidget):
    """Swatches of the colour scale with what they mean; wraps onto more lines when narrow."""

    GAP = 18

    def __init__(self, calendar_widget: MonthCalendar) -> None:
        super().__init__(calendar_widget)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def labels(self) -> list[tuple[float | None, str]]:
        return [
            (0.0, self.tr("None done")),
            (0.5, self.tr("Some done")),
            (1.0, self.tr("✓ All done")),
            (None, self.tr("Nothing prescribed")),
        ]

    def _placed(self, width: int) -> list[tuple[float, int, float | None, str]]:
        """(x, line, share, text) of each item for ``width``."""
        metrics = self.fontMetrics()
        swatch = metrics.height() * 1.4
        placed, x, line = [], 2.0, 0
        for share, text in self.labels():
            item_width = swatch + 6 + metrics.horizontalAdvance(text)
            if x > 2 and x + item_width > width:
                x, line = 2.0, line + 1
            placed.append((x, line, share, text))
            x += item_width + self.GAP
        return placed

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 10

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        lines = max(line for _, line, _, _ in self._placed(width)) + 1
        return lines * self._line_height() + 4

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(400, self.heightForWidth(400))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(200, self._line_height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.setMinimumHeight(self.heightForWidth(self.width()))
        super().resizeEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        size = metrics.height()
        colours = _GridColours.of(self.palette())
        for x, line, share, text in self._placed(self.width()):
            y = line * self._line_height() + (self._line_height() - size) / 2
            swatch = QRectF(x, y, size * 1.4, size)
            if share is None:
                painter.setPen(QPen(colours.empty_border, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(QPen(colours.filled_border, 1))
                painter.setBrush(share_colour(share, self.palette()))
            painter.drawRoundedRect(swatch, 3, 3)
            painter.setPen(colours.ink)
            painter.drawText(QPointF(swatch.right() + 6, y + metrics.ascent()), text)
        painter.end()


__all__ = [
    "CalendarDay", "MonthCalendar", "contrast_ratio", "ink_on", "mix", "month_grid_dates", "palette_is_light",
    "readable", "share_colour",
]
