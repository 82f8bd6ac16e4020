"""Measured layout for printed pages: units, type styles, items that know their height, and a flow.

Everything is laid out in device-independent units (``U`` units to the point, 720 to the inch)
with fonts sized in pixels of those units, so the layout is identical on a PDF writer, a printer
and a print preview; painting scales the painter from these units to the device. Items measure
themselves (QTextDocument with a text width, fixed geometry for drawings and grids); the flow
places them on pages, keeps a block on one page when it fits, and otherwise splits it between
items or between lines of text, never inside a line or a drawing.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
    QTextOption,
)

from .strings import typeset

# -- units ---------------------------------------------------------------------------------------
U = 10.0  # layout units per point
MM = 72.0 / 25.4 * U  # layout units per millimetre


def pt(points: float) -> float:
    """Layout units for a length in points."""
    return points * U


# -- colours: black text; navy and the illustrations' orange accent, distinct in greyscale -------
INK = "#000000"
NAVY = "#1F3A5F"
ACCENT = "#E07000"
MUTED = "#3F4B59"
RULE = "#9AA6B5"
LIGHT_RULE = "#C7CED7"
TINT = "#EEF1F5"
ACCENT_TINT = "#FCEBD8"

# -- fonts ---------------------------------------------------------------------------------------
PREFERRED_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")


@lru_cache(maxsize=1)
def font_family() -> str:
    """The first preferred sans-serif family installed, else the system's general font."""
    installed = set(QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in installed:
            return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


@dataclass(frozen=True)
class Style:
    """A text style: size in points, weight, slant, colour and line spacing (1.0 = the font's)."""

    size: float
    bold: bool = False
    italic: bool = False
    colour: str = INK
    line_height: float = 1.08


def make_font(style: Style) -> QFont:
    """A QFont sized in layout units, without ligatures (so copied text and searches stay plain)."""
    font = QFont(font_family())
    font.setPixelSize(max(1, round(style.size * U)))
    font.setBold(style.bold)
    font.setItalic(style.italic)
    font.setKerning(True)
    font.setFeature(QFont.Tag("liga"), 0)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def char_format(style: Style) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(make_font(style), QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll)
    fmt.setForeground(QBrush(QColor(style.colour)))
    return fmt


TITLE = Style(20, bold=True, colour=NAVY, line_height=1.0)  # a document's title
KICKER = Style(9, bold=True, colour=MUTED)  # the small line above it
BODY = Style(10.0)
BODY_BOLD = Style(10.0, bold=True)
SMALL = Style(9.0)
SMALL_BOLD = Style(9.0, bold=True)
CAPTION = Style(8.5, colour=MUTED)
LABEL = Style(9.5, bold=True, colour=NAVY)
FOOTER = Style(8.0, colour=MUTED)


# -- items ---------------------------------------------------------------------------------------
class Item:
    """Something drawn on a page with a known size; ``paint`` draws it with its top-left at (x, y)."""

    width: float = 0.0
    height: float = 0.0
    keep_with_next: bool = False

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        raise NotImplementedError

    def split(self, available: float) -> tuple[Item, Item] | None:
        """A first part no taller than ``available`` and the rest, or None when it cannot be split."""
        return None

    def min_height(self) -> float:
        """The least room the item needs at the bottom of a page: its first unbreakable part."""
        return self.height


KEEP_WITH_NEXT_STATE = 1  # QTextBlock user state: never break a page right after this block


class TextBuilder:
    """Builds a QTextDocument of paragraphs and lists at a fixed width."""

    def __init__(self, width: float, indent: float = pt(13)) -> None:
        self.width = width
        self.doc = QTextDocument()
        self.doc.setDocumentMargin(0)
        self.doc.setIndentWidth(indent)
        self.doc.setDefaultFont(make_font(BODY))
        option = self.doc.defaultTextOption()
        option.setUseDesignMetrics(True)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.doc.setDefaultTextOption(option)
        self.cursor = QTextCursor(self.doc)
        self._empty = True

    def _block(self, style: Style, align: Qt.AlignmentFlag, before: float, after: float, keep: bool) -> None:
        fmt = QTextBlockFormat()
        fmt.setAlignment(align)
        fmt.setTopMargin(0 if self._empty else before)
        fmt.setBottomMargin(after)
        fmt.setLineHeight(style.line_height * 100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if self._empty:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(char_format(style))
        else:
            self.cursor.insertBlock(fmt, char_format(style))
        self._empty = False
        if keep:
            self.cursor.block().setUserState(KEEP_WITH_NEXT_STATE)

    def paragraph(self, runs: str | Sequence[tuple[str, Style]], style: Style = BODY, *,
                  align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, before: float = 0.0,
                  after: float = 0.0, keep_with_next: bool = False) -> TextBuilder:
        """A paragraph of plain text in ``style``, or of (text, style) runs."""
        if isinstance(runs, str):
            runs = [(runs, style)]
        self._block(style, align, before, after, keep_with_next)
        for text, run_style in runs:
            self.cursor.insertText(typeset(text), char_format(run_style))
        return self

    def items(self, texts: Iterable[str], style: Style = BODY, *, numbered: bool = False,
              between: float = pt(1.5), before: float = 0.0, after: float = 0.0) -> TextBuilder:
        """A numbered or bulleted list, one paragraph per item, with a hanging indent."""
        list_format = QTextListFormat()
        list_format.setStyle(QTextListFormat.Style.ListDecimal if numbered else QTextListFormat.Style.ListDisc)
        list_format.setIndent(1)
        text_list = None
        texts = list(texts)
        for index, item in enumerate(texts):
            last = index == len(texts) - 1
            self._block(style, Qt.AlignmentFlag.AlignLeft, before if index == 0 else between,
                        after if last else 0.0, False)
            if text_list is None:
                text_list = self.cursor.createList(list_format)
            else:
                text_list.add(self.cursor.block())
            self.cursor.insertText(typeset(item), char_format(style))
        return self

    def build(self) -> TextItem:
        self.doc.setTextWidth(self.width)
        return TextItem(self.doc, self.width)


def text_item(text: str, style: Style, width: float, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> TextItem:
    """A single paragraph."""
    return TextBuilder(width).paragraph(text, style, align=align).build()


class TextItem(Item):
    """A slice [top, bottom) of a laid-out QTextDocument; splits only between lines."""

    def __init__(self, doc: QTextDocument, width: float, top: float = 0.0, bottom: float | None = None) -> None:
        self.doc = doc
        self.width = width
        self.top = top
        self.bottom = doc.size().height() if bottom is None else bottom
        self.height = self.bottom - self.top

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw the lines that start inside the slice, one by one, with their list markers.

        Line by line rather than ``drawContents`` with a clip: a clip hides the neighbouring
        lines of a split paragraph but they would still be in the PDF, and in its copied text.
        """
        painter.save()
        painter.translate(x, y - self.top)
        block = self.doc.begin()
        while block.isValid():
            layout = block.layout()
            origin = layout.position()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                line_top = origin.y() + line.y()
                if self.top - 0.01 <= line_top < self.bottom - 0.01:
                    line.draw(painter, origin)
                    if index == 0 and block.textList() is not None:
                        _draw_list_marker(painter, block, QPointF(origin.x() + line.x(), line_top), line.ascent())
            block = block.next()
        painter.restore()

    def break_points(self) -> list[float]:
        """Document positions where a page may break: the tops of lines, except after a kept label."""
        points = []
        block = self.doc.begin()
        previous_keeps = False
        while block.isValid():
            layout = block.layout()
            origin = layout.position().y()
            for index in range(layout.lineCount()):
                if index == 0 and previous_keeps:
                    continue
                points.append(origin + layout.lineAt(index).y())
            previous_keeps = block.userState() == KEEP_WITH_NEXT_STATE
            block = block.next()
        return points

    def min_height(self) -> float:
        later = [p for p in self.break_points() if self.top < p < self.bottom]
        return (min(later) - self.top) if later else self.height

    def split(self, available: float) -> tuple[Item, Item] | None:
        fitting = [p for p in self.break_points() if self.top < p <= self.top + available and p < self.bottom]
        if not fitting:
            return None
        cut = max(fitting)
        return TextItem(self.doc, self.width, self.top, cut), TextItem(self.doc, self.width, cut, self.bottom)


def _draw_list_marker(painter: QPainter, block, text_start: QPointF, ascent: float) -> None:
    """The number or bullet of a list item, right-aligned one space before its text (as Qt draws it)."""
    fmt = block.charFormat()
    font = fmt.font()
    metrics = QFontMetricsF(font)
    colour = fmt.foreground().color() if fmt.foreground().style() != Qt.BrushStyle.NoBrush else QColor(INK)
    space = metrics.horizontalAdvance(" ")
    painter.save()
    text_list = block.textList()
    if text_list.format().style() == QTextListFormat.Style.ListDecimal:
        marker = text_list.itemText(block)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QPointF(text_start.x() - space - metrics.horizontalAdvance(marker), text_start.y() + ascent),
                         marker)
    else:
        size = metrics.lineSpacing() / 3
        top = text_start.y() + metrics.height() / 2 - size / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(text_start.x() - space - size, top, size, size))
    painter.restore()


class Stack(Item):
    """Items one under the other with gaps; splits between them (or inside one that can split)."""

    def __init__(self, items: Sequence[Item], gap: float = 0.0, width: float | None = None) -> None:
        self.items = [i for i in items if i is not None]
        self.gap = gap
        self.width = width if width is not None else max((i.width for i in self.items), default=0.0)
        self.height = sum(i.height for i in self.items) + gap * max(0, len(self.items) - 1)

    def min_height(self) -> float:
        if not self.items:
            return 0.0
        first = self.items[0]
        if first.keep_with_next and len(self.items) > 1:
            return first.height + self.gap + self.items[1].min_height()
        return first.min_height()

    def split(self, available: float) -> tuple[Item, Item] | None:
        used = 0.0
        for index, item in enumerate(self.items):
            gap = self.gap if index else 0.0
            if used + gap + item.height <= available:
                used += gap + item.height
                continue
            parts = None if item.keep_with_next else item.split(available - used - gap)
            if parts is not None:
                head, tail = self.items[:index] + [parts[0]], [parts[1]] + self.items[index + 1:]
            else:
                head, tail = self.items[:index], self.items[index:]
            while head and head[-1].keep_with_next:
                tail.insert(0, head.pop())
            if not head:
                return None
            return Stack(head, self.gap, self.width), Stack(tail, self.gap, self.width)
        return None

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        for item in self.items:
            item.paint(painter, x, y)
            y += item.height + self.gap


class Row(Item):
    """Items side by side at given x offsets, top-aligned; never split."""

    def __init__(self, cells: Sequence[tuple[float, Item]], width: float) -> None:
        self.cells = list(cells)
        self.width = width
        self.height = max((item.height for _, item in self.cells), default=0.0)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        for offset, item in self.cells:
            item.paint(painter, x + offset, y)


class Gap(Item):
    """Empty vertical space."""

    def __init__(self, height: float) -> None:
        self.height = height

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        pass


class Box(Item):
    """A child with padding, an optional fill, border and a coloured bar on its left; splits with its child."""

    def __init__(self, child: Item, width: float, *, padding: float = pt(6), fill: str | None = None,
                 border: str | None = None, bar: str | None = None, bar_width: float = pt(3)) -> None:
        self.child = child
        self.width = width
        self.padding = padding
        self.fill, self.border, self.bar, self.bar_width = fill, border, bar, bar_width
        self.height = child.height + 2 * padding

    @staticmethod
    def inner_width(width: float, padding: float = pt(6), bar: bool = False, bar_width: float = pt(3)) -> float:
        return width - 2 * padding - (bar_width if bar else 0.0)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        rect = QRectF(x, y, self.width, self.height)
        painter.save()
        if self.fill:
            painter.fillRect(rect, QColor(self.fill))
        if self.border:
            painter.setPen(QPen(QColor(self.border), pt(0.6)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        if self.bar:
            painter.fillRect(QRectF(x, y, self.bar_width, self.height), QColor(self.bar))
        painter.restore()
        left = self.padding + (self.bar_width if self.bar else 0.0)
        self.child.paint(painter, x + left, y + self.padding)

    def min_height(self) -> float:
        return self.child.min_height() + 2 * self.padding

    def split(self, available: float) -> tuple[Item, Item] | None:
        parts = self.child.split(available - 2 * self.padding)
        if parts is None:
            return None

        def boxed(part: Item) -> Box:
            return Box(part, self.width, padding=self.padding, fill=self.fill, border=self.border,
                       bar=self.bar, bar_width=self.bar_width)

        return boxed(parts[0]), boxed(parts[1])


class Rule(Item):
    """A horizontal line across the width, centred in its height."""

    def __init__(self, width: float, colour: str = RULE, thickness: float = pt(0.6), height: float = pt(1)) -> None:
        self.width, self.colour, self.thickness, self.height = width, colour, thickness, height

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.fillRect(QRectF(x, y + (self.height - self.thickness) / 2, self.width, self.thickness),
                         QColor(self.colour))


class Table(Item):
    """Rows of text cells with fixed column widths, cell padding and light alternating stripes."""

    def __init__(self, columns: Sequence[float], rows: Sequence[Sequence[Item]], *, padding: float = pt(3),
                 stripes: bool = True, lines: bool = True, header: bool = False) -> None:
        self.columns = list(columns)
        self.rows = [list(r) for r in rows]
        self.padding = padding
        self.stripes, self.lines, self.header = stripes, lines, header
        self.width = sum(self.columns)
        self.row_heights = [max((c.height for c in row), default=0.0) + 2 * padding for row in self.rows]
        self.height = sum(self.row_heights)

    def min_height(self) -> float:
        return sum(self.row_heights[:2 if self.header else 1])

    def split(self, available: float) -> tuple[Table, Table] | None:
        """Split between rows (a header row is repeated on the second part)."""
        first = 1 if self.header else 0
        used, count = sum(self.row_heights[:first]), first
        while count < len(self.rows) and used + self.row_heights[count] <= available:
            used += self.row_heights[count]
            count += 1
        if count <= first or count >= len(self.rows):
            return None

        def part(rows: Sequence[Sequence[Item]]) -> Table:
            return Table(self.columns, rows, padding=self.padding, stripes=self.stripes, lines=self.lines,
                         header=self.header)

        return part(self.rows[:count]), part(self.rows[:first] + self.rows[count:])

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        top = y
        painter.save()
        for index, (row, height) in enumerate(zip(self.rows, self.row_heights)):
            if self.header and index == 0:
                painter.fillRect(QRectF(x, top, self.width, height), QColor(NAVY))
            elif self.stripes and index % 2 == (1 if self.header else 0):
                painter.fillRect(QRectF(x, top, self.width, height), QColor(TINT))
            left = x
            for cell, width in zip(row, self.columns):
                cell.paint(painter, left + self.padding, top + self.padding)
                left += width
            top += height
            if self.lines:
                painter.fillRect(QRectF(x, top - pt(0.3), self.width, pt(0.6)), QColor(LIGHT_RULE))
        painter.restore()


# -- the flow ------------------------------------------------------------------------------------
@dataclass
class Placed:
    """An item placed on a page (0-based), with its rectangle in page units and its block's key."""

    page: int
    rect: QRectF
    item: Item
    block: str


@dataclass
class BlockExtent:
    """Where a block landed: its first and last page and the rectangles of its pieces."""

    key: str
    first_page: int
    last_page: int
    rects: list[tuple[int, QRectF]] = field(default_factory=list)
    fits_one_page: bool = True


MIN_SPLIT = pt(40)  # do not start a split block in less room than this


class Flow:
    """Places blocks of items down the content rectangle of successive pages."""

    def __init__(self, content: QRectF) -> None:
        self.content = content
        self.placed: list[Placed] = []
        self.blocks: dict[str, BlockExtent] = {}
        self.page = 0
        self.y = content.top()

    # -- state ----------------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return self.page + 1

    def at_top(self) -> bool:
        return self.y <= self.content.top() + 0.01

    def remaining(self) -> float:
        return self.content.bottom() - self.y

    def new_page(self) -> None:
        self.page += 1
        self.y = self.content.top()

    def _put(self, item: Item, key: str) -> None:
        rect = QRectF(self.content.left(), self.y, item.width or self.content.width(), item.height)
        self.placed.append(Placed(self.page, rect, item, key))
        extent = self.blocks.setdefault(key, BlockExtent(key, self.page, self.page))
        extent.last_page = self.page
        extent.rects.append((self.page, rect))
        self.y += item.height

    # -- placing --------------------------------------------------------------------------------
    def block(self, key: str, items: Sequence[Item], *, gap: float = 0.0, space_before: float = 0.0,
              fallback: Sequence[Item] | None = None, page_break: bool = False,
              alternatives: Sequence[Sequence[Item]] = ()) -> None:
        """Place a block: whole on this page, else whole on the next, else item by item.

        ``alternatives`` are more compact forms of the same block, tried in order when ``items``
        is taller than a page; ``fallback`` is its splittable form, used when no form fits on a
        page. ``space_before`` is dropped at the top of a page.
        """
        def height(group: Sequence[Item]) -> float:
            return sum(i.height for i in group) + gap * max(0, len(group) - 1)

        items = [i for i in items if i is not None]
        for alternative in alternatives:
            if height(items) <= self.content.height():
                break
            items = [i for i in alternative if i is not None]
        if page_break and not self.at_top():
            self.new_page()
        total = height(items)
        before = 0.0 if self.at_top() else space_before
        if before + total > self.remaining() + 0.01 and total <= self.content.height():
            self.new_page()
            before = 0.0
        if total <= self.remaining() - before + 0.01:
            self.y += before
            for index, item in enumerate(items):
                if index:
                    self.y += gap
                self._put(item, key)
            return
        # Taller than a page: start it on a fresh page and flow its splittable form piece by piece.
        if not self.at_top():
            self.new_page()
        self._flow(key, list(fallback if fallback is not None else items), gap)
        self.blocks[key].fits_one_page = False

    def _flow(self, key: str, pieces: list[Item], gap: float) -> None:
        index = 0
        while index < len(pieces):
            item = pieces[index]
            spacing = gap if index and not self.at_top() else 0.0
            needed = item.height
            if item.keep_with_next and index + 1 < len(pieces):
                needed += gap + max(pieces[index + 1].min_height(), min(pieces[index + 1].height, MIN_SPLIT))
            if spacing + needed <= self.remaining() + 0.01:
                self.y += spacing
                self._put(item, key)
                index += 1
                continue
            room = self.remaining() - spacing
            parts = item.split(room) if not item.keep_with_next and room >= pt(24) else None
            if parts is not None:
                self.y += spacing
                self._put(parts[0], key)
                self.new_page()
                pieces[index] = parts[1]
                continue
            if self.at_top():
                # Taller than a page and cannot be split: place it alone (never overlaps the next).
                parts = item.split(self.content.height())
                if parts is None:
                    self._put(item, key)
                    index += 1
                    if index < len(pieces):
                        self.new_page()
                    continue
                self._put(parts[0], key)
                self.new_page()
                pieces[index] = parts[1]
                continue
            self.new_page()

    def skip_to_new_page(self) -> None:
        if not self.at_top():
            self.new_page()

    def items_on(self, page: int) -> list[Placed]:
        return [p for p in self.placed if p.page == page]


def fit_rect(area: QRectF, width: float, height: float) -> QRectF:
    """The largest rectangle of aspect ``width``:``height`` centred in ``area``."""
    scale = min(area.width() / width, area.height() / height)
    fitted = QRectF(0.0, 0.0, width * scale, height * scale)
    fitted.moveCenter(area.center())
    return fitted


def centre_text(painter: QPainter, rect: QRectF, text: str, style: Style,
                align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
    """One line of text centred in ``rect`` (or aligned as ``align`` says)."""
    painter.save()
    painter.setFont(make_font(style))
    painter.setPen(QColor(style.colour))
    painter.drawText(rect, int(align), text)
    painter.restore()


def baseline_text(painter: QPainter, point: QPointF, text: str, style: Style) -> None:
    painter.save()
    painter.setFont(make_font(style))
    painter.setPen(QColor(style.colour))
    painter.drawText(point, text)
    painter.restore()


def kept(item: Item) -> Item:
    """``item``, marked to stay on the same page as what follows it (headings, labels)."""
    item.keep_with_next = True
    return item
